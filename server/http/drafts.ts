// /api/drafts route group: create a draft (input stored first), read, edit, version history, (re)generate the
// narrative sections (optionally streamed as SSE), export. Mount with app.route('/api/drafts', draftRoutes(deps)).
import type { LanguageModel } from 'ai';
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { composeDraft, type DraftDeps, type DraftResult, type NarrativeNo, type ProgressEvent, type Retrieve } from '../draft/index.js';
import { DraftInputSchema, type DraftInput } from '../draft/types.js';
import { loadDraft, outcome } from '../chat/save.js';
import { formatIssues, isUserError, UserError } from '../errors.js';
import { sectionByKey, sectionByNo, sectionHeading } from '../format/index.js';
import { renderReport, TEXT_FORMATS, type TextFormat } from '../render/index.js';
import { CellIdSchema, FactSchema, FeeSchema, MetaSchema, SectionSchema } from '../report/schema.js';
import type { DraftRecord, DraftStore } from '../store/drafts.js';

export interface DraftRouteDeps {
  drafts: DraftStore;
  model?: LanguageModel;
  /** Why there is no model (shown when the offline drafter is used). */
  modelNotice?: string;
  retrieve?: Retrieve;
  timeout?: { totalMs: number; chunkMs?: number };
  maxRetries?: number;
}

const PatchSchema = z
  .object({
    meta: MetaSchema.partial().optional(),
    numbers: z.record(CellIdSchema, z.number().finite().nullable()).optional(),
    facts: z.array(FactSchema).max(200).optional(),
    fee: FeeSchema.nullable().optional(),
    /** The clerk's own edits of a section's text (recorded as generator 'user'). */
    sections: z.array(SectionSchema.pick({ no: true, text: true })).max(6).optional(),
  })
  .strict();
const RegenerateSchema = z.object({ instruction: z.string().trim().max(200, '修改要求不超过200字').optional() }).strict();

class BadRequest extends UserError {}

async function body<T>(c: Context, schema: z.ZodType<T>, optional = false): Promise<T> {
  const text = await c.req.text();
  if (!text.trim()) {
    if (optional) return schema.parse({});
    throw new BadRequest('请求体为空，应为 JSON。');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BadRequest('请求体不是有效的 JSON。');
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new UserError(`请求内容有误：\n${formatIssues(r.error.issues)}`, 400, r.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })));
  return r.data;
}

const view = (d: DraftRecord) => ({
  id: d.id,
  version: d.currentVersion,
  updatedAt: d.updatedAt,
  input: d.input,
  draft: d.report,
  sections: d.outcome?.sections ?? [],
  notices: d.outcome?.notices ?? [],
  findings: d.outcome?.findings ?? [],
});

function narrativeNo(param: string): NarrativeNo {
  const s = /^[1-6]$/.test(param) ? Number(param) : sectionByKey(decodeURIComponent(param).replace(/^[一二三四五六]、/, ''))?.no;
  if (s === 1 || s === 5) return s;
  throw new UserError(`只有「${sectionHeading(sectionByNo(1)!)}」和「${sectionHeading(sectionByNo(5)!)}」可以重新生成；「${param}」不是其中之一（其余部分由表格和填写内容确定）。`, 400);
}

export function draftRoutes(deps: DraftRouteDeps) {
  const { drafts } = deps;
  const load = (id: string) => loadDraft(drafts, id);
  const draftDeps = (c: Context, extra: Partial<DraftDeps> = {}): DraftDeps => ({
    model: deps.model,
    modelNotice: deps.modelNotice,
    retrieve: deps.retrieve,
    timeout: deps.timeout,
    maxRetries: deps.maxRetries,
    signal: c.req.raw.signal,
    ...extra,
  });

  /** Run a composition; with ?stream=1 as SSE progress → deltas → done, else as one JSON answer. */
  const run = (c: Context, d: DraftRecord, extra: Partial<DraftDeps>, save: (r: DraftResult) => DraftRecord) => {
    if (c.req.query('stream') !== '1') return composeDraft(d.input, draftDeps(c, extra)).then((r) => c.json(view(save(r))));
    return streamSSE(c, async (s) => {
      const send = (e: ProgressEvent) => {
        const event = e.type === 'stage' ? 'progress' : e.type;
        void s.writeSSE({ event, data: JSON.stringify(e) });
      };
      try {
        const r = await composeDraft(d.input, draftDeps(c, { ...extra, onProgress: send }));
        await s.writeSSE({ event: 'done', data: JSON.stringify(view(save(r))) });
      } catch (e) {
        await s.writeSSE({ event: 'error', data: JSON.stringify({ error: isUserError(e) ? e.message : '生成失败，草稿和填写内容已保存，请重试。' }) });
      }
    });
  };

  const app = new Hono()
    .post('/', async (c) => {
      const input = await body(c, DraftInputSchema);
      const created = drafts.create(input); // stored before anything else can fail
      const r = await composeDraft(input, { mode: 'offline', modelNotice: deps.modelNotice });
      const d = drafts.addVersion(created.id, { kind: 'generate', report: r.report, outcome: outcome(r), note: '初稿（离线起草器）' });
      return c.json(view(d), 201);
    })
    .get('/', (c) => c.json({ drafts: drafts.list() }))
    .get('/:id', (c) => c.json(view(load(c.req.param('id')))))
    .patch('/:id', async (c) => {
      const d = load(c.req.param('id'));
      const p = await body(c, PatchSchema);
      const merged = DraftInputSchema.safeParse({
        ...d.input,
        meta: { ...d.input.meta, ...(p.meta ?? {}) },
        numbers: { ...d.input.numbers, ...(p.numbers ?? {}) },
        facts: p.facts ?? d.input.facts,
        fee: p.fee === null ? undefined : (p.fee ?? d.input.fee),
      });
      if (!merged.success) throw new UserError(`修改后的内容有误：\n${formatIssues(merged.error.issues)}`, 400);
      const input: DraftInput = merged.data;
      // Fixed parts and tables follow the new input; narrative sections are kept as they are (no model call).
      const r = await composeDraft(input, { only: [], previous: d.report ?? undefined, mode: 'offline', modelNotice: deps.modelNotice });
      let report = r.report;
      for (const s of p.sections ?? []) {
        report = { ...report, sections: report.sections.map((x) => (x.no === s.no ? { ...x, text: s.text, generator: 'user' as const, subsections: undefined } : x)) };
      }
      const what = [p.meta && '基本信息', p.numbers && '表格数字', p.facts && '事实', p.fee !== undefined && '信息处理费', p.sections && '正文'].filter(Boolean).join('、');
      return c.json(view(drafts.addVersion(d.id, { kind: 'edit', input, report, outcome: outcome({ ...r, report }), note: `修改${what || '内容'}` })));
    })
    .get('/:id/versions', (c) => {
      const id = c.req.param('id');
      load(id);
      return c.json({ id, versions: drafts.versions(id) });
    })
    .post('/:id/versions/:v/restore', (c) => {
      const v = Number(c.req.param('v'));
      if (!Number.isInteger(v) || v < 1) throw new UserError(`版本号「${c.req.param('v')}」无效，应为正整数。`, 400);
      load(c.req.param('id'));
      return c.json(view(drafts.restore(c.req.param('id'), v)));
    })
    .post('/:id/generate', async (c) => {
      const d = load(c.req.param('id'));
      return run(c, d, {}, (r) => drafts.addVersion(d.id, { kind: 'generate', report: r.report, outcome: outcome(r), note: '生成正文' }));
    })
    .post('/:id/sections/:section/regenerate', async (c) => {
      const d = load(c.req.param('id'));
      const no = narrativeNo(c.req.param('section'));
      const { instruction } = await body(c, RegenerateSchema, true);
      return run(c, d, { only: [no], previous: d.report ?? undefined, instruction }, (r) =>
        drafts.addVersion(d.id, { kind: 'section', section: no, report: r.report, outcome: outcome(r), note: `重新生成第${sectionByNo(no)!.numeral}部分${instruction ? `：${instruction}` : ''}` }),
      );
    })
    .get('/:id/export', async (c) => {
      const d = load(c.req.param('id'));
      const fmt = c.req.query('format') ?? 'docx';
      const exportable: string[] = [...TEXT_FORMATS, 'docx'];
      if (!exportable.includes(fmt)) throw new UserError(`导出格式「${fmt}」不支持，可用：${exportable.join('、')}。`, 400);
      if (!d.report) throw new UserError('该草稿还没有生成正文，无法导出。', 409);
      const name = encodeURIComponent(`${d.report.title ?? d.agency}.${fmt}`);
      const disposition = `attachment; filename="draft.${fmt}"; filename*=UTF-8''${name}`;
      if (fmt === 'docx') {
        const { renderDocx } = await import('../render/docx.js');
        const buf = await renderDocx(d.report);
        return new Response(new Uint8Array(buf), {
          headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'content-disposition': disposition },
        });
      }
      const type = { md: 'text/markdown', html: 'text/html', txt: 'text/plain' }[fmt as TextFormat];
      const text = renderReport(d.report, fmt as TextFormat, { standalone: true });
      return c.body(text, 200, { 'content-type': `${type}; charset=utf-8`, 'content-disposition': disposition, 'x-content-type-options': 'nosniff' });
    });

  app.onError((err, c) => {
    if (isUserError(err)) return c.json({ error: err.message, ...(err.details ? { issues: err.details } : {}) }, err.status);
    return c.json({ error: '服务器内部错误，草稿和填写内容已保存，请稍后重试。' }, 500);
  });
  return app;
}
