// The validator as drafting sees it: the project checker on the whole draft (with N-GROUNDING for the generated
// sections) plus the draft guard (names of example agencies), plus what only a draft knows: which cells the clerk
// has not filled yet and which preface items were never given. One verdict: a draft shows the E findings its
// exports get from `nianbao check` (blank cells included), so 「校验通过」 on a draft means no E in any export.
import { checkReport } from '../check/index.js';
import type { AnyReport } from '../report/schema.js';
import type { Finding } from '../check/types.js';
import { blockOf, cellsOf, describeCell, TABLE_NAMES, type CellRef, type FormatId, type TableKey } from '../format/index.js';
import type { Fact, Report } from '../report/schema.js';
import type { Cells } from '../report/tables.js';
import { prefaceGaps } from './fixed.js';
import { guardSection, type GuardContext } from './guard.js';

/** Findings only a draft can have (the checker cannot know what the clerk never said). Catalogue style. */
export const DRAFT_RULES = [
  {
    id: 'D-MISSING-PREFACE',
    severity: 'W',
    title: '前言缺少电子版发布位置或联系电话（起草时未提供，未代为编写）',
  },
] as const;

const key = (f: Finding) => `${f.rule}|${f.where.section ?? ''}|${f.evidence.quote ?? ''}|${f.actual ?? ''}|${(f.where.cells ?? []).join(',')}`;

const isBlank = (cells: Cells, id: string) => {
  const c = cells[id];
  return !c || (c.value === null && (c.raw === undefined || c.raw.trim() === ''));
};

/** 「「一、本年新收政府信息公开申请数量」行」, 「（五）不予处理下「2.重复申请」行」: a row as the official table names it. */
function rowName(format: FormatId, ref: CellRef): string {
  const parents = ref.row.parents ?? [];
  const label = parents.length && ref.table === 't4' ? `${parents.join('·')}·${ref.row.label}` : ref.row.label;
  const block = blockOf(format, ref.table, ref.row.key);
  // 「2.重复申请」 alone is ambiguous in 表三: say which group it is under.
  const under = ref.table === 't3' && /^\d/.test(label) && parents.length ? `${parents[parents.length - 1]}下` : '';
  return `${block?.caption ?? ''}${under}「${label}」行`;
}

/** Blank leaves grouped by row: 「「一、本年新收…」行「自然人」「商业企业」列」, or 「…行各列」 when the whole row is blank. */
function describeBlanks(format: FormatId, refs: CellRef[], blank: CellRef[]): string[] {
  const rows = new Map<string, { ref: CellRef; cols: string[]; of: number }>();
  for (const r of refs) {
    const k = `${r.block}|${r.row.key}`;
    const row = rows.get(k) ?? { ref: r, cols: [], of: 0 };
    row.of++;
    rows.set(k, row);
  }
  for (const r of blank) rows.get(`${r.block}|${r.row.key}`)!.cols.push(r.col.label);
  return [...rows.values()]
    .filter((r) => r.cols.length)
    .map((r) => `${rowName(format, r.ref)}${r.cols.length === r.of && r.of > 1 ? '各列' : r.cols.map((c) => `「${c}」`).join('') + '列'}`);
}

/**
 * CELL-INVALID, one per table: every cell the draft leaves blank. A blank cell is exported as an empty table cell,
 * which `nianbao check` reports cell by cell; `where.cells` lists every one of them (leaves to fill first, then the
 * totals that cannot be added up because of them), so a draft and its export agree cell for cell.
 */
export function blankCellFindings(report: Pick<Report, 'format' | 'tables'>): Finding[] {
  const format = report.format as FormatId;
  const cells = report.tables ?? {};
  const out: Finding[] = [];
  for (const table of ['t2', 't3', 't4'] as TableKey[]) {
    const refs = cellsOf(format).filter((c) => c.table === table);
    const blank = refs.filter((c) => isBlank(cells, c.id));
    if (!blank.length) continue;
    const leaves = blank.filter((c) => !c.computed);
    const totals = blank.filter((c) => c.computed);
    const name = TABLE_NAMES[table];
    const what = leaves.length === refs.filter((c) => !c.computed).length ? `${name}尚未填写（${leaves.length}格）` : `${name}有${leaves.length}个单元格尚未填写：${describeBlanks(format, refs.filter((c) => !c.computed), leaves).join('；')}`;
    const sums = totals.length ? `；因此${totals.length}个合计格（如${describeCell(format, totals[0].id)}）无法算出` : '';
    const first = leaves[0] ?? totals[0];
    out.push({
      rule: 'CELL-INVALID',
      severity: 'E',
      message: `${what}${sums}。请逐格填写数字（无则填 0），空白的表格不能发布。`,
      where: { table, cells: [...leaves, ...totals].map((c) => c.id), row: first.row.key, column: first.col.key },
      expected: '非负整数（无则填 0）',
      actual: `${blank.length}格空白`,
      evidence: { cells: blank.slice(0, 8).map((c) => ({ id: c.id, place: describeCell(format, c.id), written: '（空白）' })) },
    });
  }
  return out;
}

/** D-MISSING-PREFACE: the preface says nothing of what the clerk never gave (no invented website or phone). */
export function prefaceFindings(report: Pick<Report, 'meta' | 'preface'>): Finding[] {
  const missing = prefaceGaps(report.meta);
  if (!missing.length) return [];
  return [
    {
      rule: 'D-MISSING-PREFACE',
      severity: 'W',
      message: `前言缺少${missing.join('和')}：起草时未提供，前言中没有写这一项（也未代为编写）。请在「基本信息」中补充${missing.join('和')}后重新生成，或在前言中自行补写。`,
      where: {},
      expected: missing.join('、'),
      actual: '未提供',
      evidence: { quote: report.preface || '（前言）' },
    },
  ];
}

/** A checker finding that is only about cells the draft leaves blank (replaced by blankCellFindings). */
const aboutBlankCells = (f: Finding, cells: Cells) =>
  f.rule === 'CELL-INVALID' && !!f.where.cells?.length && f.where.cells.every((id) => isBlank(cells, id));

/** All findings on a draft; `generated` lists the sections whose numbers must be grounded in facts and tables. */
export function validateDraft(report: Report, generated: number[], ctx: GuardContext & { facts: Fact[]; tables: Cells; previous?: AnyReport }): Finding[] {
  // Last year's report, when the draft was started from it: the cross-year rules (Y-*) run on every check.
  const checked = checkReport(report, { previous: ctx.previous, generated: { sections: generated, sources: { facts: ctx.facts, tables: ctx.tables, meta: report.meta } } });
  const cells = report.tables ?? {};
  const out = [...blankCellFindings(report), ...checked.filter((f) => !aboutBlankCells(f, cells))];
  for (const no of generated) {
    const s = report.sections.find((x) => x.no === no);
    if (s) out.push(...guardSection(no, s.text, ctx));
  }
  out.push(...prefaceFindings(report));
  const seen = new Set<string>();
  const order = { E: 0, W: 1, I: 2 } as const;
  return out
    .filter((f) => (seen.has(key(f)) ? false : (seen.add(key(f)), true)))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order[a.f.severity] - order[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** Errors that belong to one generated section (what a repair round must fix). */
export const sectionErrors = (findings: Finding[], no: number) => findings.filter((f) => f.severity === 'E' && f.where.section === no);
