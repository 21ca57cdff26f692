// One JSON body reader for every route: empty, not JSON, or not the schema → a Chinese 400 naming the fields.
import type { Context } from 'hono';
import type { z } from 'zod';
import { formatIssues, UserError } from '../errors.js';

export async function readJson<T>(c: Context, schema: z.ZodType<T>, optional = false): Promise<T> {
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    throw new UserError('请求体读取失败（编码无效或连接中断）。', 400);
  }
  if (!text.trim()) {
    if (optional) return schema.parse({});
    throw new UserError('请求体为空，应为 JSON。', 400);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError('请求体不是有效的 JSON。', 400);
  }
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new UserError(`请求内容有误：\n${formatIssues(r.error.issues)}`, 400, r.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })));
  return r.data;
}
