// Findings as plain Chinese text (CLI, logs): per report a header, then findings grouped by severity,
// each with its place, expected/actual and the evidence it rests on.
import { FORMATS, sectionByNo, TABLE_NAMES } from '../format/index.js';
import type { AnyReport } from '../report/schema.js';
import { clip } from './text.js';
import type { Finding, Severity } from './types.js';

export const SEVERITY_NAME: Record<Severity, string> = { E: '错误', W: '警告', I: '提示' };

function place(f: Finding): string {
  const w = f.where;
  const parts: string[] = [];
  if (w.section) {
    const s = sectionByNo(w.section);
    parts.push(s ? `第${s.numeral}部分「${s.title}」` : `第${w.section}部分`);
  }
  if (w.table) parts.push(TABLE_NAMES[w.table]);
  return parts.join('，');
}

const CELLS_SHOWN = 8;

export function summarize(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  if (!findings.length) return '未发现问题。';
  return `共 ${findings.length} 项：错误 ${n('E')} 项，警告 ${n('W')} 项，提示 ${n('I')} 项。`;
}

/** `annotate` adds a line under a finding (the CLI prints its fingerprint and a reviewer's decision there). */
export function renderFindings(report: AnyReport, findings: Finding[], file?: string, annotate?: (f: Finding) => string | undefined): string {
  const lines: string[] = [];
  const format = report.format ? FORMATS[report.format].name : '未识别';
  if (file) lines.push(`文件：${file}`);
  lines.push(`机关：${report.meta.agency || '（未识别）'}　年度：${report.meta.year ?? '（未识别）'}　表格格式：${format}`);
  lines.push(summarize(findings));
  for (const sev of ['E', 'W', 'I'] as const) {
    const group = findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push('', `【${SEVERITY_NAME[sev]}】${group.length} 项`);
    group.forEach((f, i) => {
      lines.push(`${i + 1}. [${f.rule}] ${f.message}`);
      const p = place(f);
      if (p) lines.push(`   位置：${p}`);
      if (f.expected !== undefined || f.actual !== undefined) lines.push(`   应为：${f.expected ?? '—'}；实际：${f.actual ?? '—'}`);
      if (f.evidence.quote) lines.push(`   原文：「${clip(f.evidence.quote, 120)}」`);
      // A table left blank (or 「/」 in every cell) names up to eight cells; --json lists them all.
      const cells = f.evidence.cells ?? [];
      for (const c of cells.slice(0, CELLS_SHOWN)) lines.push(`   单元格：${c.place} 填写「${c.written}」`);
      if (cells.length > CELLS_SHOWN) lines.push(`   ……共 ${cells.length} 个单元格（--json 列出全部）`);
      const note = annotate?.(f);
      if (note) lines.push(`   ${note}`);
    });
  }
  return lines.join('\n');
}
