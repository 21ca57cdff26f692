// The chat with a model: tool calls change the draft (one version each), the stream stays valid, the step cap holds.
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { invalidChunks, localApp, META, sseEvents, userMessage } from './harness.js';

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };

type Chunk = Record<string, unknown>;
const toolCall = (name: string, input: unknown, id = `c${Math.random().toString(36).slice(2, 7)}`): Chunk[] => [
  { type: 'tool-call', toolCallId: id, toolName: name, input: JSON.stringify(input) },
  { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
];
const text = (t: string): Chunk[] => [
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: t },
  { type: 'text-end', id: 't' },
  { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
];

/** Chat calls (they carry tools) follow the script; drafting calls from the generate tool get prose. */
function scripted(steps: (n: number) => Chunk[]) {
  let n = 0;
  return new MockLanguageModelV3({
    doStream: async (o) => ({
      stream: simulateReadableStream({
        chunks: (o.tools?.length ? steps(n++) : text('本年度，我镇认真贯彻落实《条例》，政务公开工作有序推进。')) as never[],
        chunkDelayInMs: null,
        initialDelayInMs: null,
      }),
    }),
  });
}

let h: ReturnType<typeof localApp> | undefined;
afterEach(() => h?.close());

async function setup(model: MockLanguageModelV3) {
  h = localApp({ model });
  const r = await h.app.request('/api/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ meta: META }) });
  return ((await r.json()) as { id: string }).id;
}
const chat = (draftId: string, t: string) =>
  h!.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ draftId, messages: [userMessage(t)] }) });

describe('POST /api/chat with a model', () => {
  it('setCells then a reply: valid chunks, the draft changed in one new version, tool parts stored', async () => {
    const model = scripted((n) => (n === 0 ? toolCall('setCells', { cells: [{ id: 't3.new.natural', value: 3 }, { id: 't3.new.total', value: 9 }] }) : text('已填写表三自然人3件。')));
    const id = await setup(model);
    const before = (await h!.drafts.versions(id)).length;
    const res = await chat(id, '收到自然人申请3件');
    expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const events = sseEvents(await res.text());
    expect(events.at(-1)).toBe('[DONE]');
    expect(await invalidChunks(events)).toEqual([]);
    const types = events.filter((e) => e !== '[DONE]').map((e) => (e as { type: string }).type);
    for (const t of ['start', 'tool-input-available', 'tool-output-available', 'data-draft', 'text-delta', 'finish']) expect(types).toContain(t);
    const out = events.find((e) => e !== '[DONE]' && e.type === 'tool-output-available') as { output: { errors: string[]; version: number } };
    // The computed total is refused with a reason; the leaf is taken.
    expect(out.output.errors.join()).toMatch(/合计.*由程序计算/);
    const d = (await h!.drafts.get(id))!;
    expect(d.input.numbers['t3.new.natural']).toBe(3);
    expect(d.input.numbers['t3.new.total']).toBeUndefined();
    expect((await h!.drafts.versions(id)).length).toBe(before + 1);
    // The system prompt is the file, filled with this draft's cells.
    const call = model.doStreamCalls[0];
    const system = call.prompt.find((m) => m.role === 'system');
    expect(JSON.stringify(system)).toContain('临江市桦树镇人民政府');
    expect(JSON.stringify(system)).toContain('t3.r6_2.natural');

    // Next turn: the stored conversation (with its tool call and result) goes back to the model.
    await (await chat(id, '好的')).text();
    const again = JSON.stringify(model.doStreamCalls.at(-1)!.prompt);
    expect(again).toContain('setCells');
    expect(again).toContain('收到自然人申请3件');
  });

  it('a model that never stops calling tools is cut off at the step cap', async () => {
    const model = scripted(() => toolCall('validate', {}));
    const id = await setup(model);
    const events = sseEvents(await (await chat(id, '校验')).text());
    expect(events.at(-1)).toBe('[DONE]');
    expect(model.doStreamCalls.filter((c) => c.tools?.length).length).toBe(6);
  });

  it('a failing model gives a Chinese error chunk; the user message is kept', async () => {
    const model = new MockLanguageModelV3({
      doStream: async () => {
        throw new Error('upstream 500');
      },
    });
    const id = await setup(model);
    const events = sseEvents(await (await chat(id, '主动公开信息61条')).text());
    expect(await invalidChunks(events)).toEqual([]);
    const err = events.find((e) => e !== '[DONE]' && e.type === 'error') as { errorText: string } | undefined;
    expect(err?.errorText).toMatch(/模型调用失败/);
    const hist = (await (await h!.app.request(`/api/chat/${id}`)).json()) as { messages: { role: string }[] };
    expect(hist.messages[0].role).toBe('user');
  });

  it('generate and exportLink tools', async () => {
    const model = scripted((n) => (n === 0 ? toolCall('generate', { section: 1, instruction: '更简洁' }) : n === 1 ? toolCall('exportLink', { format: 'docx' }) : text('好了。')));
    const id = await setup(model);
    const events = sseEvents(await (await chat(id, '重新生成第一部分，更简洁，然后给我Word')).text());
    const outputs = events.filter((e) => e !== '[DONE]' && e.type === 'tool-output-available') as { output: Record<string, unknown> }[];
    expect(outputs, JSON.stringify(events)).toHaveLength(2);
    expect(outputs[1].output.url).toBe(`/api/drafts/${id}/export?format=docx`);
    const last = (await h!.drafts.versions(id)).at(-1)!;
    expect(last.note).toMatch(/更简洁/);
  });
});
