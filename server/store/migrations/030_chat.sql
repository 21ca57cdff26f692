-- The conversation of a draft (UI messages as JSON, in order) and the numbers still waiting for their place.
CREATE TABLE IF NOT EXISTS chat_messages (
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  message_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
  message TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (draft_id, seq)
);

CREATE TABLE IF NOT EXISTS chat_state (
  draft_id TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
  pending TEXT NOT NULL DEFAULT '[]'
);
