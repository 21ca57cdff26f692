// The HTTP app factory: every dependency injected, no Node import, so the same app runs on Node and on Workers.
// One error type (UserError) and one error shape ({ error, issues? }) for every route.
import { Hono, type MiddlewareHandler } from 'hono';
import {
  authenticate, authRoutes, csrfGuard, draftAccess, hostGuard, LOOPBACK_HOSTS, originGuard, principal, RateLimit, requireLogin, type AuthEnv,
} from '../auth/index.js';
import { UserError } from '../errors.js';
import { bodyLimit } from 'hono/body-limit';
import type { Retrieve } from '../draft/index.js';
import { search } from '../search/hybrid.js';
import { chatRoutes } from './chat.js';
import { corpusRoutes } from './corpus.js';
import type { AppDeps } from './deps.js';
import { draftRoutes } from './drafts.js';
import { errorResponse } from './errors.js';
import { evalRoutes } from './evals.js';
import { reviewRoutes } from './review.js';
import { uiRoutes } from './ui.js';

export type { AppDeps } from './deps.js';

/** Drafting's few-shot examples come from the corpus: same section, other agencies only. */
export function corpusRetrieve(deps: Pick<AppDeps, 'storage' | 'embedder'>): Retrieve {
  return async (query, { k, section, exclude }) => {
    const hits = await search(deps.storage, deps.embedder, query, { k, section, excludeAgency: exclude });
    return hits.map((h) => ({ id: h.chunkId, text: h.text, agency: h.report.agency, year: h.report.year ?? undefined }));
  };
}

/** Chat turns touch a draft: the caller must be allowed to change it (read for the history). */
function chatAccess(deps: AppDeps): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const write = c.req.method === 'POST';
    let id = c.req.param('draftId');
    if (write) {
      try {
        const b = (await c.req.json()) as { draftId?: unknown; id?: unknown };
        id = typeof b?.draftId === 'string' ? b.draftId : typeof b?.id === 'string' ? b.id : undefined;
      } catch {
        id = undefined; // the chat route answers the malformed body itself
      }
    }
    if (id) {
      const d = await deps.storage.drafts.get(id);
      if (d) draftAccess.check(c, d, write);
    }
    await next();
  };
}

/** Model calls per user: generate, regenerate and chat spend the deployment's model quota. */
function modelQuota(deps: AppDeps): MiddlewareHandler<AuthEnv> {
  const rate = deps.config.modelRate ?? { limit: 60, windowMs: 60 * 60_000 };
  const limit = new RateLimit(rate.limit, rate.windowMs);
  return async (c, next) => {
    if (deps.model && c.req.method === 'POST' && !limit.take(principal(c).user.name))
      throw new UserError(`模型调用过于频繁：每人每${Math.round(rate.windowMs / 60_000)}分钟最多${rate.limit}次，请稍后再试（表格和填写内容不受影响）。`, 429);
    await next();
  };
}

export function createApp(deps: AppDeps) {
  const { storage } = deps;
  const auth = deps.config.auth ?? {};
  const app = new Hono<AuthEnv>();

  app.use('*', hostGuard(auth.allowedHosts ?? LOOPBACK_HOSTS));
  const maxSize = deps.config.maxBodyBytes ?? 20 * 1024 * 1024;
  app.use(
    '/api/*',
    bodyLimit({ maxSize, onError: (c) => c.json({ error: `请求内容过大：上限为 ${Math.round(maxSize / 1024 / 1024)} MB。` }, 413) }),
  );
  app.use('/api/*', originGuard, authenticate(storage.users, { ...auth, adminToken: auth.adminToken ?? deps.config.adminToken }), csrfGuard, requireLogin);
  app.route('/api/auth', authRoutes({ users: storage.users, scrypt: deps.scrypt, secureCookies: auth.secureCookies, bootstrap: auth.bootstrap }));

  app.get('/api/health', (c) =>
    c.json({
      ok: true,
      storage: storage.kind,
      model: deps.model ? (deps.modelLabel ?? 'configured') : null,
      notice: deps.model ? undefined : deps.modelNotice,
      embedder: { id: deps.embedder.id, dim: deps.embedder.dim },
    }),
  );
  const quota = modelQuota(deps);
  app.use('/api/drafts/:id/generate', quota);
  app.use('/api/drafts/:id/sections/:section/regenerate', quota);
  app.use('/api/chat', chatAccess(deps), quota);
  app.use('/api/chat/:draftId', chatAccess(deps));
  const drafting = { drafts: storage.drafts, model: deps.model, modelNotice: deps.modelNotice, retrieve: corpusRetrieve(deps), access: auth.disabled ? undefined : draftAccess, deadlineMs: deps.config.generateDeadlineMs };
  app.route('/api/drafts', draftRoutes(drafting));
  app.route('/', chatRoutes({ drafts: storage.drafts, chat: storage.chat, model: deps.model, readPrompt: deps.readPrompt }));
  app.route('/api', corpusRoutes(deps));
  app.route('/api/evals', evalRoutes(deps));
  app.route('/', reviewRoutes(deps));
  app.route('/', uiRoutes({ readAsset: deps.readAsset }));

  app.notFound((c) => c.json({ error: `没有这个地址：${c.req.method} ${new URL(c.req.url).pathname.slice(0, 100)}` }, 404));
  app.onError((err, c) => errorResponse(err, c));
  return app;
}
