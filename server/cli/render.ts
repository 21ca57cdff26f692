// `nianbao render <report.json> [--format md|html|txt|docx] [--out file]`: a Report or ParsedReport as a publishable document.
import { writeFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { renderDocx } from '../render/docx.js';
import { renderReport, TEXT_FORMATS, type TextFormat } from '../render/index.js';
import type { Command } from './main.js';
import { readTextFile, reportFromJson } from './report-file.js';
import { parseCommandArgs } from './args.js';

const FORMATS = [...TEXT_FORMATS, 'docx'] as const;
type OutFormat = (typeof FORMATS)[number];

/** --format wins; else the --out extension; else Markdown. */
function pickFormat(format: string | undefined, out: string | undefined): OutFormat {
  const ext = out?.match(/\.(md|html?|txt|docx)$/i)?.[1].toLowerCase();
  const f = format ?? (ext === 'htm' ? 'html' : ext) ?? 'md';
  if (!(FORMATS as readonly string[]).includes(f)) throw new UserError(`不支持的输出格式「${f}」，可选：${FORMATS.join('、')}`);
  return f as OutFormat;
}

export const command: Command = {
  summary: '把报告 JSON（Report 或 nianbao parse --json 的结果）排版为 Markdown、网页、纯文本或 Word',
  usage: 'render <report.json> [--format md|html|txt|docx] [--out 文件]',
  async run(args) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
    }, command.usage);
    const [file, ...extra] = positionals;
    if (!file) throw new UserError(`缺少报告文件。用法：nianbao ${command.usage}`);
    if (extra.length) throw new UserError(`多余的参数：${extra.join(' ')}。一次只排版一份报告`);
    const format = pickFormat(values.format, values.out);
    if (format === 'docx' && !values.out) throw new UserError('Word 格式（docx）是二进制文件，请用 --out 指定输出文件，如 --out 报告.docx');

    const report = reportFromJson(await readTextFile(file), file);

    const output = format === 'docx' ? await renderDocx(report) : renderReport(report, format as TextFormat, { standalone: true });
    if (values.out) {
      try {
        await writeFile(values.out, output);
      } catch (e) {
        throw new UserError(`无法写入「${values.out}」：${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      console.error(`已写入 ${values.out}（${format}）`);
    } else process.stdout.write(output);
    return 0;
  },
};
