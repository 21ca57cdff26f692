// Memory stays flat under load: 1,000 mixed requests (create, edit, generate offline, export, search, chat) after a
// warm-up; the heap after a forced GC grows by less than a bound a leak per request would exceed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { createApp } from '../../server/http/app.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { openStore, type Store } from '../../server/store/db.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(() => {
  store = openStore(':memory:');
  app = createApp({ storage: sqliteStorage(store), embedder: new LocalEmbedder(), config: { auth: { disabled: true } } });
});
afterAll(() => store?.close());

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function round(i: number, id: string) {
  const steps = [
    () => app.request(`/api/drafts/${id}`, json('PATCH', { numbers: { 't3.new.natural': i % 7 } })),
    () => app.request(`/api/drafts/${id}`),
    () => app.request(`/api/drafts/${id}/export?format=${['md', 'html', 'txt'][i % 3]}`),
    () => app.request('/api/chat', json('POST', { draftId: id, messages: [{ id: `m${i}`, role: 'user', parts: [{ type: 'text', text: `公众号发了${i}条` }] }] })),
    () => app.request(`/api/search?q=${encodeURIComponent('主动公开 信息')}`),
  ];
  const r = await steps[i % steps.length]();
  await r.arrayBuffer();
  return r.status;
}

describe('soak', () => {
  it('1,000 requests: no 5xx and the heap stays flat', async () => {
    const created = await app.request('/api/drafts', json('POST', { meta: { agency: '临江市桦树镇人民政府', year: 2023, level: '乡镇' } }));
    const id = ((await created.json()) as { id: string }).id;
    for (let i = 0; i < 200; i++) await round(i, id);
    gc();
    const before = process.memoryUsage().heapUsed;
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i++) statuses.push(await round(i, id));
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // A leak of a few KB per request would show as many MB; the bound leaves room for caches that settle.
    expect(grown).toBeLessThan(24);
  }, 300_000);
});
