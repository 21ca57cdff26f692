// Proposed changes: what an extraction's statements mean for the draft, before anything is applied.
// Parts of the year add up when they cover it (上半年 + 下半年, four quarters); otherwise they are asked about.
// Two different values for one target in one message are a contradiction: asked about, neither stored.
import type { Change } from './apply.js';
import type { Ask, Extraction, Said } from './extraction.js';
import { sameValue, targetName, type TargetId } from './targets.js';
import type { FormatId } from '../format/index.js';

export interface Proposal {
  changes: (Change & { phrase: string })[];
  asks: Ask[];
}

const ONE_BY_ONE = /^\s*(?:其中)?(?:一|另一|另外一|还有一|1)\s*(?:个|件|家|位)/;
const COVERS: string[][] = [['h1', 'h2'], ['q1', 'q2', 'q3', 'q4'], ['h1', 'q3', 'q4'], ['q1', 'q2', 'h2'], ['q123', 'q4']];

export function propose(format: FormatId, ex: Extraction): Proposal {
  const asks: Ask[] = [...ex.asks];
  const changes: Proposal['changes'] = [];
  const byTarget = new Map<TargetId, Said[]>();
  for (const s of ex.said) byTarget.set(s.target, [...(byTarget.get(s.target) ?? []), s]);
  // Two different values for one target: every statement of the phrases involved is withheld (「没有行政复议，复议维持了1件」).
  const conflicted = new Set<string>();
  for (const [, all] of byTarget) {
    const exact = all.filter((s) => !s.period);
    if (exact.some((s) => !sameValue(s.value, exact[0].value))) for (const s of exact) conflicted.add(s.phrase);
  }
  for (const s of ex.said) if (conflicted.has(s.phrase) && !byTarget.get(s.target)!.some((o) => !conflicted.has(o.phrase)) && !asks.some((a) => a.targets.includes(s.target)))
    asks.push({ targets: [s.target], text: `${targetName(format, s.target)}：这句话前后说法不一致，没有填入，请确认。` });
  for (const [target, list] of byTarget) byTarget.set(target, list.filter((s) => !conflicted.has(s.phrase)));
  for (const [target, all] of byTarget) {
    if (!all.length) continue;
    const exact = all.filter((s) => !s.period);
    const parts = all.filter((s) => s.period);
    const name = targetName(format, target);
    // 「一个是协会 一个是基金会」「一件…另一件…」: 表三 cases counted one by one in one message add up.
    if (target.startsWith('t3.') && exact.length > 1 && new Set(exact.map((s) => s.phrase)).size === exact.length && exact.every((s) => ONE_BY_ONE.test(s.phrase))) {
      changes.push({ target, value: exact.reduce((a, s) => a + (s.value as number), 0), phrase: exact.map((s) => s.phrase).join('，') });
      continue;
    }
    if (exact.length) {
      const values = exact.filter((s, i) => !exact.slice(0, i).some((o) => sameValue(o.value, s.value)));
      if (values.length > 1) {
        asks.push({ targets: [target], text: `同一句话中${name}有${values.map((v) => `「${v.phrase}」`).join('和')}两种说法，没有填入，请确认是多少。` });
        continue;
      }
      changes.push({ target, value: exact[0].value, phrase: exact[0].phrase });
      continue;
    }
    const periods = parts.map((p) => p.period!);
    const sum = parts.reduce((a, p) => a + (p.value as number), 0);
    const covered = new Set(periods).size === periods.length && COVERS.some((c) => c.length === periods.length && c.every((p) => periods.includes(p as never)));
    if (covered) changes.push({ target, value: sum, phrase: parts.map((p) => p.phrase).join('，') });
    else
      asks.push({
        targets: [target],
        text: `${parts.map((p) => `「${p.phrase}」`).join('')}只是部分时段的数，没有填入。${name}全年是多少？`,
      });
  }
  withholdInconsistentFee(changes, asks);
  withholdChannelOverTotal(changes, asks);
  // A column this message says has no new and no carried-over application has no results either (deduced, not guessed).
  for (const [id, v] of Object.entries(ex.deduced)) if (!changes.some((c) => c.target === id)) changes.push({ target: id, value: v, phrase: '（推算）' });
  // A question about a target this message did fill (a vague clause before its number) is settled.
  const filled = new Set(changes.map((c) => c.target));
  return { changes, asks: asks.filter((a) => !a.targets.length || a.targets.some((t) => !filled.has(t))) };
}

/** 「发了0份收费通知书，收了3份的钱」「没收费，收了30元」: fee statements that cannot all be true are withheld and asked. */
function withholdInconsistentFee(changes: Proposal['changes'], asks: Ask[]): void {
  const get = (t: string) => changes.find((c) => c.target === t)?.value;
  const charged = get('fee.charged');
  const amount = get('fee.amountYuan');
  const notices = get('fee.notices');
  const paid = charged === true || (typeof amount === 'number' && amount > 0);
  if (!((notices === 0 && paid) || (charged === false && typeof amount === 'number' && amount > 0))) return;
  for (let i = changes.length - 1; i >= 0; i--) if (changes[i].target.startsWith('fee.')) changes.splice(i, 1);
  asks.push({ targets: ['fee.charged', 'fee.amountYuan', 'fee.notices'], text: '信息处理费的几种说法前后矛盾（没有发通知书或没有收费，却又收了钱），没有填入，请确认是否收取、金额和通知书件数。' });
}

/** 「主动公开500条，其中网站600条」: a channel cannot exceed the total — both withheld and asked. */
function withholdChannelOverTotal(changes: Proposal['changes'], asks: Ask[]): void {
  const total = changes.find((c) => c.target === 'fact:published_total')?.value;
  if (typeof total !== 'number') return;
  const over = changes.filter((c) => /^fact:published_(website|newmedia|board)$/.test(c.target) && typeof c.value === 'number' && c.value > total);
  if (!over.length) return;
  const drop = new Set(['fact:published_total', ...over.map((c) => c.target)]);
  for (let i = changes.length - 1; i >= 0; i--) if (drop.has(changes[i].target)) changes.splice(i, 1);
  asks.push({ targets: [...drop], text: `渠道的条数（${over.map((c) => `${c.value}条`).join('、')}）多于主动公开总数${total}条，前后矛盾，没有填入，请核对。` });
}
