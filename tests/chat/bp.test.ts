// Classes fixed after the probe batch bp (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('corrections in the forms bp found', () => {
  it('「万元那个说错了」 names the 万元 cell (万 is no numeral there), not the fee in 元', async () => {
    expect(await one(['规费收了2.4万 信息处理费收了80块', '万元那个写错了 2.1'], { 't2.fee.amount': 2.1, 'fee.charged': true, 'fee.amountYuan': 80 })).toEqual([]);
  });
  it('「最后两位反了 改成0731-5528104」 corrects the phone given', async () => {
    expect(await one(['电话0731-5528140', '最后两位反了 改成0731-5528104'], { 'meta.contact.phone': '0731-5528104' })).toEqual([]);
  });
});

describe('cases counted one by one', () => {
  it('「一件是大学的 另一件是研究所的」 restates the two 科研机构 applications, never makes them one', async () => {
    expect(await one(['科研机构申请了两件', '一件是大学的 另一件是研究所的'], { 't3.new.research': 2 })).toEqual([]);
  });
});

describe('results told separately for the applications carried in and those received this year', () => {
  it('「结转的…公开了」 then 「新收的四件 三件公开 一件本机关不掌握」: 予以公开 holds both (1 + 3)', async () => {
    const turns = ['上年结转企业1件', '今年新收企业4件', '结转那1件今年公开了', '新收的4件 3件公开 1件本机关不掌握'];
    expect(await one(turns, { 't3.carried.commercial': 1, 't3.new.commercial': 4, 't3.r1.commercial': 4, 't3.r4_1.commercial': 1 })).toEqual([]);
  });
  it('「结转的两件今年都公开了」: decided this year, so carried in (never 结转下年度), and asked no more', async () => {
    expect(await one(['上年结转个人2件', '结转的两件今年都公开了'], { 't3.carried.natural': 2, 't3.r1.natural': 2 })).toEqual([]);
  });
  it('a bare 「没给」 after the subject was broken down is of the part just counted', async () => {
    const turns = ['今年新收个人十件', '新收的十件 七件公开 三件是过程性信息 没给'];
    expect(await one(turns, { 't3.new.natural': 10, 't3.r1.natural': 7, 't3.r3_6.natural': 3 })).toEqual([]);
  });
});
