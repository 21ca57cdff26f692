// Users and credentials on D1 (migration 040): the UserRepo port, same SQL as server/store/users.ts.
import type { Role, User, UserRepo } from '../../ports/index.js';
import type { D1Database } from './types.js';
import { USER_COLS, toUser, type UserRow } from '../rows.js';

export function d1Users(db: D1Database): UserRepo {
  const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).bind(...args).first<T>();
  const repo: UserRepo = {
    async create(u) {
      const r = await db
        .prepare('INSERT INTO users(name, role, agency, reviews, password_hash) VALUES (?, ?, ?, ?, ?)')
        .bind(u.name, u.role, u.agency ?? '', JSON.stringify(u.reviews ?? []), u.passwordHash)
        .run();
      return (await repo.byId(r.meta.last_row_id))!;
    },
    async byName(name) {
      const r = await one<UserRow>(`SELECT ${USER_COLS} FROM users WHERE name = ?`, name);
      return r ? { ...toUser(r), passwordHash: r.password_hash } : undefined;
    },
    async byId(id) {
      const r = await one<UserRow>(`SELECT ${USER_COLS} FROM users WHERE id = ?`, id);
      return r ? toUser(r) : undefined;
    },
    async list() {
      return (await db.prepare(`SELECT ${USER_COLS} FROM users ORDER BY id`).all<UserRow>()).results.map(toUser);
    },
    async count() {
      return (await one<{ n: number }>('SELECT count(*) AS n FROM users'))!.n;
    },
    async setPassword(name, passwordHash) {
      // A new password ends every session of that user (tokens stay: they are revoked one by one). One transaction.
      const [upd] = await db.batch([
        db.prepare('UPDATE users SET password_hash = ? WHERE name = ?').bind(passwordHash, name),
        db.prepare("DELETE FROM credentials WHERE kind = 'session' AND user_id = (SELECT id FROM users WHERE name = ?)").bind(name),
      ]);
      return upd.meta.changes > 0;
    },
    async update(name, patch) {
      const cur = await repo.byName(name);
      if (!cur) return undefined;
      await db
        .prepare('UPDATE users SET role = ?, agency = ?, reviews = ? WHERE name = ?')
        .bind(patch.role ?? cur.role, patch.agency ?? cur.agency, JSON.stringify(patch.reviews ?? cur.reviews), name)
        .run();
      return repo.byId(cur.id);
    },
    async addCredential(c) {
      await db
        .prepare('INSERT INTO credentials(hash, user_id, kind, label, expires_at) VALUES (?, ?, ?, ?, ?)')
        .bind(c.hash, c.userId, c.kind, c.label ?? '', c.expiresAt ?? null)
        .run();
    },
    async credential(hash) {
      const r = await one<UserRow & { kind: 'session' | 'token'; expires_at: string | null }>(
        `SELECT c.kind, c.expires_at, u.id, u.name, u.role, u.agency, u.reviews, u.password_hash, u.created_at
         FROM credentials c JOIN users u ON u.id = c.user_id WHERE c.hash = ?`,
        hash,
      );
      return r ? { user: toUser(r), kind: r.kind, expiresAt: r.expires_at } : undefined;
    },
    async deleteCredential(hash) {
      await db.prepare('DELETE FROM credentials WHERE hash = ?').bind(hash).run();
    },
  };
  return repo;
}
