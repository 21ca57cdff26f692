// Classes fixed after the probe batch bh (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });

describe('a correction names its subject before the error word', () => {
  it('「许可那个数填错了 应为88件」 after other values changes the 许可 count, not the last one given', async () => {
    expect(await run([{ id: 'c1', turns: ['行政许可决定80件', '公众号发了120条', '许可那个数填错了 应为88件'], expect: { set: { 't2.license.decisions': 88, 'fact:published_newmedia': 120 }, ask: [], nothing: false } }])).toEqual([]);
  });
  it('a word that names no value of the conversation is asked, not put on the last value', async () => {
    const [o] = await run([{ id: 'c2', turns: ['培训4次', '督查那个弄错了 是6'], expect: { set: { 'fact:trainings': 4 }, ask: [], nothing: false } }]);
    expect(o?.wrong ?? []).toEqual([]);
  });
  it('「收费」 in a correction is the fee the clerk gave (表二 or 信息处理费)', async () => {
    expect(await run([{ id: 'c3', turns: ['事业性收费金额八千元', '强制措施3件', '收费那项搞错了 是九千元'], expect: { set: { 't2.fee.amount': 0.9, 't2.coercion.decisions': 3 }, ask: [], nothing: false } }])).toEqual([]);
    expect(await run([{ id: 'c4', turns: ['收了信息处理费一百五十元', '处理费那个记错了 应该是180'], expect: { set: { 'fee.charged': true, 'fee.amountYuan': 180 }, ask: [], nothing: false } }])).toEqual([]);
  });
  it('「刚才说错了，应该是…」 names nothing and stays a plain correction', async () => {
    expect(await run([{ id: 'c5', turns: ['网站发了二百条，刚才说错了，应该是二百一十条'], expect: { set: { 'fact:published_website': 210 }, ask: [], nothing: false } }])).toEqual([]);
  });
});

describe('two figures for one place in one message are asked, never stored', () => {
  it('one cell said twice with different counts', () => {
    const r = x('强制措施十二件 强制措施十五件');
    expect(r.cells['t2.enforcement.decisions']).toBeUndefined();
    expect(r.questions.join()).toMatch(/两个不同的数/);
  });
  it('a negation then a count of the same row withdraws the whole negation', () => {
    expect(x('没有行政诉讼，直接起诉的有1件还没判').cells).toEqual({});
  });
  it('a further count of the same cell adds up (「又来了」)', () => expect(x('个人申请4件 后来个人又来了2件').cells['t3.new.natural']).toBe(6));
  it('「有的…记A 有的记B」 gives one place two figures', () => expect(x('许可决定有的本子上写七十 有的写七十五').cells).toEqual({}));
  it('「另一份台账上是…」 is another record of the same fact, not a count of one', () => {
    const r = x('公众号发布210条，公众号另一份台账上是230条');
    expect(r.facts.published_newmedia).toBeUndefined();
  });
  it('two 落款 dates, the second said by someone else', () => expect(x('落款就1月18日 局长说签1月25日').said.some((d) => d.target === 'meta.date')).toBe(false));
  it('the same 落款 said again is one date', () => expect(x('落款1月18日 局长说1月18日可以').said.some((d) => d.target === 'meta.date')).toBe(true));
});

describe('numbers and words', () => {
  it('a Chinese decimal with 百 and 千 in its whole part', () => expect(x('行政事业性收费三千四百点二万元').cells['t2.fee.amount']).toBe(3400.2));
  it('「同一份」「同一件」 are no counts of one', () => expect(x('同一件事重复申请的 不予处理3件').cells['t3.r5_2.natural'] ?? 3).toBe(3));
  it('「先复议再起诉」 is a lawsuit after review', () => {
    expect(x('先复议然后又起诉的1件 法院维持了').cells).toEqual({ 't4.after.upheld': 1 });
  });
  it('two negations of two 表二 rows, each with its own verb', () => {
    expect(x('规章没废止 规范性文件也没制发').cells).toEqual({ 't2.rules.repealed': 0, 't2.normative.issued': 0 });
  });
});

describe('results and reasons told as stories, facts in other words', () => {
  it('the reviewing body revoked our reply: 纠正', () => expect(x('行政复议1件 复议机关把我们的告知书撤销了').cells).toEqual({ 't4.review.corrected': 1 }));
  it('the court rejected his claim: 驳回诉讼请求 (维持)', () => expect(x('直接起诉1件 法院把原告的请求驳回了').cells).toEqual({ 't4.direct.upheld': 1 }));
  it('「责成…再答复」 is 纠正, 「结果没下来」 is 尚未审结', () => {
    expect(x('行政复议2件 1件复议机关责成重新作出答复 1件结果还没出来').cells).toEqual({ 't4.review.corrected': 1, 't4.review.pending': 1 });
  });
  it('a book on sale is a 公开出版物, a 补正 never made is 逾期不补正, a fee never paid is 未缴费', () => {
    expect(x('个人要的那本书市面上有卖 不予处理1件').cells).toEqual({ 't3.r5_3.natural': 1 });
    expect(x('有1件个人申请 叫他补正他一直没回音 就不再处理了').cells['t3.r6_1.natural']).toBe(1);
    expect(x('个人那1件收费通知发了 他迟迟不交 不再处理').cells['t3.r6_2.natural']).toBe(1);
  });
  it('「无一例」 is none; 「专区两处」 counts places; 「卅」 is thirty', () => {
    expect(x('全年无一例被追责').facts.accountability).toBe(0);
    expect(x('设立政务公开专区两处').facts.public_area).toBe(2);
    expect(x('回应关切卅次').facts.responses).toBe(30);
  });
  it('「保密审核」 and 「公开栏目」 are the 审查 and 专栏 facts, not the board', () => {
    expect(x('经过保密审核的信息三百条').facts).toEqual({ info_reviewed: 300 });
    expect(x('门户网站设置信息公开栏目15个').facts).toEqual({ website_columns: 15 });
  });
});
