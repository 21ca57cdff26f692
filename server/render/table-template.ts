// Precompiled tables. A table's markup (merged header rows, spans, labels, column widths) depends only on the
// format, so each table is rendered ONCE per format and output format through its Handlebars partial, with a
// sentinel in every value cell; rendering a report then only interleaves the fixed pieces with its values.
import { cellsOf, type FormatId, type TableDef } from '../format/index.js';
import type { Cell } from '../report/schema.js';
import { cellText } from './grid.js';
import { htmlEscape, mdCell, TABLE_PARTIAL, type TextFormat } from './handlebars.js';
import { htmlTableView } from './view.js';

export interface TableTemplate {
  /** Fixed text around the values: parts.length === ids.length + 1. */
  parts: string[];
  /** Cell id printed between parts[i] and parts[i + 1]. */
  ids: string[];
}

/** Private-use code points: never produced by the partials, untouched by every escaper. */
const SENTINEL = /\uE000(\d+)\uE001/g;
const sentinel = (i: number) => `\uE000${i}\uE001`;

function compile(format: FormatId, def: TableDef, out: TextFormat): TableTemplate {
  const ids = cellsOf(format)
    .filter((c) => c.table === def.key)
    .map((c) => c.id);
  const cells: Record<string, Cell> = {};
  ids.forEach((id, i) => (cells[id] = { value: null, raw: sentinel(i) }));
  const text = TABLE_PARTIAL[out](htmlTableView(def, cells));
  const parts: string[] = [];
  const order: string[] = [];
  let last = 0;
  for (const m of text.matchAll(SENTINEL)) {
    parts.push(text.slice(last, m.index));
    order.push(ids[Number(m[1])]);
    last = m.index + m[0].length;
  }
  // The document prints the line break after a table itself (`{{{this}}}` on its own line).
  if (!text.endsWith('\n')) throw new Error(`table template ${format}/${def.key}/${out}: no final line break`);
  parts.push(text.slice(last, -1));
  // Every value printed exactly once, or the template is not a faithful stand-in for the partial.
  if (order.length !== ids.length || new Set(order).size !== ids.length) throw new Error(`table template ${format}/${def.key}/${out}: ${order.length} of ${ids.length} values`);
  return { parts, ids: order };
}

const cache = new Map<string, TableTemplate>();

export function tableTemplate(format: FormatId, def: TableDef, out: TextFormat): TableTemplate {
  const key = `${format}/${def.key}/${out}`;
  let t = cache.get(key);
  if (!t) cache.set(key, (t = compile(format, def, out)));
  return t;
}

const ENCODE: Record<TextFormat, (s: string) => string> = {
  html: htmlEscape,
  md: mdCell,
  txt: (s) => s,
};

/** The table with the report's values, each encoded for the output format (HTML: escaped; md: one cell line). */
export function fillTable(t: TableTemplate, cells: Record<string, Cell | undefined>, out: TextFormat): string {
  const encode = ENCODE[out];
  const { parts, ids } = t;
  let s = parts[0];
  for (let i = 0; i < ids.length; i++) {
    const c = cells[ids[i]];
    // Only text as written needs encoding: a number prints as digits, '.', '-' and 'e' alone.
    if (c === undefined) s += parts[i + 1];
    else if (c.raw !== undefined) s += (c.raw === '' ? '' : encode(c.raw)) + parts[i + 1];
    else s += cellText(c) + parts[i + 1];
  }
  return s;
}
