// Classes fixed after the probe batch bk (2026-12-06), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('part of a 表三 count moves to another result or applicant group', () => {
  it('「其中两件其实是不掌握的」 moves two of the last count to the row named', async () => {
    expect(await one(['企业的 部分公开五件', '其中两件其实是本机关不掌握'], { 't3.r2.commercial': 3, 't3.r4_1.commercial': 2 })).toEqual([]);
  });
  it('「律所那三件有一件算到个人」 moves between applicant groups of the same row', async () => {
    expect(await one(['本年新收 律所三件 个人七件', '律所那三件有一件算到个人'], { 't3.new.legal': 2, 't3.new.natural': 8 })).toEqual([]);
  });
  it('「把部分公开的挪一件到予以公开」 and 「不是X」 naming the count it leaves', async () => {
    expect(await one(['个人的 部分公开四件', '把部分公开的挪一件到予以公开'], { 't3.r2.natural': 3, 't3.r1.natural': 1 })).toEqual([]);
    expect(await one(['重复申请的 个人三件', '有一件应该是信访类 不是重复申请'], { 't3.r5_2.natural': 2, 't3.r5_1.natural': 1 })).toEqual([]);
  });
  it('「要我们重新汇总做表」 is 需另行制作', async () => {
    expect(await one(['个人申请的 不掌握两件', '有一件不是不掌握 是要我们重新汇总做个表'], { 't3.r4_1.natural': 1, 't3.r4_2.natural': 1 })).toEqual([]);
  });
  it('a breakdown of the applications received is no move (results are filled, 新收 stays)', async () => {
    expect(await one(['收到个人申请十件', '其中六件公开了'], { 't3.new.natural': 10, 't3.r1.natural': 6 })).toEqual([]);
  });
  it('a count the conversation does not hold, or one named by words the format does not know, moves nothing', async () => {
    expect((await after(['企业那两件其实算到律所'])).collateral).toEqual([]);
    const o = await after(['个人的 予以公开五件', '让他补充说明的那件 其实后来也给了']);
    expect(o.collateral.filter((c) => !c.startsWith('t3.r1.natural: undefined → 5'))).toEqual([]);
  });
});

describe('a 表四 case moves to another result or another kind of case', () => {
  it('a pending case decided: 「还没判的那件 判下来了 维持」 leaves 0 pending', async () => {
    expect(await one(['直接起诉的官司两件 都还没判', '还没判的那件 其实判下来了 维持'], { 't4.direct.pending': 1, 't4.direct.upheld': 1 })).toEqual([]);
  });
  it('「其中一件是对方撤诉」 moves one to 其他结果', async () => {
    expect(await one(['复议后起诉的 维持三件', '其中一件不是维持 是对方撤诉了'], { 't4.after.upheld': 2, 't4.after.other': 1 })).toEqual([]);
  });
  it('a case in the wrong row moves whole and its cell is emptied: 「写错了 那件是直接起诉的」', async () => {
    expect(await one(['复议维持一件', '写错了 那件是直接起诉的'], { 't4.direct.upheld': 1 })).toEqual([]);
  });
  it('「复议那条改成纠正」 two turns later names the row', async () => {
    expect(await one(['行政复议维持一件', '复议后起诉的纠正一件', '复议那条改成纠正'], { 't4.review.corrected': 1, 't4.after.corrected': 1 })).toEqual([]);
  });
});

describe('negations that name another table, and 「按…没处理」', () => {
  it('「诉讼今年没人申请」 zeroes 表四 only; 「没人申请公开 复议也没有」 still names both', async () => {
    const o = await after(['行政诉讼今年没有人申请']);
    expect(o.collateral.filter((c) => c.startsWith('t3.'))).toEqual([]);
    expect(o.collateral.some((c) => c.startsWith('t4.direct.'))).toBe(true);
    const both = await after(['今年没人申请过信息公开 复议也没有']);
    expect(both.collateral.some((c) => c.startsWith('t3.new.'))).toBe(true);
  });
  it('「那件按信访处理了 没再受理」-style 「按X没处理」 says how one case went, never that X had none', async () => {
    const o = await after(['还有一个 我们按重复申请不予处理了']);
    expect(o.collateral.filter((c) => /→ 0$/.test(c))).toEqual([]);
  });
});

describe('a value named by a nickname in a correction', () => {
  it('「扣押的那个数改成九」「审批了的写错了 是三百」', async () => {
    expect(await one(['行政强制十二件', '扣押的那个数改成九'], { 't2.coercion.decisions': 9 })).toEqual([]);
    expect(await one(['许可三百零三件', '审批了的写错了 是三百'], { 't2.license.decisions': 300 })).toEqual([]);
  });
  it('「上课的人写多了 是九十」「上面来查的是三次」', async () => {
    expect(await one(['培训人次一百', '上课的人写多了 是九十'], { 'fact:trainees': 90 })).toEqual([]);
    expect(await one(['督查检查两次', '上面来查的其实是三次'], { 'fact:inspections': 3 })).toEqual([]);
  });
});

describe('runs of single digits and corrections that name a column', () => {
  it('「不予公开 居民三 物业一」: one Chinese digit after each group is its count', async () => {
    const o = await after(['部分公开 老百姓五 律所二']);
    expect(o.collateral.sort()).toEqual(['t3.r2.legal: undefined → 2', 't3.r2.natural: undefined → 5']);
  });
  it('a word followed by 一 inside a phrase is no count (「企业一直没来」)', async () => {
    expect((await after(['企业一直没来申请过'])).collateral.filter((c) => /→ 1$/.test(c))).toEqual([]);
  });
  it('「公司那个改一下 是四件」 corrects the one 公司 result given, not a new cell of the last row', async () => {
    expect(await one(['予以公开 个人十 公司三', '部分公开 个人二', '公司那个改一下 是四件'], { 't3.r1.natural': 10, 't3.r1.commercial': 4, 't3.r2.natural': 2 })).toEqual([]);
  });
});

describe('a count of cases said to be another group\'s', () => {
  it('「协会那三件 基金会的是两件 另一件其实是律所」 moves the last one (the middle part stays)', async () => {
    expect(await one(['新收 律所四件 协会三件', '协会那三件 基金会的是两件 另一件其实是律所'], { 't3.new.legal': 5, 't3.new.welfare': 2 })).toEqual([]);
  });
  it('「有两件其实是企业」 with no count it can come from is asked, never the group\'s new total', async () => {
    const o = await after(['新收 企业六件', '更正一下 有两件其实是企业']);
    expect(o.collateral).toEqual(['t3.new.commercial: undefined → 6']);
  });
});
