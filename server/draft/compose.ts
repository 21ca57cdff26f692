// composeDraft: input → a complete six-section draft. Tables and fixed text are deterministic; 一 and 五 come from
// the model when one is configured and its text passes the validator (after at most one repair round), otherwise
// from the offline drafter. Every section records who wrote it; every fallback is explained in a notice.
import type { ModelMessage } from 'ai';
import { ZodError } from 'zod';
import type { Finding } from '../check/types.js';
import { formatIssues, UserError } from '../errors.js';
import { sectionByNo } from '../format/index.js';
import type { Report } from '../report/schema.js';
import { headingOf, selfReference } from './fixed.js';
import { callModel, failureReason, normaliseOutput } from './llm.js';
import { maskPassage, type MaskedPassage } from './mask.js';
import { followInstruction, offlineOverview, offlineProblems } from './offline.js';
import { buildPrompt, repairPrompt } from './prompts.js';
import { section, skeleton, withSection, type Skeleton } from './structure.js';
import {
  DraftInputSchema,
  type DraftDeps,
  type DraftInput,
  type DraftInputIn,
  type DraftResult,
  type NarrativeNo,
  type SectionOutcome,
} from './types.js';
import { sectionErrors, validateDraft } from './validate.js';

export const DEFAULT_TIMEOUT = { totalMs: 90_000, chunkMs: 20_000 };
export const DEFAULT_MAX_RETRIES = 2;
const NARRATIVE: NarrativeNo[] = [1, 5];

export function parseDraftInput(raw: unknown): DraftInput {
  try {
    return DraftInputSchema.parse(raw);
  } catch (e) {
    if (e instanceof ZodError) throw new UserError(`起草输入有误：\n${formatIssues(e.issues)}`, 400, e.issues);
    throw e;
  }
}

interface Narrative {
  text: string;
  outcome: SectionOutcome;
  notices: string[];
}

const RETRIEVE_QUERY: Record<NarrativeNo, string> = {
  1: `${sectionByNo(1)!.title} 主动公开 依申请公开 政府信息管理 平台建设 监督保障`,
  5: `${sectionByNo(5)!.title} 一是 二是 下一步`,
};

/** The offline text of a section; with an instruction, checked against the text it replaces (followInstruction). */
function offlineText(no: NarrativeNo, input: DraftInput, sk: Skeleton, instruction?: string, previous?: string) {
  const fresh = no === 1 ? offlineOverview(input, sk.tables, sk.format, instruction) : offlineProblems(input, instruction);
  return followInstruction(no, headingOf(no), fresh, previous, instruction);
}

async function examplesFor(no: NarrativeNo, input: DraftInput, deps: DraftDeps): Promise<MaskedPassage[]> {
  if (!deps.retrieve) return [];
  try {
    const hits = await deps.retrieve(RETRIEVE_QUERY[no], { k: 3, section: no, exclude: input.meta.agency, signal: deps.signal });
    const self = selfReference(input.meta.agency);
    return hits.slice(0, 3).map((p) => maskPassage(p, self));
  } catch {
    return []; // examples are a nicety: drafting goes on without them
  }
}

async function narrative(no: NarrativeNo, input: DraftInput, sk: Skeleton, deps: DraftDeps): Promise<Narrative> {
  const heading = headingOf(no);
  const instruction = deps.instruction;
  const offline = offlineText(no, input, sk, instruction, deps.previous?.sections.find((s) => s.no === no)?.text);
  const useOffline = (reason: string | undefined, extra: string[] = []): Narrative => ({
    text: offline.text,
    outcome: { no, generator: 'offline', reason },
    notices: [...offline.notices, ...extra],
  });
  if (deps.mode === 'offline') return useOffline('已选择离线起草');
  if (!deps.model) return useOffline(deps.modelNotice ?? '未配置大模型');

  const progress = deps.onProgress ?? (() => {});
  progress({ type: 'stage', stage: 'retrieve', section: no });
  const examples = await examplesFor(no, input, deps);
  const previous = deps.previous?.sections.find((s) => s.no === no)?.text;
  const prompt = buildPrompt({ no, meta: input.meta, format: sk.format, facts: input.facts, tables: sk.tables, examples, instruction, previous: instruction ? previous : undefined });
  const call = (messages: ModelMessage[]) =>
    callModel({
      model: deps.model!,
      system: prompt.system,
      messages,
      timeout: deps.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: deps.maxRetries ?? DEFAULT_MAX_RETRIES,
      signal: deps.signal,
      onDelta: (text) => progress({ type: 'delta', section: no, text }),
    });
  const guard = { meta: input.meta, facts: input.facts, tables: sk.tables, foreignNames: examples.flatMap((e) => e.names) };
  const errorsOf = async (text: string) => {
    const report = withSection(sk.report, section(no, text, 'llm'));
    return sectionErrors(validateDraft(report, [no], guard), no);
  };
  const messages: ModelMessage[] = [{ role: 'user', content: prompt.user }];

  let text: string;
  try {
    progress({ type: 'stage', stage: 'draft', section: no });
    text = normaliseOutput(no, await call(messages), heading);
  } catch (e) {
    const reason = failureReason(e);
    progress({ type: 'fallback', section: no, reason });
    return useOffline(reason);
  }
  progress({ type: 'stage', stage: 'validate', section: no });
  let errors = await errorsOf(text);
  if (!errors.length) return { text, outcome: { no, generator: 'llm' }, notices: [] };

  // One repair round: the model is told exactly what is wrong (rule, message, quote).
  progress({ type: 'stage', stage: 'repair', section: no });
  try {
    const fixed = normaliseOutput(no, await call([...messages, { role: 'assistant', content: text }, { role: 'user', content: repairPrompt(input.meta, errors) }]), heading);
    const after = await errorsOf(fixed);
    if (!after.length) return { text: fixed, outcome: { no, generator: 'llm', repaired: true }, notices: [] };
    text = fixed;
    errors = after;
  } catch (e) {
    // keep the first text and its errors; decide below
    void e;
  }
  const rules = [...new Set(errors.map((f) => f.rule))].join('、');
  const offlineErrors = sectionErrors(validateDraft(withSection(sk.report, section(no, offline.text, 'offline')), [no], guard), no);
  if (!offlineErrors.length) {
    const reason = `模型稿经一轮修改仍未通过校验（${rules}）`;
    progress({ type: 'fallback', section: no, reason });
    return useOffline(reason);
  }
  return {
    text,
    outcome: { no, generator: 'llm', repaired: true },
    notices: [`「${heading}」的模型稿仍有问题（${rules}），已保留并在校验结果中列出，请人工修改。`],
  };
}

/** The whole draft. Never throws for provider trouble; throws UserError only for invalid input. */
export async function composeDraft(raw: DraftInputIn | DraftInput, deps: DraftDeps = {}): Promise<DraftResult> {
  const input = parseDraftInput(raw);
  const sk = skeleton(input);
  const only = deps.only ?? NARRATIVE;
  const results = await Promise.all(
    NARRATIVE.map(async (no): Promise<Narrative> => {
      const prev = deps.previous?.sections.find((s) => s.no === no);
      if (!only.includes(no) && prev?.text)
        return { text: prev.text, outcome: { no, generator: prev.generator === 'llm' ? 'llm' : 'offline' }, notices: [] };
      return narrative(no, input, sk, deps);
    }),
  );
  let report: Report = sk.report;
  for (const r of results) {
    const prev = deps.previous?.sections.find((s) => s.no === r.outcome.no);
    const keep = !only.includes(r.outcome.no as NarrativeNo) && prev;
    report = withSection(report, keep ? prev : section(r.outcome.no, r.text, r.outcome.generator));
  }
  const notices = [...sk.notices];
  const offlineBy = results.filter((r) => only.includes(r.outcome.no as NarrativeNo) && r.outcome.generator === 'offline');
  const reasons = new Map<string, number[]>();
  for (const r of offlineBy) reasons.set(r.outcome.reason ?? '', [...(reasons.get(r.outcome.reason ?? '') ?? []), r.outcome.no]);
  for (const [reason, nos] of reasons) {
    const names = nos.map((n) => `「${headingOf(n)}」`).join('和');
    if (!deps.model && deps.modelNotice) notices.push(deps.modelNotice); // already says the offline drafter wrote the prose
    else if (deps.model && deps.mode !== 'offline') notices.push(`${reason}，${names}已改用离线起草器按模板生成。`);
    else notices.push(`${reason.replace(/[。；]$/, '')}，${names}由离线起草器按模板生成。`);
  }
  for (const r of results) if (only.includes(r.outcome.no as NarrativeNo)) notices.push(...r.notices);
  deps.onProgress?.({ type: 'stage', stage: 'validate' });
  const findings: Finding[] = validateDraft(report, NARRATIVE, {
    meta: input.meta,
    facts: input.facts,
    tables: sk.tables,
    previous: input.previous,
  });
  deps.onProgress?.({ type: 'stage', stage: 'done' });
  return {
    report,
    sections: report.sections.map((s) => results.find((r) => r.outcome.no === s.no)?.outcome ?? { no: s.no, generator: 'template' }),
    notices: [...new Set(notices)],
    findings,
  };
}
