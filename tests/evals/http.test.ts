import { nodeEvals } from '../../server/evals-node.js';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalRoutes } from '../../server/http/evals.js';
import { openStore, type Store } from '../../server/store/db.js';

const dir = mkdtempSync(join(tmpdir(), 'nb-evals-http-'));
let store: Store;
let server: ServerType;
let base: string;
const saved = process.env.NIANBAO_ADMIN_TOKEN;

beforeAll(async () => {
  delete process.env.NIANBAO_ADMIN_TOKEN;
  store = openStore(join(dir, 'app.db'));
  const app = new Hono()
    .route('/api/evals', evalRoutes({ evals: nodeEvals(store.db), config: { adminToken: 's3cret-token' } }))
    .route('/open/evals', evalRoutes({ evals: nodeEvals(store.db), config: {} }));
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
  if (saved !== undefined) process.env.NIANBAO_ADMIN_TOKEN = saved;
});

const post = (path: string, body?: unknown, token?: string) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/evals', () => {
  it('answers 403 in Chinese when no admin token is configured', async () => {
    const r = await post('/open/evals', {}, 'anything');
    expect(r.status).toBe(403);
    expect((await r.json()).error).toContain('NIANBAO_ADMIN_TOKEN');
  });

  it('answers 401 without the right bearer token', async () => {
    expect((await post('/api/evals', {})).status).toBe(401);
    const r = await post('/api/evals', {}, 'wrong');
    expect(r.status).toBe(401);
    expect((await r.json()).error).toContain('Authorization: Bearer');
  });

  it('rejects bad bodies and unknown suites with a Chinese message', async () => {
    const a = await post('/api/evals', '{not json', 's3cret-token');
    expect(a.status).toBe(400);
    expect((await a.json()).error).toContain('JSON');
    const b = await post('/api/evals', { suite: 'speed' }, 's3cret-token');
    expect(b.status).toBe(400);
    expect((await b.json()).error).toContain('未知的评测套件「speed」');
  });

  it('runs the requested suites and stores the run', async () => {
    // judge without a model: skipped at once, but the run is still recorded and reported.
    const r = await post('/api/evals', { suite: 'judge' }, 's3cret-token');
    expect(r.status).toBe(200);
    const report = await r.json();
    expect(report.suites[0]).toMatchObject({ name: 'judge', status: 'skipped' });
    expect(report.runId).toBeGreaterThan(0);
    const row = store.db.prepare('SELECT suites, report FROM eval_runs WHERE id = ?').get(report.runId) as { report: string };
    expect(JSON.parse(row.report).suites[0].name).toBe('judge');
    const html = await post('/api/evals?format=html', { suite: 'judge' }, 's3cret-token');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('年报助手评测报告');
  });
});
