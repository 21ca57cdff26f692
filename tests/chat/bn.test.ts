// Classes fixed after the probe batch bn (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('safety: nothing stored that was not said exactly', () => {
  it('「企业申请二十来件 全公开了」: a vague count gives its decision no count either (both asked)', async () => {
    expect(await one(['企业申请二十来件 全公开了'], {}, ['t3.new.commercial', 't3.r1.commercial'])).toEqual([]);
  });
  it('「罚单那个先空着」 withdraws only 处罚; the rest of the turn stays', async () => {
    expect(await one(['许可二十 罚单七', '罚单那个先空着 回头问执法中队'], { 't2.license.decisions': 20 }, ['t2.penalty.decisions'])).toEqual([]);
  });
  it('two counts of one fact in one clause: halves add up, other parts are asked, the same figure twice is one', async () => {
    expect(await one(['两个专职一个兼职'], { 'fact:staff': 3 })).toEqual([]);
    expect(await one(['公众号2个视频号1个'], {}, ['fact:newmedia_accounts'])).toEqual([]);
    expect(await one(['回应关切九次 9次'], { 'fact:responses': 9 })).toEqual([]);
  });
  it('「企业那1件 情况比较复杂」 after a turn of 予以公开: the earlier turn\'s result is not that case\'s', async () => {
    const o = await after(['个人申请3件 企业1件', '个人3件都公开了', '企业那1件 情况比较复杂']);
    expect(o.collateral.filter((c) => c.startsWith('t3.r'))).toEqual(['t3.r1.natural: undefined → 3']);
  });
});

describe('corrections in the forms bn found', () => {
  it('「不是300是320」 names the old figure', async () => {
    expect(await one(['培训6次 参训人次300', '不是300是320'], { 'fact:trainings': 6, 'fact:trainees': 320 })).toEqual([]);
  });
  it('「刚才报的部分公开那个 应是1件」 names the value by its place', async () => {
    expect(await one(['律所部分公开2件', '刚才报的部分公开那个 应是1件'], { 't3.r2.legal': 1 })).toEqual([]);
  });
  it('「多录了个0」 is a slip of a zero', async () => {
    expect(await one(['网站发了1500条', '多录了个0 是150'], { 'fact:published_website': 150 })).toEqual([]);
  });
});

describe('numbers and topics', () => {
  it('「11万3」 in a 万元 cell is 11.3', async () => {
    expect(await one(['行政事业性收费11万3'], { 't2.fee.amount': 11.3 })).toEqual([]);
  });
  it('「今年依申请的情况我讲一下」 makes the next bare group count an application received', async () => {
    expect(await one(['今年依申请的情况我讲一下', '群众的5件'], { 't3.new.natural': 5 })).toEqual([]);
  });
  it('「企业那1件 要的是我们这没有的」: 不掌握, the group\'s', async () => {
    expect(await one(['个人申请3件 企业1件', '个人3件都公开了', '企业那1件 要的是我们这没有的'], { 't3.new.natural': 3, 't3.new.commercial': 1, 't3.r1.natural': 3, 't3.r4_1.commercial': 1 })).toEqual([]);
  });
});
