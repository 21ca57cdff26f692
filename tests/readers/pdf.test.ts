// PDF reader: cells of Chromium-printed renderings against the generator's own report (tests/fixtures/pdf/make.ts),
// meta from PDFs, the bundled CMaps, Kangxi radicals, and the files it must refuse with a clear Chinese message.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../server/errors.js';
import { readDocument } from '../../server/parse/readers/index.js';
import { NOT_PDF, pdfToText, readPdf, SCANNED_PDF } from '../../server/parse/readers/pdf.js';
import { normaliseRadicals, hasRadicals } from '../../server/parse/readers/radicals.js';
import { parseText } from '../../server/parse/text.js';
import type { PdfFixture } from '../fixtures/pdf/make.js';
import { linesPage, miniPdf } from '../fixtures/pdf/minipdf.js';

const DIR = new URL('../fixtures/pdf/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, DIR));
const EXPECTED: PdfFixture[] = JSON.parse(fixture('expected.json').toString('utf8'));

async function refusal(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('accepted');
}

describe('text-layer PDFs printed from the project renderings', () => {
  // Read one after another (the reader's time budget is wall-clock; many at once on a busy machine would hit it).
  type Read = { doc: Awaited<ReturnType<typeof readDocument>>; report: ReturnType<typeof parseText> };
  const results: { fx: PdfFixture; parsed: Promise<Read> }[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  for (const fx of EXPECTED) {
    const parsed = chain.then(async () => {
      const doc = await readDocument(fixture(fx.file), fx.file);
      return { doc, report: parseText(doc.text, { file: fx.file }) };
    });
    chain = parsed.catch(() => undefined);
    results.push({ fx, parsed });
  }

  it('covers both formats, the 小计 variant and at least 7 reports', () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(7);
    expect(new Set(EXPECTED.map((f) => f.meta.format))).toEqual(new Set(['2019', '2021']));
    expect(EXPECTED.some((f) => f.subtotal)).toBe(true);
  });

  it('cell accuracy ≥ 99.5% with no cell read as a wrong number', { timeout: 120_000 }, async () => {
    let scored = 0;
    let correct = 0;
    const misreads: string[] = [];
    for (const { fx, parsed } of results) {
      const { report } = await parsed;
      for (const [id, want] of Object.entries(fx.cells)) {
        scored++;
        const got = report.tables[id]?.value ?? null;
        if (got === want) correct++;
        else if (got !== null) misreads.push(`${fx.file} ${id}: ${want} → ${got}`);
      }
    }
    expect(scored).toBeGreaterThan(1300);
    expect(misreads).toEqual([]);
    expect(correct / scored).toBeGreaterThanOrEqual(0.995);
  });

  it('reads agency, year and format from every PDF', async () => {
    for (const { fx, parsed } of results) {
      const { doc, report } = await parsed;
      expect(doc.kind).toBe('pdf');
      expect(report.meta.agency, fx.file).toBe(fx.meta.agency);
      expect(report.meta.year, fx.file).toBe(fx.meta.year);
      expect(report.format, fx.file).toBe(fx.meta.format);
    }
  });

  it('writes tables in the HTML reader layout: pipe rows, repeated page headers once', async () => {
    const { doc } = await results[0].parsed;
    expect(doc.text).toMatch(/^\| 一、本年新收政府信息公开申请数量 \| \d+ \|/m);
    const header = doc.text.split('\n').filter((l) => l.startsWith('| 商业企业 | 科研机构 |'));
    expect(header).toHaveLength(1);
    expect(doc.notes.join()).toMatch(/表格框线/);
  });

  it('the 小计 column reaches the parser by its header and is skipped', async () => {
    const sub = results.find((r) => r.fx.subtotal)!;
    const { doc, report } = await sub.parsed;
    expect(doc.text).toContain('| 其他 | 小计 |');
    expect(report.source.notes.map((n) => n.message).join()).toMatch(/小计/);
  });
});

describe('Kangxi radicals', () => {
  it('maps the Kangxi and supplement radicals to ordinary characters, nothing else', () => {
    expect(normaliseRadicals('⼯⼀⼈')).toBe('工一人');
    expect(normaliseRadicals('⼈⺠政府⾏政⻓')).toBe('人民政府行政长');
    const other = '（一）、，。：；“三安全一稳定”０１２ＡＢ％—…　ｍ²ﬁ①';
    expect(normaliseRadicals(other)).toBe(other);
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) expect(hasRadicals(normaliseRadicals(String.fromCodePoint(cp)))).toBe(false);
  });

  it('a PDF whose text layer says ⼯⼀⼈ comes out as 工一人', async () => {
    const { getDocument } = await import('unpdf/pdfjs');
    const raw = await getDocument({ data: new Uint8Array(fixture('r2021-kangxi.pdf')), verbosity: 0 }).promise;
    const page = await (await raw.getPage(1)).getTextContent();
    const rawText = page.items.map((x) => ('str' in x ? x.str : '')).join('');
    expect(rawText).toMatch(/[⼯⼀⼈]/); // the fixture does exercise the radicals
    const { text } = await readDocument(fixture('r2021-kangxi.pdf'), 'k.pdf');
    expect(hasRadicals(text)).toBe(false);
    expect(text).toContain('人民政府');
    expect(text).toContain('工作');
    expect(text).toContain('一、总体情况');
  });
});

describe('non-embedded CJK fonts need the bundled CMaps', () => {
  it('reads STSong-Light / UniGB-UCS2-H text and parses agency and year from it', async () => {
    const { text, kind } = await readDocument(fixture('cmap-stsong.pdf'), 'cmap.pdf');
    expect(kind).toBe('pdf');
    expect(text.split('\n')[0]).toBe('青山县白石镇人民政府2023年政府信息公开工作年度报告');
    const report = parseText(text);
    expect(report.meta.agency).toBe('青山县白石镇人民政府');
    expect(report.meta.year).toBe(2023);
  });

  it('without the CMaps the same file has no text, and the message says why', async () => {
    const e = await refusal(pdfToText(fixture('cmap-stsong.pdf'), { cmaps: {} }));
    expect(e.message).toContain('UniGB-UCS2-H');
  });
});

describe('files the reader refuses', () => {
  it('scanned (image-only) PDF → the scanned-document message', async () => {
    const e = await refusal(readDocument(fixture('scanned.pdf'), 'scan.pdf'));
    expect(e.message).toBe(SCANNED_PDF);
    expect(e.status).toBe(422);
  });

  it('encrypted PDF → asks for the password protection to be removed', async () => {
    const e = await refusal(readDocument(fixture('encrypted.pdf'), 'enc.pdf'));
    expect(e.message).toMatch(/已加密/);
  });

  it('not a PDF but named .pdf → says so', async () => {
    for (const buf of [Buffer.from('<!doctype html><html><body>404</body></html>'), Buffer.from(Array.from({ length: 900 }, (_, i) => (i * 131) % 256))]) {
      const e = await refusal(readDocument(buf, 'report.pdf'));
      expect(e.message).toBe(NOT_PDF);
    }
  });

  it('a broken or truncated PDF → a clear message, never a crash', async () => {
    const junk = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    expect((await refusal(readDocument(junk, 'x.pdf'))).message).toMatch(/不是有效的 PDF/);
    const half = fixture('r2021-random.pdf').subarray(0, 60_000);
    const r = await readDocument(half, 'half.pdf').catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    if (r instanceof Error) expect(r).toBeInstanceOf(UserError);
    else expect(typeof r.text).toBe('string');
  });

  it('a 300-page PDF is read up to the page budget (default 60 pages)', async () => {
    // Mid-page text (a line at the same place at the top of every page would be a running head).
    const pages = Array.from({ length: 300 }, (_, i) => ({ texts: [{ x: 72, y: 420, size: 14, text: `第${i + 1}页 政府信息公开工作年度报告附件` }] }));
    const big = miniPdf(pages);
    const t0 = Date.now();
    const r = await readPdf(big, { budget: { maxPages: 60, maxMs: 120_000 } });
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.notes.join()).toMatch(/共 300 页，只读取了前 60 页/);
    expect(r.text).toContain('第60页');
    expect(r.text).not.toContain('第61页');
  }, 30_000);

  it('the time budget stops a slow read with a note or a message', async () => {
    const big = miniPdf(Array.from({ length: 300 }, (_, i) => linesPage([`第${i + 1}页`])));
    const t0 = Date.now();
    // A budget far below the read time on any machine: the stop must happen, whatever the machine's speed.
    const r = await readPdf(big, { budget: { maxPages: 1000, maxMs: 1 } }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    expect(Date.now() - t0).toBeLessThan(3_000);
    if (r instanceof Error) expect(r.message).toMatch(/秒/);
    else expect(r.notes.join()).toMatch(/秒后停止/);
  });
});

describe('pdf.js stays off the import path', () => {
  it('no reader module imports unpdf statically', () => {
    const dir = new URL('../../server/parse/readers/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      expect(src, f).not.toMatch(/^import[^;]*from 'unpdf/m);
      expect(src, f).not.toMatch(/^import[^;]*from '\.\/pdf(-cmaps)?\.js'/m);
    }
  });
});
