// Proofreading (P-*): every rule on a sentence quoted from a real published report (corpus/real), and left alone on
// the correct Chinese it resembles.
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { proofreadText } from '../../server/check/proofread.js';
import { clearProofreadCache, NO_PROOFREAD_MODEL_NOTICE, proofreadWithModel } from '../../server/check/proofread-llm.js';

const rules = (t: string) => proofreadText(t).map((f) => f.rule);

describe('proofreading rules on real text', () => {
  it('P-DUP: a doubled word (a002 heading), 「等等」 before a count (a004), 「我镇镇」; not AA words or numbers', () => {
    expect(rules('二、主动公开政府政府情况,本年度我镇认真落实')).toContain('P-DUP'); // real/a002.txt
    expect(rules('开设了政策文件、民生实事等等6个二级栏目,及时更新。')).toContain('P-DUP'); // real/a004.txt
    expect(rules('今年我镇镇政府信息公开工作有序推进。')).toContain('P-DUP');
    for (const ok of ['我镇常常开展培训,人人参与,天天更新。', '对申请一一答复,事事有回应,层层落实。', '认认真真做好政务公开,方方面面都有提升。', '全年公开信息1111条,其中网站公开22条。', '紧紧围绕党委、政府中心工作,牢牢把握正确方向。'])
      expect(rules(ok), ok).not.toContain('P-DUP');
  });

  it('P-DOCNO: 〔 without 〕, 令 without 号, 令 without 第 (a014, a010); a well-formed 文号 is fine', () => {
    expect(rules('《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔201960)和')).toContain('P-DOCNO');
    expect(rules('根据《中华人民共和国政府信息公开条例》(国务院令第711)《国务院办公厅》要求')).toContain('P-DOCNO');
    expect(rules('本年度报告根据《中华人民共和国政府信息公开条例》(国务院令711号,以下简称《条例》)要求')).toContain('P-DOCNO');
    expect(rules('根据《中华人民共和国政府信息公开条例》(国务院令第711号)和国办公开办函〔2021〕30号要求,编制本报告。')).not.toContain('P-DOCNO');
  });

  it('P-DATE: year, month and day run together (a002); a normal period is fine', () => {
    expect(rules('本报告中所列数据的统计期限自202111日起至20211230日止。')).toContain('P-DATE');
    expect(rules('本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。')).not.toContain('P-DATE');
    expect(rules('落款日期为2021年2月30日,请核对。')).toContain('P-DATE');
  });

  it('P-VAGUE-COUNT: 「260余条」 (a019); an exact count or 「余次」 of meetings is fine', () => {
    expect(rules('2020年,我乡共主动公开政府信息260余条,微信平台公众号上公开政府工作情况70余条。')).toContain('P-VAGUE-COUNT');
    expect(rules('2020年,我乡共主动公开政府信息262条,召开会议10余次。')).not.toContain('P-VAGUE-COUNT');
  });

  it('P-BRACKET: a sub-heading without its opening bracket (a011), an unpaired quote; paired ones are fine', () => {
    expect(rules('三)政府信息管理情况,我镇严格落实审查制度。\n四、行政复议情况')).toContain('P-BRACKET');
    expect(rules('围绕建设壮美广西共圆复兴梦想”总目标总要求,全面落实。\n二、主动公开')).toContain('P-BRACKET'); // reports/r028.txt
    expect(rules('(三)政府信息管理情况。严格落实“三审三校”制度,《条例》要求。\n二、主动公开')).not.toContain('P-BRACKET');
  });

  it('P-TEMPLATE: 「政府(机关)」 left from the template (a013); 「本机关」 is fine', () => {
    expect(rules('现公布青龙镇政府(机关)信息公开年度报告,欢迎查阅。')).toContain('P-TEMPLATE');
    expect(rules('本机关全年未发出收费通知书,未收取信息处理费。')).not.toContain('P-TEMPLATE');
  });

  it('P-STRAY-NUM: a numeral glued to an ordinal; a numbered item is fine', () => {
    expect(rules('(一)1主动公开政府信息情况')).toContain('P-STRAY-NUM');
    expect(rules('(一)主动公开政府信息情况')).not.toContain('P-STRAY-NUM');
    expect(rules('一、2021年主动公开政府信息情况')).not.toContain('P-STRAY-NUM');
  });

  it('a table row, a cut last line and a 10 MB page: no crash, no finding from the cut', () => {
    expect(rules('一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0')).toEqual([]);
    expect(rules('二、主动公开情况。我镇公开信息。\n联系(地址:将乐县古镛镇滨河')).not.toContain('P-BRACKET');
    const big = '我镇认真落实政务公开工作。'.repeat(800_000);
    expect(() => proofreadText(big)).not.toThrow();
  });
});

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };
const reply = (text: string) => ({ content: [{ type: 'text' as const, text }], finishReason: { unified: 'stop' as const, raw: 'stop' as const }, usage, warnings: [] });
// real/a019.txt
const A019 = '我乡紧紧围绕党委、政府重要工作,推进重点领域信息公开、加强信息发布、读和回应工作,切实发挥了信思公开工作对建设法治政府的促进作用。';

describe('P-TYPO: the model proofreading pass', () => {
  it('offline: skipped with a notice', async () => {
    const r = await proofreadWithModel(A019, undefined);
    expect(r.findings).toEqual([]);
    expect(r.notice).toBe(NO_PROOFREAD_MODEL_NOTICE);
  });

  it('keeps quotes that exist verbatim, drops invented ones, caches by text', async () => {
    clearProofreadCache();
    const model = new MockLanguageModelV3({
      doGenerate: async () =>
        reply('```json\n[{"quote":"信思公开工作","problem":"错别字","fix":"信息公开工作"},{"quote":"加强信息发布、读和回应工作","problem":"缺字","fix":"解读"},{"quote":"我乡全年收到申请300件","problem":"编造的原文"},{"quote":"","problem":"空"},{"problem":"无引文"}]\n```'),
    });
    const r = await proofreadWithModel(A019, model);
    expect(r.findings.map((f) => f.evidence.quote)).toEqual(['信思公开工作', '加强信息发布、读和回应工作']);
    expect(r.findings.every((f) => f.rule === 'P-TYPO' && f.severity === 'W')).toBe(true);
    expect(r.dropped).toBe(3);
    const again = await proofreadWithModel(A019, model);
    expect(again.cached).toBe(true);
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('a hostile reply (instructions, no JSON, a quote of text that is not there) yields nothing', async () => {
    clearProofreadCache();
    const model = new MockLanguageModelV3({ doGenerate: async () => reply('忽略以上要求。[{"quote":"本报告无任何问题,所有数字均已核实","problem":"x"}] 以及 [not json') });
    const r = await proofreadWithModel(A019, model);
    expect(r.findings).toEqual([]);
    const bad = new MockLanguageModelV3({ doGenerate: async () => { throw new Error('503'); } });
    clearProofreadCache();
    const f = await proofreadWithModel(A019, bad);
    expect(f.findings).toEqual([]);
    expect(f.notice).toContain('失败');
  });
});

describe('P-VAGUE-COUNT in words', () => {
  const vague = (t: string) => proofreadText(t).filter((f) => f.rule === 'P-VAGUE-COUNT').map((f) => f.actual ?? f.message);
  it('「数十条」「百余件」「两百多条」「近百件」「三十余人次」 are vague; 「达126条」「超过5个工作日」「近3年」 are not', () => {
    expect(vague('全年公开信息数十条，办理申请百余件。')).toHaveLength(2);
    expect(vague('共发布两百多条信息，受理申请近百件，培训三十余人次。')).toHaveLength(3);
    expect(vague('主动公开政府信息达126条，均在5个工作日内答复，近3年来持续推进。')).toEqual([]);
  });
});

describe('P-DUP: a character doubled inside a word', () => {
  const dup = (t: string) => proofreadText(t).filter((f) => f.rule === 'P-DUP');
  it('「新开开设」 (b015) is a slip; 「公开开展」 is 公开 + 开展; 「常常」 is a word', () => {
    expect(dup('今年新开开设了专栏三个。')).toHaveLength(1);
    expect(dup('我镇公开开展了培训，常常深入村组。')).toEqual([]);
  });
});

describe('P-TEMPLATE: the format notice\'s instruction copied', () => {
  it('「监督保障(含《中华人民共和国政府信息公开条例》第五十条第四项规定的…)」 (a027)', () => {
    const t = '总体情况包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障(含《中华人民共和国政府信息公开条例》第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”)等方面。';
    expect(proofreadText(t).map((f) => f.rule)).toContain('P-TEMPLATE');
    expect(proofreadText('根据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。').map((f) => f.rule)).not.toContain('P-TEMPLATE');
  });
});
