import { readUIMessageStream, type UIMessageChunk } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidChunks, localApp, META, sseEvents, userMessage } from './harness.js';

let h: ReturnType<typeof localApp>;
let draftId: string;
beforeAll(async () => {
  h = localApp();
  const r = await h.app.request('/api/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ meta: META }) });
  expect(r.status).toBe(201);
  draftId = ((await r.json()) as { id: string }).id;
});
afterAll(() => h.close());

const chat = (text: string, extra: Record<string, unknown> = {}) =>
  h.app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ draftId, messages: [userMessage(text)], ...extra }),
  });

describe('POST /api/chat offline', () => {
  it('speaks the UI message stream protocol: header, valid chunks, [DONE]', async () => {
    const r = await chat('今年公众号发了149条，开了两次培训，收到3件申请，两件公开一件部分公开');
    expect(r.status).toBe(200);
    expect(r.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(r.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = sseEvents(await r.text());
    expect(events.at(-1)).toBe('[DONE]');
    expect(await invalidChunks(events)).toEqual([]);
    const types = events.filter((e) => e !== '[DONE]').map((e) => (e as { type: string }).type);
    expect(types[0]).toBe('start');
    expect(types).toContain('text-start');
    expect(types).toContain('text-delta');
    expect(types).toContain('text-end');
    expect(types.at(-1)).toBe('finish');
  });

  it('a useChat-style reader assembles the reply: understood, changed, asked, missing', async () => {
    const r = await chat('都是自然人');
    const chunks = sseEvents(await r.text()).filter((e) => e !== '[DONE]') as UIMessageChunk[];
    const stream = new ReadableStream<UIMessageChunk>({
      start(c) {
        for (const x of chunks) c.enqueue(x);
        c.close();
      },
    });
    let last;
    for await (const m of readUIMessageStream({ stream })) last = m;
    const text = last!.parts.filter((p) => p.type === 'text').map((p) => (p as { text: string }).text).join('');
    expect(text).toMatch(/已更新草稿/);
    expect(text).toMatch(/自然人.*3/);
    expect(text).toMatch(/还缺/);
    expect(last!.parts.some((p) => p.type === 'data-draft')).toBe(true);
    const d = (await (await h.app.request(`/api/drafts/${draftId}`)).json()) as { input: { numbers: Record<string, number>; facts: { key: string; value: number }[] } };
    expect(d.input.numbers['t3.new.natural']).toBe(3);
    expect(d.input.numbers['t3.r1.natural']).toBe(2);
    expect(d.input.facts.find((f) => f.key === 'published_newmedia')?.value).toBe(149);
  });

  it('every change is a new draft version; the conversation is stored with the draft', async () => {
    const before = ((await (await h.app.request(`/api/drafts/${draftId}/versions`)).json()) as { versions: unknown[] }).versions.length;
    await (await chat('行政复议1起，结果维持')).text();
    const after = ((await (await h.app.request(`/api/drafts/${draftId}/versions`)).json()) as { versions: { note: string }[] }).versions;
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)!.note).toMatch(/对话/);
    const hist = (await (await h.app.request(`/api/chat/${draftId}`)).json()) as { messages: { role: string }[] };
    expect(hist.messages.length).toBe(6);
    expect(hist.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
  });

  it('a statement that changes nothing makes no version', async () => {
    const before = ((await (await h.app.request(`/api/drafts/${draftId}/versions`)).json()) as { versions: unknown[] }).versions.length;
    await (await chat('你好')).text();
    const after = ((await (await h.app.request(`/api/drafts/${draftId}/versions`)).json()) as { versions: unknown[] }).versions.length;
    expect(after).toBe(before);
  });

  it('commands: 生成, 重新生成第一部分 with an instruction, 校验, 导出Word', async () => {
    const gen = await (await chat('生成')).text();
    expect(gen).toMatch(/已生成正文/);
    const regen = await (await chat('重新生成第一部分，更简洁')).text();
    expect(regen).toMatch(/已重新生成第一部分（要求：更简洁）/);
    const check = await (await chat('校验')).text();
    expect(check).toMatch(/校验/);
    const exp = await (await chat('导出Word')).text();
    expect(exp).toContain(`/api/drafts/${draftId}/export?format=docx`);
  });

  it('refuses bad input with 400 and the field named', async () => {
    const long = await chat('一'.repeat(20_000));
    expect(long.status).toBe(413);
    const j = (await long.json()) as { error: string; field: string };
    expect(j.error).toMatch(/消息过长（20000字）/);
    expect(j.field).toBe('messages');
    const empty = await chat('   ');
    expect(empty.status).toBe(400);
    const none = await h.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [userMessage('x')] }) });
    expect(((await none.json()) as { field: string }).field).toBe('draftId');
    const missing = await h.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ draftId: 'nope', messages: [userMessage('x')] }) });
    expect(missing.status).toBe(404);
    const notJson = await h.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('HTML in a message is stored and answered as text, never interpreted', async () => {
    const r = await chat('<script>alert(1)</script>主动公开信息<b>61</b>条');
    const body = await r.text();
    expect(r.status).toBe(200);
    expect(await invalidChunks(sseEvents(body))).toEqual([]);
  });
});
