// `nianbao eval [--suite parse|check|retrieval|draft|judge|chat|all] [--json] [--out report.html]`: measure every layer
// over the whole corpus, compare with the previous run (stored in SQLite), fail (exit 1) below the CI thresholds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { modelFromEnv } from '../llm/provider.js';
import { openStore, defaultDbPath } from '../store/db.js';
import { renderHtml } from '../../evals/report/html.js';
import { summaryTable } from '../../evals/report/summary.js';
import { loadThresholds } from '../../evals/report/thresholds.js';
import { parseSuites, runEvals } from '../../evals/run.js';
import type { Command } from './main.js';
import { parseCommandArgs } from './args.js';

export const command: Command = {
  summary: '评测解析、校验、检索、起草（及模型评审）的质量，与上次运行比较，低于门槛时返回 1',
  usage: 'eval [--suite parse|check|retrieval|draft|judge|chat|all] [--json] [--out report.html] [--db 文件] [--no-history]',
  async run(args) {
    const { values } = parseCommandArgs({
      args,
      options: {
        suite: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        db: { type: 'string' },
        'no-history': { type: 'boolean', default: false },
      },
      allowPositionals: false,
    }, command.usage);
    let suites;
    try {
      suites = parseSuites(values.suite);
    } catch (e) {
      throw new UserError(e instanceof Error ? e.message : String(e));
    }
    const { model, notice } = modelFromEnv();
    const store = values['no-history'] ? undefined : openStore(values.db ?? defaultDbPath());
    const thresholds = loadThresholds();
    try {
      if (!model && (suites.includes('judge') || suites.includes('draft')) && !values.json) console.error(notice ?? '未配置大模型。');
      const report = await runEvals({
        suites,
        model,
        db: store?.db ?? null,
        thresholds,
        onProgress: values.json ? undefined : (m) => console.error(m),
      });
      if (values.out) {
        mkdirSync(dirname(values.out), { recursive: true });
        writeFileSync(values.out, renderHtml(report, thresholds));
        writeFileSync(values.out.replace(/\.html?$/i, '') + '.json', JSON.stringify(report, null, 2));
      }
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else {
        console.log(summaryTable(report, thresholds));
        if (values.out) console.log(`\n报告已写入 ${values.out}（及同名 .json）`);
        if (report.runId) console.log(`本次运行已记入数据库（#${report.runId}）${report.previous ? `，对比上次 #${report.previous.id}` : ''}。`);
      }
      return report.thresholdFailures.length || report.suites.some((s) => s.status === 'error') ? 1 : 0;
    } finally {
      store?.close();
    }
  },
};
