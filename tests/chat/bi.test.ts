// Classes fixed after the probe batch bi (2026-12-06: whole conversations), each said in other words than the probe's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });
const one = async (turns: string[], set: Record<string, unknown>, ask: string[] = []) => run([{ id: 'c', turns, expect: { set: set as never, ask, nothing: false } }]);

describe('corrections that name their item in other words', () => {
  it('words that name no value of the conversation are asked about, never put on the topic\'s last value', async () => {
    const [o] = await one(['许可决定一百零五', '强制措施六', '审批那个数填错了 一百五十'], { 't2.license.decisions': 105, 't2.coercion.decisions': 6 });
    expect(o?.wrong ?? []).toEqual([]);
    expect(o?.collateral ?? []).toEqual([]);
  });
  it('「听课的人数」「培训的人数」 are the trainees, not the trainings', async () => {
    expect(await one(['培训四次', '参训七十人次', '培训的人数说少了 九十'], { 'fact:trainings': 4, 'fact:trainees': 90 })).toEqual([]);
  });
  it('「那笔钱写多了」 corrects the 信息处理费 the clerk gave; 「写多了」 is a correction', async () => {
    expect(await one(['信息处理费收了三百元', '解读六篇', '那笔钱写多了 二百元'], { 'fee.charged': true, 'fee.amountYuan': 200, 'fact:interpretations': 6 })).toEqual([]);
  });
  it('「落款延后到二月三号」 moves the date; 「尾号错了 是…」 is the phone', async () => {
    expect(await one(['落款2025年1月28日', '落款延后到二月三号'], { 'meta.date': '2025-02-03' })).toEqual([]);
    expect(await one(['联系电话0571-6612345', '尾号写错了 是0571-6612354'], { 'meta.contact.phone': '0571-6612354' })).toEqual([]);
  });
  it('「撤销 那条是去年的」 undoes the last turn', async () => {
    expect(await one(['行政复议1件 维持', '撤销 那条是去年的'], {})).toEqual([]);
  });
});

describe('numbers and stories', () => {
  it('a teen numeral after a 表二 row (「强制十三」) and a single digit (「处罚六」) are counts', () => {
    expect(x('许可十三 处罚六').cells).toEqual({ 't2.license.decisions': 13, 't2.penalty.decisions': 6 });
  });
  it('「直接告的」 is a lawsuit without review, 「胜诉」 is 维持, 「复议完又去法院」 is after review', () => {
    expect(x('直接告的1件 法院判我们胜诉').cells).toEqual({ 't4.direct.upheld': 1 });
    expect(x('复议完又上法院的1件 撤诉了').cells).toEqual({ 't4.after.other': 1 });
  });
  it('「企业两家的 一件公开 一件部分公开」: the group\'s count is broken down, not a count of the row before', async () => {
    expect(await one(['予以公开个人三件', '企业两家的 一件给了 一件部分公开'], { 't3.r1.natural': 3, 't3.r1.commercial': 1, 't3.r2.commercial': 1 })).toEqual([]);
  });
  it('「3件是个人的，1件是企业的」 stays a list of groups', () => expect(x('收到4件 3件是个人的，1件是企业的').cells).toMatchObject({ 't3.new.natural': 3, 't3.new.commercial': 1 }));
  it('「两件…讨论稿 没给」: 没给 after a count is how they were answered, never a 0', () => {
    const c = x('有两件要的是会议讨论稿 没给 都是个人的').cells;
    expect(Object.values(c).every((v) => v !== 0)).toBe(true);
  });
  it('「解读是二十篇 多算了两篇」: the reason of a correction is no second figure', () => expect(x('解读那块是二十篇 多算了两篇转载的').facts.interpretations).toBe(20));
});

describe('「其余都填0」 leaves the cells still asked about', () => {
  it('a count whose applicant was asked is not zeroed by the next 「表三其余都填0」', async () => {
    const [o] = await one(['不予公开 过程性信息两件', '表三其余空着的都填0'], {});
    // the two 过程性信息 cells of the asked row stay blank (no 0 in any of its columns)
    expect((o?.collateral ?? []).some((c) => c.startsWith('t3.r3_6.'))).toBe(false);
  });
});
