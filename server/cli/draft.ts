// `nianbao draft <report.json|last-year-report.txt> [--offline] [--year YYYY] [--out draft.docx|.md|.html|.txt]`
// A draft input JSON, a Report/ParsedReport JSON (`nianbao parse --json`) or a published report's text → a new draft.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { composeDraft, inputFromReport, parseDraftInput, type DraftInputIn } from '../draft/index.js';
import { SEVERITY_NAME } from '../check/present.js';
import { UserError } from '../errors.js';
import { modelFromEnv } from '../llm/provider.js';
import { renderDocx } from '../render/docx.js';
import { renderReport } from '../render/index.js';
import type { Command } from './main.js';
import { loadReport, parseJson, readTextFile, reportFromJson } from './report-file.js';
import { parseCommandArgs } from './args.js';

const USAGE = 'draft <report.json|去年报告.txt> [--offline] [--year YYYY] [--out 草稿.docx|.md|.html|.txt]';

/** JSON: a draft input (has `numbers` or no `sections`) or a report; text: parsed. */
export async function inputFromFile(file: string, year?: number, onNote?: (note: string) => void): Promise<DraftInputIn> {
  if (extname(file).toLowerCase() === '.json') {
    const text = await readTextFile(file);
    const data = parseJson(text, file);
    if (data && typeof data === 'object' && !Array.isArray(data) && !('sections' in data) && !('source' in data)) {
      const input = parseDraftInput(data);
      return year ? { ...input, meta: { ...input.meta, year }, format: undefined } : input;
    }
    return inputFromReport(reportFromJson(text, file), { year, onNote });
  }
  // A published report (txt, html, docx): read, parse, keep its agency, year and numbers.
  return inputFromReport((await loadReport(file)).report, { year, onNote });
}

export const command: Command = {
  summary: '根据本年数字和事实（或去年的报告）起草完整的年度报告草稿',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { offline: { type: 'boolean' }, year: { type: 'string', short: 'y' }, out: { type: 'string', short: 'o' } },
    }, USAGE);
    const [file, ...extra] = positionals;
    if (!file) throw new UserError(`缺少输入文件。用法：nianbao ${USAGE}`);
    if (extra.length) throw new UserError(`多余的参数：${extra.join(' ')}`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 2008 || year > 2100)) throw new UserError(`--year「${values.year}」无效，应为 2008–2100 的年份。`);
    const ext = values.out ? extname(values.out).slice(1).toLowerCase().replace('htm', 'html').replace('htmll', 'html') : 'md';
    if (!['md', 'html', 'txt', 'docx'].includes(ext)) throw new UserError(`不支持的输出格式「${ext}」，可选：md、html、txt、docx。`);

    const input = await inputFromFile(file, year, (n) => console.error(`提示：${n}`));
    const choice = values.offline ? { notice: '已选择离线起草（--offline）。' } : modelFromEnv();
    // The SDK's timers are unref'd: keep the process alive until the draft is done.
    const keepAlive = setInterval(() => {}, 1000);
    let result;
    try {
      result = await composeDraft(input, { model: choice.model, modelNotice: choice.notice, mode: values.offline ? 'offline' : 'auto' });
    } finally {
      clearInterval(keepAlive);
    }
    for (const n of result.notices) console.error(`提示：${n}`);
    const errors = result.findings.filter((f) => f.severity === 'E');
    for (const f of result.findings.filter((x) => x.severity !== 'I')) console.error(`${f.severity} ${SEVERITY_NAME[f.severity]} ${f.rule} ${f.message}`);
    const gen = result.sections.map((s) => `${s.no}:${s.generator}`).join(' ');
    const output = ext === 'docx' ? await renderDocx(result.report) : renderReport(result.report, ext as 'md' | 'html' | 'txt', { standalone: true });
    if (values.out) {
      try {
        await writeFile(values.out, output);
      } catch (e) {
        throw new UserError(`无法写入「${values.out}」：${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      console.error(`已写入 ${values.out}（各部分：${gen}；错误 ${errors.length} 项）`);
    } else process.stdout.write(output);
    return errors.length ? 1 : 0;
  },
};
