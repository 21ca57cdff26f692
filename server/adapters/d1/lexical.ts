// Keyword search on D1: the logic of server/search/lexical.ts (FTS5 trigram for terms of ≥3 characters, LIKE for
// shorter ones, the agency name as a field, BM25-style scores with coordination), as two round trips: one batch
// with the kept corpus statistics (N, total length: one row, kept on ingest) and a statement per term returning
// ids only, then the texts of the union. D1 limits LIKE patterns to 50 bytes, so a term too long for a pattern is
// matched by FTS only (an agency name that long would not be typed anyway).
import type { LexicalIndex, SearchFilter } from '../../ports/index.js';
import { bm25, bm25Idf, bm25Stats, countOccurrences, filterSql, queryTerms } from '../../search/lexical.js';
import { CORPUS_STATS } from '../../store/statements.js';
import type { D1Database } from './types.js';

const PER_TERM_LIMIT = 5000;
const MAX_PATTERN_BYTES = 50;
const utf8 = new TextEncoder();

export function d1Lexical(db: D1Database): LexicalIndex {
  return {
    async search(query: string, f: SearchFilter, limit: number) {
      const terms = queryTerms(query);
      if (!terms.length) return [];
      const { sql, args } = filterSql(f);
      const base = 'FROM chunks c JOIN reports r ON r.id = c.report_id';
      const perTerm = terms.map((term) => {
        const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const likeOk = utf8.encode(pattern).length <= MAX_PATTERN_BYTES;
        if ([...term].length >= 3) {
          const fts = `SELECT c.id FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid JOIN reports r ON r.id = c.report_id WHERE chunk_fts MATCH ?${sql}`;
          const agency = `SELECT c.id ${base} WHERE r.agency LIKE ? ESCAPE '\\'${sql}`;
          const phrase = `"${term.replace(/"/g, '""')}"`;
          return likeOk
            ? db.prepare(`SELECT id FROM (${fts} UNION ${agency}) LIMIT ${2 * PER_TERM_LIMIT}`).bind(phrase, ...args, pattern, ...args)
            : db.prepare(`${fts} LIMIT ${PER_TERM_LIMIT}`).bind(phrase, ...args);
        }
        return db.prepare(`SELECT c.id ${base} WHERE (c.text LIKE ? ESCAPE '\\' OR r.agency LIKE ? ESCAPE '\\')${sql} LIMIT ${PER_TERM_LIMIT}`).bind(pattern, pattern, ...args);
      });
      // N and average length from the row kept on ingest (server/store/statements.ts), not a count over every chunk.
      const [stats, ...hits] = await db.batch<{ chunks?: number; chars?: number; id?: number }>([db.prepare(CORPUS_STATS), ...perTerm]);
      const { chunks: n, avgLength: avg } = bm25Stats(stats.results[0] as { chunks: number; chars: number } | undefined);
      if (!n) return [];
      const idsPerTerm = hits.map((h) => h.results.map((r) => r.id!));
      const ids = [...new Set(idsPerTerm.flat())];
      if (!ids.length) return [];
      const texts = new Map<number, string>();
      const { results } = await db.prepare('SELECT id, text FROM chunks WHERE id IN (SELECT value FROM json_each(?))').bind(JSON.stringify(ids)).all<{ id: number; text: string }>();
      for (const r of results) texts.set(r.id, r.text.normalize('NFKC').toLowerCase());
      const scores = new Map<number, number>();
      const matched = new Map<number, number>();
      terms.forEach((term, ti) => {
        const rows = idsPerTerm[ti];
        if (!rows.length) return;
        const idf = bm25Idf(n, rows.length);
        for (const id of rows) {
          const t = texts.get(id) ?? '';
          const tf = Math.max(1, countOccurrences(t, term));
          const s = bm25(idf, tf, t.length, avg);
          scores.set(id, (scores.get(id) ?? 0) + s);
          matched.set(id, (matched.get(id) ?? 0) + 1);
        }
      });
      return [...scores]
        .map(([chunkId, score]) => ({ chunkId, score: score * (matched.get(chunkId)! / terms.length) }))
        .sort((a, b) => b.score - a.score || a.chunkId - b.chunkId)
        .slice(0, limit);
    },
  };
}
