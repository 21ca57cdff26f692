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
