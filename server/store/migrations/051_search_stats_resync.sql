-- corpus_stats and agency_stats recomputed from the rows. Until now the D1 adapter never updated them after
-- migration 050 filled them (its search counted every chunk instead), and the SQLite store counted a chunk's
-- length in UTF-16 units where SQL's length() counts characters. Both runtimes now keep them with the same SQL
-- (server/store/statements.ts), from these exact figures. (term_df is SQLite's alone: server/store/db.ts.)
INSERT OR REPLACE INTO corpus_stats(id, chunks, chars) SELECT 1, count(*), coalesce(sum(length(text)), 0) FROM chunks;

DELETE FROM agency_stats;
INSERT INTO agency_stats(agency, reports, chunks)
  SELECT r.agency, count(DISTINCT r.id), count(c.id) FROM reports r LEFT JOIN chunks c ON c.report_id = r.id GROUP BY r.agency;
