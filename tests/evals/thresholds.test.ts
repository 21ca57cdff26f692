// CI gate: the deterministic suites (parse, check, retrieval, offline draft) over the whole corpus, against the
// bounds in evals/thresholds.json (set slightly below measured values). A quality drop fails here with its numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { DETERMINISTIC, type EvalReport } from '../../evals/lib/types.js';
import { loadThresholds } from '../../evals/report/thresholds.js';
import { runEvals } from '../../evals/run.js';

let report: EvalReport;
const thresholds = loadThresholds();

beforeAll(async () => {
  // No model here even if the environment configures one: CI numbers must not depend on it.
  report = await runEvals({ suites: DETERMINISTIC, model: undefined, db: null, thresholds });
}, 120_000);

describe('eval thresholds', () => {
  it('every deterministic suite runs', () => {
    for (const s of report.suites) expect(`${s.name}: ${s.status}${s.reason ? ` (${s.reason})` : ''}`).toBe(`${s.name}: ok`);
    expect(report.suites.map((s) => s.name)).toEqual(DETERMINISTIC);
  });

  it('every deterministic suite has CI bounds', () => {
    for (const name of DETERMINISTIC) expect(Object.keys(thresholds).filter((k) => k.startsWith(`${name}.`)).length, name).toBeGreaterThan(0);
  });

  it('no metric is below its bound', () => {
    const lines = report.thresholdFailures.map((f) => `${f.key} = ${f.value ?? '无数值'}，要求 ${f.rule}`);
    expect(lines).toEqual([]);
  });

  it('the checker is measured on the labelled real reports, DEV and TEST apart, with CI bounds on TEST', () => {
    const check = report.suites.find((s) => s.name === 'check')!;
    for (const split of ['dev', 'test']) expect(check.metrics[`real_docs_${split}`]?.value, split).toBeGreaterThan(0);
    for (const k of ['recall_core', 'recall_proof', 'false_e_rate', 'noise_w', 'meta_agency', 'meta_year', 'meta_level', 'meta_date'])
      expect(thresholds[`check.real_${k}_test`], k).toBeDefined();
  });

  it('the parser never silently misreads a number', () => {
    const parse = report.suites.find((s) => s.name === 'parse')!;
    expect(parse.metrics.silent_misreads.value).toBe(0);
  });
});
