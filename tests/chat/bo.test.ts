// Classes fixed after the probe batch bo (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('safety: stories, requests and parts change nothing they do not say', () => {
  it('a verb denied in a story (「没讲清楚」「没批下来」「就没给」) zeroes no row', async () => {
    for (const turns of [['有家企业来申请', '也没讲清楚要什么'], ['有个村民申请的', '上级还没批下来'], ['有个协会来要会议纪要', '就没给']]) {
      const o = await after(turns);
      expect(o.collateral.filter((c) => c.endsWith('→ 0'))).toEqual([]);
    }
  });
  it('「没有哪家科研单位来申请」 zeroes 科研机构 only', async () => {
    expect((await after(['没有哪家科研单位来申请'])).collateral).toEqual(['t3.new.research: undefined → 0']);
  });
  it('what an applicant asked for (「要行政许可的批文」) is no 表二 count', async () => {
    const o = await after(['律所申请了一件 要行政许可的批文']);
    expect(o.collateral.some((c) => c.startsWith('t2.'))).toBe(false);
  });
  it('two counts of one subject in a sentence (「窗口办了200件 网上办了50件」) are asked; the same figure again is one', async () => {
    expect(await one(['许可 窗口办了200件 网上办了50件'], {}, ['t2.license.decisions'])).toEqual([]);
    expect(await one(['处罚六十件 也就是60件'], { 't2.penalty.decisions': 60 })).toEqual([]);
  });
  it('「九月十月网站发了六十条」 is two months, asked', async () => {
    expect(await one(['九月十月网站发了六十条'], {}, ['fact:published_website'])).toEqual([]);
  });
});

describe('corrections and decisions in the forms bo found', () => {
  it('「最后一个0是多打的」 is a zero too many', async () => {
    expect(await one(['网站发了5200条', '最后一个0是多打的'], { 'fact:published_website': 520 })).toEqual([]);
  });
  it('「人次那里改成280」 names the value by its unit', async () => {
    expect(await one(['培训5次 参训300人次', '人次那里改成280'], { 'fact:trainings': 5, 'fact:trainees': 280 })).toEqual([]);
  });
  it('「日子写晚了 十八号」 moves the 落款 day', async () => {
    expect(await one(['落款一月二十号', '日子写晚了 十八号'], { 'meta.date': '2025-01-18' })).toEqual([]);
  });
  it('「3件要营业执照的信息 都公开了」: 都 is of the three, not of all the group\'s applications', async () => {
    expect(await one(['企业申请5件', '3件要营业执照的信息 都公开了'], { 't3.new.commercial': 5, 't3.r1.commercial': 3 })).toEqual([]);
  });
});
