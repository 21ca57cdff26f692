// Ingest the bundled corpus (or given folders) into a deployed Worker through POST /api/admin/ingest, a few reports
// per request so each invocation stays well inside the Workers CPU and D1 query limits.
//   NIANBAO_ADMIN_TOKEN=… node --import tsx scripts/ingest-worker.ts https://nianbao.<account>.workers.dev [corpus …]
import { corpusDocs } from '../server/corpus/files.js';

const INGEST_BATCH = 5; // server/worker.ts accepts at most this many documents per request

const [url, ...dirs] = process.argv.slice(2);
const token = process.env.NIANBAO_ADMIN_TOKEN;
if (!url || !token) {
  console.error('用法：NIANBAO_ADMIN_TOKEN=… node --import tsx scripts/ingest-worker.ts <Worker 地址> [语料目录…]');
  process.exit(2);
}
const docs = (await Promise.all((dirs.length ? dirs : ['corpus']).map((d) => corpusDocs(d)))).flat();
for (let i = 0; i < docs.length; i += INGEST_BATCH) {
  const batch = docs.slice(i, i + INGEST_BATCH);
  const r = await fetch(new URL('/api/admin/ingest', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ docs: batch.map((d) => ({ source: d.source, text: d.text, meta: d.meta ?? undefined })) }),
  });
  const body = (await r.json()) as { error?: string; reports?: number };
  if (!r.ok) {
    console.error(`第 ${i + 1}–${i + batch.length} 份导入失败（${r.status}）：${body.error}`);
    process.exit(1);
  }
  console.error(`已导入 ${Math.min(i + INGEST_BATCH, docs.length)}/${docs.length}，库中共 ${body.reports} 份报告`);
}
