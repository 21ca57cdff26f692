// Classes fixed after the probe batches cm–cp (2026-12-07, fourth session), each said in other words than the probes'.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a correction whose denied figure is held nowhere', () => {
  it('「不是47是74」 when no value is 47 changes no other value (had put 74 on the last one given)', async () => {
    const o = await after(['宣传栏更新了47回 政策解读9篇', '不是47是74']);
    expect(o.collateral.filter((c) => c.startsWith('fact:interpretations'))).toEqual(['fact:interpretations: undefined → 9']);
  });
  it('money denied in 元 still names the value held in 万元', async () => {
    expect(await one(['行政事业性收费是二十四万', '不是二十四万 是两万四'], { 't2.fee.amount': 2.4 })).toEqual([]);
  });
});

describe('the reviewing body revoked ours', () => {
  it('「市政府给我们撤销了1个」 is 纠正, never the applicant\'s withdrawal', async () => {
    expect(await one(['行政复议 市政府给我们撤销了1个 维持了3个'], { 't4.review.corrected': 1, 't4.review.upheld': 3 })).toEqual([]);
  });
});

describe('dialect words are read as the Mandarin meant', () => {
  it('Cantonese: 「网站发咗320条 公众号发咗85条」, 「处罚冇」 denies the count', async () => {
    expect(await one(['网站发咗320条 公众号发咗85条', '处罚冇'], { 'fact:published_website': 320, 'fact:published_newmedia': 85, 't2.penalty.decisions': 0 })).toEqual([]);
  });
  it('「唔系15系51」 corrects 15 to 51', async () => {
    expect(await one(['政策解读15篇', '解读唔系15系51'], { 'fact:interpretations': 51 })).toEqual([]);
  });
  it('「公司申请咗3单 全部公开咗」 counts applications in 单', async () => {
    expect(await one(['公司申请咗3单 全部公开咗'], { 't3.new.commercial': 3, 't3.r1.commercial': 3 })).toEqual([]);
  });
  it('「额们镇」「莫得」: northwestern and southwestern words', async () => {
    expect(await one(['额们镇今年许可批了十二件 处罚莫得'], { 't2.license.decisions': 12, 't2.penalty.decisions': 0 })).toEqual([]);
  });
  it('Mandarin words keep their 系/仲/额: 联系电话, 仲裁, 金额', async () => {
    expect(await one(['联系电话0731-84512345'], { 'meta.contact.phone': '0731-84512345' })).toEqual([]);
    expect(await one(['信息处理费收了3笔 金额一共90元'], { 'fee.charged': true, 'fee.amountYuan': 90 })).toEqual([]);
  });
});

describe('classes of probe batch cu (2026-12-07, fourth session), in other words', () => {
  it('「除了…其余都是0」 zeroes only the place named before 除了, keeping the one named after it', async () => {
    const o = await after(['表四 直接起诉 维持2件', '表四直接起诉那一行 除了维持 其余都填0']);
    expect(o.collateral.filter((c) => !c.startsWith('t4.direct.'))).toEqual([]);
    expect(o.collateral).toContain('t4.direct.pending: undefined → 0');
  });
  it('northwestern 么 for 没: 「么收过」「一次也么开」, while 什么/怎么/那么 stay', async () => {
    expect(await one(['今年么收过信息处理费'], { 'fee.charged': false })).toEqual([]);
    expect(await one(['培训今年一场也么搞'], { 'fact:trainings': 0 })).toEqual([]);
    expect((await after(['今年这么多申请 怎么填'])).collateral).toEqual([]);
  });
  it('a count in 人次 is never a staff count; 「300 篇左右」 with a space is still vague', async () => {
    const o = await after(['专职工作人员 加起来 96 人次']);
    expect(o.collateral.filter((c) => c.startsWith('fact:staff'))).toEqual([]);
    expect((await after(['网站今年发了 300 篇左右'])).collateral).toEqual([]);
  });
  it('「公司的17件 公开15 另外2件…」 after a turn about 投诉 is 公司\'s applications, never 投诉 17', async () => {
    const o = await after(['个人的40件 公开35 剩下5件是投诉', '公司的17件 公开15 另外2件涉及别家商业秘密 没给']);
    expect(o.collateral.filter((c) => c.startsWith('t3.r5_1.commercial'))).toEqual([]);
  });
  it('「第三人的个人信息 遮挡后提供」 names no 自然人 applicant', async () => {
    const o = await after(['律所申请3件', '这3件 两件公开 一件里面有别人的个人信息 遮挡后提供']);
    expect(o.collateral.filter((c) => c.endsWith('.natural') || c.includes('.natural:'))).toEqual([]);
  });
});

describe('a comparison with last year said without 比 (probe batch cx, in other words)', () => {
  it('「去年解读是20篇 今年少两篇」 stores no 2 (had replaced 18 with 2)', async () => {
    const o = await after(['政策解读18篇', '去年解读是20篇 今年少两篇 正常']);
    expect(o.collateral).toEqual(['fact:interpretations: undefined → 18']);
  });
});

describe('a refusal said after its reason, spaces between (found by the dialect probes, pre-existing in Mandarin)', () => {
  it('「公司申请1件 要的是别家的投标文件 商业秘密 没给」 records the reason', async () => {
    expect(await one(['公司申请1件 要的是别家的投标文件 商业秘密 没给'], { 't3.new.commercial': 1, 't3.r3_4.commercial': 1 })).toEqual([]);
    expect(await one(['个人申请1件 属于内部管理信息 没有公开'], { 't3.new.natural': 1, 't3.r3_5.natural': 1 })).toEqual([]);
  });
});
