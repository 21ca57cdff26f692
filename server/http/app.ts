// The HTTP app factory: every dependency injected, no Node import, so the same app runs on Node and on Workers.
// One error type (UserError) and one error shape ({ error, issues? }) for every route.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Retrieve } from '../draft/index.js';
import { search } from '../search/hybrid.js';
import { chatRoutes } from './chat.js';
import { corpusRoutes } from './corpus.js';
import type { AppDeps } from './deps.js';
import { draftRoutes } from './drafts.js';
import { errorResponse } from './errors.js';
import { evalRoutes } from './evals.js';
import { uiRoutes } from './ui.js';

export type { AppDeps } from './deps.js';

/** Drafting's few-shot examples come from the corpus: same section, other agencies only. */
export function corpusRetrieve(deps: Pick<AppDeps, 'storage' | 'embedder'>): Retrieve {
  return async (query, { k, section, exclude }) => {
    const hits = await search(deps.storage, deps.embedder, query, { k, section, excludeAgency: exclude });
    return hits.map((h) => ({ id: h.chunkId, text: h.text, agency: h.report.agency, year: h.report.year ?? undefined }));
  };
}

export function createApp(deps: AppDeps) {
  const { storage } = deps;
  const app = new Hono();

  const maxSize = deps.config.maxBodyBytes ?? 20 * 1024 * 1024;
  app.use(
    '/api/*',
    bodyLimit({ maxSize, onError: (c) => c.json({ error: `请求内容过大：上限为 ${Math.round(maxSize / 1024 / 1024)} MB。` }, 413) }),
  );

  app.get('/api/health', (c) =>
    c.json({
      ok: true,
      storage: storage.kind,
      model: deps.model ? (deps.modelLabel ?? 'configured') : null,
      notice: deps.model ? undefined : deps.modelNotice,
      embedder: { id: deps.embedder.id, dim: deps.embedder.dim },
    }),
  );
  const drafting = { drafts: storage.drafts, model: deps.model, modelNotice: deps.modelNotice, retrieve: corpusRetrieve(deps) };
  app.route('/api/drafts', draftRoutes(drafting));
  app.route('/', chatRoutes({ drafts: storage.drafts, chat: storage.chat, model: deps.model, readPrompt: deps.readPrompt }));
  app.route('/api', corpusRoutes(deps));
  app.route('/api/evals', evalRoutes(deps));
  app.route('/', uiRoutes({ readAsset: deps.readAsset }));

  app.notFound((c) => c.json({ error: `没有这个地址：${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  app.onError((err, c) => errorResponse(err, c));
  return app;
}
