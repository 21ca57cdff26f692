// Request guards of a county server: Host allowlist (DNS rebinding), Origin check (cross-site requests), who is
// calling (session cookie, personal token, or the legacy admin token), CSRF on cookie writes, login throttling.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { UserError } from '../errors.js';
import type { Role, User, UserRepo } from '../ports/index.js';
import { sameSecret } from './bytes.js';
import { CSRF_COOKIE, csrfFor, resolveSecret, SESSION_COOKIE } from './sessions.js';

export interface AuthConfig {
  /** Turn accounts off (tests of other features only; never from the environment). */
  disabled?: boolean;
  /** Host names the server answers to (without port); '*' = any. Default: loopback names. */
  allowedHosts?: string[];
  /** Legacy admin bearer token (NIANBAO_ADMIN_TOKEN). */
  adminToken?: string;
}

export interface Principal {
  user: User;
  via: 'session' | 'token' | 'admin-token' | 'open';
  /** The session secret when the caller came with a cookie (CSRF is checked against it). */
  session?: string;
}

export type AuthEnv = { Variables: { principal?: Principal } };

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]', '::1'];
const OPEN_USER: User = { id: 0, name: '本机', role: 'admin', agency: '', reviews: ['*'], createdAt: '' };
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const hostName = (host: string) => (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]).toLowerCase();

/** 403 for a Host the server was not told it answers to (a rebinding page on the clerk's browser). */
export function hostGuard(allowed: string[]): MiddlewareHandler {
  const set = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (!set.has('*')) {
      const host = hostName(c.req.header('host') ?? new URL(c.req.url).host);
      if (!set.has(host))
        return c.json({ error: `主机名「${host.slice(0, 60)}」不在允许列表中，请求已拒绝。部署到局域网时请设置 NIANBAO_ALLOWED_HOSTS（如 192.168.1.10,nianbao.xx.gov.cn）。` }, 403);
    }
    await next();
  };
}

/** 403 for a state-changing request sent by another site (Origin or Sec-Fetch-Site tells). */
export const originGuard: MiddlewareHandler = async (c, next) => {
  if (WRITE.has(c.req.method)) {
    const origin = c.req.header('origin');
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (origin && origin !== 'null') {
      let same = false;
      try {
        same = new URL(origin).host.toLowerCase() === host.toLowerCase();
      } catch {
        same = false;
      }
      if (!same) return c.json({ error: '跨站请求已拒绝：请在年报助手自己的页面上操作。' }, 403);
    } else if (origin === 'null' || c.req.header('sec-fetch-site') === 'cross-site') {
      return c.json({ error: '跨站请求已拒绝：请在年报助手自己的页面上操作。' }, 403);
    }
  }
  await next();
};

/** Who is calling: sets c.var.principal when a valid credential came with the request. */
export function authenticate(users: UserRepo, cfg: AuthConfig): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (cfg.disabled) {
      c.set('principal', { user: OPEN_USER, via: 'open' });
      return next();
    }
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      if (cfg.adminToken && (await sameSecret(bearer, cfg.adminToken))) c.set('principal', { user: { ...OPEN_USER, name: '管理令牌' }, via: 'admin-token' });
      else {
        const user = await resolveSecret(users, bearer, 'token');
        if (!user) return c.json({ error: '令牌无效或已被撤销：请用 nianbao token create 重新生成。' }, 401, { 'WWW-Authenticate': 'Bearer' });
        c.set('principal', { user, via: 'token' });
      }
      return next();
    }
    const session = getCookie(c, SESSION_COOKIE);
    if (session) {
      const user = await resolveSecret(users, session, 'session');
      if (user) c.set('principal', { user, via: 'session', session });
    }
    return next();
  };
}

/** Cookie-authenticated writes must carry the session's CSRF token (header X-CSRF-Token). */
export const csrfGuard: MiddlewareHandler<AuthEnv> = async (c, next) => {
  const p = c.get('principal');
  if (WRITE.has(c.req.method) && p?.via === 'session') {
    const sent = c.req.header('x-csrf-token') ?? '';
    if (!(await sameSecret(sent, await csrfFor(p.session!))))
      return c.json({ error: '页面已过期（缺少或错误的 CSRF 令牌），请刷新页面后重试。' }, 403);
  }
  await next();
};

export function principal(c: Context): Principal {
  const p = (c as Context<AuthEnv>).get('principal');
  if (!p) throw new UserError('请先登录。', 401);
  return p;
}

export function requireRole(c: Context, ...roles: Role[]): User {
  const { user } = principal(c);
  if (!roles.includes(user.role)) throw new UserError(`此操作需要${roles.map((r) => ({ admin: '管理员', reviewer: '审核人', clerk: '起草人' })[r]).join('或')}权限。`, 403);
  return user;
}

/** Paths anyone may call (the login itself, the format declaration, health). */
export const PUBLIC_API = [/^\/api\/health$/, /^\/api\/auth\//, /^\/api\/format\//, /^\/api\/format-for-year\//];

export const requireLogin: MiddlewareHandler<AuthEnv> = async (c, next) => {
  const path = new URL(c.req.url).pathname;
  if (!c.get('principal') && !PUBLIC_API.some((r) => r.test(path)))
    return c.json({ error: '请先登录（浏览器打开首页登录；脚本请用 Authorization: Bearer <令牌>）。' }, 401);
  await next();
};

export { CSRF_COOKIE };
