// The batch review use-case and its routes: per-file rows streamed as NDJSON, bad files as rows, year-over-year
// from the batch or the corpus store, decisions by fingerprint across re-uploads, xlsx and CSV export.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '../../server/corpus/ingest.js';
import { createApp } from '../../server/http/app.js';
import { renderReport } from '../../server/render/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import { CSV_HEADERS, FINDING_HEADERS, SUMMARY_HEADERS, type ReviewRow } from '../../server/review/index.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { openStore, type Store } from '../../server/store/db.js';
import { getDecision } from '../../server/store/reviews.js';
import { lastYear, mixedBatch, zipOf, type FixtureFile } from './fixtures.js';

let store: Store;
let app: ReturnType<typeof createApp>;
let batch: Awaited<ReturnType<typeof mixedBatch>>;

beforeAll(async () => {
  store = openStore(':memory:');
  app = createApp({ storage: sqliteStorage(store), embedder: new LocalEmbedder(), config: { auth: { disabled: true } } });
  batch = await mixedBatch();
});

async function check(files: FixtureFile[]) {
  const form = new FormData();
  for (const f of files) form.append('files', new File([new Uint8Array(f.bytes)], f.name));
  const res = await app.request('/api/review/check', { method: 'POST', body: form });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/ndjson/);
  const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
  return { lines, rows: lines.filter((l) => l.type === 'row').map((l) => l.row as ReviewRow) };
}

const exportRows = (rows: ReviewRow[]) => rows.map(({ text, tablesHtml, notes, kind, index, ...rest }) => rest);

// Twenty files, five of them Word documents: generous time on a loaded machine.
describe('batch review', { timeout: 120_000 }, () => {
  let rows: ReviewRow[];

  it('streams start, a read event per file, a row per file, done — 20 files, bad ones as Chinese rows', async () => {
    const r = await check(batch.files);
    rows = r.rows;
    expect(r.lines[0]).toEqual({ type: 'start', total: 20 });
    expect(r.lines.filter((l) => l.type === 'read')).toHaveLength(20);
    expect(rows).toHaveLength(20);
    expect(r.lines.at(-1)).toMatchObject({ type: 'done', total: 20, failed: 2 });
    const byName = (n: string) => rows.find((x) => x.file === n)!;
    expect(byName('扫描件.pdf').error).toMatch(/PDF/);
    expect(byName('会议通知.txt').error).toMatch(/不是政府信息公开工作年度报告/);
    const docx = rows.find((x) => x.file.endsWith('.docx') && !x.error)!;
    expect(docx).toMatchObject({ format: '2021', level: expect.any(String) });
    expect(docx.tablesHtml).toContain('data-cell="t3.new.natural"');
    // Findings carry plain titles, severity words and a fingerprint.
    const f = rows.flatMap((x) => x.findings).find((x) => x.rule === 'F-HEADINGS')!;
    expect(f).toMatchObject({ title: '部分标题缺失、顺序错误、编号错误或改写', severityName: '错误', id: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(rows.find((x) => x.file.startsWith('000_'))!.text).toContain(f.evidence.quote!.replace(/\s+/g, ' ').slice(0, 4));
  });

  it('year-over-year runs when last year of the same agency is in the same batch', () => {
    const now = rows.find((x) => x.agency === batch.pair.agency && x.year === batch.pair.year)!;
    expect(now.previous).toMatchObject({ from: 'batch', year: batch.pair.year - 1 });
    expect(now.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['Y-CARRYOVER', 'Y-REUSE']));
    // Reports without last year's: no Y-* rules.
    expect(rows.filter((x) => !x.previous).flatMap((x) => x.findings).some((f) => f.rule.startsWith('Y-'))).toBe(false);
  });

  it('…or in the corpus store', async () => {
    const r = randomValidReport(555, { year: 2024, format: '2021' });
    await ingestText(sqliteStorage(store), renderReport(lastYear(r), 'txt'), { source: 'test:last-year', embedder: new LocalEmbedder() });
    const { rows: one } = await check([{ name: 'now.txt', bytes: Buffer.from(renderReport(r, 'txt')) }]);
    expect(one[0].previous).toMatchObject({ from: 'corpus', name: 'test:last-year', year: 2023 });
    expect(one[0].findings.map((f) => f.rule)).toContain('Y-CARRYOVER');
  });

  it('a dismissal (reason required) survives a re-upload, also inside a zip; undo removes it', async () => {
    const target = rows.find((x) => x.file.startsWith('000_'))!.findings[0];
    const post = (body: unknown) => app.request('/api/review/decisions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const noReason = await post({ fingerprint: target.id, decision: 'dismiss' });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).error).toMatch(/驳回一条问题须说明理由/);
    expect((await post({ fingerprint: 'x', decision: 'confirm' })).status).toBe(400);
    const ok = await post({ fingerprint: target.id, decision: 'dismiss', reason: '标题编号沿用上级模板，已核实' });
    expect(ok.status).toBe(200);
    expect((await getDecision(store, target.id))?.reason).toBe('标题编号沿用上级模板，已核实');

    const zip = await zipOf(batch.files.slice(0, 2));
    const { rows: again } = await check([{ name: '复查.zip', bytes: zip }]);
    expect(again.map((x) => x.file)).toEqual([`复查.zip/${batch.files[0].name}`, `复查.zip/${batch.files[1].name}`]);
    const same = again[0].findings.find((f) => f.id === target.id)!;
    expect(same.decision).toMatchObject({ decision: 'dismiss', reason: '标题编号沿用上级模板，已核实' });

    const list = await (await app.request('/api/review/decisions')).json();
    expect(list.decisions.map((d: { fingerprint: string }) => d.fingerprint)).toContain(target.id);
    await post({ fingerprint: target.id, decision: 'undo' });
    expect(await getDecision(store, target.id)).toBeUndefined();
    await post({ fingerprint: target.id, decision: 'dismiss', reason: '标题编号沿用上级模板，已核实' });
  });

  it('exports .xlsx: a summary sheet and one sheet per report, Chinese headers, 错误/警告/提示, decisions from the store', async () => {
    const res = await app.request('/api/review/export?format=xlsx', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reports: exportRows(rows) }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(1).values).toEqual([undefined, ...SUMMARY_HEADERS]);
    expect(summary.rowCount).toBe(21);
    expect(wb.worksheets).toHaveLength(1 + 18);
    const seed = wb.worksheets[1];
    expect(seed.name).toMatch(/^1 临江市桦树镇人民政府 2023$/);
    expect(seed.getRow(1).values).toEqual([undefined, ...FINDING_HEADERS]);
    const words = new Set<string>();
    for (const ws of wb.worksheets.slice(1)) ws.eachRow((r, i) => i > 1 && r.getCell(2).value && words.add(String(r.getCell(2).value)));
    expect([...words].every((w) => ['错误', '警告', '提示'].includes(w))).toBe(true);
    expect(seed.getRow(2).getCell(10).value).toBe('已驳回');
    expect(seed.getRow(2).getCell(11).value).toBe('标题编号沿用上级模板，已核实');
    const pdfRow = summary.getRows(2, 20)!.find((r) => r.getCell(2).value === '扫描件.pdf')!;
    expect(pdfRow.getCell(11).value).toBe('读取失败');
    expect(String(pdfRow.getCell(13).value)).toMatch(/PDF/);
  });

  it('exports CSV: UTF-8 with BOM, one row per finding, Chinese headers', async () => {
    const res = await app.request('/api/review/export?format=csv', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reports: exportRows(rows) }) });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADERS.join(','));
    const findings = rows.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
    expect(lines.length - 1).toBeGreaterThanOrEqual(findings);
    expect(text).toMatch(/,已驳回,标题编号沿用上级模板，已核实,/);
  });

  it('refuses bad requests in Chinese', async () => {
    const notForm = await app.request('/api/review/check', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(notForm.status).toBe(415);
    const empty = await app.request('/api/review/check', { method: 'POST', body: new FormData() });
    expect((await empty.json()).error).toMatch(/没有收到文件/);
    const fmt = await app.request('/api/review/export?format=pdf', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"reports":[]}' });
    expect((await fmt.json()).error).toMatch(/导出格式「pdf」不支持/);
    const rules = await (await app.request('/api/rules')).json();
    expect(rules.severities).toEqual({ E: '错误', W: '警告', I: '提示' });
    expect(rules.rules.find((r: { id: string }) => r.id === 'T3-BALANCE').title).toMatch(/表三各列/);
  });
});
