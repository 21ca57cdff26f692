import { describe, expect, it } from 'vitest';
import { cellsOf, FORMATS, SECTIONS, sectionHeading, T3_APPLICANT_HEADER, T3_LEGAL_PERSON, T3_NOTE, T4_LAWSUIT, T4_REVIEW, type FormatId } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import { occupancy, renderReport, tableViews } from '../../server/render/index.js';
import { readTables, rowWidths } from './html-dom.js';

const FORMAT_IDS: FormatId[] = ['2021', '2019'];

describe('table view-model', () => {
  for (const f of FORMAT_IDS) {
    it(`${f}: every grid is rectangular and holds every numeric cell exactly once`, () => {
      const r = randomValidReport(1, { format: f });
      const views = tableViews(f, r.tables);
      const ids: string[] = [];
      for (const v of views) {
        const occ = occupancy(v.grid); // throws on holes/overflow
        expect(occ.every((row) => row.length === v.grid.cols)).toBe(true);
        for (const row of v.grid.rows) for (const c of row.cells) if (c.id) ids.push(c.id);
      }
      expect(ids.sort()).toEqual(cellsOf(f).map((c) => c.id).sort());
    });
  }

  it('表三 2021: 「三、本年度办理结果」 spans the 21 result leaves and （七）总计; （三）spans its 8 leaves', () => {
    const t3 = tableViews('2021', {}).find((v) => v.key === 't3')!;
    const cells = t3.grid.rows.flatMap((r) => r.cells);
    expect(cells.find((c) => c.text === '三、本年度办理结果')!.rowspan).toBe(22);
    expect(cells.find((c) => c.text === '（三）不予公开')!.rowspan).toBe(8);
    expect(cells.find((c) => c.text === '（六）其他处理')!.rowspan).toBe(3);
    const corner = cells.find((c) => c.text === T3_NOTE)!;
    expect([corner.rowspan, corner.colspan]).toEqual([3, 3]);
    expect(cells.find((c) => c.text === T3_APPLICANT_HEADER)!.colspan).toBe(7);
    expect(cells.find((c) => c.text === T3_LEGAL_PERSON)!.colspan).toBe(5);
  });

  it('表三 2019: （六）其他处理 is a numeric row under 三 (no group cell)', () => {
    const t3 = tableViews('2019', {}).find((v) => v.key === 't3')!;
    const cells = t3.grid.rows.flatMap((r) => r.cells);
    expect(cells.find((c) => c.text === '三、本年度办理结果')!.rowspan).toBe(20);
    const r6 = cells.find((c) => c.text === '（六）其他处理')!;
    expect(r6.role).toBe('label');
    expect(r6.colspan).toBe(2);
  });

  it('表四: three header rows and the 15 numbers in one row', () => {
    const t4 = tableViews('2021', randomValidReport(5).tables).find((v) => v.key === 't4')!;
    expect(t4.grid.rows.filter((r) => r.header)).toHaveLength(3);
    const body = t4.grid.rows.filter((r) => !r.header);
    expect(body).toHaveLength(1);
    expect(body[0].cells).toHaveLength(15);
    const head = t4.grid.rows[0].cells.map((c) => [c.text, c.colspan]);
    expect(head).toEqual([
      [T4_REVIEW, 5],
      [T4_LAWSUIT, 10],
    ]);
  });
});

describe('renderReport html', () => {
  for (const f of FORMAT_IDS) {
    it(`${f}: well-formed merged tables whose data cells carry the report's values`, () => {
      const r = randomValidReport(11, { format: f });
      const html = renderReport(r, 'html');
      const tables = readTables(html);
      expect(tables).toHaveLength(3);
      for (const t of tables) {
        const widths = rowWidths(t);
        expect(new Set(widths).size, `${t.attrs.class} widths ${widths}`).toBe(1);
      }
      const data = new Map(tables.flatMap((t) => t.rows.flat().filter((c) => c.tag === 'td').map((c) => [c.attrs['data-cell'], c.text])));
      for (const c of cellsOf(f)) expect(data.get(c.id), c.id).toBe(String(r.tables[c.id].value));
      const t4 = tables.find((t) => t.attrs.class === 't4')!;
      expect(t4.rows.at(-1)!.filter((c) => c.tag === 'td')).toHaveLength(15);
      expect(t4.rows[1].map((c) => c.text)).toContain('未经复议直接起诉');
      const captions = tables[0].rows.filter((row) => row.length === 1 && row[0].colspan === 4).map((row) => row[0].text);
      expect(captions).toEqual(FORMATS[f].tables[0].blocks.map((b) => b.caption));
    });
  }

  it('escapes every piece of report text; standalone is a complete self-contained zh-CN page', () => {
    const r = randomValidReport(2);
    r.title = '<script>alert(1)</script>';
    r.meta.agency = '某镇"><img src=x onerror=alert(1)>';
    r.sections[0].text = '<b>粗</b>{{constructor}}';
    r.tables['t3.new.natural'] = { value: null, raw: '<i>1</i>' };
    const page = renderReport(r, 'html', { standalone: true });
    expect(page).not.toMatch(/<script|<img|<b>|<i>/);
    expect(page).toContain('&lt;script&gt;');
    expect(page).toContain('{{constructor}}');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<link|src=|url\(|@import/);
    expect(page).toContain('@page');
    const fragment = renderReport(r, 'html');
    expect(fragment.startsWith('<article')).toBe(true);
  });
});

describe('renderReport md/txt', () => {
  it('md: pipe tables with a constant column count; group rows carry no cells', () => {
    const r = randomValidReport(4, { format: '2021' });
    const md = renderReport(r, 'md');
    const lines = md.split('\n');
    expect(lines[0]).toBe(`# ${r.title}`);
    for (const s of SECTIONS) expect(lines).toContain(`## ${sectionHeading(s)}`);
    expect(lines).toContain('| （三）不予公开 |');
    const row = lines.find((l) => l.startsWith('| 一、本年新收'))!;
    const cols = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other', 'total'];
    expect(row).toBe(`| 一、本年新收政府信息公开申请数量 | ${cols.map((c) => r.tables[`t3.new.${c}`].value).join(' | ')} |`);
    // 表四: header rows flattened (each official label once, merged positions blank), then the 15 numbers.
    const t4Head = lines.findIndex((l) => l.startsWith(`| ${T4_REVIEW} |`));
    expect(lines[t4Head].split('|').map((c) => c.trim()).filter(Boolean)).toEqual([T4_REVIEW, T4_LAWSUIT]);
    const t4 = lines.slice(t4Head).find((l) => /^\|( -?\d+(\.\d+)? \|)+$/.test(l))!;
    expect(t4.split('|').length - 2).toBe(15);
    const header3 = lines.find((l) => l.includes(T3_LEGAL_PERSON))!.split('|').slice(1, -1).map((c) => c.trim());
    expect(header3).toEqual(['', '自然人', T3_LEGAL_PERSON, '', '', '', '', '总计']);
  });

  it('keeps raw values as written and missing values empty; pipes in cells are escaped', () => {
    const r = randomValidReport(6, { format: '2019' });
    r.tables['t3.r3_1.natural'] = { value: 0, raw: '00' };
    r.tables['t3.r3_1.commercial'] = { value: null, raw: 'a|b' };
    delete r.tables['t3.r3_1.total'];
    const md = renderReport(r, 'md');
    const row = md.split('\n').find((l) => l.startsWith('| 1.属于国家秘密'))!;
    expect(row.startsWith('| 1.属于国家秘密 | 00 | a\\|b |')).toBe(true);
    expect(row.endsWith('|  |')).toBe(true);
    const txt = renderReport(r, 'txt');
    const at = txt.indexOf('\t1.属于国家秘密\n');
    expect(txt.slice(at).split('\n').slice(1, 9)).toEqual(['\t00', '\ta|b', ...[2, 3, 4, 5].map((i) => `\t${r.tables[`t3.r3_1.${['research', 'welfare', 'legal', 'other'][i - 2]}`].value}`), '\t', '']);
  });

  it('txt: title, six headings, one cell per tab-indented line, sign-off with the Chinese date', () => {
    const r = randomValidReport(8, { format: '2021' });
    r.meta.date = '2024-01-19';
    const txt = renderReport(r, 'txt');
    const lines = txt.trimEnd().split('\n');
    expect(lines[0]).toBe(r.title);
    for (const s of SECTIONS) expect(lines).toContain(sectionHeading(s));
    expect(lines.slice(-2)).toEqual([r.meta.agency, '2024年1月19日']);
    expect(lines.filter((l) => l.startsWith('\t')).length).toBeGreaterThan(cellsOf('2021').length);
  });

  it('keeps sections in the order written; a missing section with a table gets its official heading', () => {
    const r = randomValidReport(12, { format: '2021' });
    const [s1, s2, , s4, s5, s6] = r.sections;
    s4.heading = '3、政府信息公开行政复议、行政诉讼情况'; // renumbered as written
    const txt = renderReport({ ...r, sections: [s1, s2, s4, s5, s6] }, 'txt').split('\n');
    const pos = (h: string) => txt.indexOf(h);
    expect(pos(sectionHeading(SECTIONS[2]))).toBeGreaterThan(pos(s2.heading));
    expect(pos(sectionHeading(SECTIONS[2]))).toBeLessThan(pos(s4.heading));
    expect(pos(s4.heading)).toBeLessThan(pos(s5.heading));
    expect(txt).not.toContain(sectionHeading(SECTIONS[3]));
    const swapped = renderReport({ ...r, sections: [s1, s5, s2] }, 'txt').split('\n');
    expect(swapped.indexOf(s5.heading)).toBeLessThan(swapped.indexOf(s2.heading));
  });

  it('a parsed report without format or tables renders its text and no tables', () => {
    const r = randomValidReport(9);
    const parsed = { ...r, format: null, meta: { ...r.meta, year: null }, tables: {}, source: { headings: [], formatDetected: null, complete: false, notes: [], labels: [] } };
    const html = renderReport(parsed, 'html');
    expect(readTables(html)).toHaveLength(0);
    expect(html).toContain(sectionHeading(SECTIONS[0]));
  });
});
