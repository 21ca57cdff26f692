// Table engine: a user enters leaf cells; every total is computed from the format declaration.
// Totals read from a published report are never overwritten here — the validator checks them.
import { cellsOf, tableDef, type CellRef, type FormatId } from '../format/index.js';
import type { Cell } from './schema.js';

export type Cells = Record<string, Cell>;

export const leafCells = (format: FormatId): CellRef[] => cellsOf(format).filter((c) => !c.computed);
export const computedCells = (format: FormatId): CellRef[] => cellsOf(format).filter((c) => c.computed);

/** Sum in 万元/元 without binary-float noise (amounts have at most 4 decimals). */
export function addExact(values: number[]): number {
  const scaled = values.reduce((s, v) => s + Math.round(v * 10000), 0);
  return scaled / 10000;
}

/** The terms a computed cell is the sum of (for a cell computed both ways, the column sum is used). */
export function termsOf(ref: CellRef): string[] {
  if (ref.col.sumOf) return ref.col.sumOf.map((c) => `${ref.table}.${ref.row.key}.${c}`);
  if (ref.row.sumOf) return ref.row.sumOf.map((r) => `${ref.table}.${r}.${ref.col.key}`);
  return [];
}

/**
 * Recompute every total from the leaves. Missing leaves make the total missing (null), not zero:
 * missing numbers are shown as missing, never invented.
 */
export function computeTotals(format: FormatId, cells: Cells): Cells {
  const out: Cells = { ...cells };
  // Row-sum totals (（七）总计 in leaf columns) first, then column totals (which also covers （七）总计·总计).
  const ordered = computedCells(format).sort((a, b) => Number(Boolean(a.col.sumOf)) - Number(Boolean(b.col.sumOf)));
  for (const ref of ordered) {
    const vals = termsOf(ref).map((id) => out[id]?.value);
    if (vals.some((v) => v === null || v === undefined)) {
      if (vals.every((v) => v === undefined)) delete out[ref.id];
      else out[ref.id] = { value: null };
    } else out[ref.id] = { value: addExact(vals as number[]) };
  }
  return out;
}

/** Build a table map from plain numbers a user typed (leaf cells only are taken; totals are computed). */
export function tablesFromNumbers(format: FormatId, numbers: Record<string, number | null | undefined>): Cells {
  const cells: Cells = {};
  for (const ref of leafCells(format)) {
    const v = numbers[ref.id];
    if (v !== undefined) cells[ref.id] = { value: v };
  }
  return computeTotals(format, cells);
}

/** All leaves zero — the normal table of most townships. */
export function zeroTables(format: FormatId): Cells {
  return tablesFromNumbers(format, Object.fromEntries(leafCells(format).map((c) => [c.id, 0])));
}

export const num = (cells: Cells, id: string): number | null => cells[id]?.value ?? null;

/** Row keys of a table that carry numbers, in order. */
export const numericRows = (format: FormatId, table: 't2' | 't3' | 't4') =>
  tableDef(format, table).blocks.flatMap((b) => b.rows.filter((r) => !r.group));
