// Table view-model: the official merged layout of 表二/三/四 built once from the format declaration.
// HTML, DOCX and plain text print `grid` (HTML cell semantics: a row lists only the cells that start in it);
// Markdown prints `flat` (one label column, merged headers joined, group rows as label-only rows).
import { cellId, FORMATS, T3_APPLICANT_HEADER, type BlockDef, type ColumnDef, type FormatId, type RowDef, type TableDef, type TableKey } from '../format/index.js';
import type { Cell } from '../report/schema.js';

export type CellRole = 'caption' | 'corner' | 'head' | 'group' | 'label' | 'value';

export interface GridCell {
  text: string;
  rowspan: number;
  colspan: number;
  role: CellRole;
  /** Cell id (`t3.new.natural`) for value cells. */
  id?: string;
}

export interface GridRow {
  cells: GridCell[];
  /** Header row: repeated on every page in Word, <thead> in HTML. */
  header: boolean;
}

export interface Grid {
  cols: number;
  rows: GridRow[];
  /** Column widths in percent (sum 100): narrow group-label columns, a wide row-label column, equal value columns. */
  widths: number[];
}

/** Relative column weights → percentages with two decimals. */
function percent(weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / sum) * 10000) / 100);
}

export interface FlatRow {
  label: string;
  /** null for a group row (label only, no numbers of its own). */
  values: string[] | null;
}

export interface FlatTable {
  caption: string | null;
  /** False for 表四: one row of numbers, no label column. */
  labelled: boolean;
  /** Header rows, merged cells flattened: the label at its first position, blank where it was merged over. */
  header: string[][];
  rows: FlatRow[];
}

export interface TableView {
  key: TableKey;
  section: number;
  title: string;
  grid: Grid;
  flat: FlatTable[];
}

/** Tables whose block rows are laid side by side in one row of numbers (表四: 复议 | 直接起诉 | 复议后起诉). */
const SIDE_BY_SIDE: TableKey[] = ['t4'];
/** Caption above all columns of a table (表三 「申请人情况」). */
const COLUMN_CAPTION: Partial<Record<TableKey, string>> = { t3: T3_APPLICANT_HEADER };

type Cells = Record<string, Cell | undefined>;

/** A value as it should read: raw as written (「00」 stays 「00」), missing as empty, amounts without float noise. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.raw !== undefined) return cell.raw;
  if (cell.value === null) return '';
  return Number.isInteger(cell.value) ? String(cell.value) : String(Math.round(cell.value * 10000) / 10000);
}

const cell = (text: string, role: CellRole, colspan = 1, rowspan = 1, id?: string): GridCell =>
  id ? { text, role, colspan, rowspan, id } : { text, role, colspan, rowspan };

/** Multi-level column header from label paths (top → leaf). The leaf extends down to the last header row. */
function headerRows(paths: string[][], leading: GridCell | null): GridRow[] {
  const depth = Math.max(...paths.map((p) => p.length));
  const rows: GridRow[] = Array.from({ length: depth }, () => ({ cells: [], header: true }));
  if (leading) rows[0].cells.push({ ...leading, rowspan: depth });
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < paths.length) {
      const p = paths[i];
      const isLeaf = level === p.length - 1;
      if (level >= p.length) {
        i++;
        continue;
      }
      // Merge neighbours that share the same path prefix down to this level (non-leaf levels only).
      let span = 1;
      if (!isLeaf) {
        while (
          i + span < paths.length &&
          paths[i + span].length - 1 > level &&
          paths[i + span].slice(0, level + 1).join('\u0000') === p.slice(0, level + 1).join('\u0000')
        )
          span++;
      }
      rows[level].cells.push(cell(p[level], 'head', span, isLeaf ? depth - level : 1));
      i += span;
    }
  }
  return rows;
}

const isUnder = (row: RowDef, group: RowDef) => {
  const prefix = [...(group.parents ?? []), group.label];
  return (row.parents?.length ?? 0) >= prefix.length && prefix.every((p, i) => row.parents![i] === p);
};

/** Body of a block with a label column tree: group rows become cells spanning their leaves (表三). */
function labelledBody(t: TableKey, b: BlockDef, labelCols: number, valueCols: number, cells: Cells): GridRow[] {
  const groups = b.rows.filter((r) => r.group);
  const leaves = b.rows.filter((r) => !r.group);
  const started = new Set<RowDef>();
  const out: GridRow[] = [];
  for (const row of leaves) {
    const rowCells: GridCell[] = [];
    for (const g of groups) {
      if (started.has(g) || !isUnder(row, g)) continue;
      started.add(g);
      rowCells.push(cell(g.label, 'group', 1, leaves.filter((l) => isUnder(l, g)).length));
    }
    const depth = row.parents?.length ?? 0;
    rowCells.push(cell(row.label, 'label', labelCols - depth));
    b.columns.forEach((c, i) => {
      const span = i === b.columns.length - 1 ? valueCols - i : 1;
      const id = cellId(t, row.key, c.key);
      rowCells.push(cell(cellText(cells[id]), 'value', span, 1, id));
    });
    out.push({ cells: rowCells, header: false });
  }
  return out;
}

function sideBySide(t: TableDef, cells: Cells): { grid: Grid; flat: FlatTable[] } {
  const b = t.blocks[0];
  const paths: string[][] = [];
  const values: GridCell[] = [];
  for (const row of b.rows)
    for (const c of b.columns) {
      paths.push([...(row.parents ?? []), row.label, c.label]);
      const id = cellId(t.key, row.key, c.key);
      values.push(cell(cellText(cells[id]), 'value', 1, 1, id));
    }
  const grid: Grid = {
    cols: paths.length,
    rows: [...headerRows(paths, null), { cells: values, header: false }],
    widths: percent(paths.map(() => 1)),
  };
  const flat: FlatTable = {
    caption: null,
    labelled: false,
    header: flattenHeader(paths),
    rows: [{ label: '', values: values.map((v) => v.text) }],
  };
  return { grid, flat: [flat] };
}

/** Header rows of a column tree as plain rows: each label once, at its first position; merged positions blank. */
function flattenHeader(paths: string[][]): string[][] {
  const rows = headerRows(paths, null);
  return occupancy({ cols: paths.length, rows, widths: [] }).map((r) => r.map((o) => (o.origin ? o.cell.text : '')));
}

const columnPath = (t: TableKey, c: ColumnDef) => [COLUMN_CAPTION[t], c.group, c.subgroup, c.label].filter((x): x is string => Boolean(x));

function flatBlock(t: TableKey, b: BlockDef, cells: Cells): FlatTable {
  return {
    caption: b.caption ?? null,
    labelled: true,
    header: flattenHeader(b.columns.map((c) => columnPath(t, c))).map((row, i) => [i === 0 ? (b.corner ?? '') : '', ...row]),
    rows: b.rows.map((r) => ({
      label: r.label,
      values: r.group ? null : b.columns.map((c) => cellText(cells[cellId(t, r.key, c.key)])),
    })),
  };
}

export function tableView(t: TableDef, cells: Cells): TableView {
  const base = { key: t.key, section: t.section, title: t.title };
  if (SIDE_BY_SIDE.includes(t.key)) return { ...base, ...sideBySide(t, cells) };
  const labelCols = Math.max(...t.blocks.flatMap((b) => b.rows.map((r) => (r.parents?.length ?? 0) + 1)));
  const valueCols = Math.max(...t.blocks.map((b) => b.columns.length));
  const cols = labelCols + valueCols;
  const rows: GridRow[] = [];
  const single = t.blocks.length === 1;
  for (const b of t.blocks) {
    // A stacked sub-table (表二) starts with its caption row; its header rows are not page headers.
    if (b.caption) rows.push({ cells: [cell(b.caption, 'caption', cols)], header: false });
    const paths = b.columns.map((c) => columnPath(t.key, c));
    const head = headerRows(paths, cell(b.corner ?? '', 'corner', labelCols));
    // The last column of a narrower sub-table spans the remaining width, as in the official table.
    const last = head[head.length - 1].cells.at(-1);
    if (last && valueCols > b.columns.length) last.colspan += valueCols - b.columns.length;
    for (const r of head) rows.push({ cells: r.cells, header: single });
    rows.push(...labelledBody(t.key, b, labelCols, valueCols, cells));
  }
  const labelWeights = labelCols === 1 ? [2] : [...Array(labelCols - 1).fill(1.1), 4.5];
  const widths = percent([...labelWeights, ...Array(valueCols).fill(1)]);
  return { ...base, grid: { cols, rows, widths }, flat: t.blocks.map((b) => flatBlock(t.key, b, cells)) };
}

export function tableViews(format: FormatId, cells: Cells): TableView[] {
  return FORMATS[format].tables.map((t) => tableView(t, cells));
}

/** Every grid position → the cell covering it and whether it starts there (for Word's vMerge continuation cells). */
export function occupancy(grid: Grid): { cell: GridCell; origin: boolean; row: number; col: number }[][] {
  const m: ({ cell: GridCell; origin: boolean; row: number; col: number } | undefined)[][] = grid.rows.map(() => Array(grid.cols).fill(undefined));
  grid.rows.forEach((r, ri) => {
    let ci = 0;
    for (const c of r.cells) {
      while (m[ri][ci]) ci++;
      for (let dr = 0; dr < c.rowspan; dr++)
        for (let dc = 0; dc < c.colspan; dc++) {
          if (!m[ri + dr]) throw new Error(`rowspan overflow at row ${ri}`);
          m[ri + dr][ci + dc] = { cell: c, origin: dr === 0 && dc === 0, row: ri, col: ci };
        }
      ci += c.colspan;
    }
  });
  return m.map((row, ri) =>
    row.map((x, ci) => {
      if (!x) throw new Error(`grid hole at ${ri},${ci}`);
      return x;
    }),
  );
}
