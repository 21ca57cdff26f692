// Classes fixed after the probe batch bl (2026-12-06), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('moves said with the verb first, with the total, or told as what happened', () => {
  it('「把其中三件转到不予公开 那三件涉及别人隐私」: the first count is the part, the group named with its leaf is the leaf', async () => {
    expect(await one(['部分公开 个人八件', '把其中三件转到不予公开 那三件涉及个人隐私'], { 't3.r2.natural': 5, 't3.r3_4.natural': 3 })).toEqual([]);
  });
  it('「这九件当中有两件是协会交的 应归公益组织」 with a total that is larger', async () => {
    expect(await one(['个人新申请九件', '这九件当中有两件是协会交的 应归公益组织'], { 't3.new.natural': 7, 't3.new.welfare': 2 })).toEqual([]);
  });
  it('「有一件搞错了 那件是…算维持」: two counts for the same case are no total', async () => {
    expect(await one(['复议纠正三件', '有一件搞错了 那件是复议机关驳回的 算维持'], { 't4.review.corrected': 2, 't4.review.upheld': 1 })).toEqual([]);
  });
  it('pending cases decided: 「两件里有一件判下来了 我们赢了」「转到明年的三件里 一件年前答复了 予以公开」', async () => {
    expect(await one(['复议后起诉 两件还在审', '两件里有一件判下来了 我们赢了'], { 't4.after.pending': 1, 't4.after.upheld': 1 })).toEqual([]);
    expect(await one(['结转下年度 企业三件', '三件里一件年前答复了 予以公开'], { 't3.next.commercial': 2, 't3.r1.commercial': 1 })).toEqual([]);
  });
  it('「先经过复议」 moves a lawsuit to 复议后起诉; 「挪一件到内容不明确」 finds the row in plain words', async () => {
    expect(await one(['直接起诉的 纠正一件', '那件其实先经过复议了'], { 't4.after.corrected': 1 })).toEqual([]);
    expect(await one(['需另行制作的 企业两件', '挪一件到申请内容不明确'], { 't3.r4_2.commercial': 1, 't3.r4_3.commercial': 1 })).toEqual([]);
  });
  it('「那个律所的改成三件」 is a correction with a new figure, not a move', async () => {
    const o = await after(['个人申请五件', '律所两件', '企业一件', '那个律所的改成三件']);
    expect(o.collateral.filter((c) => c.startsWith('t3.new.commercial') && !c.endsWith('→ 1'))).toEqual([]);
  });
});

describe('negations that do not reach the tables they seem to', () => {
  it('「处罚没有被诉过 处罚决定十件」「规章没人提过复议」 zero nothing', async () => {
    expect(await one(['行政处罚从来没有被诉过 处罚决定十件'], { 't2.penalty.decisions': 10 })).toEqual([]);
    expect((await after(['我们的规章没人提过复议'])).collateral).toEqual([]);
  });
  it('「公众号发了一百多条 抖音没弄」 leaves 新媒体 asked, never 0', async () => {
    const o = await after(['公众号发了一百多条 抖音没弄']);
    expect(o.collateral).toEqual([]);
  });
});

describe('a doubt names what it doubts', () => {
  it('「公开栏那个拿不准」 withdraws 公开栏 only; 「人次没这么多」 人次 only (次 stays)', async () => {
    expect(await one(['网站三百条 公开栏二十条', '公开栏那个拿不准'], { 'fact:published_website': 300 }, ['fact:published_board'])).toEqual([]);
    expect(await one(['培训两次 五十人次', '人次我记得没这么多'], { 'fact:trainings': 2 }, ['fact:trainees'])).toEqual([]);
  });
  it('「可能有问题」 without a name withdraws the whole last turn', async () => {
    expect(await one(['现行有效规范性文件三十件', '这个数可能有问题'], {}, ['t2.normative.valid'])).toEqual([]);
  });
});

describe('more nicknames, and a lawsuit after review said with 不服', () => {
  it('「办证那块」「罚单那个」「图解那个」「事业收费」「干这活的」 name their values in a correction', async () => {
    expect(await one(['行政许可一百二十件', '办证那块 应该是一百零二'], { 't2.license.decisions': 102 })).toEqual([]);
    expect(await one(['处罚三十一件', '罚单那个数改成十三'], { 't2.penalty.decisions': 13 })).toEqual([]);
    expect(await one(['政策解读九篇', '图解那个数改为十'], { 'fact:interpretations': 10 })).toEqual([]);
    expect(await one(['行政事业性收费八万元', '事业收费那个其实是八点二万'], { 't2.fee.amount': 8.2 })).toEqual([]);
    expect(await one(['工作人员三名', '干这活的其实是两个'], { 'fact:staff': 2 })).toEqual([]);
  });
  it('「复议完还是不服 又去法院的 纠正一件」 is 复议后起诉', async () => {
    expect(await one(['复议完还是不服又去法院的 纠正一件'], { 't4.after.corrected': 1 })).toEqual([]);
  });
});

describe('fills in fresh words', () => {
  const x = async (t: string, set: Record<string, unknown>) => one([t], set);
  it('「没人告过我们」 is no lawsuit; 「今年：许可800件…去年许可是760件」 stores this year\'s', async () => {
    const o = await after(['今年没有人告过我们']);
    expect(o.collateral.filter((c) => c.startsWith('t4.direct.') || c.startsWith('t4.after.'))).toHaveLength(8);
    expect(await x('今年：许可800件，处罚41件。去年许可是760件。', { 't2.license.decisions': 800, 't2.penalty.decisions': 41 })).toEqual([]);
  });
  it('a comparison before a space does not reach 「今年一共…」 or a subject of its own', async () => {
    expect(await x('强制比上年少了三成 今年一共七件', { 't2.coercion.decisions': 7 })).toEqual([]);
    expect((await after(['解读比去年多了 3篇'])).collateral).toEqual([]);
  });
  it('「规范性文件三项都是0」, 学习会/参学, 抽查', async () => {
    expect(await x('规范性文件三项都是0', { 't2.normative.issued': 0, 't2.normative.repealed': 0, 't2.normative.valid': 0 })).toEqual([]);
    expect(await x('搞了三场学习会 参学的九十人次', { 'fact:trainings': 3, 'fact:trainees': 90 })).toEqual([]);
    expect(await x('市里来抽查过两次', { 'fact:inspections': 2 })).toEqual([]);
  });
});
