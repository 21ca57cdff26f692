// HTML <table> → pipe rows the text parser reads. rowspan/colspan are expanded into a full grid first so every
// cell lands in its true column; a merged cell's text is written once, at its origin. Spanned positions:
// under a label (row group like 「三、本年度办理结果」, header like 「法人或其他组织」) they are dropped, so each
// body row reads 「its own labels, then its numbers in column order」; under a value they stay as an empty cell
// (keeps the columns aligned) — a number is never copied into a position it was merged over.
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';

interface Cell {
  text: string;
  valueLike: boolean;
}
interface Slot {
  cell: Cell;
  origin: boolean;
}

export interface PipeTable {
  rows: string[];
  /** Number of positions a value cell was merged over (left empty, not duplicated). */
  mergedValues: number;
}

const MAX_COLSPAN = 100;
// Digits (ASCII or full-width), with separators/decimals, or the placeholders reports put in number cells.
export const VALUE_LIKE = /^([-−+]?[\d０-９][\d０-９,，.．]*%?|[\/／—–\-－]+)$/;

const isTag = (n: unknown): n is Element => DomUtils.isTag(n as Element);

/** The <tr>s of this table, not of tables nested in it. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const tr of child.children) if (isTag(tr) && tr.name === 'tr') rows.push(tr);
    }
  }
  return rows;
}

export const rowCells = (tr: Element): Element[] => tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));

function span(el: Element, attr: 'rowspan' | 'colspan', max: number): number {
  const n = Number.parseInt(el.attribs[attr] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Layout tables (page scaffolding) are read as ordinary blocks, not as data rows. */
export function isLayoutTable(table: Element, rows: Element[]): boolean {
  if ((table.attribs.role ?? '').toLowerCase() === 'presentation') return true;
  if (DomUtils.findOne((n) => n.name === 'table', table.children, true)) return true;
  if (rows.every((tr) => rowCells(tr).reduce((n, td) => n + span(td, 'colspan', MAX_COLSPAN), 0) <= 1)) return true;
  // A cell holding a page's worth of text or many blocks is a layout cell; official cells are short labels/numbers.
  return rows.some((tr) => rowCells(tr).some(isLayoutCell));
}

const LAYOUT_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'form', 'article', 'section']);

function isLayoutCell(td: Element): boolean {
  if (DomUtils.textContent(td).replace(/\s+/g, '').length > 300) return true;
  return DomUtils.findAll((n) => LAYOUT_BLOCKS.has(n.name), td.children).length >= 5;
}

/** Full grid of a table: grid[r][c] is the cell covering that position (undefined for a ragged row's gap). */
export function buildGrid(rows: Element[], cellText: (td: Element) => string): Slot[][] {
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const td of rowCells(tr)) {
      while (grid[r][c]) c++;
      const text = cellText(td);
      const cell: Cell = { text, valueLike: text === '' || VALUE_LIKE.test(text) };
      const rs = span(td, 'rowspan', rows.length - r);
      const cs = span(td, 'colspan', MAX_COLSPAN);
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) grid[r + dr][c + dc] = { cell, origin: dr === 0 && dc === 0 };
      }
      c += cs;
    }
  });
  return grid;
}

const escapeCell = (s: string) => s.replace(/\|/g, '｜');

/** Grid → `| a | b |` rows. */
export function gridToPipeRows(grid: Slot[][]): PipeTable {
  let mergedValues = 0;
  const rows: string[] = [];
  for (const row of grid) {
    const cells: { text: string; placeholder: boolean; fromNumber?: boolean }[] = [];
    for (let c = 0; c < row.length; c++) {
      const slot = row[c];
      if (!slot) continue;
      if (slot.origin) cells.push({ text: slot.cell.text, placeholder: false });
      else if (slot.cell.valueLike) cells.push({ text: '', placeholder: true, fromNumber: slot.cell.text !== '' });
      // else: a label merged over this position — dropped
    }
    while (cells.length && cells[cells.length - 1].placeholder) cells.pop();
    mergedValues += cells.filter((x) => x.fromNumber).length;
    if (!cells.some((x) => x.text !== '')) continue;
    rows.push(`| ${cells.map((x) => escapeCell(x.text)).join(' | ')} |`);
  }
  return { rows, mergedValues };
}
