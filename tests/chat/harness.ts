// A local app with the drafts and chat routes on a temp SQLite file (until the lead's createApp is used everywhere).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModel } from 'ai';
import { Hono } from 'hono';
import { uiMessageChunkSchema } from 'ai';
import { chatRoutes } from '../../server/http/chat.js';
import { draftRoutes } from '../../server/http/drafts.js';
import { openStore } from '../../server/store/db.js';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';

export function localApp(opts: { model?: LanguageModel; timeout?: { totalMs: number; chunkMs?: number }; historyCap?: { messages: number; chars: number } } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-chat-'));
  const store = openStore(join(dir, 'test.db'));
  const storage = sqliteStorage(store);
  const drafts = storage.drafts;
  const app = new Hono();
  app.route('/api/drafts', draftRoutes({ drafts, model: opts.model }));
  app.route('/', chatRoutes({ drafts, chat: storage.chat, model: opts.model, timeout: opts.timeout, historyCap: opts.historyCap }));
  return {
    app,
    drafts,
    store,
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const META = { agency: '临江市桦树镇人民政府', year: 2023, level: '乡镇' as const };

/** Parse an SSE body into its `data:` payloads (JSON or the [DONE] marker). */
export function sseEvents(body: string): (Record<string, unknown> | '[DONE]')[] {
  return body
    .split('\n\n')
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => {
      const data = b
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      return data === '[DONE]' ? '[DONE]' : (JSON.parse(data) as Record<string, unknown>);
    });
}

/** Validate every chunk against the AI SDK's own UI message chunk schema. Returns the invalid ones. */
export async function invalidChunks(events: (Record<string, unknown> | '[DONE]')[]) {
  const schema = uiMessageChunkSchema();
  const bad: unknown[] = [];
  for (const e of events) {
    if (e === '[DONE]') continue;
    const r = await schema.validate!(e);
    if (!r.success) bad.push(e);
  }
  return bad;
}

export const userMessage = (text: string, id = `u${Math.random().toString(36).slice(2)}`) => ({ id, role: 'user', parts: [{ type: 'text', text }] });
