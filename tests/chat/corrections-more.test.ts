// Corrections seen in the sixth session's probe batch dh (dh059, dh077, dh085, dh088, dh110), said in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a held figure named by its old value', () => {
  it('「230改320」 with no unit or name: the one value of the chat that was 230', async () => {
    expect(await one(['网站公开信息230条', '解读回应 12篇', '230改320'], { 'fact:published_website': 320, 'fact:interpretations': 12 })).toEqual([]);
  });
});

describe('the phone number, by a run of its digits', () => {
  it('「号码里8812那几位应该是8821」: that run only', async () => {
    expect(await one(['联系电话 0546-7788123', '号码里8812那几位应该是8821'], { 'meta.contact.phone': '0546-7788213' })).toEqual([]);
  });
  it('「电话尾号23改成32」: the end', async () => {
    expect(await one(['电话 0546-7788123', '电话尾号23改成32'], { 'meta.contact.phone': '0546-7788132' })).toEqual([]);
  });
  it('「再带上分机号 转8015」: the extension appended', async () => {
    expect(await one(['电话 0546-7788123', '电话后面再带上分机 转8015'], { 'meta.contact.phone': '0546-7788123转8015' })).toEqual([]);
  });
  it('a run the phone does not hold is another figure\'s: 「网站150改成160」 leaves the phone', async () => {
    const o = await after(['电话 0546-7788123', '政府网站150条', '电话没错 网站150改成160']);
    expect(o.collateral).toContain('fact:published_website: undefined → 160');
    expect(o.collateral.filter((c) => c.startsWith('meta.contact.phone')).every((c) => c.endsWith('"0546-7788123"'))).toBe(true);
  });
});

describe('an applicant said wrong, with no count', () => {
  it('「刚才说错了 不是个人 是律师事务所」: every cell of 自然人 moves to 法律服务机构, emptied where it was', async () => {
    expect(await one(['依申请 个人2件', '1件公开 1件不掌握', '刚才说错了 不是个人 是律师事务所'], { 't3.new.legal': 2, 't3.r1.legal': 1, 't3.r4_1.legal': 1 })).toEqual([]);
  });
  it('not when the other applicant already has cases (asked or left, never merged)', async () => {
    const o = await after(['依申请 个人2件 律所1件', '都公开了', '不是个人 是律所']);
    expect(o.collateral.filter((c) => c.startsWith('t3.new.legal') && !c.endsWith('→ 1'))).toEqual([]);
  });
});
