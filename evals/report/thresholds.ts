// CI thresholds (evals/thresholds.json): a metric below its `min` or above its `max` fails the run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { flatMetrics, type EvalReport, type ThresholdFailure } from '../lib/types.js';

export interface Threshold {
  min?: number;
  max?: number;
  /** Measured value the bound was set from (documentation only). */
  measured?: number;
}
export type Thresholds = Record<string, Threshold>;

export const THRESHOLDS_PATH = fileURLToPath(new URL('../thresholds.json', import.meta.url));

export function loadThresholds(path = THRESHOLDS_PATH): Thresholds {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const out: Thresholds = {};
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith('_') && v && typeof v === 'object') out[k] = v as Threshold;
  return out;
}

export const describeBound = (t: Threshold) => [t.min !== undefined ? `≥ ${t.min}` : '', t.max !== undefined ? `≤ ${t.max}` : ''].filter(Boolean).join(' 且 ');

/** Bounds of the suites that ran; a metric that should exist but is missing or not a number fails too. */
export function checkThresholds(report: Pick<EvalReport, 'suites'>, thresholds: Thresholds): ThresholdFailure[] {
  const ran = new Set(report.suites.filter((s) => s.status === 'ok').map((s) => s.name as string));
  const values = flatMetrics(report);
  const out: ThresholdFailure[] = [];
  for (const [key, t] of Object.entries(thresholds)) {
    if (!ran.has(key.split('.')[0])) continue;
    const v = values[key];
    const bad = v === undefined || !Number.isFinite(v) || (t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max);
    if (bad) out.push({ key, value: v ?? null, rule: describeBound(t) });
  }
  return out;
}
