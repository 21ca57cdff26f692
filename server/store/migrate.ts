// Versioned migrations: every `NNN_name.sql` in the folder, applied in number order, each in its own transaction
// and recorded in `schema_migrations`. Other owners add their own files (010+) to the same folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const f of readdirSync(dir)) {
    const m = /^(\d{3})_([\w-]+)\.sql$/.exec(f);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: m[2], sql: readFileSync(join(dir, f), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i].version === out[i - 1].version)
      throw new Error(`迁移编号重复：${String(out[i].version).padStart(3, '0')}（${out[i - 1].name} 与 ${out[i].name}）`);
  }
  return out;
}

/** Apply pending migrations (up to `upTo`, for tests). Returns the versions applied now. */
export function migrate(db: Database.Database, opts: { dir?: string; upTo?: number } = {}): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`);
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const record = db.prepare('INSERT INTO schema_migrations(version, name) VALUES (?, ?)');
  const applied: number[] = [];
  for (const m of listMigrations(opts.dir)) {
    if (done.has(m.version) || (opts.upTo !== undefined && m.version > opts.upTo)) continue;
    try {
      db.transaction(() => {
        db.exec(m.sql);
        record.run(m.version, m.name);
      })();
    } catch (e) {
      throw new Error(`数据库迁移 ${String(m.version).padStart(3, '0')}_${m.name} 失败：${e instanceof Error ? e.message : e}`);
    }
    applied.push(m.version);
  }
  return applied;
}
