// POST /api/evals (admin only): run the eval suites on the server and return the report (JSON, or HTML with
// ?format=html). The harness itself is injected (Node only; the Worker has none and answers 501).
import { Hono } from 'hono';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { requireAdmin } from './admin.js';
import { readJson } from './body.js';
import { errorResponse } from './errors.js';
import type { AppDeps } from './deps.js';

const BodySchema = z
  .object({
    suite: z.union([z.string().max(100), z.array(z.string().max(20)).max(5)]).optional().describe('套件：parse、check、retrieval、draft、judge 或 all'),
  })
  .strict();

export function evalRoutes(deps: Pick<AppDeps, 'evals' | 'model' | 'config'>) {
  let running = false;
  const app = new Hono();
  app.onError((err, c) => errorResponse(err, c));
  return app.post('/', async (c) => {
    const denied = await requireAdmin(c, deps.config.adminToken);
    if (denied) return denied;
    const body = await readJson(c, BodySchema, true);
    if (!deps.evals) throw new UserError('此部署没有评测组件（评测只在 Node 版本中运行：npm run eval）。', 404);
    if (running) throw new UserError('已有一次评测正在运行，请稍后再试。', 409);
    running = true;
    try {
      const suites = body.suite ? (Array.isArray(body.suite) ? body.suite.join(',') : body.suite) : undefined;
      const r = await deps.evals({ suites, model: deps.model });
      return c.req.query('format') === 'html' ? c.html(r.html) : c.json(r.json);
    } finally {
      running = false;
    }
  });
}
