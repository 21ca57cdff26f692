// Reports, their sections and chunks. Writing a report is one transaction (rows, chunks, FTS via triggers, vectors).
// The SQL shared with the D1 adapter (server/adapters/d1/reports.ts) is in ./statements.ts.
import type { Store } from './db.js';
import * as sql from './statements.js';
import { deleteVectors, insertVectors } from './vectors.js';

import type { ChunkRow, ChunkWithReport, NewReport, ReportRow } from '../ports/index.js';
import { toReportRow, type RawReport } from '../adapters/rows.js';

export type { ChunkInput, ChunkRow, NewReport, ReportRecordMeta, ReportRow } from '../ports/index.js';

export function reportByFingerprint(store: Store, fp: string): ReportRow | undefined {
  const r = store.stmt(sql.REPORT_BY_FINGERPRINT).get(fp) as RawReport | undefined;
  return r && toReportRow(r);
}

export function reportsBySource(store: Store, source: string): ReportRow[] {
  return (store.stmt(sql.REPORTS_BY_SOURCE).all(source) as RawReport[]).map(toReportRow);
}

export function listReports(store: Store): ReportRow[] {
  return (store.stmt(sql.REPORTS_ALL).all() as RawReport[]).map(toReportRow);
}

export function reportCount(store: Store): number {
  return (store.stmt(sql.REPORT_COUNT).get() as { n: number }).n;
}

export function reportDetail(store: Store, id: number): { row: ReportRow; parsed: unknown; findings: unknown[] } | undefined {
  const r = store.stmt(sql.REPORT_DETAIL).get(id) as
    | (RawReport & { parsed: string; findings: string })
    | undefined;
  return r && { row: toReportRow(r), parsed: JSON.parse(r.parsed), findings: JSON.parse(r.findings) };
}

export function chunkIdsOf(store: Store, reportId: number): number[] {
  return (store.stmt(sql.CHUNK_IDS_OF).all(reportId) as { id: number }[]).map((r) => r.id);
}

const isWordUnit = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Distinct trigrams of a text as FTS5's trigram tokenizer (case_sensitive 0) cuts it — the keys of `term_df` —
 * keeping only those of word characters (CJK, a–z, 0–9): query terms are split at everything else, so a trigram
 * with punctuation or a space is never looked up.
 */
export function textTrigrams(text: string): Set<string> {
  const s = text.toLowerCase();
  const out = new Set<string>();
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = isWordUnit(s.charCodeAt(i)) ? run + 1 : 0;
    if (run >= 3) out.add(s.slice(i - 2, i + 1));
  }
  return out;
}

/**
 * Keep the trigram document frequencies of migration 050 in step with chunks (`sign` +1 on insert, -1 on delete),
 * summed over the batch first, so one upsert per distinct trigram. SQLite only: D1 has no `term_df` upkeep (its
 * keyword search does not read it). N, total length and chunks per agency are kept by `statsStatements`.
 */
function updateTermDf(store: Store, texts: string[], sign: 1 | -1): void {
  const df = new Map<string, number>();
  for (const t of texts) for (const g of textTrigrams(t)) df.set(g, (df.get(g) ?? 0) + 1);
  const up = store.stmt('INSERT INTO term_df(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df');
  for (const [g, n] of df) up.run(g, sign * n);
}

/** corpus_stats and agency_stats, in or out, for the report `id` (the same SQL as on D1). */
function updateStats(store: Store, id: number, sign: 1 | -1): void {
  for (const st of sql.statsStatements(sign, 'id = ?')) store.stmt(st).run(id);
}

/** Remove a report with its sections, chunks (FTS rows follow by trigger) and vectors. */
export function deleteReport(store: Store, id: number): void {
  store.tx(() => {
    const texts = (store.stmt('SELECT text FROM chunks WHERE report_id = ?').all(id) as { text: string }[]).map((r) => r.text);
    updateTermDf(store, texts, -1);
    deleteVectors(store, chunkIdsOf(store, id));
    for (const st of sql.deletingReports('id = ?')) store.stmt(st).run(id); // corpus statistics first

  });
}

/**
 * Insert a report; `vectors[i]` belongs to `chunks[i]` (omit for no vector index). Old reports from the same
 * source are replaced in the same transaction, so a reader never sees both or neither.
 */
export function writeReport(store: Store, rep: NewReport, vectors?: Float32Array[]): { reportId: number; chunkIds: number[] } {
  return store.tx(() => {
    const out = writeRows(store, rep, vectors);
    updateTermDf(store, rep.chunks.map((c) => c.text), 1);
    return out;
  });
}

/** Many reports in one transaction, their trigram frequencies summed first (bulk loads: the benchmark's corpora). */
export function writeReports(store: Store, reps: { rep: NewReport; vectors?: Float32Array[] }[]): { reportId: number; chunkIds: number[] }[] {
  return store.tx(() => {
    const out = reps.map((x) => writeRows(store, x.rep, x.vectors));
    updateTermDf(store, reps.flatMap((x) => x.rep.chunks.map((c) => c.text)), 1);
    return out;
  });
}

function writeRows(store: Store, rep: NewReport, vectors?: Float32Array[]): { reportId: number; chunkIds: number[] } {
  for (const old of reportsBySource(store, rep.source)) deleteReport(store, old.id);
  const same = reportByFingerprint(store, rep.fingerprint);
  if (same) deleteReport(store, same.id); // re-analysis of the same content stored under another source
  const m = rep.meta;
  const reportId = Number(store.stmt(sql.REPORT_INSERT).run(...sql.reportValues(rep)).lastInsertRowid);
  const insSec = store.stmt(`${sql.SECTION_INSERT} VALUES (?, ?, ?, ?)`);
  for (const s of rep.sections) insSec.run(reportId, ...sql.sectionValues(s));
  const insChunk = store.stmt(`${sql.CHUNK_INSERT} VALUES (?, ?, ?, ?, ?, ?)`);
  const chunkIds = rep.chunks.map((c, i) => Number(insChunk.run(reportId, ...sql.chunkValues(c, i)).lastInsertRowid));
  updateStats(store, reportId, 1);
  if (vectors) {
    insertVectors(
      store,
      chunkIds.map((chunkId, i) => ({
        chunkId,
        section: rep.chunks[i].sectionNo,
        year: m.year ?? 0,
        level: m.level,
        format: m.format ?? '',
        agency: m.agency,
      })),
      vectors,
    );
  }
  return { reportId, chunkIds };
}

export function setFindings(store: Store, reportId: number, findings: unknown[]): void {
  store.stmt('UPDATE reports SET findings = ? WHERE id = ?').run(JSON.stringify(findings), reportId);
}

export function chunksOf(store: Store, reportId: number): ChunkRow[] {
  return store.stmt(sql.CHUNKS_OF).all(reportId) as ChunkRow[];
}

export function* allChunkTexts(store: Store): Generator<string> {
  for (const r of store.stmt(sql.CHUNK_TEXTS).iterate() as Iterable<{ text: string }>) yield r.text;
}

export function chunkCount(store: Store): number {
  return (store.stmt(sql.CHUNK_COUNT).get() as { n: number }).n;
}

/** Chunks by id joined with their report (search results). */
export function chunksWithReport(store: Store, ids: number[]): ChunkWithReport[] {
  return (store.stmt(sql.CHUNKS_WITH_REPORT).all(JSON.stringify(ids)) as sql.RawChunkWithReport[]).map(sql.toChunkWithReport);
}
