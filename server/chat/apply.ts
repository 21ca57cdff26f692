// What a chat turn does to a draft's input: merge an extraction (or a tool's arguments), list what changed,
// and say what is still missing. Pure functions: storing the new version is the caller's job.
import type { DraftInput } from '../draft/types.js';
import { ASPECTS, describeCell, FACTS, factDef, formatForYear, TABLE_NAMES, type FormatId } from '../format/index.js';
import { leafCells } from '../report/tables.js';
import type { Extraction } from './extract.js';

export const formatOfInput = (input: DraftInput): FormatId => input.format ?? formatForYear(input.meta.year);

/** Current leaf values (numbers win over cells carried from a parsed report). */
export function currentCells(input: DraftInput): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [id, c] of Object.entries(input.tables ?? {})) out[id] = c.value;
  return { ...out, ...input.numbers };
}

export interface Change {
  what: string;
  from?: string;
  to: string;
}

const show = (v: unknown) => (v === undefined || v === null ? '（空）' : Array.isArray(v) ? v.join('；') : String(v));

export function applyCells(input: DraftInput, cells: Record<string, number>, changes: Change[]): DraftInput {
  const format = formatOfInput(input);
  const cur = currentCells(input);
  const numbers = { ...input.numbers };
  for (const [id, v] of Object.entries(cells)) {
    if (cur[id] === v) continue;
    changes.push({ what: describeCell(format, id), from: show(cur[id]), to: String(v) });
    numbers[id] = v;
  }
  return { ...input, numbers };
}

export function applyFacts(input: DraftInput, facts: Record<string, number | string | string[]>, changes: Change[]): DraftInput {
  const list = [...input.facts];
  for (const [key, value] of Object.entries(facts)) {
    const def = factDef(key);
    if (!def) continue;
    const i = list.findIndex((f) => f.key === key);
    const old = i >= 0 ? list[i].value : undefined;
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    const fact = { key, label: def.label, value, ...(def.unit ? { unit: def.unit } : {}) };
    if (i >= 0) list[i] = fact;
    else list.push(fact);
    changes.push({ what: def.label, from: show(old), to: `${show(value)}${def.unit && typeof value === 'number' ? def.unit : ''}` });
  }
  return { ...input, facts: list };
}

export function applyExtraction(input: DraftInput, ex: Extraction): { input: DraftInput; changes: Change[] } {
  const changes: Change[] = [];
  let next = input;
  const meta = { ...next.meta };
  if (ex.meta.agency && ex.meta.agency !== meta.agency) {
    changes.push({ what: '机关全称', from: meta.agency, to: ex.meta.agency });
    meta.agency = ex.meta.agency;
  }
  if (ex.meta.year && ex.meta.year !== meta.year) {
    changes.push({ what: '报告年度', from: String(meta.year), to: String(ex.meta.year) });
    meta.year = ex.meta.year;
  }
  if (ex.meta.level && ex.meta.level !== meta.level) {
    changes.push({ what: '机关层级', from: show(meta.level), to: ex.meta.level });
    meta.level = ex.meta.level;
  }
  if (ex.meta.phone && ex.meta.phone !== meta.contact?.phone) {
    changes.push({ what: '联系电话', from: show(meta.contact?.phone), to: ex.meta.phone });
    meta.contact = { ...meta.contact, phone: ex.meta.phone };
  }
  next = { ...next, meta };
  next = applyCells(next, { ...ex.deduced, ...ex.cells }, changes);
  next = applyFacts(next, ex.facts, changes);
  if (ex.fee) {
    const fee = { charged: false, ...next.fee, ...ex.fee };
    if (JSON.stringify(fee) !== JSON.stringify(next.fee)) {
      changes.push({
        what: '信息处理费',
        from: next.fee ? feeText(next.fee) : '（空）',
        to: feeText(fee),
      });
      next = { ...next, fee };
    }
  }
  return { input: next, changes };
}

function feeText(f: { charged: boolean; amountYuan?: number; notices?: number }): string {
  const parts = [f.charged ? `收取${f.amountYuan !== undefined ? `${f.amountYuan}元` : ''}` : '未收取'];
  if (f.notices !== undefined) parts.push(`收费通知书${f.notices}件`);
  return parts.join('，');
}

/** What the draft still lacks, in the clerk's words (short: one line per kind). */
export function missingOf(input: DraftInput): string[] {
  const format = formatOfInput(input);
  const out: string[] = [];
  if (!input.meta.level) out.push('机关层级（乡镇、街道、县级部门……）');
  if (!input.meta.contact?.phone) out.push('联系电话');
  if (!input.meta.date) out.push('落款日期');
  const cur = currentCells(input);
  const empty = (t: string) => leafCells(format).filter((c) => c.table === t && (cur[c.id] === undefined || cur[c.id] === null)).length;
  for (const t of ['t2', 't3', 't4'] as const) {
    const n = empty(t);
    if (n) out.push(`${TABLE_NAMES[t]}还有${n}格未填${t === 't3' ? '（没有申请可以说「全年未收到申请，没有上年结转」）' : t === 't4' ? '（可以说「没有行政复议和行政诉讼」）' : ''}`);
  }
  const have = new Set(input.facts.map((f) => f.key));
  for (const a of ASPECTS) {
    const keys = FACTS.filter((f) => f.aspect === a.key && f.type === 'number').map((f) => f.key);
    if (keys.length && !keys.some((k) => have.has(k))) out.push(`「${a.title}」的事实（如${FACTS.find((f) => f.key === keys[0])?.label}）`);
  }
  for (const key of ['problems', 'plans']) if (!have.has(key)) out.push(factDef(key)!.label);
  if (input.meta.year >= 2021 && !input.fee) out.push('信息处理费情况（收取或未收取）');
  return out;
}
