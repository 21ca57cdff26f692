-- Eval runs (`nianbao eval`, POST /api/evals): one row per run with its full JSON report, and one row per metric so a
-- run is compared with the previous one (and a metric's history can be charted) without parsing JSON.
CREATE TABLE eval_runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  duration_ms INTEGER NOT NULL,
  suites      TEXT NOT NULL,            -- comma-separated suite names that ran
  git_rev     TEXT,
  model       TEXT,                     -- model label when a model was configured
  report      TEXT NOT NULL             -- the JSON report
);
CREATE TABLE eval_metrics (
  run_id INTEGER NOT NULL REFERENCES eval_runs(id) ON DELETE CASCADE,
  key    TEXT NOT NULL,                 -- 「parse.cell_accuracy」
  value  REAL NOT NULL,
  PRIMARY KEY (run_id, key)
);
CREATE INDEX eval_metrics_key ON eval_metrics(key, run_id);
