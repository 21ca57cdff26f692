// The corpus on disk (Node only): walk folders, read files, apply manifests, feed the runtime-neutral ingest.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { loadReportText } from '../parse/load.js';
import type { Storage } from '../ports/index.js';
import type { Embedder } from '../search/embedder.js';
import { SUPPORTED_EXT } from './analyze.js';
import { ensureIndexed, ingestText, type CorpusDoc, type IngestOutcome, type Progress } from './ingest.js';
import { loadManifest, manifestMetaFor, type ReportMeta } from './manifest.js';

export type { IngestOutcome, Progress } from './ingest.js';

/** Read a corpus file as text: plain text directly, HTML/DOCX/PDF through the document readers. */
export async function readReportFile(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXT.includes(ext))
    throw new UserError(`不支持的文件类型「${ext || '无扩展名'}」：${path}。可导入 ${SUPPORTED_EXT.join('、')}。`, 415);
  return (await loadReportText(path)).text;
}

export async function ingestFile(storage: Storage, path: string, embedder: Embedder, meta?: ReportMeta): Promise<IngestOutcome> {
  const text = await readReportFile(path);
  return ingestText(storage, text, { source: path, meta, embedder });
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

/** Ingest files; a manifest.json in a given directory supplies agency/level/year/URL. Errors are per file. */
export async function ingestPaths(storage: Storage, paths: string[], embedder: Embedder, onProgress?: Progress) {
  const manifests = paths
    .filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory())
    .map((dir) => ({ dir, entries: loadManifest(dir) }));
  const files = listIngestible(paths);
  const outcomes: IngestOutcome[] = [];
  const errors: { source: string; error: string }[] = [];
  for (const [i, f] of files.entries()) {
    const meta = manifests.map((m) => manifestMetaFor(m.dir, m.entries, f)).find(Boolean);
    try {
      const o = await ingestFile(storage, f, embedder, meta);
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
 * Hand-labelled evaluation sets (a folder holding labels*.json, e.g. corpus/real) are measured, never indexed for
 * retrieval: retrieval must not find the reports the checker is scored on.
 */
export function indexableFiles(dir: string): string[] {
  const heldOut = new Map<string, boolean>();
  const isHeldOut = (d: string) => {
    if (!heldOut.has(d)) heldOut.set(d, readdirSync(d).some((x) => /^labels.*\.json$/.test(x)));
    return heldOut.get(d)!;
  };
  return listIngestible([dir]).filter((f) => !isHeldOut(dirname(f)));
}

/** The bundled corpus folder as documents (with manifest metadata). */
export async function corpusDocs(dir = 'corpus'): Promise<CorpusDoc[]> {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const entries = loadManifest(dir);
  const docs: CorpusDoc[] = [];
  for (const f of indexableFiles(dir)) docs.push({ source: f, text: await readReportFile(f), meta: manifestMetaFor(dir, entries, f) });
  return docs;
}

/** Build the index from `corpus/` the first time (with progress). Called from `npm start`. */
export async function ensureCorpusIndexed(storage: Storage, embedder: Embedder, dir = 'corpus', onProgress?: Progress) {
  return ensureIndexed(storage, embedder, await corpusDocs(dir), onProgress);
}

/** Paragraph-sized texts of the plain-text files under a corpus folder (fitting the local IDF before any chunk exists). */
export async function corpusParagraphs(dir = 'corpus'): Promise<string[]> {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const out: string[] = [];
  for (const f of indexableFiles(dir)) {
    if (!/\.(txt|md)$/i.test(f)) continue;
    for (const p of readFileSync(f, 'utf8').split(/\n+/)) if (p.trim().length >= 14) out.push(p);
  }
  return out;
}
