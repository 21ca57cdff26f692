// The acceptance: HTML and DOCX fixtures parse to the same cells as their text versions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../server/parse/text.js';
import { readDocument } from '../../server/parse/readers/index.js';
import { FIXTURE_VALUES, fixtureDocx, fixtureProse, T3 } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/readers/${name}`, import.meta.url));
const valuesOf = (tables: Record<string, { value: number | null }>) => Object.fromEntries(Object.entries(tables).map(([k, c]) => [k, c.value]));
const problems = (notes: { kind: string; message: string }[]) => notes.filter((n) => n.kind !== 'info').map((n) => n.message);

describe('read → parseText gives the cells of the plain-text version', () => {
  const plain = parseText(fixture('report-2021.txt').toString('utf8'));

  it('the plain-text version itself parses to the fixture values (the reference is right)', () => {
    expect(plain.format).toBe('2021');
    expect(valuesOf(plain.tables)).toEqual(FIXTURE_VALUES);
  });

  for (const [name, file] of [
    ['official merged tables', 'gov-page-2021.html'],
    ['cells as <p> in layout tables', 'gov-page-pcells.html'],
  ] as const) {
    it(`html: ${name}`, async () => {
      const parsed = parseText((await readDocument(fixture(file), file)).text);
      expect(valuesOf(parsed.tables)).toEqual(valuesOf(plain.tables));
      expect(parsed.format).toBe(plain.format);
      // The page's own 发布日期 is page metadata the plain text does not carry; the report's meta is the same.
      const { published, ...meta } = parsed.meta;
      expect(meta).toEqual(plain.meta);
      if (published) expect(published).toBe(plain.meta.date);
      expect(parsed.title).toBe(plain.title);
      expect(parsed.source.headings.map((h) => h.text)).toEqual(plain.source.headings.map((h) => h.text));
      expect(problems(parsed.source.notes)).toEqual(problems(plain.source.notes));
    });
  }

  it('html: local 小计 variant gives the same cells as its text version', async () => {
    const text = parseText(fixture('report-subtotal.txt').toString('utf8'));
    const parsed = parseText((await readDocument(fixture('gov-page-subtotal.html'), 'x.html')).text);
    expect(valuesOf(parsed.tables)).toEqual(valuesOf(text.tables));
    expect(valuesOf(parsed.tables)).toEqual(FIXTURE_VALUES);
  });

  it('docx (docx library, vMerge/gridSpan) gives the same cells, title and headings', async () => {
    const parsed = parseText((await readDocument(await fixtureDocx(fixtureProse()), 'r.docx')).text);
    expect(valuesOf(parsed.tables)).toEqual(valuesOf(plain.tables));
    expect(parsed.title).toBe(plain.title);
    expect(parsed.meta).toEqual(plain.meta);
    expect(parsed.source.headings.map((h) => h.text)).toEqual(plain.source.headings.map((h) => h.text));
  });

  it('html: a 「00」 and a blank cell reach the parser as written (CELL-INVALID needs them)', async () => {
    let html = fixture('gov-page-2021.html').toString('utf8');
    const leaf = T3.rows.find((r) => r.key === 'r3_1')?.label ?? '';
    let at = html.indexOf(`>${leaf}<`);
    for (let col = 0; col < T3.columns.length; col++) {
      at = html.indexOf('>0</span>', at + 1);
      if (col === 0) html = `${html.slice(0, at)}>00</span>${html.slice(at + '>0</span>'.length)}`;
      if (col === T3.columns.length - 1) html = `${html.slice(0, at)}></span>${html.slice(at + '>0</span>'.length)}`;
    }
    const parsed = parseText((await readDocument(Buffer.from(html), 'bad.html')).text);
    expect(parsed.tables['t3.r3_1.natural']).toEqual({ value: 0, raw: '00' });
    expect(parsed.tables['t3.r3_1.total']).toEqual({ value: null, raw: '' });
    expect(parsed.tables['t3.r3_1.commercial']).toEqual({ value: 0 });
  });
});
