// POST /api/evals (admin only): run the eval suites on the server and return the report (JSON, or HTML with
// ?format=html). Mount with `app.route('/api/evals', evalRoutes(deps))`. Runs are stored like the CLI's.
import { Hono } from 'hono';
import { z } from 'zod';
import { renderHtml } from '../../evals/report/html.js';
import { loadThresholds } from '../../evals/report/thresholds.js';
import { parseSuites, runEvals } from '../../evals/run.js';
import { DETERMINISTIC } from '../../evals/lib/types.js';
import { formatIssues } from '../errors.js';
import { requireAdmin } from './admin.js';
import type { AppDeps } from './deps.js';

const BodySchema = z
  .object({
    suite: z.union([z.string().max(100), z.array(z.string().max(20)).max(5)]).optional().describe('套件：parse、check、retrieval、draft、judge 或 all'),
  })
  .strict();

export function evalRoutes(deps: Pick<AppDeps, 'store' | 'model' | 'config'>) {
  let running = false;
  return new Hono().post('/', async (c) => {
    const denied = requireAdmin(c, deps.config.adminToken);
    if (denied) return denied;

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
      if (!r.success) return c.json({ error: `请求体字段有误：\n${formatIssues(r.error.issues)}` }, 400);
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
