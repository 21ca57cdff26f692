// The model's chat text passes the same checks as drafted prose before it is shown: every number must come from
// the draft (server/check grounding), and no other agency's or place's name may appear (server/check places).
import { ungroundedNumbers } from '../check/grounding.js';
import { ownUnits, placesIn, sameName } from '../check/places.js';
import { fold } from '../check/text.js';
import type { DraftInput } from '../draft/types.js';
import type { Cell } from '../report/schema.js';
import { currentCells } from './apply.js';

/** Chinese problems with a chat reply (empty when it may be shown). */
export function chatTextProblems(text: string, input: DraftInput, extraNumbers: number[] = []): string[] {
  const tables: Record<string, Cell> = {};
  for (const [id, v] of Object.entries(currentCells(input))) tables[id] = { value: v };
  extraNumbers.forEach((v, i) => (tables[`t9.extra.n${i}`] = { value: v }));
  const facts = [...input.facts];
  if (input.fee?.amountYuan !== undefined) facts.push({ label: '信息处理费', value: input.fee.amountYuan });
  if (input.fee?.notices !== undefined) facts.push({ label: '收费通知书', value: input.fee.notices });
  const problems = ungroundedNumbers(text, { facts, tables, meta: { year: input.meta.year, contact: input.meta.contact } }).map(
    (u) => `数字「${u.value}」在草稿中没有来源`,
  );
  const own = ownUnits([input.meta.agency, input.meta.parent ?? '', input.meta.shortName ?? ''].filter(Boolean), input.meta.level ?? null);
  for (const hit of placesIn(fold(text))) {
    if (own.all.some((n) => sameName(n, hit.name))) continue;
    problems.push(`出现了其他机关或地名「${hit.written}」`);
  }
  return problems;
}
