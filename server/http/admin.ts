// Admin bearer token check shared by admin-only routes. Unset token → the route is disabled (403), never open.
import type { Context } from 'hono';

function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Returns a response to send when the request is not authorised, or undefined when it is. */
export function requireAdmin(c: Context, token: string | undefined): Response | undefined {
  if (!token) return c.json({ error: '此管理接口未启用：服务器未设置 NIANBAO_ADMIN_TOKEN。' }, 403);
  const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  if (!m || !sameToken(m[1].trim(), token))
    return c.json({ error: '需要管理员令牌：请在请求头中提供 Authorization: Bearer <NIANBAO_ADMIN_TOKEN>。' }, 401, {
      'WWW-Authenticate': 'Bearer',
    });
  return undefined;
}
