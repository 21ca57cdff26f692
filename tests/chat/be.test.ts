// Classes fixed after the probe batch be (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });


describe('a negation never reaches a whole row it does not name', () => {
  it('「做学术的单位没来申请」 (an applicant described in unknown words) zeroes nothing and asks', () => {
    const ex = x('做学术的单位没来申请');
    expect(ex.cells).toEqual({});
    expect(ex.asks.length).toBeGreaterThan(0);
  });
  it('「公益性的组织没申请」 is the 社会公益组织 column', () => expect(x('公益性的组织没申请').cells).toEqual({ 't3.new.welfare': 0 }));
  it('「社会组织申请的 没有给予公开的」 denies 予以公开 only', () => expect(x('社会组织申请的 没有给予公开的').cells).toEqual({ 't3.r1.welfare': 0 }));
  it('「律所要的那件 没有现成的 要另外做 就没提供」 is that result, not a denial', () => {
    expect(Object.values(x('律所要的那件 没有现成的 要另外做 就没提供').cells).every((v) => v !== 0)).toBe(true);
  });
});

describe('a reason named first, then the count of its column', () => {
  it('「第三方不同意公开的 个人申请的1件」', () => expect(x('第三方不同意公开的 个人申请的1件').cells).toEqual({ 't3.r3_4.natural': 1 }));
  it('「查无此信息的 群众申请的2件」', () => expect(x('查无此信息的 群众申请的2件').cells).toEqual({ 't3.r4_1.natural': 2 }));
  it('「收到个人申请3件」 is still the applications received', () => expect(x('收到个人申请3件').cells).toEqual({ 't3.new.natural': 3 }));
});

describe('amounts and dates said relative to something', () => {
  it('「收了三回 每回50块」: a rate is never the total', () => expect(x('信息处理费收了三回 每回50块').said.find((d) => d.target === 'fee.amountYuan')?.value).not.toBe(50));
  it('「大几百条」「小一千」 are vague (asked)', () => {
    expect(x('网站发了大几百条').facts.published_website).toBeUndefined();
    expect(x('许可办了小一千件').cells).toEqual({});
  });
  it('「账号3个（微博、公众号、抖音各1）」 is 3 accounts and no count of posts', () => {
    const f = x('政务新媒体账号3个（微博、公众号、抖音各1）').facts;
    expect([f.newmedia_accounts, f.published_newmedia]).toEqual([3, undefined]);
  });
  it('「落款提前两天」 after 1月25日', async () => {
    expect(await run([{ id: 'd1', turns: ['落款写1月25日', '落款提前两天'], expect: { set: { 'meta.date': '2025-01-23' } } }])).toEqual([]);
  });
  it('「钱还没到账」 says nothing of the charge yet', () => expect(x('收费通知发了一份 钱还没到账').said.some((d) => d.target === 'fee.charged')).toBe(false));
});
