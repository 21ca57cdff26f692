// The CLI's summary table: one line per metric with the previous value, the change and the CI bound.
import { describeBound, type Thresholds } from './thresholds.js';
import type { EvalReport, MetricDef } from '../lib/types.js';

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

export function formatValue(m: Pick<MetricDef, 'ratio'>, v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (m.ratio) return `${(v * 100).toFixed(1)}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

export function summaryTable(report: EvalReport, thresholds: Thresholds = {}): string {
  const rows: string[][] = [['套件', '指标', '本次', '上次', '变化', 'CI 门槛']];
  const changes = new Map(report.changes.map((c) => [c.key, c]));
  for (const s of report.suites) {
    if (s.status !== 'ok') {
      rows.push([s.name, s.status === 'skipped' ? `跳过：${s.reason ?? ''}` : `出错：${s.reason ?? ''}`, '', '', '', '']);
      continue;
    }
    for (const [k, m] of Object.entries(s.metrics)) {
      const key = `${s.name}.${k}`;
      const c = changes.get(key);
      const arrow = !c ? '' : c.verdict === 'same' ? '＝' : `${c.verdict === 'better' ? '↑好' : '↓差'} ${c.delta > 0 ? '+' : ''}${formatValue(m, c.delta)}`;
      const t = thresholds[key];
      rows.push([s.name, m.label, formatValue(m, m.value), c ? formatValue(m, c.previous) : '', arrow, t ? describeBound(t) : '']);
    }
  }
  const widths = rows[0].map((_, i) => Math.min(60, Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))));
  const lines = rows.map((r) => r.map((c, i) => pad(c, widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  if (report.thresholdFailures.length) {
    lines.push('', `未达 CI 门槛（${report.thresholdFailures.length} 项）：`);
    for (const f of report.thresholdFailures) lines.push(`  ✗ ${f.key} = ${f.value === null ? '无数值' : f.value}，要求 ${f.rule}`);
  }
  return lines.join('\n');
}
