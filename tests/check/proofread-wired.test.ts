// The model's proofreading (P-TYPO) is part of checking a published report wherever a reviewer checks one: the review
// desk (a MockLanguageModelV3 given to the app) and `nianbao check` (a model configured by the environment: the
// project's OpenAI-compatible fake on loopback). Quotes must exist in the text; without a model the pass is skipped
// with a notice, once.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { MockLanguageModelV3 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearProofreadCache } from '../../server/check/proofread-llm.js';
import { createApp } from '../../server/http/app.js';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import type { ReviewRow } from '../../server/review/index.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { openStore } from '../../server/store/db.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';

const FILE = 'corpus/real/a019.txt';
// One quote that is in a019, one the model invented.
const PROPOSALS = '[{"quote":"信思公开工作","problem":"错别字","fix":"信息公开工作"},{"quote":"我乡全年收到申请300件","problem":"编造"}]';
const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };
const reply = (text: string) => ({ content: [{ type: 'text' as const, text }], finishReason: { unified: 'stop' as const, raw: 'stop' as const }, usage, warnings: [] });

async function review(model?: MockLanguageModelV3) {
  const app = createApp({ storage: sqliteStorage(openStore(':memory:')), embedder: new LocalEmbedder(), model, config: { auth: { disabled: true } } });
  const form = new FormData();
  form.append('files', new File([readFileSync(FILE)], 'a019.txt'));
  const res = await app.request('/api/review/check', { method: 'POST', body: form });
  const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
  return { done: lines.at(-1), row: lines.find((l) => l.type === 'row').row as ReviewRow };
}

describe('review desk', () => {
  it('with a model: the grounded P-TYPO is a finding with a fingerprint, the invented quote is dropped', async () => {
    clearProofreadCache();
    const model = new MockLanguageModelV3({ doGenerate: async () => reply(PROPOSALS) });
    const { done, row } = await review(model);
    const typos = row.findings.filter((f) => f.rule === 'P-TYPO');
    expect(typos.map((f) => f.evidence.quote)).toEqual(['信思公开工作']);
    expect(typos[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(done.notice).toBeUndefined();
  });
  it('without a model: no P-TYPO, and the batch says once that proofreading was skipped', async () => {
    const { done, row } = await review();
    expect(row.findings.some((f) => f.rule === 'P-TYPO')).toBe(false);
    expect(done.notice).toContain('跳过错别字');
    expect(row.notes.join()).not.toContain('跳过错别字');
  });
});

describe('nianbao check', () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI(() => ({ kind: 'reply', text: PROPOSALS }));
  });
  afterAll(() => fake.close());
  const cli = (env: Record<string, string>, ...args: string[]) =>
    promisify(execFile)(process.execPath, ['bin/nianbao.js', 'check', FILE, ...args], { encoding: 'utf8', env: { ...process.env, NIANBAO_LLM_BASE_URL: '', NIANBAO_LLM_MODEL: '', ...env } }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));

  it('with a model configured: the same grounded finding as the desk, and the model was asked once', async () => {
    const { stdout } = await cli({ NIANBAO_LLM_BASE_URL: fake.baseURL, NIANBAO_LLM_MODEL: 'fake-proofreader' }, '--json');
    const j = JSON.parse(stdout);
    expect(j.findings.filter((f: { rule: string }) => f.rule === 'P-TYPO').map((f: { evidence: { quote: string } }) => f.evidence.quote)).toEqual(['信思公开工作']);
    expect(j.proofreadNotice).toBeUndefined();
    expect(fake.requests.length).toBe(1);
    expect(fake.requests[0].prompt).toContain('信思公开工作');
  });
  it('without one, or with --no-proofread: the rules only, and a notice', async () => {
    const off = await cli({});
    expect(off.stdout).toContain('未配置大模型：跳过错别字');
    expect(off.stdout).not.toContain('[P-TYPO]');
    const skipped = await cli({ NIANBAO_LLM_BASE_URL: fake.baseURL, NIANBAO_LLM_MODEL: 'fake-proofreader' }, '--no-proofread');
    expect(skipped.stdout).toContain('--no-proofread');
    expect(fake.requests.length).toBe(1);
  });
});
