// Classes seen in the eighth session's batches dv, dw and dx (dv089, dv107, dj095, ds104), in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a clause saying a value is right changes nothing', () => {
  it('「公众号那个数没毛病」 keeps 公众号 (its 没 is no zero)', async () => {
    expect(await one(['网站二百一十条 公众号六十六条', '公众号那个数没毛病'], { 'fact:published_website': 210, 'fact:published_newmedia': 66 })).toEqual([]);
  });
  it('「处罚那个15没错」 changes no row, not even the row named in the turn before', async () => {
    expect(await one(['许可120件 处罚15件', '规章的我们没有制发', '处罚那个15没错'], { 't2.license.decisions': 120, 't2.penalty.decisions': 15, 't2.rules.issued': 0 })).toEqual([]);
  });
  it('「网站运行没问题，发了96条」 still fills 网站: no value is pointed at', async () => {
    expect(await one(['网站运行没问题，发了96条'], { 'fact:published_website': 96 })).toEqual([]);
  });
});

describe('figures given 「分别」 with spaces between them', () => {
  it('「处罚 强制 分别是 40 6」 pairs each name with its figure', async () => {
    expect(await one(['处罚 强制 分别是 40 6'], { 't2.penalty.decisions': 40, 't2.coercion.decisions': 6 })).toEqual([]);
  });
  it('「规章 制发 废止 分别是 1 2」: the row named first leads each column', async () => {
    expect(await one(['规章 制发 废止 分别是 1 2'], { 't2.rules.issued': 1, 't2.rules.repealed': 2 })).toEqual([]);
  });
  it('「公众号四个季度分别是30条 25条 41条 19条」 is the year\'s sum', async () => {
    expect(await one(['公众号四个季度分别是30条 25条 41条 19条'], { 'fact:published_newmedia': 115 })).toEqual([]);
  });
  it('three quarters only are no year: nothing is stored as the year\'s figure', async () => {
    expect(await one(['公众号前三个季度分别是30条 25条 41条'], {})).toEqual([]);
  });
});

describe('a value named by its place and given with 是 is corrected', () => {
  it('「最后那个是9」 after three figures corrects the third', async () => {
    expect(await one(['许可 处罚 强制 分别是 60 14 8', '最后那个是9'], { 't2.license.decisions': 60, 't2.penalty.decisions': 14, 't2.coercion.decisions': 9 })).toEqual([]);
  });
});

describe('a frequency is no count (dx001)', () => {
  it('「一周换一回 全年52期」 stores 52, never 1', async () => {
    expect(await one(['公示栏一周换一回 全年52期'], { 'fact:published_board': 52 })).toEqual([]);
  });
  it('「一季度培训2次」 is the first quarter, asked, not masked as a frequency', async () => {
    expect(await one(['一季度培训2次'], {}, ['fact:trainings'])).toEqual([]);
  });
});

describe('an applicant\'s count said alone heads the results after it (dw009, cg081)', () => {
  it('「居民30件 公开22 部分公开5 不掌握3」 after 居民 30 received fills 居民\'s results', async () => {
    expect(await one(['新收居民30件 公司4件', '居民30件 公开22 部分公开5 不掌握3'], { 't3.new.natural': 30, 't3.new.commercial': 4, 't3.r1.natural': 22, 't3.r2.natural': 5, 't3.r4_1.natural': 3 })).toEqual([]);
  });
  it('with nothing held, the count is the applications received', async () => {
    expect(await one(['公司的9件 公开7 部分公开2'], { 't3.new.commercial': 9, 't3.r1.commercial': 7, 't3.r2.commercial': 2 })).toEqual([]);
  });
  it('a count that is not the one held is asked, never replaces it; the results are still the column\'s', async () => {
    expect(await one(['新收居民30件', '居民33件 公开22 部分公开5'], { 't3.new.natural': 30, 't3.r1.natural': 22, 't3.r2.natural': 5 }, ['t3.new.natural'])).toEqual([]);
  });
});

describe('a correction naming only an applicant column that holds several counts (cv079)', () => {
  it('「刚才说错了 律所是2件」 after 律所\'s intake and results is asked, changes nothing', async () => {
    expect(await one(['律所申请3件 公开2件 1件不予处理', '刚才说错了 律所是2件'], { 't3.new.legal': 3, 't3.r1.legal': 2 }, ['t3.new.legal'])).toEqual([]);
  });
  it('「上一条律所的改成1」 still corrects the turn before\'s value', async () => {
    expect(await one(['新收个人9件 律所3件', '公开的 个人7 律所2', '上一条律所的改成1'], { 't3.new.natural': 9, 't3.new.legal': 3, 't3.r1.natural': 7, 't3.r1.legal': 1 })).toEqual([]);
  });
});

describe('an applicant\'s remainder heads its results without a count of its own', () => {
  it('「居民其余6件 公开4 不掌握2」 fills 居民\'s results, asks nothing about 6', async () => {
    expect(await one(['新收居民10件', '居民里有4件是重复申请', '居民其余6件 公开4 不掌握2'], { 't3.new.natural': 10, 't3.r5_2.natural': 4, 't3.r1.natural': 4, 't3.r4_1.natural': 2 })).toEqual([]);
  });
});

describe('an exclamation opening a message says nothing (dv092)', () => {
  it('「哎呀 刚才说错了 九十六」 corrects the value of the turn before', async () => {
    expect(await one(['公众号今年六十九条', '哎呀 刚才说错了 九十六'], { 'fact:published_newmedia': 96 })).toEqual([]);
  });
});

// The eighth session's review (six defects), in other words.
describe('review (eighth session)', () => {
  it('results after two applicants\' counts are not given to either (「居民5件 公司3件 其中公开6件」)', async () => {
    expect(await one(['居民5件 公司3件 其中公开6件 部分公开1件'], {}, ['t3.r1.natural', 't3.r1.commercial'])).toEqual([]);
  });
  it('「许可那个是45没错」 with 许可 40 held is a new figure, not a confirmation', async () => {
    expect(await one(['许可40件 处罚9件', '许可那个是45没错'], { 't2.license.decisions': 45, 't2.penalty.decisions': 9 })).toEqual([]);
  });
  it('「处罚那个没问题 许可那个改成45就对了」 keeps the correction', async () => {
    expect(await one(['许可40件 处罚9件', '处罚那个没问题 许可那个改成45就对了'], { 't2.license.decisions': 45, 't2.penalty.decisions': 9 })).toEqual([]);
  });
  it('「我去年报的公众号是88条」 stays last year\'s figure (「我去」 is no exclamation)', async () => {
    expect(await one(['我去年报的公众号是88条'], {}, ['fact:published_newmedia'])).toEqual([]);
  });
  it('「网站 公众号 公开栏 分别是 90 40」: a name too many is asked, never paired off by position', async () => {
    expect(await one(['网站 公众号 公开栏 分别是 90 40'], {}, ['fact:published_website', 'fact:published_newmedia', 'fact:published_board'])).toEqual([]);
  });
});

// From batch dy (dy057, dy061, dy093, dy104, dy082), in other words.
describe('batch dy classes', () => {
  it('「2460那个不对 是2640」 corrects the value that was 2460, not the last one given', async () => {
    expect(await one(['许可2460件', '处罚71件', '2460那个不对 是2640'], { 't2.license.decisions': 2640, 't2.penalty.decisions': 71 })).toEqual([]);
  });
  it('「公众号的数还没跟宣传办对上」 is not yet known, never 0', async () => {
    expect(await one(['网站发了310条', '公众号的数还没跟宣传办对上'], { 'fact:published_website': 310 }, ['fact:published_newmedia'])).toEqual([]);
  });
  it('「公开栏每季度贴一期 全年4期」 stores 4, never 1', async () => {
    expect(await one(['公开栏每季度贴一期 全年4期'], { 'fact:published_board': 4 })).toEqual([]);
  });
  it('「上年年报里写的是：全年公开信息640条」 is last year\'s, then 「今年是702」 is this year\'s', async () => {
    expect(await one(['上年年报里写的是：全年主动公开信息640条', '今年的总数是702'], { 'fact:published_total': 702 })).toEqual([]);
  });
  it('「有家公司申请我们的建设工程许可台账」 fills no 许可 decision', async () => {
    const changed = await one(['有家公司申请我们的建设工程许可台账 给了'], {});
    expect(changed.join('\n')).not.toContain('t2.license');
  });
});

describe('a correction naming a word many places share, turns after the value (dv065)', () => {
  it('「金额说错了 是180」 two turns after the fee\'s amount corrects it', async () => {
    expect(await one(['信息处理费收了', '金额是150元', '通知书发了1份', '金额说错了 是180'], { 'fee.charged': true, 'fee.amountYuan': 180, 'fee.notices': 1 })).toEqual([]);
  });
});

describe('words for 废止 and a fee qualified by 依申请 (bz003, dn003, dl044)', () => {
  it('「宣布失效3件」「清理掉2件」 are 废止; 「没失效的」 stays 现行有效', async () => {
    expect(await one(['规范性文件今年印发6件，宣布失效3件，没失效的52件'], { 't2.normative.issued': 6, 't2.normative.repealed': 3, 't2.normative.valid': 52 })).toEqual([]);
    expect(await one(['规范性文件 新印发2件 清理掉4件'], { 't2.normative.issued': 2, 't2.normative.repealed': 4 })).toEqual([]);
  });
  it('「依申请收过一笔信息处理费 90块」 is the fee, no count of applications', async () => {
    expect(await one(['依申请收过一笔信息处理费 90块'], { 'fee.charged': true, 'fee.amountYuan': 90 })).toEqual([]);
  });
});

describe('an applicant named inside what was asked for is not the applicant (dw009)', () => {
  it('「2件公开 1件要的是自然人档案 我们不掌握」: the 1 is no 公开 count of 自然人', async () => {
    const o = await after(['新收自然人3件', '2件公开 1件要的是自然人档案 我们不掌握']);
    expect(o.collateral.join('\n')).not.toMatch(/t3\.r1\.natural: undefined → 1/);
  });
  it('still: 「个人申请的 要的是低保名单 2件 公开了」 keeps 个人 as the applicant', async () => {
    expect(await one(['个人申请的 要的是低保名单 2件 公开了'], { 't3.new.natural': 2, 't3.r1.natural': 2 })).toEqual([]);
  });
});

describe('results of this year\'s applications add to last year\'s told turns before (dw009)', () => {
  it('结转 results, then a turn of intake counts, then 「个人20件 公开15 …」: 公开 is both', async () => {
    expect(await one(['上年结转2件 都是个人的', '结转的2件今年都公开了', '今年新收 个人20件 企业3件', '个人20件 公开15 部分公开5'], { 't3.carried.natural': 2, 't3.new.natural': 20, 't3.new.commercial': 3, 't3.r1.natural': 17, 't3.r2.natural': 5 })).toEqual([]);
  });
});

describe('a board counted in 期 is corrected in 期 (hand run)', () => {
  it('「公开栏全年24期」 then 「哎呀 刚才说错了 26期」', async () => {
    expect(await one(['公开栏全年24期', '哎呀 刚才说错了 26期'], { 'fact:published_board': 26 })).toEqual([]);
  });
});

describe('batch dy/dv, late: a digit left out, and 表二\'s fee named after the 信息处理费 topic (dy087, dv076)', () => {
  it('「前面漏了个2 是2418」 corrects 418 to 2418 (the 2 is no value)', async () => {
    expect(await one(['信息发布前审查 418条', '前面漏了个2 是2418'], { 'fact:info_reviewed': 2418 })).toEqual([]);
  });
  it('「收费分两块说」 then 「表二的行政事业性收费 全年12.5万元」 is 表二\'s fee, never 信息处理费', async () => {
    expect(await one(['收费分两块说', '表二的行政事业性收费 全年12.5万元'], { 't2.fee.amount': 12.5 })).toEqual([]);
  });
});

describe('one request told is not the result of all the column\'s applications (ds033)', () => {
  it('「还有个老人来问他家宅基地的审批 公开了」 after 村民 6 received: never 公开 6', async () => {
    const o = await after(['新收村民6件', '还有个老人来问他家宅基地的审批 公开了']);
    expect(o.collateral.join('\n')).not.toMatch(/t3\.r1\.natural: undefined → 6/);
  });
  it('still: 「村民的都公开了」 fills 公开 with 村民\'s 6', async () => {
    expect(await one(['新收村民6件', '村民的都公开了'], { 't3.new.natural': 6, 't3.r1.natural': 6 })).toEqual([]);
  });
});
