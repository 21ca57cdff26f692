// Precompiled tables: every table of every format compiles for every output, values land in their own cells
// whatever they contain, and every piece of report text in HTML is escaped (model output is untrusted).
import { describe, expect, it } from 'vitest';
import { cellsOf, FORMATS, type FormatId } from '../../server/format/index.js';
import { renderReport, TEXT_FORMATS } from '../../server/render/index.js';
import { tableTemplate } from '../../server/render/table-template.js';
import { randomValidReport } from '../../server/report/generate.js';
import { readTables } from './html-dom.js';

const FORMAT_IDS: FormatId[] = ['2021', '2019'];

describe('table templates', () => {
  for (const f of FORMAT_IDS)
    for (const out of TEXT_FORMATS)
      it(`${f} ${out}: each table prints each of its cells exactly once`, () => {
        for (const def of FORMATS[f].tables) {
          const t = tableTemplate(f, def, out);
          const own = cellsOf(f).filter((c) => c.table === def.key).map((c) => c.id);
          expect(t.parts).toHaveLength(t.ids.length + 1);
          expect([...t.ids].sort()).toEqual(own.sort());
        }
      });

  it('a value that looks like a template slot prints as written, in its own cell', () => {
    const r = randomValidReport(21, { format: '2021' });
    r.tables['t3.new.natural'] = { value: null, raw: '\uE0001\uE001' };
    const html = renderReport(r, 'html');
    const cells = new Map(readTables(html).flatMap((t) => t.rows.flat().map((c) => [c.attrs['data-cell'], c.text])));
    expect(cells.get('t3.new.natural')).toBe('\uE0001\uE001');
    expect(cells.get('t3.new.commercial')).toBe(String(r.tables['t3.new.commercial'].value));
    expect(renderReport(r, 'txt')).toContain('\t\uE0001\uE001\n');
  });

  it('values of one report never show up in the next', () => {
    const a = randomValidReport(22, { format: '2019' });
    const b = randomValidReport(23, { format: '2019' });
    for (const c of cellsOf('2019')) a.tables[c.id] = { value: null, raw: `A${c.id}` };
    for (const out of TEXT_FORMATS) {
      renderReport(a, out);
      expect(renderReport(b, out)).not.toContain('At3.');
    }
  });
});

describe('HTML escapes every piece of report text', () => {
  for (const f of FORMAT_IDS)
    it(`${f}: markup in title, preface, headings, text, sub-sections, sign-off and every cell stays text`, () => {
      const bad = (where: string) => `<x-${where} a="1">&'\`=`;
      const r = randomValidReport(24, { format: f });
      r.title = bad('title');
      r.preface = bad('preface');
      r.meta.agency = bad('agency');
      r.signoff = { agency: bad('signoff'), date: bad('date') };
      r.sections.forEach((s, i) => {
        s.heading = bad(`h${i}`);
        s.text = `${bad(`p${i}`)}\n（一）${bad(`sub${i}`)}`;
        s.subsections = [{ heading: bad(`sh${i}`), text: bad(`st${i}`) }];
      });
      const ids = cellsOf(f).map((c) => c.id);
      for (const id of ids) r.tables[id] = { value: null, raw: bad(id) };
      const page = renderReport(r, 'html', { standalone: true });
      expect(page).not.toMatch(/<x-|a="1"/);
      // Every field is still there, escaped exactly as {{}} escapes.
      const esc = (where: string) => `&lt;x-${where} a&#x3D;&quot;1&quot;&gt;&amp;&#x27;&#x60;&#x3D;`;
      for (const w of ['title', 'preface', 'signoff', 'date', ...r.sections.flatMap((_, i) => [`h${i}`, `p${i}`, `sub${i}`, `sh${i}`, `st${i}`])])
        expect(page, w).toContain(esc(w));
      const cells = new Map(readTables(page).flatMap((t) => t.rows.flat().map((c) => [c.attrs['data-cell'], c.text])));
      for (const id of ids) expect(cells.get(id), id).toBe(bad(id));
    });
});
