// Accounts over real HTTP on loopback: who may call what, from where, and how a browser session proves itself.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, hashPassword } from '../../server/auth/index.js';
import { nodeScrypt, start } from '../../server/node.js';

let server: Awaited<ReturnType<typeof start>>;
let dir: string;
const tokens: Record<string, string> = {};
const TOWN = '临江市桦树镇人民政府';
const OTHER = '酉阳县铜鼓镇人民政府';
const META = (agency: string) => ({ meta: { agency, year: 2023, level: '乡镇' } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-auth-'));
  const corpus = join(dir, 'corpus', 'seeds');
  mkdirSync(corpus, { recursive: true });
  copyFileSync('corpus/seeds/001_633163d6db5cefeb.txt', join(corpus, '001.txt'));
  server = await start({ port: 0, dbPath: join(dir, 'db.sqlite'), corpusDir: join(dir, 'corpus'), quiet: true });
  const users = server.storage.users;
  const add = async (name: string, role: 'admin' | 'reviewer' | 'clerk', extra: { agency?: string; reviews?: string[] } = {}) => {
    const u = await users.create({ name, role, ...extra, passwordHash: await hashPassword(`${name}-password`, nodeScrypt) });
    tokens[name] = await createToken(users, u.id, 'test');
  };
  await add('root', 'admin');
  await add('clerk', 'clerk', { agency: TOWN });
  await add('clerk2', 'clerk', { agency: OTHER });
  await add('reader', 'reviewer', { reviews: [TOWN] });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (p: string) => new URL(p, server.url);
const as = (who: string, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${tokens[who]}` } });
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function login(name: string, password = `${name}-password`) {
  const r = await fetch(url('/api/auth/login'), json({ name, password }));
  const cookies = r.headers.getSetCookie();
  const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
  return { r, cookie, cookies, csrf: ((await r.json()) as { csrf?: string }).csrf };
}

describe('accounts and roles', () => {
  it('refuses every data route without credentials (401, Chinese), keeps health and the format public', async () => {
    for (const p of ['/api/drafts', '/api/search?q=主动公开', '/api/corpus', '/api/chat/abc']) {
      const r = await fetch(url(p));
      expect(r.status, p).toBe(401);
      expect(((await r.json()) as { error: string }).error).toMatch(/登录/);
    }
    expect((await fetch(url('/api/drafts'), json(META(TOWN)))).status).toBe(401);
    expect((await fetch(url('/api/health'))).status).toBe(200);
    expect((await fetch(url('/api/format/2021'))).status).toBe(200);
  });

  it('a clerk creates and sees only their own agency; another clerk cannot read or list it', async () => {
    const own = await fetch(url('/api/drafts'), as('clerk', json(META(TOWN))));
    expect(own.status).toBe(201);
    const id = ((await own.json()) as { id: string }).id;
    const foreign = await fetch(url('/api/drafts'), as('clerk', json(META(OTHER))));
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toContain(TOWN);

    expect((await fetch(url(`/api/drafts/${id}`), as('clerk2'))).status).toBe(404);
    const patch = await fetch(url(`/api/drafts/${id}`), as('clerk2', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"numbers":{"t3.new.natural":5}}' }));
    expect(patch.status).toBe(404);
    const list2 = (await (await fetch(url('/api/drafts'), as('clerk2'))).json()) as { drafts: { id: string }[] };
    expect(list2.drafts.map((d) => d.id)).not.toContain(id);
    const list1 = (await (await fetch(url('/api/drafts'), as('clerk'))).json()) as { drafts: { id: string }[] };
    expect(list1.drafts.map((d) => d.id)).toContain(id);
    // The chat of a foreign draft is not readable either.
    expect((await fetch(url(`/api/chat/${id}`), as('clerk2'))).status).toBe(404);
    const chat = await fetch(url('/api/chat'), as('clerk2', json({ draftId: id, messages: [{ id: 'm', role: 'user', parts: [{ type: 'text', text: '收到3件申请' }] }] })));
    expect(chat.status).toBe(404);
  });

  it('a reviewer reads assigned agencies only and cannot write; admin-only routes refuse other roles', async () => {
    const id = ((await (await fetch(url('/api/drafts'), as('clerk', json(META(TOWN))))).json()) as { id: string }).id;
    expect((await fetch(url(`/api/drafts/${id}`), as('reader'))).status).toBe(200);
    const w = await fetch(url(`/api/drafts/${id}`), as('reader', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"numbers":{"t3.new.natural":5}}' }));
    expect(w.status).toBe(403);
    expect((await fetch(url('/api/drafts'), as('reader', json(META(TOWN))))).status).toBe(403);
    const up = await fetch(url('/api/corpus?filename=a.txt'), as('clerk', { method: 'POST', body: '政府信息公开' }));
    expect(up.status).toBe(403);
    const ev = await fetch(url('/api/evals'), as('reader', json({ suite: 'parse' })));
    expect(ev.status).toBe(403);
  });

  it('rejects a revoked or made-up token', async () => {
    const r = await fetch(url('/api/drafts'), { headers: { authorization: 'Bearer nb_not-a-real-token' } });
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: string }).error).toMatch(/令牌/);
  });
});

describe('browser sessions', () => {
  it('logs in with a password: HttpOnly SameSite=Lax session cookie; writes need the CSRF token', async () => {
    const { r, cookie, cookies, csrf } = await login('clerk');
    expect(r.status).toBe(200);
    const session = cookies.find((c) => c.startsWith('nianbao_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(csrf).toBeTruthy();
    expect((await fetch(url('/api/drafts'), { headers: { cookie } })).status).toBe(200);
    const noCsrf = await fetch(url('/api/drafts'), { ...json(META(TOWN)), headers: { 'content-type': 'application/json', cookie } });
    expect(noCsrf.status).toBe(403);
    expect(((await noCsrf.json()) as { error: string }).error).toMatch(/CSRF/);
    const ok = await fetch(url('/api/drafts'), { ...json(META(TOWN)), headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf! } });
    expect(ok.status).toBe(201);
    // Logging out ends the session.
    await fetch(url('/api/auth/logout'), { method: 'POST', headers: { cookie, 'x-csrf-token': csrf! } });
    expect((await fetch(url('/api/drafts'), { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a wrong password with 401, then throttles the name after 5 failures (429)', async () => {
    for (let i = 0; i < 5; i++) expect((await login('reader', 'wrong')).r.status).toBe(401);
    const r = await login('reader');
    expect(r.r.status).toBe(429);
  });

  it('refuses cross-origin writes and foreign Host names (DNS rebinding) with 403', async () => {
    const { cookie, csrf } = await login('clerk2');
    const cross = await fetch(url('/api/chat'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'http://evil.example', cookie, 'x-csrf-token': csrf! },
      body: JSON.stringify({ draftId: 'x', messages: [] }),
    });
    expect(cross.status).toBe(403);
    expect(((await cross.json()) as { error: string }).error).toMatch(/跨站/);
    // A page on another host name that resolves to 127.0.0.1: the Host header gives it away.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/health', headers: { host: `rebind.evil.example:${server.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('first start', () => {
  it('prints a one-time login link that signs in a local admin, and only once', async () => {
    const d2 = mkdtempSync(join(tmpdir(), 'nianbao-first-'));
    mkdirSync(join(d2, 'corpus'));
    const s = await start({ port: 0, dbPath: join(d2, 'db.sqlite'), corpusDir: join(d2, 'corpus'), quiet: true });
    try {
      expect(s.loginUrl).toMatch(/\/api\/auth\/bootstrap\?token=/);
      const first = await fetch(s.loginUrl!, { redirect: 'manual' });
      expect(first.status).toBe(302);
      const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const me = (await (await fetch(new URL('/api/auth/me', s.url), { headers: { cookie } })).json()) as { user: { role: string } };
      expect(me.user.role).toBe('admin');
      expect((await fetch(s.loginUrl!, { redirect: 'manual' })).status).toBe(403);
    } finally {
      await s.close();
      rmSync(d2, { recursive: true, force: true });
    }
  });
});
