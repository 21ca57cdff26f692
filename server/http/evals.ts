// POST /api/evals (admin only): run the eval suites on the server and return the report (JSON, or HTML with
// ?format=html). Mount with `app.route('/api/evals', evalRoutes(deps))`. Runs are stored like the CLI's.
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { renderHtml } from '../../evals/report/html.js';
import { loadThresholds } from '../../evals/report/thresholds.js';
import { parseSuites, runEvals } from '../../evals/run.js';
import { DETERMINISTIC } from '../../evals/lib/types.js';
import type { AppDeps } from './deps.js';

const BodySchema = z
  .object({
    suite: z.union([z.string().max(100), z.array(z.string().max(20)).max(5)]).optional().describe('套件：parse、check、retrieval、draft、judge 或 all'),
  })
  .strict();

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function evalRoutes(deps: Pick<AppDeps, 'store' | 'model' | 'config'>) {
  let running = false;
  return new Hono().post('/', async (c) => {
    const token = deps.config.adminToken ?? (typeof process !== 'undefined' ? process.env.NIANBAO_ADMIN_TOKEN : undefined);
    if (!token) return c.json({ error: '评测接口未启用：服务器未设置 NIANBAO_ADMIN_TOKEN。' }, 403);
    const auth = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(auth);
    if (!m || !sameToken(m[1].trim(), token))
      return c.json({ error: '需要管理员令牌：请在请求头中提供 Authorization: Bearer <NIANBAO_ADMIN_TOKEN>。' }, 401, { 'WWW-Authenticate': 'Bearer' });

    let body: z.infer<typeof BodySchema> = {};
    const text = await c.req.text();
    if (text.trim()) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return c.json({ error: '请求体不是有效的 JSON。示例：{"suite":"parse,check"}' }, 400);
      }
      const r = BodySchema.safeParse(data);
      if (!r.success) return c.json({ error: `请求体字段有误：${r.error.issues.map((i) => `${i.path.join('.') || '（根）'} ${i.message}`).join('；')}` }, 400);
      body = r.data;
    }
    let suites;
    try {
      suites = body.suite ? parseSuites(Array.isArray(body.suite) ? body.suite.join(',') : body.suite) : [...DETERMINISTIC];
    } catch (e) {
      return c.json({ error: e instanceof Error ? e.message : String(e) }, 400);
    }
    if (running) return c.json({ error: '已有一次评测正在运行，请稍后再试。' }, 409);
    running = true;
    try {
      const thresholds = loadThresholds();
      const report = await runEvals({ suites, model: deps.model, db: deps.store?.db ?? null, thresholds });
      if (c.req.query('format') === 'html') return c.html(renderHtml(report, thresholds));
      return c.json(report);
    } catch (e) {
      return c.json({ error: `评测运行失败：${e instanceof Error ? e.message : String(e)}` }, 500);
    } finally {
      running = false;
    }
  });
}
