// HTTP contract of the Worker (D1 + Vectorize fake + static assets), through SELF.fetch inside workerd:
// UI, corpus ingest, create → fill → generate offline → chat offline → search → export md/html/docx.
import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import seed0 from '../../corpus/seeds/000_6c268c3b3a656887.txt?raw';
import seed1 from '../../corpus/seeds/001_633163d6db5cefeb.txt?raw';

const BASE = 'https://nianbao.test';
const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const ADMIN = { authorization: 'Bearer local-dev-token' };
// Accounts are on in the Worker too: the suite calls as the local admin (the dev token), one test calls anonymously.
const call = (path: string, init: RequestInit = {}) =>
  SELF.fetch(`${BASE}${path}`, { ...init, headers: { ...ADMIN, ...((init.headers as Record<string, string>) ?? {}) } });
const anonymous = (path: string) => SELF.fetch(`${BASE}${path}`);

let id: string;

describe('Worker over HTTP', () => {
  beforeAll(async () => {
    const r = await call(
      '/api/admin/ingest',
      json('POST', {
        docs: [
          { source: 'corpus/seeds/000.txt', text: seed0, meta: { agency: '临江市桦树镇人民政府', level: '乡镇', year: 2023, format: '2021' } },
          { source: 'corpus/seeds/001.txt', text: seed1, meta: { agency: '酉阳县铜鼓镇人民政府', level: '乡镇', year: 2023, format: '2021' } },
        ],
      }, ADMIN),
    );
    expect(r.status, await r.clone().text()).toBe(200);
    expect(((await r.json()) as { reports: number }).reports).toBe(2);
  });

  it('serves the UI from static assets and reports its storage', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/); // same headers as on Node
    expect((await call('/app.js')).headers.get('content-type')).toMatch(/javascript/);
    const h = (await (await call('/api/health')).json()) as { storage: string; embedder: { dim: number } };
    expect(h).toMatchObject({ storage: 'd1', embedder: { dim: 512 } });
    expect((await call('/api/format/2021')).status).toBe(200);
  });

  it('admin ingest needs the token and a bounded batch', async () => {
    expect((await SELF.fetch(`${BASE}/api/admin/ingest`, json('POST', { docs: [] }))).status).toBe(401);
    const big = await call('/api/admin/ingest', json('POST', { docs: Array(6).fill({ source: 'x', text: 'x' }) }, ADMIN));
    expect(big.status).toBe(400);
    expect(((await big.json()) as { error: string }).error).toMatch(/每次最多导入 5 份/);
  });

  it('creates a draft, fills numbers with optimistic versions, generates offline', async () => {
    const c = await call('/api/drafts', json('POST', { meta: { agency: '临江市松林镇人民政府', year: 2023, level: '乡镇' } }));
    expect(c.status).toBe(201);
    const d = (await c.json()) as { id: string; version: number };
    id = d.id;
    expect(d.version).toBe(2); // the input (1) and the offline first draft (2)
    const p = await call(`/api/drafts/${id}`, json('PATCH', { baseVersion: 2, numbers: { 't3.new.natural': 3, 't3.r1.natural': 2, 't3.r2.natural': 1 } }));
    expect(p.status, await p.clone().text()).toBe(200);
    expect(((await p.json()) as { version: number }).version).toBe(3);
    const stale = await call(`/api/drafts/${id}`, json('PATCH', { baseVersion: 2, numbers: { 't3.new.natural': 4 } }));
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toMatch(/当前已是第3版/);
    const g = await call(`/api/drafts/${id}/generate`, json('POST', {}));
    expect(g.status, await g.clone().text()).toBe(200);
    const body = (await g.json()) as { version: number; draft: { sections: { no: number; text: string; generator?: string }[] } };
    expect(body.version).toBe(4);
    const overview = body.draft.sections.find((s) => s.no === 1)!;
    expect(overview.text.length).toBeGreaterThan(50);
    expect(overview.generator).toBe('offline');
  });

  it('chats offline over the UI message stream protocol and fills the draft', async () => {
    const r = await call('/api/chat', json('POST', { draftId: id, messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: '今年公众号发了149条，开了两次培训' }] }] }));
    expect(r.status).toBe(200);
    expect(r.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect((await r.text()).trim().endsWith('data: [DONE]')).toBe(true);
    const d = (await (await call(`/api/drafts/${id}`)).json()) as { input: { facts: { key: string; value: number }[] } };
    expect(d.input.facts.find((f) => f.key === 'published_newmedia')?.value).toBe(149);
    const hist = (await (await call(`/api/chat/${id}`)).json()) as { messages: unknown[] };
    expect(hist.messages.length).toBeGreaterThanOrEqual(2);
  });

  it('searches the ingested corpus (Vectorize fake + FTS5 on D1) with filters', async () => {
    const r = await call(`/api/search?q=${encodeURIComponent('镇 主动公开 公众号')}&k=3&level=乡镇`);
    expect(r.status).toBe(200);
    const { hits } = (await r.json()) as { hits: { report: { agency: string }; scores: { vectorRank?: number; lexicalRank?: number } }[] };
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.scores.vectorRank !== undefined)).toBe(true);
    expect(hits.some((h) => h.scores.lexicalRank !== undefined)).toBe(true);
    const sec = await call(`/api/search?q=${encodeURIComponent('存在的问题 改进')}&section=5&excludeAgency=${encodeURIComponent('临江市桦树镇人民政府')}`);
    const s = (await sec.json()) as { hits: { section: { no: number }; report: { agency: string } }[] };
    expect(s.hits.length).toBeGreaterThan(0);
    expect(s.hits.every((h) => h.section.no === 5 && h.report.agency !== '临江市桦树镇人民政府')).toBe(true);
  });

  it('exports md, html and docx', async () => {
    const md = await call(`/api/drafts/${id}/export?format=md`);
    expect(md.status).toBe(200);
    expect(await md.text()).toMatch(/临江市松林镇人民政府/);
    const html = await call(`/api/drafts/${id}/export?format=html`);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/<table/);
    const docx = await call(`/api/drafts/${id}/export?format=docx`);
    expect(docx.status).toBe(200);
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
  });

  it('refuses data routes without credentials (accounts are on in the Worker too)', async () => {
    const r = await anonymous('/api/drafts');
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: string }).error).toMatch(/登录/);
    expect((await anonymous('/api/health')).status).toBe(200);
  });
});
