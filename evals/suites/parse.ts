// Parse suite: labelled tables (hand-read seeds, layout fixtures, corpus labels) → exact-cell accuracy, meta accuracy,
// and SILENT MISREADS: a wrong number with no parser note. A misread the parser owns up to is a different matter.
import { readFileSync, readdirSync } from 'node:fs';
import { cellsOf, describeCell, tableDef, type FormatId } from '../../server/format/index.js';
import type { Cell, ParsedReport } from '../../server/report/schema.js';
import { layoutFixtures } from '../fixtures/parse/layouts.js';
import { FIXTURES_DIR, docId, loadCorpus, type CorpusDoc } from '../lib/corpus.js';
import { parseLayer, readerLayer, type ParseLayer, type ReaderLayer } from '../lib/deps.js';
import { agencyMatches } from '../lib/names.js';
import { mean, type CaseResult, type SuiteResult } from '../lib/types.js';

/** Expected cell: a number, null (blank/「/」), or a raw spelling that must be kept (「00」). */
export type ExpectedCell = number | null | { raw: string };

export interface CellScore {
  scored: number;
  correct: number;
  missed: number;
  misread: number;
  silent: number;
  problems: string[];
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Did the parser leave a note about this cell (by id, place name, or row label)? */
export function noted(report: ParsedReport, format: FormatId, id: string): boolean {
  const place = describeCell(format, id);
  const row = id.split('.')[1];
  const label = tableDef(format, id.slice(0, 2) as 't2' | 't3' | 't4').blocks.flatMap((b) => b.rows).find((r) => r.key === row)?.label ?? '';
  const core = label.replace(/^\d+\.|^（[一二三四五六七]）|^[一二三四]、/, '').slice(0, 8);
  return (report.source?.notes ?? []).some((n) => {
    const s = `${n.where} ${n.message}`;
    return s.includes(id) || s.includes(place) || (core.length >= 2 && s.includes(core));
  });
}

/** Compare parsed cells with expected ones. */
export function scoreCells(report: ParsedReport, format: FormatId, expected: Record<string, ExpectedCell>): CellScore {
  const out: CellScore = { scored: 0, correct: 0, missed: 0, misread: 0, silent: 0, problems: [] };
  for (const [id, exp] of Object.entries(expected)) {
    out.scored++;
    const got: Cell | undefined = report.tables?.[id];
    const place = describeCell(format, id);
    const shown = got ? (got.raw !== undefined ? `「${got.raw}」` : String(got.value)) : '（未读出）';
    let wrongNumber = false;
    if (exp !== null && typeof exp === 'object') {
      if (got?.raw === exp.raw) out.correct++;
      else if (got && got.value !== null) wrongNumber = true;
      else out.missed++;
      if (got?.raw !== exp.raw) out.problems.push(`${place}：原文「${exp.raw}」，读成 ${shown}`);
    } else if (exp === null) {
      if (!got || got.value === null || (got.raw !== undefined && got.raw.trim() === '')) out.correct++;
      else {
        wrongNumber = true;
        out.problems.push(`${place}：原文空白，读成 ${shown}`);
      }
    } else if (got && got.value !== null && same(got.value, exp)) out.correct++;
    else if (got && got.value !== null) {
      wrongNumber = true;
      out.problems.push(`${place}：应为 ${exp}，读成 ${shown}`);
    } else {
      out.missed++;
      out.problems.push(`${place}：应为 ${exp}，未读出`);
    }
    if (wrongNumber) {
      out.misread++;
      if (!noted(report, format, id)) {
        out.silent++;
        out.problems[out.problems.length - 1] += '（无解析提示：静默误读）';
      }
    }
  }
  return out;
}

/** Seed fixture → the full expected cell map ("*" expands to every cell of the format). */
export function expandExpected(format: FormatId, tables: Record<string, ExpectedCell>): Record<string, ExpectedCell> {
  const out: Record<string, ExpectedCell> = {};
  if ('*' in tables) for (const c of cellsOf(format)) out[c.id] = tables['*'];
  for (const [k, v] of Object.entries(tables)) if (k !== '*') out[k] = v;
  return out;
}

const fold = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/\s+/g, '');

/** Corpus labels (`active` → 表二, `applications` → 表三, keyed by row label) → expected cells; unmapped labels listed. */
export function labelsToCells(format: FormatId, labels: Record<string, Record<string, (number | null)[]>>) {
  const cells: Record<string, ExpectedCell> = {};
  const unmapped: string[] = [];
  const tableOf: Record<string, 't2' | 't3'> = { active: 't2', applications: 't3' };
  for (const [group, rows] of Object.entries(labels)) {
    const tk = tableOf[group];
    if (!tk) {
      unmapped.push(group);
      continue;
    }
    for (const [label, values] of Object.entries(rows)) {
      const k = fold(label);
      let hit: { block: ReturnType<typeof tableDef>['blocks'][number]; key: string } | undefined;
      for (const block of tableDef(format, tk).blocks) {
        for (const row of block.rows) {
          if (row.group) continue;
          const names = [row.label, ...(row.aliases ?? [])].map(fold);
          const prefixed = row.parents?.[1] ? fold(row.parents[1].slice(0, 3) + row.label) : '';
          if (names.includes(k) || (k.length >= 4 && names.some((n) => n.startsWith(k))) || prefixed === k) hit = { block, key: row.key };
        }
      }
      if (!hit || hit.block.columns.length !== values.length) {
        unmapped.push(label);
        continue;
      }
      hit.block.columns.forEach((c, i) => (cells[`${tk}.${hit!.key}.${c.key}`] = values[i]));
    }
  }
  return { cells, unmapped };
}

interface MetaExpect {
  agency?: string;
  year?: number | null;
  format?: FormatId | null;
}
interface MetaScore {
  agency?: boolean;
  year?: boolean;
  format?: boolean;
  problems: string[];
}

export function scoreMeta(report: ParsedReport, exp: MetaExpect): MetaScore {
  const out: MetaScore = { problems: [] };
  if (exp.agency) {
    out.agency = agencyMatches(exp.agency, report.meta?.agency);
    if (!out.agency) out.problems.push(`机关：应为「${exp.agency}」，读成「${report.meta?.agency ?? ''}」`);
  }
  if (exp.year) {
    out.year = report.meta?.year === exp.year;
    if (!out.year) out.problems.push(`年度：应为 ${exp.year}，读成 ${report.meta?.year ?? '空'}`);
  }
  if (exp.format) {
    const got = report.format ?? report.source?.formatDetected ?? null;
    out.format = got === exp.format;
    if (!out.format) out.problems.push(`表格格式：应为 ${exp.format} 版，读成 ${got ?? '空'}`);
  }
  return out;
}

interface SeedFixture {
  file: string;
  meta: { agency: string; year: number; format: FormatId };
  tables: Record<string, ExpectedCell>;
}

export function seedFixtures(): SeedFixture[] {
  const dir = `${FIXTURES_DIR}/parse`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as SeedFixture);
}

interface PdfFixture {
  file: string;
  title: string;
  meta: { agency: string; year: number; format: FormatId };
  cells: Record<string, ExpectedCell>;
}

/** The committed PDF fixtures and their expected cells (none if the folder is absent). */
function pdfFixtures(): PdfFixture[] {
  try {
    return JSON.parse(readFileSync(new URL('../../tests/fixtures/pdf/expected.json', import.meta.url), 'utf8')) as PdfFixture[];
  } catch {
    return [];
  }
}

interface Row {
  source: 'seed' | 'layout' | 'corpus' | 'pdf';
  c: CaseResult;
  cells?: CellScore;
  meta: MetaScore;
  error?: boolean;
}

async function parseDoc(p: ParseLayer, r: ReaderLayer | undefined, filename: string, content: string | Buffer): Promise<ParsedReport> {
  if (typeof content === 'string' && /\.(txt|md)$/i.test(filename)) return p.parseText(content, { file: filename });
  if (!r) throw new Error('读取器（server/parse/readers）不可用');
  const { text } = await r.readDocument(typeof content === 'string' ? Buffer.from(content) : content, filename);
  return p.parseText(text, { file: filename });
}

export async function runParseSuite(opts: { corpus?: CorpusDoc[] } = {}): Promise<SuiteResult> {
  const t0 = Date.now();
  const p = await parseLayer();
  const reader = await readerLayer().catch(() => undefined);
  const corpus = opts.corpus ?? loadCorpus();
  const rows: Row[] = [];

  const run = async (source: Row['source'], anchor: string, title: string, text: string, f: () => Promise<ParsedReport>, score: (r: ParsedReport) => Omit<Row, 'source' | 'c'>) => {
    try {
      const parsed = await f();
      const s = score(parsed);
      const cellScore = s.cells ? (s.cells.scored ? s.cells.correct / s.cells.scored : 1) : 1;
      const metaVals = [s.meta.agency, s.meta.year, s.meta.format].filter((x) => x !== undefined) as boolean[];
      const metaScore = metaVals.length ? metaVals.filter(Boolean).length / metaVals.length : 1;
      const silentPenalty = s.cells?.silent ? 0.5 : 1;
      rows.push({
        source,
        ...s,
        c: { anchor, title, score: cellScore * silentPenalty * (0.5 + 0.5 * metaScore), problems: [...s.meta.problems, ...(s.cells?.problems ?? [])], text: text.slice(0, 4000) },
      });
    } catch (e) {
      rows.push({ source, error: true, meta: { problems: [] }, c: { anchor, title, score: 0, problems: [`解析失败：${e instanceof Error ? e.message : String(e)}`], text: text.slice(0, 2000) } });
    }
  };

  // Seeds: hand-read expected tables and meta.
  const byFile = new Map(corpus.map((d) => [d.file, d]));
  for (const fx of seedFixtures()) {
    const doc = byFile.get(fx.file);
    if (!doc) continue;
    const expected = expandExpected(fx.meta.format, fx.tables);
    await run('seed', `parse-${docId(fx.file)}`, `样本 ${fx.file}`, doc.text, async () => p.parseText(doc.text, { file: fx.file }), (r) => ({
      cells: scoreCells(r, fx.meta.format, expected),
      meta: scoreMeta(r, fx.meta),
    }));
  }
  // Layouts written for this suite (pipe, HTML, DOCX, 小计).
  for (const fx of layoutFixtures()) {
    const content = await fx.content();
    const shown = typeof content === 'string' ? content : `（${fx.filename}，${content.length} 字节）`;
    await run('layout', `parse-${fx.id}`, `版式 ${fx.title}`, shown, () => parseDoc(p, reader, fx.filename, content), (r) => ({
      cells: scoreCells(r, fx.expected.format, Object.fromEntries(Object.entries(fx.expected.tables).map(([k, v]) => [k, v.value]))),
      meta: scoreMeta(r, fx.expected),
    }));
  }
  // PDFs printed by Chromium from the project's renderings (tests/fixtures/pdf/make.ts); expected = generator's report.
  for (const fx of pdfFixtures()) {
    const buf = readFileSync(new URL(`../../tests/fixtures/pdf/${fx.file}`, import.meta.url));
    await run('pdf', `parse-pdf-${fx.file.replace(/\.pdf$/, '')}`, `PDF ${fx.title}`, `（${fx.file}，${buf.length} 字节）`, () => parseDoc(p, reader, fx.file, buf), (r) => ({
      cells: scoreCells(r, fx.meta.format, fx.cells),
      meta: scoreMeta(r, fx.meta),
    }));
  }
  // Corpus excerpts: manifest meta, and hand-read table values where the page shows them.
  for (const doc of corpus.filter((d) => !d.complete)) {
    const labelled = { ...(doc.labels?.partial_table_values ?? {}), ...(doc.labels?.table_values ?? {}) };
    const merged: Record<string, Record<string, (number | null)[]>> = {};
    for (const src of [doc.labels?.partial_table_values, doc.labels?.table_values]) for (const [g, v] of Object.entries(src ?? {})) merged[g] = { ...(merged[g] ?? {}), ...v };
    const hasCells = Object.keys(labelled).length > 0 && doc.format;
    await run('corpus', `parse-${docId(doc.file)}`, `语料 ${doc.file}${doc.agency ? `（${doc.agency}）` : ''}`, doc.text, async () => p.parseText(doc.text, { file: doc.file }), (r) => {
      const mapped = hasCells ? labelsToCells(doc.format!, merged) : undefined;
      return {
        cells: mapped ? scoreCells(r, doc.format!, mapped.cells) : undefined,
        meta: scoreMeta(r, { agency: doc.agency, year: doc.year, format: doc.format }),
      };
    });
  }

  const sum = (f: (r: Row) => number, src?: Row['source']) => rows.filter((r) => !src || r.source === src).reduce((s, r) => s + f(r), 0);
  const acc = (src?: Row['source']) => {
    const n = sum((r) => r.cells?.scored ?? 0, src);
    return n ? sum((r) => r.cells?.correct ?? 0, src) / n : NaN;
  };
  const metaAcc = (k: 'agency' | 'year' | 'format') => {
    const xs = rows.filter((r) => r.meta[k] !== undefined || r.error).map((r) => (r.meta[k] ? 1 : 0));
    return mean(xs);
  };
  const bySource = (src: Row['source']) => rows.filter((r) => r.source === src);
  return {
    name: 'parse',
    status: 'ok',
    durationMs: Date.now() - t0,
    metrics: {
      cell_accuracy: { value: acc(), label: '单元格精确读对率（全部）', better: 'higher', ratio: true },
      seed_cell_accuracy: { value: acc('seed'), label: '单元格读对率：五个样本（人工核对）', better: 'higher', ratio: true },
      layout_cell_accuracy: { value: acc('layout'), label: '单元格读对率：版式夹具（竖线/HTML/DOCX/小计）', better: 'higher', ratio: true },
      corpus_cell_accuracy: { value: acc('corpus'), label: '单元格读对率：语料人工标注', better: 'higher', ratio: true },
      pdf_cell_accuracy: { value: acc('pdf'), label: '单元格读对率：PDF（Chromium 打印的渲染稿）', better: 'higher', ratio: true },
      silent_misreads: { value: sum((r) => r.cells?.silent ?? 0), label: '静默误读（错数且无解析提示）', better: 'lower' },
      misreads: { value: sum((r) => r.cells?.misread ?? 0), label: '误读单元格（含有提示的）', better: 'lower' },
      missed_cells: { value: sum((r) => r.cells?.missed ?? 0), label: '未读出的单元格', better: 'lower' },
      cells_scored: { value: sum((r) => r.cells?.scored ?? 0), label: '参与评分的单元格数', better: 'higher' },
      meta_agency: { value: metaAcc('agency'), label: '机关名称读对率', better: 'higher', ratio: true },
      meta_year: { value: metaAcc('year'), label: '报告年度读对率', better: 'higher', ratio: true },
      meta_format: { value: metaAcc('format'), label: '表格格式（2019/2021）读对率', better: 'higher', ratio: true },
      parse_errors: { value: rows.filter((r) => r.error).length, label: '解析抛错的文档', better: 'lower' },
    },
    groups: [
      {
        title: '按来源',
        columns: ['来源', '文档', '单元格', '读对', '未读出', '误读', '静默误读'],
        rows: (['seed', 'layout', 'corpus', 'pdf'] as const).map((s) => [
          { seed: '样本（人工核对）', layout: '版式夹具', corpus: '语料标注', pdf: 'PDF 夹具' }[s],
          bySource(s).length,
          sum((r) => r.cells?.scored ?? 0, s),
          sum((r) => r.cells?.correct ?? 0, s),
          sum((r) => r.cells?.missed ?? 0, s),
          sum((r) => r.cells?.misread ?? 0, s),
          sum((r) => r.cells?.silent ?? 0, s),
        ]),
      },
      {
        title: '逐个文档',
        columns: ['文档', '单元格', '读对', '误读', '静默', '机关', '年度', '格式'],
        rows: rows.map((r) => [
          r.c.title,
          r.cells?.scored ?? '—',
          r.cells?.correct ?? '—',
          r.cells?.misread ?? '—',
          r.cells?.silent ?? '—',
          r.error ? '✗' : r.meta.agency === undefined ? '—' : r.meta.agency ? '✓' : '✗',
          r.error ? '✗' : r.meta.year === undefined ? '—' : r.meta.year ? '✓' : '✗',
          r.error ? '✗' : r.meta.format === undefined ? '—' : r.meta.format ? '✓' : '✗',
        ]),
      },
    ],
    cases: rows.map((r) => r.c),
  };
}
