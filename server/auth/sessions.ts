// Sessions and personal API tokens: random secrets given to the client once, stored only as SHA-256 hashes.
import type { Role, User, UserRepo } from '../ports/index.js';
import { b64url, hex, randomBytes, sha256 } from './bytes.js';

export const SESSION_COOKIE = 'nianbao_session';
export const CSRF_COOKIE = 'nianbao_csrf';
export const SESSION_DAYS = 14;

export const newSecret = (prefix = '') => `${prefix}${b64url(randomBytes(32))}`;
export const secretHash = async (secret: string) => hex(await sha256(`nianbao:${secret}`));

/** The CSRF token of a session: derived from its secret, so nothing more is stored and it dies with the session. */
export const csrfFor = async (sessionSecret: string) => b64url(await sha256(`csrf:${sessionSecret}`)).slice(0, 32);

export async function createSession(users: UserRepo, userId: number, now = Date.now()): Promise<string> {
  const secret = newSecret();
  await users.addCredential({ hash: await secretHash(secret), userId, kind: 'session', expiresAt: new Date(now + SESSION_DAYS * 86400_000).toISOString() });
  return secret;
}

/** A personal API token for scripts (`Authorization: Bearer nb_…`); no expiry, revoked by deleting it. */
export async function createToken(users: UserRepo, userId: number, label: string): Promise<string> {
  const secret = newSecret('nb_');
  await users.addCredential({ hash: await secretHash(secret), userId, kind: 'token', label });
  return secret;
}

export async function resolveSecret(users: UserRepo, secret: string, kind: 'session' | 'token', now = Date.now()): Promise<User | undefined> {
  if (!secret || secret.length > 200) return undefined;
  const c = await users.credential(await secretHash(secret));
  if (!c || c.kind !== kind) return undefined;
  if (c.expiresAt && Date.parse(c.expiresAt) < now) return undefined;
  return c.user;
}

export const ROLE_NAMES: Record<Role, string> = { admin: '管理员', reviewer: '审核人', clerk: '起草人' };
