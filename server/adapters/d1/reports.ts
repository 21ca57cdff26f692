// Reports, sections and chunks on D1 (migrations 001–006, 050). A write is one `db.batch()`: old versions out, new
// rows in, FTS rows by trigger, the corpus statistics moved with them — a reader never sees half a report. Vectors
// go to the storage's VectorIndex afterwards (Vectorize is a separate, eventually consistent service; a vector
// whose chunk is gone is skipped by the join). The SQL shared with the SQLite store is in server/store/statements.ts;
// what is D1's own: multi-row INSERTs naming the report by fingerprint (its id is not known inside the batch).
import type { ChunkRow, ReportRepo, VectorIndex } from '../../ports/index.js';
import * as sql from '../../store/statements.js';
import { chunked, type D1Database } from './types.js';
import { toReportRow, type RawReport } from '../rows.js';

/** The new report's id inside the batch that inserts it. */
const REPORT_ID = '(SELECT id FROM reports WHERE fingerprint = ?)';

/**
 * Multi-row INSERT statements of `perStatement` rows (D1 binds at most 100 arguments a statement): `head`, then per
 * row the report (by fingerprint) and `values`.
 */
function insertRows<T>(db: D1Database, head: string, fingerprint: string, rows: T[], values: (row: T, i: number) => unknown[], perStatement: number) {
  if (!rows.length) return [];
  const cols = 1 + values(rows[0], 0).length;
  if (perStatement * cols > 100) throw new Error(`${head}: ${perStatement} rows of ${cols} arguments exceed D1's 100`);
  const tuple = `(${REPORT_ID}${', ?'.repeat(cols - 1)})`;
  return chunked(rows.map((r, i) => [fingerprint, ...values(r, i)]), perStatement).map((part) =>
    db.prepare(`${head} VALUES ${part.map(() => tuple).join(', ')}`).bind(...part.flat()),
  );
}

export function d1ReportRepo(db: D1Database, vectors: VectorIndex): ReportRepo {
  const all = async <T>(sql: string, ...args: unknown[]) => (await db.prepare(sql).bind(...args).all<T>()).results;
  const chunkIdsWhere = (cond: string, ...args: unknown[]) => all<{ id: number }>(`SELECT c.id FROM chunks c JOIN reports r ON r.id = c.report_id WHERE ${cond}`, ...args);
  /** Statements deleting the reports matching `cond` with their sections and chunks, and their share of the stats. */
  const deleting = (cond: string, ...args: unknown[]) => sql.deletingReports(cond).map((st) => db.prepare(st).bind(...args));

  const repo: ReportRepo = {
    async byFingerprint(fp) {
      const r = await db.prepare(sql.REPORT_BY_FINGERPRINT).bind(fp).first<RawReport>();
      return r ? toReportRow(r) : undefined;
    },
    async bySource(source) {
      return (await all<RawReport>(sql.REPORTS_BY_SOURCE, source)).map(toReportRow);
    },
    async list() {
      return (await all<RawReport>(sql.REPORTS_ALL)).map(toReportRow);
    },
    async count() {
      return (await db.prepare(sql.REPORT_COUNT).first<{ n: number }>())!.n;
    },
    async detail(id) {
      const r = await db.prepare(sql.REPORT_DETAIL).bind(id).first<RawReport & { parsed: string; findings: string }>();
      return r ? { row: toReportRow(r), parsed: JSON.parse(r.parsed), findings: JSON.parse(r.findings) } : undefined;
    },
    async write(rep, vecs) {
      const old = await chunkIdsWhere('r.source = ? OR r.fingerprint = ?', rep.source, rep.fingerprint);
      const m = rep.meta;
      await db.batch([
        ...deleting('source = ? OR fingerprint = ?', rep.source, rep.fingerprint),
        db.prepare(sql.REPORT_INSERT).bind(...sql.reportValues(rep)),
        ...insertRows(db, sql.SECTION_INSERT, rep.fingerprint, rep.sections, sql.sectionValues, 24),
        ...insertRows(db, sql.CHUNK_INSERT, rep.fingerprint, rep.chunks, sql.chunkValues, 14),
        ...sql.statsStatements(1, 'fingerprint = ?').map((st) => db.prepare(st).bind(rep.fingerprint)),
      ]);
      const row = (await repo.byFingerprint(rep.fingerprint))!;
      const chunkIds = (await all<{ id: number }>(sql.CHUNK_IDS_OF, row.id)).map((r) => r.id);
      if (old.length) await vectors.delete(old.map((r) => r.id));
      if (vecs) {
        await vectors.upsert(
          chunkIds.map((chunkId, i) => ({ chunkId, section: rep.chunks[i].sectionNo, year: m.year ?? 0, level: m.level, format: m.format ?? '', agency: m.agency })),
          vecs,
        );
      }
      return { reportId: row.id, chunkIds };
    },
    async delete(id) {
      const ids = await chunkIdsWhere('r.id = ?', id);
      await db.batch(deleting('id = ?', id));
      if (ids.length) await vectors.delete(ids.map((r) => r.id));
    },
    async chunksOf(reportId) {
      return all<ChunkRow>(sql.CHUNKS_OF, reportId);
    },
    async chunkCount() {
      return (await db.prepare(sql.CHUNK_COUNT).first<{ n: number }>())!.n;
    },
    async chunkTexts() {
      return (await all<{ text: string }>(sql.CHUNK_TEXTS)).map((r) => r.text);
    },
    async chunksWithReport(ids) {
      if (!ids.length) return [];
      return (await all<sql.RawChunkWithReport>(sql.CHUNKS_WITH_REPORT, JSON.stringify(ids))).map(sql.toChunkWithReport);
    },
  };
  return repo;
}
