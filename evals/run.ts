// Run the selected suites, compare with the previous stored run, check the CI thresholds, store this run.
import { execFileSync } from 'node:child_process';
import type Database from 'better-sqlite3';
import type { LanguageModel } from 'ai';
import { REPO_ROOT } from './lib/corpus.js';
import { SUITES, flatMetrics, skipped, type EvalReport, type SuiteName, type SuiteResult } from './lib/types.js';
import { compare, previousRun, saveRun } from './report/history.js';
import { checkThresholds, loadThresholds, type Thresholds } from './report/thresholds.js';
import { runChatSuite } from './suites/chat.js';
import { runCheckSuite } from './suites/check.js';
import { runDraftSuite } from './suites/draft.js';
import { runJudgeSuite, modelLabel, type JudgeItem } from './suites/judge.js';
import { runParseSuite } from './suites/parse.js';
import { runRetrievalSuite } from './suites/retrieval.js';

export interface RunOptions {
  suites?: SuiteName[];
  /** Configured model: the draft suite also drafts with it, and the judge suite runs. */
  model?: LanguageModel;
  /** Where runs are stored and the previous one is read (null: neither). */
  db?: Database.Database | null;
  thresholds?: Thresholds;
  judgeCacheDir?: string;
  /** How many drafts the judge scores (model calls on a cold cache). */
  judgeLimit?: number;
  onProgress?: (message: string) => void;
}

/** Parse `--suite` values: 「all」, one name, or a comma list; Chinese error on an unknown name. */
export function parseSuites(value: string | undefined): SuiteName[] {
  if (!value || value === 'all') return [...SUITES];
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!(SUITES as string[]).includes(n)) throw new Error(`未知的评测套件「${n}」。可用：${SUITES.join('、')}、all。`);
  return names as SuiteName[];
}

function gitRev(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A suite that cannot load a layer is 「跳过」; any other failure is 「出错」 with the message. */
async function guarded(name: SuiteName, f: () => Promise<SuiteResult>): Promise<SuiteResult> {
  const t0 = Date.now();
  try {
    return await f();
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/^无法加载|未导出/.test(msg)) return skipped(name, msg);
    return { ...skipped(name, msg), status: 'error', durationMs: Date.now() - t0 };
  }
}

export async function runEvals(opts: RunOptions = {}): Promise<EvalReport> {
  const t0 = Date.now();
  const startedAt = new Date().toISOString();
  const want = new Set(opts.suites ?? SUITES);
  const say = opts.onProgress ?? (() => {});
  const suites: SuiteResult[] = [];
  const drafts: Record<'offline' | 'llm', JudgeItem[]> = { offline: [], llm: [] };
  const collect = (item: JudgeItem, mode: 'offline' | 'llm') => drafts[mode].push(item);
  const label = opts.model ? modelLabel(opts.model) : undefined;

  if (want.has('parse')) {
    say('解析套件…');
    suites.push(await guarded('parse', () => runParseSuite()));
  }
  if (want.has('check')) {
    say('校验套件（变异测试）…');
    suites.push(await guarded('check', () => runCheckSuite()));
  }
  if (want.has('retrieval')) {
    say('检索套件…');
    suites.push(await guarded('retrieval', () => runRetrievalSuite()));
  }
  if (want.has('draft')) {
    say(opts.model ? `起草套件（离线与模型 ${label}）…` : '起草套件（离线）…');
    suites.push(await guarded('draft', () => runDraftSuite({ model: opts.model, modelLabel: label, onDraft: collect })));
  }
  if (want.has('judge')) {
    if (!opts.model) suites.push(skipped('judge', '未配置大模型（NIANBAO_LLM_BASE_URL、NIANBAO_LLM_MODEL），模型评审不运行'));
    else {
      say(`模型评审套件（${label}）…`);
      // Judge alone: score the (cheap) offline drafts rather than drafting the whole corpus with the model too.
      if (!want.has('draft')) await guarded('draft', () => runDraftSuite({ onDraft: collect }));
      // The model's drafts when there are any, the offline ones otherwise.
      const items = drafts.llm.length ? drafts.llm : drafts.offline;
      suites.push(await guarded('judge', () => runJudgeSuite(items.slice(0, opts.judgeLimit ?? 12), { model: opts.model!, cacheDir: opts.judgeCacheDir })));
    }
  }

  if (want.has('chat')) {
    say('对话填写套件（离线）…');
    suites.push(await guarded('chat', () => runChatSuite()));
  }

  const report: EvalReport = {
    version: 1,
    startedAt,
    durationMs: 0,
    gitRev: gitRev(),
    model: label,
    suites,
    changes: [],
    thresholdFailures: [],
  };
  report.thresholdFailures = checkThresholds(report, opts.thresholds ?? loadThresholds());
  if (opts.db) {
    const prev = previousRun(opts.db, Object.keys(flatMetrics(report)));
    if (prev) {
      report.previous = { id: prev.id, startedAt: prev.startedAt };
      report.changes = compare(suites, prev.metrics);
    }
  }
  report.durationMs = Date.now() - t0;
  if (opts.db) report.runId = saveRun(opts.db, report);
  return report;
}
