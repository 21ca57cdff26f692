// Users and credentials on SQLite (migration 040): the UserRepo port.
import type { Role, User, UserRepo } from '../ports/index.js';
import type { Store } from './db.js';
import { USER_COLS, toUser, type UserRow } from '../adapters/rows.js';

export class SqliteUserRepo implements UserRepo {
  constructor(private readonly store: Store) {}

  async create(u: { name: string; role: Role; agency?: string; reviews?: string[]; passwordHash: string }): Promise<User> {
    const info = this.store
      .stmt('INSERT INTO users(name, role, agency, reviews, password_hash) VALUES (?, ?, ?, ?, ?)')
      .run(u.name, u.role, u.agency ?? '', JSON.stringify(u.reviews ?? []), u.passwordHash);
    return (await this.byId(Number(info.lastInsertRowid)))!;
  }

  async byName(name: string) {
    const r = this.store.stmt(`SELECT ${USER_COLS} FROM users WHERE name = ?`).get(name) as UserRow | undefined;
    return r && { ...toUser(r), passwordHash: r.password_hash };
  }

  async byId(id: number) {
    const r = this.store.stmt(`SELECT ${USER_COLS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
    return r && toUser(r);
  }

  async list() {
    return (this.store.stmt(`SELECT ${USER_COLS} FROM users ORDER BY id`).all() as UserRow[]).map(toUser);
  }

  async count() {
    return (this.store.stmt('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  async setPassword(name: string, passwordHash: string) {
    const ok = this.store.stmt('UPDATE users SET password_hash = ? WHERE name = ?').run(passwordHash, name).changes > 0;
    // A new password ends every session of that user (tokens stay: they are revoked one by one).
    if (ok) this.store.stmt("DELETE FROM credentials WHERE kind = 'session' AND user_id = (SELECT id FROM users WHERE name = ?)").run(name);
    return ok;
  }

  async update(name: string, patch: { role?: Role; agency?: string; reviews?: string[] }) {
    const cur = await this.byName(name);
    if (!cur) return undefined;
    this.store
      .stmt('UPDATE users SET role = ?, agency = ?, reviews = ? WHERE name = ?')
      .run(patch.role ?? cur.role, patch.agency ?? cur.agency, JSON.stringify(patch.reviews ?? cur.reviews), name);
    return this.byId(cur.id);
  }

  async addCredential(c: { hash: string; userId: number; kind: 'session' | 'token'; label?: string; expiresAt?: string | null }) {
    this.store
      .stmt('INSERT INTO credentials(hash, user_id, kind, label, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(c.hash, c.userId, c.kind, c.label ?? '', c.expiresAt ?? null);
  }

  async credential(hash: string) {
    const r = this.store
      .stmt(`SELECT c.kind, c.expires_at, u.id, u.name, u.role, u.agency, u.reviews, u.password_hash, u.created_at
             FROM credentials c JOIN users u ON u.id = c.user_id WHERE c.hash = ?`)
      .get(hash) as (UserRow & { kind: 'session' | 'token'; expires_at: string | null }) | undefined;
    return r && { user: toUser(r), kind: r.kind, expiresAt: r.expires_at };
  }

  async deleteCredential(hash: string) {
    this.store.stmt('DELETE FROM credentials WHERE hash = ?').run(hash);
  }
}
