// A PDF page's text items and ruling lines → the plain text the label-anchored parser reads: prose as one line per
// paragraph (lines wrapped by the page joined again), tables as `| a | b |` rows in the HTML reader's layout —
// a merged cell's text once at its top-left position, a merged label's other positions dropped, a merged value's
// other positions left empty. Each character goes to the cell whose rules enclose it; nothing counts numbers.
import { findTables, regionOf, type GridTable, type Seg } from './pdf-grid.js';
import { cleanLine } from './html.js';
import { gridToPipeRows, VALUE_LIKE } from './table.js';
import { normaliseRadicals } from './radicals.js';

export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f is the baseline origin in page points. */
  transform: number[];
  width: number;
}
export interface PageInput {
  items: PdfTextItem[];
  h: Seg[];
  v: Seg[];
}

interface Glyph {
  ch: string;
  /** Index of the text item it came from. */
  item: number;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export type Block = { kind: 'line'; line: Line; top: number } | { kind: 'table'; rows: string[]; top: number; bottom: number; table: GridTable };

const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]/;
const wide = (ch: string) => CJK.test(ch);

/** Items → glyphs with estimated extents (full-width characters 1em, others ½em, scaled to the item's width). */
function glyphsOf(items: PdfTextItem[]): Glyph[] {
  const out: Glyph[] = [];
  items.forEach((it, item) => {
    const str = normaliseRadicals(it.str);
    if (!str.trim()) return;
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 10;
    const chars = [...str];
    if (Math.abs(b) > 0.01 * Math.abs(a) || a <= 0) {
      // Rotated or mirrored text: kept whole at its origin.
      out.push({ ch: str, item, x0: e, x1: e + size, y: f, size });
      return;
    }
    const weights = chars.map((ch) => (wide(ch) ? 1 : 0.5));
    const total = weights.reduce((s, w) => s + w, 0);
    const width = it.width > 0 ? it.width : total * size;
    let x = e;
    chars.forEach((ch, i) => {
      const w = (weights[i] / total) * width;
      if (ch.trim()) out.push({ ch, item, x0: x, x1: x + w, y: f, size });
      x += w;
    });
  });
  return out;
}

/** Glyphs → lines (top to bottom), each joined left to right; a space only where a gap separates non-CJK text. */
function linesOf(glyphs: Glyph[]): Line[] {
  const sorted = [...glyphs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: Glyph[][] = [];
  for (const g of sorted) {
    const line = groups.find((l) => Math.abs(l[0].y - g.y) < 0.45 * Math.max(l[0].size, g.size));
    if (line) line.push(g);
    else groups.push([g]);
  }
  return groups.map((gs) => {
    gs.sort((p, q) => p.x0 - q.x0);
    let text = '';
    let prev: Glyph | undefined;
    for (const g of gs) {
      if (prev) {
        const gap = g.x0 - prev.x1;
        const em = Math.max(g.size, prev.size);
        const bothWide = wide(prev.ch.slice(-1)) && wide(g.ch[0]);
        if (gap > 1.5 * em || (!bothWide && gap > 0.2 * em)) text += ' ';
      }
      text += g.ch;
      prev = g;
    }
    const size = gs.reduce((s, g) => s + g.size, 0) / gs.length;
    return { text, x0: gs[0].x0, x1: gs[gs.length - 1].x1, y: gs[0].y, size };
  });
}

/** Text of one table cell: its lines joined (no space between CJK), spaces between CJK removed. */
function cellText(glyphs: Glyph[]): string {
  let s = '';
  for (const l of linesOf(glyphs)) {
    // A number wrapped in a narrow cell (「115」 over 「5」) is one number.
    const digits = /[\d.,]$/.test(s) && /^[\d.,%]/.test(l.text);
    if (s && !digits && !(wide(s[s.length - 1]) || wide(l.text[0]))) s += ' ';
    s += l.text;
  }
  return cleanLine(s).replace(new RegExp(`(${CJK.source}) +(?=${CJK.source})`, 'g'), '$1');
}

/** Grid + the glyphs inside it → pipe rows, the HTML reader's rules for merged cells. */
function tableRows(t: GridTable, glyphs: Glyph[][]): { rows: string[]; mergedValues: number } {
  const texts = t.regions.map((_, k) => cellText(glyphs[k] ?? []));
  const isLabel = (k: number) => texts[k] !== '' && !VALUE_LIKE.test(texts[k]);
  // An empty cell spanning rows, or left of a label in its row, is label space (often the rest of a merged label
  // cut by a page break): dropped like a label. Other empty cells are blank values and keep their position.
  const emptyLabel = t.regions.map((reg, k) => texts[k] === '' && (reg.rs > 1 || t.regionAt[reg.r].slice(reg.c + reg.cs).some(isLabel)));
  const slots = t.regionAt.map((row, r) =>
    row.map((k, c) => {
      const reg = t.regions[k];
      const text = texts[k];
      const valueLike = !emptyLabel[k] && (text === '' || VALUE_LIKE.test(text));
      return { cell: { text, valueLike }, origin: !emptyLabel[k] && reg.r === r && reg.c === c };
    }),
  );
  return gridToPipeRows(slots);
}

/** One page → blocks (prose lines and tables) from top to bottom. */
export function layoutPage(page: PageInput): { blocks: Block[]; mergedValues: number; splitItems: number } {
  const tables = findTables(page.h, page.v);
  const inTable: Glyph[][][] = tables.map((t) => t.regions.map(() => []));
  const free: Glyph[] = [];
  // Where each item's glyphs went: an item with digits spread over several cells was split by estimate.
  const places = new Map<number, Set<string>>();
  for (const g of glyphsOf(page.items)) {
    const cx = (g.x0 + g.x1) / 2;
    const cy = g.y + 0.3 * g.size;
    let placed = false;
    for (let i = 0; i < tables.length && !placed; i++) {
      const k = regionOf(tables[i], cx, cy);
      if (k !== undefined) {
        inTable[i][k].push(g);
        placed = true;
        if (!places.has(g.item)) places.set(g.item, new Set());
        places.get(g.item)?.add(`${i}:${k}`);
      }
    }
    if (!placed) free.push(g);
  }
  const splitItems = [...places].filter(([it, where]) => where.size > 1 && /\d/.test(page.items[it].str)).length;
  let mergedValues = 0;
  const blocks: Block[] = [];
  tables.forEach((t, i) => {
    const { rows, mergedValues: m } = tableRows(t, inTable[i]);
    mergedValues += m;
    if (rows.length) blocks.push({ kind: 'table', rows, top: t.ys[0], bottom: t.ys[t.ys.length - 1], table: t });
  });
  for (const line of linesOf(free)) blocks.push({ kind: 'line', line, top: line.y + line.size });
  blocks.sort((p, q) => q.top - p.top);
  return { blocks, mergedValues, splitItems };
}

const HEADING_START = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.、．]|第[一二三四五六七八九十]+[章节条部分])/;
/** Page furniture: 「- 3 -」「第 3 页」「3/12」「— 3 —」. */
const PAGE_NUMBER = /^[-—–－\s]*\d{1,3}[-—–－\s]*$|^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/;

interface Ctx {
  out: string[];
  open?: Line;
  /** Left edge and right edge of body text on the current page. */
  left: number;
  right: number;
  body: number;
  lastTable?: { rows: string[]; table: GridTable; atBottom: boolean };
}

/** Does `next` continue the paragraph of `prev` (wrapped line)? */
function continues(prev: Line, next: Line, ctx: Ctx, samePage: boolean): boolean {
  if (Math.abs(prev.size - next.size) > 0.6) return false;
  if (samePage && prev.y - next.y > 2.4 * next.size) return false;
  if (HEADING_START.test(next.text)) return false;
  // A title is set larger than the body and centred: its lines belong together.
  if (prev.size > ctx.body * 1.2) return true;
  const full = prev.x1 >= ctx.right - 1.5 * prev.size;
  const indented = next.x0 > ctx.left + 0.8 * next.size;
  return full && !indented;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0;
}

/** Same outer edges — a table continued on the next page (its inner rules may differ: merged rows there). */
const sameColumns = (p: GridTable, q: GridTable) => Math.abs(p.xs[0] - q.xs[0]) <= 2 && Math.abs(p.xs[p.xs.length - 1] - q.xs[q.xs.length - 1]) <= 2;

/** Pages (laid out) → the document text. Tables continued across a page keep one block; a header row repeated at
 * the top of the continuation is written once. */
/** Running headers and footers: lines in the top or bottom 8% of the page that recur (digits aside) on at least
 * half of the pages, two at least. */
function furniture(pages: { blocks: Block[]; height: number }[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set<string>();
    for (const b of p.blocks) {
      if (b.kind === 'line' && (b.top > p.height * 0.92 || b.top < p.height * 0.08)) keys.add(furnitureKey(b.line.text));
    }
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2 && n >= pages.length / 2).map(([k]) => k));
}
const furnitureKey = (s: string) => s.replace(/\s+/g, '').replace(/\d+/g, '#');

export function pagesToText(pages: { blocks: Block[]; height: number }[]): { text: string; tables: number; furniture: number } {
  const ctx: Ctx = { out: [], left: 0, right: 0, body: 0 };
  const running = furniture(pages);
  let removed = 0;
  const margin = (b: Block, height: number, f: number) => b.top > height * (1 - f) || b.top < height * f;
  // Page numbers sit a little lower into the body area (公文: 7 mm under the text block) than running heads.
  const isFurniture = (b: Block, height: number) =>
    b.kind === 'line' &&
    ((margin(b, height, 0.12) && PAGE_NUMBER.test(b.line.text.trim())) || (margin(b, height, 0.08) && running.has(furnitureKey(b.line.text))));
  let tables = 0;
  const flush = () => {
    if (ctx.open) ctx.out.push(cleanLine(ctx.open.text));
    ctx.open = undefined;
  };
  pages.forEach((page, pi) => {
    const lines = page.blocks.filter((b): b is Extract<Block, { kind: 'line' }> => b.kind === 'line').map((b) => b.line);
    const bodyLines = lines.filter((l) => !PAGE_NUMBER.test(l.text.trim()));
    if (bodyLines.length) {
      ctx.body = mode(bodyLines.map((l) => l.size)) || ctx.body;
      const body = bodyLines.filter((l) => Math.abs(l.size - ctx.body) < 1);
      ctx.left = Math.min(...body.map((l) => l.x0));
      ctx.right = Math.max(...body.map((l) => l.x1));
    }
    let first = true;
    for (const b of page.blocks) {
      if (isFurniture(b, page.height)) {
        removed++;
        continue;
      }
      if (b.kind === 'line') {
        if (ctx.open && continues(ctx.open, b.line, ctx, !first)) {
          const join = wide(ctx.open.text.slice(-1)) || wide(b.line.text[0]) ? '' : ' ';
          ctx.open = { ...b.line, text: ctx.open.text + join + b.line.text };
        } else {
          flush();
          ctx.open = b.line;
        }
        ctx.lastTable = undefined;
      } else {
        flush();
        const prev = ctx.lastTable;
        let rows = b.rows;
        if (first && prev?.atBottom && sameColumns(prev.table, b.table)) {
          // Continuation: drop the repeated header rows, keep writing rows of the same table.
          let n = 0;
          while (n < rows.length && n < prev.rows.length && rows[n] === prev.rows[n]) n++;
          rows = rows.slice(n);
          if (ctx.out[ctx.out.length - 1] === '') ctx.out.pop();
        } else {
          tables++;
          if (ctx.out.length && ctx.out[ctx.out.length - 1] !== '') ctx.out.push('');
        }
        ctx.out.push(...rows, '');
        const below = page.blocks.filter((x) => x.kind === 'line' && x.top < b.bottom && !isFurniture(x, page.height));
        ctx.lastTable = { rows: prev && first && sameColumns(prev.table, b.table) ? prev.rows : b.rows, table: b.table, atBottom: below.length === 0 };
      }
      first = false;
    }
    // A table that ends a page may continue on the next one; prose does too (handled by `continues`).
    if (pi < pages.length - 1 && ctx.lastTable) ctx.lastTable.atBottom = true;
  });
  flush();
  const text = ctx.out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, tables, furniture: removed };
}
