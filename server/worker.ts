// Workers entry: wires the D1 adapters, Vectorize (or its in-memory fake when VECTORIZE_FAKE = "memory"), the local
// embedder with the bundled IDF (or Workers AI bge-m3, or an OpenAI-compatible service), the model, static assets.
// Nothing here or below reads files, `process` or `import.meta.url`: templates, prompts and the IDF are bundled
// (scripts/precompile.ts). A missing binding or an unprepared database answers a Chinese 503 naming the fix.
import { Hono } from 'hono';
import { z } from 'zod';
import { d1Storage, pendingMigrations, type D1Database } from './adapters/d1/index.js';
import { memoryVectorize, vectorizeIndex, type VectorizeIndex } from './adapters/vectorize/index.js';
import { ingestText, reindexAll } from './corpus/ingest.js';
import { UserError, formatIssues } from './errors.js';
import { bundledIdf } from './generated/idf.js';
import { MIGRATIONS } from './generated/migrations.js';
import { promptTexts } from './generated/templates.js';
import { requireAdmin } from './http/admin.js';
import { createApp } from './http/app.js';
import { errorResponse } from './http/errors.js';
import { modelFromEnv } from './llm/provider.js';
import type { Storage } from './ports/index.js';
import { l2normalize, type Embedder } from './search/embedder.js';
import { createEmbedder } from './search/factory.js';

export interface Env {
  DB?: D1Database;
  VECTORIZE?: VectorizeIndex;
  ASSETS?: { fetch(req: Request): Promise<Response> };
  AI?: { run(model: string, input: unknown): Promise<unknown> };
  /** "memory": the in-memory fake instead of the Vectorize binding (local dev and tests: Vectorize has no local mode). */
  VECTORIZE_FAKE?: string;
  /** "workers-ai": embed with @cf/baai/bge-m3 (1024-d) through the AI binding; default: local n-gram (512-d). */
  EMBEDDER?: string;
  /** The D1 database's name, for the commands in error messages. */
  D1_NAME?: string;
  [key: string]: unknown;
}

const WORKERS_AI_MODEL = '@cf/baai/bge-m3';

/** bge-m3 through the AI binding: multilingual, 1024-d, L2-normalised for cosine. (Not exported: workerd accepts only
 * handlers as named exports of the main module.) */
function workersAiEmbedder(ai: NonNullable<Env['AI']>): Embedder {
  return {
    id: `workers-ai/${WORKERS_AI_MODEL}`,
    dim: 1024,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += 50) {
        const r = (await ai.run(WORKERS_AI_MODEL, { text: texts.slice(i, i + 50) })) as { data?: number[][] };
        if (!r.data || r.data.length !== Math.min(50, texts.length - i)) throw new UserError('Workers AI 嵌入服务没有返回向量，请稍后重试。', 503);
        for (const v of r.data) out.push(l2normalize(Float32Array.from(v)));
      }
      return out;
    },
  };
}

const unavailable = (msg: string) => new UserError(msg, 503);
const strings = (env: Env) => Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

/** Everything built from `env` once per isolate; rebuilt after a failed check (so fixing the setup needs no restart). */
async function build(env: Env) {
  const d1 = env.D1_NAME ?? 'nianbao';
  if (!env.DB) throw unavailable(`缺少 D1 数据库绑定 DB：请运行 npx wrangler d1 create ${d1}，并在 wrangler.toml 的 [[d1_databases]] 中以 binding = "DB" 填入其 database_id。`);
  const pending = await pendingMigrations(env.DB, MIGRATIONS);
  if (pending.length === MIGRATIONS.length)
    throw unavailable(`D1 数据库尚未初始化：请运行 npx wrangler d1 migrations apply ${d1}（本地开发加 --local，线上加 --remote）。`);
  if (pending.length) throw unavailable(`D1 数据库缺少迁移 ${pending.join('、')}：请运行 npx wrangler d1 migrations apply ${d1}。`);
  const wantsAi = env.EMBEDDER === 'workers-ai';
  if (wantsAi && !env.AI) throw unavailable('EMBEDDER = "workers-ai" 需要 Workers AI 绑定：请在 wrangler.toml 中加入 [ai] binding = "AI"。');
  const stored = await env.DB.prepare('SELECT dim FROM index_meta WHERE id = 1').first<{ dim: number }>();
  const fake = env.VECTORIZE_FAKE === 'memory';
  if (!fake && !env.VECTORIZE)
    throw unavailable('缺少 Vectorize 索引绑定 VECTORIZE：请运行 npx wrangler vectorize create nianbao --dimensions=512 --metric=cosine，建立元数据索引，并在 wrangler.toml 的 [[vectorize]] 中以 binding = "VECTORIZE" 填入 index_name（本地开发可设 VECTORIZE_FAKE = "memory"）。');
  const placeholder = { kind: 'd1' } as Storage;
  const embedder = wantsAi ? workersAiEmbedder(env.AI!) : await createEmbedder(placeholder, { idf: bundledIdf(), env: strings(env) });
  const index = fake ? memoryVectorize('VECTORIZE', stored?.dim ?? embedder.dim) : env.VECTORIZE!;
  const { dimensions } = await index.describe();
  if (dimensions !== embedder.dim)
    throw unavailable(
      `Vectorize 索引是 ${dimensions} 维，而嵌入模型「${embedder.id}」输出 ${embedder.dim} 维：请运行 npx wrangler vectorize create <新索引名> --dimensions=${embedder.dim} --metric=cosine，建立元数据索引后改 wrangler.toml 的 index_name，再重新导入语料。`,
    );
  const storage = d1Storage(env.DB, vectorizeIndex(index, env.DB));
  // The in-memory fake forgets its vectors when `wrangler dev` restarts while local D1 keeps the chunks: rebuild them.
  if (fake && dimensions === embedder.dim && (await index.describe()).vectorCount === 0 && (await storage.reports.chunkCount()) > 0)
    await reindexAll(storage, embedder);
  const { model, notice, label } = modelFromEnv(strings(env));
  const app = createApp({
    storage,
    embedder,
    model,
    modelNotice: notice,
    modelLabel: label,
    readAsset: env.ASSETS ? assetReader(env.ASSETS) : undefined,
    readPrompt: async (name) => {
      const t = promptTexts[name];
      if (t === undefined) throw new Error(`prompt missing: ${name}`);
      return t;
    },
    config: {
      adminToken: strings(env).NIANBAO_ADMIN_TOKEN || undefined,
      // Accounts as on Node. The Worker has no console for a one-time link: the first admin signs in through
      // /api/auth/bootstrap?token=<NIANBAO_BOOTSTRAP_TOKEN> (a secret) while no user exists.
      auth: {
        allowedHosts: strings(env).NIANBAO_ALLOWED_HOSTS ? strings(env).NIANBAO_ALLOWED_HOSTS!.split(',').map((h) => h.trim()) : ['*'],
        secureCookies: true,
        bootstrap: { token: strings(env).NIANBAO_BOOTSTRAP_TOKEN || undefined },
      },
    },
  });
  app.post('/api/admin/ingest', async (c) => {
    const denied = await requireAdmin(c, strings(env).NIANBAO_ADMIN_TOKEN || undefined);
    if (denied) return denied;
    const body = IngestBody.safeParse(await c.req.json());
    if (!body.success) throw new UserError(`导入内容有误：\n${formatIssues(body.error.issues)}`, 400);
    const outcomes = [];
    for (const d of body.data.docs) outcomes.push(await ingestText(storage, d.text, { source: d.source, meta: d.meta, embedder }));
    return c.json({ outcomes, reports: await storage.reports.count() });
  });
  return app;
}

/** At most this many documents per request: parsing, checking and embedding stay well inside one invocation's limits. */
const INGEST_BATCH = 5;
const IngestBody = z.object({
  docs: z
    .array(
      z.object({
        source: z.string().min(1).max(500),
        text: z.string().min(1).max(500_000),
        meta: z.object({ agency: z.string().optional(), level: z.string().optional(), province: z.string().optional(), year: z.number().int().nullable().optional(), format: z.enum(['2019', '2021']).nullable().optional(), source: z.string().optional(), complete: z.boolean().optional() }).partial().optional(),
      }),
    )
    .min(1)
    .max(INGEST_BATCH, `每次最多导入 ${INGEST_BATCH} 份报告，请分批提交`),
});

/** Files of web/ through the static-assets binding (the same files `[assets]` serves before the Worker runs). */
function assetReader(assets: NonNullable<Env['ASSETS']>) {
  return async (path: string) => {
    let res = await assets.fetch(new Request(`https://assets.invalid/${path}`));
    const to = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && to) res = await assets.fetch(new Request(new URL(to, 'https://assets.invalid/')));
    return res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyApp = Hono<any>;
const apps = new WeakMap<object, Promise<AnyApp>>();
function appFor(env: Env): Promise<AnyApp> {
  let p = apps.get(env);
  if (!p) {
    apps.set(env, (p = build(env)));
    p.catch(() => apps.delete(env));
  }
  return p;
}

export default {
  async fetch(request: Request, env: Env, ctx: unknown): Promise<Response> {
    try {
      const app = await appFor(env);
      return await app.fetch(request, env, ctx as never);
    } catch (err) {
      // The page still loads (it shows the reason from /api/health); every API answer carries the 503.
      if (env.ASSETS && !new URL(request.url).pathname.startsWith('/api/')) return env.ASSETS.fetch(request);
      return errorResponse(err as Error, { json: (b, s) => Response.json(b, { status: s }) });
    }
  },
};
