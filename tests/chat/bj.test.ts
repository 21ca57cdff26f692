// Classes fixed after the probe batch bj (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });
const one = async (turns: string[], set: Record<string, unknown>) => run([{ id: 'c', turns, expect: { set: set as never, ask: [], nothing: false } }]);

describe('corrections by position, by 号码, and 「那个是去年的」', () => {
  it('「第一个说错了」「把后一个改成…」 name a value of the last turn by its place', async () => {
    expect(await one(['培训五次 督查两次', '第一个说错了 六'], { 'fact:trainings': 6, 'fact:inspections': 2 })).toEqual([]);
    expect(await one(['网站二百 公众号九十', '把后一个改成九十五'], { 'fact:published_website': 200, 'fact:published_newmedia': 95 })).toEqual([]);
  });
  it('「号码少了区号 0571-…」 is the phone', async () => {
    expect(await one(['联系电话6612345', '号码少了区号 0571-6612345'], { 'meta.contact.phone': '0571-6612345' })).toEqual([]);
  });
  it('「噢 那个是去年的 今年的还没统计」 withdraws the last value', async () => {
    const [o] = await one(['公众号发了二百六', '噢 那个是去年的 今年的还没统计'], {});
    expect(o?.collateral ?? []).toEqual([]);
  });
});

describe('numbers, lawsuits and answers told in plain words', () => {
  it('「强制2千零三十」 is 2,030', () => expect(x('强制2千零三十').cells['t2.coercion.decisions']).toBe(2030));
  it('「没复议 直接去法院」 is a lawsuit without review, never a review', () => {
    const c = x('有家企业没复议 直接去法院告了 判我们败诉').cells;
    expect(Object.keys(c).some((k) => k.startsWith('t4.review.'))).toBe(false);
    expect(c['t4.direct.corrected']).toBe(1);
  });
  it('「重复来申请的…没有」 is 重复申请, not the applications received; 「大量反复申请」 stays its own reason', () => {
    expect(x('企业的申请里 重复来申请的一件没有').cells).toEqual({ 't3.r5_2.commercial': 0 });
    expect(x('个人大量反复申请 不予处理2件').cells).toEqual({ 't3.r5_4.natural': 2 });
  });
  it('「部分给了部分没给的 个人三件」 is 部分公开', () => expect(x('部分给了部分没给的 个人三件').cells).toEqual({ 't3.r2.natural': 3 }));
  it('a bare 「驳回」 is asked (驳回起诉 or 驳回诉讼请求); 「驳回了起诉」 is 其他结果', () => {
    expect(x('直接起诉1件 法院驳回了原告').cells).toEqual({});
    expect(x('直接起诉1件 法院驳回了起诉').cells).toEqual({ 't4.direct.other': 1 });
  });
  it('「…所以不公开」「按规定没给」 closing a request never zeroes its reason or 表二 处罚', () => {
    expect(Object.values(x('律所要的是一个行政处罚案件的卷宗 按规定没给').cells)).not.toContain(0);
    expect(Object.values(x('协会想要的是还没定下来的方案 所以不公开').cells)).not.toContain(0);
  });
});

describe('part of a 表三 count moved, and a slipped zero with no number', () => {
  it('「律所那三件里有一件其实是企业递的」 moves one count to another group, the rest stays', async () => {
    expect(await one(['新收 个人八件 律所三件', '律所那三件里有一件其实是企业递的'], { 't3.new.natural': 8, 't3.new.legal': 2, 't3.new.commercial': 1 })).toEqual([]);
  });
  it('「部分公开那两件里有一件其实是全给了的」 moves one count to 予以公开 in the same column', async () => {
    expect(await one(['予以公开 企业四件', '部分公开 企业两件', '部分公开那两件里有一件其实是全给了的'], { 't3.r1.commercial': 5, 't3.r2.commercial': 1 })).toEqual([]);
  });
  it('a count the conversation does not hold, or not enough of it, moves nothing', async () => {
    const [o] = await one(['新收 个人两件', '企业那三件里有一件其实是律所的'], { 't3.new.natural': 2 });
    expect(o?.collateral ?? []).toEqual([]);
  });
  it('「回应那个数少写了一个零」 multiplies the value named; 「25写反了 52」 is a correction', async () => {
    expect(await one(['回应关切十二次', '回应那个数少写了一个零'], { 'fact:responses': 120 })).toEqual([]);
    expect(await one(['政策解读25篇', '25写反了 52'], { 'fact:interpretations': 52 })).toEqual([]);
  });
});

describe('「其他申请人都没有」 (seen using the product by hand on a fresh clone)', () => {
  const turns = ['今年收到申请 居民提的四件 企业提的两件', '居民的都公开了 企业那两件是我们没有这个信息'];
  it('with a row named (「新收的其他申请人都没有」) zeroes only its blank columns, never the counts given', async () => {
    const [o] = await one([...turns, '新收的其他申请人都没有'], { 't3.new.natural': 4, 't3.new.commercial': 2, 't3.r1.natural': 4, 't3.r4_1.commercial': 2, 't3.new.research': 0, 't3.new.welfare': 0, 't3.new.legal': 0, 't3.new.other': 0 });
    expect(o?.wrong ?? []).toEqual([]);
    expect(o?.collateral ?? []).toEqual([]);
  });
  it('after the results were told, 「其他申请人」 are of the applications received, not of the last result row', async () => {
    expect(await one([...turns, '其他申请人都没有'], { 't3.new.natural': 4, 't3.new.commercial': 2, 't3.r1.natural': 4, 't3.r4_1.commercial': 2, 't3.new.research': 0, 't3.new.welfare': 0, 't3.new.legal': 0, 't3.new.other': 0 })).toEqual([]);
  });
});

describe('「是X 不是Y」 right after the turn that set the count, with a lead-in or the count pointed at', () => {
  it('an applicant group: 「改一下 是律所的 不是企业」', async () => {
    expect(await one(['企业申请的 部分公开两件', '改一下 是律所的 不是企业'], { 't3.r2.legal': 2 })).toEqual([]);
  });
  it('a result row, same column: 「错了 那一件是执法案卷 不是过程性信息」', async () => {
    expect(await one(['不予公开里属于过程性信息的 企业一件', '错了 那一件是执法案卷 不是过程性信息'], { 't3.r3_7.commercial': 1 })).toEqual([]);
  });
});

describe('「批件」 is the 行政许可 count', () => {
  it('「批件那个数多报了 九百」 corrects 许可, not the last value given', async () => {
    expect(await one(['行政许可九百三十 强制十二', '批件那个数多报了 九百'], { 't2.license.decisions': 900, 't2.coercion.decisions': 12 })).toEqual([]);
  });
});

describe('corrections that name a row, money said with 万, and a change of staff (2026-12-06, later)', () => {
  it('「一万五」 for a 万元 column is 1.5 万元, said first or as a correction', async () => {
    expect(x('行政事业性收费一万五').cells['t2.fee.amount']).toBe(1.5);
    expect(await one(['事业性收费收了十五万', '收费多了个零 是一万五'], { 't2.fee.amount': 1.5 })).toEqual([]);
  });
  it('「规范性文件那个错了 是二」 corrects the one column of that row the clerk gave', async () => {
    expect(await one(['规范性文件废止了三件', '规范性文件那个错了 是二'], { 't2.normative.repealed': 2 })).toEqual([]);
  });
  it('the same row with two columns given is still asked which one', async () => {
    const [o] = await one(['规范性文件制发三件 废止一件', '规范性文件那个错了 是二'], { 't2.normative.issued': 3, 't2.normative.repealed': 1 });
    expect(o).toBeUndefined();
  });
  it('「有两个人退休了」 is a change, never the count of staff', async () => {
    expect(await one(['负责公开的同志六个', '人员那块是四个 有两个退休了'], { 'fact:staff': 4 })).toEqual([]);
    expect(x('工作人员7人 其中一名今年调走了').facts.staff).toBe(7);
  });
});
