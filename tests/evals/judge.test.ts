import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockLanguageModelV3 } from 'ai/test';
import { afterAll, describe, expect, it } from 'vitest';
import { parseVerdict, runJudgeSuite, type JudgeItem } from '../../evals/suites/judge.js';
import { runEvals } from '../../evals/run.js';

const dir = mkdtempSync(join(tmpdir(), 'nb-judge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };
const reply = (text: string) => ({ content: [{ type: 'text' as const, text }], finishReason: { unified: 'stop' as const, raw: 'stop' }, usage, warnings: [] });

const items: JudgeItem[] = [
  { id: 'a', title: '草稿甲', facts: ['主动公开政府信息：61条'], text: '2023年，我镇主动公开政府信息61条。' },
  { id: 'b', title: '草稿乙', facts: ['收到政府信息公开申请：1件'], text: '2023年，我镇收到政府信息公开申请1件，已按期办结。' },
];

describe('judge suite', () => {
  it('scores with the model once, then answers from the disk cache without any model call', async () => {
    const model = new MockLanguageModelV3({ doGenerate: async () => reply('```json\n{"faithful":4,"register":5,"specific":3,"reason":"数字与事实一致"}\n```') });
    const first = await runJudgeSuite(items, { model, cacheDir: dir });
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(first.metrics.faithful.value).toBe(4);
    expect(first.metrics.cache_hits.value).toBe(0);
    expect(readdirSync(dir)).toHaveLength(2);
    // The prompt carries the rubric and treats the draft as data.
    const sent = JSON.stringify(model.doGenerateCalls[0].prompt);
    expect(sent).toContain('faithful');
    expect(sent).toContain('<草稿>');

    const second = await runJudgeSuite(items, { model, cacheDir: dir });
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(second.metrics.cache_hits.value).toBe(2);
    expect(second.metrics.specific.value).toBe(3);

    // A changed draft is a new prompt: exactly one new call.
    await runJudgeSuite([{ ...items[0], text: `${items[0].text}另开展培训2次。` }, items[1]], { model, cacheDir: dir });
    expect(model.doGenerateCalls).toHaveLength(3);
  });

  it('a different model does not reuse another model\'s verdicts', async () => {
    const other = new MockLanguageModelV3({ modelId: 'other-model', doGenerate: async () => reply('{"faithful":2,"register":2,"specific":2}') });
    const r = await runJudgeSuite(items, { model: other, cacheDir: dir });
    expect(other.doGenerateCalls).toHaveLength(2);
    expect(r.metrics.faithful.value).toBe(2);
  });

  it('reports an unusable reply as a failure, not a crash', async () => {
    const bad = new MockLanguageModelV3({ modelId: 'bad', doGenerate: async () => reply('无法评分') });
    const r = await runJudgeSuite(items.slice(0, 1), { model: bad, cacheDir: dir });
    expect(r.metrics.failures.value).toBe(1);
    expect(r.cases[0].problems[0]).toMatch(/^评分失败/);
    expect(() => parseVerdict('{"faithful":9,"register":1,"specific":1}')).toThrow();
  });

  it('runs from the eval runner on corpus drafts, and a rerun makes no model call', async () => {
    const cacheDir = join(dir, 'runner');
    const model = new MockLanguageModelV3({ modelId: 'runner-model', doGenerate: async () => reply('{"faithful":5,"register":4,"specific":3,"reason":"好"}') });
    const first = await runEvals({ suites: ['judge'], model, db: null, judgeCacheDir: cacheDir, judgeLimit: 3, thresholds: {} });
    const judge = first.suites.find((s) => s.name === 'judge')!;
    expect(judge.status).toBe('ok');
    expect(judge.metrics.judged.value).toBe(3);
    expect(model.doGenerateCalls).toHaveLength(3);
    expect(JSON.stringify(model.doGenerateCalls[0].prompt)).toContain('已知事实');
    const again = await runEvals({ suites: ['judge'], model, db: null, judgeCacheDir: cacheDir, judgeLimit: 3, thresholds: {} });
    expect(model.doGenerateCalls).toHaveLength(3);
    expect(again.suites[0].metrics.cache_hits.value).toBe(3);
  }, 60_000);
});
