-- Accounts (issue 14): users with a role; sessions and personal API tokens stored by the SHA-256 of their secret.
CREATE TABLE IF NOT EXISTS users (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'clerk')),
  agency        TEXT NOT NULL DEFAULT '',     -- a clerk's agency (机关全称)
  reviews       TEXT NOT NULL DEFAULT '[]',   -- JSON: agencies a reviewer reviews ('*' = all)
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS credentials (
  hash       TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('session', 'token')),
  label      TEXT NOT NULL DEFAULT '',
  expires_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS credentials_user ON credentials(user_id);
-- A review decision belongs to the agency whose report the finding is about ('' when unknown: CLI decisions).
ALTER TABLE review_decisions ADD COLUMN agency TEXT NOT NULL DEFAULT '';
-- Coalesced edits: a burst of edits updates one version row; updated_at is the time of its last edit.
ALTER TABLE draft_versions ADD COLUMN updated_at TEXT;
