// Fusion of the two ranked lists: scaled scores keep each side's margin; RRF sees ranks only.
import { describe, expect, it } from 'vitest';
import { fuse, rankBonus, type FusionWeights } from '../../server/search/fusion.js';

const scores: FusionWeights = { method: 'scores', k: 60, vectorWeight: 1, lexicalWeight: 3 };
const rrf: FusionWeights = { ...scores, method: 'rrf' };
const order = (m: Map<number, { score: number }>) => [...m].sort((a, b) => b[1].score - a[1].score).map(([id]) => id);

describe('fuse', () => {
  // The keyword side is sure of chunk 1 (far ahead); the vector side is nearly flat and puts chunk 2 first.
  const ranked = {
    vector: [{ chunkId: 2, distance: 0.5 }, { chunkId: 3, distance: 0.501 }, { chunkId: 1, distance: 0.502 }],
    lexical: [{ chunkId: 1, score: 30 }, { chunkId: 3, score: 2 }, { chunkId: 2, score: 1 }],
  };

  it('scores: a side sure of its head keeps it ahead; both sides are kept in the details', () => {
    const f = fuse(ranked, scores);
    expect(order(f)[0]).toBe(1);
    expect(f.get(1)!.scores).toEqual({ vectorRank: 3, vectorDistance: 0.502, lexicalRank: 1, lexicalScore: 30 });
    expect(f.get(1)!.score).toBeCloseTo(3);
  });

  it('rrf: weighted reciprocal ranks', () => {
    const f = fuse(ranked, rrf);
    expect(f.get(2)!.score).toBeCloseTo(1 / 61 + 3 / 63);
  });

  it('one hit or equal scores scale to 1; empty lists fuse to nothing', () => {
    const f = fuse({ vector: [{ chunkId: 7, distance: 0.9 }], lexical: [] }, scores);
    expect(f.get(7)!.score).toBe(1);
    expect(fuse({ vector: [], lexical: [] }, scores).size).toBe(0);
  });

  it('rank bonus: rank 1 is worth the weight in score units, w/(k+rank) in RRF', () => {
    expect(rankBonus(scores, 4, 1)).toBeCloseTo(4);
    expect(rankBonus(scores, 4, 10)).toBeLessThan(4);
    expect(rankBonus(rrf, 1, 1)).toBeCloseTo(1 / 61);
  });
});
