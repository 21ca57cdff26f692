// Drawn ruling lines of a PDF page → tables: each table's row and column boundaries, and its cells as regions of
// the grid (a region spans several rows or columns where the rule between them is not drawn — a merged cell).
// Cells are placed from the rules alone; the text is put into them afterwards by position, never by counting.

/** A horizontal (y fixed, from a to b along x) or vertical (x fixed, from a to b along y) rule, in page points. */
export interface Seg {
  at: number;
  a: number;
  b: number;
}

export interface Region {
  /** Top-left grid position (row 0 = top) and span. */
  r: number;
  c: number;
  rs: number;
  cs: number;
}

export interface GridTable {
  /** Column boundaries, left to right (x). */
  xs: number[];
  /** Row boundaries, top to bottom (y decreasing: PDF y grows upwards). */
  ys: number[];
  regions: Region[];
  /** regionAt[r][c]: index into regions. */
  regionAt: number[][];
}

/** Two positions closer than this are the same rule (borders are drawn as thin rectangles, ~0.75pt). */
export const TOL = 2;

/** Collinear rules that overlap or touch become one. */
export function mergeSegs(segs: Seg[]): Seg[] {
  const sorted = [...segs].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Seg[] = [];
  for (const s of sorted) {
    const last = out.find((o) => Math.abs(o.at - s.at) <= TOL / 2 && s.a <= o.b + TOL && s.b >= o.a - TOL);
    if (last) {
      last.a = Math.min(last.a, s.a);
      last.b = Math.max(last.b, s.b);
    } else out.push({ ...s });
  }
  return out;
}

/** Cluster positions within TOL; each cluster's mean, ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((p, q) => p - q);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1] <= TOL) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

const crosses = (h: Seg, v: Seg) => v.at >= h.a - TOL && v.at <= h.b + TOL && h.at >= v.a - TOL && h.at <= v.b + TOL;

/** Is position `p` covered by some rule at `at` (within TOL), over the stretch [lo, hi] (its middle must be)? */
function drawn(segs: Seg[], at: number, lo: number, hi: number): boolean {
  const mid = (lo + hi) / 2;
  const reach = Math.min(TOL * 2, (hi - lo) / 2);
  return segs.some((s) => Math.abs(s.at - at) <= TOL && s.a <= mid - reach + 0.01 && s.b >= mid + reach - 0.01);
}

/** Rules → tables: connected sets of crossing rules with at least two rows and one column of cells. */
export function findTables(hIn: Seg[], vIn: Seg[]): GridTable[] {
  const h = mergeSegs(hIn).filter((s) => s.b - s.a > 4);
  const v = mergeSegs(vIn).filter((s) => s.b - s.a > 4);
  // Union-find over all rules; a horizontal and a vertical rule that cross are in one table.
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((hs, i) => v.forEach((vs, j) => crosses(hs, vs) && (parent[find(i)] = find(h.length + j))));
  const groups = new Map<number, { h: Seg[]; v: Seg[] }>();
  [...h, ...v].forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    if (i < h.length) g.h.push(s);
    else g.v.push(s);
    groups.set(find(i), g);
  });
  const tables: GridTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const t = gridOf(g.h, g.v);
    if (t) tables.push(t);
  }
  return tables.sort((p, q) => q.ys[0] - p.ys[0]);
}

function gridOf(h: Seg[], v: Seg[]): GridTable | undefined {
  const xs = cluster(v.map((s) => s.at));
  const ys = cluster(h.map((s) => s.at)).reverse();
  if (xs.length < 2 || ys.length < 2) return undefined;
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const regionAt: number[][] = Array.from({ length: nr }, () => Array(nc).fill(-1));
  // Atomic cells joined where the rule between them is missing.
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (p: number, q: number) => (parent[find(p)] = find(q));
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !drawn(v, xs[c + 1], ys[r + 1], ys[r])) join(r * nc + c, r * nc + c + 1);
      if (r + 1 < nr && !drawn(h, ys[r + 1], xs[c], xs[c + 1])) join(r * nc + c, (r + 1) * nc + c);
    }
  }
  const regions: Region[] = [];
  const byRoot = new Map<number, number>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = find(r * nc + c);
      let k = byRoot.get(root);
      if (k === undefined) {
        k = regions.push({ r, c, rs: 1, cs: 1 }) - 1;
        byRoot.set(root, k);
      }
      const reg = regions[k];
      reg.rs = Math.max(reg.rs, r - reg.r + 1);
      reg.cs = Math.max(reg.cs, c - reg.c + 1);
      regionAt[r][c] = k;
    }
  }
  return { xs, ys, regions, regionAt };
}

/** The region of the table containing point (x, y), if any. */
export function regionOf(t: GridTable, x: number, y: number): number | undefined {
  if (x < t.xs[0] || x > t.xs[t.xs.length - 1] || y > t.ys[0] || y < t.ys[t.ys.length - 1]) return undefined;
  const c = t.xs.findIndex((_, i) => i + 1 < t.xs.length && x >= t.xs[i] && x <= t.xs[i + 1]);
  const r = t.ys.findIndex((_, i) => i + 1 < t.ys.length && y <= t.ys[i] && y >= t.ys[i + 1]);
  return c < 0 || r < 0 ? undefined : t.regionAt[r][c];
}
