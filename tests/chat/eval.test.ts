// The chat eval through the offline chat (same code as the HTTP route): our own dev cases, and the dev split of
// evals/fixtures/chat/utterances.json when present. Thresholds are measured values, not wishes.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAT_FIXTURE, figures, loadChatCases, runChatCases } from '../../evals/suites/chat.js';
import { OWN_CASES } from './cases.js';

describe('chat eval', () => {
  it('own dev cases: all right, no wrong value, no collateral change, no silent drop', async () => {
    const out = await runChatCases(OWN_CASES);
    const bad = out.filter((o) => !o.ok).map((o) => ({ id: o.id, wrong: o.wrong, collateral: o.collateral, missed: o.missed, ask: o.askedNotHonoured, reply: o.reply }));
    expect(bad).toEqual([]);
    const f = figures(out);
    expect(f.collateral).toBe(0);
    expect(f.wrongValues).toBe(0);
    expect(f.silentDrops).toBe(0);
  }, 30_000);
});
