// Who a count belongs to: the applicant column a 表三 total can only be in, and the subjects a sentence names that do
// not reach into the next sentence.
import { T3_INTAKE } from './wordclasses.js';
import type { Ctx } from './extraction.js';

export function forgetSentenceSubjects(ctx: Ctx): void {
  ctx.subject = undefined;
  ctx.dangling = [];
  ctx.t3topic = undefined;
  ctx.t3col = undefined;
}

/**
 * The only applicant column a row's total can belong to: every other column of that row is already 0 (「收到3件申请」
 * when the draft says no other applicant applied), or — for a result — has 0 new and 0 carried-over applications.
 */
export function singleApplicantColumn( cells: Record<string, number | null | undefined>, cols: string[], row: string): string | undefined {
  const byRow = cols.filter((c) => cells[`t3.${row}.${c}`] !== 0);
  if (byRow.length === 1) return byRow[0];
  if (T3_INTAKE.has(row)) return undefined;
  const open = cols.filter((c) => !(cells[`t3.new.${c}`] === 0 && cells[`t3.carried.${c}`] === 0));
  if (open.length !== 1) return undefined;
  const c = open[0];
  return (cells[`t3.new.${c}`] ?? 0) + (cells[`t3.carried.${c}`] ?? 0) > 0 ? c : undefined;
}
