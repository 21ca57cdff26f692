// Classes fixed after the probe batch bg (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });

describe('another body\'s figure, a pending fee, a reason said as doubt words', () => {
  it('「区局的处罚有900件 我们街道是12件」 stores neither as ours without asking (the 900 never)', () => {
    expect(x('区局那边处罚有900件 我们街道是12件').cells['t2.penalty.decisions']).not.toBe(900);
  });
  it('「县里来督查了一次」 is about us (kept)', () => expect(x('县里来督查了一次').facts.inspections).toBe(1));
  it('「钱还没交上来」 after a fee notice denies no application', () => {
    expect(Object.keys(x('收费通知书发了一份 钱还没交上来').cells)).toEqual([]);
  });
  it('「律所申请里 补正了还说不清的没有」 is 补正后仍不明确 of 律所 only', () => {
    expect(x('律所申请里 补正了还说不清的没有').cells).toEqual({ 't3.r4_3.legal': 0 });
  });
  it('「处理费收了的话填元吗」 is a question', () => expect(x('处理费收了的话填元吗').said.some((d) => d.target === 'fee.charged')).toBe(false));
  it('「企业3件 不对4件 还是3件吧我再查查」 is unsure (asked)', () => expect(x('企业申请3件 不对4件 还是3件吧我再查查').cells).toEqual({}));
  it('「村民有1件是来投诉的 不予处理」 is 信访举报投诉, not an application received', () => {
    expect(x('村民有1件是来投诉的 不予处理').cells).toEqual({ 't3.r5_1.natural': 1 });
  });
});
