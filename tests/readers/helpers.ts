// Shared by the reader tests: the fixture report's cell values (the same numbers the hand-made HTML/txt fixtures
// carry), helpers to find pipe rows, and a .docx builder in the official 2021 layout.
import { readFileSync } from 'node:fs';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { cellsOf, sectionHeading, SECTIONS, tableDef, T3_APPLICANT_HEADER, T3_LEGAL_PERSON, T4_LAWSUIT, T4_REVIEW } from '../../server/format/index.js';

/** Non-zero cells of the fixture report (2021 format); every other cell is 0. */
const NON_ZERO: Record<string, number> = {
  't2.normative.issued': 3, 't2.normative.repealed': 1, 't2.normative.valid': 12,
  't2.license.decisions': 56, 't2.penalty.decisions': 7, 't2.coercion.decisions': 2, 't2.fee.amount': 1.25,
  't3.new.natural': 5, 't3.new.commercial': 2, 't3.new.welfare': 1, 't3.new.total': 8,
  't3.carried.natural': 1, 't3.carried.total': 1,
  't3.r1.natural': 3, 't3.r1.commercial': 1, 't3.r1.total': 4,
  't3.r2.natural': 1, 't3.r2.total': 1,
  't3.r3_4.welfare': 1, 't3.r3_4.total': 1,
  't3.r4_1.natural': 1, 't3.r4_1.commercial': 1, 't3.r4_1.total': 2,
  't3.r7.natural': 5, 't3.r7.commercial': 2, 't3.r7.welfare': 1, 't3.r7.total': 8,
  't3.next.natural': 1, 't3.next.total': 1,
  't4.review.upheld': 1, 't4.review.total': 1, 't4.direct.corrected': 1, 't4.direct.total': 1,
  't4.after.pending': 1, 't4.after.total': 1,
};
export const FIXTURE_VALUES: Record<string, number> = Object.fromEntries(cellsOf('2021').map((c) => [c.id, NON_ZERO[c.id] ?? 0]));

export const T3 = tableDef('2021', 't3').blocks[0];
export const T2 = tableDef('2021', 't2');
export const T4 = tableDef('2021', 't4').blocks[0];

/** Cells of every pipe row (`| a | b |`) in the text. */
export function pipeRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|') && l.endsWith('|'))
    .map((l) => l.slice(1, -1).split('|').map((c) => c.trim()));
}

/** The unique pipe row that has `label` as one of its cells. */
export function rowWith(text: string, label: string): string[] {
  const rows = pipeRows(text).filter((r) => r.includes(label));
  if (rows.length !== 1) throw new Error(`expected one row with 「${label}」, found ${rows.length}`);
  return rows[0];
}

/** The cells after the row's last label cell. */
export const valuesAfterLabel = (row: string[], label: string) => row.slice(row.indexOf(label) + 1);

export const expectedRow = (table: 't2' | 't3' | 't4', rowKey: string, colKeys: string[]) =>
  colKeys.map((c) => String(FIXTURE_VALUES[`${table}.${rowKey}.${c}`]));

// ---- .docx in the official layout, built with the docx library -------------------------------------------------

const cell = (text: string, opts: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.CENTER })], ...opts });

/** 表三 as the official Word template lays it out: note 3×3, 申请人情况 over 7 columns, vMerge/gridSpan labels. */
export function table3Docx(values = FIXTURE_VALUES): Table {
  const cols = T3.columns;
  const legal = cols.filter((c) => c.group === T3_LEGAL_PERSON);
  const natural = cols[0];
  const total = cols[cols.length - 1];
  const rows: TableRow[] = [
    new TableRow({ children: [cell(T3.corner ?? '', { rowSpan: 3, columnSpan: 3 }), cell(T3_APPLICANT_HEADER, { columnSpan: cols.length })] }),
    new TableRow({ children: [cell(natural.label, { rowSpan: 2 }), cell(T3_LEGAL_PERSON, { columnSpan: legal.length }), cell(total.label, { rowSpan: 2 })] }),
    new TableRow({ children: legal.map((c) => cell(c.label)) }),
  ];
  const nums = (key: string) => cols.map((c) => cell(String(values[`t3.${key}.${c.key}`])));
  const results = T3.rows.filter((r) => r.parents?.length);
  const resultRows = results.filter((r) => !r.group).length;
  let firstResult = true;
  for (const r of T3.rows) {
    if (r.group && !r.parents) continue; // 「三、本年度办理结果」 is the merged first column below
    if (r.group) continue; // （三）…（六） group labels are merged cells of their first leaf
    const labels: TableCell[] = [];
    if (!r.parents) {
      labels.push(cell(r.label, { columnSpan: 3 }));
    } else {
      if (firstResult) {
        labels.push(cell(r.parents[0], { rowSpan: resultRows }));
        firstResult = false;
      }
      if (r.parents.length === 1) labels.push(cell(r.label, { columnSpan: 2 }));
      else {
        const siblings = results.filter((x) => !x.group && x.parents?.[1] === r.parents?.[1]);
        if (siblings[0] === r) labels.push(cell(r.parents[1], { rowSpan: siblings.length }));
        labels.push(cell(r.label));
      }
    }
    rows.push(new TableRow({ children: [...labels, ...nums(r.key)] }));
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** 表二 with its four captioned sub-tables; single-value rows use gridSpan=3 as the template does. */
export function table2Docx(values = FIXTURE_VALUES): Table {
  const rows: TableRow[] = [];
  for (const b of T2.blocks) {
    rows.push(new TableRow({ children: [cell(b.caption ?? '', { columnSpan: 4 })] }));
    const span = b.columns.length === 1 ? { columnSpan: 3 } : {};
    rows.push(new TableRow({ children: [cell(b.corner ?? ''), ...b.columns.map((c) => cell(c.label, span))] }));
    for (const r of b.rows) {
      rows.push(new TableRow({ children: [cell(r.label), ...b.columns.map((c) => cell(String(values[`t2.${r.key}.${c.key}`]), span))] }));
    }
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** 表四: 行政复议 over 5, 行政诉讼 over 10, then the two lawsuit sub-groups, then 15 numbers. */
export function table4Docx(values = FIXTURE_VALUES): Table {
  const cols = T4.columns;
  const [review, ...lawsuits] = T4.rows;
  return new Table({
    rows: [
      new TableRow({ children: [cell(T4_REVIEW, { columnSpan: 5 }), cell(T4_LAWSUIT, { columnSpan: 10 })] }),
      new TableRow({ children: [...cols.map((c) => cell(c.label, { rowSpan: 2 })), ...lawsuits.map((r) => cell(r.label, { columnSpan: 5 }))] }),
      new TableRow({ children: lawsuits.flatMap(() => cols.map((c) => cell(c.label))) }),
      new TableRow({ children: [review, ...lawsuits].flatMap((r) => cols.map((c) => cell(String(values[`t4.${r.key}.${c.key}`])))) }),
    ],
  });
}

/** The fixture report as a .docx: same prose as tests/fixtures/readers/report-2021.txt, tables merged as in Word. */
export async function fixtureDocx(prose: { title: string; intro: string; s1: string[]; s5: string[]; s6: string[]; sign: string[] }): Promise<Buffer> {
  const heading = (no: number) => new Paragraph({ text: sectionHeading(SECTIONS[no - 1]), heading: HeadingLevel.HEADING_2 });
  const p = (t: string) => new Paragraph({ text: t, indent: { firstLine: 640 } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: prose.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          p(prose.intro),
          heading(1),
          ...prose.s1.map(p),
          heading(2),
          table2Docx(),
          heading(3),
          table3Docx(),
          heading(4),
          table4Docx(),
          heading(5),
          ...prose.s5.map(p),
          heading(6),
          ...prose.s6.map(p),
          ...prose.sign.map((t) => new Paragraph({ text: t, alignment: AlignmentType.RIGHT })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The prose of the plain-text fixture, cut at the official headings, so the .docx carries the same text. */
export function fixtureProse() {
  const lines = readFileSync(new URL('../fixtures/readers/report-2021.txt', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
  const at = (no: number) => lines.indexOf(sectionHeading(SECTIONS[no - 1]));
  return {
    title: lines[0],
    intro: lines[1],
    s1: lines.slice(at(1) + 1, at(2)),
    s5: lines.slice(at(5) + 1, at(6)),
    s6: lines.slice(at(6) + 1, -2),
    sign: lines.slice(-2),
  };
}

