// Classes of phrasing fixed after the probe batch at (2026-12-06): each test uses a sentence of the class that is not
// the probe's own, so a fix that only matched one sentence fails here.
import { describe, expect, it } from 'vitest';
import { runChatCases, type ChatCase } from '../../evals/suites/chat.js';
import { extract } from '../../server/chat/extract.js';

const x = (text: string, cells?: Record<string, number | null>) => extract(text, { format: '2021', cells, year: 2024 });
const T4_ZERO = Object.fromEntries(['review', 'direct', 'after'].flatMap((r) => ['upheld', 'corrected', 'other', 'pending'].map((c) => [`t4.${r}.${c}`, 0])));

async function run(cases: Omit<ChatCase, 'split'>[]) {
  const out = await runChatCases(cases.map((c) => ({ ...c, split: 'dev' as const })));
  return out.filter((o) => !o.ok).map((o) => ({ id: o.id, wrong: o.wrong, collateral: o.collateral, missed: o.missed, ask: o.askedNotHonoured, reply: o.reply }));
}

describe('「…都是0」 covers only the subject its own clause names', () => {
  it('after a space or an emoji the zero is of its own clause, not the applicant named before', async () => {
    expect(await run([{ id: 'z1', turns: ['企业申请3件都公开了👍 复议诉讼都是0'], expect: { set: { 't3.new.commercial': 3, 't3.r1.commercial': 3, ...T4_ZERO } } }])).toEqual([]);
    expect(await run([{ id: 'z2', turns: ['公司申请1件已公开 复议诉讼全是0'], expect: { set: { 't3.r1.commercial': 1, ...T4_ZERO } } }])).toEqual([]);
  });
});

describe('negation scope: 「没…一个」 is none; 「复议以后再起诉的」 is only 复议后起诉', () => {
  it('「没作出过一个…决定」 is 0, not 1', () => {
    expect(x('今年没作出过一个行政许可决定').cells).toEqual({ 't2.license.decisions': 0 });
  });
  it('a lawsuit after review, negated or counted, touches only that row', () => {
    const after0 = Object.fromEntries(['upheld', 'corrected', 'other', 'pending'].map((c) => [`t4.after.${c}`, 0]));
    expect(x('复议之后又去法院起诉的，一起也没有').cells).toEqual(after0);
    expect(x('复议完了告到法院的有1起，法院维持了').cells).toEqual({ 't4.after.upheld': 1 });
  });
});
