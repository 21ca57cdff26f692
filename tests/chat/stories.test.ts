// One application told as a story, turn after turn, without a ledger opened (2026-12-07, fifth session; the class of
// probe batch dd, where each story had replaced the count the one before had set). Said in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('applications told one at a time', () => {
  it('「一个市民 要…公开」 then 「一家律所 要…没给」 then 「还有一个市民 要… 我们这没有」 add up', async () => {
    const turns = ['自然资源局 依申请', '一个市民 要他家宅基地的批复 公开', '一家律所 要某宗地的出让合同 涉及商业秘密 没给', '还有一个市民 要村里的规划图 那个在县里 我们这儿根本没有'];
    expect(await one(turns, { 't3.new.natural': 2, 't3.r1.natural': 1, 't3.new.legal': 1, 't3.r3_4.legal': 1, 't3.r4_1.natural': 1 })).toEqual([]);
  });
  it('「有个大姐 要…给她复印了」: given', async () => {
    expect(await one(['有个大姐 要她家房子的征收补偿协议 给她复印了'], { 't3.new.natural': 1, 't3.r1.natural': 1 })).toEqual([]);
  });
  it('「有家企业申请公开环评报告」: 公开 is what was asked for, no result', async () => {
    const o = await after(['有家企业申请公开环评报告']);
    expect(o.collateral.filter((c) => c.startsWith('t3.r1'))).toEqual([]);
  });
  it('what is no story of one: 「有个协会申请过两回 都部分公开了」「个人和企业都没有涉及国家秘密的」', async () => {
    expect(await one(['有个协会申请过两回 都部分公开了'], { 't3.new.welfare': 2, 't3.r2.welfare': 2 })).toEqual([]);
    const o = await after(['个人和企业申请里都没有涉及国家秘密的']);
    expect(o.collateral.filter((c) => !c.endsWith('→ 0'))).toEqual([]);
  });
});

describe('the second review: what is no story of one, and what a story does not do', () => {
  it('a story opens no ledger: 「企业申请了两个 都公开了」 after one is read as two', async () => {
    const o = await after(['一个村民 要低保名单 给了', '企业申请了两个 都公开了']);
    expect(o.collateral).toContain('t3.new.commercial: undefined → 2');
  });
  it('refusals, questions and last year\'s information are no 予以公开 of this year', async () => {
    for (const t of ['一个村民 要他邻居的低保材料 不能公开', '一个村民 要低保名单 能公开吗？']) {
      expect((await after([t])).collateral.filter((c) => c.includes('.r1.')), t).toEqual([]);
    }
    expect((await after(['一个村民 要去年的征地补偿明细 给了'])).collateral.filter((c) => c.includes('.carried.'))).toEqual([]);
  });
  it('a total the clerk set is not raised by a later story without asking', async () => {
    const o = await after(['一个村民 要低保名单 给了', '个人申请一共3件 都公开了', '还有一个村民 要宅基地审批表 给了']);
    expect(o.collateral).toContain('t3.new.natural: undefined → 3');
  });
  it('「依申请公开 费用也没有」 denies the fee only; 「依申请公开和收费都没有」 denies both', async () => {
    expect((await after(['个人申请3件', '依申请公开 费用也没有'])).collateral).toContain('t3.new.natural: undefined → 3');
    expect((await after(['今年依申请公开和收费都没有'])).collateral).toContain('t3.new.natural: undefined → 0');
  });
  it('「就个人 其他都没有」 keeps 个人', async () => {
    const o = await after(['个人申请3件', '就个人 其他都没有']);
    expect(o.collateral).toContain('t3.new.natural: undefined → 3');
  });
  it('「领导要我们重新做一下表三」 and 「没有现成的数」 are no 另行制作', async () => {
    expect((await after(['领导要我们重新做一下表三 个人申请是6件'])).collateral).toEqual(['t3.new.natural: undefined → 6']);
    expect((await after(['没有现成的数 个人申请我数了一下是4件'])).collateral).toEqual(['t3.new.natural: undefined → 4']);
  });
});

describe('after stories, several applicants told at once', () => {
  it('「两个居民 都是要…的通知 都公开了」 after one story is two more', async () => {
    const turns = ['一个居民 要小区改造的方案 公开', '两个居民 都是要停车收费的通知 都公开了'];
    expect(await one(turns, { 't3.new.natural': 3, 't3.r1.natural': 3 })).toEqual([]);
  });
  it('at the start of a session the same words change nothing (the reader asks which row)', async () => {
    const o = await after(['两个居民 都是要停车收费的通知 都公开了']);
    expect(o.collateral).toEqual([]);
    expect(o.reply).toContain('哪一行');
  });
});

describe('a whole applicant group moved takes its results along (probe batches cz, dg)', () => {
  it('「律所那3件记错了 是一家咨询公司申请的」 moves the applications and every result of them, the old cells emptied', async () => {
    const turns = ['律所申请了3件', '公开2件 部分公开1件', '律所那3件记错了 是一家咨询公司申请的'];
    expect(await one(turns, { 't3.new.commercial': 3, 't3.r1.commercial': 2, 't3.r2.commercial': 1 })).toEqual([]);
  });
  it('a column holding last year\'s cases too moves only the applications said', async () => {
    const o = await after(['上年结转律所1件', '律所今年申请了2件', '公开3件', '律所今年那2件登错了 是个人申请的']);
    expect(o.collateral).toContain('t3.r1.legal: undefined → 3');
  });
});

describe('an application a story named by a letter, amended by that name', () => {
  it('「村民乙那件其实是上年结转的」 moves that one entry to 上年结转', async () => {
    const turns = ['村民甲 要低保名单 公开', '村民乙 要危房改造名单 公开', '村民乙那件其实是上年结转的 去年12月交的'];
    expect(await one(turns, { 't3.new.natural': 1, 't3.carried.natural': 1, 't3.r1.natural': 2 })).toEqual([]);
  });
});
