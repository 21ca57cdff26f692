-- Drafts and their versions. Every change and every generated section is a new version; the clerk's input is
-- stored (version 1, kind 'input') before any model call, so no provider failure can lose it.
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY,
  agency TEXT NOT NULL,
  year INTEGER NOT NULL,
  current_version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS draft_versions (
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('input', 'edit', 'generate', 'section', 'restore')),
  section INTEGER,
  note TEXT,
  input TEXT NOT NULL,   -- JSON: the clerk's input (meta, numbers, facts, fee)
  report TEXT,           -- JSON: the draft report; NULL when only the input is stored
  outcome TEXT,          -- JSON: { sections, notices, findings }
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (draft_id, version)
);

CREATE INDEX IF NOT EXISTS drafts_agency_year ON drafts(agency, year);
