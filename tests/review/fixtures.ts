// A reviewer's mixed batch built from the project's own renderer and corpus texts: Word, web pages, plain text,
// a last-year report of one agency (so the Y-* rules run), a PDF and a file that is not a report.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { randomValidReport } from '../../server/report/generate.js';
import type { Report } from '../../server/report/schema.js';
import { renderDocx } from '../../server/render/docx.js';
import { renderReport } from '../../server/render/index.js';

export interface FixtureFile {
  name: string;
  bytes: Buffer;
}

const SEEDS = 'corpus/seeds';

/** Last year's report of the same agency: same text (Y-REUSE), a different carry-over (Y-CARRYOVER). */
export function lastYear(r: Report): Report {
  const prev = structuredClone(r);
  prev.meta.year = r.meta.year - 1;
  if (prev.title) prev.title = prev.title.replace(String(r.meta.year), String(prev.meta.year));
  prev.tables['t3.next.natural'] = { value: (r.tables['t3.carried.natural']?.value ?? 0) + 7 };
  return prev;
}

export function seedTexts(): FixtureFile[] {
  return readdirSync(SEEDS)
    .sort()
    .map((f) => ({ name: f, bytes: readFileSync(join(SEEDS, f)) }));
}

/** 20 files: 5 corpus seeds (txt), 12 rendered reports (docx, html, txt), last year's of one, a PDF, a non-report. */
export async function mixedBatch(): Promise<{ files: FixtureFile[]; pair: { agency: string; year: number } }> {
  const files = seedTexts();
  const reports = Array.from({ length: 12 }, (_, i) => randomValidReport(100 + i, { year: 2023, format: '2021' }));
  for (const [i, r] of reports.entries()) {
    const base = `${String(i + 1).padStart(2, '0')}-${r.meta.agency}`;
    if (i % 3 === 0) files.push({ name: `${base}.docx`, bytes: await renderDocx(r) });
    else if (i % 3 === 1) files.push({ name: `${base}.html`, bytes: Buffer.from(renderReport(r, 'html', { standalone: true })) });
    else files.push({ name: `${base}.txt`, bytes: Buffer.from(renderReport(r, 'txt')) });
  }
  const prev = lastYear(reports[0]);
  files.push({ name: `${prev.meta.agency}-${prev.meta.year}.docx`, bytes: await renderDocx(prev) });
  files.push({ name: '扫描件.pdf', bytes: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') });
  files.push({ name: '会议通知.txt', bytes: Buffer.from('关于召开全镇安全生产工作会议的通知\n各村委会：定于下周一上午九时召开会议，请准时参加。\n', 'utf8') });
  return { files, pair: { agency: reports[0].meta.agency, year: reports[0].meta.year } };
}

export async function zipOf(files: FixtureFile[], opts: { compression?: 'STORE' | 'DEFLATE' } = {}): Promise<Buffer> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: opts.compression ?? 'DEFLATE' });
}
