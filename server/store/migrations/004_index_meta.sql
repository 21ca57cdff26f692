-- Which embedder built the vector index (one row), and state an embedder keeps (e.g. the local embedder's IDF).
-- The vec0 table itself (`chunk_vec`) is created by server/store/vectors.ts, because its dimension is the embedder's.
CREATE TABLE index_meta (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  embedder_id TEXT NOT NULL,
  dim         INTEGER NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE embedder_state (
  key   TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
