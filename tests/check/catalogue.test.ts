// Every rule of the catalogue names a real text it catches and a real correct text it leaves alone
// (server/check/examples.ts). The quotes must exist verbatim in their corpus files, and the rule must fire on the
// example and stay silent on the counter-example.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleExample } from '../../server/check/catalogue.js';
import { checkReport, type Finding } from '../../server/check/index.js';
import { parseText } from '../../server/parse/text.js';
import type { Report } from '../../server/report/schema.js';
import { quotesOverlap } from '../../evals/lib/real.js';
import { asParsed, goodReport, withSection } from './helpers.js';

const CORPUS = new URL('../../corpus/', import.meta.url);
const read = (source: string) => readFileSync(new URL(source, CORPUS), 'utf8');
const norm = (s: string) => s.replace(/\s+/g, '');
const evidenceOf = (f: Finding) => norm([f.evidence.quote ?? '', f.message, ...(f.evidence.cells ?? []).map((c) => `${c.place}${c.written}`)].join(''));

/** The findings of `rule` for an example shown the way it says. */
function findingsFor(rule: string, ex: RuleExample): Finding[] {
  const base = (): Report => goodReport(7, { year: 2023 });
  let report: Report | ReturnType<typeof asParsed>;
  let previous: Report | undefined;
  switch (ex.via) {
    case 'file':
      return checkReport(parseText(read(ex.source), { file: ex.source })).filter((f) => f.rule === rule);
    case 'section':
      // Generated prose (N-GROUNDING) is a draft, not a parsed page.
      report = rule === 'N-GROUNDING' ? withSection(base(), ex.section ?? 1, ex.quote) : asParsed(withSection(base(), ex.section ?? 1, ex.quote));
      break;
    case 'cells':
      report = asParsed({ ...base(), tables: { ...base().tables, ...ex.cells } });
      break;
    case 'previous': {
      const now = base();
      if (ex.section) {
        report = withSection(now, ex.section, ex.quote);
        previous = withSection(goodReport(8, { year: 2022 }), ex.section, ex.quote);
      } else {
        report = now;
        previous = { ...goodReport(7, { year: 2022 }), tables: { ...now.tables, ...ex.cells } };
      }
      break;
    }
    case 'model':
      return [];
  }
  const generated = rule === 'N-GROUNDING' ? { sections: [ex.section ?? 1], sources: { facts: [], tables: report.tables, meta: report.meta } } : undefined;
  return checkReport(report, { previous, generated } as never).filter((f) => f.rule === rule);
}

describe('rule catalogue: real examples and counter-examples', () => {
  it('every rule has both, quoted verbatim from its corpus file', () => {
    for (const r of RULES)
      for (const ex of [r.example, r.counterExample]) expect(norm(read(ex.source)).includes(norm(ex.quote)), `${r.id}: 「${ex.quote}」 in ${ex.source}`).toBe(true);
  });

  for (const r of RULES) {
    it(`${r.id} fires on its example and not on its counter-example`, () => {
      if (r.example.via !== 'model') {
        const fs = findingsFor(r.id, r.example);
        expect(fs.length, `${r.id} on 「${r.example.quote}」`).toBeGreaterThan(0);
        if (r.example.via === 'file') expect(fs.some((f) => quotesOverlap(r.example.quote, evidenceOf(f))), `${r.id} quotes 「${r.example.quote}」`).toBe(true);
      }
      const counter = findingsFor(r.id, r.counterExample).filter((f) => r.counterExample.via !== 'file' || evidenceOf(f).includes(norm(r.counterExample.quote)) || r.counterExample.source.startsWith('seeds/001'));
      expect(counter.map((f) => f.message), `${r.id} on counter-example 「${r.counterExample.quote}」`).toEqual([]);
    });
  }
});
