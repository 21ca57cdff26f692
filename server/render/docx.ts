// Word export in the GB/T 9704-2012 house style (spec §7), tables merged as in the official layout
// (the same grid view-model the HTML prints). East-Asian fonts are named explicitly, with fallbacks
// written into the font table so Word substitutes 仿宋/楷体/宋体 when the official fonts are missing.
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import type { AnyReport } from '../report/schema.js';
import { occupancy, tableView, type Grid } from './grid.js';
import { layoutReport, type Para } from './view.js';

/** Official font and its fallback (spec §7). */
export const DOCX_FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading: { name: '黑体', fallback: 'SimHei' },
  sub: { name: '楷体_GB2312', fallback: '楷体' },
} as const;
const LATIN = 'Times New Roman';

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const DOCX_SIZES = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;
/** Fixed line spacing 28.95 pt (22 lines per page) in twips. */
const LINE = 579;
const A4 = { width: 11906, height: 16838 };
export const DOCX_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

type FontRole = keyof typeof DOCX_FONTS;

const font = (role: FontRole) => ({ ascii: LATIN, hAnsi: LATIN, eastAsia: DOCX_FONTS[role].name, cs: LATIN });

const run = (text: string, role: FontRole, size: number, extra: Partial<IRunOptions> = {}) =>
  new TextRun({ text, font: font(role), size, sizeComplexScript: size, ...extra });

const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters of 16 pt. */
const INDENT_2 = 640;

function para(p: Para): Paragraph {
  return new Paragraph({
    spacing: exact,
    // A sub-heading stays on the page of the paragraph it introduces.
    keepNext: p.kind === 'sub' || undefined,
    keepLines: p.kind === 'sub' || undefined,
    indent: { firstLine: INDENT_2 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(p.text, p.kind === 'sub' ? 'sub' : 'body', DOCX_SIZES.body)],
  });
}

/** Table text: 五号 (10.5 pt = 210 twips a full-width character); cell margins left + right. */
const CHAR = DOCX_SIZES.table * 10;
const CELL_MARGINS = 120;
/** A numbered group label breaks after its number: 「（三）」 over 「不予公开」, never 「（三」 over 「）不」. */
const NUMBERED = /^([（(][一二三四五六七八九十]+[)）])(.+)$/;
const chars = (s: string) => [...s].reduce((n, ch) => n + (/[\u0000-\u00ff]/.test(ch) ? 0.55 : 1), 0);

/**
 * Column widths in twips from the grid's percentages, widened where a narrow column holds a merged group label
 * (表三 「（三）不予公开」): wide enough for its number and for the label in lines of at least four characters,
 * so no line starts with a closing bracket. The width comes from the widest row-label column.
 */
export function docxColumnWidths(grid: Grid, total: number): number[] {
  const widths = grid.widths.map((w) => Math.floor((total * w) / 100));
  const need = widths.map(() => 0);
  for (const row of occupancy(grid))
    for (const o of row) {
      if (!o.origin || o.cell.role !== 'group' || o.cell.colspan !== 1) continue;
      const m = NUMBERED.exec(o.cell.text);
      const longest = m ? Math.max(chars(m[1]), Math.min(4, chars(m[2]))) : Math.min(2, chars(o.cell.text));
      need[o.col] = Math.max(need[o.col], Math.ceil(longest * CHAR + CELL_MARGINS + 40));
    }
  const donor = widths.indexOf(Math.max(...widths));
  for (let i = 0; i < widths.length; i++) {
    const extra = need[i] - widths[i];
    if (extra > 0 && i !== donor && widths[donor] - extra > 8 * CHAR) {
      widths[i] += extra;
      widths[donor] -= extra;
    }
  }
  return widths;
}

/** Rows that must stay on the page of the next row: captions, header rows, and every row of a short sub-table. */
function keepWithNext(grid: Grid): boolean[] {
  const starts = grid.rows.map((r, i) => (i === 0 || r.cells[0]?.role === 'caption' ? i : -1)).filter((i) => i >= 0);
  const keep = grid.rows.map((r) => r.header || r.cells.some((c) => c.role === 'caption' || c.role === 'head' || c.role === 'corner'));
  starts.forEach((start, k) => {
    const end = (starts[k + 1] ?? grid.rows.length) - 1;
    if (end - start + 1 <= 10) for (let i = start; i < end; i++) keep[i] = true;
    keep[end] = false;
  });
  return keep;
}

function cellText(text: string, role: string) {
  const m = role === 'group' ? NUMBERED.exec(text) : null;
  if (!m) return [run(text, 'body', DOCX_SIZES.table)];
  return [run(m[1], 'body', DOCX_SIZES.table), run(m[2], 'body', DOCX_SIZES.table, { break: 1 })];
}

function table(grid: Grid): Table {
  const occ = occupancy(grid);
  const width = A4.width - convertMillimetersToTwip(DOCX_MARGINS_MM.left + DOCX_MARGINS_MM.right);
  const colWidths = docxColumnWidths(grid, width);
  const keep = keepWithNext(grid);
  const spanWidth = (ci: number, span: number) => colWidths.slice(ci, ci + span).reduce((a, b) => a + b, 0);
  const rows = grid.rows.map((gr, ri) => {
    const cells: TableCell[] = [];
    for (let ci = 0; ci < grid.cols; ) {
      const o = occ[ri][ci];
      const c = o.cell;
      // Word has no rowspan: a vertically merged cell continues in each row below with vMerge="continue".
      const merge = c.rowspan > 1 ? (o.origin ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      const text = o.origin ? c.text : '';
      // Headers, sub-table captions (「第二十条第（一）项」), group labels and values centred; row labels left.
      const center = c.role !== 'label';
      cells.push(
        new TableCell({
          columnSpan: c.colspan > 1 ? c.colspan : undefined,
          verticalMerge: merge,
          verticalAlign: VerticalAlignTable.CENTER,
          width: { size: spanWidth(ci, c.colspan), type: WidthType.DXA },
          margins: { left: CELL_MARGINS / 2, right: CELL_MARGINS / 2 },
          children: [
            new Paragraph({
              alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
              spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
              keepNext: keep[ri] || undefined,
              keepLines: true,
              children: text ? cellText(text, c.role) : [],
            }),
          ],
        }),
      );
      ci += c.colspan;
    }
    return new TableRow({ children: cells, tableHeader: gr.header || undefined, cantSplit: true });
  });
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: colWidths,
    layout: TableLayoutType.FIXED,
  });
}

/** 「— 1 —」, 四号; odd pages right, even pages left, one character in from the edge (GB/T 9704 §7.5). */
function pageFooter(align: 'right' | 'left'): Footer {
  const r = (children: (string | typeof PageNumber.CURRENT)[]) =>
    new TextRun({ children, font: font('body'), size: DOCX_SIZES.pageNumber, sizeComplexScript: DOCX_SIZES.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [r(['— ']), r([PageNumber.CURRENT]), r([' —'])],
      }),
    ],
  });
}

export async function renderDocx(report: AnyReport): Promise<Buffer> {
  // Word needs only the grid of each table (no <thead>/<tbody> split).
  const view = layoutReport(report, (_format, def) => tableView(def, report.tables));
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // 22 pt glyphs need a taller fixed line than the 28.95 pt body grid.
      spacing: { ...exact, line: 700, after: LINE },
      children: [run(view.title, 'title', DOCX_SIZES.title)],
    }),
    ...view.preface.map(para),
  ];
  for (const s of view.sections) {
    // A heading never ends a page: it stays with the paragraph or table that follows.
    children.push(new Paragraph({ spacing: exact, indent: { firstLine: INDENT_2 }, keepNext: true, keepLines: true, children: [run(s.heading, 'heading', DOCX_SIZES.body)] }));
    children.push(...s.paragraphs.map(para));
    for (const t of s.tables) {
      children.push(table(t.grid));
      children.push(new Paragraph({ spacing: exact, children: [] }));
    }
  }
  // Sign-off: agency above date, right-aligned, four characters in from the right margin.
  children.push(new Paragraph({ spacing: exact, children: [] }));
  for (const line of [view.signoff.agency, view.signoff.date].filter(Boolean))
    children.push(new Paragraph({ spacing: exact, alignment: AlignmentType.RIGHT, indent: { right: 4 * 320 }, children: [run(line, 'body', DOCX_SIZES.body)] }));

  const doc = new Document({
    creator: 'nianbao',
    title: view.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font('body'), size: DOCX_SIZES.body }, paragraph: { spacing: exact } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: convertMillimetersToTwip(DOCX_MARGINS_MM.top),
              bottom: convertMillimetersToTwip(DOCX_MARGINS_MM.bottom),
              left: convertMillimetersToTwip(DOCX_MARGINS_MM.left),
              right: convertMillimetersToTwip(DOCX_MARGINS_MM.right),
              footer: convertMillimetersToTwip(28),
              header: convertMillimetersToTwip(15),
            },
          },
        },
        footers: { default: pageFooter('right'), even: pageFooter('left') },
        children,
      },
    ],
  });
  return addFontFallbacks(await Packer.toBuffer(doc));
}

/** Declare the official fonts in word/fontTable.xml with w:altName, so a missing 仿宋_GB2312 falls back to 仿宋. */
async function addFontFallbacks(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file('word/fontTable.xml');
  if (!file) return buf;
  const xml = await file.async('string');
  const decl = Object.values(DOCX_FONTS)
    .filter((f) => !xml.includes(`w:name="${f.name}"`))
    .map((f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.fallback}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  // docx writes an empty, self-closing <w:fonts …/> root; open it to hold the declarations.
  const filled = /<\/w:fonts>\s*$/.test(xml) ? xml.replace(/<\/w:fonts>\s*$/, `${decl}</w:fonts>`) : xml.replace(/\/>\s*$/, `>${decl}</w:fonts>`);
  zip.file('word/fontTable.xml', filled);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
