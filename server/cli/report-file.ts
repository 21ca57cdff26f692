// Reading a report a user names on the command line: report JSON (Report / `nianbao parse --json`) or a published
// report (txt, html, docx) parsed. One place for the file errors every command shows the same way.
import { readFile } from 'node:fs/promises';
import { formatIssues, UserError } from '../errors.js';
import { loadReportText } from '../parse/load.js';
import { parseText } from '../parse/text.js';
import { ParsedReportSchema, ReportSchema, type AnyReport } from '../report/schema.js';

/** A file's text, with the Chinese message for a missing or unreadable file. */
export async function readTextFile(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `找不到文件「${file}」` : `无法读取「${file}」：${code ?? String(e)}`, code === 'ENOENT' ? 404 : 400);
  }
}

/** JSON text → object, with the Chinese message for bad JSON. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserError(`「${file}」不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Validate JSON as a ParsedReport (it has `source`) or a Report; Chinese field-by-field message otherwise. */
export function reportFromJson(text: string, file: string): AnyReport {
  const data = parseJson(text, file);
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new UserError(`「${file}」应为一份报告对象（JSON 对象），实际是${Array.isArray(data) ? '数组' : typeof data}`);
  const parsed = 'source' in data;
  const result = parsed ? ParsedReportSchema.safeParse(data) : ReportSchema.safeParse(data);
  if (!result.success)
    throw new UserError(`「${file}」不是有效的${parsed ? '解析结果（ParsedReport）' : '报告（Report）'}，以下字段有误：\n${formatIssues(result.error.issues)}`, 422);
  return result.data;
}

/** A report file: JSON (Report/ParsedReport) or a published text / web page / Word document. */
export async function loadReport(file: string): Promise<{ report: AnyReport; notes: string[] }> {
  if (/\.json$/i.test(file)) return { report: reportFromJson(await readTextFile(file), file), notes: [] };
  const { text, notes } = await loadReportText(file);
  return { report: parseText(text, { file }), notes };
}
