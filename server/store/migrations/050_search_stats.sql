-- Corpus statistics kept on ingest (server/store/reports.ts), so a search never recomputes them over every chunk:
-- the chunk count and total length (BM25's N and average length), chunks per agency (the agency field), and the
-- document frequency of every trigram of chunk text (picks a query's most selective terms).
CREATE INDEX reports_agency ON reports(agency);

CREATE TABLE corpus_stats (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  chunks INTEGER NOT NULL,
  chars  INTEGER NOT NULL
);
INSERT INTO corpus_stats(id, chunks, chars) SELECT 1, count(*), coalesce(sum(length(text)), 0) FROM chunks;

CREATE TABLE agency_stats (
  agency  TEXT PRIMARY KEY,
  reports INTEGER NOT NULL,
  chunks  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO agency_stats(agency, reports, chunks)
  SELECT r.agency, count(DISTINCT r.id), count(c.id) FROM reports r LEFT JOIN chunks c ON c.report_id = r.id GROUP BY r.agency;

-- Trigram → number of chunks containing it (the FTS5 trigram index's own vocabulary, case-folded the same way).
-- Filled for chunks stored before this migration by server/store/db.ts (fts5vocab is not allowed on D1, so the
-- backfill is not part of the shared migration).
CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  df   INTEGER NOT NULL
) WITHOUT ROWID;
