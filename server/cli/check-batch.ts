// A reviewer's batch: per-report summary rows (table, CSV, JSON), the most frequent rules, and a progress bar.
import { basename } from 'node:path';
import { RULES } from '../check/catalogue.js';
import type { Finding, Severity } from '../check/types.js';
import type { AnyReport } from '../report/schema.js';
import type { ReviewDecision } from '../store/reviews.js';

export interface CheckedFinding {
  finding: Finding;
  /** Stable fingerprint: the key of reviewer decisions. */
  id: string;
  decision?: ReviewDecision;
}

export interface Checked {
  file: string;
  report?: AnyReport;
  notes?: string[];
  findings?: CheckedFinding[];
  /** Why the file could not be read (the batch goes on). */
  error?: string;
}

/** Findings that still stand: a dismissed one no longer counts. */
const standing = (r: Checked) => (r.findings ?? []).filter((x) => x.decision?.decision !== 'dismiss');
const count = (r: Checked, s: Severity) => standing(r).filter((x) => x.finding.severity === s).length;

const RANK: Record<Severity, number> = { E: 0, W: 1, I: 2 };

/** Rules by frequency; with `bySeverity`, errors before warnings whatever their counts (a report's main problems). */
function topRules(findings: CheckedFinding[], n: number, bySeverity = false): [string, number][] {
  const m = new Map<string, { n: number; rank: number }>();
  for (const x of findings) {
    const e = m.get(x.finding.rule) ?? { n: 0, rank: RANK[x.finding.severity] };
    e.n++;
    m.set(x.finding.rule, e);
  }
  return [...m]
    .sort((a, b) => (bySeverity ? a[1].rank - b[1].rank : 0) || b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([id, e]) => [id, e.n]);
}

function row(r: Checked) {
  return {
    file: r.file,
    agency: r.report?.meta.agency ?? '',
    year: r.report?.meta.year ?? null,
    format: r.report?.format ?? null,
    errors: count(r, 'E'),
    warnings: count(r, 'W'),
    infos: count(r, 'I'),
    dismissed: (r.findings ?? []).length - standing(r).length,
    rules: topRules(standing(r), 3, true).map(([id]) => id),
    error: r.error,
  };
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function batchTable(results: Checked[]): string {
  const head = ['文件', '机关', '年度', '格式', '错误', '警告', '提示', '已驳回', '主要问题'];
  const body = results.map((r) => {
    const x = row(r);
    return [
      basename(x.file),
      x.error ? '（读取失败）' : x.agency || '（未识别）',
      x.year === null ? '—' : String(x.year),
      x.format ?? '—',
      ...(x.error ? ['—', '—', '—', '—', x.error.slice(0, 40)] : [String(x.errors), String(x.warnings), String(x.infos), String(x.dismissed), x.rules.join(' ') || '无']),
    ];
  });
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  const all = results.flatMap(standing);
  const n = (s: Severity) => all.filter((x) => x.finding.severity === s).length;
  const failed = results.filter((r) => r.error).length;
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line), ''];
  out.push(
    `共 ${results.length} 份报告${failed ? `（${failed} 份读取失败）` : ''}：错误 ${n('E')} 项，警告 ${n('W')} 项，提示 ${n('I')} 项；` +
      `有错误的报告 ${results.filter((r) => count(r, 'E') > 0).length} 份。`,
  );
  const top = topRules(all, 5);
  if (top.length) {
    out.push('最常见的问题：');
    for (const [id, k] of top) out.push(`  ${id}　${k} 项　${RULES.find((r) => r.id === id)?.title ?? ''}`);
  }
  return out.join('\n');
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per report; UTF-8 BOM so that Excel opens the Chinese correctly. */
export function batchCsv(results: Checked[]): string {
  const head = ['文件', '机关', '年度', '格式', '错误', '警告', '提示', '已驳回', '主要问题', '读取失败'];
  const lines = results.map((r) => {
    const x = row(r);
    return [x.file, x.agency, x.year, x.format, x.errors, x.warnings, x.infos, x.dismissed, x.rules.join(' '), x.error].map(csvCell).join(',');
  });
  return `\uFEFF${[head.join(','), ...lines].join('\r\n')}\r\n`;
}

export function batchJson(results: Checked[]) {
  const all = results.flatMap(standing);
  return {
    summary: {
      reports: results.length,
      unreadable: results.filter((r) => r.error).length,
      errors: all.filter((x) => x.finding.severity === 'E').length,
      warnings: all.filter((x) => x.finding.severity === 'W').length,
      infos: all.filter((x) => x.finding.severity === 'I').length,
      topRules: topRules(all, 10).map(([rule, n]) => ({ rule, n })),
    },
    reports: results.map((r) => ({
      ...row(r),
      notes: r.notes ?? [],
      findings: (r.findings ?? []).map((x) => ({ id: x.id, ...x.finding, decision: x.decision ?? null })),
    })),
  };
}

/** A one-line progress bar on stderr (only used when stderr is a terminal). */
export function progressBar(total: number) {
  let done = 0;
  const draw = (label: string) => {
    const w = 30;
    const filled = Math.round((done / total) * w);
    process.stderr.write(`\r[${'█'.repeat(filled)}${'░'.repeat(w - filled)}] ${done}/${total} ${basename(label).slice(0, 30).padEnd(30)}`);
  };
  return {
    tick(label: string) {
      done++;
      draw(label);
    },
    done() {
      process.stderr.write('\r\x1b[2K');
    },
  };
}
