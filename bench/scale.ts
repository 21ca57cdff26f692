// Retrieval at scale: corpora of 10k and 100k chunks (1M with `--1m`) recombined from real report sentences — each
// synthetic chunk is 2–5 sentences drawn from the same section of real reports, embedded by the local embedder —
// so vectors and term statistics have the structure of real text (random vectors have none).
// Measured in one run, per query kind (keywords, a pasted passage, drafting-like filtered by section/year/level):
// hybrid p50/p95, the vector half (KNN only) and the lexical half separately, the rest of a hybrid query (embedding,
// fusion, reading the chunks' rows, diversity), and same-run baselines: two floors — one pass of a tight JS loop
// over the same vectors in memory, and one memcpy of them —, the npm sqlite-vec binary (no SIMD) on the same file,
// and the pre-issue-15 lexical path.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteStorage } from '../server/adapters/sqlite/index.js';
import { analyzeText } from '../server/corpus/analyze.js';
import { chunkReport } from '../server/corpus/chunk.js';
import { listIngestible } from '../server/corpus/files.js';
import { embeddingText, guessLevel } from '../server/corpus/ingest.js';
import { rng } from '../server/report/generate.js';
import { fitIdf, LocalEmbedder } from '../server/search/embedder.js';
import { RRF_DEPTH, search, type SearchOptions, toFilter } from '../server/search/hybrid.js';
import { lexicalSearch, type LexicalTrace } from '../server/search/lexical.js';
import { openStore, type Store } from '../server/store/db.js';
import { writeReports } from '../server/store/reports.js';
import type { NewReport } from '../server/ports/index.js';
import { ensureVectorIndex, knn } from '../server/store/vectors.js';
import { buildSimdVec, vecBinary } from '../server/store/vec-native.js';
import type { BenchRow } from './core.js';
import { lexicalSearchReference } from './lexical-reference.js';
import { findCopiedSections } from '../server/search/copies.js';

interface Source {
  agency: string;
  level: string;
  /** Sentences per section number (0–6). */
  sentences: Map<number, string[]>;
  chunks: { sectionNo: number; text: string }[];
}

/** Real report texts: corpus/ and, when present, the real excerpts folder (NIANBAO_CORPUS_REAL or corpus/real). */
export function sourceFiles(): string[] {
  const dirs = ['corpus'];
  const real = process.env.NIANBAO_CORPUS_REAL ?? 'corpus/real';
  if (statSync(real, { throwIfNoEntry: false })?.isDirectory() && !real.startsWith('corpus/')) dirs.push(real);
  return listIngestible(dirs).filter((f) => /\.txt$/.test(f));
}

export async function loadSources(): Promise<Source[]> {
  const out: Source[] = [];
  for (const f of sourceFiles()) {
    const a = await analyzeText(readFileSync(f, 'utf8'), f);
    const chunks = chunkReport(a.parsed);
    const sentences = new Map<number, string[]>();
    for (const c of chunks)
      for (const s of c.text.match(/[^。；！？]+[。；！？]?/g) ?? [])
        if (s.length >= 8) (sentences.get(c.sectionNo) ?? sentences.set(c.sectionNo, []).get(c.sectionNo)!).push(s);
    const agency = a.parsed.meta?.agency ?? '';
    if (chunks.length) out.push({ agency, level: guessLevel(agency), sentences, chunks: chunks.map((c) => ({ sectionNo: c.sectionNo, text: c.text })) });
  }
  return out;
}

const PLACES = ['东阳', '南江', '西林', '北屯', '青田', '白河', '金川', '玉山', '石城', '云和', '永宁', '安远', '长乐', '平湖', '新丰', '和平'];

export interface Built {
  store: Store;
  vectors: Float32Array;
  n: number;
  dim: number;
  embedder: LocalEmbedder;
  buildSec: number;
  dbBytes: number;
}

/** Write `target` chunks as reports of ~20 chunks; year and section are drawn independently. */
export async function build(dir: string, target: number, sources: Source[], embedder: LocalEmbedder): Promise<Built> {
  const path = join(dir, `scale-${target}.db`);
  const store = openStore(path);
  ensureVectorIndex(store, embedder);
  const r = rng(target);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const pools = new Map<number, string[]>();
  for (const s of sources) for (const [no, xs] of s.sentences) (pools.get(no) ?? pools.set(no, []).get(no)!).push(...xs);
  const sections = [...pools.keys()].filter((no) => pools.get(no)!.length >= 5).sort();
  const vectors = new Float32Array(target * embedder.dim);
  let n = 0;
  const t0 = performance.now();
  let batch: { rep: NewReport; vectors: Float32Array[] }[] = [];
  for (let rep = 0; n < target; rep++) {
    const src = pick(sources);
    const agency = src.agency ? `${pick(PLACES)}${src.agency}`.replace(/^(..)(.{2,3}[县市区])/, `$1`) : `${pick(PLACES)}县某局`;
    const year = 2019 + Math.floor(r() * 7);
    const chunks: { sectionNo: number; heading: string; text: string }[] = [];
    for (const no of sections) {
      const per = no === 1 ? 6 : no === 5 ? 3 : 2;
      for (let i = 0; i < per && n + chunks.length < target; i++) {
        const k = 2 + Math.floor(r() * 4);
        let text = '';
        for (let j = 0; j < k; j++) text += pick(pools.get(no)!);
        chunks.push({ sectionNo: no, heading: '', text });
      }
    }
    const vecs = await embedder.embed(chunks.map((c) => embeddingText(agency, c.heading, c.text)));
    vecs.forEach((v, i) => vectors.set(v, (n + i) * embedder.dim));
    batch.push({
      rep: {
        fingerprint: `bench-${target}-${rep}`,
        analyzer: 'bench',
        source: `bench/${rep}`,
        meta: { url: '', agency, level: src.level || guessLevel(agency), province: '', year, format: year >= 2021 ? '2021' : '2019', complete: true },
        parsed: {} as never,
        findings: [],
        sections: [],
        chunks,
      } as NewReport,
      vectors: vecs,
    });
    n += chunks.length;
    if (batch.length >= 200) (writeReports(store, batch), (batch = []));
  }
  writeReports(store, batch);
  const buildSec = (performance.now() - t0) / 1000;
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return { store, vectors, n, dim: embedder.dim, embedder, buildSec, dbBytes: statSync(path).size };
}

/**
 * The floor: one pass over every vector in memory (dot product of unit vectors), top k kept in a small buffer.
 * Four accumulators, so the loop is bound by loads and multiplies rather than by one chain of additions.
 */
export function floorKnn(all: Float32Array, n: number, dim: number, q: Float32Array, k: number): number[] {
  const best = new Float64Array(k).fill(-Infinity);
  const ids = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    const o = i * dim;
    let j = 0;
    for (; j + 4 <= dim; j += 4) {
      s0 += all[o + j] * q[j];
      s1 += all[o + j + 1] * q[j + 1];
      s2 += all[o + j + 2] * q[j + 2];
      s3 += all[o + j + 3] * q[j + 3];
    }
    for (; j < dim; j++) s0 += all[o + j] * q[j];
    const s = s0 + s1 + s2 + s3;
    if (s <= best[k - 1]) continue;
    let p = k - 1;
    while (p > 0 && best[p - 1] < s) (best[p] = best[p - 1], (ids[p] = ids[p - 1]), p--);
    best[p] = s;
    ids[p] = i;
  }
  return Array.from(ids);
}

/**
 * The memory floor: copying every vector once (a memcpy, vectorised by the C library): no exact scan can read the
 * same bytes faster. The JS floor above is scalar, so a SIMD scan can beat it; this one it cannot.
 */
export function memoryFloorMs(all: Float32Array, runs = 5): number {
  const copy = new Float32Array(all.length);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    copy.set(all);
    t.push(performance.now() - t0);
  }
  return pct(t, 0.5);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

const KEYWORDS = [
  '镇 主动公开 公众号', '存在的主要问题 改进措施', '信息处理费', '依申请公开 答复', '政策解读 图解', '保密审查 三审三校',
  '公开指南 公开目录', '行政复议 行政诉讼', '街道 政务公开专栏', '培训 业务能力', '规范性文件 清理', '重点领域信息公开',
  '政府网站 集约化', '公开栏 村务', '人大代表建议 政协提案', '局 门户网站 更新',
];

interface Query {
  kind: 'keywords' | 'pasted' | 'drafting';
  text: string;
  opts: SearchOptions;
}

export function queries(sources: Source[], seed: number): Query[] {
  const r = rng(seed);
  const out: Query[] = KEYWORDS.map((text) => ({ kind: 'keywords' as const, text, opts: {} }));
  const long = sources.flatMap((s) => s.chunks).filter((c) => c.text.length >= 150);
  for (let i = 0; i < 16; i++) out.push({ kind: 'pasted', text: long[Math.floor(r() * long.length)].text.slice(0, 400), opts: {} });
  const drafting = [
    { text: '总体情况 主动公开 依申请公开 政府信息管理 平台建设 监督保障', section: 1 },
    { text: '存在的主要问题及改进情况 一是 二是 下一步', section: 5 },
  ];
  const levels = ['乡镇', '街道', '县级部门', ''];
  for (let i = 0; i < 16; i++) {
    const d = drafting[i % 2];
    out.push({ kind: 'drafting', text: d.text, opts: { section: d.section, yearFrom: 2021, ...(levels[i % 4] ? { level: levels[i % 4] } : {}) } });
  }
  return out;
}

/** N-COPIED time per checked report: sections 一 and 五 of real reports checked against the built corpus. */
export async function copiesCase(b: Built, sources: Source[], label: string): Promise<BenchRow> {
  const storage = sqliteStorage(b.store);
  const reps = sources.filter((s) => s.chunks.some((c) => c.sectionNo === 1)).slice(0, 20);
  const t: number[] = [];
  for (const s of reps) {
    const sections = [1, 5].map((no) => ({ no, text: s.chunks.filter((c) => c.sectionNo === no).map((c) => c.text).join('\n') }));
    const t0 = performance.now();
    await findCopiedSections(storage, { agency: s.agency, sections });
    t.push(performance.now() - t0);
  }
  return { name: `${label} N-COPIED 每份报告 p50 / p95`, value: pct(t, 0.5), unit: `ms / ${pct(t, 0.95).toFixed(0)} ms（${reps.length} 份）` };
}

/** Issue 15's targets on one core. */
const target = (label: string, kind: string) =>
  label === '100k' ? '≤ 60 ms' : label === '1M' ? (kind === 'pasted' ? '≤ 1,500 ms' : '≤ 800 ms') : undefined;

/** The same file opened with the npm sqlite-vec binary (one binary per connection; see server/store/vec-native.ts). */
function npmStore(path: string): Store {
  const before = process.env.NIANBAO_VEC_SIMD;
  process.env.NIANBAO_VEC_SIMD = '0';
  try {
    return openStore(path, { readonly: true });
  } finally {
    if (before === undefined) delete process.env.NIANBAO_VEC_SIMD;
    else process.env.NIANBAO_VEC_SIMD = before;
  }
}

export async function measure(b: Built, qs: Query[], label: string, baselineRuns: number): Promise<BenchRow[]> {
  const { store, embedder } = b;
  const storage = sqliteStorage(store);
  const k = 10;
  const depth = RRF_DEPTH;
  const rows: BenchRow[] = [];
  const npm = vecBinary() === 'simd' ? npmStore(store.path) : undefined;
  // Warm-up (page cache, statements).
  for (const q of qs.slice(0, 4)) await search(storage, embedder, q.text, { k, ...q.opts });
  // Recall of the vector half against the floor (unfiltered).
  let recall = 0;
  const qvs = new Map<Query, Float32Array>();
  for (const q of qs) qvs.set(q, (await embedder.embed([q.text]))[0]);
  const unfiltered = qs.filter((q) => q.kind !== 'drafting');
  for (const q of unfiltered) {
    const exact = new Set(floorKnn(b.vectors, b.n, b.dim, qvs.get(q)!, k).map((i) => i + 1));
    recall += knn(store, qvs.get(q)!, k).filter((h) => exact.has(h.chunkId)).length / k;
  }
  rows.push({ name: `${label} 向量 recall@10（对比精确扫描）`, value: recall / unfiltered.length, unit: '' });
  const memFloor = memoryFloorMs(b.vectors.subarray(0, b.n * b.dim));
  rows.push({ name: `${label} 内存下限：复制全部向量一次`, value: memFloor, unit: `ms（${((b.n * b.dim * 4) / 2 ** 20).toFixed(0)} MB）` });
  for (const kind of ['keywords', 'pasted', 'drafting'] as const) {
    const xs = qs.filter((q) => q.kind === kind);
    const t = { hybrid: [] as number[], hybridCpu: [] as number[], vector: [] as number[], npm: [] as number[], lexical: [] as number[], lexicalCpu: [] as number[], floor: [] as number[], rest: [] as number[], rows: [] as number[] };
    const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
    for (const q of xs) {
      const f = toFilter(q.opts);
      let c0 = process.cpuUsage();
      let t0 = performance.now();
      await search(storage, embedder, q.text, { k, ...q.opts });
      t.hybrid.push(performance.now() - t0);
      t.hybridCpu.push(cpuMs(process.cpuUsage(c0)));
      t0 = performance.now();
      knn(store, qvs.get(q)!, depth, f);
      t.vector.push(performance.now() - t0);
      if (npm) {
        t0 = performance.now();
        knn(npm, qvs.get(q)!, depth, f);
        t.npm.push(performance.now() - t0);
      }
      const trace = {} as LexicalTrace;
      c0 = process.cpuUsage();
      t0 = performance.now();
      lexicalSearch(store, q.text, f, depth, trace);
      t.lexical.push(performance.now() - t0);
      t.lexicalCpu.push(cpuMs(process.cpuUsage(c0)));
      t.rows.push(trace.rowsRead);
      t.rest.push(t.hybrid.at(-1)! - t.vector.at(-1)! - t.lexical.at(-1)!);
      t0 = performance.now();
      floorKnn(b.vectors, b.n, b.dim, qvs.get(q)!, depth);
      t.floor.push(performance.now() - t0);
    }
    const floor = pct(t.floor, 0.5);
    rows.push(
      { name: `${label} 混合 ${kind} p50`, value: pct(t.hybrid, 0.5), unit: 'ms', target: target(label, kind) },
      { name: `${label} 混合 ${kind} p95`, value: pct(t.hybrid, 0.95), unit: 'ms' },
      { name: `${label} 混合 ${kind} CPU p50 / p95`, value: pct(t.hybridCpu, 0.5), unit: `ms / ${pct(t.hybridCpu, 0.95).toFixed(1)} ms（本进程 CPU 时间，不含等待其他进程）` },
      { name: `${label} 向量半 ${kind} p50`, value: pct(t.vector, 0.5), unit: 'ms（比值：对 JS 标量循环下限）', baseline: floor, ratio: pct(t.vector, 0.5) / floor },
      { name: `${label} 向量半 ${kind} 对内存下限`, value: pct(t.vector, 0.5), unit: 'ms', baseline: memFloor, ratio: pct(t.vector, 0.5) / memFloor },
      ...(npm ? [{ name: `${label} 向量半 ${kind} npm 二进制 p50`, value: pct(t.npm, 0.5), unit: 'ms（比值：对本机编译）', baseline: pct(t.vector, 0.5), ratio: pct(t.npm, 0.5) / pct(t.vector, 0.5) }] : []),
      { name: `${label} 关键词半 ${kind} p50`, value: pct(t.lexical, 0.5), unit: 'ms' },
      { name: `${label} 关键词半 ${kind} p95`, value: pct(t.lexical, 0.95), unit: 'ms' },
      { name: `${label} 关键词半 ${kind} CPU p50`, value: pct(t.lexicalCpu, 0.5), unit: 'ms' },
      { name: `${label} 关键词半 ${kind} 读行数 max`, value: Math.max(...t.rows), unit: '行' },
      { name: `${label} 其余 ${kind} p50`, value: pct(t.rest, 0.5), unit: 'ms（混合减两半：嵌入、融合、取行、多样性）' },
    );
    // Same-run baseline: the pre-issue-15 lexical path (every term, agency LIKE per term, statistics per search).
    if (baselineRuns > 0) {
      const old: number[] = [];
      for (const q of xs.slice(0, baselineRuns)) {
        const t0 = performance.now();
        lexicalSearchReference(store, q.text, toFilter(q.opts), depth);
        old.push(performance.now() - t0);
      }
      const mine = pct(t.lexical.slice(0, baselineRuns), 0.5);
      rows.push({ name: `${label} 关键词半 ${kind} 旧路径 p50`, value: pct(old, 0.5), unit: 'ms', baseline: mine, ratio: pct(old, 0.5) / mine });
    }
  }
  npm?.close();
  return rows;
}

export async function benchScale(opts: { sizes?: number[]; baselineRuns?: number } = {}): Promise<BenchRow[]> {
  const sizes = opts.sizes ?? [10_000, 100_000];
  const dir = mkdtempSync(join(process.env.NIANBAO_BENCH_DIR ?? tmpdir(), 'nianbao-bench-scale-'));
  buildSimdVec(); // before the first connection: the bench measures the binary this machine would use
  const sources = await loadSources();
  const embedder = new LocalEmbedder({ idf: fitIdf(sources.flatMap((s) => [...s.sentences.values()].flat())) });
  const qs = queries(sources, 42);
  const rows: BenchRow[] = [{ name: '来源：真实报告 / 句子', value: sources.length, unit: `份 / ${sources.reduce((s, x) => s + [...x.sentences.values()].flat().length, 0)} 句` }];
  try {
    for (const size of sizes) {
      const b = await build(dir, size, sources, embedder);
      const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;
      const binary = vecBinary() === 'simd' ? 'sqlite-vec 本机编译 AVX2/FMA' : 'sqlite-vec npm 发布版（无 SIMD）';
      rows.push({ name: `${label} 建库（含嵌入、FTS、统计）`, value: b.n / b.buildSec, unit: `段/秒（${(b.dbBytes / 2 ** 20).toFixed(0)} MB；${binary}）` });
      rows.push(...(await measure(b, qs, label, opts.baselineRuns ?? (size <= 100_000 ? 6 : 3))));
      rows.push(await copiesCase(b, sources, label));
      b.store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
