// Seeded, bounded fuzzing of every route: malformed paths, headers and bodies never get a 5xx, and every refusal is a
// Chinese JSON message. Most requests go in-process (app.fetch); a share goes over real HTTP on loopback.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { createApp } from '../../server/http/app.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { openStore, type Store } from '../../server/store/db.js';

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20261206;
const N_IN_PROCESS = 2200;
const N_HTTP = 300;

let store: Store;
let app: ReturnType<typeof createApp>;
let base: string;
let close: () => void;
let draftId: string;

const NASTY = [
  '', '%', '%E4%B8', '%zz', '..', '../../etc/passwd', '\u0000', '\ud800', 'a\udc00b', '<script>alert(1)</script>', '一'.repeat(300),
  "'; DROP TABLE drafts; --", '{{constructor}}', '__proto__', 'constructor', '1e309', '-1', '0', '1.5', 'NaN', '9'.repeat(40), '😀', '　',
];

function valueFor(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * 12);
  switch (k) {
    case 0: return null;
    case 1: return Math.floor(r() * 10);
    case 2: return -Math.floor(r() * 1e6);
    case 3: return r() * 1e12;
    case 4: return NASTY[Math.floor(r() * NASTY.length)];
    case 5: return true;
    case 6: return depth < 3 ? [valueFor(r, depth + 1), valueFor(r, depth + 1)] : [];
    case 7: return depth < 3 ? { [NASTY[Math.floor(r() * NASTY.length)] || 'k']: valueFor(r, depth + 1) } : {};
    case 8: return 't3.new.natural';
    case 9: return 2023;
    case 10: return '临江市桦树镇人民政府';
    default: return '\ud83d';
  }
}

/** A plausible body for the route, then mutated: fields dropped, retyped or replaced by nasty values. */
function bodyFor(r: () => number, path: string): string | FormData | undefined {
  const pick = r();
  if (pick < 0.08) return '{oops';
  if (pick < 0.12) return '';
  if (pick < 0.16) {
    const f = new FormData();
    f.set('file', new Blob([NASTY[Math.floor(r() * NASTY.length)]]), String(valueFor(r)).slice(0, 40) || 'x.txt');
    return f;
  }
  const good: Record<string, unknown> = path.includes('/api/chat')
    ? { draftId, messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: '收到3件申请' }] }] }
    : path.endsWith('/api/drafts')
      ? { meta: { agency: '临江市桦树镇人民政府', year: 2023, level: '乡镇' }, numbers: { 't3.new.natural': 1 } }
      : path.includes('fill-zeros')
        ? { table: 't3' }
        : path.includes('/auth/login')
          ? { name: 'x', password: 'y' }
          : { numbers: { 't3.new.natural': 2 }, facts: [{ key: 'trainings', label: '培训', value: 2 }], meta: { date: '2024-01-20' }, instruction: '更简洁', section: 1 };
  const out: Record<string, unknown> = JSON.parse(JSON.stringify(good));
  for (const key of Object.keys(out)) {
    const m = r();
    if (m < 0.2) delete out[key];
    else if (m < 0.5) out[key] = valueFor(r);
  }
  if (r() < 0.2) out[String(valueFor(r)).slice(0, 20) || 'extra'] = valueFor(r);
  return JSON.stringify(out);
}

/** Percent-encode; a lone surrogate becomes the raw invalid UTF-8 sequence a hostile client would send. */
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

function requestFor(r: () => number) {
  const id = r() < 0.7 ? draftId : enc(String(valueFor(r))).slice(0, 80) || 'x';
  const v = r() < 0.5 ? '1' : enc(String(valueFor(r))).slice(0, 20) || '0';
  const sec = ['1', '5', '2', '%', '一、总体情况', enc('总体情况'), '%E4', 'abc'][Math.floor(r() * 8)];
  const routes: [string, string][] = [
    ['GET', '/api/health'], ['GET', '/api/drafts'], ['POST', '/api/drafts'], ['GET', `/api/drafts/${id}`], ['PATCH', `/api/drafts/${id}`],
    ['GET', `/api/drafts/${id}/versions`], ['POST', `/api/drafts/${id}/versions/${v}/restore`], ['POST', `/api/drafts/${id}/generate`],
    ['POST', `/api/drafts/${id}/generate?stream=1`], ['POST', `/api/drafts/${id}/sections/${sec}/regenerate`], ['POST', `/api/drafts/${id}/fill-zeros`],
    ['GET', `/api/drafts/${id}/export?format=${['md', 'html', 'txt', 'docx', 'pdf', '%', ''][Math.floor(r() * 7)]}`],
    ['POST', '/api/chat'], ['GET', `/api/chat/${id}`], ['GET', `/api/search?q=${enc(String(valueFor(r)))}&k=${enc(String(valueFor(r)))}&level=${enc(String(valueFor(r)))}`],
    ['GET', '/api/corpus'], ['GET', `/api/corpus/${id}`], ['POST', `/api/corpus?filename=${enc(String(valueFor(r)))}`], ['POST', '/api/evals'],
    ['GET', `/api/format/${v}`], ['GET', `/api/format-for-year/${v}`], ['POST', '/api/auth/login'], ['GET', '/api/auth/me'], ['POST', '/api/auth/logout'],
    ['DELETE', `/api/drafts/${id}`], ['PUT', '/api/drafts'], ['GET', `/${enc(String(valueFor(r))).slice(0, 40)}.js`],
  ];
  const [method, path] = routes[Math.floor(r() * routes.length)];
  const headers: Record<string, string> = {};
  const ct = r();
  if (ct < 0.6) headers['content-type'] = 'application/json';
  else if (ct < 0.7) headers['content-type'] = 'text/plain';
  else if (ct < 0.8) headers['content-type'] = 'multipart/form-data; boundary=zzz';
  if (r() < 0.15) headers['if-match'] = String(valueFor(r)).replace(/[^\x20-\x7e]/g, '').slice(0, 30) || '"1"';
  const body = method === 'GET' || method === 'HEAD' ? undefined : bodyFor(r, path);
  if (body instanceof FormData) delete headers['content-type'];
  return { method, path, headers, body };
}

async function assertAnswer(res: Response, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
    const j = (await res.json()) as { error?: unknown };
    expect(typeof j.error, what).toBe('string');
    expect(j.error as string, what).toMatch(/[\u4e00-\u9fff]/);
  } else await res.arrayBuffer();
}

beforeAll(async () => {
  store = openStore(':memory:');
  app = createApp({ storage: sqliteStorage(store), embedder: new LocalEmbedder(), config: { auth: { disabled: true } } });
  const created = await app.request('/api/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ meta: { agency: '临江市桦树镇人民政府', year: 2023, level: '乡镇' } }) });
  draftId = ((await created.json()) as { id: string }).id;
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((res) => server.once('listening', () => res()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close?.();
  store?.close();
});

describe('fuzzing every route', () => {
  it(`${N_IN_PROCESS} seeded requests in process: no 5xx, Chinese messages`, async () => {
    const r = rng(SEED);
    const statuses = new Map<number, number>();
    for (let i = 0; i < N_IN_PROCESS; i++) {
      const q = requestFor(r);
      const res = await app.request(q.path, { method: q.method, headers: q.headers, body: q.body });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      await assertAnswer(res, `#${i} ${q.method} ${q.path} ${typeof q.body === 'string' ? q.body.slice(0, 120) : ''}`);
    }
    // The fuzz reaches the handlers: many requests succeed, many are refused for their content (not only routing).
    expect(statuses.get(200) ?? 0).toBeGreaterThan(200);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(200);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(50);
  }, 240_000);

  it(`${N_HTTP} seeded requests over real HTTP: no 5xx`, async () => {
    const r = rng(SEED + 1);
    for (let i = 0; i < N_HTTP; i++) {
      const q = requestFor(r);
      const res = await fetch(base + q.path, { method: q.method, headers: q.headers, body: q.body });
      await assertAnswer(res, `#${i} ${q.method} ${q.path}`);
    }
  }, 240_000);

  it('a lone surrogate in the agency does not break exports', async () => {
    const c = await app.request('/api/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"meta":{"agency":"桦树镇\\ud800人民政府","year":2023}}' });
    expect(c.status).toBeLessThan(500);
    if (c.status === 201) {
      const id = ((await c.json()) as { id: string }).id;
      for (const f of ['md', 'html', 'txt', 'docx']) expect((await app.request(`/api/drafts/${id}/export?format=${f}`)).status, f).toBe(200);
    }
  });
});
