// The 落款 said as clerks type it (first seen in probe batches bd, bo, cc, cm of the fixture), in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a 落款 month and day without 日', () => {
  it('followed by a space and other words: 「落款定在1月19 联系电话…」', async () => {
    expect(await one(['落款定在1月19 联系电话0571-6523418'], { 'meta.date': '2025-01-19', 'meta.contact.phone': '0571-6523418' })).toEqual([]);
  });
  it('followed by a particle: 「落款那里填个1月23吧」', async () => {
    expect(await one(['落款那里填个1月23吧'], { 'meta.date': '2025-01-23' })).toEqual([]);
  });
  it('a number after the space is not taken as the day\'s tail: 「落款1月2 3件」 keeps no date', async () => {
    const o = await after(['落款1月2 3件']);
    expect(o.collateral.some((x) => x.startsWith('meta.date'))).toBe(false);
  });
});

describe('the 落款 named with no figure, the date in the next message', () => {
  it('「落款日期得换一下」 → 「1月26」', async () => {
    expect(await one(['落款日期得换一下', '1月26'], { 'meta.date': '2025-01-26' })).toEqual([]);
  });
  it('「落款那天也定下来了」 → 「元月十八」', async () => {
    expect(await one(['落款那天也定下来了', '元月十八'], { 'meta.date': '2025-01-18' })).toEqual([]);
  });
});

describe('the day the report is sealed is its 落款', () => {
  it('「盖章那天推到1月27」, turns after the 落款 was given', async () => {
    expect(await one(['落款1月24日', '培训3次', '盖章那天推到1月27'], { 'meta.date': '2025-01-27', 'fact:trainings': 3 })).toEqual([]);
  });
  it('「日子换成1月30」, turns after the 落款 was given', async () => {
    expect(await one(['落款1月24日', '督查2次', '日子换成1月30'], { 'meta.date': '2025-01-30', 'fact:inspections': 2 })).toEqual([]);
  });
});

describe('the 落款 moved by days said with 提/调 (dt072)', () => {
  it('「落款往后调两天」 after 1月20日: 1月22日', async () => {
    expect(await one(['落款1月20日', '电话0571-6523418', '落款往后调两天 20号那天开会'], { 'meta.date': '2025-01-22', 'meta.contact.phone': '0571-6523418' })).toEqual([]);
  });
});
