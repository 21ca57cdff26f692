// Every change a chat turn makes becomes a new draft version, through the drafts store — the same way an edit of
// the form does (tables and fixed text follow the input; narrative sections are kept; findings recomputed).
import type { LanguageModel } from 'ai';
import { composeDraft, type DraftResult } from '../draft/index.js';
import { DraftInputSchema, type DraftInput } from '../draft/types.js';
import { formatIssues, UserError } from '../errors.js';
import { sectionByNo } from '../format/index.js';
import type { DraftRecord, DraftStore } from '../store/drafts.js';

/** What a version keeps of a composition besides the report. */
export const outcome = (r: DraftResult) => ({ sections: r.sections, notices: r.notices, findings: r.findings });

/** Synchronous form kept for server/http/drafts.ts (owned elsewhere) until the async store lands. */
export function loadDraft(drafts: DraftStore, id: string): DraftRecord {
  const d = drafts.get(id);
  if (!d) throw new UserError(`草稿「${id}」不存在。`, 404);
  return d;
}

/** The draft or a 404 UserError; awaits the store (works with the sync store and the async one). */
export async function getDraft(drafts: DraftStore, id: string): Promise<DraftRecord> {
  const d = await drafts.get(id);
  if (!d) throw new UserError(`草稿「${id}」不存在。`, 404);
  return d;
}

export async function saveInput(drafts: DraftStore, id: string, raw: DraftInput, note: string): Promise<DraftRecord> {
  const parsed = DraftInputSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(`修改后的内容有误：\n${formatIssues(parsed.error.issues)}`, 400);
  const d = await getDraft(drafts, id);
  const r = await composeDraft(parsed.data, { only: [], previous: d.report ?? undefined, mode: 'offline' });
  return await drafts.addVersion(id, { kind: 'edit', input: parsed.data, report: r.report, outcome: outcome(r), note });
}

export interface GenerateOptions {
  model?: LanguageModel;
  modelNotice?: string;
  section?: 1 | 5;
  instruction?: string;
  signal?: AbortSignal;
  onDelta?: (section: number, text: string) => void;
}

/** Generate the narrative (both sections, or one with an instruction) and store it as a new version. */
export async function generate(drafts: DraftStore, id: string, o: GenerateOptions): Promise<{ draft: DraftRecord; notices: string[] }> {
  const d = await getDraft(drafts, id);
  const r = await composeDraft(d.input, {
    model: o.model,
    modelNotice: o.modelNotice,
    signal: o.signal,
    ...(o.section ? { only: [o.section], previous: d.report ?? undefined, instruction: o.instruction } : {}),
    onProgress: (e) => {
      if (e.type === 'delta') o.onDelta?.(e.section, e.text);
    },
  });
  const draft = await drafts.addVersion(id, {
    kind: o.section ? 'section' : 'generate',
    section: o.section ?? null,
    report: r.report,
    outcome: outcome(r),
    note: o.section ? `对话中重新生成第${sectionByNo(o.section)!.numeral}部分${o.instruction ? `：${o.instruction}` : ''}` : '对话中生成正文',
  });
  return { draft, notices: r.notices };
}

/** Findings of the current draft, recomputed (the stored ones may predate a rule change). */
export async function findingsOf(drafts: DraftStore, id: string) {
  const d = await getDraft(drafts, id);
  const r = await composeDraft(d.input, { only: [], previous: d.report ?? undefined, mode: 'offline' });
  return r.findings;
}
