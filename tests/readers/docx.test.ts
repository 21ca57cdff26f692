import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { sectionHeading, SECTIONS, T3_LEGAL_PERSON } from '../../server/format/index.js';
import { readDocument } from '../../server/parse/readers/index.js';
import { expectedRow, fixtureDocx, fixtureProse, pipeRows, rowWith, T2, T3, T4, valuesAfterLabel } from './helpers.js';

const isNumber = (s: string) => /^\d+(\.\d+)?$/.test(s);

describe('docx with the official merged tables (gridSpan/vMerge)', async () => {
  const prose = fixtureProse();
  const buf = await fixtureDocx(prose);
  const r = await readDocument(buf, '年报.docx');

  it('is read as docx with headings and paragraphs as lines', () => {
    expect(r.kind).toBe('docx');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe(prose.title);
    for (const s of SECTIONS) expect(lines, s.title).toContain(sectionHeading(s));
    for (const l of [...prose.s1, ...prose.s5, ...prose.s6]) expect(lines).toContain(l);
    expect(lines.slice(-2)).toEqual(prose.sign);
  });

  it('reads 表三 rows as labels then the 7 numbers, nothing duplicated from merged cells', () => {
    const cols = T3.columns.map((c) => c.key);
    for (const row of T3.rows.filter((x) => !x.group)) {
      const cells = rowWith(r.text, row.label);
      expect(valuesAfterLabel(cells, row.label), row.label).toEqual(expectedRow('t3', row.key, cols));
      expect(cells.filter(isNumber)).toHaveLength(cols.length);
    }
    expect(rowWith(r.text, T3_LEGAL_PERSON)).toEqual([T3.columns[0].label, T3_LEGAL_PERSON, T3.columns[6].label]);
    for (const g of T3.rows.filter((x) => x.group && x.parents)) {
      expect(pipeRows(r.text).filter((c) => c.includes(g.label)), g.label).toHaveLength(1);
    }
  });

  it('reads 表二 and 表四 values in column order', () => {
    for (const b of T2.blocks) {
      for (const row of b.rows) {
        expect(valuesAfterLabel(rowWith(r.text, row.label), row.label)).toEqual(expectedRow('t2', row.key, b.columns.map((c) => c.key)));
      }
    }
    const numbers = pipeRows(r.text).filter((c) => c.length === 15 && c.every(isNumber));
    expect(numbers).toEqual([T4.rows.flatMap((row) => expectedRow('t4', row.key, T4.columns.map((c) => c.key)))]);
  });
});

describe('docx details', () => {
  it('reads a document with an image without unpacking the image', async () => {
    // a 1x1 PNG; the reader skips word/media/* entirely
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const { ImageRun } = await import('docx');
    const doc = new Document({
      sections: [{ children: [new Paragraph('一、总体情况'), new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }), new Paragraph('正文')] }],
    });
    const r = await readDocument(await Packer.toBuffer(doc), 'img.docx');
    expect(r.text).toBe('一、总体情况\n正文');
  });

  it('joins a two-paragraph cell into one label', async () => {
    const cell = (...ps: string[]) => new TableCell({ children: ps.map((t) => new Paragraph(t)) });
    const doc = new Document({
      sections: [{ children: [new Table({ rows: [new TableRow({ children: [cell('商业', '企业'), cell('3')] })] })] }],
    });
    const r = await readDocument(await Packer.toBuffer(doc), 'cell.docx');
    expect(pipeRows(r.text)).toEqual([['商业企业', '3']]);
  });
});
