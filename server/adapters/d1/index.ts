// The D1 adapter set (Workers): every port over one D1 database (migrations: server/store/migrations, applied by
// `wrangler d1 migrations apply`), with the vector index supplied separately (Vectorize, or its in-memory fake).
import type { Storage, VectorIndex } from '../../ports/index.js';
import { D1DraftRepo } from './drafts.js';
import { d1Lexical } from './lexical.js';
import { d1ReportRepo } from './reports.js';
import { d1Chat, d1KeyValue, d1Reviews } from './small.js';
import type { D1Database } from './types.js';
import { d1Users } from './users.js';

export type { D1Database } from './types.js';

/** Every port over `db`; vectors live in `vectors` (their embedder identity in D1's index_meta row). */
export function d1Storage(db: D1Database, vectors: VectorIndex): Storage {
  return {
    kind: 'd1',
    drafts: new D1DraftRepo(db),
    chat: d1Chat(db),
    reviews: d1Reviews(db),
    reports: d1ReportRepo(db, vectors),
    vectors,
    lexical: d1Lexical(db),
    kv: d1KeyValue(db),
    users: d1Users(db),
  };
}

/**
 * Migration files not yet applied to `db` (wrangler records applied ones in `d1_migrations`); every expected file
 * when the database was never migrated.
 */
export async function pendingMigrations(db: D1Database, expected: readonly string[]): Promise<string[]> {
  let applied: Set<string>;
  try {
    const { results } = await db.prepare('SELECT name FROM d1_migrations').all<{ name: string }>();
    applied = new Set(results.map((r) => r.name));
  } catch {
    return [...expected];
  }
  return expected.filter((m) => !applied.has(m));
}
