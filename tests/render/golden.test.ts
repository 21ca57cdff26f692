// Byte-for-byte pins of the text renderings (md, txt, html fragment and standalone page) for 25 reports, captured
// from the Handlebars renderer before it was replaced by precompiled table templates (tests/render/golden/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../server/render/index.js';
import type { AnyReport } from '../../server/report/schema.js';

const DIR = join(import.meta.dirname, 'golden');
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('renderings match the pinned outputs', () => {
  it('has 20 generated cases and the five seeds', () => {
    expect(CASES.filter((c) => c.startsWith('gen-'))).toHaveLength(20);
    expect(CASES.filter((c) => c.startsWith('seed-'))).toHaveLength(5);
  });
  for (const name of CASES) {
    it(name, () => {
      const report = JSON.parse(read(`${name}.json`)) as AnyReport;
      for (const standalone of [false, true]) {
        expect(renderReport(report, 'md', { standalone }), `md standalone=${standalone}`).toBe(read(`${name}.md`));
        expect(renderReport(report, 'txt', { standalone }), `txt standalone=${standalone}`).toBe(read(`${name}.txt`));
      }
      expect(renderReport(report, 'html'), 'html').toBe(read(`${name}.html`));
      expect(renderReport(report, 'html', { standalone: true }), 'html standalone').toBe(read(`${name}.standalone.html`));
    });
  }
  it('the same report renders the same twice (no state carried between calls)', () => {
    const a = JSON.parse(read(`${CASES[0]}.json`)) as AnyReport;
    const b = JSON.parse(read(`${CASES[2]}.json`)) as AnyReport;
    const first = renderReport(a, 'html');
    renderReport(b, 'html');
    expect(renderReport(a, 'html')).toBe(first);
  });
});
