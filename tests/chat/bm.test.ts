// Classes fixed after the probe batch bm (2026-12-06), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('amounts that are not exact are never stored', () => {
  it('「两百挂零」 is a little over 200 (asked), never 0', async () => {
    expect(await one(['公众号两百挂零 网站八十'], { 'fact:published_website': 80 }, ['fact:published_newmedia'])).toEqual([]);
  });
  it('「五到六件」「10至12篇」: neither end of a range is stored', async () => {
    expect((await after(['律所大概五到六件'])).collateral).toEqual([]);
    expect((await after(['解读10至12篇'])).collateral).toEqual([]);
  });
});

describe('doubts and parts', () => {
  it('「心里没底」「好像写错了」 withdraw the last value', async () => {
    expect(await one(['许可三十件', '这个我心里没底'], {}, ['t2.license.decisions'])).toEqual([]);
    expect(await one(['回应关切五次', '好像写错了 回头再说'], {}, ['fact:responses'])).toEqual([]);
  });
  it('「个人那些里有三件是公司员工替单位要的 划给公司」 moves three; a part never overwrites the group\'s total', async () => {
    expect(await one(['新收 个人十二件 公司两件', '个人那些里有三件是公司员工替单位要的 划给公司'], { 't3.new.natural': 9, 't3.new.commercial': 5 })).toEqual([]);
    const o = await after(['新收 个人十二件', '有三件是员工替单位要的']);
    expect(o.collateral).toEqual(['t3.new.natural: undefined → 12']);
  });
  it('「部分公开里一件是大学的 另一件是协会的」 still splits a count between the groups it names', async () => {
    expect(await one(['部分公开 科研机构两件', '部分公开里一件是大学的 另一件是协会的'], { 't3.r2.research': 1, 't3.r2.welfare': 1 })).toEqual([]);
  });
});

describe('corrections in the forms bm found', () => {
  it('「更正一下 三百零三」 corrects the last value (「一下」 is no name)', async () => {
    expect(await one(['许可决定三百三十件', '更正一下 三百零三'], { 't2.license.decisions': 303 })).toEqual([]);
  });
  it('「八改五」 and 「十二是错的 十一件才对」 name the value by its old figure', async () => {
    expect(await one(['行政强制八件', '写错了 八改五'], { 't2.coercion.decisions': 5 })).toEqual([]);
    expect(await one(['企业申请部分公开十二件', '十二是错的 十一件才对'], { 't3.r2.commercial': 11 })).toEqual([]);
  });
  it('「漏了个零」「金额…应是」「万元那个…应写成」', async () => {
    expect(await one(['强制二十一件', '强制那个漏了个零 二百一十'], { 't2.coercion.decisions': 210 })).toEqual([]);
    expect(await one(['信息处理费收了四百元', '金额弄错了 应是四十'], { 'fee.charged': true, 'fee.amountYuan': 40 })).toEqual([]);
    expect(await one(['行政事业性收费3万元', '万元那个数应写成3.2'], { 't2.fee.amount': 3.2 })).toEqual([]);
  });
  it('a figure said to be wrong inside a paste is no value (「刚才说的210条是错的」)', async () => {
    expect(await one(['网站发布201条（刚才说的210条是错的），公众号55条'], { 'fact:published_website': 201, 'fact:published_newmedia': 55 })).toEqual([]);
  });
});

describe('moves without a word of moving', () => {
  it('a part of a stated total: 「八件里头三件只给了一部分」「四件当中一件是律所名义递的」', async () => {
    expect(await one(['企业的 予以公开八件', '八件里头三件只给了一部分'], { 't3.r1.commercial': 5, 't3.r2.commercial': 3 })).toEqual([]);
    expect(await one(['个人新申请四件', '四件当中一件是律所名义递的'], { 't3.new.natural': 3, 't3.new.legal': 1 })).toEqual([]);
  });
  it('a case of another kind (表四 row): 「有一件是复议完了才去起诉的」', async () => {
    expect(await one(['直接起诉 还在审两件', '有一件是复议完了才去起诉的'], { 't4.direct.pending': 1, 't4.after.pending': 1 })).toEqual([]);
  });
  it('「不算重复」「没按通知交钱」「还没出决定」 in plain words', async () => {
    expect(await one(['重复申请 个人两件', '有一件不算重复 是来投诉的 属于信访'], { 't3.r5_2.natural': 1, 't3.r5_1.natural': 1 })).toEqual([]);
    expect(await one(['逾期不补正 企业两件', '两件里一件其实是没按通知交钱'], { 't3.r6_1.commercial': 1, 't3.r6_2.commercial': 1 })).toEqual([]);
    expect(await one(['复议纠正三件', '三件里有一件复议机关还没出决定'], { 't4.review.corrected': 2, 't4.review.pending': 1 })).toEqual([]);
  });
  it('a breakdown of the applications received is still no move: 「新收十件 其中六件公开」', async () => {
    expect(await one(['新收 个人十件', '十件里六件予以公开'], { 't3.new.natural': 10, 't3.r1.natural': 6 })).toEqual([]);
  });
});

describe('groups named alone, and a result count larger than the last group\'s applications', () => {
  it('「企业 协会 今年一家也没来申请」 zeroes those two groups only; 「除了个人…其他都没有」 is unchanged', async () => {
    const o = await after(['企业 协会 今年一家也没来申请']);
    expect(o.collateral.sort()).toEqual(['t3.new.commercial: undefined → 0', 't3.new.welfare: undefined → 0']);
  });
  it('「居民九件」「公司两件」→「九件都公开了」 is 居民\'s, not the last group named', async () => {
    expect(await one(['居民申请九件', '公司两件', '九件都公开了'], { 't3.new.natural': 9, 't3.new.commercial': 2, 't3.r1.natural': 9 })).toEqual([]);
  });
});

describe('the group or the reason corrected without a number', () => {
  it('「弄混了 是律所申请的」 moves the last count whole; 「那件改一下 理由是需要另行制作」 moves it to the reason', async () => {
    expect(await one(['企业申请三件', '弄混了 是律所申请的'], { 't3.new.legal': 3 })).toEqual([]);
    expect(await one(['本机关不掌握 个人一件', '那件改一下 理由是需要另行制作'], { 't3.r4_2.natural': 1 })).toEqual([]);
  });
});

describe('plain fills in fresh words', () => {
  it('「乡亲们的申请」「被上级改了」「法院没支持我们」「新立」', async () => {
    expect(await one(['乡亲们交来的申请六件'], { 't3.new.natural': 6 })).toEqual([]);
    expect(await one(['复议有两件 一件被上级改了 一件维持'], { 't4.review.corrected': 1, 't4.review.upheld': 1 })).toEqual([]);
    expect(await one(['复议后又起诉的一件 法院没支持我们'], { 't4.after.corrected': 1 })).toEqual([]);
    expect(await one(['规范性文件今年新立三件'], { 't2.normative.issued': 3 })).toEqual([]);
  });
  it('the reply quotes a lawsuit without 「起诉起诉」', async () => {
    expect((await after(['没经过复议直接告到法院的有一件 还没判'])).reply).not.toMatch(/起诉起诉/);
  });
});

describe('found by hand: a doubt about a value the last turn did not give', () => {
  it('「公开栏那个我拿不准」 after 「处罚二十件」 withdraws 公开栏 if given earlier, never 处罚', async () => {
    expect(await one(['网站三百条 公开栏十二条', '处罚二十件', '公开栏那个我拿不准'], { 'fact:published_website': 300, 't2.penalty.decisions': 20 }, ['fact:published_board'])).toEqual([]);
    expect(await one(['处罚二十件', '公开栏那个我拿不准'], { 't2.penalty.decisions': 20 })).toEqual([]);
  });
  it('「物业那两件」 is a company\'s', async () => {
    expect(await one(['新收 居民九件 物业公司两件', '物业那两件 都予以公开'], { 't3.new.natural': 9, 't3.new.commercial': 2, 't3.r1.commercial': 2 })).toEqual([]);
  });
});

describe('found by hand: a correction whose words name the row keeps that row', () => {
  it('「个人部分公开的两件里 有一件其实是全给了」 never rewrites 予以公开 8 as 2', async () => {
    const o = await after(['新收 个人十二件', '个人的 予以公开八件 部分公开两件', '个人部分公开的两件里 有一件其实是全给了']);
    expect(o.collateral.filter((c) => c.startsWith('t3.r1.natural') && !/→ (?:8|9)$/.test(c))).toEqual([]);
  });
});

describe('「那件」 keeps pointing at an application whose result comes next', () => {
  it('「公司那件 让他补正 过了期限也没补 就不处理了」 is 逾期不补正 for 公司', async () => {
    expect(await one(['新收 公司一件', '公司那件 让他补正 过了期限也没补 就不再处理了'], { 't3.new.commercial': 1, 't3.r6_1.commercial': 1 })).toEqual([]);
  });
});

describe('found by hand: a count still waiting for its group lends no row to a turn that names its own result', () => {
  it('「律所那件 要的是执法卷宗 没给」 after 「不掌握两件」 (group asked) is never 不掌握·律所', async () => {
    const o = await after(['新收申请 个人十二件 公司三件 律所一件', '个人的 予以公开八件 部分公开两件 不掌握两件', '律所那件 要的是执法卷宗 没给']);
    // (不掌握两件 is 个人's: 个人的 is said before the counts of that turn.)
    expect(o.collateral.filter((c) => c.startsWith('t3.r4_1.') && !c.startsWith('t3.r4_1.natural: undefined → 2'))).toEqual([]);
  });
});
