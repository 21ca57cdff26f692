// Defects a read-only review found in the fourth 2026-12-07 session's chat changes (recount, restated, dialect), each
// asserted on the reviewer's kind of sentence: nothing changes that the clerk did not say.
import { describe, expect, it } from 'vitest';
import { after } from './failures.js';

/** The places a conversation changed, beyond the first turn's own. */
const changedBy = async (turns: string[]) => {
  const first = (await after(turns.slice(0, 1))).collateral;
  return (await after(turns)).collateral.filter((c) => !first.includes(c));
};

describe('a recount says how many', () => {
  it.each([
    ['个人申请少说了'],
    ['个人那14件有几件登重了'],
    ['个人的好像漏了一件'],
    ['个人那14件有一件漏了答复期限 超期了'],
    ['个人那14件我们统计了两遍 没问题'],
    ['个人那14件我算了两遍 没错'],
  ])('「%s」 changes nothing', async (t) => {
    expect(await changedBy(['个人申请14件', t])).toEqual([]);
  });
  it('「复议维持的多报了」 without a figure changes nothing', async () => {
    expect(await changedBy(['复议 维持3件', '复议维持的多报了'])).toEqual([]);
  });
});

describe('a restatement is a correction of the whole count', () => {
  it.each([
    ['网站公开300条', '网站公开比上年多了50条'],
    ['网站公开300条', '网站公开同比多了30条'],
    ['政策解读25篇', '解读去年的是20篇'],
    ['网站公开300条', '网站那300条里实际有20条是重复发的'],
    ['个人申请14件', '个人申请里有3件其实是去年底的'],
  ])('after 「%s」, 「%s」 changes nothing', async (a, b) => {
    expect(await changedBy([a, b])).toEqual([]);
  });
  it('「处罚多报了100件」 written as one word is the difference: 118 → 18', async () => {
    expect(await changedBy(['处罚118件', '处罚多报了100件'])).toEqual(['t2.penalty.decisions: undefined → 18']);
  });
  it('「不是58是85」 changes no value that is not 58', async () => {
    expect(await changedBy(['个人申请8件', '不是58是85'])).toEqual([]);
  });
});

describe('dialect words only where they are the dialect word', () => {
  it.each([
    ['机关名称：东阳市三单乡人民政府', '三单乡'],
    ['单位是济南市历城区仲宫街道办事处', '仲宫'],
    ['我们是阿拉善盟行政公署', '阿拉善'],
  ])('「%s」 keeps 「%s」', async (t, kept) => {
    const o = await after([t]);
    expect(o.reply.includes(kept) || o.collateral.some((c) => c.includes(kept))).toBe(true);
  });
  it('「1500元月底前交清」 is no January; full-width 「申请３单」 counts in 单', async () => {
    expect((await after(['收取信息处理费1500元月底前交清'])).collateral.filter((c) => c.startsWith('meta.'))).toEqual([]);
    expect((await after(['企业申请３单 都公开了'])).collateral).toContain('t3.new.commercial: undefined → 3');
  });
});
