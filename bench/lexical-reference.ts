// The keyword side as it was before issue 15 (every term, LIKE on the agency per term, statistics per search):
// kept only as the reference the bounded path is compared with on the bundled corpus.
import type { Store } from '../server/store/db.js';
import type { VecFilter } from '../server/store/vectors.js';
import { bm25, bm25Idf, countOccurrences, filterSql, queryTerms } from '../server/search/lexical.js';

const PER_TERM_LIMIT = 5000;

export function lexicalSearchReference(store: Store, query: string, f: VecFilter, limit: number): { chunkId: number; score: number }[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const { sql, args } = filterSql(f);
  const stats = store.stmt('SELECT count(*) AS n, avg(length(text)) AS avg FROM chunks').get() as { n: number; avg: number | null };
  if (!stats.n) return [];
  const fts = store.stmt(
    `SELECT c.id, c.text FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid JOIN reports r ON r.id = c.report_id
     WHERE chunk_fts MATCH ?${sql} LIMIT ${PER_TERM_LIMIT}`,
  );
  const like = store.stmt(
    `SELECT c.id, c.text FROM chunks c JOIN reports r ON r.id = c.report_id
     WHERE (c.text LIKE ? ESCAPE '\\' OR r.agency LIKE ? ESCAPE '\\')${sql} LIMIT ${PER_TERM_LIMIT}`,
  );
  // The agency name is a field too: 「镇」 in a query matches every chunk of a township's report.
  const byAgency = store.stmt(
    `SELECT c.id, c.text FROM chunks c JOIN reports r ON r.id = c.report_id
     WHERE r.agency LIKE ? ESCAPE '\\'${sql} LIMIT ${PER_TERM_LIMIT}`,
  );
  const scores = new Map<number, number>();
  const matched = new Map<number, number>();
  for (const term of terms) {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    let rows: { id: number; text: string }[];
    if ([...term].length >= 3) {
      const seen = new Map<number, string>();
      for (const r of fts.all(`"${term.replace(/"/g, '""')}"`, ...args) as { id: number; text: string }[]) seen.set(r.id, r.text);
      for (const r of byAgency.all(pattern, ...args) as { id: number; text: string }[]) seen.set(r.id, r.text);
      rows = [...seen].map(([id, text]) => ({ id, text }));
    } else rows = like.all(pattern, pattern, ...args) as { id: number; text: string }[];
    if (!rows.length) continue;
    const idf = bm25Idf(stats.n, rows.length);
    for (const { id, text } of rows) {
      const t = text.normalize('NFKC').toLowerCase();
      const tf = Math.max(1, countOccurrences(t, term));
      const s = bm25(idf, tf, t.length, stats.avg ?? 0);
      scores.set(id, (scores.get(id) ?? 0) + s);
      matched.set(id, (matched.get(id) ?? 0) + 1);
    }
  }
  // Coordination: a chunk with every term beats one with a single rare term (Lucene's coord factor).
  return [...scores]
    .map(([chunkId, score]) => ({ chunkId, score: score * (matched.get(chunkId)! / terms.length) }))
    .sort((a, b) => b.score - a.score || a.chunkId - b.chunkId)
    .slice(0, limit);
}
