// Classes fixed after the probe batch bj (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });
const one = async (turns: string[], set: Record<string, unknown>) => run([{ id: 'c', turns, expect: { set: set as never, ask: [], nothing: false } }]);

describe('corrections by position, by 号码, and 「那个是去年的」', () => {
  it('「第一个说错了」「把后一个改成…」 name a value of the last turn by its place', async () => {
    expect(await one(['培训五次 督查两次', '第一个说错了 六'], { 'fact:trainings': 6, 'fact:inspections': 2 })).toEqual([]);
    expect(await one(['网站二百 公众号九十', '把后一个改成九十五'], { 'fact:published_website': 200, 'fact:published_newmedia': 95 })).toEqual([]);
  });
  it('「号码少了区号 0571-…」 is the phone', async () => {
    expect(await one(['联系电话6612345', '号码少了区号 0571-6612345'], { 'meta.contact.phone': '0571-6612345' })).toEqual([]);
  });
  it('「噢 那个是去年的 今年的还没统计」 withdraws the last value', async () => {
    const [o] = await one(['公众号发了二百六', '噢 那个是去年的 今年的还没统计'], {});
    expect(o?.collateral ?? []).toEqual([]);
  });
});

describe('numbers, lawsuits and answers told in plain words', () => {
  it('「强制2千零三十」 is 2,030', () => expect(x('强制2千零三十').cells['t2.coercion.decisions']).toBe(2030));
  it('「没复议 直接去法院」 is a lawsuit without review, never a review', () => {
    const c = x('有家企业没复议 直接去法院告了 判我们败诉').cells;
    expect(Object.keys(c).some((k) => k.startsWith('t4.review.'))).toBe(false);
    expect(c['t4.direct.corrected']).toBe(1);
  });
  it('「重复来申请的…没有」 is 重复申请, not the applications received; 「大量反复申请」 stays its own reason', () => {
    expect(x('企业的申请里 重复来申请的一件没有').cells).toEqual({ 't3.r5_2.commercial': 0 });
    expect(x('个人大量反复申请 不予处理2件').cells).toEqual({ 't3.r5_4.natural': 2 });
  });
  it('「部分给了部分没给的 个人三件」 is 部分公开', () => expect(x('部分给了部分没给的 个人三件').cells).toEqual({ 't3.r2.natural': 3 }));
  it('a bare 「驳回」 is asked (驳回起诉 or 驳回诉讼请求); 「驳回了起诉」 is 其他结果', () => {
    expect(x('直接起诉1件 法院驳回了原告').cells).toEqual({});
    expect(x('直接起诉1件 法院驳回了起诉').cells).toEqual({ 't4.direct.other': 1 });
  });
  it('「…所以不公开」「按规定没给」 closing a request never zeroes its reason or 表二 处罚', () => {
    expect(Object.values(x('律所要的是一个行政处罚案件的卷宗 按规定没给').cells)).not.toContain(0);
    expect(Object.values(x('协会想要的是还没定下来的方案 所以不公开').cells)).not.toContain(0);
  });
});
