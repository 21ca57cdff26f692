// Apply proposed changes to a draft's input: one validation per target kind, one diff line per change.
// The offline path and the model's tools both go through here. Pure: storing the version is the caller's job.
import type { DraftInput } from '../draft/types.js';
import { ASPECTS, FACTS, factDef, LEVELS, TABLE_NAMES } from '../format/index.js';
import { cellInputError } from '../report/cells.js';
import { leafCells } from '../report/tables.js';
import { flatten, formatOfInput, isTarget, kindOf, sameValue, showValue, targetName, type TargetId, type TargetValue } from './targets.js';

export { formatOfInput } from './targets.js';

export interface Change {
  target: TargetId;
  value: TargetValue;
}

/** One line of a reply's diff: place (official name), old → new. */
export interface Diff {
  target: TargetId;
  what: string;
  from: string;
  to: string;
}

/** Current leaf values (numbers win over cells carried from a parsed report). */
export function currentCells(input: DraftInput): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [id, c] of Object.entries(input.tables ?? {})) out[id] = c.value;
  return { ...out, ...input.numbers };
}

/** Chinese reason why `value` cannot go to `target` in this draft, or null. */
export function changeError(input: DraftInput, c: Change): string | null {
  const format = formatOfInput(input);
  if (kindOf(c.target) === 'cell') return typeof c.value === 'number' ? cellInputError(format, c.target, c.value) : `${targetName(format, c.target)}应为数字`;
  if (!isTarget(format, c.target)) return `「${c.target}」不是可以填写的位置`;
  const name = targetName(format, c.target);
  const k = kindOf(c.target);
  if (k === 'fact') {
    const def = factDef(c.target.slice(5))!;
    if (def.type === 'number') return typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 0 ? null : `${name}应为非负整数`;
    if (def.type === 'list') return Array.isArray(c.value) ? null : `${name}应为若干条文字`;
    return typeof c.value === 'string' ? null : `${name}应为文字`;
  }
  if (c.target === 'fee.charged') return typeof c.value === 'boolean' ? null : `${name}应为是或否`;
  if (c.target === 'fee.notices') return typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 0 ? null : `${name}应为非负整数`;
  if (c.target === 'fee.amountYuan')
    return typeof c.value === 'number' && c.value >= 0 && Math.abs(c.value * 100 - Math.round(c.value * 100)) < 1e-6 ? null : `${name}应为非负金额，最多到分`;
  if (c.target === 'meta.date') {
    if (typeof c.value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.value)) return `${name}格式应为 YYYY-MM-DD`;
    const d = new Date(`${c.value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== c.value ? `${name}「${c.value}」不是有效日期` : null;
  }
  if (c.target === 'meta.contact.phone') return typeof c.value === 'string' && /^[\d\-－ （）()转、/]{5,60}$/.test(c.value) ? null : `${name}格式有误`;
  if (c.target === 'meta.contact.website') return typeof c.value === 'string' && c.value.trim().length >= 4 && c.value.length <= 300 ? null : `${name}有误`;
  if (c.target === 'meta.year') return typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 2008 && c.value <= 2100 ? null : `${name}有误`;
  if (c.target === 'meta.level') return (LEVELS as readonly string[]).includes(String(c.value)) ? null : `${name}应为${LEVELS.join('、')}之一`;
  if (c.target === 'meta.agency') return typeof c.value === 'string' && c.value.trim().length >= 2 ? null : `${name}至少两个字`;
  return null;
}

function put(input: DraftInput, target: TargetId, value: TargetValue): DraftInput {
  const k = kindOf(target);
  if (k === 'cell') return { ...input, numbers: { ...input.numbers, [target]: value as number } };
  if (k === 'fact') {
    const key = target.slice(5);
    const def = factDef(key)!;
    const list = [...input.facts];
    const fact = { key, label: def.label, value: value as number | string | string[], ...(def.unit && typeof value === 'number' ? { unit: def.unit } : {}) };
    const i = list.findIndex((f) => f.key === key);
    if (i >= 0) list[i] = fact;
    else list.push(fact);
    return { ...input, facts: list };
  }
  if (k === 'fee') {
    const field = target.slice(4) as 'charged' | 'notices' | 'amountYuan';
    return { ...input, fee: { charged: input.fee?.charged ?? false, ...input.fee, [field]: value } };
  }
  const meta = { ...input.meta };
  if (target === 'meta.contact.phone') meta.contact = { ...meta.contact, phone: String(value) };
  else if (target === 'meta.contact.website') meta.contact = { ...meta.contact, website: String(value) };
  else Object.assign(meta, { [target.slice(5)]: value });
  return { ...input, meta };
}

/** Empty 表 cells again (a count the clerk moved elsewhere); the diff shows each as 「（空）」. */
export function clearCells(input: DraftInput, ids: TargetId[]): { input: DraftInput; diffs: Diff[] } {
  const format = formatOfInput(input);
  const numbers = { ...input.numbers };
  let facts = input.facts ?? [];
  const diffs: Diff[] = [];
  for (const id of ids) {
    // A narrative fact (「公开栏那个我拿不准」) is taken out of the facts as a cell is out of the numbers.
    const fact = kindOf(id) === 'fact' ? facts.find((f) => `fact:${f.key}` === id) : undefined;
    if (fact) {
      diffs.push({ target: id, what: targetName(format, id), from: showValue(id, fact.value as never), to: '（空）' });
      facts = facts.filter((f) => f !== fact);
      continue;
    }
    if (kindOf(id) !== 'cell' || numbers[id] === undefined || numbers[id] === null) continue;
    diffs.push({ target: id, what: targetName(format, id), from: showValue(id, numbers[id] as number), to: '（空）' });
    delete numbers[id];
  }
  return { input: { ...input, numbers, facts }, diffs };
}

/** Apply valid changes (in order; a later change to the same target wins); refuse the others with a reason. */
export function applyChanges(input: DraftInput, changes: Change[]): { input: DraftInput; diffs: Diff[]; errors: string[] } {
  const format = formatOfInput(input);
  const before = flatten(input);
  const errors: string[] = [];
  let next = input;
  for (const c of changes) {
    const err = changeError(next, c);
    if (err) errors.push(err);
    else next = put(next, c.target, c.value);
  }
  const after = flatten(next);
  const diffs: Diff[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    if (seen.has(c.target)) continue;
    seen.add(c.target);
    if (sameValue(before[c.target], after[c.target])) continue;
    diffs.push({ target: c.target, what: targetName(format, c.target), from: showValue(c.target, before[c.target]), to: showValue(c.target, after[c.target]) });
  }
  // Setting a fee field on a draft without fee information records 「未收取」 with it (the schema needs one).
  if (!input.fee && next.fee && !seen.has('fee.charged'))
    diffs.push({ target: 'fee.charged', what: targetName(format, 'fee.charged'), from: '（空）', to: showValue('fee.charged', next.fee.charged) });
  return { input: next, diffs, errors };
}

/** What the draft still lacks, in the clerk's words (short: one line per kind). */
export function missingOf(input: DraftInput): string[] {
  const format = formatOfInput(input);
  const out: string[] = [];
  if (!input.meta.level) out.push('机关层级');
  if (!input.meta.contact?.phone) out.push('联系电话');
  if (!input.meta.date) out.push('落款日期');
  const cur = currentCells(input);
  for (const t of ['t2', 't3', 't4'] as const) {
    const n = leafCells(format).filter((c) => c.table === t && (cur[c.id] === undefined || cur[c.id] === null)).length;
    if (n) out.push(`${TABLE_NAMES[t]}${n}格`);
  }
  const have = new Set(input.facts.map((f) => f.key));
  for (const a of ASPECTS) {
    const keys = FACTS.filter((f) => f.aspect === a.key && f.type === 'number').map((f) => f.key);
    if (keys.length && !keys.some((k) => have.has(k))) out.push(`「${a.title}」的事实`);
  }
  for (const key of ['problems', 'plans']) if (!have.has(key)) out.push(factDef(key)!.label);
  if (input.meta.year >= 2021 && !input.fee) out.push('信息处理费情况');
  return out;
}

export const diffLine = (d: Diff) => (d.from === '（空）' ? `· ${d.what}：${d.to}（新填，原为空）` : `· ${d.what}：${d.from} → ${d.to}`);
