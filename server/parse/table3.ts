// 表三: rows anchored by their labels, 7 applicant columns (8 with a local 小计 column, which is read and
// dropped). 2019 vs 2021 shows in （六）其他处理: one numeric row (2019) or a group with three rows (2021).
import { T3_LEGAL_PERSON, T3_OTHER_2019, T3_SUBTOTAL, TABLE_NAMES, tableDef, type FormatId } from '../format/index.js';
import { assign } from './assign.js';
import { alteredColumns } from './labels.js';
import { keyOf } from './normalise.js';
import type { TableOut } from './table2.js';
import { blankCells, type RawRow, type Stray } from './walk.js';

const T3 = TABLE_NAMES.t3;
/** 「（六）其他处理」: one row in 2019, a group of three in 2021 (the format-version evidence). */
const R6 = tableDef('2019', 't3').blocks[0].rows.find((r) => r.key === T3_OTHER_2019)!.label;
const COLUMNS = tableDef('2021', 't3').blocks[0].columns;
const BLOCK = tableDef('2021', 't3').blocks[0].key;
const SUBTOTAL_KEY = keyOf(T3_SUBTOTAL);
/** The 小计 column sits after 其他 (the last 法人或其他组织 column) in the local variant. */
const SUBTOTAL_AT = COLUMNS.findIndex((c) => c.sumOf);

// Cell ids per row, built once (this runs for every report).
// Keyed by the row key itself (no joined key string to build and hash per row).
const idCache = [new Map<string, (string | null)[]>(), new Map<string, (string | null)[]>()];
function idsOf(row: string, subtotal: boolean): (string | null)[] {
  const cache = idCache[subtotal ? 1 : 0];
  let ids = cache.get(row);
  if (!ids) {
    const cols: (string | null)[] = COLUMNS.map((c) => `t3.${row}.${c.key}`);
    if (subtotal) cols.splice(SUBTOTAL_AT, 0, null);
    ids = cols;
    cache.set(row, ids);
  }
  return ids;
}

const hasContent = (v: { value: number | null; raw?: string }) => v.value !== null || (v.raw ?? '').trim() !== '';

const COLUMN_KEYS = COLUMNS.map((c) => keyOf(c.label));

/**
 * Pipe rows of a full grid (every merged cell written as an empty cell): the row position of each value column,
 * read from the header — only when every column label was found and they sit side by side, in order.
 */
function columnPositions(header: string[], headerAt: number[], subtotal: boolean): number[] | null {
  if (!headerAt.length) return null;
  const keys = [...COLUMN_KEYS];
  if (subtotal) keys.splice(SUBTOTAL_AT, 0, SUBTOTAL_KEY);
  const pos: number[] = [];
  for (const k of keys) {
    const i = header.indexOf(k);
    if (i < 0 || headerAt[i] < 0) return null;
    pos.push(headerAt[i]);
  }
  for (let i = 1; i < pos.length; i++) if (pos[i] !== pos[i - 1] + 1) return null;
  return pos;
}

/**
 * A pipe row whose label spans several columns (「| 一、本年新收… |  |  | 0 | 36 |…」) or sits after the cell of a
 * merged group label: its values are the cells under the header's columns, provided every cell outside them is
 * empty. Otherwise the row is left as written (and judged by its count).
 */
function alignToHeader(r: RawRow, pos: number[] | null): RawRow {
  if (!pos || r.at === undefined || r.layout !== 'pipe' || r.glued) return r;
  const from = pos[0] - r.at;
  if (from <= 0) return r;
  const values = r.values;
  for (let i = 0; i < from; i++) if (hasContent(values[i])) return r;
  for (let i = from + pos.length; i < values.length; i++) if (hasContent(values[i])) return r;
  return { ...r, values: values.slice(from, from + pos.length) };
}

export function readTable3(all: RawRow[], strays: Stray[]): TableOut & { shape: FormatId | null; r6BlankIds: string[] } {
  const out: TableOut & { shape: FormatId | null; r6BlankIds: string[] } = { ids: [], vals: [], notes: [], labels: [], votes: [], rows: [], shape: null, r6BlankIds: [] };
  const rows = all.filter((r) => r.entry.table === 't3');
  if (!rows.length) return out;
  const subtotal = rows.some((r) => r.header.includes(SUBTOTAL_KEY));
  const columns = COLUMNS.length + (subtotal ? 1 : 0);
  if (subtotal)
    out.notes.push({ kind: 'info', where: T3, message: `${T3}增设了「${T3_SUBTOTAL}」列（${T3_LEGAL_PERSON}${T3_SUBTOTAL}），已按列名读取并略去该列` });
  out.labels.push(...alteredColumns('t3', BLOCK, COLUMNS, rows[0].header, rows[0].headerText));
  const grid = rows.find((r) => r.layout === 'pipe' && r.headerAt.length);
  const pos = grid ? columnPositions(grid.header, grid.headerAt, subtotal) : null;
  const done = new Set<string>();
  let r6Numeric = false;
  let r6Rows = false;
  for (const r of rows) {
    const key = r.entry.row;
    if (done.has(key)) {
      out.notes.push({ kind: 'ambiguous', where: `${T3}「${r.written}」`, message: `第 ${r.line + 1} 行再次出现「${r.written}」，只读取第一次出现的数值` });
      continue;
    }
    done.add(key);
    if (r.altered) out.labels.push({ table: 't3', key, written: r.written, official: r.entry.official });
    if (/^r6_/.test(key)) r6Rows = true;
    const isGroupEverywhere = r.entry.groupIn.length === r.entry.formats.length;
    const written = r.values.some(hasContent) || !!r.glued;
    if (isGroupEverywhere) {
      if (written) out.notes.push({ kind: 'info', where: `${T3}「${r.entry.official}」`, message: '分组行本身不应有数值，其后的数值未读取' });
      continue;
    }
    if (key === 'r6') {
      // 2021: a group (no numbers); 2019: a numeric row. A blank one is decided by the report's format (text.ts).
      if (!written) {
        if (!r.eof) out.r6BlankIds = idsOf(key, subtotal).filter((x): x is string => !!x);
        continue;
      }
      r6Numeric = true;
    }
    const aligned = alignToHeader(r, pos);
    const a = blankCells(assign(aligned, columns), aligned, columns, true);
    const ids = idsOf(key, subtotal);
    for (let i = 0; i < a.cells.length; i++) {
      const id = ids[i];
      if (id) {
        out.ids.push(id);
        out.vals.push(a.cells[i]);
      }
    }
    if (a.cells.length) out.rows.push(`t3.${key}`);
    if (a.problem) out.notes.push({ kind: a.problem.kind, where: `${T3}「${r.entry.official}」行`, message: a.problem.message });
  }
  if (r6Rows && r6Numeric) {
    out.notes.push({ kind: 'ambiguous', where: `${T3}「${R6}」`, message: `「${R6}」既有本行数值又分列子项，两种格式混用` });
  } else if (r6Rows) {
    out.r6BlankIds = [];
    out.shape = '2021';
    out.votes.push({ format: '2021', what: `${T3}${R6}分列三项` });
  } else if (r6Numeric) {
    out.shape = '2019';
    out.votes.push({ format: '2019', what: `${T3}${R6}为单行` });
  }
  for (const s of strays.filter((x) => x.table === 't3')) {
    out.notes.push({ kind: 'ambiguous', where: `${T3}第 ${s.line + 1} 行`, message: `未识别的栏目「${s.text}」后有 ${s.count} 个数，未读取` });
  }
  return out;
}
