// Layout behaviour: generated reports written in the three published layouts parse back cell for cell; a blank
// cell never shifts the values after it; a run that cannot be tied to columns is unreadable, not guessed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellsOf, type FormatId } from '../../server/format/index.js';
import { parseText } from '../../server/parse/text.js';
import { randomValidReport } from '../../server/report/generate.js';
import { ParsedReportSchema } from '../../server/report/schema.js';
import { REPORTS_DIR, seed, writeGridReport, writeReport, type Layout } from './helpers.js';

const LAYOUTS: Layout[] = ['tab', 'pipe', 'plain'];
const FORMATS_: FormatId[] = ['2021', '2019'];

describe('generated reports in every layout', () => {
  for (const layout of LAYOUTS)
    for (const format of FORMATS_)
      it(`${layout} / ${format}: every cell read back exactly`, () => {
        for (let s = 1; s <= 8; s++) {
          const rep = randomValidReport(s, { format, year: format === '2019' ? 2020 : 2023 });
          const r = ParsedReportSchema.parse(parseText(writeReport(format, rep.tables, layout)));
          expect(r.source.formatDetected).toBe(format);
          for (const c of cellsOf(format)) expect(r.tables[c.id], `${layout} ${format} seed ${s} ${c.id}`).toEqual(rep.tables[c.id]);
          expect(Object.keys(r.tables)).toHaveLength(cellsOf(format).length);
          expect(r.source.complete).toBe(true);
          expect(r.sections.map((x) => x.no)).toEqual([1, 2, 3, 4, 5, 6]);
        }
      });
});

describe('ASCII punctuation everywhere (the corpus form)', () => {
  it('reads the same cells when every （），：； is ASCII', () => {
    const rep = randomValidReport(3, { format: '2021', year: 2023 });
    const text = writeReport('2021', rep.tables, 'plain').replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';');
    const r = parseText(text);
    for (const c of cellsOf('2021')) expect(r.tables[c.id], c.id).toEqual(rep.tables[c.id]);
    expect(r.source.labels).toEqual([]);
  });
});

describe('local 小计 column in 表三', () => {
  for (const layout of ['pipe', 'tab'] as Layout[])
    it(`${layout}: read by its column label, dropped from the cells, noted`, () => {
      const rep = randomValidReport(5, { format: '2021', year: 2023 });
      const r = parseText(writeReport('2021', rep.tables, layout, { subtotal: true }));
      for (const c of cellsOf('2021')) expect(r.tables[c.id], c.id).toEqual(rep.tables[c.id]);
      expect(Object.keys(r.tables).some((k) => k.includes('subtotal'))).toBe(false);
      expect(r.source.notes.some((n) => n.where === '表三' && n.message.includes('小计'))).toBe(true);
    });
});

describe('blank cells and missing values', () => {
  it('tab layout: a blank cell in the middle keeps the following values in their columns', () => {
    const text = seed('000').replace('\t1.属于国家秘密\n\t0\n\t0\n\t0', '\t1.属于国家秘密\n\t0\n\t\n\t7');
    const r = parseText(text);
    expect(r.tables['t3.r3_1.commercial']).toEqual({ value: null, raw: '' });
    expect(r.tables['t3.r3_1.research']).toEqual({ value: 7 });
    expect(r.tables['t3.r3_1.total']).toEqual({ value: 0 });
  });

  it('blank-line layout (seed 001) with one value missing: that row is unreadable, its neighbours intact', () => {
    const text = seed('001').replace(/1\.属于国家秘密\n\n0\n\n0\n\n0\s*\n\n/, '1.属于国家秘密\n\n0\n\n0\n\n');
    expect(text).not.toBe(seed('001'));
    const r = parseText(text);
    expect(Object.keys(r.tables).filter((k) => k.startsWith('t3.r3_1.'))).toEqual([]);
    expect(r.source.notes.some((n) => n.kind === 'unreadable' && n.where.includes('属于国家秘密'))).toBe(true);
    expect(r.tables['t3.r3_2.total']).toEqual({ value: 0 });
    expect(r.tables['t3.r1.commercial']).toEqual({ value: 1 });
  });

  it('「0。」 is the number 0 with no raw (punctuation), 「/」 and 「—」 keep raw with value null', () => {
    const text = seed('001').replace('行政许可\n\n0\n', '行政许可\n\n0。\n').replace('行政处罚\n\n0\n', '行政处罚\n\n/\n').replace('行政强制\n\n0\n', '行政强制\n\n—\n');
    const r = parseText(text);
    expect(r.tables['t2.license.decisions']).toEqual({ value: 0 });
    expect(r.tables['t2.penalty.decisions']).toEqual({ value: null, raw: '/' });
    expect(r.tables['t2.coercion.decisions']).toEqual({ value: null, raw: '—' });
  });

  it('a page cut inside 表三 keeps what was read and lists the missing rows', () => {
    const full = seed('002');
    const cut = full.slice(0, full.indexOf('\t3.要求提供公开出版物'));
    const r = parseText(cut);
    expect(r.tables['t3.r5_2.total']).toEqual({ value: 0 });
    expect(r.tables['t3.r7.total']).toBeUndefined();
    expect(r.source.complete).toBe(false);
    const t3 = r.source.notes.find((n) => n.where === '表三' && n.kind === 'missing');
    expect(t3?.message).toContain('（七）总计');
    expect(r.source.notes.some((n) => n.where === '表四')).toBe(true);
    expect(r.source.notes.some((n) => n.where === '第五部分')).toBe(true);
  });
});

describe('labels', () => {
  it('a slightly altered long label is still its row, and recorded', () => {
    const rep = randomValidReport(7, { format: '2021', year: 2023 });
    const text = writeReport('2021', rep.tables, 'tab').replace('5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新出具已经获取信息');
    const r = parseText(text);
    expect(r.tables['t3.r5_5.total']).toEqual(rep.tables['t3.r5_5.total']);
    expect(r.source.labels).toEqual([{ table: 't3', key: 'r5_5', written: '5.要求行政机关确认或重新出具已经获取信息', official: '5.要求行政机关确认或重新出具已获取信息' }]);
  });

  it('a short label is not matched fuzzily (「规则」 is not 「规章」)', () => {
    const rep = randomValidReport(2, { format: '2021', year: 2023 });
    const r = parseText(writeReport('2021', rep.tables, 'pipe').replace('| 规章 |', '| 规则 |'));
    expect(r.tables['t2.rules.issued']).toBeUndefined();
    expect(r.tables['t2.normative.issued']).toEqual(rep.tables['t2.normative.issued']);
  });

  it('表三 row labels 「三、本年度办理结果」「四、结转下年度继续办理」 are never taken for section headings', () => {
    const r = parseText(seed('001'));
    expect(r.source.headings.map((h) => h.line)).toEqual([6, 30, 92, 528, 609, 615]);
  });
});

describe('pipe grid: merged label cells written as empty cells (表三)', () => {
  for (const format of FORMATS_)
    it(`${format}: rows with labels spanning columns or after a merged group cell are read under the header's columns`, () => {
      for (let s = 1; s <= 4; s++) {
        const rep = randomValidReport(40 + s, { format, year: format === '2019' ? 2020 : 2023 });
        const text = writeGridReport(format, rep.tables);
        expect(text).toMatch(/\| 一、本年新收政府信息公开申请数量 \|  \|  \| \d/);
        const r = parseText(text);
        for (const c of cellsOf(format)) expect(r.tables[c.id], `${format} seed ${s} ${c.id}`).toEqual(rep.tables[c.id]);
        expect(r.source.complete).toBe(true);
      }
    });

  it('a blank value cell stays in its column; the cells around it keep theirs', () => {
    const rep = randomValidReport(9, { format: '2021', year: 2023 });
    const r = parseText(writeGridReport('2021', rep.tables, (row, cells) => (row === 'new' ? cells.map((c, i) => (i === 3 ? '' : c)) : cells)));
    expect(r.tables['t3.new.natural']).toEqual({ value: null, raw: '' });
    expect(r.tables['t3.new.commercial']).toEqual(rep.tables['t3.new.commercial']);
    expect(r.tables['t3.new.total']).toEqual(rep.tables['t3.new.total']);
  });

  it('a number in a label column (outside the header\'s columns) makes the row unreadable, never shifted', () => {
    const rep = randomValidReport(10, { format: '2021', year: 2023 });
    const r = parseText(writeGridReport('2021', rep.tables, (row, cells) => (row === 'carried' ? cells.map((c, i) => (i === 1 ? '5' : c)) : cells)));
    expect(Object.keys(r.tables).filter((k) => k.startsWith('t3.carried.'))).toEqual([]);
    expect(r.source.notes.some((n) => n.kind === 'unreadable' && n.where.includes('上年结转'))).toBe(true);
    expect(r.tables['t3.new.total']).toEqual(rep.tables['t3.new.total']);
  });
});

describe('altered column labels are recorded (F-LABELS)', () => {
  it('r029: 2019 item-1 column 「对外公开数量」 for 「对外公开总数量」', () => {
    const r = parseText(readFileSync(`${REPORTS_DIR}r029.txt`, 'utf8'));
    expect(r.source.labels).toContainEqual({ table: 't2', key: 'item1.total', written: '对外公开数量', official: '对外公开总数量' });
    expect(r.tables['t2.rules.total']).toEqual({ value: 0 });
  });

  for (const layout of LAYOUTS)
    it(`${layout}: an altered 表二/表三 column label is read as its column and recorded; the official ones are not`, () => {
      const rep = randomValidReport(11, { format: '2021', year: 2023 });
      const text = writeReport('2021', rep.tables, layout).replace('本年废止件数', '本年度废止件数').replace('社会公益组织', '社会公益性组织');
      const r = parseText(text);
      for (const c of cellsOf('2021')) expect(r.tables[c.id], c.id).toEqual(rep.tables[c.id]);
      expect(r.source.labels).toEqual([
        { table: 't2', key: 'item1.repealed', written: '本年度废止件数', official: '本年废止件数' },
        { table: 't3', key: 'main.welfare', written: '社会公益性组织', official: '社会公益组织' },
      ]);
    });
});
