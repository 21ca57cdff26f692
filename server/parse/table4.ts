// 表四: a header block (行政复议 | 行政诉讼 · 未经复议直接起诉 | 复议后起诉, each 结果维持…总计) followed by
// 15 numbers in one row, in the order of the official layout.
import { tableDef } from '../format/index.js';
import { assign } from './assign.js';
import type { TableOut } from './table2.js';
import { blankCells, type RawRun } from './walk.js';

const DEF = tableDef('2021', 't4').blocks[0];
const IDS = DEF.rows.flatMap((r) => DEF.columns.map((c) => `t4.${r.key}.${c.key}`));

export function readTable4(run: RawRun | null): TableOut {
  const out: TableOut = { ids: [], vals: [], notes: [], labels: [], votes: [], rows: [] };
  if (!run) return out;
  const a = blankCells(assign(run, IDS.length), run, IDS.length);
  for (let i = 0; i < a.cells.length; i++) {
    out.ids.push(IDS[i]);
    out.vals.push(a.cells[i]);
  }
  DEF.rows.forEach((r, i) => {
    if (a.cells.length > i * DEF.columns.length) out.rows.push(`t4.${r.key}`);
  });
  if (a.problem) out.notes.push({ kind: a.problem.kind, where: '表四', message: a.problem.message.replace('该行', '表四数值行') });
  return out;
}
