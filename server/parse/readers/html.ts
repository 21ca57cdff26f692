// HTML (as government sites publish it, or as mammoth renders a .docx) → the plain text the text parser reads:
// one line per block, tables as pipe rows. Parsed with htmlparser2, never regex over markup.
import { DomHandler, type AnyNode, type Element } from 'domhandler';
import { DomUtils, Parser } from 'htmlparser2';
import { UserError } from '../../errors.js';
import { furnitureReason, stripFurnitureLines } from './furniture.js';
import { buildGrid, gridToPipeRows, isLayoutTable, tableRows } from './table.js';

export interface HtmlText {
  text: string;
  notes: string[];
  tables: number;
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'form', 'fieldset', 'legend', 'center',
  'hr', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'body', 'html', 'details', 'summary',
]);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;
const SPACES = /[\t\n\r\f \u00a0]+/g;

/** Trims ASCII, no-break and full-width spaces at both ends; collapses inner runs of ASCII/nbsp spaces. */
export function cleanLine(s: string): string {
  return s.replace(SPACES, ' ').replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

/**
 * Budgets of the HTML reader (OWASP LLM10): refused while tokenising, before any tree walk, table grid or text
 * parse runs. Real pages nest a few dozen levels, hold a few thousand elements and a few tens of thousands of
 * characters of text; the walkers below recurse, so depth is counted as each tag opens.
 */
export const HTML_LIMITS = { maxDepth: 800, maxChars: 8_000_000, maxElements: 300_000, maxTextChars: 1_000_000 };
export const MAX_HTML_DEPTH = HTML_LIMITS.maxDepth;

const tooDeep = () => new UserError(`网页结构嵌套超过 ${HTML_LIMITS.maxDepth} 层，无法读取。请在浏览器中复制报告正文，保存为 txt 后上传`, 422);
const tooLarge = (what: string) => new UserError(`文件${what}，超过年度报告的合理大小，已拒绝读取。请只上传报告正文`, 413);

/** Text budget shared by every reader: a report is tens of thousands of characters, never millions. */
export function assertTextBudget(text: string | number): void {
  if ((typeof text === 'number' ? text : text.length) > HTML_LIMITS.maxTextChars) throw tooLarge(`的文字超过 ${HTML_LIMITS.maxTextChars / 10_000} 万字`);
}

/** The DOM builder with depth and element counts checked as each tag opens (htmlparser2 closes void and implied tags). */
class BoundedHandler extends DomHandler {
  private depth = 0;
  private elements = 0;
  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > HTML_LIMITS.maxDepth) throw tooDeep();
    if (++this.elements > HTML_LIMITS.maxElements) throw tooLarge(`包含超过 ${HTML_LIMITS.maxElements / 10_000} 万个网页元素`);
    super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

function parseBounded(html: string) {
  if (html.length > HTML_LIMITS.maxChars) throw tooLarge(`超过 ${HTML_LIMITS.maxChars / 1_000_000} 百万字符`);
  const handler = new BoundedHandler();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return handler.root;
}

class LineSink {
  lines: string[] = [];
  private cur = '';
  private size = 0;
  inline(s: string) {
    this.size += s.length;
    // Text beyond the budget (entities can expand): stop collecting rather than build a huge string.
    if (this.size > HTML_LIMITS.maxTextChars + 100_000) throw tooLarge(`的文字超过 ${HTML_LIMITS.maxTextChars / 10_000} 万字`);
    this.cur += s;
  }
  br() {
    const l = cleanLine(this.cur);
    this.cur = '';
    if (l) this.lines.push(l);
  }
  blank() {
    this.br();
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
  raw(line: string) {
    this.br();
    this.lines.push(line);
  }
}

interface Ctx {
  removed: Map<string, number>;
  tables: number;
  mergedValues: number;
}

function walk(nodes: AnyNode[], out: LineSink, ctx: Ctx): void {
  for (const node of nodes) {
    if (DomUtils.isText(node)) {
      out.inline(node.data);
      continue;
    }
    if (!DomUtils.isTag(node)) continue; // comments, directives, CDATA
    const el = node;
    const reason = furnitureReason(el);
    if (reason) {
      ctx.removed.set(reason, (ctx.removed.get(reason) ?? 0) + 1);
      continue;
    }
    if (el.name === 'br') {
      out.br();
      continue;
    }
    if (el.name === 'table') {
      table(el, out, ctx);
      continue;
    }
    if (el.name === 'img') continue;
    const block = BLOCK.has(el.name);
    if (block) out.br();
    walk(el.children, out, ctx);
    if (block) out.br();
  }
}

/** Text of one table cell on one line: its own lines joined (no space between CJK), spaces between CJK removed. */
function cellText(td: Element, ctx: Ctx): string {
  const sink = new LineSink();
  walk(td.children, sink, ctx);
  sink.br();
  let s = '';
  for (const line of sink.lines) {
    if (!line) continue;
    if (s && !(CJK.test(s[s.length - 1]) || CJK.test(line[0]))) s += ' ';
    s += line;
  }
  // 「商业 企业」 → 「商业企业」: a space between two CJK characters in a cell is layout, not content.
  return s.replace(new RegExp(`(${CJK.source}) +(?=${CJK.source})`, 'g'), '$1');
}

function table(el: Element, out: LineSink, ctx: Ctx): void {
  const rows = tableRows(el);
  if (isLayoutTable(el, rows)) {
    out.br();
    walk(el.children, out, ctx);
    out.br();
    return;
  }
  const grid = buildGrid(rows, (td) => cellText(td, ctx));
  const { rows: pipeRows, mergedValues } = gridToPipeRows(grid);
  if (!pipeRows.length) return;
  ctx.tables++;
  ctx.mergedValues += mergedValues;
  out.blank();
  const caption = el.children.find((c): c is Element => DomUtils.isTag(c) && c.name === 'caption');
  if (caption) {
    const t = cleanLine(DomUtils.textContent(caption));
    if (t) out.raw(t);
  }
  for (const r of pipeRows) out.raw(r);
  out.blank();
}

export function htmlToText(html: string): HtmlText {
  const doc = parseBounded(html);
  const ctx: Ctx = { removed: new Map(), tables: 0, mergedValues: 0 };
  const sink = new LineSink();
  walk(doc.children, sink, ctx);
  sink.br();
  const { lines, removed } = stripFurnitureLines(sink.lines);
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  assertTextBudget(text);
  const notes: string[] = [];
  const parts = [...ctx.removed].map(([k, n]) => `${k}×${n}`);
  if (removed.length) parts.push(`页面文字「${[...new Set(removed)].slice(0, 6).join('」「')}」`);
  if (parts.length) notes.push(`已去除网页中的非正文内容：${parts.join('、')}`);
  if (ctx.tables) notes.push(`读取到 ${ctx.tables} 个表格，已按行转为「| 标签 | 数值 |」形式`);
  if (ctx.mergedValues) notes.push(`表格中有 ${ctx.mergedValues} 处数字单元格跨行或跨列合并，数字只保留在原位置，被合并的位置按空白处理`);
  return { text, notes, tables: ctx.tables };
}
