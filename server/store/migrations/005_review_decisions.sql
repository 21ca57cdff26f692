-- A reviewer's decision on a finding, keyed by the finding's fingerprint (stable across re-runs and re-ingests,
-- so no foreign key to reports: a decision outlives the row it was first made on).
CREATE TABLE review_decisions (
  fingerprint TEXT PRIMARY KEY,
  decision    TEXT NOT NULL CHECK (decision IN ('confirm', 'dismiss')),
  reason      TEXT NOT NULL DEFAULT '',
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
