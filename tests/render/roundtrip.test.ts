// Render → read back: parseText must recover the meta (agency, year, date) and every table cell from each of
// our layouts (txt, md, and html through readDocument), for 100 random valid reports of each format.
import { describe, expect, it } from 'vitest';
import { cellsOf, describeCell, type FormatId } from '../../server/format/index.js';
import { parseText } from '../../server/parse/text.js';
import { readDocument } from '../../server/parse/readers/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { Report } from '../../server/report/schema.js';
import { renderDocx } from '../../server/render/docx.js';
import { renderReport, type TextFormat } from '../../server/render/index.js';

const SEEDS = 100;
const LAYOUTS: TextFormat[] = ['txt', 'md', 'html'];
type Layout = TextFormat | 'docx';

async function readBack(r: Report, layout: Layout) {
  if (layout === 'docx') return parseText((await readDocument(await renderDocx(r), 'report.docx')).text);
  const out = renderReport(r, layout, { standalone: true });
  const text = layout === 'html' ? (await readDocument(Buffer.from(out), 'report.html')).text : out;
  return parseText(text);
}

/** Every difference between a report and what was read back, as 「layout seed place: expected vs actual」. */
async function differences(r: Report, layout: Layout, seed: number): Promise<string[]> {
  const p = await readBack(r, layout);
  const diffs: string[] = [];
  const at = `${layout} ${r.format} seed ${seed}`;
  if (p.meta.agency !== r.meta.agency) diffs.push(`${at} 机关: ${r.meta.agency} vs ${p.meta.agency}`);
  if (p.meta.year !== r.meta.year) diffs.push(`${at} 年度: ${r.meta.year} vs ${p.meta.year}`);
  if (p.meta.date !== r.meta.date) diffs.push(`${at} 落款日期: ${r.meta.date} vs ${p.meta.date}`);
  if (p.format !== r.format) diffs.push(`${at} 格式: ${r.format} vs ${p.format}`);
  for (const c of cellsOf(r.format)) {
    const want = r.tables[c.id];
    const got = p.tables[c.id];
    // A blank cell and an absent one read the same; a raw spelling must come back as written.
    const blank = want === undefined || (want.value === null && want.raw === undefined);
    const same = blank ? got === undefined || got.value === null : got?.value === want.value && (want.raw === undefined || got.raw === want.raw);
    if (!same) diffs.push(`${at} ${describeCell(r.format, c.id)} (${c.id}): ${JSON.stringify(want)} vs ${JSON.stringify(got)}`);
  }
  return diffs;
}

describe('round trip renderReport → parseText', () => {
  for (const format of ['2021', '2019'] as FormatId[]) {
    for (const layout of LAYOUTS) {
      it(`${format} ${layout}: ${SEEDS} random valid reports read back with the same meta and every cell`, async () => {
        const diffs: string[] = [];
        for (let seed = 0; seed < SEEDS; seed++) diffs.push(...(await differences(randomValidReport(seed, { format }), layout, seed)));
        expect(diffs.slice(0, 15), `${diffs.length} differences`).toEqual([]);
      });
    }
  }

  it('docx (through readDocument): 2×8 random valid reports read back with the same meta and every cell', async () => {
    const diffs: string[] = [];
    for (const format of ['2021', '2019'] as FormatId[])
      for (let seed = 0; seed < 8; seed++) diffs.push(...(await differences(randomValidReport(seed, { format }), 'docx', seed)));
    expect(diffs.slice(0, 15), `${diffs.length} differences`).toEqual([]);
  });

  it('raw cells as written (「00」, 「/」) and blank cells survive every layout', async () => {
    const diffs: string[] = [];
    for (const format of ['2021', '2019'] as FormatId[]) {
      const r = randomValidReport(7, { format });
      r.tables['t3.r3_1.natural'] = { value: 0, raw: '00' };
      r.tables['t3.r5_1.total'] = { value: null };
      r.tables['t2.rules.' + cellsOf(format)[0].col.key] = { value: null, raw: '/' };
      for (const layout of [...LAYOUTS, 'docx'] as Layout[]) diffs.push(...(await differences(r, layout, 7)));
    }
    expect(diffs).toEqual([]);
  });
});
