// A stable id for a finding, so a reviewer's decision (accepted / dismissed) survives re-runs and re-ingests:
// rule + place + normalised evidence. Not the message wording, not line numbers, not ASCII-vs-full-width
// punctuation or whitespace (the corpus was re-punctuated on the way).
import { createHash } from 'node:crypto';
import type { AnyReport } from '../report/schema.js';
import { normQuote } from './text.js';
import type { Finding } from './types.js';

export function fingerprint(f: Finding, report: AnyReport): string {
  const w = f.where;
  const place = [w.section ?? '', w.table ?? '', w.row ?? '', w.column ?? '', [...(w.cells ?? [])].sort().join(',')].join('|');
  const cells = [...(f.evidence.cells ?? [])]
    .map((c) => `${c.id}=${normQuote(c.written)}`)
    .sort()
    .join(',');
  const quote = f.evidence.quote ? normQuote(f.evidence.quote) : '';
  // The report's year keeps last year's dismissed finding from silencing this year's identical one.
  const year = report.meta.year ?? '';
  return createHash('sha1').update([f.rule, year, place, cells, quote].join('\u0001')).digest('hex').slice(0, 16);
}
