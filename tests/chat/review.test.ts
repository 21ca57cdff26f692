// Defects found by a review of this session's chat changes (2026-12-07): each was a value stored or changed that the
// clerk did not say.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('review of the 2026-12-07 chat changes', () => {
  it('a turn about this year\'s results said again adds the carried-in share once, not its own count twice', async () => {
    const o = await one(['都是自然人申请的 新收的十五件 十二件公开', '结转的两件都公开了', '新收的十五件 十二件公开'], { 't3.new.natural': 15, 't3.r1.natural': 14 });
    expect(o).toEqual([]);
  });
  it('「传真改成…」 does not change the phone', async () => {
    expect(await one(['联系电话0743-6632100', '传真改成0743-6632180'], { 'meta.contact.phone': '0743-6632100' })).toEqual([]);
  });
  it('「应该记成十三条」 is the new figure', async () => {
    expect(await one(['回应关切15条', '回应那个应该记成十三条'], { 'fact:responses': 13 })).toEqual([]);
  });
  it('「不太对」 doubts: it is no confirmation', async () => {
    expect(await one(['网站发布信息300条，公开栏20条', '网站那个不太对 公开栏没问题'], { 'fact:published_board': 20 }, ['fact:published_website'])).toEqual([]);
  });
  it('「发晚了 2月3日才发」 about last year\'s report does not move the 落款', async () => {
    expect(await one(['落款日期1月20日', '去年的报告发晚了 2月3日才发'], { 'meta.date': '2025-01-20' })).toEqual([]);
  });
  it('「市里转来的两件」 are this year\'s applications: no share of 上年结转 is added', async () => {
    expect((await after(['自然人申请5件', '市里转来的两件都公开了', '新收的五件 三件公开'])).collateral).toContain('t3.r1.natural: undefined → 3');
  });
  it('「要求复议」 is a review, not something asked for', async () => {
    expect(await one(['自然人申请5件，都公开了，有1个申请人不服要求复议，复议维持1件'], { 't3.new.natural': 5, 't3.r1.natural': 5, 't4.review.upheld': 1 })).toEqual([]);
  });
});

describe('review of the whole change (clerk run on a fresh clone)', () => {
  it('the reader\'s invisible marks never reach the reply', async () => {
    const o = await after(['依申请今年村民来了4件 上年结转1件也是村民的', '结转那件今年公开了', '新收的4件 3件公开 1件是问别的乡的事 我们这没有']);
    expect(o.reply).not.toMatch(/[\u2063\u2064]/);
  });
});
