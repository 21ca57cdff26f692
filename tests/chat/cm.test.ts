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
