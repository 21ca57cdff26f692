// Shapes of an eval run: one result per suite, flat metrics (compared run to run), tables and worst cases.

export type SuiteName = 'parse' | 'check' | 'retrieval' | 'draft' | 'judge' | 'chat';
export const SUITES: SuiteName[] = ['parse', 'check', 'retrieval', 'draft', 'judge', 'chat'];
/** Suites whose numbers do not depend on a model: CI thresholds apply to these. */
export const DETERMINISTIC: SuiteName[] = ['parse', 'check', 'retrieval', 'draft'];

export interface MetricDef {
  value: number;
  /** Chinese label shown in the report and the CLI table. */
  label: string;
  /** 'higher' (accuracy), 'lower' (misreads, leaks) — decides the colour of a change. */
  better: 'higher' | 'lower';
  /** Shown as a percentage when true. */
  ratio?: boolean;
}

export interface TableGroup {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** One scored case. `anchor` is unique in the report (HTML id). */
export interface CaseResult {
  anchor: string;
  title: string;
  /** 0..1, lower = worse; worst cases are listed by this. */
  score: number;
  /** Short Chinese lines: what went wrong. */
  problems: string[];
  /** Text the case rests on (excerpt), for the HTML page. */
  text?: string;
}

export interface SuiteResult {
  name: SuiteName;
  status: 'ok' | 'skipped' | 'error';
  /** Why skipped / what failed (Chinese). */
  reason?: string;
  durationMs: number;
  metrics: Record<string, MetricDef>;
  groups: TableGroup[];
  cases: CaseResult[];
}

export interface MetricChange {
  key: string; // `${suite}.${metric}`
  previous: number;
  current: number;
  delta: number;
  verdict: 'better' | 'worse' | 'same';
}

export interface ThresholdFailure {
  key: string;
  value: number | null;
  rule: string; // 「≥ 0.95」
}

export interface EvalReport {
  version: 1;
  startedAt: string;
  durationMs: number;
  gitRev?: string;
  model?: string;
  suites: SuiteResult[];
  previous?: { id: number; startedAt: string };
  changes: MetricChange[];
  thresholdFailures: ThresholdFailure[];
  runId?: number;
}

export const metricKey = (suite: string, metric: string) => `${suite}.${metric}`;

export function flatMetrics(report: Pick<EvalReport, 'suites'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of report.suites) {
    if (s.status !== 'ok') continue;
    for (const [k, m] of Object.entries(s.metrics)) if (Number.isFinite(m.value)) out[metricKey(s.name, k)] = m.value;
  }
  return out;
}

export function skipped(name: SuiteName, reason: string): SuiteResult {
  return { name, status: 'skipped', reason, durationMs: 0, metrics: {}, groups: [], cases: [] };
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
export const round = (x: number, d = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
