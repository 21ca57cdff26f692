// Defects a read-only review found in this session's chat changes (2026-12-07, second review), each fixed and pinned.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('new intake words reach only counts of cases', () => {
  it('「今年局里又来了两个人」 is no application (had overwritten 本年新收 5 with 2)', async () => {
    expect(await one(['收到自然人申请5件', '今年局里又来了两个人'], { 't3.new.natural': 5 })).toEqual([]);
  });
  it('「重新申请」 holds no 「新申请」 (had overwritten 本年新收 10 with 2)', async () => {
    expect(await one(['收到自然人申请10件', '有2件是重新申请的 属于重复申请'], { 't3.new.natural': 10, 't3.r5_2.natural': 2 })).toEqual([]);
  });
});

describe('a result\'s count never replaces the applications received', () => {
  it('「有2件是申请人填错了表格 逾期不补正」 (a correction word inside 填错了) keeps 本年新收 10', async () => {
    expect(await one(['收到自然人申请10件 予以公开5件', '有2件是申请人填错了表格 逾期不补正'], { 't3.new.natural': 10, 't3.r1.natural': 5, 't3.r6_1.natural': 2 })).toEqual([]);
  });
  it('「企业是3件」 still corrects the applications', async () => {
    expect(await one(['企业申请4件', '更正一下 企业是3件'], { 't3.new.commercial': 3 })).toEqual([]);
  });
});

describe('a count said with its own subject is a value, whatever it equals', () => {
  it('「收到自然人申请12件中有3件予以公开」 after 许可12件', async () => {
    expect(await one(['行政许可12件', '收到自然人申请12件中有3件予以公开'], { 't2.license.decisions': 12, 't3.new.natural': 12, 't3.r1.natural': 3 })).toEqual([]);
  });
  it('「自然人申请共12件，申请里有3件是要会议纪要的，属于过程性信息」 stores both', async () => {
    expect(await one(['自然人申请共12件，申请里有3件是要会议纪要的，属于过程性信息'], { 't3.new.natural': 12, 't3.r3_6.natural': 3 })).toEqual([]);
  });
});

describe('words that look like doubts, guesses or articles in ordinary sentences', () => {
  it('「先去掉重复的五件 按四十件算」 does not empty the 45 given', async () => {
    expect(await one(['收到自然人申请45件', '先去掉重复的五件 按四十件算'], { 't3.new.natural': 45 })).toEqual([]);
  });
  it('「二十万八千条」 is exact; 「就出了一个文件」 is a count of one', async () => {
    expect(await one(['主动公开信息二十万八千条'], { 'fact:published_total': 208000 })).toEqual([]);
    expect(await one(['规范性文件今年就出了一个文件'], { 't2.normative.issued': 1 })).toEqual([]);
  });
  it('「这次下发的通知5件」 is no 本年制发 of 规章', async () => {
    expect(await one(['规章 这次下发的通知5件'], {}, ['t2.rules.issued', 't2.rules.repealed', 't2.rules.valid'])).toEqual([]);
  });
});

describe('third review of this session\'s chat changes', () => {
  it('a group that applied keeps its column: 「另外的企业申请了2件 都予以公开」「关于企业的申请有2件，都公开了」', async () => {
    expect(await one(['自然人申请3件 予以公开3件', '另外的企业申请了2件 都予以公开'], { 't3.new.natural': 3, 't3.r1.natural': 3, 't3.new.commercial': 2, 't3.r1.commercial': 2 })).toEqual([]);
    expect(await one(['个人申请4件', '关于企业的申请有2件，都公开了'], { 't3.new.natural': 4, 't3.new.commercial': 2, 't3.r1.commercial': 2 })).toEqual([]);
  });
  it('results said while another group is still to be counted are not put on the one group held', async () => {
    const fails = await one(['自然人申请10件', '商业企业那边还没统计', '予以公开6件 不予公开2件'], { 't3.new.natural': 10 });
    expect(fails.flatMap((f) => [...f.wrong, ...f.collateral]).filter((x) => /t3\.r/.test(x))).toEqual([]);
  });
  it('「都是公开文件」 is no decision; 「第二次申请的那件予以公开了」 is no 重复申请', async () => {
    expect(await one(['自然人申请2件', '申请的都是公开文件 2件都答复了'], { 't3.new.natural': 2 })).toEqual([]);
    const fails = await one(['自然人申请3件', '第二次申请的那件予以公开了'], { 't3.new.natural': 3 });
    expect(fails.flatMap((f) => f.collateral).filter((x) => /r5_2/.test(x))).toEqual([]);
  });
  it('「没废的有12件」 are the ones in force, never 本年废止', async () => {
    expect(await one(['规范性文件今年发了3件 没废的有12件'], { 't2.normative.issued': 3, 't2.normative.valid': 12 })).toEqual([]);
  });
  it('one 乾 in a place name is no traditional message: 「乾县」 stays', async () => {
    const fails = await one(['我们是乾县的 网站发了120条'], { 'fact:published_website': 120 });
    expect(fails).toEqual([]);
  });
});

describe('found by hand over HTTP (a 县 bureau, 15 turns)', () => {
  it('「复议 维持3件 纠正1件 / 直接起诉的 维持2件」: the slash parts two statements (纠正1件 had gone to 直接起诉)', async () => {
    expect(await one(['复议 维持4件 纠正2件 / 直接起诉的 维持1件'], { 't4.review.upheld': 4, 't4.review.corrected': 2, 't4.direct.upheld': 1 })).toEqual([]);
  });
  it('「不对 收费账上是32500」 never lands on 收费通知书 0 (a correction fifty times the value it replaces is asked)', async () => {
    const fails = await one(['信息处理费没收过 收费通知书也没开过 落款1月23日', '不对 收费账上是32500'], { 'fee.charged': false, 'fee.notices': 0, 'meta.date': '2025-01-23' });
    expect(fails.flatMap((f) => f.wrong)).toEqual([]);
  });
  it('「行政事业性收费 收了23500块」→「不对 收费账上是32500」 is 3.25 万元', async () => {
    expect(await one(['行政事业性收费 收了23500块', '不对 收费账上是32500'], { 't2.fee.amount': 3.25 })).toEqual([]);
  });
});

describe('last classes of the session', () => {
  it('「今年没印发新的规范性文件 清理废止倒是有4件」: the denied column is 0, the count is 本年废止', async () => {
    expect(await one(['今年局里没印发新的规范性文件 清理废止倒是有4件'], { 't2.normative.issued': 0, 't2.normative.repealed': 4 })).toEqual([]);
  });
  it('「许可多的是 但强制今年一次没用」 zeroes 强制 only', async () => {
    expect(await one(['许可多的是 但强制今年一次没用'], { 't2.coercion.decisions': 0 })).toEqual([]);
  });
  it('「号码最后一位是5 0731-4412345」: the whole new number, not the digit before it', async () => {
    expect(await one(['联系电话0731-4412346', '不对 电话最后一位是5 0731-4412345'], { 'meta.contact.phone': '0731-4412345' })).toEqual([]);
  });
  it('「跟去年一个数」 is no count of one; 「拿不稳 别急着填」 withdraws the value named', async () => {
    expect(await one(['解读跟去年一个数'], {}, ['fact:interpretations'])).toEqual([]);
    expect(await one(['复议维持4件 纠正1件', '纠正那个数我拿不稳 别急着填'], { 't4.review.upheld': 4 }, ['t4.review.corrected'])).toEqual([]);
  });
});
