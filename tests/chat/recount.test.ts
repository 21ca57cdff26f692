// A count recounted turns after it was given (2026-12-07, fourth session; classes from probe batch ck), said in other
// words than the probes': cases counted twice or left out change the count and its companion, never anything else.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('cases counted twice', () => {
  it('「企业那9件录重了一件 是部分公开的」 takes one from the applications and from 部分公开', async () => {
    const turns = ['企业申请9件', '企业 公开6件 部分公开3件', '企业那9件录重了一件 是部分公开的'];
    expect(await one(turns, { 't3.new.commercial': 8, 't3.r1.commercial': 6, 't3.r2.commercial': 2 })).toEqual([]);
  });
  it('a result counted twice takes its application along when the column holds only this year\'s', async () => {
    const turns = ['个人申请12件', '个人 公开9 重复申请3件', '重复申请那3件多记了一件 实际是2件'];
    expect(await one(turns, { 't3.new.natural': 11, 't3.r1.natural': 9, 't3.r5_2.natural': 2 })).toEqual([]);
  });
  it('a 表四 count counted twice changes only itself', async () => {
    expect(await one(['行政复议 纠正4件 维持1件', '复议纠正那4件登了两遍的有一件'], { 't4.review.corrected': 3, 't4.review.upheld': 1 })).toEqual([]);
  });
  it('「多算了一件 那件该是不予公开」 moves the case between results; the applications stay', async () => {
    const turns = ['律所申请5件', '律所 公开4 部分公开1', '律所公开那个多算了一件 那件该是不予公开里的国家秘密'];
    expect(await one(turns, { 't3.new.legal': 5, 't3.r1.legal': 3, 't3.r3_1.legal': 1, 't3.r2.legal': 1 })).toEqual([]);
  });
  it('a count stated after that does not agree changes nothing', async () => {
    const o = await after(['企业申请9件', '企业那9件重了一件 实际是7件']);
    expect(o.collateral).toEqual(['t3.new.commercial: undefined → 9']);
  });
  it('「算重复」 is a result, no case counted twice', async () => {
    const turns = ['个人申请6件', '个人 公开4 信访类2', '信访那两件里有一件是同一个人又来问一遍 算重复'];
    expect(await one(turns, { 't3.new.natural': 6, 't3.r1.natural': 4, 't3.r5_1.natural': 1, 't3.r5_2.natural': 1 })).toEqual([]);
  });
  it('a result named without its applicant, when several applicants applied, is asked; nothing changes', async () => {
    const turns = ['个人申请5件 企业申请2件', '个人的都公开了 企业的也都公开了', '公开的那些里有一件登重了'];
    const o = await after(turns);
    expect(o.collateral.filter((c) => !c.endsWith('→ 5') && !c.endsWith('→ 2'))).toEqual([]);
    expect(o.reply).toContain('哪一项');
  });
});

describe('cases left out, no new total said', () => {
  it('「律所那边漏了两件 年底才收的 转明年办」 adds to the applications and to 结转下年度', async () => {
    const turns = ['律所申请3件', '律所那3件 都公开了', '律所那边漏了两件 11月底才收的 转明年办'];
    expect(await one(turns, { 't3.new.legal': 5, 't3.r1.legal': 3, 't3.next.legal': 2 })).toEqual([]);
  });
  it('「结转过来的少登了一件 那件只给了一部分」 adds to 上年结转 and 部分公开', async () => {
    const turns = ['上年结转 个人1件', '今年个人新收4件', '个人这5件 全部公开', '结转过来的少登了一件 那件只给了一部分'];
    expect(await one(turns, { 't3.carried.natural': 2, 't3.new.natural': 4, 't3.r1.natural': 5, 't3.r2.natural': 1 })).toEqual([]);
  });
  it('without the result said, the applications take the cases and the result is asked', async () => {
    const o = await after(['企业申请4件', '企业的4件都公开了', '企业那块少记了一件']);
    expect(o.collateral).toContain('t3.new.commercial: undefined → 5');
    expect(o.collateral).toContain('t3.r1.commercial: undefined → 4');
    expect(o.reply).toContain('怎么办理');
  });
  it('「复议后起诉少登了一件 是判纠正的」 adds the case to 纠正 only', async () => {
    expect(await one(['复议后起诉的 维持2件', '复议后起诉少登了一件 是判纠正的'], { 't4.after.upheld': 2, 't4.after.corrected': 1 })).toEqual([]);
  });
});
