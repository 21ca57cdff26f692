// Hybrid search: vector KNN (sqlite-vec) + keyword (FTS5 trigram), fused by scaled scores (server/search/fusion.ts),
// filters applied in the database, then diversity (per report / per agency caps, near-duplicate suppression).
import { agencyKind, FIRST_REPORT_YEAR, kindsInQuery, LEVELS, SECTIONS, sectionByNo } from '../format/index.js';
import { UserError } from '../errors.js';
import type { SearchFilter, Storage } from '../ports/index.js';
import type { Embedder } from './embedder.js';
import { fuse, rankBonus } from './fusion.js';
import { assertSame } from './identity.js';

/** What search reads: the two indexes and the chunks' rows. */
export type SearchStorage = Pick<Storage, 'vectors' | 'lexical' | 'reports'>;

export const RRF_K = 60;
/**
 * Fusion chosen on the relevance set's tuning split only (evals/fixtures/relevance; NIANBAO_EVAL_TUNE=1, rule in
 * evals/suites/retrieval.ts): each side's scores scaled to [0, 1], lexical weighted 3, 40 candidates per side.
 * It tied the best weighted RRF there (nDCG@10 0.818 vs 0.819) and fell least short of the better side query by
 * query: RRF sees ranks only, so a side's flat list pulled weak hits up where the other side was sure.
 */
export const FUSION_METHOD: 'rrf' | 'scores' = 'scores';
/** Candidates taken from each side before fusion. */
export const RRF_DEPTH = 40;
/** Each side's weight in the fusion. */
export const VECTOR_WEIGHT = 1;
export const LEXICAL_WEIGHT = 3;
/**
 * Weight of the agency-kind list, as a share of the two sides' weights together: a preference that still lets the
 * right section win. Scaled scores spread candidates wider than RRF did, so it needs the full share (chosen on the
 * leave-one-out suite's same-level share and MRR, not on the relevance set).
 */
const KIND_SHARE = 1;

export interface DiversityOptions {
  maxPerReport?: number;
  maxPerAgency?: number;
  /** Character-trigram Jaccard similarity at or above which a hit counts as a copy of an earlier one. */
  duplicateThreshold?: number;
}

export interface SearchOptions {
  k?: number;
  /** 1..6, a heading title (「总体情况」), a tolerated variant, or a key (overview, active, …). */
  section?: number | string;
  level?: string;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  format?: '2019' | '2021' | string;
  /** Leave-one-out: never return this agency's own text. */
  excludeAgency?: string;
  /** true (default caps), false (none), or explicit caps. */
  diversity?: boolean | DiversityOptions;
  /** For evaluation: one side only. */
  mode?: 'hybrid' | 'vector' | 'lexical';
  /** For evaluation (tuning the fusion): candidates per side and each side's weight in the reciprocal-rank sum. */
  fusion?: FusionOptions;
}

export interface FusionOptions {
  depth?: number;
  vectorWeight?: number;
  lexicalWeight?: number;
  /** Reciprocal-rank constant (60 by default). */
  k?: number;
  /** 'rrf': weighted reciprocal rank; 'scores': weighted sum of each side's scores scaled to [0, 1] per query. */
  method?: 'rrf' | 'scores';
}

export interface SearchHit {
  chunkId: number;
  text: string;
  heading: string;
  section: { no: number; title: string };
  aspect: string | null;
  report: { id: number; agency: string; level: string; province: string; year: number | null; format: string | null; source: string; url: string };
  score: number;
  scores: { vectorRank?: number; vectorDistance?: number; lexicalRank?: number; lexicalScore?: number };
}

/** Section option → number, or a Chinese error listing what is accepted. */
export function resolveSection(section: number | string): number {
  const s = typeof section === 'number' ? String(section) : section.trim();
  if (/^[1-6]$/.test(s)) return Number(s);
  const bare = s.replace(/^[一二三四五六]、/, '');
  const hit = SECTIONS.find((x) => x.key === bare || x.title === bare || x.variants.includes(bare) || x.numeral === bare);
  if (hit) return hit.no;
  throw new UserError(`无法识别的部分「${section}」。可用：1–6，或 ${SECTIONS.map((x) => x.title).join('、')}。`);
}

export function toFilter(o: SearchOptions): SearchFilter {
  if (o.level && !(LEVELS as readonly string[]).includes(o.level))
    throw new UserError(`无法识别的机关层级「${o.level}」。可用：${LEVELS.join('、')}。`);
  if (o.format && o.format !== '2019' && o.format !== '2021') throw new UserError(`表格格式应为 2019 或 2021，当前为「${o.format}」。`);
  const yearFrom = o.year ?? o.yearFrom;
  const yearTo = o.year ?? o.yearTo;
  for (const y of [yearFrom, yearTo])
    if (y !== undefined && !(Number.isInteger(y) && y >= FIRST_REPORT_YEAR && y <= 2100)) throw new UserError(`年度应为 ${FIRST_REPORT_YEAR}–2100 的整数，当前为「${y}」。`);
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo)
    throw new UserError(`起始年度 ${yearFrom} 晚于截止年度 ${yearTo}。`);
  return {
    sections: o.section !== undefined ? [resolveSection(o.section)] : undefined,
    level: o.level || undefined,
    format: o.format || undefined,
    yearFrom,
    yearTo,
    excludeAgency: o.excludeAgency || undefined,
  };
}

function trigrams(text: string): Set<string> {
  const cs = [...text.replace(/\s+/g, '')];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= cs.length; i++) out.add(cs[i] + cs[i + 1] + cs[i + 2]);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/** Keep the ranked order, skipping a hit over its report/agency cap or too similar to one already kept. */
export function diversify<T extends { text: string; report: { id: number; agency: string } }>(ranked: T[], k: number, d: DiversityOptions): T[] {
  const maxPerReport = d.maxPerReport ?? 2;
  const maxPerAgency = d.maxPerAgency ?? 2;
  const threshold = d.duplicateThreshold ?? 0.6;
  const kept: { hit: T; grams: Set<string> }[] = [];
  const perReport = new Map<number, number>();
  const perAgency = new Map<string, number>();
  for (const hit of ranked) {
    if (kept.length >= k) break;
    if ((perReport.get(hit.report.id) ?? 0) >= maxPerReport) continue;
    if (hit.report.agency && (perAgency.get(hit.report.agency) ?? 0) >= maxPerAgency) continue;
    const grams = trigrams(hit.text);
    if (kept.some((x) => jaccard(x.grams, grams) >= threshold)) continue;
    kept.push({ hit, grams });
    perReport.set(hit.report.id, (perReport.get(hit.report.id) ?? 0) + 1);
    if (hit.report.agency) perAgency.set(hit.report.agency, (perAgency.get(hit.report.agency) ?? 0) + 1);
  }
  return kept.map((x) => x.hit);
}

export async function search(storage: SearchStorage, embedder: Embedder, query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) throw new UserError('检索内容为空。');
  if (q.length > 2000) throw new UserError(`检索内容过长（${q.length} 字），请控制在 2000 字以内。`);
  // Only punctuation and symbols: nothing to match (the vector of 「，。！」 would still have nearest neighbours).
  if (!/[\p{L}\p{N}]/u.test(q)) return [];
  const k = opts.k ?? 5;
  if (!Number.isInteger(k) || k < 1 || k > 100) throw new UserError(`返回条数 k 应为 1–100 的整数，当前为「${opts.k}」。`);
  const filter = toFilter(opts);
  const mode = opts.mode ?? 'hybrid';
  const depth = Math.max(opts.fusion?.depth ?? RRF_DEPTH, k * 4);
  const wVec = opts.fusion?.vectorWeight ?? VECTOR_WEIGHT;
  const wLex = opts.fusion?.lexicalWeight ?? LEXICAL_WEIGHT;

  const vectorSide = async () => {
    const meta = mode === 'lexical' ? undefined : await storage.vectors.meta();
    if (!meta) return [];
    assertSame(meta, embedder);
    const [qv] = await embedder.embed([q]);
    return storage.vectors.knn(qv, depth, filter);
  };
  const lexicalSide = async () => (mode === 'vector' ? [] : storage.lexical.search(q, filter, depth));
  const [vec, lex] = await Promise.all([vectorSide(), lexicalSide()]);
  const weights = { method: opts.fusion?.method ?? FUSION_METHOD, k: opts.fusion?.k ?? RRF_K, vectorWeight: wVec, lexicalWeight: wLex };
  const fused = fuse({ vector: vec, lexical: lex }, weights);
  if (!fused.size) return [];

  const rows = await storage.reports.chunksWithReport([...fused.keys()]);
  const ranked: SearchHit[] = rows
    .map((r) => {
      const f = fused.get(r.id)!;
      return {
        chunkId: r.id,
        text: r.text,
        heading: r.heading,
        section: { no: r.sectionNo, title: sectionByNo(r.sectionNo)?.title ?? '标题与前言' },
        aspect: r.aspect,
        report: r.report,
        score: f.score,
        scores: f.scores,
      };
    })
    .sort((a, b) => b.score - a.score || a.chunkId - b.chunkId);
  // A query that names a kind of agency (「镇 主动公开 公众号」) prefers that kind: one more ranked list in the fusion,
  // the same candidates restricted to agencies of that kind — a preference, not a filter (--level filters).
  const kinds = kindsInQuery(q);
  if (kinds.size) {
    let rank = 0;
    // Only among the strong candidates: reorder them, never pull a weak match of the right kind up from far below.
    for (const h of ranked.slice(0, 3 * k)) if (kinds.has(agencyKind(h.report.agency))) h.score += rankBonus(weights, KIND_SHARE * (wVec + wLex), ++rank);
    ranked.sort((a, b) => b.score - a.score || a.chunkId - b.chunkId);
  }
  if (opts.diversity === false) return ranked.slice(0, k);
  return diversify(ranked, k, opts.diversity === true || opts.diversity === undefined ? {} : opts.diversity);
}
