// A held count named again with an error word and a new figure (2026-12-07, fourth session; classes from probe batch
// cn), said in other words than the probes': the figure replaces the held one only when every figure agrees.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a count restated with the old figure, the new one and the difference', () => {
  it('「强制不是36 差两起 38」 corrects 36 to 38', async () => {
    expect(await one(['许可900件 强制36起', '强制不是36 差两起 38'], { 't2.license.decisions': 900, 't2.coercion.decisions': 38 })).toEqual([]);
  });
  it('「公众号我多算了 三十条 是五百七」 is 600 − 30 = 570, never 30', async () => {
    expect(await one(['公众号六百条', '公众号我多算了 三十条 是五百七'], { 'fact:published_newmedia': 570 })).toEqual([]);
  });
  it('「规章有效十二 应为十四 有两件年初出的忘了」 corrects 12 to 14', async () => {
    expect(await one(['规章 有效的十二件', '规章有效十二 应为十四 有两件年初出的忘了'], { 't2.rules.valid': 14 })).toEqual([]);
  });
  it('「纠正那个不止1件 是3件」 corrects the 表四 count named', async () => {
    expect(await one(['复议 维持2件 纠正1件', '复议纠正那个不止1件 是3件'], { 't4.review.upheld': 2, 't4.review.corrected': 3 })).toEqual([]);
  });
});

describe('a count restated with only the new figure or only the difference', () => {
  it('「审查那个是二百零七 刚才说了个整数」 after 200 takes 207', async () => {
    expect(await one(['发布前审查 两百条', '审查那个是二百零七 刚才抹了零头'], { 'fact:info_reviewed': 207 })).toEqual([]);
  });
  it('「处罚少说了两件」 adds the difference', async () => {
    expect(await one(['处罚四十件', '处罚少说了两件'], { 't2.penalty.decisions': 42 })).toEqual([]);
  });
  it('「网站写多了 三百九」 after 420 is the figure meant', async () => {
    expect(await one(['网站四百二十条', '网站写多了 三百九'], { 'fact:published_website': 390 })).toEqual([]);
  });
});

describe('what is no restatement', () => {
  it('two places named: 「许可那个多报了 处罚是12件」 changes no 许可 by 12', async () => {
    const o = await after(['许可80件 处罚15件', '许可那个多报了 处罚是12件']);
    expect(o.collateral.filter((c) => c.startsWith('t2.license'))).toEqual(['t2.license.decisions: undefined → 80']);
  });
  it('figures that do not agree change nothing: 「处罚不是40 差一件 44」', async () => {
    const o = await after(['处罚四十件', '处罚不是40 差一件 44']);
    expect(o.collateral).toEqual(['t2.penalty.decisions: undefined → 40']);
  });
  it('a unit named as a noun picks its own count: 「培训的人次多报了 应为210」 leaves 培训次数', async () => {
    expect(await one(['培训5次 参训230人次', '培训的人次多报了 应为210'], { 'fact:trainings': 5, 'fact:trainees': 210 })).toEqual([]);
  });
});

describe('a part of a count with what to do with it', () => {
  it('「网站那个有15条是重复发的 扣掉」 takes 15 off; 「处罚漏了上个月的8件 得加上」 adds 8 (both had stored the part)', async () => {
    expect(await one(['网站发了四百条', '网站那个有15条是重复发的 扣掉'], { 'fact:published_website': 385 })).toEqual([]);
    expect(await one(['处罚120件', '处罚漏了最后一个月的8件 得加上'], { 't2.penalty.decisions': 128 })).toEqual([]);
  });
  it('a part described without what to do changes nothing', async () => {
    expect((await after(['网站发了四百条', '网站那400条里有15条是转载的'])).collateral).toEqual(['fact:published_website: undefined → 400']);
  });
});
