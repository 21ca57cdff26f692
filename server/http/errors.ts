// The one error answer of every route group: a UserError's status and Chinese message; anything else a 500
// that loses nothing the user typed. Route groups use it too, so they answer the same when mounted alone.
import { HTTPException } from 'hono/http-exception';
import { isUserError } from '../errors.js';

/** The one error answer: a UserError's status and Chinese message; anything else a 500 that loses nothing. */
export function errorResponse(err: Error, c: { json: (b: unknown, s: number) => Response }): Response {
  if (isUserError(err)) return c.json({ error: err.message, ...(err.details ? { issues: err.details } : {}) }, err.status);
  if (err instanceof HTTPException) return err.status >= 500 ? c.json({ error: '服务器内部错误。' }, err.status) : c.json({ error: err.message || '请求有误。' }, err.status);
  if (err instanceof SyntaxError) return c.json({ error: '请求体不是有效的 JSON。' }, 400);
  console.error('[nianbao] internal error:', err);
  return c.json({ error: '服务器内部错误，请重试；您填写的内容已保存。' }, 500);
}

