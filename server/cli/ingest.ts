// `nianbao ingest <dir|file...> [--reindex]`: add published reports to the retrieval index (progress on stderr).
import { UserError } from '../errors.js';
import { sqliteStorage } from '../adapters/sqlite/index.js';
import { corpusParagraphs, ingestPaths } from '../corpus/files.js';
import { reindexAll, type IngestOutcome } from '../corpus/ingest.js';
import { clearLocalIdf, createEmbedder } from '../search/factory.js';
import { openStore } from '../store/db.js';
import { chunkCount, reportCount } from '../store/reports.js';
import { clearVectorIndex } from '../store/vectors.js';
import type { Command } from './main.js';
import { parseCommandArgs } from './args.js';

const STATUS: Record<IngestOutcome['status'], string> = { added: '新增', replaced: '替换', unchanged: '未变' };

export const command: Command = {
  summary: '把已发布的年度报告（txt、html、docx 或其目录）导入检索索引；--reindex 用当前嵌入模型重建向量索引',
  usage: 'ingest <目录|文件...> [--reindex]',
  async run(args) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { reindex: { type: 'boolean' } } }, command.usage);
    if (!positionals.length && !values.reindex) throw new UserError(`缺少要导入的目录或文件。用法：nianbao ${command.usage}`);
    const store = openStore();
    const storage = sqliteStorage(store);
    try {
      if (values.reindex) {
        clearVectorIndex(store);
        await clearLocalIdf(storage);
      }
      const embedder = await createEmbedder(storage, { corpusTexts: () => corpusParagraphs('corpus'), env: process.env });
      if (values.reindex) {
        process.stderr.write(`用「${embedder.id}」重建向量索引…\n`);
        const { reports } = await reindexAll(storage, embedder, (done, total) => {
          if (done === total || done % 50 === 0) process.stderr.write(`  [${done}/${total}] 已重建\n`);
        });
        process.stderr.write(`向量索引已重建：${reports} 份报告。\n`);
      }
      const count = { added: 0, replaced: 0, unchanged: 0, failed: 0 };
      if (positionals.length) {
        const result = await ingestPaths(storage, positionals, embedder, (done, total, o) => {
          if ('error' in o) {
            count.failed++;
            process.stderr.write(`[${done}/${total}] 失败 ${o.source}：${o.error}\n`);
          } else {
            count[o.status]++;
            process.stderr.write(`[${done}/${total}] ${STATUS[o.status]} ${o.source}（${o.agency || '机关名称未识别'}，${o.chunks} 段）\n`);
          }
        });
        if (!result.files) throw new UserError(`在 ${positionals.join('、')} 中没有找到可导入的文件（.txt、.md、.html、.docx、.pdf）。`);
      }
      console.log(
        `导入完成：新增 ${count.added} 份，替换 ${count.replaced} 份，未变 ${count.unchanged} 份，失败 ${count.failed} 份；` +
          `索引共 ${reportCount(store)} 份报告、${chunkCount(store)} 段（${store.path}）。`,
      );
      return count.failed ? 1 : 0;
    } finally {
      store.close();
    }
  },
};
