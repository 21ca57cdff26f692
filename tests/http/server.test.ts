// The real Node server on loopback: first-start indexing, health, search, corpus upload (admin), errors as Chinese JSON.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../server/node.js';

let server: Awaited<ReturnType<typeof start>>;
const TOKEN = 'test-admin-token';
const SEED = 'corpus/seeds/001_633163d6db5cefeb.txt';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-http-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'seeds'), { recursive: true });
  for (const f of ['000_6c268c3b3a656887.txt', '002_3abf4460f6dab16e.txt', '004_5e6ce9ac00d09f28.txt'])
    copyFileSync(join('corpus/seeds', f), join(corpus, 'seeds', f));
  process.env.NIANBAO_ADMIN_TOKEN = TOKEN;
  server = await start({ port: 0, dbPath: join(dir, 'db.sqlite'), corpusDir: corpus, quiet: true });
});
afterAll(async () => {
  await server?.close();
  delete process.env.NIANBAO_ADMIN_TOKEN;
});

const get = (p: string) => fetch(new URL(p, server.url), { headers: { authorization: `Bearer ${TOKEN}` } });

describe('HTTP server', () => {
  it('serves health and says that the offline drafter is used', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    const j = await r.json();
    expect(j.model).toBeNull();
    expect(j.notice).toMatch(/离线起草器/);
  });

  it('built the index on first start and searches it with filters', async () => {
    const r = await get(`/api/search?q=${encodeURIComponent('镇 主动公开 信息')}&k=3&level=乡镇`);
    expect(r.status).toBe(200);
    const j = await r.json();
    expect(j.hits.length).toBeGreaterThan(0);
    expect(j.hits.every((h: { report: { level: string } }) => h.report.level === '乡镇')).toBe(true);
  });

  it('rejects bad search parameters with a 400 naming the field', async () => {
    const r = await get('/api/search?q=&level=火星');
    expect(r.status).toBe(400);
    const j = await r.json();
    expect(j.error).toMatch(/q|level/);
  });

  it('protects corpus upload with the admin token', async () => {
    const body = readFileSync(SEED);
    const anon = await fetch(new URL('/api/corpus?filename=a.txt', server.url), { method: 'POST', body });
    expect(anon.status).toBe(401);
    const up = await fetch(new URL('/api/corpus?filename=tonggu.txt', server.url), {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(up.status).toBe(201);
    const j = await up.json();
    expect(j.status).toBe('added');
    // Same content again is stored once.
    const again = await fetch(new URL('/api/corpus?filename=tonggu.txt', server.url), {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect((await again.json()).status).toBe('unchanged');
    const detail = await get(`/api/corpus/${j.reportId}`);
    expect(detail.status).toBe(200);
    const d = await detail.json();
    expect(d.parsed.meta.agency).toContain('铜鼓镇');
    expect(d.parsed.tables['t3.new.commercial'].value).toBe(1);
    expect(Array.isArray(d.findings)).toBe(true);
  });

  it('refuses uploads that are not reports, with a Chinese 4xx and nothing stored', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const before = (await (await get('/api/corpus')).json()).reports.length;
    const pdf = await fetch(new URL('/api/corpus?filename=x.pdf', server.url), { method: 'POST', body: '%PDF-1.4 xxx', headers: auth });
    expect(pdf.status).toBe(422); // PDFs are read now: a broken one is refused as such
    expect((await pdf.json()).error).toMatch(/不是有效的 PDF/);
    const english = await fetch(new URL('/api/corpus?filename=x.txt', server.url), {
      method: 'POST',
      body: 'Annual report on government information disclosure. Nothing to see here.',
      headers: auth,
    });
    expect(english.status).toBe(422);
    const big = await fetch(new URL('/api/corpus?filename=big.txt', server.url), {
      method: 'POST',
      body: new Uint8Array(51 * 1024 * 1024),
      headers: auth,
    });
    expect(big.status).toBe(413);
    const after = (await (await get('/api/corpus')).json()).reports.length;
    expect(after).toBe(before);
  });

  it('answers unknown paths and ids with Chinese JSON errors', async () => {
    const r = await get('/api/nothing');
    expect(r.status).toBe(404);
    expect((await r.json()).error).toMatch(/没有这个地址/);
    const c = await get('/api/corpus/999999');
    expect(c.status).toBe(404);
  });

  it('serves the web UI at /', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(await r.text()).toMatch(/年报助手/);
  });
});
