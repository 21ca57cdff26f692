import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { layoutFixtures, richTables, SUBTOTAL_LABEL } from '../../evals/fixtures/parse/layouts.js';
import { expandExpected, labelsToCells, scoreCells, scoreMeta, seedFixtures } from '../../evals/suites/parse.js';
import { loadCorpus } from '../../evals/lib/corpus.js';
import { checkReport } from '../../server/check/index.js';
import { cellsOf } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { ParsedReport } from '../../server/report/schema.js';

function parsed(tables: ParsedReport['tables'], notes: ParsedReport['source']['notes'] = []): ParsedReport {
  const r = randomValidReport(3, { year: 2023 });
  return { ...r, tables, source: { headings: [], formatDetected: '2021', complete: true, notes, labels: [] } };
}

describe('cell scoring', () => {
  const expected = { 't3.new.natural': 2, 't3.new.total': 3, 't3.r3_1.other': { raw: '00' }, 't3.r5_1.total': null } as const;

  it('counts correct, missed and misread cells, and a misread without a parser note as silent', () => {
    const s = scoreCells(
      parsed({ 't3.new.natural': { value: 2 }, 't3.new.total': { value: 5 }, 't3.r3_1.other': { value: 0, raw: '00' } }),
      '2021',
      expected,
    );
    expect(s).toMatchObject({ scored: 4, correct: 3, missed: 0, misread: 1, silent: 1 });
    expect(s.problems[0]).toContain('应为 3，读成 5（无解析提示：静默误读）');
  });

  it('a misread the parser noted is not silent; a lost 「00」 and an invented blank are misreads', () => {
    const notes = [{ kind: 'unreadable' as const, where: 't3.new.total', message: '该单元格疑似错位' }];
    const s = scoreCells(parsed({ 't3.new.natural': { value: 2 }, 't3.new.total': { value: 5 }, 't3.r3_1.other': { value: 0 }, 't3.r5_1.total': { value: 0 } }, notes), '2021', expected);
    expect(s).toMatchObject({ correct: 1, misread: 3, silent: 2 });
    const missing = scoreCells(parsed({}), '2021', expected);
    expect(missing).toMatchObject({ correct: 1, missed: 3, misread: 0, silent: 0 });
  });

  it('expands "*" to every cell of the format, exceptions win', () => {
    const e = expandExpected('2019', { '*': 0, 't3.r6.total': null });
    expect(Object.keys(e)).toHaveLength(cellsOf('2019').length);
    expect(e['t3.r6.total']).toBeNull();
    expect(e['t3.new.total']).toBe(0);
  });

  it('maps hand-read corpus labels (ASCII brackets, aliases) to cell ids and lists what it cannot map', () => {
    const { cells, unmapped } = labelsToCells('2021', {
      active: { 规章: [0, 1, 2], 规范性文件: [3, 4, 5], 行政许可: [57], '其他对外管理服务事项-行政检查': [0, 0, 0] },
      applications: { '(一)予以公开': [1, 0, 0, 0, 0, 0, 1], '(二)部分公开': [0, 0, 0, 0, 0, 0, 0], '(三)1.属于国家秘密': [0, 0, 0, 0, 0, 0, 0] },
    });
    expect(cells['t2.rules.repealed']).toBe(1);
    expect(cells['t2.normative.valid']).toBe(5);
    expect(cells['t2.license.decisions']).toBe(57);
    expect(cells['t3.r1.total']).toBe(1);
    expect(cells['t3.r2.natural']).toBe(0);
    expect(cells['t3.r3_1.other']).toBe(0);
    expect(unmapped).toEqual(['其他对外管理服务事项-行政检查']);
  });

  it('scores meta with lenient agency matching', () => {
    const p = parsed({});
    p.meta.agency = '酉阳土家族苗族自治县铜鼓镇人民政府';
    expect(scoreMeta(p, { agency: '酉阳县铜鼓镇人民政府', year: 2023, format: '2021' })).toMatchObject({ agency: true, year: true, format: true });
    expect(scoreMeta(p, { year: 2022 }).problems[0]).toContain('应为 2022');
  });
});

describe('parse fixtures', () => {
  it('hand-read seed fixtures name real corpus files and valid cells', () => {
    const files = new Set(loadCorpus().map((d) => d.file));
    const fx = seedFixtures();
    expect(fx).toHaveLength(5);
    for (const f of fx) {
      expect(files.has(f.file), f.file).toBe(true);
      const ids = new Set(cellsOf(f.meta.format).map((c) => c.id));
      for (const k of Object.keys(f.tables)) if (k !== '*') expect(ids.has(k), `${f.file} ${k}`).toBe(true);
    }
  });

  it('layout fixtures hold valid, varied tables in each layout', async () => {
    const fx = layoutFixtures();
    expect(fx.map((f) => f.id)).toEqual(['pipe-2021', 'pipe-2019', 'html-2021', 'html-2019', 'docx-2021', 'subtotal-2021']);
    for (const f of fx) {
      const findings = checkReport({ ...randomValidReport(1, { year: f.expected.year }), format: f.expected.format, tables: f.expected.tables });
      expect(findings.filter((x) => /^T[34]-|CELL-INVALID/.test(x.rule)).map((x) => x.message), f.id).toEqual([]);
      const nonZero = Object.values(f.expected.tables).filter((c) => (c.value ?? 0) !== 0).length;
      expect(nonZero, f.id).toBeGreaterThan(10);
    }
    const html = (await fx[2].content()) as string;
    expect(html).toMatch(/rowspan="\d+"/);
    expect(html).toMatch(/colspan="\d+"/);
    const docx = (await fx[4].content()) as Buffer;
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:vMerge');
    expect(xml).toContain('w:gridSpan');
    expect((await fx[5].content()) as string).toContain(`\t${SUBTOTAL_LABEL}`);
    expect(JSON.stringify(richTables('2021', 1))).toBe(JSON.stringify(richTables('2021', 1)));
  });
});
