// The small ports on D1: chat history, review decisions, key-value state (embedder_state).
import type { UIMessage } from 'ai';
import type { ChatRepo, KeyValue, ReviewDecision, ReviewRepo } from '../../ports/index.js';
import { blob, NOW, type D1Database } from './types.js';

export function d1Chat(db: D1Database): ChatRepo {
  return {
    async messages(draftId) {
      const { results } = await db.prepare('SELECT message FROM chat_messages WHERE draft_id = ? ORDER BY seq').bind(draftId).all<{ message: string }>();
      return results.map((r) => JSON.parse(r.message) as UIMessage);
    },
    async append(draftId, ...messages) {
      if (!messages.length) return;
      // Each row takes the next seq inside the same transaction, so two appends never share one.
      await db.batch(
        messages.map((m) =>
          db
            .prepare(
              `INSERT INTO chat_messages(draft_id, seq, message_id, role, message)
               SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM chat_messages WHERE draft_id = ?`,
            )
            .bind(draftId, m.id, m.role, JSON.stringify(m), draftId),
        ),
      );
    },
    async pending(draftId) {
      const r = await db.prepare('SELECT pending FROM chat_state WHERE draft_id = ?').bind(draftId).first<{ pending: string }>();
      return r ? (JSON.parse(r.pending) as unknown[]) : [];
    },
    async setPending(draftId, pending) {
      await db
        .prepare('INSERT INTO chat_state(draft_id, pending) VALUES (?, ?) ON CONFLICT(draft_id) DO UPDATE SET pending = excluded.pending')
        .bind(draftId, JSON.stringify(pending))
        .run();
    },
  };
}

export function d1Reviews(db: D1Database): ReviewRepo {
  const get = async (fp: string) =>
    (await db.prepare('SELECT fingerprint, decision, reason, at FROM review_decisions WHERE fingerprint = ?').bind(fp).first<ReviewDecision>()) ?? undefined;
  return {
    async set(fp, decision, reason = '') {
      await db
        .prepare(
          `INSERT INTO review_decisions(fingerprint, decision, reason, at) VALUES (?, ?, ?, ${NOW})
           ON CONFLICT(fingerprint) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, at = excluded.at`,
        )
        .bind(fp, decision, reason)
        .run();
      return (await get(fp))!;
    },
    get,
    async list() {
      return (await db.prepare('SELECT fingerprint, decision, reason, at FROM review_decisions ORDER BY at DESC').all<ReviewDecision>()).results;
    },
    async delete(fp) {
      return (await db.prepare('DELETE FROM review_decisions WHERE fingerprint = ?').bind(fp).run()).meta.changes > 0;
    },
  };
}

/** Small binary state. D1 rows hold at most 1 MB: the local IDF is bundled with the Worker instead. */
export function d1KeyValue(db: D1Database): KeyValue {
  return {
    async get(key) {
      const r = await db.prepare('SELECT value FROM embedder_state WHERE key = ?').bind(key).first<{ value: unknown }>();
      return r ? blob(r.value) : undefined;
    },
    async set(key, value) {
      await db.prepare('INSERT OR REPLACE INTO embedder_state(key, value) VALUES (?, ?)').bind(key, value).run();
    },
    async delete(key) {
      await db.prepare('DELETE FROM embedder_state WHERE key = ?').bind(key).run();
    },
  };
}
