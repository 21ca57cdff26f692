import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellsOf, SECTIONS, sectionHeading, T3_NOTE, T4_LAWSUIT } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import { renderDocx } from '../../server/render/docx.js';

async function open(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const read = (p: string) => zip.file(p)!.async('string');
  return { zip, doc: await read('word/document.xml'), fonts: await read('word/fontTable.xml'), read };
}

/** Runs as (eastAsia font, size, text). */
const runs = (xml: string) =>
  [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => ({
    eastAsia: m[1].match(/w:eastAsia="([^"]+)"/)?.[1],
    ascii: m[1].match(/w:ascii="([^"]+)"/)?.[1],
    size: Number(m[1].match(/<w:sz w:val="(\d+)"/)?.[1]),
    text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));

describe('renderDocx', () => {
  const report = randomValidReport(21, { format: '2021' });
  report.meta.date = '2024-01-19';
  report.sections[0].text = '全年工作情况如下。\n（一）主动公开情况\n主动公开政府信息39条。';
  report.title = `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告 & <测试>`;
  const ready = renderDocx(report).then(open);

  it('A4 page with the GB/T 9704 margins in twips', async () => {
    const { doc } = await ready;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = doc.match(/<w:pgMar ([^>]*)\/>/)![1];
    const attr = (k: string) => Number(mar.match(new RegExp(`w:${k}="(\\d+)"`))![1]);
    // 1 mm = 1440/25.4 twips
    expect(attr('top')).toBeCloseTo((37 * 1440) / 25.4, -1);
    expect(attr('bottom')).toBeCloseTo((35 * 1440) / 25.4, -1);
    expect(attr('left')).toBeCloseTo((28 * 1440) / 25.4, -1);
    expect(attr('right')).toBeCloseTo((26 * 1440) / 25.4, -1);
  });

  it('title 22 pt 方正小标宋简体 centred; headings 黑体/楷体; body 16 pt 仿宋_GB2312; Latin in Times New Roman', async () => {
    const { doc } = await ready;
    const rs = runs(doc);
    const title = rs.find((r) => r.text.includes('年政府信息公开工作年度报告'))!;
    expect(title).toMatchObject({ eastAsia: '方正小标宋简体', size: 44, ascii: 'Times New Roman' });
    expect(title.text).toContain('&amp; &lt;测试&gt;'); // XML-escaped, not injected
    const firstP = doc.match(/<w:p>(.*?)<\/w:p>/)![1];
    expect(firstP).toContain('<w:jc w:val="center"/>');
    for (const s of SECTIONS) expect(rs.find((r) => r.text === sectionHeading(s)), s.title).toMatchObject({ eastAsia: '黑体', size: 32 });
    expect(rs.find((r) => r.text === '（一）主动公开情况')).toMatchObject({ eastAsia: '楷体_GB2312', size: 32 });
    expect(rs.find((r) => r.text === '主动公开政府信息39条。')).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32, ascii: 'Times New Roman' });
    expect(doc).toMatch(/<w:ind w:firstLine="640"\/>/);
    expect(doc).toMatch(/w:line="579" w:lineRule="exact"/);
  });

  it('fallback fonts are declared in the font table', async () => {
    const { fonts } = await ready;
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });

  it('tables hold every number of the report, merged headers use gridSpan/vMerge, header rows repeat', async () => {
    const { doc } = await ready;
    const tables = [...doc.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tables).toHaveLength(3);
    const cellTexts = (t: string) =>
      [...t.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''));
    const all = tables.map(cellTexts);
    // Every numeric cell, in reading order, equals the report's value.
    const numbers = all.flat().filter((t) => /^-?\d+(\.\d+)?$/.test(t));
    expect(numbers).toEqual(cellsOf('2021').map((c) => String(report.tables[c.id].value)));
    expect(tables.every((t) => /<w:gridSpan w:val="\d+"\/>/.test(t))).toBe(true);
    expect(tables[1]).toContain('<w:vMerge w:val="restart"/>');
    expect(tables[1]).toContain('<w:vMerge w:val="continue"/>');
    expect(tables[1]).toContain(T3_NOTE);
    expect(tables[2]).toContain(T4_LAWSUIT);
    expect((tables[1].match(/<w:tblHeader\/>/g) ?? []).length).toBe(3);
    expect((tables[2].match(/<w:tblHeader\/>/g) ?? []).length).toBe(3);
    expect(runs(tables[1]).every((r) => r.size === 21)).toBe(true);
  });

  it('footer page number 「— PAGE —」 at 14 pt on odd and even pages; sign-off right-aligned with the Chinese date', async () => {
    const { doc, read, zip } = await ready;
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers.length).toBe(2);
    for (const f of footers) {
      const xml = await read(f);
      expect(xml).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(runs(xml).map((r) => r.text).join('')).toBe('—  —');
      expect(runs(xml).every((r) => r.size === 28)).toBe(true);
    }
    const paras = [...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]);
    const date = paras.find((p) => p.includes('2024年1月19日'))!;
    expect(date).toContain('<w:jc w:val="right"/>');
    expect(paras[paras.indexOf(date) - 1]).toContain(report.meta.agency);
  });
});
