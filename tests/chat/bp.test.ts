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
