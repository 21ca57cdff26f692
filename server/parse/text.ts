// parseText: a published report's plain text → ParsedReport. Reads what is there, records what is missing or
// unreadable in source.notes, never guesses a number and never throws on any input.
import { formatForYear, SECTIONS, sectionHeading, TABLE_NAMES, tableDef, type FormatId, type RowDef, type TableKey } from '../format/index.js';
import type { Cell, ParsedReport, ParseNote } from '../report/schema.js';
import { detectFormat, signalCounts } from './detect.js';
import { findHeadings } from './headings.js';
import { findSignOff, findTitle, headerDate, readMeta } from './meta.js';
import { cleanInput, withoutPinyin } from './normalise.js';
import { isTraditional, toSimplified } from './traditional.js';
import { buildSections } from './sections.js';
import { readTable2 } from './table2.js';
import { readTable3 } from './table3.js';
import { readTable4 } from './table4.js';
import { splitLines, tokenise } from './tokens.js';
import { walkTables } from './walk.js';

export interface ParseOptions {
  file?: string;
}

const PREFACE_MAX = 5000;
export const MAX_PARSE_CHARS = 1_000_000;

export function parseText(input: string, opts: ParseOptions = {}): ParsedReport {
  const cleaned = cleanInput(typeof input === 'string' ? input : String(input ?? ''));
  const notes: ParseNote[] = [];
  // A mirror site's pinyin inside the words (「区(qū)」) breaks names, titles and headings: read without it.
  const { text: raw, removed, places: pinyin } = withoutPinyin(cleaned);
  if (removed) notes.push({ kind: 'info', where: '全文', message: `原文的字后夹有网站插入的拼音注音（${removed} 处），已去掉后解析和检查` });
  // A page in traditional characters (a mirror site's conversion) is read as simplified: its headings, labels and
  // names then match the format; the conversion is one character for one, so offsets stay.
  const traditional = isTraditional(raw.slice(0, 20000));
  const text = traditional ? toSimplified(raw) : raw;
  if (traditional) notes.push({ kind: 'info', where: '全文', message: '原文为繁体字，已逐字转为简体后解析和检查（引文按简体显示）' });
  // A real report is well under 1 MB of text; beyond that only the beginning is read (keeps junk input fast).
  const lines = splitLines(text.length > MAX_PARSE_CHARS ? text.slice(0, MAX_PARSE_CHARS) : text);
  if (text.length > MAX_PARSE_CHARS)
    notes.push({ kind: 'info', where: '全文', message: `文本过长（${text.length} 字），只解析前 ${MAX_PARSE_CHARS} 字` });

  const heads = findHeadings(lines);
  const headLines = new Set(heads.map((h) => h.line));
  const sectionOf = (line: number) => {
    let lo = 0;
    let hi = heads.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (heads[mid].line <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const tokens = tokenise(lines, headLines, text.includes('|'));
  const walk = walkTables(tokens, sectionOf, lines.length);

  // Front matter and sign-off.
  const firstHead = heads.length ? heads[0].line : Math.min(lines.length, firstTableLine(walk.tableLines, lines.length));
  const front = findTitle(lines, firstHead);
  const signoff = findSignOff(lines, heads.length ? heads[heads.length - 1].line + 1 : Math.max(0, lines.length - 30));
  // Lines left out of the preface and section text: tables and the sign-off (the walk's set, extended in place).
  const exclude = walk.tableLines;
  for (const l of signoff.lines) exclude[l] = 1;
  const prefaceLines: string[] = [];
  let prefaceLength = 0;
  for (let i = 0; i < firstHead && prefaceLength < PREFACE_MAX; i++) {
    if (!lines[i].blank && !front.titleLines.includes(i) && !exclude[i]) {
      prefaceLines.push(lines[i].text);
      prefaceLength += lines[i].text.length + 1;
    }
  }
  const preface = prefaceLines.join('\n').slice(0, PREFACE_MAX);
  const { sections, clipped } = buildSections(lines, heads, exclude);
  for (const no of clipped) notes.push({ kind: 'info', where: `第${SECTIONS[no - 1]?.numeral ?? no}部分`, message: '正文过长，只保留前 50000 字' });
  const first = sections.find((s) => s.no === 1)?.text ?? '';
  const later = sections.filter((s) => s.no > 1).map((s) => s.text).join('\n').slice(0, 8000);
  const meta = readMeta(front.title, preface, first, signoff, notes, later);
  // The page's 发布日期 is kept apart from the 落款: the deadline is about publishing, the 落款 about signing.
  const published = headerDate(lines, firstHead);
  let date = signoff.iso;
  if (!date) {
    date = published;
    if (date) notes.push({ kind: 'info', where: '落款', message: `正文没有落款日期，取网页标注的日期 ${date}` });
  }

  // Tables.
  const signals = signalCounts(walk.keys);
  const t3 = readTable3(walk.rows, walk.strays);
  let t2 = readTable2(walk.rows, walk.strays, null);
  let tableNotes: ParseNote[] = [];
  let formatDetected = detectFormat(t2.votes.concat(t3.votes), signals, tableNotes);
  // What the tables say, else the report year's format.
  const orYear = (f: FormatId | null) => f ?? (meta.year ? formatForYear(meta.year) : null);
  const fallback = orYear(formatDetected);
  // The fallback format only decides blocks the first reading could not (each left an 'ambiguous' note); without
  // such a note, or without a fallback, a second reading would be the same (and so would the detection).
  if (fallback && t2.notes.some((n) => n.kind === 'ambiguous')) {
    t2 = readTable2(walk.rows, walk.strays, fallback);
    tableNotes = [];
    formatDetected = detectFormat(t2.votes.concat(t3.votes), signals, tableNotes);
  }
  const t4 = readTable4(walk.t4);
  const format = orYear(formatDetected);
  // A blank 「（六）其他处理」 in a 2019-format table is that format's numeric row, left blank.
  if (format === '2019' && t3.r6BlankIds.length) {
    for (const id of t3.r6BlankIds) {
      t3.ids.push(id);
      t3.vals.push({ value: null, raw: '' });
    }
    t3.rows.push('t3.r6');
  }
  // One object written once (spreading three large cell maps costs more than the whole table reading).
  const tables: Record<string, Cell> = {};
  for (const part of [t2, t3, t4]) for (let i = 0; i < part.ids.length; i++) tables[part.ids[i]] = part.vals[i];
  for (const list of [t2.notes, t3.notes, t4.notes, tableNotes]) addNotes(notes, list);

  // What is missing.
  const found = new Set(heads.map((h) => h.no));
  for (const s of SECTIONS) {
    if (!found.has(s.no)) notes.push({ kind: 'missing', where: `第${s.numeral}部分`, message: `未找到「${sectionHeading(s)}」` });
  }
  let tablesComplete = true;
  if (format) {
    const present = new Set<string>(t2.rows);
    for (const r of t3.rows) present.add(r);
    for (const r of t4.rows) present.add(r);
    for (const key of ['t2', 't3', 't4'] as TableKey[]) {
      const rows = numericRows(format, key);
      const missing = rows.filter((r) => !present.has(`${key}.${r.key}`));
      if (!missing.length) continue;
      tablesComplete = false;
      if (missing.length === rows.length) {
        notes.push({ kind: 'missing', where: TABLE_NAMES[key], message: `未找到${TABLE_NAMES[key]}「${tableDef(format, key).title}」的数值` });
      } else {
        const names = missing.map((r) => `「${r.parents?.length && key === 't4' ? `${r.parents.join('·')}·` : ''}${r.label}」`);
        notes.push({ kind: 'missing', where: TABLE_NAMES[key], message: `${TABLE_NAMES[key]}缺少 ${missing.length} 行：${names.slice(0, 30).join('')}${names.length > 30 ? '…' : ''}` });
      }
    }
  } else {
    tablesComplete = false;
    notes.push({ kind: 'missing', where: '表格', message: '未找到任何表格，也读不到报告年度，无法确定表格格式' });
  }
  const complete = found.size === SECTIONS.length && tablesComplete && !notes.some((n) => n.kind === 'missing');

  const report: ParsedReport = {
    format,
    meta: {
      agency: meta.agency,
      year: meta.year,
      ...(meta.level ? { level: meta.level } : {}),
      ...(date ? { date } : {}),
      ...(published ? { published } : {}),
      ...(meta.contact ? { contact: meta.contact } : {}),
    },
    ...(front.title ? { title: front.title.slice(0, 200) } : {}),
    ...(preface ? { preface } : {}),
    sections,
    tables,
    facts: [],
    ...(signoff.agency || signoff.date ? { signoff: { ...(signoff.agency ? { agency: signoff.agency.slice(0, 100) } : {}), ...(signoff.date ? { date: signoff.date.slice(0, 40) } : {}) } } : {}),
    source: {
      ...(opts.file ? { file: opts.file } : {}),
      headings: heads.map((h) => ({ no: h.no, text: h.text, line: h.line + 1 })),
      formatDetected,
      complete,
      notes,
      labels: [...t2.labels, ...t3.labels],
      text,
      ...(pinyin.length ? { pinyin } : {}),
    },
  };
  return report;
}

/** Notes are capped (junk input can repeat a label thousands of times); the rest is summarised. */
const MAX_NOTES = 200;
function addNotes(into: ParseNote[], list: ParseNote[]) {
  for (const n of list) {
    if (into.length < MAX_NOTES) into.push(n);
    else {
      into.push({ kind: 'info', where: '解析说明', message: `另有 ${list.length - list.indexOf(n)} 条同类说明未列出` });
      return;
    }
  }
}

const NUMERIC_ROWS = new Map<string, RowDef[]>();
/** Rows of a table that carry numbers (group rows excluded), per format — built once. */
function numericRows(format: FormatId, key: TableKey) {
  const k = `${format}.${key}`;
  let rows = NUMERIC_ROWS.get(k);
  if (!rows) {
    rows = tableDef(format, key).blocks.flatMap((b) => b.rows.filter((r) => !r.group));
    NUMERIC_ROWS.set(k, rows);
  }
  return rows;
}

function firstTableLine(tableLines: Uint8Array, n: number): number {
  const at = tableLines.indexOf(1);
  return at < 0 ? n : Math.min(at, n);
}

/** How much of a 年度报告 the text shows (0 = nothing: not a report). */
export function reportSignals(p: ParsedReport): number {
  let n = p.source.headings.length + Object.keys(p.tables).length;
  if (p.title) n += 2;
  if (p.meta.year !== null && /政府信息公开|政务公开/.test(p.source.text ?? '')) n += 1;
  return n;
}
