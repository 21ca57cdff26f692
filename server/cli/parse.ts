// `nianbao parse <file> [--json]`: read a published report and show what was found (Chinese summary) or the
// ParsedReport JSON.
import { FORMATS, SECTIONS, sectionHeading } from '../format/index.js';
import { UserError } from '../errors.js';
import { loadReportText } from '../parse/load.js';
import { parseText, reportSignals } from '../parse/text.js';
import type { ParsedReport } from '../report/schema.js';
import type { Command } from './main.js';
import { parseCommandArgs } from './args.js';

const KIND: Record<string, string> = { missing: '缺失', unreadable: '无法辨认', ambiguous: '存疑', info: '说明' };
const TABLES = [
  ['t2', '表二'],
  ['t3', '表三'],
  ['t4', '表四'],
] as const;

export function summary(p: ParsedReport, readNotes: string[] = []): string {
  const out: string[] = [];
  out.push(`机关：${p.meta.agency || '（未读到）'}${p.meta.level ? `（${p.meta.level}）` : ''}`);
  out.push(`年度：${p.meta.year ?? '（未读到）'}`);
  if (p.title) out.push(`标题：${p.title}`);
  out.push(`落款日期：${p.meta.date ?? '（未读到）'}`);
  if (p.meta.published) out.push(`网页发布日期：${p.meta.published}`);
  const fmt = p.source.formatDetected ? FORMATS[p.source.formatDetected].name : p.format ? `${FORMATS[p.format].name}（按年度推定，表格中未读到）` : '（无法确定）';
  out.push(`表格格式：${fmt}`);
  const found = new Map(p.source.headings.map((h) => [h.no, h.text]));
  out.push(`部分标题（${found.size}/6）：`);
  for (const s of SECTIONS) {
    const h = found.get(s.no);
    out.push(`  ${h ? '✓' : '✗'} ${h ?? sectionHeading(s)}${h && h !== sectionHeading(s) ? `（规定为「${sectionHeading(s)}」）` : ''}`);
  }
  const cells = Object.keys(p.tables);
  out.push(`表格：${TABLES.map(([k, name]) => `${name} ${cells.filter((c) => c.startsWith(`${k}.`)).length} 格`).join('，')}`);
  out.push(`完整：${p.source.complete ? '是' : '否（页面不完整或有缺失，见下）'}`);
  const notes = [...readNotes.map((m) => `[读取] ${m}`), ...p.source.notes.map((n) => `[${KIND[n.kind] ?? n.kind}] ${n.where}：${n.message}`)];
  if (p.source.labels.length) for (const l of p.source.labels) notes.push(`[栏目改动] ${l.table === 't2' ? '表二' : '表三'}写作「${l.written}」，规定为「${l.official}」`);
  if (notes.length) {
    out.push('说明：');
    for (const n of notes) out.push(`  - ${n}`);
  }
  return out.join('\n');
}

export const command: Command = {
  summary: '读取已发布的年度报告（文本），列出机关、年度、格式、各部分、表格和缺失之处',
  usage: 'parse <文件> [--json]',
  async run(args) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } }, command.usage);
    const [file, ...extra] = positionals;
    if (!file) throw new UserError(`缺少报告文件。用法：nianbao ${command.usage}`);
    if (extra.length) throw new UserError(`多余的参数：${extra.join(' ')}。一次只读取一份报告`);
    const loaded = await loadReportText(file);
    const parsed = parseText(loaded.text, { file });
    if (reportSignals(parsed) === 0)
      throw new UserError(`「${file}」看起来不是政府信息公开工作年度报告：没有找到标题、「${sectionHeading(SECTIONS[0])}」等部分标题或表二至表四的栏目`, 422);
    if (values.json) console.log(JSON.stringify(parsed, null, 2));
    else console.log(summary(parsed, loaded.notes));
    return 0;
  },
};
