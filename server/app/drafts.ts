// Drafts use-cases over the DraftRepo port: create, edit (merge), generate / regenerate, restore, fill zeros, export.
// Routes and chat tools call these; none of them knows the storage. Concurrency: every write names the version it
// was computed from; a stale explicit base (If-Match) is refused with 409, otherwise the write is recomputed on the
// latest version and retried — an edit never silently replaces another.
import type { LanguageModel } from 'ai';
import { composeDraft, type DraftResult, type NarrativeNo, type ProgressEvent, type Retrieve } from '../draft/index.js';
import { DraftInputSchema, type DraftInput } from '../draft/types.js';
import { formatIssues, UserError } from '../errors.js';
import { cellsOf, formatForYear, sectionByNo, TABLE_NAMES, type TableKey } from '../format/index.js';
import type { DraftRecord, DraftRepo, NewVersion, VersionSummary } from '../ports/index.js';
import type { Fact, Report } from '../report/schema.js';
import { inputNumbers } from '../draft/structure.js';
import { staleVersion, unknownDraft } from './draft-errors.js';

/** Consecutive edits within this pause are one version. */
export const COALESCE_MS = 2 * 60_000;
const MAX_RETRIES = 8;

export interface DraftsDeps {
  drafts: DraftRepo;
  model?: LanguageModel;
  modelNotice?: string;
  retrieve?: Retrieve;
  timeout?: { totalMs: number; chunkMs?: number };
  maxRetries?: number;
  /** Whole generation deadline (ms): past it the sections still waiting are written offline, with a notice. */
  deadlineMs?: number;
}

export const GENERATE_DEADLINE_MS = 90_000;

/** What a version keeps of a composition besides the report. */
export const outcome = (r: Pick<DraftResult, 'sections' | 'notices' | 'findings'>) => ({ sections: r.sections, notices: r.notices, findings: r.findings });

export async function loadDraft(repo: DraftRepo, id: string): Promise<DraftRecord> {
  const d = await repo.get(id);
  if (!d) throw unknownDraft(id);
  return d;
}

/** Refuse a stale explicit base before any work is done (a model call, a recomposition): 409 naming what changed. */
async function assertBase(repo: DraftRepo, d: DraftRecord, ifVersion: number | undefined): Promise<void> {
  if (ifVersion === undefined || ifVersion === d.currentVersion) return;
  throw staleVersion(d, ifVersion, await repo.versions(d.id));
}

/**
 * Read the latest version, compute a new one from it, write it only if nobody wrote in between. With an explicit
 * base a conflict is the caller's 409; without one the computation runs again on the newer version.
 */
async function writeLoop(
  repo: DraftRepo,
  id: string,
  ifVersion: number | undefined,
  compute: (latest: DraftRecord) => Promise<NewVersion>,
  coalesceMs?: number,
): Promise<DraftRecord> {
  for (let attempt = 0; ; attempt++) {
    const latest = await loadDraft(repo, id);
    await assertBase(repo, latest, ifVersion);
    const v = await compute(latest);
    try {
      return await repo.addVersion(id, v, { ifVersion: latest.currentVersion, coalesceMs });
    } catch (e) {
      const conflict = e instanceof UserError && e.status === 409;
      if (!conflict || ifVersion !== undefined || attempt >= MAX_RETRIES) throw e;
    }
  }
}

export function parseInput(raw: unknown, what = '修改后的内容'): DraftInput {
  const r = DraftInputSchema.safeParse(raw);
  if (!r.success) throw new UserError(`${what}有误：\n${formatIssues(r.error.issues)}`, 400, r.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })));
  return r.data;
}

/** Tables and fixed text recomputed from `input`, narrative prose taken from `prose` (no model call). */
async function recompose(deps: DraftsDeps, input: DraftInput, prose: Report | null | undefined) {
  return composeDraft(input, { only: [], previous: prose ?? undefined, mode: 'offline', modelNotice: deps.modelNotice });
}

export async function createDraft(deps: DraftsDeps, raw: unknown, note?: string): Promise<DraftRecord> {
  const input = parseInput(raw, '起草信息');
  const created = await deps.drafts.create(input, note); // stored before anything else can fail
  const r = await composeDraft(input, { mode: 'offline', modelNotice: deps.modelNotice });
  return deps.drafts.addVersion(created.id, { kind: 'generate', report: r.report, outcome: outcome(r), note: '初稿（离线起草器）' });
}

// ---- edits ----

export interface DraftPatch {
  meta?: Partial<DraftInput['meta']>;
  numbers?: Record<string, number | null>;
  /** Facts by key (or label when there is no key); value null removes the fact. */
  facts?: (Omit<Fact, 'value'> & { value: Fact['value'] | null })[];
  fee?: DraftInput['fee'] | null;
  sections?: { no: number; text: string }[];
}

const factKey = (f: { key?: string; label: string }) => f.key ?? `label:${f.label}`;

/** Field-by-field merge: what the patch names changes, everything else stays as it is in `base`. */
export function mergePatch(base: DraftInput, p: DraftPatch): unknown {
  let facts = base.facts;
  if (p.facts) {
    const byKey = new Map(base.facts.map((f) => [factKey(f), f] as const));
    for (const f of p.facts) {
      if (f.value === null) byKey.delete(factKey(f));
      else byKey.set(factKey(f), f as Fact);
    }
    facts = [...byKey.values()];
  }
  const meta = { ...base.meta, ...(p.meta ?? {}) };
  if (p.meta?.contact) meta.contact = { ...(base.meta.contact ?? {}), ...p.meta.contact };
  return {
    ...base,
    meta,
    numbers: { ...base.numbers, ...(p.numbers ?? {}) },
    facts,
    fee: p.fee === null ? undefined : (p.fee ?? base.fee),
  };
}

export function describePatch(p: DraftPatch): string {
  const what = [p.meta && '基本信息', p.numbers && '表格数字', p.facts && '事实', p.fee !== undefined && '信息处理费', p.sections && '正文'].filter(Boolean);
  return `修改${what.join('、') || '内容'}`;
}

export async function patchDraft(deps: DraftsDeps, id: string, p: DraftPatch, opts: { ifVersion?: number } = {}): Promise<DraftRecord> {
  return writeLoop(
    deps.drafts,
    id,
    opts.ifVersion,
    async (latest) => {
      const input = parseInput(mergePatch(latest.input, p));
      // The clerk's own section text (generator 'user') goes in as prose; findings are those of the result.
      let prose = latest.report;
      for (const s of p.sections ?? [])
        if (prose) prose = { ...prose, sections: prose.sections.map((x) => (x.no === s.no ? { ...x, text: s.text, generator: 'user' as const, subsections: undefined } : x)) };
      const r = await recompose(deps, input, prose);
      // Fixed sections (二、三、四、六) the clerk rewrote by hand are kept as written.
      let report = r.report;
      for (const s of p.sections ?? [])
        if (s.no !== 1 && s.no !== 5)
          report = { ...report, sections: report.sections.map((x) => (x.no === s.no ? { ...x, text: s.text, generator: 'user' as const } : x)) };
      return { kind: 'edit', input, report, outcome: outcome(r), note: describePatch(p) };
    },
    COALESCE_MS,
  );
}

/** Any change of the input computed from the latest one (chat tools): merged, retried, never overwriting blindly. */
export async function updateInput(
  deps: DraftsDeps,
  id: string,
  change: (input: DraftInput) => DraftInput,
  note: string,
  opts: { ifVersion?: number } = {},
): Promise<DraftRecord> {
  return writeLoop(
    deps.drafts,
    id,
    opts.ifVersion,
    async (latest) => {
      const input = parseInput(change(latest.input));
      const r = await recompose(deps, input, latest.report);
      return { kind: 'edit', input, report: r.report, outcome: outcome(r), note };
    },
  );
}

/** 「其余未填的格子填 0」 for one table: only blank leaves change. Returns the draft and how many cells were filled. */
export async function fillZeros(deps: DraftsDeps, id: string, table: TableKey, opts: { ifVersion?: number } = {}) {
  let filled = 0;
  const draft = await writeLoop(deps.drafts, id, opts.ifVersion, async (latest) => {
    const format = latest.input.format ?? formatForYear(latest.input.meta.year);
    const have = inputNumbers(latest.input, format);
    const blanks = cellsOf(format).filter((c) => c.table === table && !c.computed && (have[c.id] === undefined || have[c.id] === null));
    filled = blanks.length;
    if (!filled) throw new UserError(`${TABLE_NAMES[table]}没有未填的格子，无需填 0。`, 409);
    const input = parseInput({ ...latest.input, numbers: { ...latest.input.numbers, ...Object.fromEntries(blanks.map((c) => [c.id, 0])) } });
    const r = await recompose(deps, input, latest.report);
    return { kind: 'edit', input, report: r.report, outcome: outcome(r), note: `${TABLE_NAMES[table]}其余${filled}个未填的格子填 0` };
  });
  return { draft, filled };
}

// ---- generation ----

export interface GenerateOptions {
  /** One narrative section (with an optional instruction); omitted: both. */
  section?: NarrativeNo;
  instruction?: string;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  ifVersion?: number;
  /** Note of the version ('生成正文' by default). */
  note?: string;
}

export class GenerationAborted extends Error {
  constructor() {
    super('生成已取消，当前正文未改动。');
  }
}

/**
 * Write prose from a snapshot of the input, then merge it into the LATEST input: tables, title and fixed text are
 * recomputed from whatever the clerk saved meanwhile, so an edit made during generation survives. An aborted
 * generation writes nothing.
 */
export async function generateDraft(deps: DraftsDeps, id: string, o: GenerateOptions = {}): Promise<{ draft: DraftRecord; notices: string[] }> {
  const snapshot = await loadDraft(deps.drafts, id);
  await assertBase(deps.drafts, snapshot, o.ifVersion);
  const only: NarrativeNo[] = o.section ? [o.section] : [1, 5];
  // The clerk's own abort cancels; the deadline only cuts the model short (the offline drafter finishes the job).
  const deadline = AbortSignal.timeout(deps.deadlineMs ?? GENERATE_DEADLINE_MS);
  const signal = o.signal ? AbortSignal.any([o.signal, deadline]) : deadline;
  const r = await composeDraft(snapshot.input, {
    model: deps.model,
    modelNotice: deps.modelNotice,
    retrieve: deps.retrieve,
    timeout: deps.timeout,
    maxRetries: deps.maxRetries,
    signal,
    onProgress: o.onProgress,
    ...(o.section ? { only, previous: snapshot.report ?? undefined, instruction: o.instruction } : {}),
  });
  if (o.signal?.aborted) throw new GenerationAborted();
  const note = o.note ?? (o.section ? `重新生成第${sectionByNo(o.section)!.numeral}部分${o.instruction ? `：${o.instruction}` : ''}` : '生成正文');
  const draft = await writeLoop(deps.drafts, id, undefined, async (latest) => {
    // The generated sections from r, every other section as it is now.
    const prose = latest.report ? { ...latest.report, sections: mergeSections(latest.report, r.report, only) } : r.report;
    const merged = await recompose(deps, latest.input, prose);
    const sections = merged.sections.map((s) => (only.includes(s.no as NarrativeNo) ? (r.sections.find((x) => x.no === s.no) ?? s) : s));
    const notices = [...new Set([...r.notices.filter((n) => !/单元格未填写|未提供/.test(n)), ...merged.notices])];
    return { kind: o.section ? 'section' : 'generate', section: o.section ?? null, input: latest.input, report: merged.report, outcome: { sections, notices, findings: merged.findings }, note };
  });
  return { draft, notices: draft.outcome?.notices ?? r.notices };
}

function mergeSections(current: Report, generated: Report, only: number[]): Report['sections'] {
  return current.sections.map((s) => (only.includes(s.no) ? (generated.sections.find((g) => g.no === s.no) ?? s) : s));
}

// ---- history ----

export async function listVersions(repo: DraftRepo, id: string): Promise<VersionSummary[]> {
  await loadDraft(repo, id);
  return repo.versions(id);
}

/**
 * Restore a version. With `section`, only that section's text comes back (everything else stays as it is now);
 * without, the whole draft returns to that version. Either way it is a new version, so it can itself be undone.
 */
export async function restoreVersion(deps: DraftsDeps, id: string, version: number, opts: { section?: number; ifVersion?: number } = {}): Promise<DraftRecord> {
  const old = await deps.drafts.version(id, version);
  if (!old) {
    await loadDraft(deps.drafts, id);
    throw new UserError(`草稿「${id}」没有第${version}版（可能已合并到相邻版本），请在版本列表中选择。`, 404);
  }
  if (opts.section !== undefined) {
    const no = opts.section;
    const s = old.report?.sections.find((x) => x.no === no);
    if (!s) throw new UserError(`第${version}版没有第${sectionByNo(no)?.numeral ?? no}部分的正文。`, 404);
    return writeLoop(deps.drafts, id, opts.ifVersion, async (latest) => {
      const prose = latest.report ? { ...latest.report, sections: latest.report.sections.map((x) => (x.no === no ? s : x)) } : old.report;
      const r = await recompose(deps, latest.input, prose);
      return { kind: 'restore', section: no, input: latest.input, report: r.report, outcome: outcome(r), note: `第${sectionByNo(no)!.numeral}部分恢复到第${version}版` };
    });
  }
  return writeLoop(deps.drafts, id, opts.ifVersion, async () => ({
    kind: 'restore', input: old.input, report: old.report, outcome: old.outcome, note: `整稿恢复到第${version}版`,
  }));
}
