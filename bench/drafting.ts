// Drafting benchmarks against a fake OpenAI-compatible provider with fixed latency:
// 1. server overhead on time-to-first-token (HTTP SSE route vs a direct model call), target ≤ 20 ms;
// 2. total draft time vs the slowest single section call (sections run concurrently), target ≤ 1.2×;
// 3. prompt size per section vs pasting three whole similar reports, target ≤ ⅓.
import { createOpenAI } from '@ai-sdk/openai';
import { serve } from '@hono/node-server';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { composeDraft, type Passage } from '../server/draft/index.js';
import { callModel } from '../server/draft/llm.js';
import { maskPassage } from '../server/draft/mask.js';
import { buildPrompt } from '../server/draft/prompts.js';
import { skeleton } from '../server/draft/structure.js';
import { parseDraftInput } from '../server/draft/compose.js';
import { draftRoutes } from '../server/http/drafts.js';
import { openStore } from '../server/store/db.js';
import { DraftStore } from '../server/store/drafts.js';
import { sectionOf, startFakeOpenAI } from '../tests/helpers/fake-openai.js';
import { GOOD_1, GOOD_5, INPUT } from '../tests/draft/fixtures.js';
import type { BenchRow } from './core.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const SEEDS = ['corpus/seeds'].find((d) => existsSync(d));

/** Seed reports as retrieval results (section 一 or 五 excerpt), as the corpus search would return them. */
function seedPassages(): { passages: Passage[]; whole: string[] } {
  if (!SEEDS) return { passages: [], whole: [] };
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).slice(0, 3);
  const whole = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const passages = whole.map((t, i) => {
    const start = Math.max(0, t.indexOf('总体情况'));
    return { id: files[i], text: t.slice(start, start + 1500), agency: t.split('\n')[0].replace(/\d{4}年.*$/, '') };
  });
  return { passages, whole };
}

export async function benchDrafting(): Promise<BenchRow[]> {
  const LATENCY = 150;
  const fake = await startFakeOpenAI((req) => ({
    kind: 'reply',
    text: sectionOf(req) === 1 ? GOOD_1 : GOOD_5,
    latencyMs: sectionOf(req) === 1 ? LATENCY : LATENCY / 2,
    chunks: 10,
    chunkDelayMs: 5,
  }));
  const model = createOpenAI({ baseURL: fake.baseURL, apiKey: 'bench', name: 'fake' }).chat('fake');
  const rows: BenchRow[] = [];
  const { passages, whole } = seedPassages();
  const retrieve = async () => passages;
  const input = parseDraftInput(INPUT);
  const sk = skeleton(input);
  const self = '我镇';
  try {
    // 1. TTFT: direct call vs through the HTTP route (real socket, SSE, store write of the input first).
    const p1 = buildPrompt({ no: 1, meta: input.meta, format: sk.format, facts: input.facts, tables: sk.tables, examples: passages.map((p) => maskPassage(p, self)) });
    const direct: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      let first = 0;
      await callModel({ model, system: p1.system, messages: [{ role: 'user', content: p1.user }], timeout: { totalMs: 10_000 }, maxRetries: 0, onDelta: () => (first ||= performance.now() - t0) });
      direct.push(first);
    }
    const store = openStore(':memory:');
    const app = new Hono().route('/api/drafts', draftRoutes({ drafts: new DraftStore(store), model, retrieve }));
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/drafts`;
    const routed: number[] = [];
    for (let i = 0; i < 8; i++) {
      const created = (await (await fetch(base, { method: 'POST', body: JSON.stringify(INPUT), headers: { 'content-type': 'application/json' } })).json()) as { id: string };
      const t0 = performance.now();
      const res = await fetch(`${base}/${created.id}/generate?stream=1`, { method: 'POST' });
      const reader = res.body!.getReader();
      const dec = new TextDecoder();
      let buf = '';
      let first = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buf += dec.decode(value, { stream: true });
        if (!first && buf.includes('event: delta')) first = performance.now() - t0;
      }
      routed.push(first);
    }
    server.close();
    store.close();
    // The route's first delta comes from the faster section (latency/2): compare with that section's direct TTFT.
    const direct5: number[] = [];
    const p5 = buildPrompt({ no: 5, meta: input.meta, format: sk.format, facts: input.facts, tables: sk.tables, examples: [] });
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      let first = 0;
      await callModel({ model, system: p5.system, messages: [{ role: 'user', content: p5.user }], timeout: { totalMs: 10_000 }, maxRetries: 0, onDelta: () => (first ||= performance.now() - t0) });
      direct5.push(first);
    }
    const baseTtft = Math.min(median(direct), median(direct5));
    rows.push({ name: '首字延迟：服务额外开销', value: median(routed) - baseTtft, unit: 'ms', baseline: baseTtft, ratio: median(routed) / baseTtft, target: '≤ 20 ms' });

    // 2. Total draft vs slowest single section call.
    const single: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await callModel({ model, system: p1.system, messages: [{ role: 'user', content: p1.user }], timeout: { totalMs: 10_000 }, maxRetries: 0 });
      single.push(performance.now() - t0);
    }
    const total: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = await composeDraft(INPUT, { model, retrieve, maxRetries: 0 });
      if (r.sections.filter((s) => s.generator === 'llm').length !== 2) throw new Error('基准中模型稿未被采用');
      total.push(performance.now() - t0);
    }
    rows.push({ name: '整稿耗时 / 最慢单节调用', value: median(total), unit: 'ms', baseline: median(single), ratio: median(total) / median(single), target: '≤ 1.2×' });

    // 3. Prompt size per section vs three whole similar reports pasted in.
    const pasted = whole.reduce((s, t) => s + t.length, 0);
    const promptChars = Math.max(
      ...[1, 5].map((no) => {
        const p = buildPrompt({ no: no as 1 | 5, meta: input.meta, format: sk.format, facts: input.facts, tables: sk.tables, examples: passages.map((x) => maskPassage(x, self)) });
        return p.system.length + p.user.length;
      }),
    );
    if (pasted) rows.push({ name: '每节提示词长度 / 粘贴三篇全文', value: promptChars, unit: '字', baseline: pasted, ratio: promptChars / pasted, target: '≤ 0.33×' });
  } finally {
    await fake.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchDrafting()) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.ratio !== undefined ? `（比值 ${r.ratio.toFixed(2)}×，基线 ${r.baseline!.toFixed(1)}）` : ''} 目标 ${r.target}`);
}
