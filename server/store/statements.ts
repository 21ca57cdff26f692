// SQL shared by the two storage runtimes: better-sqlite3 (server/store/*.ts) and D1 (server/adapters/d1/*.ts) run
// the same migrations, so every statement whose text is the same on both is declared here, once. What truly differs
// (sync vs async, one transaction vs one `db.batch()`, single-row vs multi-row INSERTs, D1's conditional writes)
// stays in each adapter.

// ---- corpus statistics (migration 050): BM25's N and total length, chunks per agency ----

/**
 * Statements moving the reports matching `cond` (a condition on `reports`, with `?` arguments) out of (`sign` -1,
 * run BEFORE their chunks are deleted) or into (+1, run AFTER their chunks are inserted) `corpus_stats` and
 * `agency_stats`. Computed in SQL from the rows themselves, in the same transaction or batch as the writes, so the
 * kept figures are exactly `count(*)` and `sum(length(text))` of `chunks` (characters, as SQL counts them) — what
 * migrations 050 and 051 fill from existing data. Each statement takes the cond's arguments once.
 */
export function statsStatements(sign: 1 | -1, cond: string): string[] {
  const op = sign > 0 ? '+' : '-';
  return [
    `UPDATE corpus_stats SET chunks = chunks ${op} d.n, chars = chars ${op} d.len
     FROM (SELECT count(*) AS n, coalesce(sum(length(text)), 0) AS len FROM chunks
           WHERE report_id IN (SELECT id FROM reports WHERE ${cond})) AS d
     WHERE corpus_stats.id = 1`,
    `INSERT INTO agency_stats(agency, reports, chunks)
     SELECT r.agency, ${sign}, ${sign} * (SELECT count(*) FROM chunks c WHERE c.report_id = r.id) FROM reports r WHERE ${cond}
     ON CONFLICT(agency) DO UPDATE SET reports = reports + excluded.reports, chunks = chunks + excluded.chunks`,
  ];
}

/** The kept N and total length (one row; read by both keyword searches instead of a count over every chunk). */
export const CORPUS_STATS = 'SELECT chunks, chars FROM corpus_stats WHERE id = 1';
