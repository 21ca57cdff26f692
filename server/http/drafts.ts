// /api/drafts route group — thin: parse, call the drafts use-cases (server/app/drafts.ts), answer. Every draft
// answer carries its version as ETag; writes take If-Match (or baseVersion in the body) and a stale one gets 409.
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import {
  createDraft, fillZeros, generateDraft, GenerationAborted, listVersions, loadDraft, patchDraft, restoreVersion, type DraftsDeps,
} from '../app/drafts.js';
import { exportDraft } from '../app/export.js';
import type { NarrativeNo, ProgressEvent } from '../draft/index.js';
import { isUserError, UserError } from '../errors.js';
import { sectionByKey, sectionByNo, sectionHeading } from '../format/index.js';
import type { DraftRecord } from '../ports/index.js';
import { CellIdSchema, FactSchema, FeeSchema, MetaSchema } from '../report/schema.js';
import { readJson } from './body.js';
import { readUpload } from './upload.js';
import { draftFromLastYear } from '../app/from-last-year.js';
import { errorResponse } from './errors.js';

export type DraftRouteDeps = DraftsDeps & {
  /** Which drafts the caller may see and change (accounts); omitted: all. */
  access?: DraftAccess;
};

export interface DraftAccess {
  /** Throws 403/404 when the caller may not touch this draft. */
  check(c: Context, d: DraftRecord, write: boolean): void;
  /** Agencies whose drafts the caller may list (undefined: all). */
  agencies(c: Context): string[] | undefined;
  /** Throws 403 when the caller may not create a draft for this agency. */
  canCreate(c: Context, agency: string): void;
}

const Base = z.number().int().min(1).optional().describe('修改所基于的版本号（与 If-Match 相同）');

const PatchSchema = z
  .object({
    baseVersion: Base,
    meta: MetaSchema.partial().optional(),
    numbers: z.record(CellIdSchema, z.number().finite().nullable()).optional(),
    facts: z.array(FactSchema.extend({ value: FactSchema.shape.value.nullable() })).max(200).optional(),
    fee: FeeSchema.nullable().optional(),
    /** The clerk's own edits of a section's text (recorded as generator 'user'). */
    sections: z.array(z.object({ no: z.number().int().min(1).max(6), text: z.string().max(20000) })).max(6).optional(),
  })
  .strict();
const RegenerateSchema = z.object({ baseVersion: Base, instruction: z.string().trim().max(200, '修改要求不超过200字').optional() }).strict();
const GenerateSchema = z.object({ baseVersion: Base }).strict();
const RestoreSchema = z.object({ baseVersion: Base, section: z.number().int().min(1).max(6).optional() }).strict();
const FillSchema = z.object({ baseVersion: Base, table: z.enum(['t2', 't3', 't4'], { message: '表格应为 t2、t3 或 t4' }) }).strict();

export const draftView = (d: DraftRecord) => ({
  id: d.id,
  version: d.currentVersion,
  updatedAt: d.updatedAt,
  input: d.input,
  draft: d.report,
  sections: d.outcome?.sections ?? [],
  notices: d.outcome?.notices ?? [],
  findings: d.outcome?.findings ?? [],
});

/** JSON of a draft with its version as ETag. */
const answer = (c: Context, d: DraftRecord, status: 200 | 201 = 200) => {
  c.header('ETag', `"${d.currentVersion}"`);
  return c.json(draftView(d), status);
};

/** The base version a write names: If-Match header or baseVersion in the body (they must agree). */
export function baseVersion(c: Context, bodyBase?: number): number | undefined {
  const h = c.req.header('if-match')?.trim();
  let fromHeader: number | undefined;
  if (h && h !== '*') {
    const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(h);
    if (!m) throw new UserError(`If-Match 请求头「${h.slice(0, 40)}」无效：应为草稿版本号，如 "3"（取自上次响应的 ETag）。`, 400);
    fromHeader = Number(m[1]);
  }
  if (fromHeader !== undefined && bodyBase !== undefined && fromHeader !== bodyBase)
    throw new UserError(`If-Match（第${fromHeader}版）与 baseVersion（第${bodyBase}版）不一致。`, 400);
  return fromHeader ?? bodyBase;
}

function narrativeNo(param: string): NarrativeNo {
  let name = param;
  try {
    name = decodeURIComponent(param);
  } catch {
    // a lone % is just a name that matches nothing
  }
  const s = /^[1-6]$/.test(name) ? Number(name) : sectionByKey(name.replace(/^[一二三四五六]、/, ''))?.no;
  if (s === 1 || s === 5) return s;
  throw new UserError(`只有「${sectionHeading(sectionByNo(1)!)}」和「${sectionHeading(sectionByNo(5)!)}」可以重新生成；「${name.slice(0, 40)}」不是其中之一（其余部分由表格和填写内容确定）。`, 400);
}

export function draftRoutes(deps: DraftRouteDeps) {
  const access = deps.access;
  const load = async (c: Context, write = false) => {
    const d = await loadDraft(deps.drafts, c.req.param('id')!);
    access?.check(c, d, write);
    return d;
  };

  /** Generate as one JSON answer, or with ?stream=1 as SSE progress → deltas → done. */
  const run = async (c: Context, o: Parameters<typeof generateDraft>[2]) => {
    const signal = c.req.raw.signal;
    if (c.req.query('stream') !== '1') return answer(c, (await generateDraft(deps, c.req.param('id')!, { ...o, signal })).draft);
    return streamSSE(c, async (s) => {
      const send = (e: ProgressEvent) => void s.writeSSE({ event: e.type === 'stage' ? 'progress' : e.type, data: JSON.stringify(e) });
      // A first byte at once: the clerk sees the work has started even if the model is slow to answer.
      await s.writeSSE({ event: 'progress', data: JSON.stringify({ type: 'stage', stage: 'start' }) });
      try {
        const r = await generateDraft(deps, c.req.param('id')!, { ...o, signal, onProgress: send });
        await s.writeSSE({ event: 'done', data: JSON.stringify(draftView(r.draft)) });
      } catch (e) {
        if (e instanceof GenerationAborted) return;
        const error = isUserError(e) ? e.message : '生成失败，草稿和填写内容已保存，请重试。';
        await s.writeSSE({ event: 'error', data: JSON.stringify({ error, status: isUserError(e) ? e.status : 500 }) });
      }
    });
  };

  const app = new Hono()
    .post('/', async (c) => {
      const body = await readJson(c, z.unknown());
      const agency = (body as { meta?: { agency?: unknown } } | null)?.meta?.agency;
      if (typeof agency === 'string') access?.canCreate(c, agency.trim());
      return answer(c, await createDraft(deps, body), 201);
    })
    .post('/from-report', async (c) => {
      const { filename, bytes, fields } = await readUpload(c, '上年的年度报告（txt、html、docx 或 pdf）');
      const year = fields.year ?? c.req.query('year');
      const y = year ? Number(year) : undefined;
      if (y !== undefined && !(Number.isInteger(y) && y >= 2008 && y <= 2100)) throw new UserError(`年度「${String(year).slice(0, 10)}」无效。`, 400);
      const { draft, notes } = await draftFromLastYear(deps, bytes, filename, { year: y, canCreate: (agency) => access?.canCreate(c, agency) });
      c.header('ETag', `"${draft.currentVersion}"`);
      return c.json({ ...draftView(draft), carryNotes: notes }, 201);
    })
    .get('/', async (c) => c.json({ drafts: await deps.drafts.list({ agencies: access?.agencies(c) }) }))
    .get('/:id', async (c) => answer(c, await load(c)))
    .patch('/:id', async (c) => {
      await load(c, true);
      const p = await readJson(c, PatchSchema);
      return answer(c, await patchDraft(deps, c.req.param('id'), p, { ifVersion: baseVersion(c, p.baseVersion) }));
    })
    .get('/:id/versions', async (c) => {
      await load(c);
      return c.json({ id: c.req.param('id'), versions: await listVersions(deps.drafts, c.req.param('id')) });
    })
    .post('/:id/versions/:v/restore', async (c) => {
      const v = Number(c.req.param('v'));
      if (!Number.isInteger(v) || v < 1) throw new UserError(`版本号「${c.req.param('v').slice(0, 20)}」无效，应为正整数。`, 400);
      await load(c, true);
      const b = await readJson(c, RestoreSchema, true);
      return answer(c, await restoreVersion(deps, c.req.param('id'), v, { section: b.section, ifVersion: baseVersion(c, b.baseVersion) }));
    })
    .post('/:id/fill-zeros', async (c) => {
      await load(c, true);
      const b = await readJson(c, FillSchema);
      const { draft, filled } = await fillZeros(deps, c.req.param('id'), b.table, { ifVersion: baseVersion(c, b.baseVersion) });
      c.header('ETag', `"${draft.currentVersion}"`);
      return c.json({ ...draftView(draft), filled });
    })
    .post('/:id/generate', async (c) => {
      await load(c, true);
      const b = await readJson(c, GenerateSchema, true);
      return run(c, { ifVersion: baseVersion(c, b.baseVersion) });
    })
    .post('/:id/sections/:section/regenerate', async (c) => {
      await load(c, true);
      const no = narrativeNo(c.req.param('section'));
      const b = await readJson(c, RegenerateSchema, true);
      return run(c, { section: no, instruction: b.instruction, ifVersion: baseVersion(c, b.baseVersion) });
    })
    .get('/:id/export', async (c) => {
      const d = await load(c);
      const file = await exportDraft(d, c.req.query('format') ?? 'docx');
      return new Response(file.body as BodyInit, { headers: file.headers });
    });
  app.onError((err, c) => errorResponse(err, c));
  return app;
}
