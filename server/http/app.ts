// The HTTP app factory: every dependency injected, no Node import, so the same app can run on Node or Workers.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { isUserError } from '../errors.js';
import type { Retrieve } from '../draft/index.js';
import { search } from '../search/hybrid.js';
import { DraftStore } from '../store/drafts.js';
import { chatRoutes } from './chat.js';
import { corpusRoutes } from './corpus.js';
import type { AppDeps } from './deps.js';
import { draftRoutes } from './drafts.js';
import { evalRoutes } from './evals.js';
import { reviewRoutes } from './review.js';
import { uiRoutes } from './ui.js';

export type { AppDeps } from './deps.js';

/** Drafting's few-shot examples come from the corpus: same section, other agencies only. */
export function corpusRetrieve(deps: AppDeps): Retrieve {
  return async (query, { k, section, exclude }) => {
    const hits = await search(deps.store, deps.embedder, query, { k, section, excludeAgency: exclude });
    return hits.map((h) => ({ id: h.chunkId, text: h.text, agency: h.report.agency, year: h.report.year ?? undefined }));
  };
}

export function createApp(deps: AppDeps) {
  const drafts = new DraftStore(deps.store);
  const retrieve = corpusRetrieve(deps);
  const app = new Hono();

  const maxSize = deps.config.maxBodyBytes ?? 20 * 1024 * 1024;
  app.use(
    '/api/*',
    bodyLimit({ maxSize, onError: (c) => c.json({ error: `请求内容过大：上限为 ${Math.round(maxSize / 1024 / 1024)} MB。` }, 413) }),
  );

  app.get('/api/health', (c) =>
    c.json({
      ok: true,
      model: deps.model ? (deps.modelLabel ?? 'configured') : null,
      notice: deps.model ? undefined : deps.modelNotice,
      embedder: { id: deps.embedder.id, dim: deps.embedder.dim },
    }),
  );
  app.route('/api/drafts', draftRoutes({ drafts, model: deps.model, modelNotice: deps.modelNotice, retrieve }));
  app.route('/', chatRoutes({ drafts, model: deps.model }));
  app.route('/api', corpusRoutes(deps));
  app.route('/api/evals', evalRoutes(deps));
  app.route('/', reviewRoutes(deps));
  app.route('/', uiRoutes({ readAsset: deps.readAsset }));

  app.notFound((c) => c.json({ error: `没有这个地址：${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  app.onError((err, c) => {
    if (isUserError(err)) return c.json({ error: err.message, details: err.details }, err.status);
    if (err instanceof HTTPException) return err.getResponse();
    if (err instanceof SyntaxError) return c.json({ error: '请求体不是有效的 JSON。' }, 400);
    console.error('[nianbao] internal error:', err);
    return c.json({ error: '服务器内部错误，请重试；您填写的内容已保存。' }, 500);
  });
  return app;
}
