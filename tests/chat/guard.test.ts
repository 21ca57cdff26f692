// The chat with a model, guarded: a hang ends the turn with a Chinese error part; the model's text is shown only when
// grounded; the history sent is capped; resume answers 204; 「撤销」 never reaches the model.
import { createOpenAI } from '@ai-sdk/openai';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { capHistory } from '../../server/http/chat.js';
import { invalidChunks, localApp, META, sseEvents, userMessage } from './harness.js';

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };
type Chunk = Record<string, unknown>;
const toolCall = (name: string, input: unknown): Chunk[] => [
  { type: 'tool-call', toolCallId: `c${Math.random().toString(36).slice(2, 7)}`, toolName: name, input: JSON.stringify(input) },
  { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
];
const text = (t: string): Chunk[] => [
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: t },
  { type: 'text-end', id: 't' },
  { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
];
const scripted = (steps: (n: number) => Chunk[]) => {
  let n = 0;
  return new MockLanguageModelV3({
    doStream: async () => ({ stream: simulateReadableStream({ chunks: steps(n++) as never[], chunkDelayInMs: null, initialDelayInMs: null }) }),
  });
};

let h: ReturnType<typeof localApp> | undefined;
afterEach(() => h?.close());
async function setup(opts: Parameters<typeof localApp>[0]) {
  h = localApp(opts);
  const r = await h.app.request('/api/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ meta: META }) });
  return ((await r.json()) as { id: string }).id;
}
const chat = (draftId: string, t: string) =>
  h!.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ draftId, messages: [userMessage(t)] }) });
const replyText = (events: ReturnType<typeof sseEvents>) =>
  events.filter((e) => e !== '[DONE]' && e.type === 'text-delta').map((e) => (e as { delta: string }).delta).join('');

describe('chat with a model: guards', () => {
  it('a stream that never ends: the turn ends with a Chinese error part, quickly', async () => {
    const model = new MockLanguageModelV3({ doStream: async () => ({ stream: new ReadableStream({ start() {} }) }) });
    const id = await setup({ model, timeout: { totalMs: 600, chunkMs: 300 } });
    const t0 = Date.now();
    const events = sseEvents(await (await chat(id, '主动公开信息61条')).text());
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(await invalidChunks(events)).toEqual([]);
    const err = events.find((e) => e !== '[DONE]' && e.type === 'error') as { errorText: string } | undefined;
    expect(err?.errorText).toMatch(/超时|失败/);
  });

  it('the fake OpenAI server hanging: same Chinese error, the draft unchanged', async () => {
    const fake: FakeOpenAI = await startFakeOpenAI();
    try {
      fake.script(() => ({ kind: 'hang' }));
      const model = createOpenAI({ baseURL: fake.baseURL, apiKey: 'k' }).chat('fake');
      const id = await setup({ model, timeout: { totalMs: 800, chunkMs: 400 } });
      const before = (await h!.drafts.get(id))!.currentVersion;
      const events = sseEvents(await (await chat(id, '主动公开信息61条')).text());
      const err = events.find((e) => e !== '[DONE]' && e.type === 'error') as { errorText: string } | undefined;
      expect(err?.errorText).toMatch(/超时|失败/);
      expect((await h!.drafts.get(id))!.currentVersion).toBe(before);
    } finally {
      await fake.close();
    }
  });

  it('an ungrounded number in the model text is replaced by the diff with a notice', async () => {
    const model = scripted((n) => (n === 0 ? toolCall('addFacts', { facts: [{ key: 'published_total', value: 61 }] }) : text('已记录主动公开信息61条，比去年多出37条。')));
    const id = await setup({ model });
    const t = replyText(sseEvents(await (await chat(id, '主动公开信息61条')).text()));
    expect(t).not.toMatch(/37/);
    expect(t).toMatch(/未予显示/);
    expect(t).toMatch(/主动公开政府信息：61条（新填，原为空）/);
  });

  it('a grounded model text is shown, followed by the diff; 「撤销」 restores without calling the model', async () => {
    const model = scripted((n) => (n === 0 ? toolCall('addFacts', { facts: [{ key: 'published_total', value: 61 }] }) : text('已记录主动公开信息61条。')));
    const id = await setup({ model });
    const t = replyText(sseEvents(await (await chat(id, '主动公开信息61条')).text()));
    expect(t).toMatch(/^已记录主动公开信息61条。/);
    expect(t).toMatch(/撤销/);
    const calls = model.doStreamCalls.length;
    const u = replyText(sseEvents(await (await chat(id, '撤销')).text()));
    expect(u).toMatch(/已撤销/);
    expect(model.doStreamCalls.length).toBe(calls);
    expect((await h!.drafts.get(id))!.input.facts.find((f) => f.key === 'published_total')).toBeUndefined();
  });

  it('another agency named in the model text is not shown', async () => {
    const model = scripted(() => text('已参照龙游县横山镇人民政府的写法处理。'));
    const id = await setup({ model });
    const t = replyText(sseEvents(await (await chat(id, '你好')).text()));
    expect(t).not.toMatch(/横山镇/);
  });

  it('the history sent to the model is capped in messages and characters', async () => {
    const msgs = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', parts: [{ type: 'text' as const, text: 'x'.repeat(500) }] }));
    const capped = capHistory(msgs, { messages: 10, chars: 3000 });
    expect(capped.length).toBeLessThanOrEqual(10);
    expect(JSON.stringify(capped.map((m) => m.parts)).length).toBeLessThanOrEqual(3000 + 600);
    expect(capped[0].role).toBe('user');
    expect(capped.at(-1)!.id).toBe('m39');
    const model = scripted(() => text('好的。'));
    const id = await setup({ model, historyCap: { messages: 4, chars: 100_000 } });
    for (let i = 0; i < 5; i++) await (await chat(id, `第${i}句`)).text();
    const prompt = model.doStreamCalls.at(-1)!.prompt.filter((m) => m.role !== 'system');
    expect(prompt.length).toBeLessThanOrEqual(4);
  });

  it('GET /api/chat/:id/stream answers 204 (useChat resume)', async () => {
    const id = await setup({});
    const r = await h!.app.request(`/api/chat/${id}/stream`);
    expect(r.status).toBe(204);
  });
});
