// Ingest: text → parsed report → chunks → embeddings → one transaction per report (nothing half-written).
// Idempotent: the same content is stored once; a changed file at the same source replaces its old version.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { agencyKind, FIRST_REPORT_YEAR } from '../format/index.js';
import { isLevel, loadManifest, manifestMetaFor, type ReportMeta } from './manifest.js';
import { analyzeText, ANALYZER, readReportFile, SUPPORTED_EXT, type Analysis } from './analyze.js';
import { chunkReport } from './chunk.js';
import { contentFingerprint } from './fingerprint.js';
import type { Embedder } from '../search/embedder.js';
import type { Store } from '../store/db.js';
import {
  chunksOf, deleteReport, listReports, reportByFingerprint, reportsBySource, writeReport, type ReportRecordMeta,
} from '../store/reports.js';
import { clearVectorIndex, ensureVectorIndex, insertVectors } from '../store/vectors.js';

export interface IngestOptions {
  /** File path or URL: the identity a newer version replaces. */
  source: string;
  meta?: ReportMeta;
  embedder: Embedder;
}

export interface IngestOutcome {
  status: 'added' | 'replaced' | 'unchanged';
  reportId: number;
  source: string;
  agency: string;
  chunks: number;
}

/** Level from the agency name when nothing better is known (镇/乡 → 乡镇, 街道 → 街道). */
export function guessLevel(agency: string): string {
  const kind = agencyKind(agency);
  return kind === '街道' ? '街道' : kind === '镇' || kind === '乡' ? '乡镇' : '';
}

const validYear = (y: number | null | undefined) => (Number.isInteger(y) && y! >= FIRST_REPORT_YEAR && y! <= 2100 ? y! : null);

function recordMeta(meta: ReportMeta | undefined, parsed: Analysis['parsed']): ReportRecordMeta {
  const pm = parsed.meta;
  const agency = meta?.agency || pm?.agency || '';
  const level = meta?.level || pm?.level || guessLevel(agency);
  return {
    url: meta?.source && /^https?:/.test(meta.source) ? meta.source : '',
    agency,
    level: isLevel(level) ? level : '',
    province: meta?.province || pm?.province || '',
    year: validYear(meta?.year ?? pm?.year ?? null),
    format: meta?.format ?? parsed.format ?? null,
    complete: meta?.complete ?? parsed.source?.complete ?? false,
  };
}

/**
 * What is embedded for a chunk: the agency kind as its self-reference (「我镇」), the heading, the text. The kind
 * lets a query for 镇 find township text even where the text itself only says 「本单位」.
 */
export function embeddingText(agency: string, heading: string, text: string): string {
  const kind = agencyKind(agency);
  return `${kind ? `我${kind}\n` : ''}${heading}\n${text}`;
}

export async function ingestText(store: Store, text: string, opts: IngestOptions): Promise<IngestOutcome> {
  if (!text.trim()) throw new UserError(`「${opts.source}」没有可读的文字内容。`, 422);
  ensureVectorIndex(store, opts.embedder); // refuses a different embedder before any work is done
  const fingerprint = contentFingerprint(text);
  const previous = reportsBySource(store, opts.source);
  const same = reportByFingerprint(store, fingerprint);
  // Stored by an older analyzer (before the parser/checker existed): analyse it again, keep the rest.
  if (same && same.analyzer === ANALYZER) {
    // Same content already stored (here or under another name): drop older versions at this source only.
    for (const old of previous) if (old.id !== same.id) deleteReport(store, old.id);
    return { status: 'unchanged', reportId: same.id, source: same.source, agency: same.agency, chunks: chunksOf(store, same.id).length };
  }
  const analysis = await analyzeText(text, opts.source);
  const meta = recordMeta(opts.meta, analysis.parsed);
  const chunks = chunkReport(analysis.parsed);
  // Embed with the heading in front, so the vector also knows which part of the report the text is from.
  const vectors = await opts.embedder.embed(chunks.map((c) => embeddingText(meta.agency, c.heading, c.text)));
  const { reportId } = writeReport(
    store,
    {
      fingerprint,
      analyzer: ANALYZER,
      source: opts.source,
      meta,
      parsed: analysis.parsed,
      findings: analysis.findings,
      sections: analysis.parsed.sections.map((s) => ({ no: s.no, heading: s.heading, text: s.text })),
      chunks,
    },
    vectors,
  );
  return { status: previous.length || same ? 'replaced' : 'added', reportId, source: opts.source, agency: meta.agency, chunks: chunks.length };
}

export async function ingestFile(store: Store, path: string, embedder: Embedder, meta?: ReportMeta): Promise<IngestOutcome> {
  const text = await readReportFile(path);
  return ingestText(store, text, { source: path, meta, embedder });
}

/** Every ingestible file under the given paths (directories walked recursively, sorted). */
export function listIngestible(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UserError(`找不到文件或目录「${p}」。`, 404);
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (!f.startsWith('.')) walk(join(p, f));
    } else if (SUPPORTED_EXT.includes(extname(p).toLowerCase()) && basename(p) !== 'manifest.json') out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

export type Progress = (done: number, total: number, outcome: IngestOutcome | { error: string; source: string }) => void;

/** Ingest files; a manifest.json in a given directory supplies agency/level/year/URL. Errors are per file. */
export async function ingestPaths(store: Store, paths: string[], embedder: Embedder, onProgress?: Progress) {
  const manifests = paths
    .filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory())
    .map((dir) => ({ dir, entries: loadManifest(dir) }));
  const files = listIngestible(paths);
  const outcomes: IngestOutcome[] = [];
  const errors: { source: string; error: string }[] = [];
  for (const [i, f] of files.entries()) {
    const meta = manifests.map((m) => manifestMetaFor(m.dir, m.entries, f)).find(Boolean);
    try {
      const o = await ingestFile(store, f, embedder, meta);
      outcomes.push(o);
      onProgress?.(i + 1, files.length, o);
    } catch (e) {
      if (!(e instanceof UserError) || e.status === 409) throw e; // an embedder mismatch stops everything
      errors.push({ source: f, error: e.message });
      onProgress?.(i + 1, files.length, { source: f, error: e.message });
    }
  }
  return { files: files.length, outcomes, errors };
}

/**
 * Build the index from `corpus/` the first time (with progress); later calls find every file already stored
 * (by content fingerprint) and do nothing. Called from `npm start`.
 */
export async function ensureCorpusIndexed(store: Store, embedder: Embedder, dir = 'corpus', onProgress?: Progress) {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return { files: 0, added: 0 };
  ensureVectorIndex(store, embedder);
  const entries = loadManifest(dir);
  // Hand-labelled evaluation sets (a directory holding labels*.json, e.g. corpus/real) are measured, never indexed:
  // retrieval must not find the reports the checker is scored on.
  const heldOut = new Map<string, boolean>();
  const isHeldOut = (d: string) => {
    if (!heldOut.has(d)) heldOut.set(d, readdirSync(d).some((x) => /^labels.*\.json$/.test(x)));
    return heldOut.get(d)!;
  };
  const files = listIngestible([dir]).filter((f) => !isHeldOut(dirname(f)));
  let added = 0;
  for (const [i, f] of files.entries()) {
    const text = await readReportFile(f);
    if (reportByFingerprint(store, contentFingerprint(text))?.analyzer === ANALYZER) continue;
    const o = await ingestText(store, text, { source: f, meta: manifestMetaFor(dir, entries, f), embedder });
    added++;
    onProgress?.(i + 1, files.length, o);
  }
  return { files: files.length, added };
}

/** Re-embed every stored chunk with `embedder` (after switching embedders): `nianbao ingest --reindex`. */
export async function reindexAll(store: Store, embedder: Embedder, onProgress?: (done: number, total: number) => void) {
  clearVectorIndex(store);
  ensureVectorIndex(store, embedder);
  const reports = listReports(store);
  for (const [i, r] of reports.entries()) {
    const chunks = chunksOf(store, r.id);
    const vectors = await embedder.embed(chunks.map((c) => embeddingText(r.agency, c.heading, c.text)));
    store.tx(() =>
      insertVectors(
        store,
        chunks.map((c) => ({ chunkId: c.id, section: c.sectionNo, year: r.year ?? 0, level: r.level, format: r.format ?? '', agency: r.agency })),
        vectors,
      ),
    );
    onProgress?.(i + 1, reports.length);
  }
  return { reports: reports.length };
}
