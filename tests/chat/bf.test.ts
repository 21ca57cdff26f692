// Classes fixed after the probe batch bf (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });


describe('a negation stays with its named subject', () => {
  it('「ls申请的一件都没有」 (letters) asks, zeroes nothing', () => expect(x('ls申请的一件都没有').cells).toEqual({}));
  it('「个人申请的都公开了 没有不予公开的」 denies 不予公开 for 自然人 only', () => {
    const ids = Object.keys(x('个人申请的都公开了 没有不予公开的').cells).filter((k) => /^t3\.r3/.test(k));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((k) => k.endsWith('.natural'))).toBe(true);
  });
  it('「研究院的两件没全给」 is 部分公开 of 科研机构', () => expect(x('研究院申请的有两件没全给').cells).toEqual({ 't3.r2.research': 2 }));
  it('「一个高校申请的 不予公开 1件」: 一个 is an article, not an application received', () => {
    expect(x('一个高校申请的 属于内部事务 不予公开 1件').cells['t3.new.research']).toBeUndefined();
  });
});

describe('corrections turns later', () => {
  it('「落款改到28号」 two turns after the 落款', async () => {
    expect(await run([{ id: 'f1', turns: ['落款1月24日', '联系电话0571-1234567', '落款改到28号'], expect: { set: { 'meta.date': '2025-01-28', 'meta.contact.phone': '0571-1234567' } } }])).toEqual([]);
  });
  it('「电话最后一位弄错了 是9」', async () => {
    expect(await run([{ id: 'f2', turns: ['电话0571-1234567', '电话最后一位弄错了 是9'], expect: { set: { 'meta.contact.phone': '0571-1234569' } } }])).toEqual([]);
  });
});

describe('表二 counts in 万 and in spaced pairs, 表四 said none in dialect', () => {
  it('「行政强制1.1万」 (万 without 件) is asked, never stored as money or as a count; 「行政强制1.1万件」 is a count', () => {
    expect(x('行政强制1.1万').cells).toEqual({});
    expect(x('行政强制1.1万件').cells).toEqual({ 't2.coercion.decisions': 11000 });
  });
  it('「处罚 3千1 强制 二十五」 pairs each name with its number', () => expect(x('处罚 3千1 强制 二十五').cells).toEqual({ 't2.penalty.decisions': 3100, 't2.coercion.decisions': 25 }));
  it('「一起复议都莫有」 zeroes 行政复议', () => expect(Object.keys(x('一起复议都莫有').cells).every((k) => k.startsWith('t4.review.'))).toBe(true));
});

describe('digits after 百 and 千 fill their places', () => {
  it('「公开栏2百07条」 is 207 and 「许可1千480件」 is 1,480 (never two numbers)', () => {
    expect(x('公开栏2百07条').facts.published_board).toBe(207);
    expect(x('许可1千480件').cells).toEqual({ 't2.license.decisions': 1480 });
  });
  it('「3百5」 stays the spoken 350', () => expect(x('网站发了3百5').facts.published_website).toBe(350));
});
