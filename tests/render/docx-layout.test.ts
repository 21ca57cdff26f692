// Word layout: headings kept with what follows, 表二 sub-table captions centred, and the narrow merged group
// labels of 表三 (「（三）不予公开」) wide enough that the numeral is never split from its bracket.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionHeading, tableDef } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import { docxColumnWidths, renderDocx } from '../../server/render/docx.js';
import { tableView } from '../../server/render/grid.js';

const report = randomValidReport(7, { format: '2021' });
const ready = renderDocx(report).then(async (buf) => (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string'));

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]);
const text = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
const TEXT_WIDTH = 11906 - Math.round(((28 + 26) * 1440) / 25.4);

describe('renderDocx layout', () => {
  it('every section heading keeps with the next paragraph or table (keepNext, keepLines)', async () => {
    const ps = paragraphs(await ready);
    for (const s of SECTIONS) {
      const p = ps.find((x) => text(x) === sectionHeading(s));
      expect(p, s.title).toBeDefined();
      expect(p).toContain('<w:keepNext/>');
      expect(p).toContain('<w:keepLines/>');
    }
  });

  it('表二 sub-table captions (「第二十条第（一）项」…) and column headers are centred and kept with their rows', async () => {
    const xml = await ready;
    const t2 = xml.match(/<w:tbl>(.*?)<\/w:tbl>/)![1];
    const cells = [...t2.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) => m[1]);
    const captions = tableDef('2021', 't2').blocks.map((b) => b.caption!);
    expect(captions[0]).toBe('第二十条第（一）项');
    for (const c of captions) {
      const cell = cells.find((x) => text(x) === c)!;
      expect(cell, c).toBeDefined();
      expect(cell).toContain('<w:jc w:val="center"/>');
      expect(cell).toContain('<w:keepNext/>');
    }
    for (const h of ['信息内容', '本年制发件数', '本年处理决定数量']) expect(cells.find((x) => text(x) === h)).toContain('<w:jc w:val="center"/>');
    // A row label stays left-aligned.
    expect(cells.find((x) => text(x) === '规章')).not.toContain('<w:jc w:val="center"/>');
  });

  it('「（三）不予公开」: the numeral on its own line, the column at least four characters wide; widths add up', async () => {
    const xml = await ready;
    const t3 = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)][1][1];
    const cell = [...t3.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) => m[1]).find((x) => text(x) === '（三）不予公开')!;
    expect(cell).toBeDefined();
    expect(cell).toMatch(/<w:t[^>]*>（三）<\/w:t><\/w:r><w:r>.*<w:br\/><w:t[^>]*>不予公开<\/w:t>/);
    const width = Number(cell.match(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/)!.slice(1).find(Boolean));
    // 五号 = 210 twips a character; cell margins 120.
    expect(width).toBeGreaterThanOrEqual(4 * 210 + 120);
    const grid = [...t3.match(/<w:tblGrid>(.*?)<\/w:tblGrid>/)![1].matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid[1]).toBe(width);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(TEXT_WIDTH - grid.length);
  });

  it('docxColumnWidths widens only group-label columns, taking the width from the row-label column', () => {
    const grid = tableView(tableDef('2021', 't3'), report.tables).grid;
    const base = grid.widths.map((w) => Math.floor((TEXT_WIDTH * w) / 100));
    const widths = docxColumnWidths(grid, TEXT_WIDTH);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(base.reduce((a, b) => a + b, 0));
    expect(widths[1]).toBeGreaterThan(base[1]);
    expect(widths[2]).toBeLessThan(base[2]);
    expect(widths.slice(3)).toEqual(base.slice(3));
    // 表二 and 表四 have no group labels: unchanged.
    const t4 = tableView(tableDef('2021', 't4'), report.tables).grid;
    expect(docxColumnWidths(t4, TEXT_WIDTH)).toEqual(t4.widths.map((w) => Math.floor((TEXT_WIDTH * w) / 100)));
  });
});
