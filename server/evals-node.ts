// The eval harness as the HTTP app's optional `evals` dependency (Node only: child processes, files, SQLite).
import type { LanguageModel } from 'ai';
import type Database from 'better-sqlite3';
import { renderHtml } from '../evals/report/html.js';
import { loadThresholds } from '../evals/report/thresholds.js';
import { parseSuites, runEvals } from '../evals/run.js';
import { DETERMINISTIC } from '../evals/lib/types.js';
import { UserError } from './errors.js';
import type { RunEvals } from './http/deps.js';

export function nodeEvals(db: Database.Database | null): RunEvals {
  return async (o: { suites?: string; model?: LanguageModel }) => {
    let suites;
    try {
      suites = o.suites ? parseSuites(o.suites) : [...DETERMINISTIC];
    } catch (e) {
      throw new UserError(e instanceof Error ? e.message : String(e), 400);
    }
    const thresholds = loadThresholds();
    const report = await runEvals({ suites, model: o.model, db, thresholds });
    return { json: report, html: renderHtml(report, thresholds) };
  };
}
