// The validator: every rule of spec §5 over a parsed, user or generated report. No evidence, no finding.
import type { LanguageModel } from 'ai';
import { proofreadWithModel } from './proofread-llm.js';
import type { AnyReport } from '../report/schema.js';
import { RULES } from './catalogue.js';
import { checkContent } from './content.js';
import { buildContext } from './context.js';
import { checkCrossYear } from './crossyear.js';
import { checkDate } from './date.js';
import { checkEntities } from './entities.js';
import { checkFormat } from './format.js';
import { checkGrounding, type GroundingSources } from './grounding.js';
import { checkNumbers } from './narrative.js';
import { checkProofread } from './proofread.js';
import { checkProseSums } from './sums.js';
import { checkTables } from './tables.js';
import type { Finding } from './types.js';
import { checkYears } from './years.js';

export type { Finding, Evidence, Severity } from './types.js';
export { fingerprint } from './fingerprint.js';
export { ungroundedNumbers, type GroundingSources } from './grounding.js';
export { NO_PROOFREAD_MODEL_NOTICE } from './proofread-llm.js';

export interface CheckOptions {
  /** Last year's report of the same agency: enables Y-CARRYOVER, Y-STOCK, Y-REUSE, Y-JUMP. */
  previous?: AnyReport;
  /** Sections written by a model, and what the user gave: enables N-GROUNDING. */
  generated?: { sections: number[]; sources: GroundingSources };
}

const SEVERITY_ORDER = { E: 0, W: 1, I: 2 } as const;
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

export function checkReport(report: AnyReport, opts: CheckOptions = {}): Finding[] {
  const ctx = buildContext(report);
  checkTables(ctx);
  checkFormat(ctx);
  checkNumbers(ctx);
  checkProseSums(ctx);
  checkYears(ctx);
  checkEntities(ctx);
  checkContent(ctx);
  checkDate(ctx);
  checkProofread(ctx);
  if (opts.previous) checkCrossYear(ctx, opts.previous);
  if (opts.generated) checkGrounding(ctx, opts.generated);
  // Stable order: severity, then catalogue order, then as found.
  return ctx.out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || (RULE_ORDER.get(a.f.rule)! - RULE_ORDER.get(b.f.rule)!) || a.i - b.i)
    .map((x) => x.f);
}

/** Findings of the table family only (T3-*, T4-SUM, CELL-INVALID, T2-FEE-UNIT). */
export const TABLE_RULES = RULES.filter((r) => r.family === 'table').map((r) => r.id);

/**
 * The rules, then (when a model is given) the model's proofreading of the report's own text (P-TYPO, grounded in it).
 * One use-case for every entry that checks a published report (the review desk, `nianbao check`), so they agree.
 * Without a model the pass is skipped and `notice` says so.
 */
export async function checkReportWithModel(report: AnyReport, opts: CheckOptions & { model?: LanguageModel; signal?: AbortSignal } = {}): Promise<{ findings: Finding[]; notice?: string }> {
  const findings = checkReport(report, opts);
  const text = 'source' in report ? report.source.text : undefined;
  if (!text) return { findings };
  const proof = await proofreadWithModel(text, opts.model, { signal: opts.signal });
  return { findings: [...findings, ...proof.findings], notice: proof.notice };
}
