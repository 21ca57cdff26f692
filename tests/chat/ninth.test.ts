// Classes seen in the ninth session's batches dz, ea, eb and ec (eb075, eb102, ea084, ec083, ec049, ec076), in other words.
import { describe, expect, it } from 'vitest';
import { after, one, run } from './failures.js';

describe('an applicant\'s count heading its results, after a negation of other applicants (eb075)', () => {
  it('「依申请 企业没有 公益组织也没有 个人的5件里公开4件 1件不掌握」 denies no 居民 and takes the 5 as their intake', async () => {
    expect(await one(['依申请 企业没有 公益组织也没有 个人的5件里公开4件 1件不掌握'], {
      't3.new.commercial': 0, 't3.new.welfare': 0, 't3.new.natural': 5, 't3.r1.natural': 4, 't3.r4_1.natural': 1,
    })).toEqual([]);
  });
  it('still: 「上年转过来的 企业的2件个人的1件」 keeps both as carried over', async () => {
    expect(await one(['上年转过来的 企业的2件个人的1件'], { 't3.carried.commercial': 2, 't3.carried.natural': 1 })).toEqual([]);
  });
});

describe('「逾期不缴费…的没有」 is the 表三 row, not an unpaid fee (eb102)', () => {
  it('with a fee spoken of before, the row is denied and whether a fee was charged is left alone', async () => {
    const o = await after(['信息处理费 通知书发了2份 逾期未缴费不再处理的一件也没有']);
    expect(o.collateral).toContain('t3.r6_2.natural: undefined → 0');
    expect(o.collateral.join()).not.toContain('fee.charged');
  });
  it('still: 「通知发了1份 申请人一直没交钱」 is no fee charged', async () => {
    expect(await one(['收费通知发了1份 申请人一直没交钱'], { 'fee.notices': 1, 'fee.charged': false })).toEqual([]);
  });
});

describe('a phone number that is another office\'s is not the report\'s (ea084, ec083)', () => {
  it('a help desk the clerk calls: asked, never stored', async () => {
    const o = await after(['县大数据局运维的电话0731-5561208 系统出问题我就打给他们']);
    expect(o.collateral).toEqual([]);
  });
  it('a pasted notice to every town gives its sender\'s number', async () => {
    const o = await after(['转发：各街道：请于1月15日前将年度报告报送区政务公开办。联系人王某，电话0571-8620334。']);
    expect(o.collateral.join()).not.toContain('meta.contact.phone');
  });
  it('still: 「联系电话0731-5561208」 is stored', async () => {
    expect(await one(['联系电话0731-5561208'], { 'meta.contact.phone': '0731-5561208' })).toEqual([]);
  });
});

describe('two sources\' figures for one subject are asked, never one of them stored (ec049)', () => {
  it('「平台上是64 台账里是61」 (台账 is a ledger, no count of machines)', async () => {
    expect(await one(['公众号 平台上是64 台账里是61'], {}, ['fact:published_newmedia'])).toEqual([]);
  });
  it('「小王说12 主任说15」 for 行政强制', async () => {
    expect(await one(['行政强制 小王说12 主任说15'], {}, ['t2.coercion.decisions'])).toEqual([]);
  });
});

describe('single events each dated apart are counted (ec076)', () => {
  it('「培训 4月一次 8月一次 11月一次」 is 3', async () => {
    expect(await one(['培训 4月一次 8月一次 11月一次'], { 'fact:trainings': 3 })).toEqual([]);
  });
  it('still: 「督查 5月一次 9月两次」 (not all single) is asked', async () => {
    const o = await after(['督查检查 5月一次 9月两次']);
    expect(o.collateral).toEqual([]);
  });
});

describe('a part moved to where 公开 or 给了 alone says it belongs (eb009)', () => {
  const start = ['依申请 老百姓来了6件', '老百姓的6件 公开4件 不掌握2件'];
  it('「不掌握的那两件里有一件其实公开了」 moves one to 予以公开', async () => {
    expect(await one([...start, '不掌握的那两件里有一件其实公开了'], { 't3.new.natural': 6, 't3.r1.natural': 5, 't3.r4_1.natural': 1 })).toEqual([]);
  });
  it('「不掌握的有一件搞错了 其实是给了的」, after another applicant\'s turn, moves it in the column that holds it', async () => {
    expect(await one([...start, '还有律所1件 也公开了', '不掌握的有一件搞错了 其实是给了的'], { 't3.new.natural': 6, 't3.r1.natural': 5, 't3.r4_1.natural': 1, 't3.new.legal': 1, 't3.r1.legal': 1 })).toEqual([]);
  });
  it('still: 「…其实是部分公开」 goes to 部分公开, and 「…其实没公开」 moves nothing to 予以公开', async () => {
    expect(await one([...start, '公开的4件里有1件其实是部分公开'], { 't3.new.natural': 6, 't3.r1.natural': 3, 't3.r2.natural': 1, 't3.r4_1.natural': 2 })).toEqual([]);
    const o = await after([...start, '不掌握的有1件其实没公开'], { 't3.new.natural': 6, 't3.r1.natural': 4, 't3.r4_1.natural': 2 });
    expect(o.wrong.join()).not.toContain('t3.r1.natural');
  });
});

describe('a new applicant told with its count and one result, after another applicant\'s results', () => {
  it('「还有科研所1件 也公开了」 is their application and its result, not a count of the row said last', async () => {
    expect(await one(['依申请 个人5件', '个人的 公开3件 不掌握2件', '还有科研所1件 也公开了'], {
      't3.new.natural': 5, 't3.r1.natural': 3, 't3.r4_1.natural': 2, 't3.new.research': 1, 't3.r1.research': 1,
    })).toEqual([]);
  });
});

describe('applications moved to another applicant with their one result named (bu075)', () => {
  it('「个人10件里有2件其实是公司申请的 算企业 都是公开的」 moves the intake and the 予以公开 cases', async () => {
    expect(await one(['个人申请10件', '公开8件', '2件部分公开', '个人10件里有2件其实是公司申请的 算企业 都是公开的'], {
      't3.new.natural': 8, 't3.new.commercial': 2, 't3.r1.natural': 6, 't3.r1.commercial': 2, 't3.r2.natural': 2,
    })).toEqual([]);
  });
});

describe('a count opening its clause with 里, under the applicant just named, heads its results (eb075)', () => {
  it('still: 「居民申请的：6件里公开5件 1件不掌握」', async () => {
    expect(await one(['居民申请的：6件里公开5件 1件不掌握'], { 't3.new.natural': 6, 't3.r1.natural': 5, 't3.r4_1.natural': 1 })).toEqual([]);
  });
});

describe('「当我没说」 takes a value back (eb048)', () => {
  it('「律所那件当我没说 是司法局的」 empties what the last turn gave 律所', async () => {
    const o = await after(['依申请 个人3件 公开3件', '还有律所1件 公开', '律所那件当我没说 是司法局的']);
    expect(o.collateral.filter((c) => c.includes('legal'))).toEqual([]);
  });
});

describe('pastes and lists (ea003, ea020, ea024)', () => {
  it('a full-width bar after a figure parts what was said: 「予以公开 个人12 企业3｜不予公开 个人2」', async () => {
    expect(await one(['予以公开 个人12 企业3｜部分公开 个人2｜本机关不掌握 个人1'], {
      't3.r1.natural': 12, 't3.r1.commercial': 3, 't3.r2.natural': 2, 't3.r4_1.natural': 1,
    })).toEqual([]);
  });
  it('「涉及别家公司商业秘密的2件」 names no applicant: 「公司10件 公开8 …」 still heads its results', async () => {
    expect(await one(['依申请 个人30 公司10', '个人的 公开25 不掌握5', '公司10件 公开8 涉及别家公司商业秘密的2件不公开'], {
      't3.new.natural': 30, 't3.new.commercial': 10, 't3.r1.natural': 25, 't3.r4_1.natural': 5, 't3.r1.commercial': 8, 't3.r3_4.commercial': 2,
    })).toEqual([]);
  });
  it('「其他3件」 closing a list of applicant columns is the column 其他', async () => {
    expect(await one(['新收 自然人40件 商业企业6件 法律服务机构2件 其他3件'], {
      't3.new.natural': 40, 't3.new.commercial': 6, 't3.new.legal': 2, 't3.new.other': 3,
    })).toEqual([]);
  });
  it('「村民小组」 is a body (其他), not 村民: 「全部公开」 stays in their column', async () => {
    const o = await after(['依申请 个人12件 其他2件', '个人的12件 公开12件', '其他那2件是业委会和村民小组来要的 全部公开'], { 't3.new.natural': 12, 't3.new.other': 2, 't3.r1.natural': 12 });
    expect(o.collateral).toEqual(['t3.r1.other: undefined → 2']);
  });
  it('still: 「其他2件都公开了」 after a list is not guessed to be the column', async () => {
    const o = await after(['个人9件 企业3件 其他2件都公开了']);
    expect(o.collateral.join()).not.toContain('.other');
  });
});

describe('an answer naming one of the places asked about takes the figure offered (ec015)', () => {
  it('「收费八百元」→「是信息处理费」 records 800 元 of 信息处理费', async () => {
    expect(await one(['收费八百元', '是信息处理费'], { 'fee.charged': true, 'fee.amountYuan': 800 })).toEqual([]);
  });
  it('「收费八百元」→「表二的行政事业性收费」 records 0.08 万元 in 表二', async () => {
    expect(await one(['收费八百元', '表二的行政事业性收费'], { 't2.fee.amount': 0.08 })).toEqual([]);
  });
  it('still: an answer with a figure of its own is read as said (「信息处理费是600元」)', async () => {
    expect(await one(['收费八百元', '信息处理费是600元'], { 'fee.charged': true, 'fee.amountYuan': 600 })).toEqual([]);
  });
});

describe('review (ninth session): the session\'s new readings leave other sentences alone', () => {
  it('a figure refused as last year\'s or vague is no choice a short answer can store', async () => {
    expect((await after(['行政复议去年是3件', '维持'])).collateral).toEqual([]);
    expect((await after(['行政复议大概2件', '维持的'])).collateral).toEqual([]);
  });
  it('a short answer that denies or asks is read as any turn: 「信息处理费没收」「是信息处理费吗」', async () => {
    expect((await after(['收费五百元', '信息处理费没收'])).collateral).toEqual(['fee.charged: undefined → false']);
    expect((await after(['收费五百元', '是信息处理费吗'])).collateral).toEqual([]);
  });
  it('a Markdown table row with ASCII bars is still read as a table', async () => {
    const o = await after(['| 申请人 | 件数 | 结果 |\n|---|---|---|\n| 自然人 | 3 | 予以公开 |\n| 企业 | 1 | 部分公开 |']);
    expect(o.collateral).toContain('t3.r2.commercial: undefined → 1');
    expect(o.collateral.join()).not.toContain('r1.commercial');
  });
  it('「当我没说，是企业5件」 gives a figure: it is no bare withdrawal', async () => {
    expect((await after(['收到个人申请5件', '当我没说，是企业5件'])).collateral).toContain('t3.new.commercial: undefined → 5');
  });
  it('「申请人逾期未缴费 不再处理了」 answers whether the fee was paid', async () => {
    expect(await one(['发出收费通知书1份', '申请人逾期未缴费 不再处理了'], { 'fee.notices': 1, 'fee.charged': false })).toEqual([]);
  });
  it('a new applicant\'s result stops where the next applicant begins: 「律所1件 公开了 企业2件 部分公开」', async () => {
    const o = await after(['个人5件 公开3件 不予公开2件', '律所1件 公开了 企业2件 部分公开']);
    expect(o.collateral).toContain('t3.r1.legal: undefined → 1');
    expect(o.collateral.join()).not.toContain('r2.legal');
  });
  it('the clerk\'s own contact phone is stored whatever follows (「有事打过去就行」)', async () => {
    expect(await one(['联系电话0745-2218800 有事打过去就行'], { 'meta.contact.phone': '0745-2218800' })).toEqual([]);
  });
  it('「X的N件：…」 keeps its count as the heading of the results', async () => {
    expect(await one(['没有企业申请 村民的2件：公开1件 不掌握1件'], { 't3.new.commercial': 0, 't3.new.natural': 2, 't3.r1.natural': 1, 't3.r4_1.natural': 1 })).toEqual([]);
  });
  it('「企业那个其实是社会组织的」 with 5 held moves nothing (one of five, or all? asked)', async () => {
    const o = await after(['收到企业申请5件 全部予以公开', '企业那个其实是社会组织的']);
    expect(o.collateral.join()).not.toContain('welfare');
  });
});

describe('late classes of batches ed and ee', () => {
  it('「xzcf 十二件 xzxk没有」: the initials of 行政处罚 and 行政许可', async () => {
    expect(await one(['xzcf 十二件 xzxk没有'], { 't2.penalty.decisions': 12, 't2.license.decisions': 0 })).toEqual([]);
  });
  it('「申请量都没超标准」 is below a threshold, no denial of the applications', async () => {
    expect(await one(['信息处理费没收 申请量都没超过标准'], { 'fee.charged': false })).toEqual([]);
  });
  it('「手机 139 7012 6638 座机还没装」: 座机 is no count of 座, the number is kept whole', async () => {
    const o = await after(['联系电话填我手机 139 7012 6638 座机还没装']);
    expect(o.collateral).toEqual(['meta.contact.phone: undefined → "139 7012 6638"']);
  });
  it('「处罚少算了综合执法队的12件」 adds to the value the draft held', async () => {
    const turns = ['处罚少算了综合执法队的12件 加上'];
    expect(await run([{ id: 'c', state: { 't2.penalty.decisions': 100 }, turns, expect: { set: { 't2.penalty.decisions': 112 }, ask: [], nothing: false } }])).toEqual([]);
  });
  it('「公众号挂了快三百条了」 is nearly, asked, never stored as 300', async () => {
    expect((await after(['公众号今年挂了快三百条了'])).collateral).toEqual([]);
  });
  it('「我们没犹豫 当场就给了」 is no 不掌握', async () => {
    const o = await after(['有个居民申请公开拆迁补偿标准 我们没犹豫 当场就给他公开了']);
    expect(o.collateral.join()).not.toContain('r4_1');
  });
  it('「这是22年台账上的数 先别填」 withdraws the figure: a year said is no new one', async () => {
    expect((await after(['网站全年发了三百二十条', '等下 这是22年台账上的数 今年的还没查 先别填'])).collateral).toEqual([]);
  });
  it('「他们也没再追究 没复议也没起诉」 after a story of one company says nothing of the year\'s 表四', async () => {
    const o = await after(['今年有一家物流公司来申请 要我们跟承运方的合同', '我们没公开 合同里有承运方的报价 人家不同意', '他们也没再追究 没复议也没起诉']);
    expect(o.collateral.join()).not.toContain('t4.');
  });
  it('still: 「复议 诉讼 他们都没有」 is none at all', async () => {
    expect((await after(['复议 诉讼 他们都没有'])).collateral).toContain('t4.review.upheld: undefined → 0');
  });
  it('「科研机构 公益组织 律所 其他 都是0」: 其他 closing a list of columns is no 「the rest」 of the table', async () => {
    const o = await after(['今年新收 科研机构 公益组织 律所 其他 都是0']);
    expect(o.collateral.length).toBeLessThan(10);
    expect(o.collateral.join()).not.toContain('t3.r1.');
  });
  it('「我们就没公开 也没收他钱」 denies the fee only, never the 不予公开 rows', async () => {
    const o = await after(['有个企业来申请 要去年的招商引资协议', '我们就没公开 也没收他钱']);
    expect(o.collateral.join()).not.toContain('t3.r3_');
  });
});
