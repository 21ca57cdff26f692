// `nianbao search "<text>" [--section 总体情况] [--level 乡镇] [--k 5] [--year 2023 | --from --to] [--json]`.
import { UserError } from '../errors.js';
import { sqliteStorage } from '../adapters/sqlite/index.js';
import { corpusParagraphs, ensureCorpusIndexed } from '../corpus/files.js';
import { ASPECTS } from '../format/index.js';
import { createEmbedder } from '../search/factory.js';
import { search, type SearchHit, type SearchOptions } from '../search/hybrid.js';
import { openStore } from '../store/db.js';
import { reportCount } from '../store/reports.js';
import type { Command } from './main.js';
import { parseCommandArgs } from './args.js';

function intOption(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UserError(`--${name} 应为整数，当前为「${v}」。`);
  return Number(v);
}

export function formatHit(h: SearchHit, i: number): string {
  const r = h.report;
  const meta = [r.level, r.province, r.year ? `${r.year}年` : '', r.format ? `${r.format}版格式` : ''].filter(Boolean).join('，');
  const aspect = h.aspect ? ` · ${ASPECTS.find((a) => a.key === h.aspect)?.title ?? h.aspect}` : '';
  const text = h.text.replace(/\s*\n\s*/g, ' ');
  return [
    `${i + 1}. ${r.agency || '（机关未识别）'}（${meta || '信息不全'}）  第${h.section.no || '〇'}部分「${h.section.title}」${aspect}  得分 ${h.score.toFixed(4)}`,
    `   ${text.length > 220 ? `${text.slice(0, 220)}…` : text}`,
    `   来源：${r.url || r.source}`,
  ].join('\n');
}

export const command: Command = {
  summary: '在往年报告中检索相似段落（向量 + 关键词混合检索，可按部分、层级、年度、格式筛选）',
  usage: 'search "<文字>" [--section 总体情况] [--level 乡镇] [--k 5] [--year 2023 | --from 2021 --to 2023] [--format 2021] [--exclude 机关] [--json]',
  async run(args) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        section: { type: 'string', short: 's' },
        level: { type: 'string', short: 'l' },
        k: { type: 'string', short: 'k' },
        year: { type: 'string', short: 'y' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        exclude: { type: 'string' },
        mode: { type: 'string' },
        'no-diversity': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    }, command.usage);
    const query = positionals.join(' ').trim();
    if (!query) throw new UserError(`缺少检索内容。用法：nianbao ${command.usage}`);
    if (values.year !== undefined && (values.from !== undefined || values.to !== undefined))
      throw new UserError('--year 与 --from/--to 不能同时使用。');
    const mode = values.mode;
    if (mode && !['hybrid', 'vector', 'lexical'].includes(mode)) throw new UserError(`--mode 应为 hybrid、vector 或 lexical，当前为「${mode}」。`);
    const opts: SearchOptions = {
      k: intOption('k', values.k) ?? 5,
      section: values.section,
      level: values.level,
      year: intOption('year', values.year),
      yearFrom: intOption('from', values.from),
      yearTo: intOption('to', values.to),
      format: values.format,
      excludeAgency: values.exclude,
      mode: mode as SearchOptions['mode'],
      diversity: !values['no-diversity'],
    };
    const store = openStore();
    const storage = sqliteStorage(store);
    try {
      const embedder = await createEmbedder(storage, { corpusTexts: () => corpusParagraphs('corpus'), env: process.env });
      if (reportCount(store) === 0) {
        const built = await ensureCorpusIndexed(storage, embedder, 'corpus', (done, total) => {
          if (done === total || done % 10 === 0) process.stderr.write(`首次使用，正在建立索引 [${done}/${total}]\n`);
        });
        if (!built.files) throw new UserError('检索索引为空。请先运行 nianbao ingest <目录> 导入往年报告。');
      }
      const hits = await search(storage, embedder, query, opts);
      if (values.json) {
        console.log(JSON.stringify({ query, options: opts, hits }, null, 2));
      } else if (!hits.length) {
        console.log('没有找到符合条件的段落。可放宽筛选条件（--section、--level、--year）后重试。');
      } else {
        console.log(hits.map(formatHit).join('\n\n'));
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
