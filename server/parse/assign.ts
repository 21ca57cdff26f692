// Tie the values read after a row label to the row's columns — only where the layout allows it.
// A tab/pipe row keeps its blank cells, so position i is column i. A plain run (one cell per line, blank
// cells lost) is tied only when it has exactly as many values as the row has columns: otherwise the cells
// are unreadable — never guessed.
import type { Cell, ParseNote } from '../report/schema.js';
import { splitGlued } from './values.js';
import type { RawRow, RawRun } from './walk.js';

export interface Assigned {
  /** Cells by column position; shorter than the column count when the row is cut off. */
  cells: Cell[];
  /** Why some or all cells could not be read. */
  problem?: { kind: ParseNote['kind']; message: string };
}

const hasContent = (c: Cell) => c.value !== null || (c.raw ?? '').trim() !== '';

export function assign(row: Pick<RawRow, 'values' | 'layout' | 'eof' | 'glued'> | RawRun, columns: number): Assigned {
  const glued = 'glued' in row ? row.glued : undefined;
  if (glued !== undefined) {
    const cells = splitGlued(glued, columns);
    if (cells) return { cells, problem: { kind: 'info', message: `数字与栏目名连写（「${glued.trim()}」），按每位一个数读取` } };
    return { cells: [], problem: { kind: 'unreadable', message: `数字与栏目名连写（「${glued.trim()}」），无法确定各列数值` } };
  }
  const vals = row.values;
  if (row.layout === 'plain') {
    if (vals.length === columns) return { cells: vals };
    if (vals.length === 0) return { cells: [], problem: row.eof ? truncated() : { kind: 'missing', message: '该行没有数值' } };
    return {
      cells: [],
      problem: {
        kind: 'unreadable',
        message: `该行读到 ${vals.length} 个数、应有 ${columns} 列，且空白单元格在此排版中无法辨认，无法确定各数所属的列${row.eof ? '（页面在此处截断）' : ''}`,
      },
    };
  }
  // tab / pipe: positions are columns.
  if (vals.length > columns) {
    const extra = vals.slice(columns);
    if (extra.some(hasContent)) {
      return { cells: [], problem: { kind: 'unreadable', message: `该行有 ${vals.length} 格数值、应有 ${columns} 列，无法确定各数所属的列` } };
    }
    return { cells: vals.slice(0, columns) };
  }
  if (vals.length < columns) {
    if (row.eof) return { cells: vals, problem: truncated() };
    return {
      cells: vals,
      problem: vals.length ? { kind: 'missing', message: `该行只有 ${vals.length} 格、应有 ${columns} 列，缺少后 ${columns - vals.length} 列` } : { kind: 'missing', message: '该行没有数值' },
    };
  }
  return { cells: vals };
}

const truncated = (): Assigned['problem'] => ({ kind: 'missing', message: '页面在此处截断，该行数值不全' });
