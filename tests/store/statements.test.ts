// The SQL both runtimes run alike is declared once (server/store/statements.ts): no statement text is copied
// between the SQLite store and the D1 adapter, where the two could drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** SQL statements written out as string literals in source text, whitespace normalised. */
function sqlLiterals(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/(['`])((?:SELECT|INSERT|UPDATE|DELETE)\b(?:(?!\1)[^\\]|\\.)*)\1/g)) out.push(m[2].replace(/\s+/g, ' ').trim());
  return out;
}

describe('shared statements', () => {
  for (const name of ['reports', 'drafts']) {
    it(`server/store/${name}.ts and server/adapters/d1/${name}.ts copy no SQL from each other`, () => {
      const node = sqlLiterals(readFileSync(`server/store/${name}.ts`, 'utf8'));
      const d1 = sqlLiterals(readFileSync(`server/adapters/d1/${name}.ts`, 'utf8'));
      expect(node.length + d1.length).toBeGreaterThan(0);
      expect(node.filter((s) => d1.includes(s))).toEqual([]);
    });
  }

  it('finds statements in either quoting, across lines (before statements.ts: 10 copies in reports, 5 in drafts)', () => {
    const src = "st('SELECT count(*) AS n FROM reports'); st(`SELECT id\n   FROM chunks WHERE report_id = ?`); x('Selected')";
    expect(sqlLiterals(src)).toEqual(['SELECT count(*) AS n FROM reports', 'SELECT id FROM chunks WHERE report_id = ?']);
  });
});
