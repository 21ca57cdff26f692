// /api/drafts over real HTTP-shaped requests (app.request), real SQLite (openStore :memory:), fake provider.
import { createOpenAI } from '@ai-sdk/openai';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftRoutes } from '../../server/http/drafts.js';
import { openStore, type Store } from '../../server/store/db.js';
import { DraftStore } from '../../server/store/drafts.js';
import { sectionOf, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { GOOD_1, GOOD_5, INPUT } from './fixtures.js';

let fake: FakeOpenAI;
let store: Store;
let app: Hono;
let offlineApp: Hono;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  store = openStore(':memory:');
  const drafts = new DraftStore(store);
  const model = createOpenAI({ baseURL: fake.baseURL, apiKey: 't', name: 'fake' }).chat('m');
  app = new Hono().route('/api/drafts', draftRoutes({ drafts, model, timeout: { totalMs: 1500, chunkMs: 800 }, maxRetries: 0 }));
  offlineApp = new Hono().route('/api/drafts', draftRoutes({ drafts, modelNotice: '未配置大模型' }));
});
afterAll(async () => {
  store.close();
  await fake.close();
});

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
async function create(a = app) {
  const res = await a.request('/api/drafts', json(INPUT));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; version: number; draft: { sections: { no: number; text: string; generator: string }[] } };
}

describe('/api/drafts', () => {
  it('creates a complete draft from partial data and stores the input as version 1', async () => {
    const d = await create();
    expect(d.draft.sections).toHaveLength(6);
    expect(d.draft.sections.every((s) => s.text.length > 0)).toBe(true);
    const v = (await (await app.request(`/api/drafts/${d.id}/versions`)).json()) as { versions: { version: number; kind: string }[] };
    expect(v.versions.map((x) => x.kind)).toEqual(['input', 'generate']);
  });

  it('rejects invalid bodies with the field and a Chinese reason', async () => {
    const res = await app.request('/api/drafts', json({ meta: { agency: '某', year: 1999 } }));
    expect(res.status).toBe(400);
    const b = (await res.json()) as { error: string; issues: { field: string; reason: string }[] };
    expect(b.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['meta.agency', 'meta.year']));
    expect(b.error).toContain('报告年度不早于2008年');
    const bad = await app.request('/api/drafts', { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('不是有效的 JSON');
    const nf = await app.request('/api/drafts/nope');
    expect(nf.status).toBe(404);
    expect(((await nf.json()) as { error: string }).error).toContain('不存在');
  });

  it('a provider failure during generate still answers 200 with an offline draft; input never lost', async () => {
    const d = await create();
    fake.script(() => ({ kind: 'status', status: 500 }));
    const res = await app.request(`/api/drafts/${d.id}/generate`, { method: 'POST' });
    expect(res.status).toBe(200);
    const b = (await res.json()) as { notices: string[]; input: unknown; version: number };
    expect(b.notices.join('')).toMatch(/500.*离线起草器/);
    expect(b.input).toMatchObject({ meta: { agency: INPUT.meta.agency } });
    expect(b.version).toBe(3);
  });

  it('streams progress, deltas and the final draft as SSE', async () => {
    const d = await create();
    fake.script((req) => ({ kind: 'reply', text: sectionOf(req) === 1 ? GOOD_1 : GOOD_5, chunks: 5 }));
    const res = await app.request(`/api/drafts/${d.id}/generate?stream=1`, { method: 'POST' });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events).toContain('progress');
    expect(events).toContain('delta');
    expect(events.at(-1)).toBe('done');
    expect(text).toContain('"stage":"retrieve"');
    expect(text).toContain('"stage":"validate"');
    const done = JSON.parse(text.trim().split('\n').at(-1)!.replace(/^data: /, ''));
    expect(done.sections.filter((s: { generator: string }) => s.generator === 'llm')).toHaveLength(2);
  });

  it('refuses numbers that do not fit their cell with a 400 naming the cell, and keeps the draft unchanged', async () => {
    const d = await create(offlineApp);
    const cases: [string, number, RegExp][] = [
      ['t3.new.natural', -2, /一、本年新收政府信息公开申请数量.*自然人.*非负整数/],
      ['t3.r1.commercial', 2.5, /予以公开.*商业企业.*非负整数/],
      ['t2.fee.amount', 1.123456, /行政事业性收费.*四位小数/],
      ['t3.new.total', 3, /合计.*由程序计算/],
      ['t9.x.y', 1, /单元格编号/],
    ];
    for (const [id, value, msg] of cases) {
      const r = await offlineApp.request(`/api/drafts/${d.id}`, { method: 'PATCH', body: JSON.stringify({ numbers: { [id]: value } }) });
      expect(r.status, id).toBe(400);
      const j = (await r.json()) as { error: string };
      expect(j.error).toMatch(msg);
    }
    const after = (await (await offlineApp.request(`/api/drafts/${d.id}`)).json()) as { version: number };
    expect(after.version).toBe(d.version);
  });

  it('edits numbers without touching prose, regenerates one section, lists and restores versions', async () => {
    const d = await create(offlineApp);
    const s1 = d.draft.sections[0].text;
    const patch = await offlineApp.request(`/api/drafts/${d.id}`, { method: 'PATCH', body: JSON.stringify({ numbers: { 't3.new.natural': 2, 't3.r1.natural': 2 } }) });
    expect(patch.status).toBe(200);
    const p = (await patch.json()) as { draft: { tables: Record<string, { value: number }>; sections: { text: string }[] } };
    expect(p.draft.tables['t3.new.total'].value).toBe(3);
    expect(p.draft.sections[0].text).toBe(s1);
    expect(p.draft.sections[2].text).toContain('新收政府信息公开申请3件');

    const before5 = p.draft.sections[4].text;
    const regen = await offlineApp.request(`/api/drafts/${d.id}/sections/5/regenerate`, json({ instruction: '更简洁' }));
    expect(regen.status).toBe(200);
    const r = (await regen.json()) as { version: number; draft: { sections: { text: string }[] } };
    expect(r.draft.sections[4].text.length).toBeLessThan(before5.length);
    expect(r.draft.sections[0].text).toBe(s1);

    const bad = await offlineApp.request(`/api/drafts/${d.id}/sections/2/regenerate`, json({}));
    expect(bad.status).toBe(400);

    const vs = (await (await offlineApp.request(`/api/drafts/${d.id}/versions`)).json()) as { versions: { version: number; kind: string; section: number | null }[] };
    expect(vs.versions.map((v) => v.kind)).toEqual(['input', 'generate', 'edit', 'section']);
    expect(vs.versions[3].section).toBe(5);
    const restored = (await (await offlineApp.request(`/api/drafts/${d.id}/versions/2/restore`, { method: 'POST' })).json()) as {
      version: number;
      draft: { tables: Record<string, { value: number }>; sections: { text: string }[] };
    };
    expect(restored.version).toBe(5);
    expect(restored.draft.tables['t3.new.total'].value).toBe(1);
    expect(restored.draft.sections[4].text).toBe(before5);
  });

  it('exports md, txt, html (model/user text escaped) and docx', async () => {
    const d = await create(offlineApp);
    await offlineApp.request(`/api/drafts/${d.id}`, { method: 'PATCH', body: JSON.stringify({ sections: [{ no: 6, text: '<script>alert(1)</script>' }] }) });
    const html = await offlineApp.request(`/api/drafts/${d.id}/export?format=html`);
    expect(html.status).toBe(200);
    const h = await html.text();
    expect(h).not.toContain('<script>alert(1)</script>');
    expect(h).toContain('&lt;script&gt;');
    const md = await (await offlineApp.request(`/api/drafts/${d.id}/export?format=md`)).text();
    expect(md).toContain('临江市桦树镇人民政府2023年政府信息公开工作年度报告');
    const txt = await offlineApp.request(`/api/drafts/${d.id}/export?format=txt`);
    expect(await txt.text()).toContain('一、总体情况');
    const docx = await offlineApp.request(`/api/drafts/${d.id}/export?format=docx`);
    expect(docx.status).toBe(200);
    const buf = Buffer.from(await docx.arrayBuffer());
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const pdf = await offlineApp.request(`/api/drafts/${d.id}/export?format=pdf`);
    expect(pdf.status).toBe(400);
  });
});
