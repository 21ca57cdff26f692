// The scope of a denial (2026-12-07, sixth session; DEV cases ck089, cj085, ck090, dd085, cz005, cz025, db005 had
// zeroed cells nobody named). Said in other words than the cases.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

const zeros = (collateral: string[]) => collateral.filter((c) => c.endsWith('→ 0'));

describe('a row denied, then the applicants it is of', () => {
  it('「无法提供的没有 群众和律所都没有」: only the two columns named, in every 无法提供 leaf', async () => {
    const set: Record<string, number> = {};
    for (const r of ['r4_1', 'r4_2', 'r4_3']) for (const c of ['natural', 'legal']) set[`t3.${r}.${c}`] = 0;
    expect(await one(['无法提供的没有 群众和律所都没有'], set)).toEqual([]);
  });
  it('「予以公开的一件也没有啊 企业科研机构都没有」: no intake row zeroed', async () => {
    expect(await one(['予以公开的一件也没有啊 企业科研机构都没有'], { 't3.r1.commercial': 0, 't3.r1.research': 0 })).toEqual([]);
  });
});

describe('the lawsuit without review is not the one after it', () => {
  it('「不经复议直接告到法院的一起都没有」: 直接起诉 only', async () => {
    const set = { 't4.direct.upheld': 0, 't4.direct.corrected': 0, 't4.direct.other': 0, 't4.direct.pending': 0 };
    expect(await one(['不经复议直接告到法院的一起都没有'], set)).toEqual([]);
  });
  it('「没经过复议就去法院的 没有」: 直接起诉 only', async () => {
    const set = { 't4.direct.upheld': 0, 't4.direct.corrected': 0, 't4.direct.other': 0, 't4.direct.pending': 0 };
    expect(await one(['没经过复议就去法院告的 没有'], set)).toEqual([]);
  });
});

describe('what was received is a review, not applications', () => {
  it('「全年没接到过一起行政复议」 zeroes 表四 only', async () => {
    const o = await after(['全年没接到过一起行政复议']);
    expect(o.collateral.filter((c) => c.startsWith('t3.'))).toEqual([]);
  });
  it('「也没有公开申请」 is no 不予公开: it denies the applications', async () => {
    const set = Object.fromEntries(['natural', 'commercial', 'research', 'welfare', 'legal', 'other'].map((c) => [`t3.new.${c}`, 0]));
    expect(await one(['今年也没有公开申请'], set)).toEqual([]);
  });
});

describe('how one application went is no 「none」', () => {
  it('「没当成公开申请来办」「年底前没回完」「就没办下去」: nothing zeroed', async () => {
    expect(zeros((await after(['有个居民写来的其实是投诉 没当成公开申请来办 转给信访了'])).collateral)).toEqual([]);
    expect(zeros((await after(['企业申请2件', '另外一件年底前没回完 挪到明年接着弄'])).collateral)).toEqual([]);
    expect(zeros((await after(['律所申请1件', '申请人说不要了 就没办下去'])).collateral)).toEqual([]);
  });
});
