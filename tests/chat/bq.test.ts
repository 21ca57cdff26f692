// Classes fixed after the probe batch bq (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('corrections in the forms bq found', () => {
  it('「五百是去年的 今年是四百六」: the figure said to be another year\'s is the old value', async () => {
    expect(await one(['公众号发了五百条', '五百是去年的 今年是四百六'], { 'fact:published_newmedia': 460 })).toEqual([]);
  });
  it('「看漏了一位」「抄串行了」「重新说」 are corrections', async () => {
    expect(await one(['处罚八十五件', '我看漏了一位 是八百五十件'], { 't2.penalty.decisions': 850 })).toEqual([]);
    expect(await one(['许可一千二百 处罚四十', '前一个我抄串行了 是一千一百'], { 't2.license.decisions': 1100, 't2.penalty.decisions': 40 })).toEqual([]);
    expect(await one(['培训三次 一百五十人次', '人次那块重新说 一百零五'], { 'fact:trainings': 3, 'fact:trainees': 105 })).toEqual([]);
  });
  it('「网站那个记成三百了 实际二百八 公众号没错」: the figure it was put down as is no value; the one confirmed stays', async () => {
    expect(await one(['网站三百条 公众号九十条', '网站那个记成三百了 实际二百八 公众号没错'], { 'fact:published_website': 280, 'fact:published_newmedia': 90 })).toEqual([]);
  });
  it('「写成九十五」 is still the new figure (only 「写成N了」 is the mistaken one)', async () => {
    expect(await one(['参训八十人次', '八十不对 写成八十五'], { 'fact:trainees': 85 })).toEqual([]);
  });
});

describe('doubts in the forms bq found', () => {
  it('「感觉偏大 先放着别填」 withdraws; 「X的准 Y那个等…再说」 withdraws Y only; 「先这样 等盖章再说」 is a pause', async () => {
    expect(await one(['强制十二件', '十二这个数 感觉偏大 先放着'], {}, ['t2.coercion.decisions'])).toEqual([]);
    expect(await one(['处罚八十件 许可九百件', '许可的准 处罚那个等中队报上来再说'], { 't2.license.decisions': 900 }, ['t2.penalty.decisions'])).toEqual([]);
    expect(await one(['复议维持2件 纠正1件', '维持的对 纠正那件我拿不准'], { 't4.review.upheld': 2 }, ['t4.review.corrected'])).toEqual([]);
    expect(await one(['落款一月二十号', '先这样 等领导签字再说'], { 'meta.date': '2025-01-20' })).toEqual([]);
  });
});

describe('negation scope', () => {
  it('「依申请的信息处理费一分没收」 denies the fee, not the applications', async () => {
    expect(await one(['依申请的信息处理费 一分没收'], { 'fee.charged': false })).toEqual([]);
  });
});
