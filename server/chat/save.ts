// Chat writes go through the same drafts use-cases as the form (server/app/drafts.ts): merged on the latest
// version, tables and fixed text recomputed, narrative kept, findings recomputed.
import type { LanguageModel } from 'ai';
import { generateDraft, loadDraft, outcome, restoreVersion, updateInput } from '../app/drafts.js';
import { composeDraft } from '../draft/index.js';
import type { DraftInput } from '../draft/types.js';
import type { DraftRecord, DraftRepo } from '../ports/index.js';

export { outcome };

/** The draft or a 404 UserError. */
export const getDraft = (drafts: DraftRepo, id: string): Promise<DraftRecord> => loadDraft(drafts, id);

/** Replace the input by `raw` (computed by the chat from the latest input), or apply `raw` as a change of it. */
export async function saveInput(drafts: DraftRepo, id: string, raw: DraftInput | ((latest: DraftInput) => DraftInput), note: string): Promise<DraftRecord> {
  return updateInput({ drafts }, id, typeof raw === 'function' ? raw : () => raw, note);
}

/** Bring the whole draft back to an earlier version (the chat's 「撤销」); itself a new version. */
export const restoreDraft = (drafts: DraftRepo, id: string, version: number) => restoreVersion({ drafts }, id, version);

export interface GenerateOptions {
  model?: LanguageModel;
  modelNotice?: string;
  section?: 1 | 5;
  instruction?: string;
  signal?: AbortSignal;
  onDelta?: (section: number, text: string) => void;
}

/** Generate the narrative (both sections, or one with an instruction) and store it as a new version. */
export async function generate(drafts: DraftRepo, id: string, o: GenerateOptions): Promise<{ draft: DraftRecord; notices: string[] }> {
  return generateDraft({ drafts, model: o.model, modelNotice: o.modelNotice }, id, {
    section: o.section,
    instruction: o.instruction,
    signal: o.signal,
    note: o.section ? undefined : '对话中生成正文',
    onProgress: (e) => {
      if (e.type === 'delta') o.onDelta?.(e.section, e.text);
    },
  });
}

/** Findings of the current draft, recomputed (the stored ones may predate a rule change). */
export async function findingsOf(drafts: DraftRepo, id: string) {
  const d = await loadDraft(drafts, id);
  const r = await composeDraft(d.input, { only: [], previous: d.report ?? undefined, mode: 'offline' });
  return r.findings;
}
