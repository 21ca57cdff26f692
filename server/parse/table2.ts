// 表二: each 第二十条 block is read by its own column labels (a report may mix 2019 item-1 columns with
// 2021 elsewhere, r011). When the header is missing the value count decides, else the fallback format.
import { FORMATS, TABLE_NAMES, type BlockDef, type FormatId } from '../format/index.js';
import type { Cell, ParseNote } from '../report/schema.js';
import { assign } from './assign.js';
import { alteredColumns } from './labels.js';
import { keyOf } from './normalise.js';
import { blankCells, type RawRow, type Stray } from './walk.js';

const T2 = TABLE_NAMES.t2;

export interface TableOut {
  /** Cells read, as parallel lists of ids and cells (one object is built from them, once). */
  ids: string[];
  vals: Cell[];
  notes: ParseNote[];
  /** Labels written in an altered form (F-LABELS): rows by row key, columns as `<block>.<column>`. */
  labels: { table: string; key: string; written: string; official: string }[];
  /** Format evidence: one entry per block read by its own labels. */
  votes: { format: FormatId; what: string }[];
  /** Rows with at least one cell read, as `<table>.<row>`. */
  rows: string[];
}

// Cell ids per (format, block, row), built once: the same strings every time make the cell map cheap to build.
// Keyed by the block and row objects' own strings (no joined key to build and hash per row).
const ID_CACHE = new Map<FormatId, Map<BlockDef, Map<string, string[]>>>();
function t2Ids(f: FormatId, block: BlockDef, row: string): string[] {
  let byBlock = ID_CACHE.get(f);
  if (!byBlock) ID_CACHE.set(f, (byBlock = new Map()));
  let byRow = byBlock.get(block);
  if (!byRow) byBlock.set(block, (byRow = new Map()));
  let ids = byRow.get(row);
  if (!ids) {
    ids = block.columns.map((c) => `t2.${row}.${c.key}`);
    byRow.set(row, ids);
  }
  return ids;
}

// Looked up several times per block of every report: remembered per format and key.
const BLOCK_DEFS = new Map<FormatId, Map<string, BlockDef | undefined>>();
function blockDef(f: FormatId, key: string): BlockDef | undefined {
  let byKey = BLOCK_DEFS.get(f);
  if (!byKey) BLOCK_DEFS.set(f, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key);
  const def = FORMATS[f].tables.find((t) => t.key === 't2')?.blocks.find((b) => b.key === key);
  if (byKey.size < 1000) byKey.set(key, def);
  return def;
}

/** How well the written header matches a block's column labels (characters of labels found). */
const COLUMN_KEYS = new Map<BlockDef, string[]>();
const columnKeys = (block: BlockDef) => {
  let keys = COLUMN_KEYS.get(block);
  if (!keys) COLUMN_KEYS.set(block, (keys = block.columns.map((c) => keyOf(c.label))));
  return keys;
};

export function headerScore(header: string[], block: BlockDef): number {
  const joined = header.join('');
  let score = 0;
  for (const k of columnKeys(block)) {
    if (joined.includes(k)) {
      score += k.length;
      continue;
    }
    let best = 0;
    for (const h of header) if (h.length >= 3 && k.startsWith(h) && h.length > best) best = h.length;
    score += best;
  }
  return score;
}

function chooseFormat(key: string, rows: RawRow[], fallback: FormatId | null): { f: FormatId | null; how: 'header' | 'count' | 'fallback' } {
  const cands = (['2021', '2019'] as FormatId[]).filter((f) => blockDef(f, key));
  if (cands.length === 1) return { f: cands[0], how: 'header' };
  const header = rows[0].header;
  const scores = cands.map((f) => headerScore(header, blockDef(f, key)!));
  if (Math.max(...scores) >= 3 && scores[0] !== scores[1]) return { f: cands[scores[0] > scores[1] ? 0 : 1], how: 'header' };
  // No usable header: the number of values per row, when it fits only one format.
  const usable = rows.filter((r) => !r.glued && !r.eof && r.values.length);
  // Web tables pad rows with empty cells (「行政许可 | 0 | ||」): try the count without trailing blanks first.
  const filled = (r: RawRow) => r.values.length - [...r.values].reverse().findIndex((c) => c.value !== null || (c.raw ?? '').trim() !== '');
  for (const count of [(r: RawRow) => (r.values.some((c) => c.value !== null || (c.raw ?? '').trim()) ? filled(r) : r.values.length), (r: RawRow) => r.values.length]) {
    const counts = usable.map(count);
    const fit = cands.filter((f) => counts.length && counts.every((n) => n === blockDef(f, key)!.columns.length));
    if (fit.length === 1) return { f: fit[0], how: 'count' };
  }
  return { f: fallback, how: 'fallback' };
}

export function readTable2(all: RawRow[], strays: Stray[], fallback: FormatId | null): TableOut {
  const out: TableOut = { ids: [], vals: [], notes: [], labels: [], votes: [], rows: [] };
  const byBlock = new Map<string, RawRow[]>();
  for (const r of all) {
    if (r.entry.table !== 't2') continue;
    const list = byBlock.get(r.entry.block) ?? [];
    if (list.some((x) => x.entry.row === r.entry.row)) {
      out.notes.push({ kind: 'ambiguous', where: `${T2}「${r.written}」`, message: `第 ${r.line + 1} 行再次出现「${r.written}」，只读取第一次出现的数值` });
      continue;
    }
    list.push(r);
    byBlock.set(r.entry.block, list);
  }
  for (const [key, rows] of byBlock) {
    const { f, how } = chooseFormat(key, rows, fallback);
    const caption = blockDef('2021', key)?.caption ?? blockDef('2019', key)?.caption ?? key;
    if (!f) {
      out.notes.push({ kind: 'ambiguous', where: `${T2}${caption}`, message: '读不到该项的列名，也无法由报告年度判断表格格式，未读取数值' });
      continue;
    }
    const def = blockDef(f, key)!;
    out.labels.push(...alteredColumns('t2', key, def.columns, rows[0].header, rows[0].headerText));
    if (how !== 'fallback') out.votes.push({ format: f, what: `${T2}${caption}` });
    else if (blockDef(f === '2021' ? '2019' : '2021', key))
      out.notes.push({ kind: 'ambiguous', where: `${T2}${caption}`, message: `读不到该项的列名，按${FORMATS[f].name}的列读取` });
    for (const r of rows) {
      const rowDef = def.rows.find((x) => x.key === r.entry.row);
      if (!rowDef) {
        out.notes.push({ kind: 'ambiguous', where: `${T2}「${r.written}」`, message: `${FORMATS[f].name}的${caption}没有「${r.written}」一行，未读取` });
        continue;
      }
      if (r.altered) out.labels.push({ table: 't2', key: r.entry.row, written: r.written, official: rowDef.label });
      // A row split into sub-items the format does not have (「行政检查」…) holds no value of its own: not blank.
      const split = strays.some((x) => x.table === 't2' && (x.after === r.written || x.after === rowDef.label));
      const a = split ? assign(r, def.columns.length) : blankCells(assign(r, def.columns.length), r, def.columns.length);
      const ids = t2Ids(f, def, r.entry.row);
      for (let i = 0; i < a.cells.length; i++) {
        out.ids.push(ids[i]);
        out.vals.push(a.cells[i]);
      }
      if (a.cells.length) out.rows.push(`t2.${r.entry.row}`);
      if (a.problem) out.notes.push({ kind: a.problem.kind, where: `${T2}「${rowDef.label}」行`, message: a.problem.message });
    }
  }
  // Sub-rows the format does not have (「其他对外管理服务事项」 split into 行政检查、行政确认…).
  const subs = strays.filter((s) => s.table === 't2');
  if (subs.length) {
    const parents = [...new Set(subs.map((s) => s.after ?? ''))];
    for (const p of parents) {
      const names = subs.filter((s) => (s.after ?? '') === p).map((s) => `「${s.text}」`).join('');
      out.notes.push({
        kind: 'missing',
        where: p ? `${T2}「${p}」行` : T2,
        message: `${p ? `「${p}」下` : ''}分列了格式中没有的子项${names}，${p ? '未写该行本身的数值；不由子项推算' : '未读取其数值'}`,
      });
    }
  }
  return out;
}
