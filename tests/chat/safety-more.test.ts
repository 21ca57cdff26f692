// Safety classes of the sixth session's probe batches (dk001, dk010, dk017, dk083, dk087, di066, di088), said in
// other words: what a sentence does not name stays as it was.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';
import { restZeroScope } from '../../server/chat/fillzero.js';
import { runChatCases } from '../../evals/suites/chat.js';

const zeros = (collateral: string[]) => collateral.filter((c) => c.endsWith('→ 0'));

describe('「其余填0」 scoped by a column and rows that are counted in words', () => {
  it('「律所那一列 不予公开那几项都填0」: the 8 不予公开 cells of 法律服务机构 only', async () => {
    const o = await after(['律所申请1件 予以公开1件', '律所那一列 不予公开那几项都填0']);
    expect(zeros(o.collateral).length).toBe(8);
    expect(zeros(o.collateral).every((c) => c.startsWith('t3.r3_') && c.includes('.legal'))).toBe(true);
  });
});

describe('one applicant not going to review or court says nothing of the year', () => {
  it('「这个大爷拿到答复以后没申请复议 也没去起诉」: 表四 untouched', async () => {
    const o = await after(['个人申请1件 予以公开', '这个大爷拿到答复以后没申请复议 也没去起诉']);
    expect(o.collateral.filter((c) => c.startsWith('t4.'))).toEqual([]);
  });
  it('「今年没有一个人申请复议」 is still the year\'s none', async () => {
    const o = await after(['今年没有一个人申请复议']);
    expect(zeros(o.collateral).filter((c) => c.startsWith('t4.review')).length).toBe(4);
  });
  it('「没走复议 直接告到法院1件 还没判」 is a lawsuit without review', async () => {
    expect(await one(['没走复议 直接告到法院1件 还没判'], { 't4.direct.pending': 1 })).toEqual([]);
  });
});

describe('money words', () => {
  it('「依申请公开这块我们一分钱都没收」 is the fee, no application row', async () => {
    expect(await one(['依申请公开这块我们一分钱都没收'], { 'fee.charged': false })).toEqual([]);
  });
});

describe('how the cases went, said in passing', () => {
  it('「补正以后还是没讲清楚要啥的1件」 is 无法提供 3 (no other row cut)', async () => {
    expect(await one(['律所申请3件 公开2件 补正以后还是没讲清楚要啥的1件'], { 't3.new.legal': 3, 't3.r1.legal': 2, 't3.r4_3.legal': 1 })).toEqual([]);
  });
  it('「律所申请3件 一家红星所 一家正义所 一家明德所 都公开了」: the list names them, counts nothing', async () => {
    expect(await one(['律所申请3件 一家红星所 一家正义所 一家明德所 都公开了'], { 't3.new.legal': 3, 't3.r1.legal': 3 })).toEqual([]);
  });
  it('「企业3件 都公开了」 after another row was spoken of: the held intake pointed at', async () => {
    expect(await one(['个人5件 企业3件', '个人 公开4 让补正一直没补的1', '企业3件 都公开了'], { 't3.new.natural': 5, 't3.new.commercial': 3, 't3.r1.natural': 4, 't3.r6_1.natural': 1, 't3.r1.commercial': 3 })).toEqual([]);
  });
  it('「我跟她说不是不给 是这个不归我们管」 denies no refusal and zeroes nothing', async () => {
    const o = await after(['个人申请3件', '有一件是个大妈要她家的低保审批表 我跟她说不是不给 是这个不归我们管 她也没再说什么']);
    expect(zeros(o.collateral)).toEqual([]);
  });
  it('「有一件是…」 never replaces the count of the cases silently', async () => {
    const o = await after(['个人申请4件 公开2件', '有一件是个大爷来要拆迁的测算表 这个表在县里 不在我们乡']);
    expect(o.collateral.filter((c) => /t3\.(?:new|r1)\.natural/.test(c) && !/→ [42]$/.test(c))).toEqual([]);
  });
});

describe('what a site lacks, a plan beside what was done, a why-question (dk007–dk014)', () => {
  it('「网站没有专门开设问答栏目 问答都放在公告里 全年8条」: no column or channel zeroed', async () => {
    const o = await after(['网站公开信息200条 专栏4个', '网站没有专门开设解读栏目 解读都放在公告里 全年8篇']);
    expect(zeros(o.collateral)).toEqual([]);
    expect(o.collateral).toContain('fact:interpretations: undefined → 8');
  });
  it('「没有开设新的专栏 还是那6个」 is still the count of columns', async () => {
    expect(await one(['今年没有开设新的专栏 还是那6个'], { 'fact:website_columns': 6 })).toEqual([]);
  });
  it('「原计划开5次 实际开了3次」: the 3 done is this year\'s', async () => {
    expect(await one(['培训原计划开5次 实际开了3次'], { 'fact:trainings': 3 })).toEqual([]);
  });
  it('「为什么表里没有复议的说明？我们复议有2件 都维持了」: the question zeroes nothing', async () => {
    const o = await after(['为什么表里没有复议的说明？我们今年复议2件 都维持了']);
    expect(zeros(o.collateral)).toEqual([]);
  });
  it('「那个88不是公开栏的 是网站的」 never puts 88 on 公开栏', async () => {
    const o = await after(['网站88条 公开栏12期', '那个88不是公开栏的 是网站的']);
    expect(o.collateral.filter((c) => c.startsWith('fact:published_board') && !c.endsWith('→ 12'))).toEqual([]);
  });
});

describe('clerks\' shorthand', () => {
  it('「zcjd 9篇 gzh 120条」 and 「陪训3次」', async () => {
    expect(await one(['zcjd 9篇 gzh 120条 陪训3次'], { 'fact:interpretations': 9, 'fact:published_newmedia': 120, 'fact:trainings': 3 })).toEqual([]);
  });
  it('an address with the same letters is no abbreviation: 「网址 www.gzh.gov.cn」 stores no 公众号 count', async () => {
    const o = await after(['网址 www.gzh.gov.cn']);
    expect(o.collateral.filter((c) => c.startsWith('fact:'))).toEqual([]);
  });
});

describe('safety batch dm (dm003, dm012, dm015, dm042, dm055), in other words', () => {
  it('「现场罚款的没算进去 要算的话就不止96了 就填96对吧」 restates, never doubles', async () => {
    const o = await after(['行政处罚96件', '现场罚款的那些没算进去 要算的话就不止96了 按规定就填96对吧']);
    expect(o.collateral.filter((c) => c.startsWith('t2.penalty') && !c.endsWith('→ 96'))).toEqual([]);
  });
  it('「我们街道没有自己单独的网站 都挂在区门户上 今年挂了96条」: no 0 for the site', async () => {
    const o = await after(['我们街道没有自己单独的网站 信息都挂在区政府门户的街道专栏里 今年挂了96条']);
    expect(zeros(o.collateral)).toEqual([]);
  });
  it('「有人说我们没审查就发了？哪有的事」 zeroes nothing', async () => {
    const o = await after(['有人说我们没审查就发了？哪有的事 全年审了300条']);
    expect(zeros(o.collateral)).toEqual([]);
  });
  it('「全县18个乡镇里头 我们依申请件数排第五 一共7件」: neither 18 nor 5 is a count', async () => {
    expect(await one(['全县18个乡镇里头 我们依申请件数排第五 一共7件 都是群众来申请的'], { 't3.new.natural': 7 })).toEqual([]);
  });
  it('「解读篇数跟去年比没多大变化」 is no 0', async () => {
    expect(zeros((await after(['解读篇数跟去年比没多大变化'])).collateral)).toEqual([]);
  });
});

describe('「一行全0」 needs no verb', () => {
  it('「规范性文件一行全0」 zeroes its three cells, nothing else', async () => {
    expect(await one(['规范性文件一行全0'], { 't2.normative.issued': 0, 't2.normative.repealed': 0, 't2.normative.valid': 0 })).toEqual([]);
  });
  it('「全年0起」「全0」 said of no row are no fill of a row', () => {
    expect(restZeroScope('2021', '复议全年0起')).toBeUndefined();
    expect(restZeroScope('2021', '规章一行全0')?.ids).toEqual(['t2.rules.issued', 't2.rules.repealed', 't2.rules.valid']);
  });
});

describe('batch dn classes (dn027, dn060, dn067, dn095, dn105), in other words', () => {
  it('「企业那件交了150 就公开了」: 150 is money, never a count of 予以公开', async () => {
    const o = await after(['依申请 企业1件', '企业那件交了150 就公开了']);
    expect(o.collateral.filter((c) => c.startsWith('t3.') && c.includes('150'))).toEqual([]);
  });
  it('「市政府网站那边转载了我们97条」 is no count of our website', async () => {
    const o = await after(['我们局网站发了640条', '市政府网站那边转载了我们97条 这个不算我们的吧']);
    expect(o.collateral.filter((c) => c.startsWith('fact:published_website') && !c.endsWith('→ 640'))).toEqual([]);
  });
  it('「两微一端 共发了900条」 is 政务新媒体, not the total', async () => {
    expect(await one(['两微一端 共发了900条'], { 'fact:published_newmedia': 900 })).toEqual([]);
  });
  it('「这件不属于国家秘密那类」 puts nothing on 国家秘密', async () => {
    const o = await after(['有一件个人申请 要隔壁厂的排污数据', '我们问了那个厂 厂里不同意公开 就没给', '这件不属于国家秘密那类 你别放错']);
    expect(o.collateral.filter((c) => c.startsWith('t3.r3_1'))).toEqual([]);
  });
  it('「年底才收到 没来得及答复」 zeroes nothing', async () => {
    const o = await after(['还有一家公司的申请12月29号才收到 没来得及答复 转到明年办']);
    expect(o.collateral.filter((c) => c.endsWith('→ 0'))).toEqual([]);
  });
});

describe('a denial, then what it was instead (dm021)', () => {
  it('「其实没有律所来申请 是一个律师用自己个人名义递的」 (counts already in the draft) never zeroes 自然人', async () => {
    const [o] = await runChatCases([{ id: 's', split: 'dev', state: { 't3.new.natural': 9, 't3.new.legal': 1 } as never, turns: ['律所那件弄错了 其实没有律所来申请 是一个律师用自己个人名义递的'], expect: { set: {}, ask: [], nothing: false } }]);
    expect(o.collateral.filter((c) => c.startsWith('t3.new.natural') && c.endsWith('→ 0'))).toEqual([]);
  });
  it('「培训没有单独搞 是跟业务培训合在一起搞的 一共3次」 is still 3 trainings', async () => {
    expect(await one(['政务公开培训没有单独搞 是跟业务培训合在一起搞的 一共3次'], { 'fact:trainings': 3 })).toEqual([]);
  });
});

describe('「一回事」 is no count (dl086)', () => {
  it('「表二里的行政事业性收费和这个不是一回事吧」 never stores 1', async () => {
    const o = await after(['收费通知书发出2件', '对方交了 120元', '表二里的行政事业性收费和这个不是一回事吧 我们表二那个是0']);
    expect(o.collateral.filter((c) => c.startsWith('t2.fee') && c.endsWith('→ 1'))).toEqual([]);
  });
});
