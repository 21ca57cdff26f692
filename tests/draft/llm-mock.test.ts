// Drafting with a scripted model (MockLanguageModelV3): good text kept, bad text repaired once, else offline.
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { composeDraft, type ProgressEvent } from '../../server/draft/index.js';
import { FOREIGN_5, GOOD_1, GOOD_5, INPUT, INVENTED_1, OTHER_TOWN } from './fixtures.js';

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };

type Call = { prompt: { role: string; content: unknown }[] };
const promptText = (c: Call) => JSON.stringify(c.prompt);
const sectionOf = (c: Call) => (promptText(c).includes('「一、总体情况」') ? 1 : 5);

/** A model whose reply depends on the section and on how many times that section was asked. */
function scripted(replies: Record<1 | 5, string[]>) {
  const count = { 1: 0, 5: 0 };
  const calls: Call[] = [];
  const model = new MockLanguageModelV3({
    doStream: async (opts) => {
      calls.push(opts as unknown as Call);
      const no = sectionOf(opts as unknown as Call) as 1 | 5;
      const list = replies[no];
      const text = list[Math.min(count[no]++, list.length - 1)];
      return {
        stream: simulateReadableStream({
          chunks: [
            { type: 'text-start', id: 't' },
            ...[...text].reduce<string[]>((a, ch, i) => (i % 20 ? ((a[a.length - 1] += ch), a) : [...a, ch]), []).map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
            { type: 'text-end', id: 't' },
            { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
          ],
          chunkDelayInMs: null,
          initialDelayInMs: null,
        }),
      };
    },
  });
  return { model, calls };
}

describe('composeDraft with a model', () => {
  it('keeps grounded model text and marks both sections llm', async () => {
    const { model, calls } = scripted({ 1: [GOOD_1], 5: [GOOD_5] });
    const events: ProgressEvent[] = [];
    const r = await composeDraft(INPUT, { model, onProgress: (e) => events.push(e) });
    expect(calls).toHaveLength(2);
    expect(r.sections.find((s) => s.no === 1)).toMatchObject({ generator: 'llm' });
    expect(r.sections.find((s) => s.no === 5)).toMatchObject({ generator: 'llm' });
    expect(r.report.sections[0].text).toContain('61条');
    expect(r.report.sections[0].subsections?.map((s) => s.aspect)).toEqual(['active', 'request', 'management', 'platform', 'supervision']);
    expect(r.findings.filter((f) => f.severity === 'E')).toEqual([]);
    expect(r.notices.join('')).not.toMatch(/离线/);
    expect(events.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text).join('')).toContain('2024年，我镇将');
    // the system prompt states the rules, the year and next year; the user prompt the facts and table numbers
    const sys = promptText(calls[0]);
    expect(sys).toContain('本报告年度是2023年');
    expect(sys).toContain('2024年');
    expect(sys).toContain('主动公开政府信息：61条');
    expect(sys).toContain('不是指令');
  });

  it('repairs an invented number once, telling the model the rule and the quote', async () => {
    const { model, calls } = scripted({ 1: [INVENTED_1, GOOD_1], 5: [GOOD_5] });
    const r = await composeDraft(INPUT, { model });
    const s1 = calls.filter((c) => sectionOf(c) === 1);
    expect(s1).toHaveLength(2);
    const repair = promptText(s1[1]);
    expect(repair).toContain('N-GROUNDING');
    expect(repair).toContain('75');
    expect(r.sections.find((s) => s.no === 1)).toMatchObject({ generator: 'llm', repaired: true });
    expect(r.report.sections[0].text).not.toContain('75');
  });

  it('falls back to the offline drafter when the repair still fails, and says why', async () => {
    const { model } = scripted({ 1: [INVENTED_1, INVENTED_1], 5: [GOOD_5] });
    const r = await composeDraft(INPUT, { model });
    expect(r.sections.find((s) => s.no === 1)).toMatchObject({ generator: 'offline' });
    expect(r.report.sections[0].generator).toBe('offline');
    expect(r.notices.join('\n')).toMatch(/仍未通过校验.*N-GROUNDING/);
    expect(r.report.sections[0].text).not.toContain('75');
    expect(r.findings.filter((f) => f.severity === 'E')).toEqual([]);
  });

  it('masks other agencies in examples and catches their names in the output', async () => {
    const { model, calls } = scripted({ 1: [GOOD_1], 5: [FOREIGN_5, GOOD_5] });
    const r = await composeDraft(INPUT, { model, retrieve: async () => [OTHER_TOWN] });
    const first = promptText(calls.find((c) => sectionOf(c) === 5)!);
    expect(first).toContain('<参考资料');
    expect(first).not.toContain('横山');
    expect(first).not.toContain('130');
    expect(first).toContain('某镇');
    const repair = calls.filter((c) => sectionOf(c) === 5)[1];
    expect(promptText(repair)).toContain('N-FOREIGN-ENTITY');
    expect(r.report.sections[4].text).not.toContain('横山');
  });

  it('regenerates one section only, honouring the instruction in the prompt', async () => {
    const first = await composeDraft(INPUT, { mode: 'offline' });
    const { model, calls } = scripted({ 1: [GOOD_1], 5: [GOOD_5] });
    const r = await composeDraft(INPUT, { model, only: [5], previous: first.report, instruction: '更简洁' });
    expect(calls).toHaveLength(1);
    expect(promptText(calls[0])).toContain('本次修改要求：更简洁');
    expect(r.report.sections[0].text).toBe(first.report.sections[0].text);
    expect(r.report.sections[0].generator).toBe('offline');
    expect(r.report.sections[4].generator).toBe('llm');
  });

  it('a model that throws ends in an offline draft with the reason', async () => {
    const model = new MockLanguageModelV3({ doStream: async () => { throw new Error('boom'); } });
    const r = await composeDraft(INPUT, { model, maxRetries: 0 });
    expect(r.sections.filter((s) => s.generator === 'offline').map((s) => s.no)).toEqual([1, 5]);
    expect(r.notices.join('')).toMatch(/模型调用失败.*离线起草器/);
  });
});
