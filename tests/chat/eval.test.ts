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

describe('chat eval: the utterance fixture, dev split', () => {
  // Measured 2026-12-06 on the dev split (n=2233: the fixture's 221 dev cases and 2012 probe sentences written after the
  // fact; batch aj001–aj136 added at 0.880 on its first run, ak001–ak125 at 0.904, al001–al120 at 0.900, am001–am059 at 0.831,
  // an001–an070 at 0.886, ao001–ao057 at 0.947, ap001–ap046 at 0.848, aq001–aq043 at 0.930, ar001–ar005 at 0.600,
  // as001–as059 at 0.898, at001–at208 at 0.736 (0.981 after the fixes of its classes, 0 wrong, 0 collateral, 0 silent),
  // au001–au118 at 0.763 on the code before the at fixes and 0.797 after them (2 wrong, 11 collateral; its safety classes —
  // 「没有人申请过行政复议」, 「依申请公开都是免费的 一分钱没收」, 「一件都木有」, 「一个专职一个兼职」 — then fixed)):
  // av001–av125 at 0.752 on its first run (5 wrong, 7 collateral), 0.944 after its classes (0 wrong, 0 collateral),
  // aw001–aw127 at 0.772 on its first run (2 wrong, 8 collateral), 0.937 after its classes (0 wrong, 0 collateral),
  // ax001–ax122 at 0.730 (4 wrong, 15 collateral) → 0.885, ay001–ay140 at 0.857 (2 wrong, 6 collateral) → 0.929,
  // az001–az123 at 0.797 (6 wrong, 0 collateral) → 0.862, ba001–ba133 at 0.759 (4 wrong, 10 collateral),
  // bb001–bb126 at 0.698 (9 wrong, 49 collateral), bc001–bc124 at 0.750 (3 wrong, 13 collateral), bd001–bd134 at 0.716
  // (0 wrong, 11 collateral), be001–be147 at 0.782 (3 wrong, 19 collateral), bf001–bf121 at 0.669 (2 wrong, 13 collateral),
  // bg001–bg113 at 0.779 (2 wrong, 20 collateral), bh001–bh113 at 0.726 (8 wrong, 4 collateral), bi001–bi114 (whole
  // conversations of 3–10 turns) at 0.596 (20 wrong, 6 collateral)):
  // n=4113, accuracy 0.9412 (3871/4113), wrong values 3, collateral 5, silent drops 12. All of them are in bi threads and
  // are left knowingly (named in the closing note of 2026-12-06): 3 wrong values in 2 cases where a correction is not
  // performed and the old value stays (bi002 「部分公开的其实是全公开了」, a move between 表三 result rows; bi097, asked
  // which item), and 5 collateral changes in 4 cases (bi008, bi014: a correction or an answer late in a thread lands on
  // the row or the question of an earlier turn; bi025 「企业没交钱」 read as no fee charged; bi100 a 表四 result moved by
  // 「那条改成维持」 is asked, its old cell kept). They may only go down; every other case has none. The accuracy bound sits just below the measured value.
  it.skipIf(!existsSync(CHAT_FIXTURE))('meets the measured bounds', async () => {
    const dev = loadChatCases().filter((c) => c.split === 'dev');
    const f = figures(await runChatCases(dev));
    expect(f.n).toBeGreaterThanOrEqual(4113);
    expect(f.accuracy).toBeGreaterThanOrEqual(0.939);
    expect(f.wrongValues).toBeLessThanOrEqual(3);
    expect(f.collateral).toBeLessThanOrEqual(5);
    expect(f.silentDrops).toBeLessThanOrEqual(12);
  }, 120_000);
});
