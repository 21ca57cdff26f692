// Typed targets of a chat change: one string id per place a clerk can fill, and the official name of each.
//   cells  `t3.new.natural` (table.row.column of the format declaration)
//   facts  `fact:<key>` (server/format/facts.ts)
//   fee    `fee.charged` | `fee.notices` | `fee.amountYuan`
//   meta   `meta.date` | `meta.contact.phone` | `meta.agency` | `meta.year` | `meta.level`
import type { DraftInput } from '../draft/types.js';
import { cellRef, cellsOf, describeCell, factDef, FACTS, formatForYear, type FormatId } from '../format/index.js';

export type TargetId = string;
export type TargetValue = number | string | boolean | string[];

export const META_TARGETS = ['meta.date', 'meta.contact.phone', 'meta.contact.website', 'meta.agency', 'meta.year', 'meta.level'] as const;
export const FEE_TARGETS = ['fee.charged', 'fee.notices', 'fee.amountYuan'] as const;

export const formatOfInput = (input: DraftInput): FormatId => input.format ?? formatForYear(input.meta.year);

export type TargetKind = 'cell' | 'fact' | 'fee' | 'meta';
export function kindOf(id: TargetId): TargetKind | undefined {
  if (/^t[234]\./.test(id)) return 'cell';
  if (id.startsWith('fact:')) return 'fact';
  if ((FEE_TARGETS as readonly string[]).includes(id)) return 'fee';
  if ((META_TARGETS as readonly string[]).includes(id)) return 'meta';
  return undefined;
}

const META_NAMES: Record<string, string> = {
  'meta.date': '落款日期',
  'meta.contact.phone': '联系电话',
  'meta.contact.website': '电子版发布位置',
  'meta.agency': '机关全称',
  'meta.year': '报告年度',
  'meta.level': '机关层级',
};
const FEE_NAMES: Record<string, string> = {
  'fee.charged': '是否收取信息处理费',
  'fee.notices': '发出收费通知书件数',
  'fee.amountYuan': '收取信息处理费金额（元）',
};

/** The official Chinese name of a target: 「表三「一、本年新收…」行「自然人」列」, 「通过政务新媒体发布信息」… */
export function targetName(format: FormatId, id: TargetId): string {
  const k = kindOf(id);
  if (k === 'cell') return describeCell(format, id);
  if (k === 'fact') return factDef(id.slice(5))?.label ?? id;
  if (k === 'fee') return FEE_NAMES[id];
  if (k === 'meta') return META_NAMES[id];
  return id;
}

/** A place's official name with a fact's unit after it (「参加培训人次」): a clerk names a fact by its unit too. */
export const nameWithUnit = (format: FormatId, id: TargetId) => `${targetName(format, id)}${id.startsWith('fact:') ? (factDef(id.slice(5))?.unit ?? '') : ''}`;

const allNames = new Map<FormatId, string[]>();
/** How many places of the format have these words in their official name (「通知书」 1; 「企业」 many; 「批」 0). */
export function placesNamed(format: FormatId, words: string): number {
  let names = allNames.get(format);
  if (!names) {
    const ids = [...cellsOf(format).map((c) => c.id), ...FACTS.map((f) => `fact:${f.key}`), ...FEE_TARGETS, ...META_TARGETS];
    names = ids.map((t) => nameWithUnit(format, t));
    allNames.set(format, names);
  }
  return names.filter((n) => n.includes(words)).length;
}

/** A value as the clerk reads it (with the unit of a fact or a fee). */
export function showValue(id: TargetId, v: TargetValue | null | undefined): string {
  if (v === undefined || v === null) return '（空）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.join('；');
  if (id.startsWith('fact:')) return `${v}${factDef(id.slice(5))?.unit ?? ''}`;
  if (id === 'fee.amountYuan') return `${v}元`;
  if (id === 'fee.notices') return `${v}件`;
  return String(v);
}

/** Every filled target of a draft input, flat (cells: numbers win over cells carried from a parsed report). */
export function flatten(input: DraftInput): Record<TargetId, TargetValue> {
  const out: Record<TargetId, TargetValue> = {};
  for (const [id, c] of Object.entries(input.tables ?? {})) if (c.value !== null && c.value !== undefined) out[id] = c.value;
  for (const [id, v] of Object.entries(input.numbers ?? {})) {
    if (v === null || v === undefined) delete out[id];
    else out[id] = v;
  }
  for (const f of input.facts ?? []) if (f.key) out[`fact:${f.key}`] = f.value;
  if (input.fee) {
    out['fee.charged'] = input.fee.charged;
    if (input.fee.notices !== undefined) out['fee.notices'] = input.fee.notices;
    if (input.fee.amountYuan !== undefined) out['fee.amountYuan'] = input.fee.amountYuan;
  }
  const m = input.meta;
  if (m.date) out['meta.date'] = m.date;
  if (m.contact?.phone) out['meta.contact.phone'] = m.contact.phone;
  if (m.contact?.website) out['meta.contact.website'] = m.contact.website;
  out['meta.agency'] = m.agency;
  out['meta.year'] = m.year;
  if (m.level) out['meta.level'] = m.level;
  return out;
}

/** Is this id a place of the draft's format (a leaf cell, a known fact, a fee or meta field)? */
export function isTarget(format: FormatId, id: TargetId): boolean {
  const k = kindOf(id);
  if (k === 'cell') {
    const ref = cellRef(format, id);
    return Boolean(ref && !ref.computed);
  }
  if (k === 'fact') return Boolean(factDef(id.slice(5)));
  return k !== undefined;
}

/** Same value (numbers compared to 1e-9; lists by content). */
export function sameValue(a: TargetValue | null | undefined, b: TargetValue | null | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Whether a cue's target is (a part of) a place id. */
export function cueNames(t: { t: string; key?: string }, id: string): boolean {
  const [table, row, col] = id.split('.');
  if (t.t === 'fact') return id === `fact:${t.key}`;
  if (t.t === 'fee' || t.t === 'feeNotice') return id.startsWith('fee.');
  if (t.t === 't2row' || t.t === 't3row' || t.t === 't4row') return table === t.t.slice(0, 2) && row === t.key;
  if (t.t === 't2col' || t.t === 't3col' || t.t === 't4col') return table === t.t.slice(0, 2) && col === t.key;
  return false;
}
