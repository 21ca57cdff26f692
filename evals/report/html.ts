// The eval report as one self-contained HTML page (no external assets): per suite its metrics with the change since
// the previous run, its tables, and its worst cases with anchors (#parse-000) and the text they rest on.
import type { Thresholds } from './thresholds.js';
import { describeBound } from './thresholds.js';
import { formatValue } from './summary.js';
import type { EvalReport, SuiteResult } from '../lib/types.js';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const SUITE_TITLE: Record<string, string> = {
  parse: '解析（parse）：表格与基本信息读得对不对',
  check: '校验（check）：植入错误能否被正确规则发现',
  retrieval: '检索（retrieval）：留一法找范文',
  draft: '起草（draft）：留一法重写第一部分',
  judge: '模型评审（judge）：忠实、语体、具体',
};

/** How many worst cases each suite lists. */
export const WORST = 15;

function suiteHtml(s: SuiteResult, report: EvalReport, thresholds: Thresholds): string {
  const head = `<h2 id="suite-${s.name}">${esc(SUITE_TITLE[s.name] ?? s.name)}</h2>`;
  if (s.status !== 'ok') return `${head}<p class="skip">${s.status === 'skipped' ? '跳过' : '出错'}：${esc(s.reason)}</p>`;
  const changes = new Map(report.changes.map((c) => [c.key, c]));
  const failed = new Set(report.thresholdFailures.map((f) => f.key));
  const metricRows = Object.entries(s.metrics)
    .map(([k, m]) => {
      const key = `${s.name}.${k}`;
      const c = changes.get(key);
      const t = thresholds[key];
      const delta = c ? `<td class="${c.verdict}">${c.verdict === 'same' ? '＝' : `${c.delta > 0 ? '+' : ''}${esc(formatValue(m, c.delta))}`}</td>` : '<td></td>';
      return `<tr${failed.has(key) ? ' class="fail"' : ''}><td>${esc(m.label)}<br><code>${esc(key)}</code></td><td class="num">${esc(formatValue(m, m.value))}</td><td class="num">${c ? esc(formatValue(m, c.previous)) : ''}</td>${delta}<td>${t ? esc(describeBound(t)) : ''}</td></tr>`;
    })
    .join('');
  const groups = s.groups
    .map(
      (g) =>
        `<h3>${esc(g.title)}</h3><table><thead><tr>${g.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${g.rows
          .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
    )
    .join('');
  const worst = [...s.cases].filter((c) => c.score < 1 || c.problems.length).sort((a, b) => a.score - b.score).slice(0, WORST);
  const index = worst.length
    ? `<h3>最差的 ${worst.length} 例</h3><ol class="worst">${worst.map((c) => `<li><a href="#${esc(c.anchor)}">${esc(c.title)}</a> <span class="score">${c.score.toFixed(2)}</span></li>`).join('')}</ol>`
    : '<p>没有失分的案例。</p>';
  const details = worst
    .map(
      (c) =>
        `<section class="case" id="${esc(c.anchor)}"><h4>${esc(c.title)} <span class="score">得分 ${c.score.toFixed(2)}</span></h4><ul>${c.problems
          .map((p) => `<li>${esc(p)}</li>`)
          .join('')}</ul>${c.text ? `<details><summary>原文 / 草稿</summary><pre>${esc(c.text)}</pre></details>` : ''}</section>`,
    )
    .join('');
  const note = s.reason ? `<p class="skip">${esc(s.reason)}</p>` : '';
  return `${head}${note}<p class="meta">用时 ${(s.durationMs / 1000).toFixed(1)} 秒</p><table class="metrics"><thead><tr><th>指标</th><th>本次</th><th>上次</th><th>变化</th><th>CI 门槛</th></tr></thead><tbody>${metricRows}</tbody></table>${groups}${index}${details}`;
}

export function renderHtml(report: EvalReport, thresholds: Thresholds = {}): string {
  const prev = report.previous ? `与上次运行（#${report.previous.id}，${esc(report.previous.startedAt)}）比较` : '没有可比较的上次运行';
  const worse = report.changes.filter((c) => c.verdict === 'worse');
  const better = report.changes.filter((c) => c.verdict === 'better');
  const banner = report.thresholdFailures.length
    ? `<div class="banner fail">未达 CI 门槛 ${report.thresholdFailures.length} 项：${report.thresholdFailures.map((f) => `${esc(f.key)} = ${f.value ?? '无'}（要求 ${esc(f.rule)}）`).join('；')}</div>`
    : '<div class="banner ok">全部 CI 门槛通过</div>';
  const nav = report.suites.map((s) => `<a href="#suite-${s.name}">${esc(s.name)}</a>`).join(' · ');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>年报助手评测报告 ${esc(report.startedAt)}</title>
<style>
body{font:14px/1.6 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#222}
h1{font-size:22px}h2{border-bottom:2px solid #345;padding-bottom:4px;margin-top:40px}h3{font-size:15px;margin-top:20px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}td,th{border:1px solid #ccc;padding:3px 8px;vertical-align:top}th{background:#f0f3f6}
.num{text-align:right;font-variant-numeric:tabular-nums}.better{color:#127a2a}.worse{color:#b3261e;font-weight:bold}.same{color:#888}
tr.fail{background:#fde8e7}.banner{padding:8px 12px;border-radius:4px;margin:12px 0}.banner.fail{background:#fde8e7;color:#8c1d18}.banner.ok{background:#e6f4ea;color:#0d652d}
.skip{color:#8a5a00}.meta{color:#666}.score{color:#666;font-size:12px}code{color:#555;font-size:11px}
.case{border-left:3px solid #c55;padding-left:10px;margin:12px 0}pre{white-space:pre-wrap;background:#f7f7f7;padding:8px;max-height:360px;overflow:auto}
</style></head><body>
<h1>年报助手评测报告</h1>
<p class="meta">开始于 ${esc(report.startedAt)} · 用时 ${(report.durationMs / 1000).toFixed(1)} 秒${report.gitRev ? ` · 版本 ${esc(report.gitRev)}` : ''}${report.model ? ` · 模型 ${esc(report.model)}` : ' · 未配置模型'}${report.runId ? ` · 运行 #${report.runId}` : ''}</p>
<p>${prev}：变好 ${better.length} 项，变差 <b class="${worse.length ? 'worse' : ''}">${worse.length}</b> 项。${worse.length ? ` 变差：${worse.map((c) => `<code>${esc(c.key)}</code>`).join('、')}` : ''}</p>
${banner}
<p>${nav}</p>
${report.suites.map((s) => suiteHtml(s, report, thresholds)).join('\n')}
</body></html>`;
}
