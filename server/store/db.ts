// The SQLite store: one file (WAL, foreign keys on, sqlite-vec loaded), schema kept current by versioned migrations.
// Other modules (server/store/drafts.ts, …) take a `Store` and use `store.db` with their own tables (migrations 010+).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import { migrate } from './migrate.js';
import { loadVec } from './vec-native.js';

export interface Store {
  db: Database.Database;
  path: string;
  /** Run `fn` in one transaction (nested calls become savepoints). */
  tx<T>(fn: () => T): T;
  /** A prepared statement, compiled once per store (hot paths: ingest and search). */
  stmt(sql: string): Database.Statement;
  close(): void;
}

export const defaultDbPath = () => process.env.NIANBAO_DB ?? 'data/nianbao.db';

export interface OpenOptions {
  /** Stop after this migration version (tests of upgrades). */
  migrateTo?: number;
  migrationsDir?: string;
  readonly?: boolean;
}

export function openStore(path: string = defaultDbPath(), opts: OpenOptions = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false });
  } catch (e) {
    throw new UserError(`无法打开数据库「${path}」：${e instanceof Error ? e.message : e}`);
  }
  try {
    // New files get 16 KiB pages: SQLite memory-maps at most 2 GiB of a file (better-sqlite3's compile-time cap), and
    // a KNN scan reads the rest page by page — 2.4× faster with 16 KiB pages than 4 KiB at 100k chunks with mmap off
    // (a 1M-chunk index is ~3.2 GB). Must precede WAL and the first table; existing files keep their page size.
    if (path !== ':memory:' && !opts.readonly && db.pragma('page_count', { simple: true }) === 0) db.pragma('page_size = 16384');
    if (path !== ':memory:' && !opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Memory-mapped reads: a KNN scan reads every vector blob, and mmap spares a copy per page.
    db.pragma('mmap_size = 268435456');
    loadVec(db);
    if (!opts.readonly) {
      migrate(db, { dir: opts.migrationsDir, upTo: opts.migrateTo });
      backfillTermDf(db);
    }
  } catch (e) {
    db.close();
    if (e instanceof Error && /file is not a database/i.test(e.message))
      throw new UserError(`「${path}」不是 SQLite 数据库文件。请检查 NIANBAO_DB 设置。`);
    throw e;
  }
  const statements = new Map<string, Database.Statement>();
  return {
    db,
    path,
    tx: <T>(fn: () => T) => db.transaction(fn)(),
    stmt(sql) {
      let st = statements.get(sql);
      if (!st) statements.set(sql, (st = db.prepare(sql)));
      return st;
    },
    close: () => db.close(),
  };
}

/** Document frequencies of trigrams for chunks stored before migration 050 (from FTS5's own vocabulary; SQLite only). */
function backfillTermDf(db: Database.Database): void {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'term_df'").get();
  if (!has) return;
  const empty = !db.prepare('SELECT 1 FROM term_df LIMIT 1').get();
  const chunks = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'chunks'").get() && db.prepare('SELECT 1 FROM chunks LIMIT 1').get();
  if (!empty || !chunks) return;
  db.transaction(() => {
    db.exec('CREATE VIRTUAL TABLE temp.chunk_vocab USING fts5vocab(main, chunk_fts, row)');
    db.exec('INSERT INTO term_df(term, df) SELECT term, doc FROM temp.chunk_vocab');
    db.exec('DROP TABLE temp.chunk_vocab');
  })();
}

export function appliedMigrations(store: Store): number[] {
  return (store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map(
    (r) => r.version,
  );
}
