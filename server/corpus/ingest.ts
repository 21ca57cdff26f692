// Ingest: text → parsed report → chunks → embeddings → one write per report (nothing half-written).
// Idempotent: the same content is stored once; a changed file at the same source replaces its old version.
// Runtime-neutral: works on any Storage; reading files from disk is server/corpus/files.ts (Node).
import { UserError } from '../errors.js';
import { agencyKind, FIRST_REPORT_YEAR } from '../format/index.js';
import type { ReportRecordMeta, Storage } from '../ports/index.js';
import type { Embedder } from '../search/embedder.js';
import { analyzeText, ANALYZER, type Analysis } from './analyze.js';
import { chunkReport } from './chunk.js';
import { contentFingerprint } from './fingerprint.js';
import { isLevel, type ReportMeta } from './manifest-types.js';

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

/** A document to index: where it came from, its text, what the manifest says of it. */
export interface CorpusDoc {
  source: string;
  text: string;
  meta?: ReportMeta;
}

export type Progress = (done: number, total: number, outcome: IngestOutcome | { error: string; source: string }) => void;

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

export async function ingestText(storage: Storage, text: string, opts: IngestOptions): Promise<IngestOutcome> {
  if (!text.trim()) throw new UserError(`「${opts.source}」没有可读的文字内容。`, 422);
  await storage.vectors.ensure(opts.embedder); // refuses a different embedder before any work is done
  const fingerprint = contentFingerprint(text);
  const previous = await storage.reports.bySource(opts.source);
  const same = await storage.reports.byFingerprint(fingerprint);
  // Stored by an older analyzer (before the parser/checker existed): analyse it again, keep the rest.
  if (same && same.analyzer === ANALYZER) {
    // Same content already stored (here or under another name): drop older versions at this source only.
    for (const old of previous) if (old.id !== same.id) await storage.reports.delete(old.id);
    return { status: 'unchanged', reportId: same.id, source: same.source, agency: same.agency, chunks: (await storage.reports.chunksOf(same.id)).length };
  }
  const analysis = await analyzeText(text, opts.source);
  const meta = recordMeta(opts.meta, analysis.parsed);
  const chunks = chunkReport(analysis.parsed);
  // Embed with the heading in front, so the vector also knows which part of the report the text is from.
  const vectors = await opts.embedder.embed(chunks.map((c) => embeddingText(meta.agency, c.heading, c.text)));
  const { reportId } = await storage.reports.write(
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

/** Index documents not yet stored (by content fingerprint); later calls find everything stored and do nothing. */
export async function ensureIndexed(storage: Storage, embedder: Embedder, docs: CorpusDoc[], onProgress?: Progress) {
  await storage.vectors.ensure(embedder);
  let added = 0;
  for (const [i, d] of docs.entries()) {
    if ((await storage.reports.byFingerprint(contentFingerprint(d.text)))?.analyzer === ANALYZER) continue;
    const o = await ingestText(storage, d.text, { source: d.source, meta: d.meta, embedder });
    added++;
    onProgress?.(i + 1, docs.length, o);
  }
  return { files: docs.length, added };
}

/** Re-embed every stored chunk with `embedder` (after switching embedders): `nianbao ingest --reindex`. */
export async function reindexAll(storage: Storage, embedder: Embedder, onProgress?: (done: number, total: number) => void) {
  await storage.vectors.clear();
  await storage.vectors.ensure(embedder);
  const reports = await storage.reports.list();
  for (const [i, r] of reports.entries()) {
    const chunks = await storage.reports.chunksOf(r.id);
    const vectors = await embedder.embed(chunks.map((c) => embeddingText(r.agency, c.heading, c.text)));
    await storage.vectors.upsert(
      chunks.map((c) => ({ chunkId: c.id, section: c.sectionNo, year: r.year ?? 0, level: r.level, format: r.format ?? '', agency: r.agency })),
      vectors,
    );
    onProgress?.(i + 1, reports.length);
  }
  return { reports: reports.length };
}
