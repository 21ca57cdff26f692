// The conversation stored with its draft (migration 030): messages in order, plus the extractor's pending numbers.
import type Database from 'better-sqlite3';
import type { UIMessage } from 'ai';
import type { Pending } from './extract.js';

export class ChatHistory {
  constructor(private readonly db: Database.Database) {}

  messages(draftId: string): UIMessage[] {
    const rows = this.db.prepare('SELECT message FROM chat_messages WHERE draft_id = ? ORDER BY seq').all(draftId) as { message: string }[];
    return rows.map((r) => JSON.parse(r.message) as UIMessage);
  }

  append(draftId: string, ...messages: UIMessage[]): void {
    const next = this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM chat_messages WHERE draft_id = ?');
    const insert = this.db.prepare('INSERT INTO chat_messages(draft_id, seq, message_id, role, message) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const m of messages) insert.run(draftId, (next.get(draftId) as { n: number }).n, m.id, m.role, JSON.stringify(m));
    })();
  }

  pending(draftId: string): Pending[] {
    const r = this.db.prepare('SELECT pending FROM chat_state WHERE draft_id = ?').get(draftId) as { pending: string } | undefined;
    return r ? (JSON.parse(r.pending) as Pending[]) : [];
  }

  setPending(draftId: string, pending: Pending[]): void {
    this.db
      .prepare('INSERT INTO chat_state(draft_id, pending) VALUES (?, ?) ON CONFLICT(draft_id) DO UPDATE SET pending = excluded.pending')
      .run(draftId, JSON.stringify(pending));
  }
}
