// The PDF reader in the Workers runtime (workerd through Miniflare, no nodejs_compat): no file system, no network —
// pdf.js from unpdf and the CMaps from their module must be enough. The reader is bundled with esbuild as a
// Worker would be and fed fixtures over fetch.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ENTRY = `
import { readPdf } from './server/parse/readers/pdf.ts';
import { parseText } from './server/parse/text.ts';
export default {
  async fetch(req) {
    try {
      const r = await readPdf(new Uint8Array(await req.arrayBuffer()));
      const p = parseText(r.text);
      return Response.json({ agency: p.meta.agency, year: p.meta.year, tables: p.tables });
    } catch (e) {
      return Response.json({ error: e.message }, { status: 422 });
    }
  },
};`;

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url));

describe('PDF reader inside workerd (Workers runtime)', () => {
  let mf: Miniflare;
  beforeAll(async () => {
    const out = await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['workerd', 'worker', 'browser'],
      write: false,
      logLevel: 'silent',
    });
    mf = new Miniflare({ modules: [{ type: 'ESModule', path: 'worker.mjs', contents: out.outputFiles[0].text }], compatibilityDate: '2025-06-01' });
    await mf.ready;
  }, 60_000);
  afterAll(async () => {
    await mf?.dispose();
  });

  const post = async (name: string) => {
    const res = await mf.dispatchFetch('http://localhost/', { method: 'POST', body: fixture(name) });
    return { status: res.status, body: (await res.json()) as { agency?: string; year?: number; tables?: Record<string, { value: number | null }>; error?: string } };
  };

  it('reads a non-embedded-font PDF with the bundled CMaps', async () => {
    const { status, body } = await post('cmap-stsong.pdf');
    expect(status).toBe(200);
    expect(body.agency).toBe('青山县白石镇人民政府');
    expect(body.year).toBe(2023);
  }, 30_000);

  it('reads table cells of a printed report', async () => {
    const expected = JSON.parse(fixture('expected.json').toString('utf8')).find((f: { file: string }) => f.file === 'word-2021.pdf');
    const { status, body } = await post('word-2021.pdf');
    expect(status).toBe(200);
    for (const [id, v] of Object.entries(expected.cells)) expect(body.tables?.[id]?.value ?? null, id).toBe(v);
  }, 30_000);

  it('gives the scanned-PDF message', async () => {
    const { status, body } = await post('scanned.pdf');
    expect(status).toBe(422);
    expect(body.error).toMatch(/扫描件/);
  }, 30_000);
});
