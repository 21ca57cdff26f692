// Retrieval suite, leave-one-out: each corpus report asks for examples with its own level and the opening of its
// 一、总体情况, excluding its own agency. Do the examples come from the same kind of agency and the same section?
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, FIXTURES_DIR, loadCorpus, docId, type CorpusDoc } from '../lib/corpus.js';
import { layer } from '../lib/deps.js';
import { corpusIndex, type Hit } from '../lib/corpus-index.js';
import { mean, type CaseResult, type SuiteResult } from '../lib/types.js';

/** Opening of section 一 from the raw text (first ~120 characters after the heading). */
export function sectionOneOpening(text: string, chars = 120): string {
  const lines = text.split('\n').map((l) => l.trim());
  const i = lines.findIndex((l) => /^一[、.．]/.test(l));
  const body = (i >= 0 ? lines.slice(i + 1) : lines).filter((l) => l.length > 0 && !(/^[（(][一二三四五六1-6][)）]/.test(l) && l.length <= 20)).join('');
  return body.replace(/\s+/g, '').slice(0, chars);
}

export interface QueryScore {
  sameLevelShare: number;
  levelHit: boolean;
  sameSectionShare: number;
  reciprocalRank: number;
  distinctAgencies: number;
  leaked: number;
}

/** Score one result list for a query from `doc`. */
export function scoreHits(doc: Pick<CorpusDoc, 'level' | 'agency'>, hits: Hit[], section = 1): QueryScore {
  const good = (h: Hit) => h.report.level === doc.level && h.section.no === section;
  const first = hits.findIndex(good);
  return {
    sameLevelShare: hits.length ? hits.filter((h) => h.report.level === doc.level).length / hits.length : 0,
    levelHit: hits.some((h) => h.report.level === doc.level),
    sameSectionShare: hits.length ? hits.filter((h) => h.section.no === section).length / hits.length : 0,
    reciprocalRank: first >= 0 ? 1 / (first + 1) : 0,
    distinctAgencies: new Set(hits.map((h) => h.report.agency || `#${h.report.id}`)).size,
    leaked: hits.filter((h) => h.report.agency === doc.agency).length,
  };
}

export async function runRetrievalSuite(opts: { k?: number; corpus?: CorpusDoc[] } = {}): Promise<SuiteResult> {
  const t0 = Date.now();
  const k = opts.k ?? 5;
  const index = await corpusIndex();
  const docs = (opts.corpus ?? loadCorpus()).filter((d) => d.agency && d.level && sectionOneOpening(d.text).length >= 20);
  const rows: { doc: CorpusDoc; query: string; s: QueryScore; modes: Record<string, number>; hits: Hit[] }[] = [];
  for (const doc of docs) {
    const query = `${doc.level} ${sectionOneOpening(doc.text)}`;
    const hits = await index.search(query, { k, excludeAgency: doc.agency });
    const modes: Record<string, number> = {};
    for (const mode of ['vector', 'lexical'] as const)
      modes[mode] = scoreHits(doc, await index.search(query, { k, excludeAgency: doc.agency, mode })).reciprocalRank;
    rows.push({ doc, query, s: scoreHits(doc, hits), modes, hits });
  }
  const rel = await runRelevance(10);
  const test = rel.scores.test!;
  const cp = await runCopies();
  const m = (f: (r: (typeof rows)[number]) => number) => mean(rows.map(f));
  // Level metrics only over queries the corpus can answer (another agency of the same level exists).
  const answerable = rows.filter((r) => docs.some((o) => o.level === r.doc.level && o.agency !== r.doc.agency));
  const ma = (f: (r: (typeof rows)[number]) => number) => mean(answerable.map(f));
  const levels = [...new Set(rows.map((r) => r.doc.level))];
  const cases: CaseResult[] = rows.map((r) => ({
    anchor: `retrieval-${docId(r.doc.file)}`,
    title: `${r.doc.file}（${r.doc.agency}，${r.doc.level}）`,
    score: (r.s.reciprocalRank + r.s.sameLevelShare) / 2,
    problems: [
      `同层级占比 ${(r.s.sameLevelShare * 100).toFixed(0)}%，第一部分占比 ${(r.s.sameSectionShare * 100).toFixed(0)}%，倒数排名 ${r.s.reciprocalRank.toFixed(2)}`,
      ...(r.s.leaked ? [`返回了本机关自己的文本 ${r.s.leaked} 条`] : []),
      ...r.hits.map((h, i) => `#${i + 1} ${h.report.level || '（层级未知）'} · ${h.report.agency || '（机关未知）'} · 第${h.section.no}部分`),
    ],
    text: `检索：${r.query}`,
  }));
  return {
    name: 'retrieval',
    status: 'ok',
    durationMs: Date.now() - t0,
    metrics: {
      same_level_at_k: { value: ma((r) => r.s.sameLevelShare), label: `前${k}条中同层级机关的占比`, better: 'higher', ratio: true },
      level_recall_at_k: { value: ma((r) => (r.s.levelHit ? 1 : 0)), label: `前${k}条含同层级机关的查询占比（recall@${k}）`, better: 'higher', ratio: true },
      same_section_at_k: { value: m((r) => r.s.sameSectionShare), label: `前${k}条中来自第一部分的占比`, better: 'higher', ratio: true },
      mrr: { value: ma((r) => r.s.reciprocalRank), label: 'MRR（首个同层级且同部分的结果）', better: 'higher' },
      mrr_vector: { value: ma((r) => r.modes.vector), label: 'MRR：仅向量', better: 'higher' },
      mrr_lexical: { value: ma((r) => r.modes.lexical), label: 'MRR：仅关键词', better: 'higher' },
      distinct_agencies: { value: m((r) => r.s.distinctAgencies), label: `前${k}条中不同机关数（平均）`, better: 'higher' },
      self_leaks: { value: rows.reduce((s, r) => s + r.s.leaked, 0), label: '留一法下仍返回本机关文本的条数', better: 'lower' },
      queries: { value: rows.length, label: '查询数', better: 'higher' },
      answerable: { value: answerable.length, label: '可回答的查询数（语料中有其他同层级机关）', better: 'higher' },
      relevance_ndcg10: { value: test.hybrid.ndcg, label: `人工判定相关性 nDCG@10（测试集 ${test.hybrid.n} 条，混合）`, better: 'higher' },
      relevance_ndcg10_vector: { value: test.vector.ndcg, label: 'nDCG@10：仅向量（测试集）', better: 'higher' },
      relevance_ndcg10_lexical: { value: test.lexical.ndcg, label: 'nDCG@10：仅关键词（测试集）', better: 'higher' },
      relevance_mrr: { value: test.hybrid.mrr, label: 'MRR（测试集，混合）', better: 'higher' },
      relevance_mrr_vector: { value: test.vector.mrr, label: 'MRR：仅向量（测试集）', better: 'higher' },
      relevance_mrr_lexical: { value: test.lexical.mrr, label: 'MRR：仅关键词（测试集）', better: 'higher' },
      relevance_queries: { value: rel.queries, label: `判定查询数（文件缺失而略去 ${rel.skipped} 条）`, better: 'higher' },
      copy_precision: { value: cp.precision, label: `N-COPIED 精确率（${cp.pairs} 对人工判定，标出 ${cp.flagged} 对）`, better: 'higher', ratio: true },
      copy_recall: { value: cp.recall, label: `N-COPIED 召回率（${cp.copies} 对抄袭）`, better: 'higher', ratio: true },
    },
    groups: [
      {
        title: '按机关层级',
        columns: ['层级', '查询', '同层级占比', '第一部分占比', 'MRR', '不同机关数'],
        rows: levels.map((l) => {
          const xs = rows.filter((r) => r.doc.level === l);
          const f = (g: (r: (typeof rows)[number]) => number) => mean(xs.map(g));
          return [l, xs.length, pct(f((r) => r.s.sameLevelShare)), pct(f((r) => r.s.sameSectionShare)), f((r) => r.s.reciprocalRank).toFixed(3), f((r) => r.s.distinctAgencies).toFixed(1)];
        }),
      },
    ],
    cases,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// ---- judged relevance (evals/fixtures/relevance/queries.json): nDCG@10 and MRR per side and fused ----

export interface RelevanceQuery {
  id: string;
  topic: string;
  split: 'tune' | 'test';
  kind: 'keywords' | 'drafting' | 'reviewer' | 'pasted';
  query: string;
  section?: number;
  relevant: { file: string; quote: string }[];
}

type Fusion = { method: 'rrf' | 'scores'; depth: number; vectorWeight: number; lexicalWeight: number };
type Mode = 'vector' | 'lexical' | 'hybrid';
export interface RelevanceScores {
  ndcg: number;
  mrr: number;
  n: number;
  /** Per-query nDCG, in query order (for the shortfall against the better side). */
  each?: number[];
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Binary-gain nDCG@k and reciprocal rank of one ranked id list against the relevant ids. */
export function ndcgAndRr(ids: number[], relevant: Set<number>, k = 10): { ndcg: number; rr: number } {
  let dcg = 0;
  let rr = 0;
  ids.slice(0, k).forEach((id, i) => {
    if (!relevant.has(id)) return;
    dcg += 1 / Math.log2(i + 2);
    if (!rr) rr = 1 / (i + 1);
  });
  let idcg = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) idcg += 1 / Math.log2(i + 2);
  return { ndcg: idcg ? dcg / idcg : 0, rr };
}

/**
 * Index the bundled corpus and the real excerpts (corpus/real, or NIANBAO_CORPUS_REAL until they are committed),
 * then map each judged (file, quote) to the chunks that contain the quote. Queries whose files are absent are left out.
 */
let relevanceBuilt: ReturnType<typeof buildRelevanceIndex> | undefined;
export const relevanceIndex = () => (relevanceBuilt ??= buildRelevanceIndex());

async function buildRelevanceIndex() {
  type StoreT = { db: { prepare(sql: string): { all(...a: unknown[]): unknown[] } }; close(): void };
  const { openStore } = await layer<{ openStore(path: string): StoreT }>('server/store/db.ts', ['openStore']);
  const { sqliteStorage } = await layer<{ sqliteStorage(s: StoreT): unknown }>('server/adapters/sqlite/index.ts', ['sqliteStorage']);
  const { ingestText } = await layer<{ ingestText(s: unknown, text: string, o: object): Promise<unknown> }>('server/corpus/ingest.ts', ['ingestText']);
  const { LocalEmbedder, fitIdf } = await layer<{ LocalEmbedder: new (o: object) => unknown; fitIdf(t: string[]): unknown }>('server/search/embedder.ts', ['LocalEmbedder', 'fitIdf']);
  const { search } = await layer<{ search(s: unknown, e: unknown, q: string, o: object): Promise<{ chunkId: number }[]> }>('server/search/hybrid.ts', ['search']);
  const docs: { file: string; text: string; meta: object }[] = loadCorpus().map((d) => ({
    file: d.file, text: d.text, meta: { agency: d.agency, level: d.level, province: d.province, year: d.year, format: d.format ?? undefined, complete: d.complete },
  }));
  const realDir = existsSync(join(CORPUS_DIR, 'real', 'labels-a.json')) ? join(CORPUS_DIR, 'real') : process.env.NIANBAO_CORPUS_REAL;
  if (realDir && existsSync(realDir)) {
    for (const name of ['labels-a.json', 'labels-b.json']) {
      if (!existsSync(join(realDir, name))) continue;
      for (const l of JSON.parse(readFileSync(join(realDir, name), 'utf8')) as { file: string; agency: string; level: string; province: string; year: number; format: string; complete: boolean }[]) {
        const path = join(realDir, l.file.replace(/^real\//, ''));
        if (existsSync(path)) docs.push({ file: l.file, text: readFileSync(path, 'utf8'), meta: { agency: l.agency, level: l.level, province: l.province, year: l.year, format: l.format, complete: l.complete } });
      }
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-relevance-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const store = openStore(join(dir, 'index.db'));
  const storage = sqliteStorage(store);
  const embedder = new LocalEmbedder({ idf: fitIdf(docs.flatMap((d) => d.text.split(/\n+/).filter((p) => p.trim().length >= 14))) });
  for (const d of docs) await ingestText(storage, d.text, { source: d.file, meta: d.meta, embedder }).catch(() => undefined);
  const chunks = store.db.prepare('SELECT c.id, c.text, r.source FROM chunks c JOIN reports r ON r.id = c.report_id').all() as { id: number; text: string; source: string }[];
  const bySource = new Map<string, { id: number; text: string }[]>();
  for (const c of chunks) (bySource.get(c.source) ?? bySource.set(c.source, []).get(c.source)!).push({ id: c.id, text: squash(c.text) });
  const relevantIds = (q: RelevanceQuery) => {
    const ids = new Set<number>();
    for (const r of q.relevant) for (const c of bySource.get(r.file) ?? []) if (c.text.includes(squash(r.quote))) ids.add(c.id);
    return ids;
  };
  const sectionText = (file: string, no: number) =>
    (store.db.prepare('SELECT r.id, r.agency, s.text FROM sections s JOIN reports r ON r.id = s.report_id WHERE r.source = ? AND s.no = ?').all(file, no) as { id: number; agency: string; text: string }[])[0];
  return { docs: docs.length, run: (q: string, o: object) => search(storage, embedder, q, o), relevantIds, storage, sectionText };
}

interface CopyPair {
  id: string;
  kind: 'real' | 'constructed';
  a: { file?: string; agency?: string; from?: string; keep?: number; fill?: string; numberShift?: number };
  b: { file: string };
  section: number;
  judged: 'copy' | 'not-copy';
}

/** N-COPIED on the judged pairs (evals/fixtures/relevance/copies.json): precision, recall, ms per checked report. */
export async function runCopies(): Promise<{ pairs: number; flagged: number; truePositives: number; copies: number; precision: number; recall: number; msPerReport: number; wrong: string[] }> {
  const { findCopiedSections } = await layer<{ findCopiedSections(s: unknown, r: object, o?: object): Promise<{ copiedFrom: { source: string } }[]> }>('server/search/copies.ts', ['findCopiedSections']);
  const { namePieces } = await layer<{ namePieces(a: string): string[] }>('server/draft/mask.ts', ['namePieces']);
  const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, 'relevance', 'copies.json'), 'utf8')) as { pairs: CopyPair[] };
  const index = await relevanceIndex();
  const sentences = (t: string) => t.split(/(?<=[。；！？])|\n+/).map((x) => x.trim()).filter(Boolean);
  let flagged = 0;
  let tp = 0;
  let copies = 0;
  let ms = 0;
  let n = 0;
  const wrong: string[] = [];
  for (const p of fixture.pairs) {
    let agency: string;
    let text: string;
    const exclude: number[] = [];
    if (p.kind === 'real') {
      const a = index.sectionText(p.a.file!, p.section);
      if (!a || !index.sectionText(p.b.file, p.section)) continue;
      (agency = a.agency), (text = a.text), exclude.push(a.id);
    } else {
      const b = index.sectionText(p.a.from!, p.section);
      const fill = index.sectionText(p.a.fill!, p.section);
      if (!b || !fill) continue;
      const ours = sentences(b.text);
      const keep = Math.max(1, Math.round((p.a.keep ?? 1) * ours.length));
      const rest = sentences(fill.text).slice(0, ours.length - keep);
      agency = p.a.agency!;
      const own = namePieces(agency).at(-1) ?? agency;
      text = [...ours.slice(0, keep), ...rest].join('\n');
      for (const piece of namePieces(b.agency)) if (piece.length >= 2) text = text.split(piece).join(own);
      text = text.replace(/\d+/g, (d) => String(Number(d) + (p.a.numberShift ?? 3)));
    }
    const t0 = performance.now();
    const found = await findCopiedSections(index.storage, { agency, sections: [{ no: p.section, text }] }, { excludeReportIds: exclude });
    ms += performance.now() - t0;
    n++;
    const hit = found.some((f) => f.copiedFrom.source === p.b.file);
    if (p.judged === 'copy') copies++;
    if (hit) flagged++;
    if (hit && p.judged === 'copy') tp++;
    if (hit !== (p.judged === 'copy')) wrong.push(p.id);
  }
  return { pairs: n, flagged, truePositives: tp, copies, precision: flagged ? tp / flagged : 1, recall: copies ? tp / copies : 1, msPerReport: ms / (n || 1), wrong };
}

/**
 * nDCG@10 and MRR on the judged set. With `tune` (NIANBAO_EVAL_TUNE=1: slow, not for CI) the fusion's depth and
 * weights are first chosen on the tune split; otherwise the shipped constants are scored, on the test split only.
 */
export async function runRelevance(k = 10, tune = process.env.NIANBAO_EVAL_TUNE === '1'): Promise<{
  queries: number; skipped: number; docs: number; tuned?: Fusion;
  scores: Partial<Record<'tune' | 'test', Record<Mode | 'hybrid_default', RelevanceScores>>>;
  grid: { fusion: Fusion; tune: RelevanceScores; shortfall: number }[];
}> {
  const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, 'relevance', 'queries.json'), 'utf8')) as { queries: RelevanceQuery[] };
  const index = await relevanceIndex();
  const qs = fixture.queries.map((q) => ({ q, rel: index.relevantIds(q) })).filter((x) => x.rel.size > 0);
  const score = async (split: 'tune' | 'test', mode: Mode, fusion?: Fusion): Promise<RelevanceScores> => {
    const xs = qs.filter((x) => x.q.split === split);
    let ndcg = 0;
    let mrr = 0;
    const each: number[] = [];
    for (const { q, rel } of xs) {
      const hits = await index.run(q.query, { k, mode, ...(q.section ? { section: q.section } : {}), ...(fusion ? { fusion } : {}) });
      const s = ndcgAndRr(hits.map((h) => h.chunkId), rel, k);
      ndcg += s.ndcg;
      mrr += s.rr;
      each.push(s.ndcg);
    }
    return { ndcg: ndcg / (xs.length || 1), mrr: mrr / (xs.length || 1), n: xs.length, each };
  };
  // Tune the fusion on the tune split only; the test split is scored once with the chosen setting.
  // Rule: the best tune nDCG@10; settings within 0.002 of it are a tie, broken by the smallest mean shortfall
  // against the better side per query (a fusion that follows whichever side is right, not an average of both).
  const grid: { fusion: Fusion; tune: RelevanceScores; shortfall: number }[] = [];
  const methods = [['rrf', [1, 1.5, 2, 3]], ['scores', [1, 1.5, 2, 3]]] as const;
  const settings: Fusion[] = tune ? [20, 40, 60].flatMap((depth) => methods.flatMap(([method, ws]) => ws.map((lexicalWeight) => ({ method, depth, vectorWeight: 1, lexicalWeight })))) : [];
  const sides = tune ? [await score('tune', 'vector'), await score('tune', 'lexical')] : [];
  for (const fusion of settings) {
    const s = await score('tune', 'hybrid', fusion);
    const shortfall = mean(s.each!.map((x, i) => Math.max(0, Math.max(sides[0].each![i], sides[1].each![i]) - x)));
    grid.push({ fusion, tune: s, shortfall });
  }
  const top = Math.max(...grid.map((g) => g.tune.ndcg));
  const tuned = grid.length ? grid.filter((g) => g.tune.ndcg >= top - 0.002).reduce((a, b) => (b.shortfall < a.shortfall - 1e-9 ? b : a)).fusion : undefined;
  const scores = {} as Record<'tune' | 'test', Record<Mode | 'hybrid_default', RelevanceScores>>;
  for (const split of tune ? (['tune', 'test'] as const) : (['test'] as const)) {
    const hybrid_default = await score(split, 'hybrid');
    scores[split] = {
      vector: await score(split, 'vector'),
      lexical: await score(split, 'lexical'),
      hybrid: tuned ? await score(split, 'hybrid', tuned) : hybrid_default,
      hybrid_default,
    };
  }
  return { queries: qs.length, skipped: fixture.queries.length - qs.length, docs: index.docs, tuned, scores, grid };
}
