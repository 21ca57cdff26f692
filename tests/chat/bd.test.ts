// Classes fixed after the probe batch bd (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { runChatCases } from '../../evals/suites/chat.js';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });


describe('no count where none was said', () => {
  it('「回应关切和往年一模一样」 stores nothing (was 1)', () => expect(x('回应关切和往年一模一样').facts.responses).toBeUndefined());
  it('「举报投诉当申请的今年没碰到」 zeroes that reason, not the applications received', () => {
    const ids = Object.keys(x('拿举报投诉当申请的今年没碰到').cells);
    expect(ids.length).toBe(6);
    expect(ids.every((id) => id.startsWith('t3.r5_1.'))).toBe(true);
  });
  it('dialect negations: 「解读 木有」「新媒体冇发」', () => {
    expect(x('政策解读 木有').facts.interpretations).toBe(0);
    expect(x('新媒体冇发').facts.published_newmedia).toBe(0);
  });
  it('「公开栏张贴了四十张」 are items posted; 「二维码贴了40张」 is not', () => {
    expect(x('公开栏张贴了四十张').facts.published_board).toBe(40);
    expect(x('二维码贴了40张').facts).toEqual({});
  });
  it('「督查跑了三趟」 is 3 times', () => expect(x('督查检查跑了三趟').facts.inspections).toBe(3));
  it('「许可决定120件 强制要填吗」: the fact stands, the question asks', () => expect(x('许可决定120件 强制要填吗').cells).toEqual({ 't2.license.decisions': 120 }));
});

describe('the applicant group of the last count corrected', () => {
  it('「不是个人 是科研机构」', async () => {
    expect(await run([{ id: 'g1', turns: ['个人申请两件', '不对 不是个人 是科研机构'], expect: { set: { 't3.new.research': 2 } } }])).toEqual([]);
  });
  it('「是律所的不是企业的」', async () => {
    expect(await run([{ id: 'g2', turns: ['企业的上年结转1件', '写错了 是律所的不是企业的'], expect: { set: { 't3.carried.legal': 1 } } }])).toEqual([]);
  });
  it('「那三件是协会提的」 after a result row', async () => {
    expect(await run([{ id: 'g3', turns: ['予以公开有三件是个人的', '更正一下 那三件是协会提的'], expect: { set: { 't3.r1.welfare': 3 } } }])).toEqual([]);
  });
  it('a count that disagrees (「那五件」 after 3) moves nothing of the last turn', async () => {
    const [o] = await runChatCases([{ id: 'g4', split: 'dev', turns: ['予以公开有三件是个人的', '更正一下 那五件是协会提的'], expect: { set: { 't3.r1.natural': 3 } } }]);
    expect([o.wrong, o.reply.includes('已撤回')]).toEqual([[], false]);
  });
});

describe('reasons said in plain words; a figure said again', () => {
  it.each([
    ['企业要的是我们的会议纪要 没给 1件', 't3.r3_6.commercial'],
    ['个人要执法卷宗 没公开 2件', 't3.r3_7.natural'],
    ['律所要后勤管理方面的材料 不予公开 1件', 't3.r3_5.legal'],
    ['个人同样的事又申请了一遍的有1件', 't3.r5_2.natural'],
  ])('「%s」', (text, id) => expect(Object.keys(x(text).cells)).toContain(id));
  it('「研究机构没申请」 is the 科研机构 column; 「作废1个」 is 废止', () => {
    expect(x('研究机构没申请').cells).toEqual({ 't3.new.research': 0 });
    expect(x('规章作废1个').cells).toEqual({ 't2.rules.repealed': 1 });
  });
  it('「转到明年接着办的 企业两件」 is 结转下年度', () => expect(x('转到明年接着办的 企业两件').cells).toEqual({ 't3.next.commercial': 2 }));
  it('「培训4次，没错，全年共4次」 is 4 (said again); 「公众号1个、视频号1个」 is never stored as 1', () => {
    expect(x('培训4次，没错，全年共4次').facts.trainings).toBe(4);
    expect(x('政务新媒体：公众号1个、视频号1个').facts.newmedia_accounts).toBeUndefined();
  });
});
