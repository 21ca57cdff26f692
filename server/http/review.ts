// Review routes (thin): the page at /review, the rule catalogue at /api/rules, and under /api/review/* the batch
// check (NDJSON stream of per-file rows), reviewer decisions by fingerprint, and the xlsx / CSV export.
// Mount with app.route('/', reviewRoutes(deps)). Everything a reviewer does lives under /review and /api/review/*.
import { Hono } from 'hono';
import { z } from 'zod';
import { RULES } from '../check/catalogue.js';
import { SEVERITY_NAME } from '../check/present.js';
import { formatIssues, UserError } from '../errors.js';
import { batchCsvExport, batchXlsx, expandUploads, reviewBatch, type ExportRow, type Upload } from '../review/index.js';
import { requireRole } from '../auth/guard.js';
import { NO_PROOFREAD_MODEL_NOTICE } from '../check/index.js';
import type { AppDeps } from './deps.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

const DecisionBody = z.object({
  fingerprint: z.string().regex(/^[\w:.-]{4,200}$/, '问题指纹格式不对'),
  decision: z.enum(['confirm', 'dismiss', 'undo'], { message: '决定应为 confirm（确认）、dismiss（驳回）或 undo（撤销）' }),
  reason: z.string().trim().max(500, '理由请控制在 500 字以内').default(''),
});

const ExportBody = z.object({
  reports: z
    .array(
      z.object({
        file: z.string().max(1000),
        agency: z.string().max(200).optional(),
        level: z.string().max(20).optional(),
        year: z.number().int().nullable().optional(),
        format: z.string().max(10).nullable().optional(),
        error: z.string().max(2000).optional(),
        previous: z.object({ name: z.string().max(1000), year: z.number().int() }).nullable().optional(),
        findings: z.array(z.looseObject({ id: z.string().max(200), rule: z.string().max(40), severity: z.enum(['E', 'W', 'I']), message: z.string().max(5000) })).max(2000),
      }),
    )
    .min(1, '没有可导出的报告')
    .max(1000),
});

function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (!r.success) throw new UserError(`请求内容有误：\n${formatIssues(r.error.issues)}`, 400);
  return r.data;
}

const filenameHeader = (name: string) => `attachment; filename="review.${name.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function reviewRoutes(deps: AppDeps) {
  const store = deps.storage;
  const app = new Hono();
  // Everything under /api/review is the reviewer's desk: reviewers and admins only (accounts off: open).
  app.use('/api/review/*', async (c, next) => {
    if (!deps.config.auth?.disabled) requireRole(c, 'reviewer', 'admin');
    await next();
  });
  return app
    .get('/review', async (c) => {
      const body = await deps.readAsset?.('review.html');
      if (!body) return c.text('页面文件缺失（web/review.html）。', 500);
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'content-security-policy': CSP },
      });
    })
    .get('/api/rules', (c) => c.json({ severities: SEVERITY_NAME, rules: RULES }))
    .post('/api/review/check', async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) throw new UserError('请以表单（multipart/form-data）字段 files 上传一个或多个报告文件或 zip 压缩包。', 415);
      let form: Record<string, unknown>;
      try {
        form = await c.req.parseBody({ all: true });
      } catch {
        throw new UserError('上传的表单格式有误（multipart 内容不完整或边界不对），请重新选择文件上传。', 400);
      }
      const files = ([] as unknown[]).concat(form.files ?? []).filter((f): f is File => f instanceof File);
      if (!files.length) throw new UserError('没有收到文件：请以表单字段 files 上传报告（txt、html、docx、pdf）或 zip 压缩包。', 400);
      const uploads: Upload[] = [];
      for (const f of files) uploads.push({ name: f.name || '未命名文件', bytes: new Uint8Array(await f.arrayBuffer()) });
      const enc = new TextEncoder();
      const started = Date.now();
      const stream = new ReadableStream<Uint8Array>({
        async start(ctl) {
          const send = (o: unknown) => ctl.enqueue(enc.encode(`${JSON.stringify(o)}\n`));
          try {
            const items = await expandUploads(uploads);
            send({ type: 'start', total: items.length });
            const rows = await reviewBatch(store, items, {
              onRead: (done, total, name) => send({ type: 'read', done, total, name }),
              onRow: (row) => send({ type: 'row', row }),
              model: deps.model,
            });
            // Without a model the proofreading of typos (P-TYPO) was skipped: said once for the batch.
            send({ type: 'done', total: rows.length, failed: rows.filter((r) => r.error).length, ms: Date.now() - started, ...(deps.model ? {} : { notice: NO_PROOFREAD_MODEL_NOTICE }) });
          } catch (e) {
            console.error('[nianbao] review batch failed:', e);
            send({ type: 'error', error: '批量校验中断（服务器内部错误），已完成的结果仍然有效，请重试其余文件。' });
          }
          ctl.close();
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } });
    })
    .get('/api/review/decisions', async (c) => c.json({ decisions: await store.reviews.list() }))
    .post('/api/review/decisions', async (c) => {
      const b = parse(DecisionBody, await c.req.json());
      if (b.decision === 'undo') {
        await store.reviews.delete(b.fingerprint);
        return c.json({ fingerprint: b.fingerprint, decision: null });
      }
      if (b.decision === 'dismiss' && !b.reason) throw new UserError('驳回一条问题须说明理由。', 400, [{ field: 'reason', reason: '驳回须说明理由' }]);
      return c.json({ fingerprint: b.fingerprint, decision: await store.reviews.set(b.fingerprint, b.decision, b.reason) });
    })
    .post('/api/review/export', async (c) => {
      const fmt = c.req.query('format') ?? 'xlsx';
      if (fmt !== 'xlsx' && fmt !== 'csv') throw new UserError(`导出格式「${fmt}」不支持，可用：xlsx、csv。`, 400);
      const { reports } = parse(ExportBody, await c.req.json());
      const stamp = new Date().toISOString().slice(0, 10);
      if (fmt === 'csv') {
        const csv = await batchCsvExport(store, reports as ExportRow[]);
        return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': filenameHeader(`年报审核-${stamp}.csv`) });
      }
      const xlsx = await batchXlsx(store, reports as ExportRow[]);
      return c.body(new Uint8Array(xlsx), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': filenameHeader(`年报审核-${stamp}.xlsx`),
      });
    });
}
