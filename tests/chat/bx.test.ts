// Classes fixed after the probe batches bx and by (2026-12-07), each said in other words than the probes' sentences.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('corrections a clerk types after a slip of the keys or by position', () => {
  it('「后两位颠倒了 3421」 corrects the last value given', async () => {
    expect(await one(['许可决定3412件', '后两位颠倒了 3421'], { 't2.license.decisions': 3421 })).toEqual([]);
  });
  it('of two values, 「前面那个改成1020」 is the first', async () => {
    expect(await one(['网站1200条 公众号480条', '前面那个改成1020'], { 'fact:published_website': 1020, 'fact:published_newmedia': 480 })).toEqual([]);
  });
  it('「处罚那个是四十五 漏算了十一月的」: the months left out are the reason, the figure is the year\'s', async () => {
    expect(await one(['许可二十', '处罚四十一', '处罚那个是四十五 漏算了十一月的'], { 't2.license.decisions': 20, 't2.penalty.decisions': 45 })).toEqual([]);
  });
  it('「人次那个是260 输反了」 corrects 参训人次', async () => {
    expect(await one(['培训四期 二百零六人次', '人次那个是260 输反了'], { 'fact:trainings': 4, 'fact:trainees': 260 })).toEqual([]);
  });
});

describe('doubts and guesses are asked, never stored', () => {
  it('「这个数有点悬 怕把转发的也算进去了」 withdraws the last value', async () => {
    expect(await one(['网站发了530条', '这个数有点悬 怕把转发的也算进去了'], {}, ['fact:published_website'])).toEqual([]);
  });
  it('「回应那个我心里打鼓 先拿掉」 withdraws that value only', async () => {
    expect(await one(['解读6篇 回应关切12次', '回应那个我心里打鼓 先拿掉'], { 'fact:interpretations': 6 }, ['fact:responses'])).toEqual([]);
  });
  it('「两千条是我估的」「三十篇是打不住的」 are not exact', async () => {
    expect(await one(['新媒体两千条是我估的'], {}, ['fact:published_newmedia'])).toEqual([]);
    expect(await one(['解读三十篇是打不住的'], {}, ['fact:interpretations'])).toEqual([]);
  });
  it('「账号数我得再问下宣传部」 withdraws the value named, the one said right is kept', async () => {
    expect(await one(['新媒体账号5个 专栏栏目12个', '栏目数对的 账号数我得再问下宣传部'], { 'fact:website_columns': 12 }, ['fact:newmedia_accounts'])).toEqual([]);
  });
});

describe('「一件不落」 is every one', () => {
  it('「企业申请5件 一件不落都公开了」', async () => {
    expect(await one(['企业申请5件 一件不落都公开了'], { 't3.new.commercial': 5, 't3.r1.commercial': 5 })).toEqual([]);
  });
});

describe('results told per intake, with a turn of intake counts between', () => {
  it('「新收的个人 公开25件」 adds to the carried ones\' 公开 told two turns before', async () => {
    expect(await one(['上年结转的个人2件', '结转的2件都公开了', '今年新收个人30件', '新收的个人 公开25件'], { 't3.carried.natural': 2, 't3.new.natural': 30, 't3.r1.natural': 27 })).toEqual([]);
  });
  it('「新收3 予以公开2」 is still a count of the intake and of the result', async () => {
    expect(await one(['个人：新收3 予以公开2 部分公开1'], { 't3.new.natural': 3, 't3.r1.natural': 2, 't3.r2.natural': 1 })).toEqual([]);
  });
});

describe('corrections naming a value by the clerk\'s own word', () => {
  it('「钱数记错了 是90」 corrects the fee in 元', async () => {
    expect(await one(['信息处理费 收了50块', '落款1月18号', '钱数记错了 是90'], { 'fee.charged': true, 'fee.amountYuan': 90, 'meta.date': '2025-01-18' })).toEqual([]);
  });
  it('「强制那个多打了个4 应该是4件」: the digit typed twice is no count; the value named is corrected', async () => {
    expect(await one(['处罚决定12件', '强制措施44件', '许可30件', '强制那个多打了个4 应该是4件'], { 't2.penalty.decisions': 12, 't2.coercion.decisions': 4, 't2.license.decisions': 30 })).toEqual([]);
  });
  it('「废了几件那个写多了 其实2件」: 废了 names 本年废止 among the values given', async () => {
    expect(await one(['规范性文件新出5件', '废了3件', '有效的40件', '许可12件', '废了几件那个写多了 其实2件'], { 't2.normative.issued': 5, 't2.normative.repealed': 2, 't2.normative.valid': 40, 't2.license.decisions': 12 })).toEqual([]);
  });
});
