// The vector index: a sqlite-vec `vec0` table whose dimension is the embedder's, plus the one `index_meta` row
// naming that embedder. Vectors from two embedders never share the index.
import { UserError } from '../errors.js';
import type { EmbedderIdentity, SearchFilter, VecMeta } from '../ports/index.js';
import type { Store } from './db.js';
import { assertSame } from '../search/identity.js';

export type { EmbedderIdentity, VecMeta } from '../ports/index.js';
export type VecFilter = SearchFilter;

export const VEC_TABLE = 'chunk_vec';

export function indexMeta(store: Store): { embedderId: string; dim: number } | undefined {
  const r = store.stmt('SELECT embedder_id, dim FROM index_meta WHERE id = 1').get() as
    | { embedder_id: string; dim: number }
    | undefined;
  return r && { embedderId: r.embedder_id, dim: r.dim };
}

/** Throw a Chinese UserError when the index was built by another embedder. An empty index accepts any. */
export function assertSameEmbedder(store: Store, e: EmbedderIdentity): void {
  const m = indexMeta(store);
  assertSame(m && { id: m.embedderId, dim: m.dim }, e);
}

const tableExists = (store: Store) =>
  Boolean(store.stmt("SELECT 1 FROM sqlite_master WHERE name = ?").get(VEC_TABLE));

// `section` is a partition key: drafting always asks for one section, and the KNN then reads only that section's
// vectors (7 values, each with thousands of vectors: no over-sharding).
const createSql = (name: string, dim: number) => `CREATE VIRTUAL TABLE ${name} USING vec0(
      chunk_id integer primary key,
      embedding float[${dim}] distance_metric=cosine,
      section integer partition key, year integer, level text, format text, agency text)`;
const COLUMNS = 'chunk_id, embedding, section, year, level, format, agency';

/** An index built before `section` became a partition key is copied once into the partitioned layout. */
function upgradeLayout(store: Store, dim: number): void {
  const sql = (store.stmt('SELECT sql FROM sqlite_master WHERE name = ?').get(VEC_TABLE) as { sql: string } | undefined)?.sql;
  if (!sql || /partition key/i.test(sql)) return;
  const tmp = `${VEC_TABLE}_upgrade`;
  store.tx(() => {
    store.db.exec(`DROP TABLE IF EXISTS ${tmp}`);
    store.db.exec(createSql(tmp, dim));
    store.db.exec(`INSERT INTO ${tmp}(${COLUMNS}) SELECT ${COLUMNS} FROM ${VEC_TABLE}`);
    store.db.exec(`DROP TABLE ${VEC_TABLE}`);
    store.db.exec(createSql(VEC_TABLE, dim));
    store.db.exec(`INSERT INTO ${VEC_TABLE}(${COLUMNS}) SELECT ${COLUMNS} FROM ${tmp}`);
    store.db.exec(`DROP TABLE ${tmp}`);
  });
}

/** Create the vec0 table for this embedder (first use) or check it is the same one. */
export function ensureVectorIndex(store: Store, e: EmbedderIdentity): void {
  assertSameEmbedder(store, e);
  if (indexMeta(store) && tableExists(store)) return upgradeLayout(store, e.dim);
  if (!Number.isInteger(e.dim) || e.dim < 1 || e.dim > 8192) throw new UserError(`嵌入维度 ${e.dim} 不受支持（应为 1–8192）。`);
  store.tx(() => {
    store.db.exec(`DROP TABLE IF EXISTS ${VEC_TABLE}`);
    store.db.exec(createSql(VEC_TABLE, e.dim));
    store.stmt('INSERT OR REPLACE INTO index_meta(id, embedder_id, dim) VALUES (1, ?, ?)').run(e.id, e.dim);
  });
}

const mmapSized = new WeakSet<Store>();
/**
 * Memory-map the whole file before the first KNN (a scan reads every vector blob of the partition; mmap spares a
 * copy per page). SQLite caps the value at its compile-time maximum; in-memory databases ignore it.
 */
function mmapWholeFile(store: Store): void {
  if (mmapSized.has(store)) return;
  mmapSized.add(store);
  if (store.path === ':memory:') return;
  const pages = store.db.pragma('page_count', { simple: true }) as number;
  const pageSize = store.db.pragma('page_size', { simple: true }) as number;
  const current = Number(store.db.pragma('mmap_size', { simple: true }) ?? 0);
  const want = Math.ceil((pages * pageSize * 1.25) / 2 ** 20) * 2 ** 20 + 2 ** 26;
  if (want > current) store.db.pragma(`mmap_size = ${want}`);
}

/** Forget every vector and the embedder that made them (before a re-index). */
export function clearVectorIndex(store: Store): void {
  store.tx(() => {
    store.db.exec(`DROP TABLE IF EXISTS ${VEC_TABLE}`);
    store.db.exec('DELETE FROM index_meta');
  });
}

export function insertVectors(store: Store, rows: VecMeta[], vectors: Float32Array[]): void {
  const ins = store.stmt(
    `INSERT INTO ${VEC_TABLE}(chunk_id, embedding, section, year, level, format, agency) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // better-sqlite3 binds JS numbers as FLOAT; vec0 integer columns need BigInt (stack.md pitfall).
  rows.forEach((r, i) =>
    ins.run(BigInt(r.chunkId), vectors[i], BigInt(r.section), BigInt(r.year), r.level, r.format, r.agency),
  );
}

export function deleteVectors(store: Store, chunkIds: number[]): void {
  if (!tableExists(store)) return;
  const del = store.stmt(`DELETE FROM ${VEC_TABLE} WHERE chunk_id = ?`);
  for (const id of chunkIds) del.run(BigInt(id));
}

export function vectorCount(store: Store): number {
  if (!tableExists(store)) return 0;
  return (store.stmt(`SELECT count(*) AS n FROM ${VEC_TABLE}`).get() as { n: number }).n;
}

/** K nearest chunks by cosine distance, filters applied inside the KNN scan. */
export function knn(store: Store, q: Float32Array, k: number, f: VecFilter = {}): { chunkId: number; distance: number }[] {
  if (!tableExists(store)) return [];
  mmapWholeFile(store);
  const kk = Math.min(Math.max(1, k), 4096);
  const where = ['embedding MATCH ?', 'k = ?'];
  const args: unknown[] = [q, kk];
  // Partition key: `=` scans one partition; `IN` returns k per partition (sqlite-vec 0.1.9), cut to k below.
  if (f.sections?.length === 1) (where.push('section = ?'), args.push(BigInt(f.sections[0])));
  else if (f.sections?.length) {
    where.push(`section IN (${f.sections.map(() => '?').join(',')})`);
    args.push(...f.sections.map(BigInt));
  }
  if (f.level) (where.push('level = ?'), args.push(f.level));
  if (f.format) (where.push('format = ?'), args.push(f.format));
  if (f.yearFrom !== undefined) (where.push('year >= ?'), args.push(BigInt(f.yearFrom)));
  if (f.yearTo !== undefined) (where.push('year <= ?'), args.push(BigInt(f.yearTo)));
  if (f.excludeAgency) (where.push('agency != ?'), args.push(f.excludeAgency));
  const rows = store
    .stmt(`SELECT chunk_id, distance FROM ${VEC_TABLE} WHERE ${where.join(' AND ')} ORDER BY distance`)
    .all(...args) as { chunk_id: number; distance: number }[];
  return rows.slice(0, kk).map((r) => ({ chunkId: r.chunk_id, distance: r.distance }));
}
