// An in-memory Vectorize for local dev and tests (Vectorize has no local mode). Behaves like the service where it
// matters to us: cosine scores (higher = closer), topK limits (20 with values/metadata, 100 without), upsert batches
// ≤ 1000, dimension checks, indexed strings truncated to 64 bytes — and it REJECTS a filter on a property without a
// metadata index, which the real service silently ignores (a bug we want to see in tests, not in production).
import { LIMITS, METADATA_INDEXES, type VectorizeFilter, type VectorizeIndex, type VectorizeMetadataValue, type VectorizeVector } from './types.js';

interface Stored {
  values: Float32Array;
  metadata: Record<string, VectorizeMetadataValue>;
}

const utf8 = new TextEncoder();
const truncate64 = (s: string) => {
  const b = utf8.encode(s);
  return b.length <= LIMITS.indexedBytes ? s : new TextDecoder().decode(b.slice(0, LIMITS.indexedBytes)).replace(/\uFFFD$/, '');
};

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) (dot += a[i] * b[i]), (na += a[i] * a[i]), (nb += b[i] * b[i]);
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function matches(meta: Record<string, VectorizeMetadataValue>, filter: VectorizeFilter): boolean {
  for (const [prop, cond] of Object.entries(filter)) {
    const v = meta[prop];
    const ops = typeof cond === 'object' && cond !== null ? cond : { $eq: cond };
    for (const [op, arg] of Object.entries(ops)) {
      const a = typeof arg === 'string' ? truncate64(arg) : arg;
      const ok =
        op === '$eq' ? v === a
        : op === '$ne' ? v !== a
        : op === '$in' ? (a as VectorizeMetadataValue[]).includes(v)
        : op === '$nin' ? !(a as VectorizeMetadataValue[]).includes(v)
        : v !== undefined && (op === '$lt' ? v < a! : op === '$lte' ? v <= a! : op === '$gt' ? v > a! : op === '$gte' ? v >= a! : false);
      if (!ok) return false;
    }
  }
  return true;
}

export class FakeVectorize implements VectorizeIndex {
  private readonly rows = new Map<string, Stored>();
  constructor(readonly dimensions: number, readonly indexed: Record<string, string> = METADATA_INDEXES) {}

  async describe() {
    return { dimensions: this.dimensions, vectorCount: this.rows.size };
  }

  private checkDim(v: ArrayLike<number>, what: string) {
    if (v.length !== this.dimensions)
      throw new Error(`VECTOR_${what}_ERROR (code = 40012): invalid vector dimensions: expected ${this.dimensions}, got ${v.length}`);
  }

  async upsert(vectors: VectorizeVector[]) {
    if (vectors.length > LIMITS.upsertBatch) throw new Error(`VECTOR_UPSERT_ERROR: at most ${LIMITS.upsertBatch} vectors per call, got ${vectors.length}`);
    for (const v of vectors) {
      if (typeof v.id !== 'string') throw new Error('VECTOR_UPSERT_ERROR: vector ids must be strings');
      this.checkDim(v.values, 'UPSERT');
      const metadata: Record<string, VectorizeMetadataValue> = {};
      for (const [k, x] of Object.entries(v.metadata ?? {})) metadata[k] = typeof x === 'string' && k in this.indexed ? truncate64(x) : x;
      this.rows.set(v.id, { values: Float32Array.from(v.values), metadata });
    }
    return { mutationId: crypto.randomUUID(), count: vectors.length };
  }

  async deleteByIds(ids: string[]) {
    let n = 0;
    for (const id of ids) if (this.rows.delete(String(id))) n++;
    return { mutationId: crypto.randomUUID(), count: n };
  }

  async query(vector: number[] | Float32Array, opts: { topK?: number; returnValues?: boolean; returnMetadata?: 'all' | 'indexed' | 'none' | boolean; filter?: VectorizeFilter } = {}) {
    const topK = opts.topK ?? 5;
    const heavy = opts.returnValues || (opts.returnMetadata !== undefined && opts.returnMetadata !== 'none' && opts.returnMetadata !== false);
    const max = heavy ? LIMITS.topKWithMetadata : LIMITS.topK;
    if (!Number.isInteger(topK) || topK < 1 || topK > max) throw new Error(`VECTOR_QUERY_ERROR: topK must be 1–${max} ${heavy ? 'when returning values or metadata' : ''}, got ${topK}`);
    this.checkDim(vector, 'QUERY');
    const unindexed = Object.keys(opts.filter ?? {}).filter((p) => !(p in this.indexed));
    if (unindexed.length)
      throw new Error(`FakeVectorize: filter on ${unindexed.join(', ')} which has no metadata index (the real service would silently ignore it; declare it in METADATA_INDEXES)`);
    const q = Float32Array.from(vector);
    const hits = [...this.rows]
      .filter(([, r]) => !opts.filter || matches(r.metadata, opts.filter))
      .map(([id, r]) => ({ id, score: cosine(q, r.values), r }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, topK);
    return {
      count: hits.length,
      matches: hits.map(({ id, score, r }) => ({
        id,
        score,
        ...(opts.returnValues ? { values: [...r.values] } : {}),
        ...(heavy && opts.returnMetadata ? { metadata: r.metadata } : {}),
      })),
    };
  }
}

/** One fake per index name and isolate (a `wrangler dev` restart forgets it: re-run the ingest). */
const fakes = new Map<string, FakeVectorize>();
export function memoryVectorize(name: string, dimensions: number): FakeVectorize {
  let f = fakes.get(name);
  if (!f || f.dimensions !== dimensions) fakes.set(name, (f = new FakeVectorize(dimensions)));
  return f;
}
