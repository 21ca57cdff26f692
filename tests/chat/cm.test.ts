// Classes fixed after the probe batches cm–cp (2026-12-07, fourth session), each said in other words than the probes'.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a correction whose denied figure is held nowhere', () => {
  it('「不是47是74」 when no value is 47 changes no other value (had put 74 on the last one given)', async () => {
    const o = await after(['宣传栏更新了47回 政策解读9篇', '不是47是74']);
    expect(o.collateral.filter((c) => c.startsWith('fact:interpretations'))).toEqual(['fact:interpretations: undefined → 9']);
  });
  it('money denied in 元 still names the value held in 万元', async () => {
    expect(await one(['行政事业性收费是二十四万', '不是二十四万 是两万四'], { 't2.fee.amount': 2.4 })).toEqual([]);
  });
});

describe('the reviewing body revoked ours', () => {
  it('「市政府给我们撤销了1个」 is 纠正, never the applicant\'s withdrawal', async () => {
    expect(await one(['行政复议 市政府给我们撤销了1个 维持了3个'], { 't4.review.corrected': 1, 't4.review.upheld': 3 })).toEqual([]);
  });
});
