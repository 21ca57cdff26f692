// The validator as drafting sees it: the project checker (server/check) on the whole draft, plus the draft guards.
// The checker is loaded lazily so drafting keeps working (with the guards alone) where it is absent.
import type { Finding } from '../check/types.js';
import type { Report } from '../report/schema.js';
import { guardSection, type GuardContext } from './guard.js';

type CheckApi = {
  checkReport: (report: Report, opts: { generated: { sections: number[]; sources: unknown } }) => Finding[] | { findings: Finding[] } | Promise<Finding[] | { findings: Finding[] }>;
};

let checkApi: Promise<CheckApi | null> | undefined;
function loadCheck(): Promise<CheckApi | null> {
  // A variable specifier keeps the type checker from requiring the module while it is being built elsewhere.
  const spec = '../check/index.js';
  checkApi ??= import(spec).then((m: Partial<CheckApi>) => (typeof m.checkReport === 'function' ? (m as CheckApi) : null)).catch(() => null);
  return checkApi;
}

export async function hasChecker(): Promise<boolean> {
  return (await loadCheck()) !== null;
}

const key = (f: Finding) => `${f.rule}|${f.where.section ?? ''}|${f.evidence.quote ?? ''}|${f.actual ?? ''}`;

/**
 * All findings on a draft. `generated` lists the sections written by a model or the offline drafter, whose numbers
 * must be grounded in the facts and tables.
 */
export async function validateDraft(report: Report, generated: number[], guard: Omit<GuardContext, 'foreignOnly'>): Promise<Finding[]> {
  let api = await loadCheck();
  const out: Finding[] = [];
  if (api) {
    try {
      const r = await api.checkReport(report, {
        generated: { sections: generated, sources: { facts: report.facts, tables: report.tables, meta: report.meta } },
      });
      out.push(...(Array.isArray(r) ? r : r.findings));
    } catch {
      // A checker crash must not cost the clerk the draft: the guards below then check everything.
      api = null;
    }
  }
  for (const no of generated) {
    const s = report.sections.find((x) => x.no === no);
    if (s) out.push(...guardSection(no, s.text, { ...guard, foreignOnly: Boolean(api) }));
  }
  const seen = new Set<string>();
  return out.filter((f) => (seen.has(key(f)) ? false : (seen.add(key(f)), true)));
}

/** Errors that belong to one generated section (what a repair round must fix). */
export const sectionErrors = (findings: Finding[], no: number) => findings.filter((f) => f.severity === 'E' && f.where.section === no);
