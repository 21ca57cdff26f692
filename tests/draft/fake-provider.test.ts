// Drafting against a real HTTP OpenAI-compatible server with faults: every fault ends in a draft, in bounded time.
import { createOpenAI } from '@ai-sdk/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDraft, type DraftDeps } from '../../server/draft/index.js';
import { modelFromEnv } from '../../server/llm/provider.js';
import { sectionOf, startFakeOpenAI, type Behaviour, type FakeOpenAI } from '../helpers/fake-openai.js';
import { GOOD_1, GOOD_5, INPUT, INVENTED_1, OTHER_TOWN, FOREIGN_5 } from './fixtures.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

const deps = (): DraftDeps => ({
  model: createOpenAI({ baseURL: fake.baseURL, apiKey: 'test', name: 'fake' }).chat('fake-model'),
  timeout: { totalMs: 1500, chunkMs: 800 },
  maxRetries: 1,
});
const good = (no: 1 | 5 | undefined): Behaviour => ({ kind: 'reply', text: no === 1 ? GOOD_1 : GOOD_5 });

async function timed(d: DraftDeps) {
  const t0 = Date.now();
  const r = await composeDraft(INPUT, d);
  return { r, ms: Date.now() - t0 };
}

describe('fake OpenAI-compatible provider', () => {
  it('normal streamed replies → llm sections, streamed requests to /chat/completions', async () => {
    fake.requests.length = 0;
    fake.script((req) => good(sectionOf(req)));
    const { r } = await timed(deps());
    expect(r.sections.filter((s) => s.generator === 'llm').map((s) => s.no)).toEqual([1, 5]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.every((q) => q.stream)).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'E')).toEqual([]);
  });

  it('provider from environment variables talks to the same server', async () => {
    fake.script((req) => good(sectionOf(req)));
    const choice = modelFromEnv({ NIANBAO_LLM_BASE_URL: fake.baseURL, NIANBAO_LLM_MODEL: 'qwen-plus', NIANBAO_LLM_API_KEY: 'k' });
    expect(choice.model).toBeDefined();
    const r = await composeDraft(INPUT, { ...deps(), model: choice.model });
    expect(r.sections.find((s) => s.no === 1)?.generator).toBe('llm');
    expect(fake.requests.at(-1)?.body.model).toBe('qwen-plus');
  });

  const faults: [string, Behaviour, RegExp][] = [
    ['500', { kind: 'status', status: 500, retryAfterMs: 10 }, /模型服务出错（500）/],
    ['429 with retry-after', { kind: 'status', status: 429, retryAfterMs: 10 }, /429/],
    ['hang', { kind: 'hang' }, /超时/],
    ['malformed stream', { kind: 'malformed' }, /模型/],
    ['empty stream', { kind: 'empty' }, /空内容/],
  ];
  for (const [name, behaviour, reason] of faults) {
    it(`${name} → offline draft with a notice, within bounded time, input intact`, async () => {
      fake.requests.length = 0;
      fake.script(() => behaviour);
      const before = JSON.stringify(INPUT);
      const { r, ms } = await timed(deps());
      expect(ms).toBeLessThan(5000);
      expect(r.sections.filter((s) => s.generator === 'offline').map((s) => s.no)).toEqual([1, 5]);
      expect(r.notices.join('\n')).toMatch(reason);
      expect(r.notices.join('\n')).toMatch(/离线起草器/);
      expect(r.report.sections.every((s) => s.text.length > 0)).toBe(true);
      expect(r.findings.filter((f) => f.severity === 'E')).toEqual([]);
      expect(JSON.stringify(INPUT)).toBe(before);
      if (behaviour.kind === 'status') expect(fake.requests.length).toBe(4); // 2 sections × (1 + maxRetries)
    });
  }

  it('a 429 then success is retried and the model text kept', async () => {
    fake.requests.length = 0;
    const seen = new Set<number>();
    fake.script((req) => {
      const no = sectionOf(req)!;
      if (!seen.has(no)) {
        seen.add(no);
        return { kind: 'status', status: 429, retryAfterMs: 5 };
      }
      return good(no);
    });
    const { r } = await timed(deps());
    expect(r.sections.filter((s) => s.generator === 'llm').map((s) => s.no)).toEqual([1, 5]);
    expect(fake.requests).toHaveLength(4);
  });

  it('an invented number is sent back with the finding; the repaired text is kept', async () => {
    fake.requests.length = 0;
    let asked1 = 0;
    fake.script((req) => (sectionOf(req) === 1 ? { kind: 'reply', text: asked1++ === 0 ? INVENTED_1 : GOOD_1 } : good(5)));
    const { r } = await timed(deps());
    const repair = fake.requests.filter((q) => sectionOf(q) === 1)[1];
    expect(repair.prompt).toContain('N-GROUNDING');
    expect(repair.prompt).toContain('全年主动公开政府信息75条');
    expect(repair.body.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(r.sections.find((s) => s.no === 1)).toMatchObject({ generator: 'llm', repaired: true });
  });

  it('a reply naming another town is repaired or replaced, never kept', async () => {
    fake.requests.length = 0;
    fake.script((req) => (sectionOf(req) === 5 ? { kind: 'reply', text: FOREIGN_5 } : good(1)));
    const { r } = await timed({ ...deps(), retrieve: async () => [OTHER_TOWN] });
    expect(fake.requests.filter((q) => sectionOf(q) === 5)).toHaveLength(2);
    expect(fake.requests[0].prompt).not.toContain('横山');
    expect(r.report.sections[4].text).not.toContain('横山');
    expect(r.sections.find((s) => s.no === 5)?.generator).toBe('offline');
    expect(r.notices.join('')).toContain('N-FOREIGN-ENTITY');
  });

  it('a client abort stops generation and still returns a draft', async () => {
    fake.script(() => ({ kind: 'hang' }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const { r, ms } = await timed({ ...deps(), timeout: { totalMs: 10_000 }, signal: ac.signal });
    expect(ms).toBeLessThan(3000);
    expect(r.sections.filter((s) => s.generator === 'offline')).toHaveLength(2);
  });
});
