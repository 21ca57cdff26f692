// Tiny DOM reader for the render tests: tables → rows → cells with spans, text and attributes.
import { Parser } from 'htmlparser2';

export interface DomCell {
  tag: 'td' | 'th';
  text: string;
  rowspan: number;
  colspan: number;
  attrs: Record<string, string>;
}
export interface DomTable {
  attrs: Record<string, string>;
  rows: DomCell[][];
}

export function readTables(html: string): DomTable[] {
  const tables: DomTable[] = [];
  let table: DomTable | null = null;
  let cell: DomCell | null = null;
  const p = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'table') table = { attrs, rows: [] };
        else if (name === 'tr' && table) table.rows.push([]);
        else if ((name === 'td' || name === 'th') && table) {
          cell = { tag: name, text: '', rowspan: Number(attrs.rowspan ?? 1), colspan: Number(attrs.colspan ?? 1), attrs };
          table.rows.at(-1)!.push(cell);
        }
      },
      ontext(t) {
        if (cell) cell.text += t;
      },
      onclosetag(name) {
        if (name === 'td' || name === 'th') cell = null;
        if (name === 'table' && table) {
          tables.push(table);
          table = null;
        }
      },
    },
    { decodeEntities: true },
  );
  p.write(html);
  p.end();
  return tables;
}

/** Width of every row once rowspans from above are counted (all equal in a well-formed table). */
export function rowWidths(t: DomTable): number[] {
  const carry: number[] = []; // remaining rowspan per column
  return t.rows.map((row) => {
    let width = carry.filter((c) => c > 0).length;
    const next = carry.map((c) => Math.max(0, c - 1));
    let col = 0;
    for (const c of row) {
      while (carry[col] > 0) col++;
      for (let k = 0; k < c.colspan; k++) next[col + k] = c.rowspan - 1;
      col += c.colspan;
      width += c.colspan;
    }
    carry.splice(0, carry.length, ...next);
    return width;
  });
}
