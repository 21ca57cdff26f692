// The web UI: static files from web/ at `/`, and the format declaration as JSON (`GET /api/format/:id`) so the page
// lays out the official tables and computes totals from the same declaration as the server — no label in the page.
// Runtime-agnostic: files are read through an injected readAsset (the Node entry reads web/ from disk — see
// readAssetFromDisk in server/node.ts; the Worker reads the static-assets binding). Without one there is no page.
import { Hono } from 'hono';
import { cellsOf, describeCell, FACTS, FORMATS, formatForYear, LEVELS, SECTIONS, T3_APPLICANT_HEADER, type FormatId } from '../format/index.js';
import { ruleDef } from '../check/catalogue.js';
import { termsOf } from '../report/tables.js';

export type ReadAsset = (path: string) => Promise<Uint8Array | string | null>;

export interface UiRouteDeps {
  readAsset?: ReadAsset;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
};

/** Everything the page needs to draw and total one format. */
export function formatPayload(id: FormatId) {
  const f = FORMATS[id];
  const cells = cellsOf(id).map((c) => ({
    id: c.id,
    table: c.table,
    block: c.block,
    row: c.row.key,
    col: c.col.key,
    kind: c.kind,
    computed: c.computed,
    terms: c.computed ? termsOf(c) : undefined,
    place: describeCell(id, c.id),
  }));
  const t3 = f.tables.find((t) => t.key === 't3')!.blocks[0];
  const sum = (row: string) => t3.columns.map((c) => `t3.${row}.${c.key}`);
  const resultTotal = t3.rows.find((r) => r.sumOf)!.key;
  const intake = t3.rows.filter((r) => !r.group && !r.parents?.length).map((r) => r.key);
  // 「一、本年新收…」 → 「一」; 「（七）总计」 stays whole: the balance's two sides as the page shows them.
  const short = (key: string) => t3.rows.find((r) => r.key === key)!.label.split('、')[0];
  return {
    id: f.id,
    name: f.name,
    issuedWith: f.issuedWith,
    tables: f.tables,
    cells,
    applicantHeader: T3_APPLICANT_HEADER,
    // 表三 balance per column: 一 + 二 = （七）总计 + 四 (rows named by key from the declaration).
    balance: {
      rule: 'T3-BALANCE',
      title: ruleDef('T3-BALANCE').title,
      lhsText: `${short(intake[0])}+${short(intake[1])}`,
      rhsText: `${short(resultTotal)}+${short(intake[2])}`,
      columns: t3.columns.map((c, i) => ({
        col: c.key,
        lhs: [sum(intake[0])[i], sum(intake[1])[i]],
        rhs: [sum(resultTotal)[i], sum(intake[2])[i]],
      })),
    },
    sections: SECTIONS,
    facts: FACTS,
    levels: LEVELS,
  };
}

export function uiRoutes(deps: UiRouteDeps = {}) {
  const read = deps.readAsset ?? (async () => null);
  const serve = async (path: string) => {
    if (!/^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.[a-z]+$/i.test(path) || path.includes('..')) return null;
    const body = await read(path);
    if (body === null) return null;
    const ext = path.split('.').pop()!.toLowerCase();
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(ext === 'html'
          ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'" }
          : {}),
      },
    });
  };

  return new Hono()
    .get('/api/format/:id', (c) => {
      const id = c.req.param('id');
      if (id !== '2019' && id !== '2021') return c.json({ error: `表格格式「${id}」不存在，可用：2019、2021。`, field: 'id' }, 404);
      return c.json(formatPayload(id));
    })
    .get('/api/format-for-year/:year', (c) => {
      const y = Number(c.req.param('year'));
      if (!Number.isInteger(y) || y < 2008 || y > 2100) return c.json({ error: '报告年度应为2008–2100之间的整数。', field: 'year' }, 400);
      return c.json({ year: y, format: formatForYear(y) });
    })
    .get('/favicon.ico', (c) => c.body(null, 204))
    .get('/', async (c) => (await serve('index.html')) ?? c.text('页面文件缺失（web/index.html）。', 500))
    .get('/:file{[a-z0-9_-]+\\.(js|css|html|svg|png|ico|json)}', async (c) => (await serve(c.req.param('file'))) ?? c.notFound());
}
