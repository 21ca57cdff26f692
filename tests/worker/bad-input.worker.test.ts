// A Worker that cannot work says why, in Chinese, with the command to run — a 503, never a stack.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker, { type Env } from '../../server/worker.js';
import { FakeVectorize } from '../../server/adapters/vectorize/index.js';

const base = env as unknown as Env & { EMPTY_DB: Env['DB'] };
const ask = async (e: Partial<Env>, path = '/api/health') => {
  const r = await worker.fetch(new Request(`https://x${path}`), { ...base, ...e } as Env, {});
  const body = (await r.json()) as { error?: string };
  return { status: r.status, error: body.error ?? '' };
};

describe('bad bindings and unprepared resources', () => {
  it('a database without migrations', async () => {
    const r = await ask({ DB: base.EMPTY_DB });
    expect(r.status).toBe(503);
    expect(r.error).toBe('D1 数据库尚未初始化：请运行 npx wrangler d1 migrations apply nianbao（本地开发加 --local，线上加 --remote）。');
  });

  it('no D1 binding', async () => {
    const r = await ask({ DB: undefined }, '/api/drafts');
    expect(r.status).toBe(503);
    expect(r.error).toMatch(/缺少 D1 数据库绑定 DB：请运行 npx wrangler d1 create nianbao/);
  });

  it('no Vectorize binding and no fake', async () => {
    const r = await ask({ VECTORIZE_FAKE: undefined, VECTORIZE: undefined });
    expect(r.status).toBe(503);
    expect(r.error).toMatch(/缺少 Vectorize 索引绑定 VECTORIZE.*--dimensions=512 --metric=cosine/);
  });

  it('a Vectorize index of the wrong dimension', async () => {
    const r = await ask({ VECTORIZE_FAKE: undefined, VECTORIZE: new FakeVectorize(1024) });
    expect(r.status).toBe(503);
    expect(r.error).toMatch(/Vectorize 索引是 1024 维.*输出 512 维.*--dimensions=512/);
  });

  it('Workers AI embeddings asked for without the AI binding', async () => {
    const r = await ask({ EMBEDDER: 'workers-ai', AI: undefined });
    expect(r.status).toBe(503);
    expect(r.error).toMatch(/\[ai\] binding = "AI"/);
  });

  it('Workers AI embeddings: bge-m3 through the binding, 1024-d, needs a 1024-d index', async () => {
    const AI = { run: async (_m: string, { text }: { text: string[] }) => ({ data: text.map((_, i) => Array.from({ length: 1024 }, (_, j) => (i + j) % 7)) }) };
    const ok = await ask({ EMBEDDER: 'workers-ai', AI, VECTORIZE_FAKE: undefined, VECTORIZE: new FakeVectorize(1024) });
    expect(ok.status).toBe(200);
    const wrong = await ask({ EMBEDDER: 'workers-ai', AI, VECTORIZE_FAKE: undefined, VECTORIZE: new FakeVectorize(512) });
    expect(wrong.status).toBe(503);
    expect(wrong.error).toMatch(/Vectorize 索引是 512 维.*workers-ai\/@cf\/baai\/bge-m3.*输出 1024 维/);
  });
});
