// `nianbao check <file|dir...>`: validate published reports (txt/html/docx) or report JSON. One file: every finding
// in Chinese. Several (a reviewer's batch): a summary table, --json or --csv, a progress bar on a terminal, and each
// reviewer decision (nianbao review) applied by fingerprint. Exit 1 when an E finding stands, 2 when a file is unreadable.
import { existsSync, statSync } from 'node:fs';
import { checkReportWithModel, fingerprint, NO_PROOFREAD_MODEL_NOTICE, type Finding } from '../check/index.js';
import { modelFromEnv } from '../llm/provider.js';
import { renderFindings } from '../check/present.js';
import { listIngestible } from '../corpus/files.js';
import { UserError } from '../errors.js';
import { openStore, defaultDbPath } from '../store/db.js';
import { decisionMap, type ReviewDecision } from '../store/reviews.js';
import { batchCsv, batchJson, batchTable, type Checked, progressBar } from './check-batch.js';
import type { Command } from './main.js';
import { loadReport } from './report-file.js';
import { parseCommandArgs } from './args.js';

/** Files named, and every report file inside directories named (sorted). */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      /* a missing file is reported by its own row */
    }
    if (dir) {
      const found = listIngestible([p]);
      if (!found.length) throw new UserError(`目录「${p}」中没有可校验的报告文件（txt、md、html、docx、pdf）。`);
      out.push(...found);
    } else out.push(p);
  }
  return out;
}

/** Reviewer decisions from the store, when one exists (checking never creates a database). */
function loadDecisions(path: string): Map<string, ReviewDecision> {
  if (path !== ':memory:' && !existsSync(path)) return new Map();
  const store = openStore(path);
  try {
    return decisionMap(store);
  } finally {
    store.close();
  }
}

const DECISION_LABEL = { confirm: '已确认', dismiss: '已驳回' } as const;

export const command: Command = {
  summary: '校验年度报告（文件或目录）：表格勾稽关系、格式、正文与表格一致性、年度、时限等；多份时输出汇总表（有错误时退出码为 1）',
  usage: 'check <文件|目录...> [--previous 上年报告] [--json|--csv] [--detail] [--db 数据库] [--no-proofread]',
  async run(args) {
    const { values, positionals: paths } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        previous: { type: 'string', short: 'p' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        detail: { type: 'boolean' },
        db: { type: 'string' },
        'no-proofread': { type: 'boolean' },
      },
    }, command.usage);
    // A model configured by the environment also proofreads each report's text (P-TYPO), as the review desk does.
    const choice = values['no-proofread'] ? {} : modelFromEnv();
    const skipped = values['no-proofread'] ? '已选择不做大模型校对（--no-proofread）：跳过错别字、病句校对（P-TYPO）。' : choice.model ? undefined : NO_PROOFREAD_MODEL_NOTICE;
    if (!paths.length) throw new UserError(`缺少要校验的报告文件或目录。用法：nianbao ${command.usage}`);
    if (values.json && values.csv) throw new UserError('--json 与 --csv 只能选一个。');
    const files = expand(paths);
    const previous = values.previous ? (await loadReport(values.previous)).report : undefined;
    const decisions = loadDecisions(values.db ?? defaultDbPath());
    const batch = files.length > 1 || paths.some((p) => p !== files[0]);

    const results: Checked[] = [];
    const bar = batch && process.stderr.isTTY ? progressBar(files.length) : undefined;
    for (const file of files) {
      try {
        const { report, notes } = await loadReport(file);
        const checked = await checkReportWithModel(report, { previous, model: choice.model });
        if (choice.model && checked.notice) notes.push(checked.notice);
        const findings = checked.findings.map((f) => {
          const id = fingerprint(f, report);
          return { finding: f, id, decision: decisions.get(id) };
        });
        results.push({ file, report, notes, findings });
      } catch (e) {
        if (!batch) throw e;
        results.push({ file, error: e instanceof UserError ? e.message : `内部错误：${e instanceof Error ? e.message : String(e)}` });
      }
      bar?.tick(file);
    }
    bar?.done();

    if (values.json) {
      const json = batch ? batchJson(results) : batchJson(results).reports[0];
      process.stdout.write(`${JSON.stringify(skipped ? { ...json, proofreadNotice: skipped } : json, null, 2)}\n`);
    }
    else if (values.csv) process.stdout.write(batchCsv(results));
    else {
      const detail = (r: Checked) => {
        if (!r.report) return `文件：${r.file}\n读取失败：${r.error}`;
        const byFinding = new Map(r.findings!.map((x) => [x.finding, x]));
        const text = renderFindings(r.report, r.findings!.map((x) => x.finding), r.file, (f) => {
          const x = byFinding.get(f)!;
          const d = x.decision ? `　${DECISION_LABEL[x.decision.decision]}${x.decision.reason ? `（${x.decision.reason}）` : ''}` : '';
          return `指纹：${x.id}${d}`;
        });
        return [text, ...r.notes!.map((n) => `读取说明：${n}`)].join('\n');
      };
      const parts = batch ? [batchTable(results)] : [];
      if (skipped) parts.push(skipped);
      if (!batch || values.detail) parts.push(results.map(detail).join('\n\n────────\n\n'));
      else parts.push('（加 --detail 查看每份报告的问题详情；用 nianbao review <指纹> confirm|dismiss --reason "…" 记录复核决定）');
      process.stdout.write(`${parts.join('\n\n')}\n`);
    }
    if (results.some((r) => r.error)) return 2;
    return results.some((r) => r.findings?.some((x) => x.finding.severity === 'E' && x.decision?.decision !== 'dismiss')) ? 1 : 0;
  },
};
