// No lost updates, over real HTTP on loopback: an edit made while a slow model writes the prose survives into the
// export; stale writers get 409 naming what changed; writes without a base merge field by field; restores are precise.
import { createOpenAI } from '@ai-sdk/openai';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { createApp } from '../../server/http/app.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { openStore, type Store } from '../../server/store/db.js';
import { GOOD_1, GOOD_5, INPUT } from '../draft/fixtures.js';
import { sectionOf, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';

let fake: FakeOpenAI;
let store: Store;
let base: string;
let close: () => void;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  store = openStore(':memory:');
  const model = createOpenAI({ baseURL: fake.baseURL, apiKey: 't', name: 'fake' }).chat('m');
  const app = createApp({ storage: sqliteStorage(store), embedder: new LocalEmbedder(), model, config: { auth: { disabled: true } } });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(async () => {
  close?.();
  store?.close();
  await fake?.close();
});

type View = { id: string; version: number; input: { numbers: Record<string, number>; facts: { key?: string; value: unknown }[] }; draft: { tables: Record<string, { value: number | null }>; sections: { no: number; text: string }[] } };
const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: r.status, etag: r.headers.get('etag'), body: (await r.json()) as View & { error?: string } };
};
const create = async (input: object = INPUT) => (await call('POST', '/api/drafts', input)).body;

describe('no lost updates', () => {
  it('an edit saved while a slow model writes the prose is kept, in the tables and in the export', async () => {
    fake.script((req) => ({ kind: 'reply', text: sectionOf(req) === 1 ? GOOD_1 : GOOD_5, latencyMs: 1200 }));
    const d = await create();
    const gen = call('POST', `/api/drafts/${d.id}/generate`);
    await new Promise((r) => setTimeout(r, 300));
    const edit = await call('PATCH', `/api/drafts/${d.id}`, { numbers: { 't3.new.natural': 7 } });
    expect(edit.status).toBe(200);
    const done = await gen;
    expect(done.status).toBe(200);
    expect(done.body.input.numbers['t3.new.natural']).toBe(7);
    expect(done.body.draft.tables['t3.new.natural'].value).toBe(7);
    expect(done.body.draft.sections.find((s) => s.no === 1)!.text).toBe(GOOD_1.trim());
    const md = await (await fetch(`${base}/api/drafts/${d.id}/export?format=md`)).text();
    expect(md).toMatch(/\|\s*7\s*\|/);
  });

  it('a stale If-Match is refused with 409 naming what changed; nothing is written', async () => {
    fake.script((req) => ({ kind: 'reply', text: sectionOf(req) === 1 ? GOOD_1 : GOOD_5 }));
    const d = await create();
    const first = await call('PATCH', `/api/drafts/${d.id}`, { numbers: { 't3.new.natural': 1 } }, { 'if-match': `"${d.version}"` });
    expect(first.status).toBe(200);
    expect(first.etag).toBe(`"${first.body.version}"`);
    const stale = await call('PATCH', `/api/drafts/${d.id}`, { numbers: { 't3.new.natural': 2 } }, { 'if-match': `"${d.version}"` });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(new RegExp(`基于第${d.version}版`));
    expect(stale.body.error).toMatch(/修改表格数字/);
    const now = await call('GET', `/api/drafts/${d.id}`);
    expect(now.body.input.numbers['t3.new.natural']).toBe(1);
    // baseVersion in the body works the same; a malformed If-Match is a 400.
    expect((await call('POST', `/api/drafts/${d.id}/generate`, { baseVersion: d.version })).status).toBe(409);
    expect((await call('PATCH', `/api/drafts/${d.id}`, { numbers: {} }, { 'if-match': 'banana' })).status).toBe(400);
  });

  it('writes without a base merge field by field: two tabs editing different facts and cells both survive', async () => {
    const d = await create();
    const a = call('PATCH', `/api/drafts/${d.id}`, { facts: [{ key: 'trainings', label: '开展政务公开培训', value: 2, unit: '次' }], numbers: { 't4.review.upheld': 1 } });
    const b = call('PATCH', `/api/drafts/${d.id}`, { facts: [{ key: 'staff', label: '政务公开工作人员', value: 3, unit: '人' }], numbers: { 't3.new.legal': 4 } });
    const [ra, rb] = await Promise.all([a, b]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const now = (await call('GET', `/api/drafts/${d.id}`)).body;
    const facts = Object.fromEntries(now.input.facts.map((f) => [f.key, f.value]));
    expect(facts.trainings).toBe(2);
    expect(facts.staff).toBe(3);
    expect(now.input.numbers['t4.review.upheld']).toBe(1);
    expect(now.input.numbers['t3.new.legal']).toBe(4);
  });

  it('a generation the client aborts never replaces the current text', async () => {
    fake.script((req) => ({ kind: 'reply', text: sectionOf(req) === 1 ? `${GOOD_1}（新稿）` : GOOD_5, latencyMs: 1500 }));
    const d = await create();
    const before = d.draft.sections.find((s) => s.no === 1)!.text;
    const ctl = new AbortController();
    const p = fetch(`${base}/api/drafts/${d.id}/generate?stream=1`, { method: 'POST', signal: ctl.signal }).then((r) => r.body?.getReader().read());
    await new Promise((r) => setTimeout(r, 200));
    ctl.abort();
    await p.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2500));
    const now = (await call('GET', `/api/drafts/${d.id}`)).body;
    expect(now.draft.sections.find((s) => s.no === 1)!.text).toBe(before);
    expect(now.version).toBe(d.version);
  });
});

describe('versions a person can use', () => {
  it('restoring a section restores that section only; a whole restore is itself undoable', async () => {
    fake.script((req) => ({ kind: 'reply', text: sectionOf(req) === 1 ? GOOD_1 : GOOD_5 }));
    const d = await create();
    const v1text = d.draft.sections.find((s) => s.no === 1)!.text;
    await call('PATCH', `/api/drafts/${d.id}`, { numbers: { 't3.new.natural': 9 } });
    const gen = await call('POST', `/api/drafts/${d.id}/generate`);
    expect(gen.body.draft.sections.find((s) => s.no === 1)!.text).not.toBe(v1text);
    const restored = await call('POST', `/api/drafts/${d.id}/versions/${d.version}/restore`, { section: 1 });
    expect(restored.status).toBe(200);
    expect(restored.body.draft.sections.find((s) => s.no === 1)!.text).toBe(v1text);
    expect(restored.body.input.numbers['t3.new.natural']).toBe(9); // numbers untouched
    expect(restored.body.draft.sections.find((s) => s.no === 5)!.text).toBe(gen.body.draft.sections.find((s) => s.no === 5)!.text);

    const whole = await call('POST', `/api/drafts/${d.id}/versions/${d.version}/restore`);
    expect(whole.body.input.numbers['t3.new.natural']).toBe(d.input.numbers['t3.new.natural']);
    const undo = await call('POST', `/api/drafts/${d.id}/versions/${restored.body.version}/restore`);
    expect(undo.body.input.numbers['t3.new.natural']).toBe(9);
    const missing = await call('POST', `/api/drafts/${d.id}/versions/999/restore`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/没有第999版/);
  });

  it('consecutive form edits make one version, with a note naming everything that changed', async () => {
    const d = await create();
    await call('PATCH', `/api/drafts/${d.id}`, { numbers: { 't3.new.natural': 1 } });
    await call('PATCH', `/api/drafts/${d.id}`, { numbers: { 't3.new.commercial': 2 } });
    await call('PATCH', `/api/drafts/${d.id}`, { facts: [{ key: 'trainings', label: '开展政务公开培训', value: 2 }] });
    const v = (await (await fetch(`${base}/api/drafts/${d.id}/versions`)).json()) as { versions: { kind: string; note: string }[] };
    expect(v.versions.map((x) => x.kind)).toEqual(['input', 'generate', 'edit']);
    expect(v.versions.at(-1)!.note).toBe('修改表格数字、事实');
  });

  it('「其余未填的格子填 0」 fills only the blank leaves of the named table and says how many', async () => {
    const d = await create({ ...INPUT, numbers: { 't3.new.natural': 1 } });
    await call('PATCH', `/api/drafts/${d.id}`, { numbers: { 't4.review.upheld': 2 } });
    const r = await fetch(`${base}/api/drafts/${d.id}/fill-zeros`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"table":"t4"}' });
    const j = (await r.json()) as View & { filled: number };
    expect(r.status).toBe(200);
    expect(j.filled).toBe(11); // 表四 has 12 leaves; one was filled
    expect(j.input.numbers['t4.review.upheld']).toBe(2);
    expect(j.input.numbers['t4.direct.pending']).toBe(0);
    expect(Object.keys(j.input.numbers).filter((k) => k.startsWith('t3.'))).toEqual(['t3.new.natural']);
    const again = await fetch(`${base}/api/drafts/${d.id}/fill-zeros`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"table":"t4"}' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toMatch(/没有未填的格子/);
  });
});

describe('start from last year\'s report', () => {
  it('uploads last year\'s report: agency, 上年结转 from 结转下年度 and 现行有效 stock carried over and marked', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseText } = await import('../../server/parse/text.js');
    const text = readFileSync('corpus/seeds/001_633163d6db5cefeb.txt', 'utf8');
    const last = parseText(text);
    const form = new FormData();
    form.set('file', new Blob([text]), '2023年报告.txt');
    const r = await fetch(`${base}/api/drafts/from-report`, { method: 'POST', body: form });
    const j = (await r.json()) as View & { carryNotes: string[]; input: { meta: { agency: string; year: number }; carried: Record<string, string> } };
    expect(r.status, JSON.stringify(j)).toBe(201);
    expect(j.input.meta.agency).toBe(last.meta.agency);
    expect(j.input.meta.year).toBe(last.meta.year! + 1);
    for (const col of ['natural', 'commercial', 'research', 'welfare', 'legal', 'other']) {
      expect(j.input.numbers[`t3.carried.${col}`]).toBe(last.tables[`t3.next.${col}`].value);
      expect(j.input.carried[`t3.carried.${col}`]).toMatch(/结转下年度/);
    }
    expect(j.input.numbers['t2.normative.valid']).toBe(last.tables['t2.normative.valid'].value);
    expect(j.carryNotes.join()).toMatch(/带入/);
    // Nothing of this year is invented: this year's new applications stay blank.
    expect(j.input.numbers['t3.new.natural']).toBeUndefined();
    // Last year's report stays with the draft: a carry-over that no longer matches is a Y-CARRYOVER warning.
    const changed = await call('PATCH', `/api/drafts/${j.id}`, { numbers: { 't3.carried.natural': (last.tables['t3.next.natural'].value ?? 0) + 2 } });
    const rules = (changed.body as unknown as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain('Y-CARRYOVER');
    const bad = await fetch(`${base}/api/drafts/from-report?filename=x.txt`, { method: 'POST', body: '这不是年报' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: string }).error).toMatch(/机关全称|年度/);
  });
});

describe('never silent', () => {
  it('a hung model: the stream answers at once and ends within the deadline + 1 s with offline text and a notice', async () => {
    fake.script(() => ({ kind: 'hang' }));
    const s2 = openStore(':memory:');
    const model = createOpenAI({ baseURL: fake.baseURL, apiKey: 't', name: 'fake' }).chat('m');
    const deadline = 1500;
    const app = createApp({ storage: sqliteStorage(s2), embedder: new LocalEmbedder(), model, config: { auth: { disabled: true }, generateDeadlineMs: deadline } });
    const srv = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => srv.once('listening', () => r()));
    const b2 = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    try {
      const d = (await (await fetch(`${b2}/api/drafts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(INPUT) })).json()) as View;
      const t0 = Date.now();
      const res = await fetch(`${b2}/api/drafts/${d.id}/generate?stream=1`, { method: 'POST' });
      const reader = res.body!.getReader();
      const first = await reader.read();
      const firstMs = Date.now() - t0;
      let text = new TextDecoder().decode(first.value);
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      const totalMs = Date.now() - t0;
      expect(firstMs).toBeLessThan(2000);
      expect(totalMs).toBeLessThan(deadline + 1000);
      expect(text).toMatch(/event: done/);
      const done = JSON.parse(text.split('event: done')[1].split('data: ')[1].split('\n')[0]) as { notices: string[]; draft: { sections: { no: number; text: string }[] } };
      expect(done.notices.join()).toMatch(/超时/);
      expect(done.draft.sections.find((s) => s.no === 1)!.text.length).toBeGreaterThan(50);
    } finally {
      srv.close();
      s2.close();
    }
  });
});
