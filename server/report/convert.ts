// Leaf cells of one format carried into the other, only where the quantity is the same (never a guess):
// a 2019 report redrafted in the 2021 format (or the reverse) keeps every number that has a counterpart.
import { cellRef, describeCell, RENAMED_2019_TO_2021, T3_OTHER_2019, T3_OTHER_2021, type FormatId } from '../format/index.js';
import type { Cell } from './schema.js';
import { leafCells } from './tables.js';

export interface Converted {
  numbers: Record<string, number>;
  /** Chinese notes: what could not be carried over and why. */
  notes: string[];
}

const RENAMED_2021_TO_2019 = Object.fromEntries(Object.entries(RENAMED_2019_TO_2021).map(([a, b]) => [b, a]));

export function convertLeaves(from: FormatId, to: FormatId, cells: Record<string, Cell>): Converted {
  const numbers: Record<string, number> = {};
  const notes: string[] = [];
  const val = (id: string) => (typeof cells[id]?.value === 'number' ? (cells[id].value as number) : undefined);
  if (from === to) {
    for (const c of leafCells(to)) if (val(c.id) !== undefined) numbers[c.id] = val(c.id)!;
    return { numbers, notes };
  }
  // Target id → source id of a renamed cell.
  const source = new Map(Object.entries(to === '2019' ? RENAMED_2019_TO_2021 : RENAMED_2021_TO_2019));
  const cols = leafCells(to).filter((c) => c.table === 't3' && c.row.key === 'new').map((c) => c.col.key);
  for (const c of leafCells(to)) {
    const fromId = source.get(c.id) ?? (cellRef(from, c.id)?.computed === false ? c.id : undefined);
    if (fromId && val(fromId) !== undefined) numbers[c.id] = val(fromId)!;
  }
  for (const col of cols) {
    if (from === '2019') {
      // One 2019 row into three 2021 leaves: exact only when it is zero.
      const v = val(`t3.${T3_OTHER_2019}.${col}`);
      if (v === 0) for (const r of T3_OTHER_2021) numbers[`t3.${r}.${col}`] = 0;
      else if (v !== undefined) notes.push(`${describeCell(from, `t3.${T3_OTHER_2019}.${col}`)}为 ${v}，2021年版须按三种情形分列，请补填。`);
    } else {
      const parts = T3_OTHER_2021.map((r) => val(`t3.${r}.${col}`));
      if (parts.every((v) => v !== undefined)) numbers[`t3.${T3_OTHER_2019}.${col}`] = parts.reduce((s, v) => s + v!, 0);
    }
  }
  const missing = leafCells(to).filter((c) => numbers[c.id] === undefined && c.table === 't2');
  if (missing.length)
    notes.push(`报告原用${from}年版表格，以下单元格在${to}年版中没有对应数字，请补填：${missing.map((c) => describeCell(to, c.id)).join('、')}。`);
  return { numbers, notes };
}
