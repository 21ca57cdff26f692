import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../evals/report/html.js';
import { compare, previousRun, saveRun } from '../../evals/report/history.js';
import { displayWidth, summaryTable } from '../../evals/report/summary.js';
import { checkThresholds } from '../../evals/report/thresholds.js';
import type { EvalReport, SuiteResult } from '../../evals/lib/types.js';
import { openStore } from '../../server/store/db.js';

const dir = mkdtempSync(join(tmpdir(), 'nb-evals-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function suite(acc: number, misreads: number, caseText = '原文'): SuiteResult {
  return {
    name: 'parse',
    status: 'ok',
    durationMs: 5,
    metrics: {
      cell_accuracy: { value: acc, label: '单元格读对率', better: 'higher', ratio: true },
      silent_misreads: { value: misreads, label: '静默误读', better: 'lower' },
    },
    groups: [{ title: '按来源', columns: ['来源', '文档'], rows: [['样本', 5]] }],
    cases: [{ anchor: 'parse-000', title: '样本 000', score: 0.5, problems: ['表三「（一）予以公开」行「自然人」列：应为 1，读成 0'], text: caseText }],
  };
}
const report = (s: SuiteResult): EvalReport => ({ version: 1, startedAt: new Date().toISOString(), durationMs: 10, suites: [s], changes: [], thresholdFailures: [] });

describe('run history in SQLite (migration 020)', () => {
  it('stores runs and compares a run with the previous one that measured the same metrics', () => {
    const store = openStore(join(dir, 'h.db'));
    try {
      expect(previousRun(store.db, ['parse.cell_accuracy'])).toBeUndefined();
      const first = saveRun(store.db, report(suite(0.9, 0)));
      const prev = previousRun(store.db, ['parse.cell_accuracy'])!;
      expect(prev.id).toBe(first);
      expect(prev.metrics['parse.cell_accuracy']).toBeCloseTo(0.9);
      const changes = compare([suite(0.95, 2)], prev.metrics);
      expect(changes.find((c) => c.key === 'parse.cell_accuracy')!.verdict).toBe('better');
      const m = changes.find((c) => c.key === 'parse.silent_misreads')!;
      expect(m.verdict).toBe('worse');
      expect(m.delta).toBe(2);
      expect(previousRun(store.db, ['retrieval.mrr'])).toBeUndefined();
      const second = saveRun(store.db, report(suite(0.95, 2)));
      expect(previousRun(store.db, ['parse.cell_accuracy'])!.id).toBe(second);
    } finally {
      store.close();
    }
  });
});

describe('thresholds', () => {
  it('fails a metric below its min or above its max, and a missing metric of a suite that ran', () => {
    const r = report(suite(0.8, 1));
    const f = checkThresholds(r, {
      'parse.cell_accuracy': { min: 0.9 },
      'parse.silent_misreads': { max: 0 },
      'parse.meta_year': { min: 0.5 },
      'retrieval.mrr': { min: 0.9 },
    });
    expect(f.map((x) => x.key).sort()).toEqual(['parse.cell_accuracy', 'parse.meta_year', 'parse.silent_misreads']);
    expect(checkThresholds(report(suite(0.95, 0)), { 'parse.cell_accuracy': { min: 0.9 }, 'parse.silent_misreads': { max: 0 } })).toEqual([]);
  });
});

describe('HTML and CLI report', () => {
  it('is one self-contained page with anchors to the worst cases, escaping report text', () => {
    const r = report(suite(0.9, 1, '<script>alert(1)</script>'));
    r.changes = compare(r.suites, { 'parse.cell_accuracy': 0.95 });
    r.thresholdFailures = [{ key: 'parse.silent_misreads', value: 1, rule: '≤ 0' }];
    const html = renderHtml(r, { 'parse.silent_misreads': { max: 0 } });
    expect(html).toContain('id="parse-000"');
    expect(html).toContain('href="#parse-000"');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('未达 CI 门槛');
    expect(html).not.toMatch(/<link|<script src|https?:\/\/[^"]*\.(css|js)/);
    expect(html).toMatch(/class="worse">-5\.0%/);
  });

  it('prints an aligned summary with the change and the failed bound', () => {
    const r = report(suite(0.9, 1));
    r.changes = compare(r.suites, { 'parse.cell_accuracy': 0.95 });
    r.thresholdFailures = [{ key: 'parse.silent_misreads', value: 1, rule: '≤ 0' }];
    const t = summaryTable(r, { 'parse.silent_misreads': { max: 0 } });
    expect(t).toContain('90.0%');
    expect(t).toContain('↓差');
    expect(t).toContain('✗ parse.silent_misreads = 1，要求 ≤ 0');
    expect(displayWidth('表三ab')).toBe(6);
  });
});
