// What the document readers emit (government pages with merged tables as pipe rows, a 小计 variant, <p> cells)
// parses into exactly the fixture report's cells.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../server/parse/readers/index.js';
import { parseText } from '../../server/parse/text.js';
import { ParsedReportSchema } from '../../server/report/schema.js';
import { FIXTURE_VALUES } from '../readers/helpers.js';

const FILES = ['gov-page-2021.html', 'gov-page-subtotal.html', 'gov-page-pcells.html', 'report-2021.txt', 'report-subtotal.txt'];

describe('reader output → parseText', () => {
  for (const f of FILES)
    it(`${f}: meta, all 200 cells equal, complete`, async () => {
      const d = await readDocument(readFileSync(new URL(`../fixtures/readers/${f}`, import.meta.url)), f);
      const r = ParsedReportSchema.parse(parseText(d.text, { file: f }));
      expect(r.meta).toMatchObject({ agency: '青山县白石镇人民政府', year: 2023, date: '2024-01-20' });
      expect(r.source.formatDetected).toBe('2021');
      for (const [id, v] of Object.entries(FIXTURE_VALUES)) expect(r.tables[id], id).toEqual({ value: v });
      expect(Object.keys(r.tables)).toHaveLength(Object.keys(FIXTURE_VALUES).length);
      expect(r.source.complete).toBe(true);
      expect(r.source.notes.some((n) => n.message.includes('小计'))).toBe(f.includes('subtotal'));
    });
});
