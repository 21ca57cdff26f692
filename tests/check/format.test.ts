import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { asParsed, goodReport, headingOf, withSection } from './helpers.js';

const only = (rule: string, r: Parameters<typeof checkReport>[0]) => checkReport(r).filter((f) => f.rule === rule);

describe('F-VERSION', () => {
  it('a 2023 report with 2019-format table headers is an error quoting the headers', () => {
    const r = asParsed(goodReport(1), { text: '二、主动公开政府信息情况\n\t对外公开总数量\n\t上一年项目数量\n\t政府集中采购\n\t0', formatDetected: '2019' });
    const f = only('F-VERSION', { ...r, format: '2019' });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('E');
    expect(f[0].evidence.quote).toContain('对外公开总数量');
    expect(f[0].message).toContain('国办公开办函〔2021〕30号');
  });
  it('one 2019 header mixed into a 2021 table is found too', () => {
    const r = asParsed(goodReport(1), { text: '信息内容 | 本年新 制作数量 | 对外公开总数量 | |\n行政许可 | 0' });
    expect(only('F-VERSION', r)).toHaveLength(1);
  });
  it('the matching format, and the words in a long narrative line, give nothing', () => {
    expect(only('F-VERSION', asParsed(goodReport(1)))).toEqual([]);
    const r = asParsed(goodReport(1), { text: '本年度我镇未开展政府集中采购，对外公开总数量等指标均按规定填报，无需说明其他情况，特此报告。' });
    expect(only('F-VERSION', r)).toEqual([]);
    expect(only('F-VERSION', goodReport(2, { format: '2019', year: 2020 }))).toEqual([]);
  });
  it('a user report whose format does not fit its year', () => {
    const r = goodReport(1, { format: '2021' });
    expect(only('F-VERSION', { ...r, meta: { ...r.meta, year: 2020 } })).toHaveLength(1);
  });
});

describe('F-HEADINGS', () => {
  it('「3、」 for 「三、」 is renumbered; the tolerated variant is accepted', () => {
    const r = goodReport(1);
    const bad = asParsed(r, {
      headings: [1, 2, 3, 4, 5, 6].map((no) => ({
        no,
        text: no === 3 ? '3、 收到和处理政府信息公开申请情况' : no === 4 ? '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况' : headingOf(no),
        line: no * 10,
      })),
    });
    const f = only('F-HEADINGS', bad);
    expect(f).toHaveLength(1);
    expect(f[0].where.section).toBe(3);
    expect(f[0].message).toContain('「3、」');
    expect(f[0].evidence.quote).toBe('3、 收到和处理政府信息公开申请情况');
    expect(only('F-HEADINGS', asParsed(r))).toEqual([]);
  });
  it('a reworded heading, a missing one and a wrong order', () => {
    const r = goodReport(1);
    const h = (no: number, text = headingOf(no)) => ({ no, text, line: no });
    expect(only('F-HEADINGS', asParsed(r, { headings: [h(1, '一、政府信息公开工作的基本情况'), h(2), h(3), h(4), h(5), h(6)] }))[0].message).toContain('标题改写');
    const missing = only('F-HEADINGS', asParsed(r, { headings: [h(1), h(2), h(3), h(5), h(6)] }));
    expect(missing.map((f) => f.where.section)).toEqual([4]);
    expect(missing[0].evidence.quote).toContain('五、存在的主要问题及改进情况');
    expect(only('F-HEADINGS', asParsed(r, { headings: [h(1), h(3), h(2), h(4), h(5), h(6)] })).some((f) => f.message.includes('顺序'))).toBe(true);
  });
  it('a truncated page is not faulted for the sections it never reached', () => {
    const r = goodReport(1);
    const cut = asParsed({ ...r, tables: {} }, { complete: false, headings: [{ no: 1, text: headingOf(1), line: 2 }] });
    expect(only('F-HEADINGS', cut)).toEqual([]);
  });
});

describe('F-LABELS, F-TITLE, F-NUMBERING, F-PREFACE', () => {
  it('F-LABELS reports each altered label the parser kept', () => {
    const r = asParsed(goodReport(1), {
      labels: [{ table: 't3', key: 'r2', written: '（二）部分公开（区分处理的，只记这一情形，不计其他情形）', official: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' }],
    });
    const f = only('F-LABELS', r);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('W');
    expect(f[0].evidence.quote).toContain('只记');
    expect(only('F-LABELS', asParsed(goodReport(1)))).toEqual([]);
  });

  it('F-TITLE: wrong wording, no agency, missing; 「YYYY年度…年度报告」 repeats 年度', () => {
    const r = goodReport(1);
    expect(only('F-TITLE', { ...r, title: '桦树镇2023年度政府信息公开年度工作报告' })).toHaveLength(1);
    expect(only('F-TITLE', { ...r, title: '2023年政府信息公开工作年度报告' })[0].message).toContain('机关名称');
    expect(only('F-TITLE', { ...r, title: '繁峙县集义庄乡人民政府2023年度政府信息公开工作年度报告' })[0].message).toContain('「年度」重复');
    expect(only('F-TITLE', { ...r, title: '繁峙县集义庄乡人民政府2023年政府信息公开工作年度报告' })).toEqual([]);
    const noTitle = asParsed({ ...r, title: undefined }, { text: '按照《条例》规定，现公开本镇年度报告。\n一、总体情况' });
    expect(only('F-TITLE', noTitle)[0].evidence.quote).toContain('按照《条例》规定');
  });

  it('F-NUMBERING: （1）（2）（三） mixed in one section; consistent numbering is fine', () => {
    const r = goodReport(1);
    const mixed = withSection(r, 1, '（1） 强化组织领导。\n（2） 积极推动主动公开，公开信息61条。\n（三）建立健全制度。\n（四）完善目录。');
    const f = only('F-NUMBERING', mixed);
    expect(f).toHaveLength(1);
    expect(f[0].where.section).toBe(1);
    expect(f[0].evidence.quote).toContain('（三）');
    expect(only('F-NUMBERING', r)).toEqual([]);
  });

  it('F-PREFACE: four parts claimed, a six-part claim listing five, and a correct preface', () => {
    const r = goodReport(1);
    const four = { ...r, preface: '本报告由概述、政务信息公开情况、存在的主要问题和2024年工作思路四部分组成，本报告内容统计期限为自2023年1月1日起，至2023年12月31日止。' };
    expect(only('F-PREFACE', four)[0].evidence.quote).toContain('四部分组成');
    const five = { ...r, preface: '报告包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况等6个部分。' };
    expect(only('F-PREFACE', five)[0].message).toContain('其他需要报告的事项');
    const ok = { ...r, preface: '全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项六部分。' };
    expect(only('F-PREFACE', ok)).toEqual([]);
  });
});
