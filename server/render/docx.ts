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
    indent: { firstLine: INDENT_2 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(p.text, p.kind === 'sub' ? 'sub' : 'body', DOCX_SIZES.body)],
  });
}

function table(grid: Grid): Table {
  const occ = occupancy(grid);
  const width = A4.width - convertMillimetersToTwip(DOCX_MARGINS_MM.left + DOCX_MARGINS_MM.right);
  const colWidths = grid.widths.map((w) => Math.floor((width * w) / 100));
  const spanWidth = (ci: number, span: number) => colWidths.slice(ci, ci + span).reduce((a, b) => a + b, 0);
  const rows = grid.rows.map((gr, ri) => {
    const cells: TableCell[] = [];
    for (let ci = 0; ci < grid.cols; ) {
      const o = occ[ri][ci];
      const c = o.cell;
      // Word has no rowspan: a vertically merged cell continues in each row below with vMerge="continue".
      const merge = c.rowspan > 1 ? (o.origin ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      const text = o.origin ? c.text : '';
      const center = c.role !== 'label' && c.role !== 'caption';
      cells.push(
        new TableCell({
          columnSpan: c.colspan > 1 ? c.colspan : undefined,
          verticalMerge: merge,
          verticalAlign: VerticalAlignTable.CENTER,
          width: { size: spanWidth(ci, c.colspan), type: WidthType.DXA },
          margins: { left: 60, right: 60 },
          children: [
            new Paragraph({
              alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
              spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
              children: text ? [run(text, 'body', DOCX_SIZES.table)] : [],
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
    children.push(new Paragraph({ spacing: exact, indent: { firstLine: INDENT_2 }, children: [run(s.heading, 'heading', DOCX_SIZES.body)] }));
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
