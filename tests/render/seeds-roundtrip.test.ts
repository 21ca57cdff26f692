// Real published reports: parse a seed, render it, read the rendering back — same meta, every cell exactly as
// read the first time (raw 「00」, blanks, wrong-format tables included), and headings as written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../server/parse/text.js';
import { readDocument } from '../../server/parse/readers/index.js';
import { renderDocx } from '../../server/render/docx.js';
import { renderReport } from '../../server/render/index.js';
import type { ParsedReport } from '../../server/report/schema.js';

const DIR = 'corpus/seeds';
const SEEDS = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

async function rendered(p: ParsedReport, layout: 'txt' | 'md' | 'html' | 'docx'): Promise<string> {
  if (layout === 'txt' || layout === 'md') return renderReport(p, layout);
  const buf = layout === 'docx' ? await renderDocx(p) : Buffer.from(renderReport(p, 'html', { standalone: true }));
  return (await readDocument(buf, `seed.${layout}`)).text;
}

describe('seed reports survive render → parse', () => {
  it('has the five seeds', () => expect(SEEDS.length).toBe(5));
  for (const f of SEEDS) {
    it(f, async () => {
      const p = parseText(readFileSync(join(DIR, f), 'utf8'));
      expect(Object.keys(p.tables).length).toBeGreaterThan(100);
      for (const layout of ['txt', 'md', 'html', 'docx'] as const) {
        const q = parseText(await rendered(p, layout));
        expect([q.meta.agency, q.meta.year, q.meta.date, q.format], layout).toEqual([p.meta.agency, p.meta.year, p.meta.date, p.format]);
        expect(q.tables, layout).toEqual(p.tables);
        expect(q.sections.map((s) => s.heading), layout).toEqual(p.sections.map((s) => s.heading));
      }
    });
  }
});
