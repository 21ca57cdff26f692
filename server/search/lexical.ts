// Keyword side of hybrid search, bounded so its cost follows the query, not the corpus:
// - corpus statistics (N, average length, chunks per agency, trigram document frequencies) are read from the tables
//   kept on ingest (migration 050, server/store/reports.ts and server/store/statements.ts), never recomputed over
//   every chunk; the D1 search (server/adapters/d1/lexical.ts) reads the same N and average length;
// - candidates come from the FTS5 trigram index for a few of the query's most selective terms (best bm25 first,
//   LIMITed), plus the chunks of agencies a term names when those are few; 1–2 character terms, which trigram cannot
//   match, only score those candidates, or — for a query of nothing else — reach the index through their most
//   frequent trigram continuations, LIMITed;
// - every candidate is then scored BM25-style over all the query's terms (text, and the agency name as a field),
//   with Lucene's coordination factor, as before.
import type { Store } from '../store/db.js';
import { textTrigrams } from '../store/reports.js';
import { CORPUS_STATS } from '../store/statements.js';
import type { VecFilter } from '../store/vectors.js';

const MAX_TERMS = 40;
/** At least this many of the most selective terms probe the FTS index… */
const PROBE_MIN = 3;
/** …and more while their summed document frequencies stay under this. */
const PROBE_POSTINGS = 4000;
/** A term in more chunks than this is common: never ranked alone over its whole posting list. */
const RANK_DF = 2000;
/** The rarest common terms ANDed in one query. */
const AND_TERMS = 4;
const CANDIDATES_WANTED = 300;
/** FTS rows taken from the AND of common terms, best bm25 first. */
const PER_PROBE_LIMIT = 200;
/** Terms naming agencies add those agencies' chunks as candidates, rarest first, while they number at most this in all. */
const AGENCY_CHUNKS = 400;
/**
 * Postings read per FTS probe, newest first. A filter that matches few rows (or none) would otherwise walk a
 * common term's whole posting list — a scan that grows with the corpus — to fill its LIMIT.
 */
const SCAN_POSTINGS = 3000;
/** 1–2 character terms: trigram continuations tried, and rows taken. */
const SHORT_EXPANSIONS = 8;
const SHORT_LIMIT = 600;

/**
 * Split a query into terms at spaces and punctuation. A long unbroken run (a pasted sentence) also contributes
 * its overlapping trigrams, so it still matches text that words it differently.
 */
export function queryTerms(query: string): string[] {
  const runs = query.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const terms = new Set<string>();
  for (const r of runs) {
    terms.add(r);
    if ([...r].length > 4) {
      const cs = [...r];
      for (let i = 0; i + 3 <= cs.length; i++) terms.add(cs.slice(i, i + 3).join(''));
    }
  }
  return [...terms].slice(0, MAX_TERMS);
}

/** SQL conditions on `c` (chunks) and `r` (reports) for the search filters. */
export function filterSql(f: VecFilter): { sql: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.sections?.length) (where.push(`c.section_no IN (${f.sections.map(() => '?').join(',')})`), args.push(...f.sections));
  if (f.level) (where.push('r.level = ?'), args.push(f.level));
  if (f.format) (where.push('r.format = ?'), args.push(f.format));
  if (f.yearFrom !== undefined) (where.push('r.year >= ?'), args.push(f.yearFrom));
  if (f.yearTo !== undefined) (where.push('r.year <= ?'), args.push(f.yearTo));
  if (f.excludeAgency) (where.push('r.agency != ?'), args.push(f.excludeAgency));
  return { sql: where.length ? ` AND ${where.join(' AND ')}` : '', args };
}

export const countOccurrences = (text: string, term: string) => {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
};

/** BM25 (k1 1.2, b 0.75): a term's weight from its document frequency, and one chunk's share of it. */
const K1 = 1.2;
const B = 0.75;
export const bm25Idf = (chunks: number, df: number) => Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
export const bm25 = (idf: number, tf: number, length: number, avgLength: number) =>
  (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / (avgLength || 1)));

const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;
const len = (s: string) => [...s].length;

/** BM25's N and average chunk length from the kept `corpus_stats` row (CORPUS_STATS; either runtime). */
export function bm25Stats(r: { chunks: number; chars: number } | null | undefined): { chunks: number; avgLength: number } {
  return r && r.chunks > 0 ? { chunks: r.chunks, avgLength: r.chars / r.chunks } : { chunks: 0, avgLength: 0 };
}

/** N and average chunk length, as kept on ingest. */
export function corpusStats(store: Store): { chunks: number; avgLength: number } {
  return bm25Stats(store.stmt(CORPUS_STATS).get() as { chunks: number; chars: number } | undefined);
}

/** Agency names with their chunk counts, indexed by character: a term is looked up only in names holding its rarest character. */
interface AgencyIndex {
  key: string;
  names: { agency: string; lower: string; chunks: number }[];
  byChar: Map<string, number[]>;
}
const agencyIndexes = new WeakMap<Store, AgencyIndex>();

/**
 * The kept agency list, read once per change of the database: `data_version` moves on other connections' commits,
 * `total_changes()` on this one's (reading thousands of names and testing every term on each cost ~8 ms a search).
 */
function agencyIndex(store: Store): AgencyIndex {
  const v = store.stmt('SELECT total_changes() AS t').get() as { t: number };
  const key = `${store.db.pragma('data_version', { simple: true })}/${v.t}`;
  const cached = agencyIndexes.get(store);
  if (cached?.key === key) return cached;
  const rows = store.stmt('SELECT agency, chunks FROM agency_stats WHERE chunks > 0').all() as { agency: string; chunks: number }[];
  const names = rows.filter((r) => r.agency).map((r) => ({ agency: r.agency, lower: r.agency.toLowerCase(), chunks: r.chunks }));
  const byChar = new Map<string, number[]>();
  names.forEach((n, i) => {
    for (const ch of new Set(n.lower)) (byChar.get(ch) ?? byChar.set(ch, []).get(ch)!).push(i);
  });
  const index = { key, names, byChar };
  agencyIndexes.set(store, index);
  return index;
}

/** Agencies whose name contains `term`, and their chunks in all. */
function agenciesNaming(index: AgencyIndex, term: string): { names: string[]; chunks: number } {
  let fewest: number[] | undefined;
  for (const ch of new Set(term)) {
    const xs = index.byChar.get(ch);
    if (!xs) return { names: [], chunks: 0 };
    if (!fewest || xs.length < fewest.length) fewest = xs;
  }
  const names: string[] = [];
  let chunks = 0;
  for (const i of fewest ?? []) {
    const a = index.names[i];
    if (a.lower.includes(term)) (names.push(a.agency), (chunks += a.chunks));
  }
  return { names, chunks };
}

interface Candidate {
  id: number;
  text: string;
  agency: string;
}

/** What the search plan did: for tests and the benchmark (rows read stay bounded whatever the corpus). */
export interface LexicalTrace {
  probes: string[];
  shortExpansions: string[];
  agencyTerms: string[];
  rowsRead: number;
}

export function lexicalSearch(
  store: Store,
  query: string,
  f: VecFilter,
  limit: number,
  trace?: LexicalTrace,
): { chunkId: number; score: number }[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const { chunks: n, avgLength } = corpusStats(store);
  if (!n) return [];
  const { sql, args } = filterSql(f);

  // Document frequencies: a trigram's is kept; a longer term's is at most its rarest trigram's; a 1–2 character
  // term's is at most the sum over the trigrams it begins (capped at N).
  const dfGet = store.stmt('SELECT df FROM term_df WHERE term = ?');
  const dfPrefix = store.stmt('SELECT coalesce(sum(df), 0) AS s FROM term_df WHERE term >= ? AND term < ?');
  const gramDf = new Map<string, number>();
  const trigramDf = (g: string) => {
    let d = gramDf.get(g);
    if (d === undefined) gramDf.set(g, (d = (dfGet.get(g) as { df: number } | undefined)?.df ?? 0));
    return d;
  };
  const textDf = new Map<string, number>();
  for (const t of terms) {
    if (len(t) >= 3) {
      let d = Infinity;
      for (const g of textTrigrams(t)) if ((d = Math.min(d, trigramDf(g))) === 0) break;
      textDf.set(t, d);
    } else textDf.set(t, Math.min(n, (dfPrefix.get(t, `${t}\u{10FFFF}`) as { s: number }).s));
  }

  // The agency name is a field too (「镇」 in a query matches a township's chunks): agencies from the kept list.
  const agencies = agencyIndex(store);
  const agencyHits = new Map<string, { names: string[]; chunks: number }>();
  for (const t of terms) {
    const h = agenciesNaming(agencies, t);
    if (h.names.length) agencyHits.set(t, h);
  }
  const df = (t: string) => Math.min(n, textDf.get(t)! + (agencyHits.get(t)?.chunks ?? 0));

  const candidates = new Map<number, Candidate>();
  let rowsRead = 0;
  const take = (rows: Candidate[]) => {
    rowsRead += rows.length;
    for (const r of rows) candidates.set(r.id, r);
  };

  // 1. Selective ≥3-character terms (document frequency ≤ RANK_DF), rarest first — at least PROBE_MIN, more while
  //    their postings stay in budget — in one OR query through the FTS index, best bm25 first, LIMITed (one query:
  //    a pasted passage's overlapping trigrams, probed one by one, fetched the same rows over and over).
  //    Common terms (a drafting query's 「主动公开」) are never ranked over their whole posting lists: the few rarest
  //    go in one AND query, then, while still short, in one OR query newest-first, both over bounded postings.
  const ranked = store.stmt(
    `SELECT c.id, c.text, r.agency FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid JOIN reports r ON r.id = c.report_id
     WHERE chunk_fts MATCH ?${sql} ORDER BY chunk_fts.rank LIMIT ?`,
  );
  // Common terms: only the newest SCAN_POSTINGS postings are read, then filtered (bm25 among those for the AND).
  // CROSS JOIN keeps that order: left free, the planner drives from the filter's index (every chunk of a section).
  const bounded = (order: 'rank' | 'newest', limit: number) =>
    store.stmt(
      `SELECT c.id, c.text, r.agency FROM (SELECT rowid, rank FROM chunk_fts WHERE chunk_fts MATCH ? ORDER BY rowid DESC LIMIT ${SCAN_POSTINGS}) f
       CROSS JOIN chunks c ON c.id = f.rowid CROSS JOIN reports r ON r.id = c.report_id
       WHERE 1${sql} ORDER BY ${order === 'rank' ? 'f.rank' : 'f.rowid DESC'} LIMIT ${limit}`,
    );
  const andRanked = bounded('rank', PER_PROBE_LIMIT);
  const newest = bounded('newest', SHORT_LIMIT);
  const long = terms.filter((t) => len(t) >= 3 && textDf.get(t)! > 0).sort((a, b) => textDf.get(a)! - textDf.get(b)! || (a < b ? -1 : 1));
  const wanted = Math.max(limit, CANDIDATES_WANTED);
  const probes: string[] = [];
  const selective: string[] = [];
  let postings = 0;
  const common: string[] = [];
  for (const t of long) {
    // A term containing an already chosen one matches a subset of its chunks: nothing new.
    if (selective.some((p) => t.includes(p)) || common.some((p) => t.includes(p))) continue;
    if (textDf.get(t)! > RANK_DF) {
      // ANDed with a chosen term that contains it or overlaps it (the next trigram of the same run), it adds nothing.
      if (common.length < AND_TERMS && !common.some((c) => c.includes(t) || c.includes(t.slice(0, 2)) || c.includes(t.slice(-2)))) common.push(t);
      continue;
    }
    if (selective.length >= PROBE_MIN && postings + textDf.get(t)! > PROBE_POSTINGS) continue;
    selective.push(t);
    postings += textDf.get(t)!;
  }
  if (selective.length) {
    const q = selective.map(ftsPhrase).join(' OR ');
    probes.push(q);
    take(ranked.all(q, ...args, wanted) as Candidate[]);
  }
  if (common.length >= 2 && candidates.size < wanted) {
    const q = common.map(ftsPhrase).join(' AND ');
    probes.push(q);
    take(andRanked.all(q, ...args) as Candidate[]);
  }
  if (common.length && candidates.size < limit) {
    const q = common.map(ftsPhrase).join(' OR ');
    probes.push(`${q} (newest)`);
    take(newest.all(q, ...args) as Candidate[]);
  }

  // 2. Chunks of the agencies a term names, when few: reports first (indexed agency), then their chunks.
  const byAgency = store.stmt(
    `SELECT c.id, c.text, r.agency FROM reports r INDEXED BY reports_agency CROSS JOIN chunks c INDEXED BY chunks_report ON c.report_id = r.id
     WHERE r.agency IN (SELECT value FROM json_each(?))${sql} LIMIT ${AGENCY_CHUNKS}`,
  );
  const agencyTerms: string[] = [];
  const agencyNames = new Set<string>();
  let agencyChunks = 0;
  for (const [t, h] of [...agencyHits].sort((a, b) => a[1].chunks - b[1].chunks)) {
    if (agencyChunks + h.chunks > AGENCY_CHUNKS) break;
    agencyTerms.push(t);
    agencyChunks += h.chunks;
    for (const a of h.names) agencyNames.add(a);
  }
  if (agencyNames.size) take(byAgency.all(JSON.stringify([...agencyNames]), ...args) as Candidate[]);

  // 3. Too few candidates and 1–2 character terms: their most frequent trigram continuations, newest rows first.
  const shortExpansions: string[] = [];
  if (candidates.size < limit) {
    const expand = store.stmt(`SELECT term FROM term_df WHERE term >= ? AND term < ? AND df > 0 ORDER BY df DESC LIMIT ${SHORT_EXPANSIONS}`);
    const shorts = terms.filter((t) => len(t) < 3 && textDf.get(t)! > 0).sort((a, b) => textDf.get(a)! - textDf.get(b)!).slice(0, 3);
    for (const t of shorts) {
      const grams = (expand.all(t, `${t}\u{10FFFF}`) as { term: string }[]).map((r) => r.term);
      if (!grams.length) continue;
      shortExpansions.push(...grams);
      take(newest.all(grams.map(ftsPhrase).join(' OR '), ...args) as Candidate[]);
    }
  }
  if (trace) Object.assign(trace, { probes, shortExpansions, agencyTerms, rowsRead });

  // Score every candidate over every term (BM25), the agency name counting as one occurrence.
  const idf = new Map(terms.map((t) => [t, bm25Idf(n, df(t))]));
  const out: { chunkId: number; score: number }[] = [];
  for (const c of candidates.values()) {
    const text = c.text.normalize('NFKC').toLowerCase();
    const agency = c.agency.toLowerCase();
    let score = 0;
    let matched = 0;
    for (const term of terms) {
      let tf = countOccurrences(text, term);
      if (!tf && !(agency && agency.includes(term))) continue;
      tf = Math.max(1, tf);
      score += bm25(idf.get(term)!, tf, text.length, avgLength);
      matched++;
    }
    // Coordination: a chunk with every term beats one with a single rare term (Lucene's coord factor).
    if (matched) out.push({ chunkId: c.id, score: score * (matched / terms.length) });
  }
  return out.sort((a, b) => b.score - a.score || a.chunkId - b.chunkId).slice(0, limit);
}
