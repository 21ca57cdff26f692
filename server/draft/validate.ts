// The validator as drafting sees it: the project checker on the whole draft (with N-GROUNDING for the generated
// sections) plus the draft guard (names of example agencies).
import { checkReport } from '../check/index.js';
import type { Finding } from '../check/types.js';
import type { Fact, Report } from '../report/schema.js';
import type { Cells } from '../report/tables.js';
import { guardSection, type GuardContext } from './guard.js';

const key = (f: Finding) => `${f.rule}|${f.where.section ?? ''}|${f.evidence.quote ?? ''}|${f.actual ?? ''}`;

/** All findings on a draft; `generated` lists the sections whose numbers must be grounded in facts and tables. */
export function validateDraft(report: Report, generated: number[], ctx: GuardContext & { facts: Fact[]; tables: Cells }): Finding[] {
  const out = checkReport(report, { generated: { sections: generated, sources: { facts: ctx.facts, tables: ctx.tables, meta: report.meta } } });
  for (const no of generated) {
    const s = report.sections.find((x) => x.no === no);
    if (s) out.push(...guardSection(no, s.text, ctx));
  }
  const seen = new Set<string>();
  return out.filter((f) => (seen.has(key(f)) ? false : (seen.add(key(f)), true)));
}

/** Errors that belong to one generated section (what a repair round must fix). */
export const sectionErrors = (findings: Finding[], no: number) => findings.filter((f) => f.severity === 'E' && f.where.section === no);
