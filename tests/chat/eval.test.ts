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
  // bj001–bj133 (corrections in every form, reasons in plain words, 10-turn 街道 threads) at 0.617 (19 wrong, 17 collateral).
  // bk001–bk119 (pauses, moves of part of a count, nicknames, stories, 表四 moves) at 0.571 (27 wrong, 15 collateral),
  // bl001–bl125 (the same classes in new words) at 0.552 (18 wrong, 15 collateral), bm001–bm106 (a balanced sample) at
  // 0.538 (17 wrong, 12 collateral), bn001–bn110 (plain fills, corrections, 表三 threads, negations) at 0.700 (15 wrong,
  // 3 collateral), bo001–bo110 (stories over turns, moves, period words, parts that add up, nicknames) at 0.409 (12 wrong,
  // 27 collateral), bp001–bp110 (a balanced sample after the bn and bo fixes: pastes, long messages, 街道/县局/乡 clerks)
  // at 0.691 (10 wrong, 1 collateral), bq001–bq110 (市/县直部门 fills, results told per intake 结转/新收, corrections,
  // asks, doubts naming one value) at 0.609 (23 wrong, 10 collateral), br001–br110 (a balanced sample typed on a
  // phone by four kinds of clerk) at 0.791 (6 wrong, 3 collateral), bs001–bs110 (a third 5–8-turn sessions going back
  // to fix or doubt earlier values; Traditional, full-width and English mixed in) at 0.664 (19 wrong, 7 collateral),
  // bt001–bt110 (careless typing, dialect, bare answers) at 0.673 (6 wrong, 4 collateral), bu001–bu110 (the balanced
  // spread again, four kinds of clerk) at 0.736 (10 wrong, 3 collateral); second 2026-12-07 session: bv001–bv110 (balanced)
  // at 0.800 (7 wrong, 5 collateral), bw (表二/表四/facts read off a work summary) at 0.664 (13, 5), bx (balanced) at
  // 0.491 (27, 8), by (4–8-turn sessions going back) at 0.491 (33, 12), bz (balanced) at 0.582 (14, 4), ca (phone and
  // voice input) at 0.682 (9, 4), cb (balanced) at 0.545 (23, 18), cc (市/县 bureaus over turns) at 0.555 (14, 10).
  // After that session: n=6356, accuracy 0.865 (5499/6356; the 5476 older cases 4917 right, the 880 new 582), wrong
  // values 162, collateral 60, silent drops 62 — most of them in the new batches' long sessions and moves.
  // Third 2026-12-07 session: cd (balanced, four clerks) at 0.700 (19 wrong, 7 collateral), ce (a ledger read aloud one
  // application at a time, results per intake, stories of 复议) at 0.455 (28, 23), cf (balanced, four invented clerks)
  // at 0.627 (14, 11), cg (pasted report paragraphs, Excel rows and chats with an instruction) at 0.573 (27, 17), ch
  // (balanced; dialects and pinyin homophones) at 0.455 (10, 19), ci (safety: filled drafts and numbers that are not
  // data) at 0.682 (7, 6), cj (balanced) at 0.727 (3, 8), ck (part of a count moved two or more turns later) at 0.445
  // (50, 71), cl (balanced) at 0.664 (21, 4). Bounds set after the last round of fixes.
  // Fourth 2026-12-07 session (first runs): cm (balanced, a pinyin IME and pasted WeChat lines) at 0.645 (17 wrong, 23
  // collateral), cn (whole 表二/表四/facts sessions with restated values) at 0.509 (33, 9), co (balanced, Cantonese and
  // northwestern words) at 0.509 (17, 8), cp (表三 reasons in plain words) at 0.373 (19, 38), cq (balanced) at 0.555
  // (12, 10), cr (talk to the assistant about a filled draft) at 0.655 (6, 5), cs (balanced) at 0.582 (13, 8), ct (a
  // ledger read one application at a time) at 0.345 (25, 38), cu (balanced) at 0.573 (9, 147 — one 「除了…其余都是0」),
  // cv (ledgers pasted as rows, shorthand, numbered corrections) at 0.400 (35, 24), cw (balanced) at 0.682 (4, 7), cx
  // (counts recounted or restated, and look-alikes that are no correction) at 0.573 (36, 1). The cases present at the
  // session's start: 0.834 → 0.843 (6191/7346), wrong 289 → 281, collateral 201 → 186, silent 82 → 72.
  // Fifth 2026-12-07 session (first runs): cy (balanced) at 0.682 (7 wrong, 4 collateral), cz (表三 reasons in plain
  // words, whole applicant groups moved, one digit corrected, ledgers with totals) at 0.345 (27, 27), da (balanced) at
  // 0.745 (8, 3), db (safety: negation words inside stories, 就/只有, money, topics, digits) at 0.682 (8, 12), dc
  // (balanced) at 0.655 (6, 3), dd (4–8-turn 表三 sessions told as stories, corrected) at 0.336 (74, 42), de (balanced,
  // voice transcripts, tabs, English) at 0.627 (6, 7), df (balanced, half sessions) at 0.591 (8, 135 — one 「表三个人
  // 那一列」 read as the whole 表三), dg (balanced, on the session's last code) at 0.700 (7, 5). The cases present at the
  // session's start: 0.802 → 0.806 (6983/8666), wrong 476 → 457, collateral 324 → 261, silent 112.
  // Sixth 2026-12-07 session (first runs): dh (balanced, dialect and pinyin) at 0.573 (13 wrong, 7 collateral), di
  // (4–8-turn 表三 sessions, counts and stories interleaved) at 0.318 (95, 29), dj (balanced) at 0.645 (6, 14), dk
  // (safety: filled drafts, negation words meaning something else, numbers that are no data) at 0.582 (5, 137 — one
  // 「自然人那一列 办理结果里其余的都填0」 read as every column), dl (balanced) at 0.545 (11, 10), dm (safety, second)
  // at 0.564 (8, 3), dn (balanced, late code) at 0.655 (9, 3). The cases present at the session's start: 0.789 →
  // 0.793 (7654/9656), wrong 576 → 580, collateral 358 → 283, silent 145 → 143.
  // Seventh 2026-12-07 session (first runs): do (balanced, new offices) at 0.636 (11, 5), dp (corrections and moves)
  // at 0.527 (20, 7), dq (safety, third) at 0.755 (3, 19), dr (balanced) at 0.636 (10, 9), ds (long 表三 sessions,
  // each story said to add a case or not) at 0.355 (30, 16), dt (balanced) at 0.564 (5, 7), du (safety, fourth) at
  // 0.627 (1, 48 — two fill-zero scopes). The cases present at the session's start: 0.779 → 0.782 (8155/10426),
  // wrong 705 → 682, collateral 333 → 318, silent 161 → 160.
  // Eighth 2026-12-07 session (first runs): dv (balanced) at 0.573 (6, 3), dw (long 表三 sessions) at 0.373 (42, 19),
  // dx (corrections and moves) at 0.509 (16, 9), dy (balanced, late code) at 0.600 (6, 7). The cases present at the
  // session's start: 0.770 → 0.773 (8655/11196), wrong 748 → 741, collateral 361 → 348, silent 171 → 165, asked
  // where a fill was expected 1633 → 1470.
  // Ninth 2026-12-07 session (first runs): dz (balanced) at 0.609 (10, 5), ea (offices with many applications) at
  // 0.591 (9, 14), eb (long 表三 sessions with refinements; mixed negations) at 0.455 (41, 33), ec (fees, 表二, facts,
  // pastes) at 0.736 (3, 3); after the session's first fixes ed (balanced) at 0.591 (12, 24), ee (乡镇/街道 clerks) at
  // 0.645 (4, 5). The cases present at the session's start: 0.764 → 0.766 (8916/11636), wrong 803 → 782, collateral
  // 385 → 362, silent 177 → 177.
  // Tenth 2026-12-08 session (first runs, after its first chat fixes): eh (balanced, county and city departments) at
  // 0.545 (14 wrong, 13 collateral), ei (long 乡镇/街道 表三 and 表四 sessions told as stories) at 0.245 (25, 5), ej
  // (pastes, irrelevant numbers, last year beside this year) at 0.718 (5, 2); later ek (乡镇/街道/县政府 ledger messages)
  // at 0.500 (14, 152 — 132 in ek050, results deduced 0 from 「全年未收到申请，也无上年结转」, a deduction the fixture's
  // authors disagree on), el (corrections, moves, undo) at 0.509 (20, 17); en (表四, fees, 表二 told as stories) at
  // 0.555 (3, 11), em (balanced, every level, dialect and voice-input slips) at 0.645 (10, 5); last ep (balanced) at
  // 0.527 (10, 11) and eo (3–6-turn 表三 sessions at departments with 50–600 applications) at 0.009 (70, 54); eq
  // (balanced, two thirds single messages) at 0.645 (5, 3), er (balanced) at 0.627 (10, 3). The cases present at the
  // session's start: 0.759 → 0.760, wrong 847 → 826 (then fewer after the reviews' fixes), collateral 401 → 392.
  // n=4596, accuracy 0.9271 (4261/4596), wrong values 8, collateral 7, silent drops 32. All of them are in 14 cases of
  // the batches bi–bm, left knowingly (listed in the closing note of the second 2026-12-06 session); every other case
  // has none:
  // - applications told as stories, counted as received or as last year's (bj059, bj063, bk072, bk073) or a breakdown
  //   that landed on an earlier turn's row (bi014, bj130, bk090, bm103);
  // - a result said in the first turn that the reader missed, so the move has no count to take (bl020); a relative
  //   correction 「少了十条」 (bl021, asked); a nickname not known (bm049 「发之前过目的」); 「往后推一天」 (bm106);
  //   bi025 (「企业没交钱」 read as no fee charged); bl009 (「都是来重复要的 没受理」 zeroes 重复申请 before the move).
  // They may only go down. The accuracy bound sits just below the measured value.
  it.skipIf(!existsSync(CHAT_FIXTURE))('meets the measured bounds', async () => {
    const dev = loadChatCases().filter((c) => c.split === 'dev');
    const f = figures(await runChatCases(dev));
    expect(f.n).toBeGreaterThanOrEqual(13506);
    expect(f.accuracy).toBeGreaterThanOrEqual(0.738);
    expect(f.wrongValues).toBeLessThanOrEqual(984);
    expect(f.collateral).toBeLessThanOrEqual(632);
    expect(f.silentDrops).toBeLessThanOrEqual(209);
  }, 300_000);
});
