// Reports, sections and chunks on D1 (migrations 001–006, 050). A write is one `db.batch()`: old versions out, new
// rows in, FTS rows by trigger, the corpus statistics moved with them — a reader never sees half a report. Vectors
// go to the storage's VectorIndex afterwards (Vectorize is a separate, eventually consistent service; a vector
// whose chunk is gone is skipped by the join).
import type { ChunkRow, ChunkWithReport, NewReport, ReportRepo, ReportRow, VectorIndex } from '../../ports/index.js';
import { chunked, rowsPerInsert, type D1Database, type D1PreparedStatement } from './types.js';
import { REPORT_COLS, toReportRow, type RawReport } from '../rows.js';
import { statsStatements } from '../../store/statements.js';

/** Multi-row INSERTs within D1's 100 bound parameters per statement. */
function insertRows(db: D1Database, head: string, cols: number, rows: unknown[][]): D1PreparedStatement[] {
  const tuple = `(${Array(cols).fill('?').join(', ')})`;
  return chunked(rows, rowsPerInsert(cols)).map((part) => db.prepare(`${head} VALUES ${part.map(() => tuple).join(', ')}`).bind(...part.flat()));
}

export function d1ReportRepo(db: D1Database, vectors: VectorIndex): ReportRepo {
  const all = async <T>(sql: string, ...args: unknown[]) => (await db.prepare(sql).bind(...args).all<T>()).results;
  const chunkIdsWhere = (cond: string, ...args: unknown[]) => all<{ id: number }>(`SELECT c.id FROM chunks c JOIN reports r ON r.id = c.report_id WHERE ${cond}`, ...args);
  /** Statements deleting the reports matching `cond` with their sections and chunks, and their share of the stats. */
  const deleting = (cond: string, ...args: unknown[]) => [
    ...statsStatements(-1, cond).map((sql) => db.prepare(sql).bind(...args)),
    db.prepare(`DELETE FROM chunks WHERE report_id IN (SELECT id FROM reports WHERE ${cond})`).bind(...args),
    db.prepare(`DELETE FROM sections WHERE report_id IN (SELECT id FROM reports WHERE ${cond})`).bind(...args),
    db.prepare(`DELETE FROM reports WHERE ${cond}`).bind(...args),
  ];

  const repo: ReportRepo = {
    async byFingerprint(fp) {
      const r = await db.prepare(`SELECT ${REPORT_COLS} FROM reports WHERE fingerprint = ?`).bind(fp).first<RawReport>();
      return r ? toReportRow(r) : undefined;
    },
    async bySource(source) {
      return (await all<RawReport>(`SELECT ${REPORT_COLS} FROM reports WHERE source = ?`, source)).map(toReportRow);
    },
    async list() {
      return (await all<RawReport>(`SELECT ${REPORT_COLS} FROM reports ORDER BY id`)).map(toReportRow);
    },
    async count() {
      return (await db.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>())!.n;
    },
    async detail(id) {
      const r = await db.prepare(`SELECT ${REPORT_COLS}, parsed, findings FROM reports WHERE id = ?`).bind(id).first<RawReport & { parsed: string; findings: string }>();
      return r ? { row: toReportRow(r), parsed: JSON.parse(r.parsed), findings: JSON.parse(r.findings) } : undefined;
    },
    async write(rep, vecs) {
      const old = await chunkIdsWhere('r.source = ? OR r.fingerprint = ?', rep.source, rep.fingerprint);
      const m = rep.meta;
      const reportId = '(SELECT id FROM reports WHERE fingerprint = ?)';
      await db.batch([
        ...deleting('source = ? OR fingerprint = ?', rep.source, rep.fingerprint),
        db
          .prepare(
            `INSERT INTO reports(fingerprint, analyzer, source, url, agency, level, province, year, format, complete, parsed, findings)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(rep.fingerprint, rep.analyzer ?? '', rep.source, m.url, m.agency, m.level, m.province, m.year, m.format, m.complete ? 1 : 0,
            JSON.stringify(rep.parsed), JSON.stringify(rep.findings)),
        ...chunked(rep.sections, 24).map((part) =>
          db.prepare(`INSERT INTO sections(report_id, no, heading, text) VALUES ${part.map(() => `(${reportId}, ?, ?, ?)`).join(', ')}`)
            .bind(...part.flatMap((s) => [rep.fingerprint, s.no, s.heading, s.text])),
        ),
        ...chunked(rep.chunks.map((c, i) => ({ c, i })), 14).map((part) =>
          db.prepare(`INSERT INTO chunks(report_id, section_no, aspect, heading, text, position) VALUES ${part.map(() => `(${reportId}, ?, ?, ?, ?, ?)`).join(', ')}`)
            .bind(...part.flatMap(({ c, i }) => [rep.fingerprint, c.sectionNo, c.aspect ?? null, c.heading, c.text, i])),
        ),
        ...statsStatements(1, 'fingerprint = ?').map((sql) => db.prepare(sql).bind(rep.fingerprint)),
      ]);
      const row = (await repo.byFingerprint(rep.fingerprint))!;
      const chunkIds = (await all<{ id: number }>('SELECT id FROM chunks WHERE report_id = ? ORDER BY position', row.id)).map((r) => r.id);
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
      return all<ChunkRow>(
        'SELECT id, report_id AS reportId, section_no AS sectionNo, aspect, heading, text, position FROM chunks WHERE report_id = ? ORDER BY position',
        reportId,
      );
    },
    async chunkCount() {
      return (await db.prepare('SELECT count(*) AS n FROM chunks').first<{ n: number }>())!.n;
    },
    async chunkTexts() {
      return (await all<{ text: string }>('SELECT text FROM chunks ORDER BY id')).map((r) => r.text);
    },
    async chunksWithReport(ids) {
      if (!ids.length) return [];
      const rows = await all<{
        id: number; text: string; heading: string; section_no: number; aspect: string | null; rid: number; agency: string;
        level: string; province: string; year: number | null; format: string | null; source: string; url: string;
      }>(
        `SELECT c.id, c.text, c.heading, c.section_no, c.aspect, r.id AS rid, r.agency, r.level, r.province, r.year, r.format, r.source, r.url
         FROM chunks c JOIN reports r ON r.id = c.report_id WHERE c.id IN (SELECT value FROM json_each(?))`,
        JSON.stringify(ids),
      );
      return rows.map((r): ChunkWithReport => ({
        id: r.id,
        text: r.text,
        heading: r.heading,
        sectionNo: r.section_no,
        aspect: r.aspect,
        report: { id: r.rid, agency: r.agency, level: r.level, province: r.province, year: r.year, format: r.format, source: r.source, url: r.url },
      }));
    },
  };
  return repo;
}
