// The SQLite adapter set (Node): every port over one better-sqlite3 file with sqlite-vec and FTS5 trigram.
// The SQL lives in server/store/*.ts; this module only wraps it in the async ports.
import type { UIMessage } from 'ai';
import type { ChatRepo, KeyValue, LexicalIndex, ReportRepo, ReviewRepo, Storage, VectorIndex } from '../../ports/index.js';
import type { Store } from '../../store/db.js';
import { SqliteDraftRepo } from '../../store/drafts.js';
import * as reports from '../../store/reports.js';
import * as reviews from '../../store/reviews.js';
import * as vectors from '../../store/vectors.js';
import { SqliteUserRepo } from '../../store/users.js';
import { lexicalSearch } from '../../search/lexical.js';

function chatRepo(store: Store): ChatRepo {
  return {
    async messages(draftId) {
      const rows = store.stmt('SELECT message FROM chat_messages WHERE draft_id = ? ORDER BY seq').all(draftId) as { message: string }[];
      return rows.map((r) => JSON.parse(r.message) as UIMessage);
    },
    async append(draftId, ...messages) {
      const next = store.stmt('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM chat_messages WHERE draft_id = ?');
      const insert = store.stmt('INSERT INTO chat_messages(draft_id, seq, message_id, role, message) VALUES (?, ?, ?, ?, ?)');
      store.tx(() => {
        for (const m of messages) insert.run(draftId, (next.get(draftId) as { n: number }).n, m.id, m.role, JSON.stringify(m));
      });
    },
    async pending(draftId) {
      const r = store.stmt('SELECT pending FROM chat_state WHERE draft_id = ?').get(draftId) as { pending: string } | undefined;
      return r ? (JSON.parse(r.pending) as unknown[]) : [];
    },
    async setPending(draftId, pending) {
      store
        .stmt('INSERT INTO chat_state(draft_id, pending) VALUES (?, ?) ON CONFLICT(draft_id) DO UPDATE SET pending = excluded.pending')
        .run(draftId, JSON.stringify(pending));
    },
  };
}

function reviewRepo(store: Store): ReviewRepo {
  return {
    set: async (fp, decision, reason) => reviews.setDecision(store, fp, decision, reason),
    get: async (fp) => reviews.getDecision(store, fp),
    list: async () => reviews.listDecisions(store),
    delete: async (fp) => reviews.deleteDecision(store, fp),
  };
}

function reportRepo(store: Store): ReportRepo {
  return {
    byFingerprint: async (fp) => reports.reportByFingerprint(store, fp),
    bySource: async (s) => reports.reportsBySource(store, s),
    list: async () => reports.listReports(store),
    count: async () => reports.reportCount(store),
    detail: async (id) => reports.reportDetail(store, id),
    write: async (rep, vecs) => reports.writeReport(store, rep, vecs),
    delete: async (id) => reports.deleteReport(store, id),
    chunksOf: async (id) => reports.chunksOf(store, id),
    chunkCount: async () => reports.chunkCount(store),
    chunkTexts: async () => [...reports.allChunkTexts(store)],
    chunksWithReport: async (ids) => reports.chunksWithReport(store, ids),
  };
}

function vectorIndex(store: Store): VectorIndex {
  return {
    meta: async () => {
      const m = vectors.indexMeta(store);
      return m && { id: m.embedderId, dim: m.dim };
    },
    ensure: async (e) => vectors.ensureVectorIndex(store, e),
    clear: async () => vectors.clearVectorIndex(store),
    upsert: async (rows, vecs) => store.tx(() => vectors.insertVectors(store, rows, vecs)),
    delete: async (ids) => vectors.deleteVectors(store, ids),
    knn: async (q, k, f) => vectors.knn(store, q, k, f),
    count: async () => vectors.vectorCount(store),
  };
}

function lexicalIndex(store: Store): LexicalIndex {
  return { search: async (q, f, limit) => lexicalSearch(store, q, f, limit) };
}

function keyValue(store: Store): KeyValue {
  return {
    async get(key) {
      const r = store.stmt('SELECT value FROM embedder_state WHERE key = ?').get(key) as { value: Buffer } | undefined;
      return r ? new Uint8Array(r.value.buffer, r.value.byteOffset, r.value.byteLength) : undefined;
    },
    async set(key, value) {
      store.stmt('INSERT OR REPLACE INTO embedder_state(key, value) VALUES (?, ?)').run(key, Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    },
    async delete(key) {
      store.stmt('DELETE FROM embedder_state WHERE key = ?').run(key);
    },
  };
}

/** Every port over one open SQLite store. */
export function sqliteStorage(store: Store): Storage {
  return {
    kind: 'sqlite',
    drafts: new SqliteDraftRepo(store),
    chat: chatRepo(store),
    reviews: reviewRepo(store),
    reports: reportRepo(store),
    vectors: vectorIndex(store),
    lexical: lexicalIndex(store),
    kv: keyValue(store),
    users: new SqliteUserRepo(store),
  };
}
