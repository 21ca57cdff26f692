// SQL shared by the two storage runtimes: better-sqlite3 (server/store/*.ts) and D1 (server/adapters/d1/*.ts) run
// the same migrations, so every statement whose text is the same on both is declared here, once. What truly differs
// (sync vs async, one transaction vs one `db.batch()`, single-row vs multi-row INSERTs, D1's conditional writes)
// stays in each adapter.
import type { DraftInput } from '../draft/types.js';
import type { ChunkInput, ChunkWithReport, DraftSummary, NewReport, NewVersion, VersionSummary } from '../ports/index.js';
import type { Report } from '../report/schema.js';
import { REPORT_COLS, type VersionRow } from '../adapters/rows.js';

// ---- corpus statistics (migration 050): BM25's N and total length, chunks per agency ----

/**
 * Statements moving the reports matching `cond` (a condition on `reports`, with `?` arguments) out of (`sign` -1,
 * run BEFORE their chunks are deleted) or into (+1, run AFTER their chunks are inserted) `corpus_stats` and
 * `agency_stats`. Computed in SQL from the rows themselves, in the same transaction or batch as the writes, so the
 * kept figures are exactly `count(*)` and `sum(length(text))` of `chunks` (characters, as SQL counts them) — what
 * migrations 050 and 051 fill from existing data. Each statement takes the cond's arguments once.
 */
export function statsStatements(sign: 1 | -1, cond: string): string[] {
  const op = sign > 0 ? '+' : '-';
  return [
    `UPDATE corpus_stats SET chunks = chunks ${op} d.n, chars = chars ${op} d.len
     FROM (SELECT count(*) AS n, coalesce(sum(length(text)), 0) AS len FROM chunks
           WHERE report_id IN (SELECT id FROM reports WHERE ${cond})) AS d
     WHERE corpus_stats.id = 1`,
    `INSERT INTO agency_stats(agency, reports, chunks)
     SELECT r.agency, ${sign}, ${sign} * (SELECT count(*) FROM chunks c WHERE c.report_id = r.id) FROM reports r WHERE ${cond}
     ON CONFLICT(agency) DO UPDATE SET reports = reports + excluded.reports, chunks = chunks + excluded.chunks`,
  ];
}

/** The kept N and total length (one row; read by both keyword searches instead of a count over every chunk). */
export const CORPUS_STATS = 'SELECT chunks, chars FROM corpus_stats WHERE id = 1';

/** An ISO timestamp with milliseconds, as the migrations' column defaults write it. */
export const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// ---- reports, sections, chunks (migrations 001–006) ----

export const REPORT_BY_FINGERPRINT = `SELECT ${REPORT_COLS} FROM reports WHERE fingerprint = ?`;
export const REPORTS_BY_SOURCE = `SELECT ${REPORT_COLS} FROM reports WHERE source = ?`;
export const REPORTS_ALL = `SELECT ${REPORT_COLS} FROM reports ORDER BY id`;
export const REPORT_COUNT = 'SELECT count(*) AS n FROM reports';
export const REPORT_DETAIL = `SELECT ${REPORT_COLS}, parsed, findings FROM reports WHERE id = ?`;

export const REPORT_INSERT = `INSERT INTO reports(fingerprint, analyzer, source, url, agency, level, province, year, format, complete, parsed, findings)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** REPORT_INSERT's arguments. */
export function reportValues(rep: NewReport): unknown[] {
  const m = rep.meta;
  return [rep.fingerprint, rep.analyzer ?? '', rep.source, m.url, m.agency, m.level, m.province, m.year, m.format, m.complete ? 1 : 0,
    JSON.stringify(rep.parsed), JSON.stringify(rep.findings)];
}

/** Sections and chunks: the head of the INSERT, then per row the report id followed by `sectionValues`/`chunkValues`. */
export const SECTION_INSERT = 'INSERT INTO sections(report_id, no, heading, text)';
export const sectionValues = (s: NewReport['sections'][number]): unknown[] => [s.no, s.heading, s.text];
export const CHUNK_INSERT = 'INSERT INTO chunks(report_id, section_no, aspect, heading, text, position)';
export const chunkValues = (c: ChunkInput, position: number): unknown[] => [c.sectionNo, c.aspect ?? null, c.heading, c.text, position];

/**
 * Statements deleting the reports matching `cond` (on `reports`, `?` arguments bound once per statement) with
 * their sections and chunks (FTS rows follow by trigger), their share of the corpus statistics taken out first.
 */
export function deletingReports(cond: string): string[] {
  return [
    ...statsStatements(-1, cond),
    `DELETE FROM chunks WHERE report_id IN (SELECT id FROM reports WHERE ${cond})`,
    `DELETE FROM sections WHERE report_id IN (SELECT id FROM reports WHERE ${cond})`,
    `DELETE FROM reports WHERE ${cond}`,
  ];
}

export const CHUNK_IDS_OF = 'SELECT id FROM chunks WHERE report_id = ? ORDER BY position';
export const CHUNKS_OF = `SELECT id, report_id AS reportId, section_no AS sectionNo, aspect, heading, text, position
       FROM chunks WHERE report_id = ? ORDER BY position`;
export const CHUNK_COUNT = 'SELECT count(*) AS n FROM chunks';
export const CHUNK_TEXTS = 'SELECT text FROM chunks ORDER BY id';

/** Chunks by id (a JSON array, the one argument) joined with their report; rows through `toChunkWithReport`. */
export const CHUNKS_WITH_REPORT = `SELECT c.id, c.text, c.heading, c.section_no, c.aspect, r.id AS rid, r.agency, r.level, r.province, r.year, r.format, r.source, r.url
       FROM chunks c JOIN reports r ON r.id = c.report_id WHERE c.id IN (SELECT value FROM json_each(?))`;
export interface RawChunkWithReport {
  id: number; text: string; heading: string; section_no: number; aspect: string | null; rid: number; agency: string;
  level: string; province: string; year: number | null; format: string | null; source: string; url: string;
}
export const toChunkWithReport = (r: RawChunkWithReport): ChunkWithReport => ({
  id: r.id,
  text: r.text,
  heading: r.heading,
  sectionNo: r.section_no,
  aspect: r.aspect,
  report: { id: r.rid, agency: r.agency, level: r.level, province: r.province, year: r.year, format: r.format, source: r.source, url: r.url },
});

// ---- drafts and their versions (migrations 010, 040) ----

export const DRAFT_INSERT = 'INSERT INTO drafts(id, agency, year, current_version) VALUES (?, ?, ?, 0)';

/** A version row: the head, then the values (`versionValues`, the last one NOW) — after VALUES, or a SELECT on D1. */
export const VERSION_INSERT = 'INSERT INTO draft_versions(draft_id, version, kind, section, note, input, report, outcome, updated_at)';
export const VERSION_TUPLE = `?, ?, ?, ?, ?, ?, ?, ?, ${NOW}`;
export const versionValues = (id: string, version: number, v: NewVersion & { input: DraftInput }): unknown[] => [
  id, version, v.kind, v.section ?? null, v.note ?? null, JSON.stringify(v.input),
  v.report ? JSON.stringify(v.report) : null, v.outcome ? JSON.stringify(v.outcome) : null,
];

/** The draft moves to a version (`moveValues`); D1 adds its condition on the version read. */
export const DRAFT_MOVE = `UPDATE drafts SET current_version = ?, agency = ?, year = ?, updated_at = ${NOW} WHERE id = ?`;
export const moveValues = (id: string, version: number, input: DraftInput): unknown[] => [version, input.meta.agency, input.meta.year, id];

/** The coalesced version gives way (draft id, version); D1 adds its condition on the version read. */
export const VERSION_DELETE = 'DELETE FROM draft_versions WHERE draft_id = ? AND version = ?';
export const VERSION_GET = 'SELECT * FROM draft_versions WHERE draft_id = ? AND version = ?';
/** Versions after a base (the 409's list of what changed since). */
export const VERSIONS_SINCE = 'SELECT version, note FROM draft_versions WHERE draft_id = ? AND version > ? ORDER BY version';

/** A summary needs only who wrote each section: the stored input and outcome are not read. */
export const VERSION_SUMMARIES = 'SELECT version, kind, section, note, created_at, report FROM draft_versions WHERE draft_id = ? ORDER BY version';
export type RawVersionSummary = Pick<VersionRow, 'version' | 'kind' | 'section' | 'note' | 'created_at' | 'report'>;
export function toVersionSummary(r: RawVersionSummary): VersionSummary {
  const report: Report | null = r.report ? JSON.parse(r.report) : null;
  return {
    version: r.version,
    kind: r.kind,
    section: r.section,
    note: r.note,
    createdAt: r.created_at,
    generators: Object.fromEntries((report?.sections ?? []).map((s) => [s.no, s.generator ?? ''])),
  };
}

/** Most recent first: all (limit), or those of some agencies (JSON array, limit). */
export const DRAFTS_LIST = 'SELECT id, agency, year, current_version, updated_at FROM drafts ORDER BY updated_at DESC LIMIT ?';
export const DRAFTS_LIST_FOR_AGENCIES =
  'SELECT id, agency, year, current_version, updated_at FROM drafts WHERE agency IN (SELECT value FROM json_each(?)) ORDER BY updated_at DESC LIMIT ?';
export interface RawDraft { id: string; agency: string; year: number; current_version: number; updated_at: string }
export const toDraftSummary = (d: RawDraft): DraftSummary => ({ id: d.id, agency: d.agency, year: d.year, currentVersion: d.current_version, updatedAt: d.updated_at });
