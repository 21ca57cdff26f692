import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../server/cli/main.js';
import { randomValidReport } from '../../server/report/generate.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
const write = (name: string, data: string) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const so = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const se = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await main(['render', ...args]);
    return { code, out: out.join(''), err: err.join('\n') };
  } finally {
    so.mockRestore();
    se.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('nianbao render', () => {
  const report = randomValidReport(31, { format: '2019' });
  const good = write('r.json', JSON.stringify(report));

  it('prints txt to stdout and writes html/md files chosen by --format or the --out extension', async () => {
    const txt = await run(good, '--format', 'txt');
    expect(txt.code).toBe(0);
    expect(txt.out.split('\n')[0]).toBe(report.title);
    const html = await run(good, '--out', join(dir, 'r.html'));
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const md = await run(good);
    expect(md.out.startsWith(`# ${report.title}`)).toBe(true);
  });

  it('accepts a ParsedReport (with source) as produced by nianbao parse --json', async () => {
    const parsed = { ...report, meta: { ...report.meta, year: null }, source: { headings: [], formatDetected: '2019', complete: true, notes: [] } };
    const r = await run(write('p.json', JSON.stringify(parsed)), '--format', 'txt');
    expect(r.code).toBe(0);
    expect(r.out).toContain('第二十条第（九）项');
  });

  it('docx needs --out and then writes a Word file', async () => {
    const no = await run(good, '--format', 'docx');
    expect(no.code).not.toBe(0);
    expect(no.err).toContain('--out');
    const out = join(dir, 'r.docx');
    expect((await run(good, '--out', out)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('word/document.xml')!.async('string')).toContain(report.meta.agency);
  });

  it('names every invalid field in Chinese and exits non-zero', async () => {
    const bad = structuredClone(report) as Record<string, any>;
    bad.meta.year = 1990;
    bad.tables['t3.new.natural'] = { value: '三' };
    delete bad.sections;
    const r = await run(write('bad.json', JSON.stringify(bad)));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('meta.year：报告年度不早于2008年');
    expect(r.err).toContain('tables.t3.new.natural.value');
    expect(r.err).toMatch(/sections：.*数组/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('bad JSON, a missing file, an unknown format: clear messages', async () => {
    expect((await run(write('broken.json', '{"format": '))).err).toMatch(/不是有效的 JSON/);
    expect((await run(join(dir, 'none.json'))).err).toContain('找不到文件');
    expect((await run(good, '--format', 'pdf')).err).toContain('不支持的输出格式「pdf」');
    expect((await run(write('arr.json', '[]'))).err).toContain('数组');
    expect((await run()).code).not.toBe(0);
  });
});
