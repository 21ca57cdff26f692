// A read-only review of the seventh session's diff (2026-12-07) found these; each said in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

const changedTo = async (turns: string[]) => (await after(turns)).collateral;

describe('review: parts and positions', () => {
  it('「公众号里有转载的要删掉 转载的是4条」 after 公众号 90: 86, never 4', async () => {
    expect(await one(['公众号发了90条', '公众号里有转载的要删掉 转载的是4条'], { 'fact:published_newmedia': 86 })).toEqual([]);
  });
  it('「第一个数少写了2 应该是9次」: 9', async () => {
    expect(await one(['督查7次 培训3次', '第一个数少写了2 应该是9次'], { 'fact:inspections': 9, 'fact:trainings': 3 })).toEqual([]);
  });
  it('「第二个数不对 一时看花眼了 应该是七十」: 70, never 1', async () => {
    expect(await one(['培训3次 参训六十人次', '第二个数不对 一时看花眼了 应该是七十'], { 'fact:trainings': 3, 'fact:trainees': 70 })).toEqual([]);
  });
  it('「一季度和三季度各培训了十二次」: 24', async () => {
    expect(await one(['一季度和三季度各培训了十二次'], { 'fact:trainings': 24 })).toEqual([]);
  });
});

describe('review: dates that are no 落款', () => {
  it('「考核截止日期12月20 公众号发了150条」 keeps the 落款 empty', async () => {
    expect((await changedTo(['考核截止日期12月20 公众号发了150条'])).some((c) => c.startsWith('meta.date'))).toBe(false);
  });
  it('「座谈会的日子定在4月8 那次参训60人次」 keeps the 落款 empty', async () => {
    expect((await changedTo(['座谈会的日子定在4月8 那次参训60人次'])).some((c) => c.startsWith('meta.date'))).toBe(false);
  });
  it('「落款单位写错了」 → 「2月1号前交」: no 落款 date', async () => {
    expect((await changedTo(['落款单位写错了', '2月1号前交'])).some((c) => c.startsWith('meta.date'))).toBe(false);
  });
  it('「落款那个再看看」 → 「4月2号那场也算 培训4次」: the date of the training is no 落款', async () => {
    expect((await changedTo(['落款那个再看看', '4月2号那场也算 培训4次'])).some((c) => c.startsWith('meta.date'))).toBe(false);
  });
});

describe('review: words that are no instruction to withdraw', () => {
  it('「规范性文件依照现行规定制发了4件」 is 制发', async () => {
    expect(await one(['规范性文件依照现行规定制发了4件'], { 't2.normative.issued': 4 })).toEqual([]);
  });
  it('「刚才那件复议是我搞错了 其余复议诉讼也都没有」 takes the review back to 0', async () => {
    const c = await changedTo(['复议纠正1件', '刚才那件复议是我搞错了 其余复议诉讼也都没有']);
    expect(c).toContain('t4.review.corrected: undefined → 0');
  });
  it('「把重复的5条删掉」 withdraws no value that happens to be 5', async () => {
    expect(await one(['网站发了200条 公开栏5期', '把重复的5条删掉'], { 'fact:published_website': 200, 'fact:published_board': 5 })).toEqual([]);
  });
  it('「开头那段话删掉」「重复的那条删了」 withdraw nothing', async () => {
    expect(await one(['培训8次', '开头那段话删掉'], { 'fact:trainings': 8 })).toEqual([]);
    expect(await one(['培训8次 督查2次', '重复的那条删了'], { 'fact:trainings': 8, 'fact:inspections': 2 })).toEqual([]);
  });
  it('「又有2件作废了」 keeps 废止', async () => {
    expect((await changedTo(['规章制定1件 废止2件', '又有2件作废了'])).filter((c) => c.startsWith('t2.rules.repealed'))).toEqual(['t2.rules.repealed: undefined → 2']);
  });
  it('「参训那个最后的零给去掉」 after 参训 4500: 450', async () => {
    expect(await one(['培训5次 参训4500人次', '参训那个最后的零给去掉'], { 'fact:trainings': 5, 'fact:trainees': 450 })).toEqual([]);
  });
  it('「比全县平均水平高 公众号发了260条」 stores 260', async () => {
    expect(await one(['比全县平均水平高 公众号发了260条'], { 'fact:published_newmedia': 260 })).toEqual([]);
  });
});
