// The five seed reports, with the values read by hand from the seed files.
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../../server/format/index.js';
import { parseText } from '../../server/parse/text.js';
import { ParsedReportSchema, type ParsedReport } from '../../server/report/schema.js';
import { seed } from './helpers.js';

const parse = (p: string) => ParsedReportSchema.parse(parseText(seed(p), { file: p }));
const zeroExcept = (r: ParsedReport, except: Record<string, unknown>) => {
  for (const c of cellsOf(r.format!)) {
    if (c.id in except) continue;
    expect(r.tables[c.id], c.id).toEqual({ value: 0 });
  }
};

describe('seed 000 — 临江市桦树镇 2023 (tab layout, renumbered headings)', () => {
  const r = parse('000');
  it('meta', () => {
    expect(r.meta).toMatchObject({ agency: '临江市桦树镇人民政府', year: 2023, date: '2024-01-19', level: '乡镇' });
    expect(r.title).toBe('桦树镇2023年度政府信息公开年度工作报告');
    expect(r.format).toBe('2021');
    expect(r.source.formatDetected).toBe('2021');
  });
  it('keeps headings as written and maps 「3、」「4、」 to sections 三/四', () => {
    expect(r.source.headings.map((h) => [h.no, h.text])).toEqual([
      [1, '一、总体情况'],
      [2, '二、主动公开政府信息情况'],
      [3, '3、 收到和处理政府信息公开申请情况'],
      [4, '4、 政府信息公开行政复议、行政诉讼情况'],
      [5, '五、存在的主要问题及改进情况'],
      [6, '六、其他需要报告的事项'],
    ]);
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('reads every cell (all 0) and keeps tables out of the section text', () => {
    expect(Object.keys(r.tables)).toHaveLength(cellsOf('2021').length);
    zeroExcept(r, {});
    expect(r.sections[2].text).toBe('');
    expect(r.sections[1].text).not.toMatch(/规章|本年制发件数/);
    expect(r.source.complete).toBe(true);
  });
  it('splits 一 into its five sub-sections with their aspects, text 61 items', () => {
    const subs = r.sections[0].subsections!;
    expect(subs.map((s) => s.heading)).toEqual(['（1） 强化组织领导。', '（2） 积极推动政府信息主动公开。', '（三）建立健全信息公开工作制度。', '（四）完善政府信息公开指南和目录。', '（五）加强政府信息公开载体建设。']);
    expect(subs[1].aspect).toBe('active');
    expect(subs[4].aspect).toBe('platform');
    expect(subs[1].text).toContain('信息61条');
  });
  it('keeps the sign-off out of 六 and the whole text in source', () => {
    expect(r.signoff).toEqual({ agency: '临江市桦树镇人民政府', date: '2024年1月19日' });
    expect(r.sections[5].text).toBe('我镇暂无其他应报告事项。');
    expect(r.source.text).toContain('[bookmark: _GoBack]');
  });
});

describe('seed 001 — 酉阳县铜鼓镇 2023 (blank-line layout, labels broken over lines)', () => {
  const r = parse('001');
  it('meta: date from the page header (no sign-off)', () => {
    expect(r.meta).toMatchObject({ agency: '酉阳土家族苗族自治县铜鼓镇人民政府', year: 2023, date: '2024-01-26' });
    expect(r.format).toBe('2021');
    expect(r.source.notes.some((n) => n.where === '落款')).toBe(true);
  });
  it('表三: one application from a 商业企业, 予以公开, totals 1; everything else 0, no raw', () => {
    const ones = ['t3.new.commercial', 't3.new.total', 't3.r1.commercial', 't3.r1.total', 't3.r7.commercial', 't3.r7.total'];
    for (const id of ones) expect(r.tables[id], id).toEqual({ value: 1 });
    expect(r.tables['t3.new.natural']).toEqual({ value: 0 });
    zeroExcept(r, Object.fromEntries(ones.map((x) => [x, 1])));
  });
  it('subsections with aspects in order', () => {
    expect(r.sections[0].subsections!.map((s) => s.aspect)).toEqual(['active', 'request', 'management', 'platform', 'supervision']);
    expect(r.source.complete).toBe(true);
  });
});

describe('seed 002 — 同江市临江镇 2020 (2019 format, 「00」 and blank cells)', () => {
  const r = parse('002');
  it('meta: title over two lines, agency completed from the preface', () => {
    expect(r.title).toBe('同江市临江镇2020年政府信息公开工作年度报告');
    expect(r.meta).toMatchObject({ agency: '同江市临江镇人民政府', year: 2020 });
    expect(r.format).toBe('2019');
  });
  it('keeps 「00」 and the blank 总计 cells where they are (no shift)', () => {
    expect(r.tables['t3.r3_1.other']).toEqual({ value: 0, raw: '00' });
    expect(r.tables['t3.r3_1.total']).toEqual({ value: null, raw: '' });
    expect(r.tables['t3.r3_1.legal']).toEqual({ value: 0 });
    expect(r.tables['t3.r5_1.total']).toEqual({ value: null, raw: '' });
    expect(r.tables['t3.r5_1.other']).toEqual({ value: 0 });
    expect(r.tables['t3.r3_2.natural']).toEqual({ value: 0 });
  });
  it('2019 表三: （六）其他处理 is one row; 表二 has 第二十条第（九）项', () => {
    expect(r.tables['t3.r6.total']).toEqual({ value: 0 });
    expect(r.tables['t3.r6_1.total']).toBeUndefined();
    expect(r.tables['t2.procurement.amount']).toEqual({ value: 0 });
    expect(Object.keys(r.tables)).toHaveLength(cellsOf('2019').length);
  });
  it('records the altered label 「只记」', () => {
    expect(r.source.labels).toEqual([
      { table: 't3', key: 'r2', written: '（二）部分公开（区分处理的，只记这一情形，不计其他情形）', official: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
    ]);
  });
});

describe('seed 003 — 饶河县小佳河镇 2023 in the 2019 format, no title', () => {
  const r = parse('003');
  it('formatDetected 2019 regardless of the year; agency from the preface', () => {
    expect(r.source.formatDetected).toBe('2019');
    expect(r.format).toBe('2019');
    expect(r.meta.year).toBe(2023);
    expect(r.meta.agency).toBe('饶河县小佳河镇人民政府');
    expect(r.title).toBeUndefined();
  });
  it('reads the 2019 表二 (label 「本年新\\n制作数量」 broken over lines)', () => {
    expect(r.tables['t2.rules.made']).toEqual({ value: 0 });
    expect(r.tables['t2.fee.delta']).toEqual({ value: 0 });
    expect(r.tables['t2.procurement.count']).toEqual({ value: 0 });
    expect(r.tables['t2.rules.issued']).toBeUndefined();
    expect(r.sections[1].text).toContain('主要通过饶河县政府网站');
  });
});

describe('seed 004 — 繁峙县集义庄乡 2023', () => {
  const r = parse('004');
  it('meta and a heading behind 「[bookmark: _GoBack]」', () => {
    expect(r.meta).toMatchObject({ agency: '繁峙县集义庄乡人民政府', year: 2023, date: '2024-01-15', level: '乡镇' });
    expect(r.title).toBe('繁峙县集义庄乡人民政府2023年度政府信息公开工作年度报告');
    expect(r.source.headings[3]).toMatchObject({ no: 4, text: '四、政府信息公开行政复议、行政诉讼情况' });
  });
  it('all cells 0 in the 2021 format; 表四 from its header block and 15 numbers', () => {
    expect(r.format).toBe('2021');
    zeroExcept(r, {});
    expect(r.tables['t4.after.total']).toEqual({ value: 0 });
  });
  it('sub-headings （一）（二）（3）（4）（5） with aspects', () => {
    expect(r.sections[0].subsections!.map((s) => s.aspect)).toEqual(['active', 'request', 'management', 'platform', 'supervision']);
  });
});
