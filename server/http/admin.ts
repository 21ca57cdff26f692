// Admin-only routes (corpus upload, evals): an admin account, or the legacy NIANBAO_ADMIN_TOKEN bearer when the
// route group runs without the app's account layer. Unset token and no account → refused, never open.
import type { Context } from 'hono';
import { sameSecret } from '../auth/bytes.js';
import type { AuthEnv } from '../auth/guard.js';

/** Returns a response to send when the request is not authorised, or undefined when it is. */
export async function requireAdmin(c: Context, token: string | undefined): Promise<Response | undefined> {
  const p = (c as Context<AuthEnv>).get('principal');
  if (p) return p.user.role === 'admin' ? undefined : c.json({ error: '此操作需要管理员权限。' }, 403);
  if (!token) return c.json({ error: '此管理接口未启用：服务器未设置 NIANBAO_ADMIN_TOKEN，也没有管理员账号登录。' }, 403);
  const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  if (!m || !(await sameSecret(m[1].trim(), token)))
    return c.json({ error: '需要管理员令牌：请在请求头中提供 Authorization: Bearer <令牌>。' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return undefined;
}
