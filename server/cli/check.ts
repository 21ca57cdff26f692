// `nianbao check <file...> [--previous <file>] [--json]`: validate published reports (txt/html/docx) or report
// JSON. Chinese text by default; exit status 1 when any report has an E finding.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { checkReport, fingerprint, type Finding } from '../check/index.js';
import { renderFindings } from '../check/present.js';
import { formatIssues, UserError } from '../errors.js';
import { loadReportText } from '../parse/load.js';
import { parseText } from '../parse/text.js';
import { ParsedReportSchema, ReportSchema, type AnyReport } from '../report/schema.js';
import type { Command } from './main.js';

function fromJson(text: string, file: string): AnyReport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UserError(`「${file}」不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UserError(`「${file}」应为一份报告对象（JSON 对象）`);
  const parsed = 'source' in data;
  const result = parsed ? ParsedReportSchema.safeParse(data) : ReportSchema.safeParse(data);
  if (!result.success) throw new UserError(`「${file}」不是有效的${parsed ? '解析结果（ParsedReport）' : '报告（Report）'}，以下字段有误：\n${formatIssues(result.error.issues)}`, 422);
  return result.data;
}

/** A report file: JSON (Report/ParsedReport) or a published text/web page/Word document. */
export async function loadReport(file: string): Promise<{ report: AnyReport; notes: string[] }> {
  if (/\.json$/i.test(file)) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(code === 'ENOENT' ? `找不到文件「${file}」` : `无法读取「${file}」：${code ?? String(e)}`);
    }
    return { report: fromJson(text, file), notes: [] };
  }
  const { text, notes } = await loadReportText(file);
  return { report: parseText(text, { file }), notes };
}

export interface CheckedFile {
  file: string;
  report: AnyReport;
  notes: string[];
  findings: Finding[];
}

export const command: Command = {
  summary: '校验年度报告：表格勾稽关系、格式、正文与表格一致性、年度、时限等（有错误时退出码为 1）',
  usage: 'check <文件...> [--previous 上年报告] [--json]',
  async run(args) {
    z.config(z.locales.zhCN());
    let values: { previous?: string; json?: boolean };
    let files: string[];
    try {
      ({ values, positionals: files } = parseArgs({
        args,
        allowPositionals: true,
        options: { previous: { type: 'string', short: 'p' }, json: { type: 'boolean' } },
      }));
    } catch (e) {
      throw new UserError(`参数有误：${e instanceof Error ? e.message : String(e)}。用法：nianbao ${command.usage}`);
    }
    if (!files.length) throw new UserError(`缺少要校验的报告文件。用法：nianbao ${command.usage}`);
    const previous = values.previous ? (await loadReport(values.previous)).report : undefined;
    const results: CheckedFile[] = [];
    for (const file of files) {
      const { report, notes } = await loadReport(file);
      results.push({ file, report, notes, findings: checkReport(report, { previous }) });
    }
    if (values.json) {
      const out = results.map((r) => ({
        file: r.file,
        agency: r.report.meta.agency,
        year: r.report.meta.year,
        format: r.report.format,
        notes: r.notes,
        findings: r.findings.map((f) => ({ id: fingerprint(f, r.report), ...f })),
      }));
      process.stdout.write(`${JSON.stringify(files.length === 1 ? out[0] : out, null, 2)}\n`);
    } else {
      const blocks = results.map((r) => [renderFindings(r.report, r.findings, r.file), ...r.notes.map((n) => `读取说明：${n}`)].join('\n'));
      process.stdout.write(`${blocks.join('\n\n────────\n\n')}\n`);
    }
    return results.some((r) => r.findings.some((f) => f.severity === 'E')) ? 1 : 0;
  },
};
