// /api/auth: log in (password → session cookie), log out, who am I (with the CSRF token for the page), and the
// one-time login link printed at the first start (no users yet, on this machine only).
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { readJson } from '../http/body.js';
import { errorResponse } from '../http/errors.js';
import type { UserRepo } from '../ports/index.js';
import { sameSecret } from './bytes.js';
import { principal, type AuthEnv } from './guard.js';
import { generatePassword, hashPassword, verifyPassword, type Scrypt } from './passwords.js';
import { createSession, CSRF_COOKIE, csrfFor, ROLE_NAMES, secretHash, SESSION_COOKIE, SESSION_DAYS } from './sessions.js';
import { Throttle } from './throttle.js';

export interface AuthRouteDeps {
  users: UserRepo;
  scrypt?: Scrypt;
  secureCookies?: boolean;
  /** One-time login link token (first start with no users); consumed on use. */
  bootstrap?: { token?: string };
}

const LoginSchema = z.object({ name: z.string().trim().min(1, '请输入用户名').max(60), password: z.string().min(1, '请输入密码').max(200) }).strict();

export function authRoutes(deps: AuthRouteDeps) {
  const throttle = new Throttle(5, 5 * 60_000);
  const cookieOpts = { path: '/', sameSite: 'Lax' as const, secure: deps.secureCookies ?? false, maxAge: SESSION_DAYS * 86400 };

  const signIn = async (c: Context, userId: number) => {
    const secret = await createSession(deps.users, userId);
    setCookie(c, SESSION_COOKIE, secret, { ...cookieOpts, httpOnly: true });
    // Readable by the page (double submit): the header it sends back must match the session.
    setCookie(c, CSRF_COOKIE, await csrfFor(secret), { ...cookieOpts, httpOnly: false });
    return secret;
  };

  const app = new Hono<AuthEnv>();
  app.onError((err, c) => errorResponse(err, c));
  return app
    .post('/login', async (c) => {
      const { name, password } = await readJson(c, LoginSchema);
      if (throttle.blocked(name)) throw new UserError('登录失败次数过多，请 5 分钟后再试。', 429);
      const u = await deps.users.byName(name);
      const ok = u ? await verifyPassword(password, u.passwordHash, deps.scrypt) : await verifyPassword(password, DUMMY_HASH, deps.scrypt).then(() => false);
      if (!u || !ok) {
        throttle.fail(name);
        throw new UserError('用户名或密码不正确。', 401);
      }
      throttle.reset(name);
      const secret = await signIn(c, u.id);
      return c.json({ user: { name: u.name, role: u.role, roleName: ROLE_NAMES[u.role], agency: u.agency }, csrf: await csrfFor(secret) });
    })
    .post('/logout', async (c) => {
      const p = c.get('principal');
      if (p?.session) await deps.users.deleteCredential(await secretHash(p.session));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      deleteCookie(c, CSRF_COOKIE, { path: '/' });
      return c.json({ ok: true });
    })
    .get('/me', async (c) => {
      const p = principal(c);
      return c.json({
        user: { name: p.user.name, role: p.user.role, roleName: ROLE_NAMES[p.user.role], agency: p.user.agency, reviews: p.user.reviews },
        csrf: p.session ? await csrfFor(p.session) : null,
      });
    })
    .get('/bootstrap', async (c) => {
      const token = c.req.query('token') ?? '';
      const expected = deps.bootstrap?.token;
      if (!expected || !(await sameSecret(token, expected)) || (await deps.users.count()) > 0)
        throw new UserError('登录链接无效或已使用。请用 nianbao user add 建立账号，或重启服务获取新的链接。', 403);
      deps.bootstrap!.token = undefined; // one use only
      const admin = await deps.users.create({ name: 'admin', role: 'admin', passwordHash: await hashPassword(generatePassword(), deps.scrypt) });
      await signIn(c, admin.id);
      return c.redirect('/', 302);
    });
}

// Verifying against a fixed hash when the user does not exist keeps the answer time the same (no user probing).
const DUMMY_HASH = 'scrypt$16384,8,1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
