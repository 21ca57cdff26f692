// Retrieval benchmark: sqlite-vec KNN latency as a ratio to a plain Float32Array brute-force scan over the same
// vectors (both measured in this run), and ingest rate of real corpus reports with the local embedder.
// Standalone: `npx tsx bench/retrieval.ts`; also part of `npm run bench`.
import { sqliteStorage } from '../server/adapters/sqlite/index.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './core.js';
import { rng } from '../server/report/generate.js';
import { listIngestible } from '../server/corpus/files.js';
import { ingestText } from '../server/corpus/ingest.js';
import { loadManifest, manifestMetaFor } from '../server/corpus/manifest.js';
import { fitIdf, LOCAL_DIM, LocalEmbedder } from '../server/search/embedder.js';
import { search } from '../server/search/hybrid.js';
import { openStore } from '../server/store/db.js';
import { chunkCount } from '../server/store/reports.js';
import { ensureVectorIndex, insertVectors, knn } from '../server/store/vectors.js';

function unitVectors(n: number, dim: number, seed: number): Float32Array {
  const r = rng(seed);
  const all = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < dim; j++) {
      const x = r() * 2 - 1;
      all[i * dim + j] = x;
      s += x * x;
    }
    const k = 1 / Math.sqrt(s);
    for (let j = 0; j < dim; j++) all[i * dim + j] *= k;
  }
  return all;
}

/** Brute force: cosine = dot product on unit vectors; keep the top k in a small sorted buffer. */
function bruteKnn(all: Float32Array, n: number, dim: number, q: Float32Array, k: number): number[] {
  const best = new Float64Array(k).fill(-Infinity);
  const ids = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    let s = 0;
    const o = i * dim;
    for (let j = 0; j < dim; j++) s += all[o + j] * q[j];
    if (s <= best[k - 1]) continue;
    let p = k - 1;
    while (p > 0 && best[p - 1] < s) {
      best[p] = best[p - 1];
      ids[p] = ids[p - 1];
      p--;
    }
    best[p] = s;
    ids[p] = i;
  }
  return Array.from(ids);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median ms per query of each function; the functions alternate per query so both see the same machine load. */
function timeInterleaved(queries: Float32Array[], fns: ((q: Float32Array) => unknown)[]): number[] {
  for (const q of queries.slice(0, 3)) for (const fn of fns) fn(q); // warm-up
  const t = fns.map(() => [] as number[]);
  for (const q of queries) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      fn(q);
      t[i].push(performance.now() - t0);
    });
  }
  return t.map(median);
}

async function knnCase(n: number, dir: string): Promise<BenchRow[]> {
  const dim = LOCAL_DIM;
  const k = 10;
  const all = unitVectors(n, dim, n);
  const store = openStore(join(dir, `knn-${n}.db`));
  ensureVectorIndex(store, { id: 'bench-random', dim });
  const t0 = performance.now();
  const batch = 5000;
  for (let i = 0; i < n; i += batch) {
    const m = Math.min(batch, n - i);
    const meta = Array.from({ length: m }, (_, j) => ({ chunkId: i + j + 1, section: 1 + ((i + j) % 6), year: 2019 + ((i + j) % 6), level: '乡镇', format: '2021', agency: `机关${(i + j) % 997}` }));
    const vecs = Array.from({ length: m }, (_, j) => all.subarray((i + j) * dim, (i + j + 1) * dim));
    store.tx(() => insertVectors(store, meta, vecs));
  }
  const insertSec = (performance.now() - t0) / 1000;
  const queries = Array.from({ length: n >= 100_000 ? 15 : 30 }, (_, i) => unitVectors(1, dim, 7_000_000 + i));
  // Same answers from both (ids are 1-based in the store).
  const q0 = queries[0];
  const a = knn(store, q0, k).map((h) => h.chunkId - 1);
  const b = bruteKnn(all, n, dim, q0, k);
  if (a.join() !== b.join()) throw new Error(`sqlite-vec 与暴力扫描的 KNN 结果不一致（${n} 条）`);
  const [vecMs, bruteMs, filteredMs] = timeInterleaved(queries, [
    (q) => knn(store, q, k),
    (q) => bruteKnn(all, n, dim, q, k),
    (q) => knn(store, q, k, { sections: [1], yearFrom: 2021 }),
  ]);
  store.close();
  const label = n >= 1000 ? `${n / 1000}k` : String(n);
  return [
    { name: `KNN ${label}×${dim} sqlite-vec`, value: vecMs, unit: 'ms/查询', baseline: bruteMs, ratio: vecMs / bruteMs, target: '≤ 1.5× 暴力扫描' },
    { name: `KNN ${label} 带筛选`, value: filteredMs, unit: 'ms/查询' },
    { name: `写入 ${label} 向量`, value: n / insertSec, unit: '条/秒' },
  ];
}

async function ingestCase(dir: string): Promise<BenchRow[]> {
  const entries = loadManifest('corpus');
  const files = listIngestible(['corpus']).map((f) => ({ f, text: readFileSync(f, 'utf8'), meta: manifestMetaFor('corpus', entries, f) }));
  if (!files.length) return [];
  const embedder = new LocalEmbedder({ idf: fitIdf(files.flatMap((x) => x.text.split('\n'))) });
  const store = openStore(join(dir, 'ingest.db'));
  // Warm-up round, then timed rounds; each round changes the text so nothing is skipped as unchanged.
  const round = async (r: number) => {
    for (const x of files) await ingestText(sqliteStorage(store), `${x.text}\n（第${r}轮）`, { source: `${x.f}#${r}`, meta: x.meta, embedder });
  };
  await round(0);
  const rounds = 4;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 1; r <= rounds; r++) await round(r);
  const perSec = (rounds * files.length) / ((performance.now() - t0) / 1000);
  // Per CPU-second too: on a shared machine the wall clock also counts other processes' time.
  const cpu = process.cpuUsage(c0);
  const perCpuSec = (rounds * files.length) / ((cpu.user + cpu.system) / 1e6);
  // Reading the same files is the floor any ingest pays.
  const t1 = performance.now();
  for (let r = 0; r < rounds; r++) for (const x of files) readFileSync(x.f, 'utf8');
  const readPerSec = (rounds * files.length) / ((performance.now() - t1) / 1000);
  const queries = ['镇 主动公开 公众号', '存在的主要问题 改进措施', '信息处理费', '依申请公开 答复'];
  const qt: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    await search(sqliteStorage(store), embedder, queries[i % queries.length], { k: 5 });
    qt.push(performance.now() - t);
  }
  const chunks = chunkCount(store);
  store.close();
  return [
    { name: '导入真实报告（本地嵌入）', value: perSec, unit: '份/秒', baseline: readPerSec, ratio: perSec / readPerSec, target: '≥ 300 份/秒' },
    { name: '导入（按 CPU 时间）', value: perCpuSec, unit: '份/CPU秒', target: '≥ 300 份/秒' },
    { name: `混合检索（${chunks} 段）`, value: median(qt.slice(4)), unit: 'ms/查询' },
  ];
}

export async function benchRetrieval(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-retrieval-'));
  try {
    return [...(await knnCase(10_000, dir)), ...(await knnCase(100_000, dir)), ...(await ingestCase(dir))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  for (const r of await benchRetrieval()) {
    const ratio = r.ratio !== undefined ? `  比值 ${r.ratio.toFixed(2)}×（基线 ${r.baseline!.toFixed(2)}）` : '';
    console.log(`${r.name.padEnd(28)} ${r.value.toFixed(2).padStart(12)} ${r.unit}${ratio}${r.target ? `  目标 ${r.target}` : ''}`);
  }
  console.log(`（用时 ${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
}
