// The conversation stored with its draft (migration 030): messages in order, plus the chat's state — numbers
// waiting for their place, a change waiting for 「是」, the last values the clerk gave, and the turn to undo.
// (The state is one JSON document in chat_state.pending; an array there is the older form: pending numbers only.)
import type Database from 'better-sqlite3';
import type { UIMessage } from 'ai';
import type { Change } from './apply.js';
import type { Pending } from './extract.js';

export interface ChatState {
  pending: Pending[];
  /** Changes to filled targets, applied by the next 「是/对/确认」. */
  confirm?: Change[];
  /** What the clerk's last turn set (a correction without a subject changes one of these). */
  lastSet?: Change[];
  /** Every target the clerk set in this conversation (restating one is a correction, not an overwrite). */
  chatSet?: string[];
  /** The last turn that changed the draft: its versions before and after (「撤销」 restores `before`). */
  undo?: { before: number; after: number };
}

export class ChatHistory {
  constructor(private readonly db: Database.Database) {}

  async messages(draftId: string): Promise<UIMessage[]> {
    const rows = this.db.prepare('SELECT message FROM chat_messages WHERE draft_id = ? ORDER BY seq').all(draftId) as { message: string }[];
    return rows.map((r) => JSON.parse(r.message) as UIMessage);
  }

  async append(draftId: string, ...messages: UIMessage[]): Promise<void> {
    const next = this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM chat_messages WHERE draft_id = ?');
    const insert = this.db.prepare('INSERT INTO chat_messages(draft_id, seq, message_id, role, message) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const m of messages) insert.run(draftId, (next.get(draftId) as { n: number }).n, m.id, m.role, JSON.stringify(m));
    })();
  }

  async state(draftId: string): Promise<ChatState> {
    const r = this.db.prepare('SELECT pending FROM chat_state WHERE draft_id = ?').get(draftId) as { pending: string } | undefined;
    if (!r) return { pending: [] };
    const v = JSON.parse(r.pending) as Pending[] | ChatState;
    return Array.isArray(v) ? { pending: v } : { ...v, pending: v.pending ?? [] };
  }

  async setState(draftId: string, state: ChatState): Promise<void> {
    this.db
      .prepare('INSERT INTO chat_state(draft_id, pending) VALUES (?, ?) ON CONFLICT(draft_id) DO UPDATE SET pending = excluded.pending')
      .run(draftId, JSON.stringify(state));
  }

  async pending(draftId: string): Promise<Pending[]> {
    return (await this.state(draftId)).pending;
  }
}
