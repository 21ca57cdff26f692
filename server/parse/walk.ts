// One pass over the cell tokens: find the tables by their labels and collect, for every row label, the
// values that follow it — as the layout allows (a tab/pipe row keeps its blank cells; a plain run does not).
// Nothing here maps values to columns: that needs the block's column labels (table2/3/4.ts).
import type { TableKey } from '../format/index.js';
import type { Cell, ParseNote } from '../report/schema.js';
import { Matcher, type Match, type RowEntry } from './labels.js';
import type { Layout, Token } from './tokens.js';
import { BLANK } from './values.js';

export interface RawRow {
  entry: RowEntry;
  written: string;
  altered: boolean;
  line: number;
  layout: Layout;
  /** Cells in written order; BLANK for an empty tab/pipe cell. */
  values: Cell[];
  /** The run reached the end of the text (a truncated page). */
  eof: boolean;
  /** Digits glued to the label (「规章000」). */
  glued?: string;
  /** Header keys in effect for this row's block (表二) or table (表三). */
  header: string[];
  /** Pipe layout: each header key's cell position in its row (-1 elsewhere), parallel to `header`. */
  headerAt: number[];
  /** Each header key as written, parallel to `header`. */
  headerText: string[];
  /** Pipe layout: cell position of the first value in the row. */
  at?: number;
}

export interface RawRun {
  values: Cell[];
  layout: Layout;
  eof: boolean;
  line: number;
  header: string[];
}

/** A label the format does not know, followed by numbers (「行政检查」 under 其他对外管理服务事项). */
export interface Stray {
  table: TableKey;
  text: string;
  line: number;
  count: number;
  /** The last known row read before it. */
  after?: string;
}

export interface Walk {
  rows: RawRow[];
  t4: RawRun | null;
  strays: Stray[];
  /** 1 for a line that belongs to a table (indexed by line; excluded from the section text). */
  tableLines: Uint8Array;
  /** Tables whose header or rows were seen. */
  seen: Set<TableKey>;
  /** Keys of the label cells read in tables (for the format's signal words). */
  keys: string[];
}

const SHORT = 16;
const NO_POSITIONS: number[] = [];
const isFragment = (t: Token) => t.cell.kind === 'text' && t.text.length <= SHORT && !/[。；;]/.test(t.text);
const GLUED = /^(.*?[^\d\s.])\s*(\d[\d\s]*)$/;

/** Tokens a..b belong to a table: their lines leave the prose, their text keys feed format detection. */
function mark(tokens: Token[], tableLines: Uint8Array, keys: string[], a: number, b: number): void {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    for (let l = t.line; l <= t.lastLine; l++) tableLines[l] = 1;
    if (t.cell.kind === 'text') keys.push(t.key);
  }
}

/** Values after a row label, by the label's layout. Returns the index after the run. */
/** A short text in a row's cell (「增98」「增」 in 本年增/减) between its numbers, or with a digit: a cell written wrong,
 * kept as written so CELL-INVALID names it, not a label. */
function writtenInCell(tokens: Token[], j: number, group: number): boolean {
  const text = tokens[j].text.trim();
  if (!text || text.length > 8) return false;
  const next = tokens[j + 1];
  return /^[增减加少]\d*$/.test(text) || (/^\D{1,2}\d+$/.test(text) && next?.group === group);
}

function run(tokens: Token[], from: number, anchor: Token): { values: Cell[]; end: number } {
  const n = tokens.length;
  const values: Cell[] = [];
  let j = from;
  if (anchor.layout === 'tab' || anchor.layout === 'pipe') {
    while (j < n && tokens[j].group === anchor.group) {
      const c = tokens[j].cell;
      if (c.kind === 'text' && !writtenInCell(tokens, j, anchor.group)) break;
      values.push(c.kind === 'value' ? c.cell : c.kind === 'text' ? { value: null, raw: tokens[j].text.trim() } : BLANK);
      j++;
    }
  } else {
    while (j < n && tokens[j].cell.kind === 'value') {
      const c = tokens[j].cell;
      if (c.kind === 'value') values.push(c.cell);
      j++;
    }
  }
  return { values, end: j };
}

export function walkTables(tokens: Token[], sectionOf: (line: number) => number, lineCount: number): Walk {
  const matcher = new Matcher();
  const rows: RawRow[] = [];
  const strays: Stray[] = [];
  const tableLines = new Uint8Array(lineCount);
  const seen = new Set<TableKey>();
  let t4: RawRun | null = null;

  let table: TableKey | null = null;
  let t2Pending: string[] = [];
  let t2PendingText: string[] = [];
  const t2Headers = new Map<string, { keys: string[]; texts: string[] }>();
  let t3Header: string[] = [];
  let t3HeaderAt: number[] = [];
  let t3HeaderText: string[] = [];
  let t4Header: string[] = [];
  /** Index of the token being read, and of 表四's last header token (an all-blank 表四 is its header only). */
  let current = 0;
  let t4HeaderEnd = -1;
  let lastRow: string | undefined;
  let prevSection = -1;
  const n = tokens.length;

  const keys: string[] = [];
  const enter = (t: TableKey) => {
    if (table === t) return;
    table = t;
    seen.add(t);
    if (t === 't2') {
      t2Pending = [];
      t2PendingText = [];
    }
    if (t === 't3') {
      t3Header = [];
      t3HeaderAt = [];
      t3HeaderText = [];
    }
    if (t === 't4') t4Header = [];
  };
  const pushHeader = (key: string, text: string, col = -1) => {
    if (table === 't2') {
      t2Pending.push(key);
      t2PendingText.push(text);
    } else if (table === 't3') {
      t3Header.push(key);
      t3HeaderAt.push(col);
      t3HeaderText.push(text);
    }
    else if (table === 't4') {
      t4Header.push(key);
      t4HeaderEnd = current;
    }
  };

  /** Try the token alone, then joined with one or two following short fragments (labels broken over lines). */
  const matchAt = (i: number): { m: Match; span: number } | null => {
    const t = tokens[i];
    const m = matcher.match(t.key);
    // A column label of another table inside a table (「其他」 of 「其他\n结果」 in 表四) is a fragment first.
    const foreign = m?.entry.kind === 'header' && table !== null && !m.entry.tables.includes(table) && !m.entry.starter;
    if (m && !foreign) return { m, span: 1 };
    if (!isFragment(t) || t.text.length > 12) return foreign ? null : m && { m, span: 1 };
    let key = t.key;
    for (let s = 1; s <= 2 && i + s < n; s++) {
      const next = tokens[i + s];
      if (!isFragment(next) || next.text.length > 12) break;
      key += next.key;
      const mm = matcher.match(key);
      if (mm && mm.entry.kind !== 'caption') return { m: mm, span: s + 1 };
    }
    return null;
  };

  for (let i = 0; i < n; i++) {
    const tok = tokens[i];
    current = i;
    const sec = sectionOf(tok.line);
    if (sec !== prevSection) {
      prevSection = sec;
      table = null;
    }
    if (tok.cell.kind === 'empty') {
      if (table) mark(tokens, tableLines, keys, i, i + 1);
      continue;
    }
    if (tok.cell.kind === 'value') {
      if (table === 't4' && !t4) {
        const r = t4Run(tokens, i);
        t4 = { values: r.values, layout: tok.layout, eof: r.end >= n, line: tok.line, header: t4Header };
        mark(tokens, tableLines, keys, r.start, r.end);
        i = r.end - 1;
        table = null;
      } else if (table) mark(tokens, tableLines, keys, i, i + 1);
      continue;
    }
    const hit = matchAt(i);
    if (hit?.m.entry.kind === 'caption') {
      enter('t2');
      t2Pending = [];
      t2PendingText = [];
      mark(tokens, tableLines, keys, i, i + 1);
      continue;
    }
    if (hit?.m.entry.kind === 'header') {
      const tables = hit.m.entry.tables;
      if (!table || !tables.includes(table)) enter(tables[0]);
      if (hit.span === 1) pushHeader(tok.key, tok.text, tok.col);
      else {
        const span = tokens.slice(i, i + hit.span);
        pushHeader(span.map((t) => t.key).join(''), span.map((t) => t.text).join(''), tok.col);
      }
      mark(tokens, tableLines, keys, i, i + hit.span);
      i += hit.span - 1;
      continue;
    }
    let entry: RowEntry | null = hit?.m.entry.kind === 'row' ? hit.m.entry : null;
    let span = hit?.span ?? 1;
    let glued: string | undefined;
    let altered = hit?.m.altered ?? false;
    if (!entry && tok.text.length <= 40) {
      const g = GLUED.exec(tok.text);
      const gm = g ? matcher.match(tokens[i].key.slice(0, tokens[i].key.length - g[2].replace(/\s/g, '').length)) : null;
      if (g && gm?.entry.kind === 'row') {
        entry = gm.entry;
        altered = gm.altered;
        glued = g[2];
        span = 1;
      }
    }
    if (entry) {
      enter(entry.table);
      let header: string[];
      let headerAt: number[] = NO_POSITIONS;
      let headerText: string[];
      if (entry.table === 't2') {
        if (!t2Headers.has(entry.block)) {
          t2Headers.set(entry.block, { keys: t2Pending, texts: t2PendingText });
          t2Pending = [];
          t2PendingText = [];
        }
        const h = t2Headers.get(entry.block)!;
        header = h.keys;
        headerText = h.texts;
      } else {
        header = t3Header;
        headerAt = t3HeaderAt;
        headerText = t3HeaderText;
      }
      const anchor = tokens[i + span - 1];
      const r = glued ? { values: [], end: i + 1 } : run(tokens, i + span, anchor);
      rows.push({
        entry,
        written: span === 1 ? tok.text : tokens.slice(i, i + span).map((t) => t.text).join(''),
        altered,
        line: tok.line,
        layout: glued ? 'plain' : anchor.layout,
        values: r.values,
        eof: r.end >= n,
        glued,
        header,
        headerAt,
        headerText,
        ...(anchor.col !== undefined && !glued ? { at: anchor.col + 1 } : {}),
      });
      lastRow = entry.official;
      mark(tokens, tableLines, keys, i, r.end);
      i = r.end - 1;
      continue;
    }
    if (table && isFragment(tok)) {
      const next = tokens[i + 1];
      if (table !== 't4' && next && next.cell.kind === 'value') {
        const r = run(tokens, i + 1, tok);
        strays.push({ table, text: tok.text, line: tok.line, count: r.values.length, after: lastRow });
        mark(tokens, tableLines, keys, i, r.end);
        i = r.end - 1;
      } else {
        pushHeader(tok.key, tok.text, tok.col);
        mark(tokens, tableLines, keys, i, i + 1);
      }
      continue;
    }
    table = null; // prose ends a table
  }
  // 表四 printed with every cell blank: its header, then the next section (not the end of the text) — a run of no
  // values, read as blank cells. A header cut by the end of an excerpt stays unread.
  if (!t4 && t4HeaderEnd >= 0 && new Set(t4Header).size >= 5) {
    const later = sectionOf(lineCount - 1) > sectionOf(tokens[t4HeaderEnd].line); // a later section's heading follows
    if (later) t4 = { values: [], layout: 'plain', eof: false, line: tokens[t4HeaderEnd].line, header: t4Header };
  }
  return { rows, t4, strays, tableLines, seen, keys };
}

/** 表四's numbers: the physical row holding the first number after its header (tab/pipe), or the run of numbers. */
function t4Run(tokens: Token[], i: number): { values: Cell[]; start: number; end: number } {
  const tok = tokens[i];
  let start = i;
  let end = i;
  if (tok.layout === 'plain') {
    while (end < tokens.length && tokens[end].cell.kind === 'value') end++;
  } else {
    while (start > 0 && tokens[start - 1].group === tok.group && tokens[start - 1].cell.kind === 'empty') start--;
    while (end < tokens.length && tokens[end].group === tok.group && tokens[end].cell.kind !== 'text') end++;
  }
  const values: Cell[] = [];
  for (let k = start; k < end; k++) {
    const c = tokens[k].cell;
    values.push(c.kind === 'value' ? c.cell : BLANK);
  }
  return { values, start, end };
}

/**
 * A visible table row whose cells are blank is read as blank cells (for CELL-INVALID to name), not as an unreadable
 * row: a label followed straight by the next label (one cell per line, blanks dropped), or pipe cells all empty.
 * With `totalOnly`, a plain row holding a single value is a row where only its 总计 (the last column) is written.
 * A row cut off by the end of the text is left as it was (a note).
 */
export function blankCells(
  assigned: { cells: Cell[]; problem?: { kind: ParseNote['kind']; message: string } },
  row: { values: Cell[]; layout: Layout; eof: boolean; glued?: string },
  columns: number,
  totalOnly = false,
): { cells: Cell[]; problem?: { kind: ParseNote['kind']; message: string } } {
  if (row.eof || row.glued !== undefined) return assigned;
  const filled = row.values.filter((c) => c.value !== null || (c.raw ?? '').trim() !== '');
  const blank = (): Cell => ({ ...BLANK });
  if (filled.length === 0 && assigned.cells.length < columns)
    return { cells: Array.from({ length: columns }, blank), problem: { kind: 'info', message: '该行各单元格均为空白' } };
  if (totalOnly && row.layout === 'plain' && row.values.length === 1 && assigned.cells.length === 0)
    return { cells: [...Array.from({ length: columns - 1 }, blank), row.values[0]], problem: { kind: 'info', message: '该行只写了「总计」，其余单元格为空白' } };
  return assigned;
}
