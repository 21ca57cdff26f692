// A small OpenAI-compatible server on 127.0.0.1 for tests and benchmarks: /v1/chat/completions, streamed (SSE) and
// not, scriptable per call (normal reply, 500, 429 with retry-after, hang, malformed stream, empty stream …).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  | { kind: 'reply'; text: string; latencyMs?: number; chunkDelayMs?: number; chunks?: number }
  | { kind: 'status'; status: number; retryAfterMs?: number; retryAfter?: string; body?: string }
  | { kind: 'hang' }
  | { kind: 'malformed' }
  | { kind: 'empty' };

export interface ReceivedRequest {
  body: ChatBody;
  /** All message contents joined (system, user, assistant …) — what the model was told. */
  prompt: string;
  stream: boolean;
  at: number;
}

export interface ChatBody {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string | { type: string; text?: string }[] }[];
}

export type Script = (req: ReceivedRequest, index: number) => Behaviour;

export interface FakeOpenAI {
  /** Base URL including /v1, for NIANBAO_LLM_BASE_URL / createOpenAI({ baseURL }). */
  baseURL: string;
  requests: ReceivedRequest[];
  /** Replace the script (per test). */
  script(fn: Script): void;
  close(): Promise<void>;
}

export const promptOf = (body: ChatBody) =>
  body.messages.map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => p.text ?? '').join(''))).join('\n');

/** Which narrative section a request drafts (the system prompt names its heading). */
export function sectionOf(req: ReceivedRequest): 1 | 5 | undefined {
  const system = req.body.messages.find((m) => m.role === 'system');
  const s = typeof system?.content === 'string' ? system.content : '';
  if (s.includes('「一、总体情况」')) return 1;
  if (s.includes('「五、存在的主要问题及改进情况」')) return 5;
  return undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function chunk(id: string, delta: object, finish: string | null = null, usage?: object) {
  return `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1, model: 'fake', choices: [{ index: 0, delta, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`;
}

function splitText(text: string, n: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / n));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function respond(res: ServerResponse, b: Behaviour, stream: boolean, closed: () => boolean) {
  const id = `chatcmpl-${Math.random().toString(36).slice(2)}`;
  const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
  if (b.kind === 'hang') return; // never answer; the socket is destroyed on close()
  if (b.kind === 'status') {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (b.retryAfterMs !== undefined) headers['retry-after-ms'] = String(b.retryAfterMs);
    if (b.retryAfter !== undefined) headers['retry-after'] = b.retryAfter;
    res.writeHead(b.status, headers);
    res.end(b.body ?? JSON.stringify({ error: { message: `fake error ${b.status}`, type: 'server_error', code: null } }));
    return;
  }
  if (b.kind === 'reply' && b.latencyMs) await sleep(b.latencyMs);
  if (closed()) return;
  if (!stream) {
    const content = b.kind === 'reply' ? b.text : b.kind === 'empty' ? '' : undefined;
    if (b.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "x", "choices": [ {"message": ');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id, object: 'chat.completion', created: 1, model: 'fake', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.write(chunk(id, { role: 'assistant', content: '' }));
  if (b.kind === 'malformed') {
    res.write('data: {"id": "x", "choices": [ {"delta": {"content": "未完\n\n');
    res.end();
    return;
  }
  if (b.kind === 'reply') {
    for (const piece of splitText(b.text, b.chunks ?? 8)) {
      if (closed()) return;
      res.write(chunk(id, { content: piece }));
      if (b.chunkDelayMs) await sleep(b.chunkDelayMs);
    }
  }
  res.write(chunk(id, {}, 'stop', usage));
  res.write('data: [DONE]\n\n');
  res.end();
}

export async function startFakeOpenAI(script: Script = () => ({ kind: 'reply', text: '好的。' })): Promise<FakeOpenAI> {
  let current = script;
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let closed = false;
    res.on('close', () => (closed = true));
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const raw: Buffer[] = [];
    for await (const c of req) raw.push(c as Buffer);
    let body: ChatBody;
    try {
      body = JSON.parse(Buffer.concat(raw).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const received: ReceivedRequest = { body, prompt: promptOf(body), stream: Boolean(body.stream), at: Date.now() };
    requests.push(received);
    await respond(res, current(received, requests.length - 1), received.stream, () => closed);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (fn) => (current = fn),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
