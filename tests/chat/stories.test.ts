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
