// Eval runs in SQLite (migration 020): store a run, read the previous one, and say what changed.
import type Database from 'better-sqlite3';
import { flatMetrics, type EvalReport, type MetricChange, type SuiteResult } from '../lib/types.js';

export interface StoredRun {
  id: number;
  startedAt: string;
  metrics: Record<string, number>;
}

/** The latest stored run that measured at least one of `keys` (so a parse-only run is compared with a parse run). */
export function previousRun(db: Database.Database, keys: string[]): StoredRun | undefined {
  if (!keys.length) return undefined;
  const marks = keys.map(() => '?').join(',');
  const row = db
    .prepare(
      `SELECT r.id, r.started_at FROM eval_runs r WHERE EXISTS (SELECT 1 FROM eval_metrics m WHERE m.run_id = r.id AND m.key IN (${marks}))
       ORDER BY r.id DESC LIMIT 1`,
    )
    .get(...keys) as { id: number; started_at: string } | undefined;
  if (!row) return undefined;
  const metrics: Record<string, number> = {};
  for (const m of db.prepare('SELECT key, value FROM eval_metrics WHERE run_id = ?').all(row.id) as { key: string; value: number }[])
    metrics[m.key] = m.value;
  return { id: row.id, startedAt: row.started_at, metrics };
}

/** Metric changes between two runs; direction from each metric's `better`. */
export function compare(suites: SuiteResult[], previous: Record<string, number>): MetricChange[] {
  const out: MetricChange[] = [];
  for (const s of suites) {
    if (s.status !== 'ok') continue;
    for (const [k, m] of Object.entries(s.metrics)) {
      const key = `${s.name}.${k}`;
      const prev = previous[key];
      if (prev === undefined || !Number.isFinite(m.value)) continue;
      const delta = m.value - prev;
      const eps = 1e-9;
      const verdict = Math.abs(delta) <= eps ? 'same' : (delta > 0) === (m.better === 'higher') ? 'better' : 'worse';
      out.push({ key, previous: prev, current: m.value, delta, verdict });
    }
  }
  return out;
}

export function saveRun(db: Database.Database, report: EvalReport): number {
  const metrics = flatMetrics(report);
  return db.transaction(() => {
    const info = db
      .prepare('INSERT INTO eval_runs(started_at, duration_ms, suites, git_rev, model, report) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        report.startedAt,
        Math.round(report.durationMs),
        report.suites.filter((s) => s.status === 'ok').map((s) => s.name).join(','),
        report.gitRev ?? null,
        report.model ?? null,
        JSON.stringify(report),
      );
    const id = Number(info.lastInsertRowid);
    const ins = db.prepare('INSERT INTO eval_metrics(run_id, key, value) VALUES (?, ?, ?)');
    for (const [k, v] of Object.entries(metrics)) ins.run(id, k, v);
    return id;
  })();
}
