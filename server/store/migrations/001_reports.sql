-- One row per distinct report text. `fingerprint` = sha256 of the normalised content (idempotent ingest);
-- `source` is the file path or URL it came from (a changed file at the same source replaces its old row).
CREATE TABLE reports (
  id          INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  source      TEXT NOT NULL,
  url         TEXT NOT NULL DEFAULT '',   -- public URL of the official document, when known
  agency      TEXT NOT NULL DEFAULT '',
  level       TEXT NOT NULL DEFAULT '',
  province    TEXT NOT NULL DEFAULT '',
  year        INTEGER,
  format      TEXT,
  complete    INTEGER NOT NULL DEFAULT 0,
  parsed      TEXT NOT NULL,
  findings    TEXT NOT NULL DEFAULT '[]',
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX reports_source ON reports(source);
CREATE INDEX reports_filters ON reports(level, year, format);
