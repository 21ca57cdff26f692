// Fusing the two ranked lists of hybrid search into one score per chunk.
// 'rrf': weighted reciprocal rank, w / (k + rank) — uses ranks only, so a side's long flat tail counts as much as
// its confident head. 'scores': each side's own scores scaled to [0, 1] over its list (cosine similarity, BM25),
// then weighted and summed — a side that separates its head from its tail keeps that margin.
export interface Ranked {
  vector: { chunkId: number; distance: number }[];
  lexical: { chunkId: number; score: number }[];
}

export interface FusionWeights {
  method: 'rrf' | 'scores';
  k: number;
  vectorWeight: number;
  lexicalWeight: number;
}

export interface Fused {
  score: number;
  scores: { vectorRank?: number; vectorDistance?: number; lexicalRank?: number; lexicalScore?: number };
}

/** Min–max scaling over one list; a list of equal scores (or one hit) scales to 1. */
function scaled(xs: number[]): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) (lo = Math.min(lo, x)), (hi = Math.max(hi, x));
  return xs.map((x) => (hi > lo ? (x - lo) / (hi - lo) : 1));
}

export function fuse(r: Ranked, w: FusionWeights): Map<number, Fused> {
  const out = new Map<number, Fused>();
  const add = (id: number, s: number, extra: Fused['scores']) => {
    const e = out.get(id) ?? { score: 0, scores: {} };
    e.score += s;
    Object.assign(e.scores, extra);
    out.set(id, e);
  };
  const vs = w.method === 'scores' ? scaled(r.vector.map((h) => 1 - h.distance)) : [];
  const ls = w.method === 'scores' ? scaled(r.lexical.map((h) => h.score)) : [];
  const part = (rank: number, s: number | undefined, weight: number) => weight * (w.method === 'scores' ? s! : 1 / (w.k + rank));
  r.vector.forEach((h, i) => add(h.chunkId, part(i + 1, vs[i], w.vectorWeight), { vectorRank: i + 1, vectorDistance: h.distance }));
  r.lexical.forEach((h, i) => add(h.chunkId, part(i + 1, ls[i], w.lexicalWeight), { lexicalRank: i + 1, lexicalScore: h.score }));
  return out;
}

/**
 * A bonus for the `rank`-th item of an extra ranked list (e.g. the agency-kind preference), in the method's units:
 * w / (k + rank) for RRF; for score methods the same curve scaled so rank 1 is worth w (a side's best score).
 */
export function rankBonus(w: FusionWeights, weight: number, rank: number): number {
  return w.method === 'rrf' ? weight / (w.k + rank) : (weight * (w.k + 1)) / (w.k + rank);
}
