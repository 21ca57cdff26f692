// The VectorIndex port over Vectorize: vectors (ids = chunk ids as strings) with filterable metadata in Vectorize,
// the embedder identity in D1's index_meta row. A query asks for ids only (topK ≤ 100) and the rows are joined in D1.
import { UserError } from '../../errors.js';
import type { EmbedderIdentity, SearchFilter, VecMeta, VectorIndex } from '../../ports/index.js';
import { assertSame } from '../../search/identity.js';
import type { D1Database } from '../d1/types.js';
import { LIMITS, type VectorizeFilter, type VectorizeIndex } from './types.js';

export { FakeVectorize, memoryVectorize } from './fake.js';
export { METADATA_INDEXES, metadataIndexCommands, type VectorizeIndex } from './types.js';

/** The agency as an indexed value: a short hash (indexed strings keep only 64 bytes; names can be longer). */
export function agencyKey(agency: string): string {
  // FNV-1a 64-bit in two halves: stable on every runtime, no crypto API needed.
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < agency.length; i++) {
    const c = agency.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000197);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function vectorizeFilter(f: SearchFilter = {}): VectorizeFilter | undefined {
  const out: VectorizeFilter = {};
  if (f.sections?.length) out.section = f.sections.length === 1 ? { $eq: f.sections[0] } : { $in: f.sections };
  if (f.level) out.level = { $eq: f.level };
  if (f.format) out.format = { $eq: f.format };
  if (f.yearFrom !== undefined || f.yearTo !== undefined)
    out.year = { ...(f.yearFrom !== undefined ? { $gte: f.yearFrom } : {}), ...(f.yearTo !== undefined ? { $lte: f.yearTo } : {}) };
  if (f.excludeAgency) out.agency = { $ne: agencyKey(f.excludeAgency) };
  return Object.keys(out).length ? out : undefined;
}

export class DimensionMismatch extends UserError {
  constructor(readonly index: number, readonly embedder: number) {
    super(`Vectorize 索引的维度是 ${index}，当前嵌入模型输出 ${embedder} 维。请用 npx wrangler vectorize create <索引名> --dimensions=${embedder} --metric=cosine 重新建立索引（并在首次写入前建立元数据索引）。`, 503);
  }
}

export function vectorizeIndex(index: VectorizeIndex, db: D1Database): VectorIndex {
  const meta = async (): Promise<EmbedderIdentity | undefined> => {
    const r = await db.prepare('SELECT embedder_id, dim FROM index_meta WHERE id = 1').first<{ embedder_id: string; dim: number }>();
    return r ? { id: r.embedder_id, dim: r.dim } : undefined;
  };
  return {
    meta,
    async ensure(e) {
      assertSame(await meta(), e);
      const { dimensions } = await index.describe();
      if (dimensions !== e.dim) throw new DimensionMismatch(dimensions, e.dim);
      await db.prepare('INSERT OR IGNORE INTO index_meta(id, embedder_id, dim) VALUES (1, ?, ?)').bind(e.id, e.dim).run();
    },
    async clear() {
      const { results } = await db.prepare('SELECT id FROM chunks').all<{ id: number }>();
      for (let i = 0; i < results.length; i += LIMITS.upsertBatch) await index.deleteByIds(results.slice(i, i + LIMITS.upsertBatch).map((r) => String(r.id)));
      await db.prepare('DELETE FROM index_meta').run();
    },
    async upsert(rows: VecMeta[], vectors: Float32Array[]) {
      for (let i = 0; i < rows.length; i += LIMITS.upsertBatch) {
        await index.upsert(
          rows.slice(i, i + LIMITS.upsertBatch).map((r, j) => ({
            id: String(r.chunkId),
            values: vectors[i + j],
            metadata: { section: r.section, year: r.year, level: r.level, format: r.format, agency: agencyKey(r.agency) },
          })),
        );
      }
    },
    async delete(ids) {
      for (let i = 0; i < ids.length; i += LIMITS.upsertBatch) await index.deleteByIds(ids.slice(i, i + LIMITS.upsertBatch).map(String));
    },
    async knn(q, k, f) {
      if (!(await meta())) return [];
      const topK = Math.min(Math.max(1, k), LIMITS.topK);
      const res = await index.query(q, { topK, returnValues: false, returnMetadata: 'none', filter: vectorizeFilter(f) });
      return res.matches.map((m) => ({ chunkId: Number(m.id), distance: 1 - m.score }));
    },
    async count() {
      return (await index.describe()).vectorCount;
    },
  };
}
