// Corpus and search routes: GET /api/search, POST /api/corpus (admin upload), GET /api/corpus[/:id].
import { Hono } from 'hono';
import { z } from 'zod';
import { ingestText } from '../corpus/ingest.js';
import { formatIssues, UserError } from '../errors.js';
import { LEVELS } from '../format/index.js';
import { readDocument } from '../parse/readers/index.js';
import { search } from '../search/hybrid.js';
import { requireAdmin } from './admin.js';
import { readUpload } from './upload.js';
import type { AppDeps } from './deps.js';

const SearchQuery = z.object({
  q: z.string().trim().min(1, '请提供检索内容 q').max(500, '检索内容不超过500字'),
  k: z.coerce.number().int().min(1).max(50).default(5),
  section: z.string().max(40).optional(),
  level: z.enum(LEVELS, { message: `层级应为：${LEVELS.join('、')}` }).optional(),
  yearFrom: z.coerce.number().int().min(2008).max(2100).optional(),
  yearTo: z.coerce.number().int().min(2008).max(2100).optional(),
  format: z.enum(['2019', '2021']).optional(),
  excludeAgency: z.string().max(100).optional(),
});

function bad(issues: z.core.$ZodIssue[]): never {
  throw new UserError(`查询参数有误：\n${formatIssues(issues)}`, 400);
}

export function corpusRoutes(deps: AppDeps) {
  const { storage, embedder } = deps;
  return new Hono()
    .get('/search', async (c) => {
      const q = SearchQuery.safeParse(c.req.query());
      if (!q.success) bad(q.error.issues);
      const { q: text, ...opts } = q.data;
      const hits = await search(storage, embedder, text, opts);
      return c.json({ query: text, hits });
    })
    .get('/corpus', async (c) => c.json({ reports: await storage.reports.list() }))
    .get('/corpus/:id', async (c) => {
      const id = Number(c.req.param('id'));
      const d = Number.isInteger(id) ? await storage.reports.detail(id) : undefined;
      if (!d) throw new UserError(`语料库中没有编号为「${c.req.param('id')}」的报告。`, 404);
      return c.json({ report: d.row, parsed: d.parsed, findings: d.findings });
    })
    .post('/corpus', async (c) => {
      const denied = await requireAdmin(c, deps.config.adminToken);
      if (denied) return denied;
      const { filename, bytes } = await readUpload(c);
      const doc = await readDocument(bytes, filename);
      if (!/[\u4e00-\u9fff]/.test(doc.text) || !/政府信息公开|信息公开/.test(doc.text))
        throw new UserError(`「${filename}」看起来不是政府信息公开工作年度报告（未找到中文的「政府信息公开」字样），未入库。`, 422);
      const outcome = await ingestText(storage, doc.text, { source: `upload:${filename}`, embedder });
      return c.json({ ...outcome, notes: doc.notes }, outcome.status === 'added' ? 201 : 200);
    });
}
