// Which embedder to use: the OpenAI-compatible one when configured, else the local one with the IDF stored in the
// database (fitted once, on the stored chunks or on `corpus/`, so queries and documents share the same weights).
import { readFileSync, statSync } from 'node:fs';
import type { Store } from '../store/db.js';
import { allChunkTexts, chunkCount } from '../store/reports.js';
import { indexMeta } from '../store/vectors.js';
import { createRemoteEmbedder, fitIdf, IDF_BUCKETS, LocalEmbedder, remoteConfigFromEnv, type Embedder, type IdfTable } from './embedder.js';

const IDF_KEY = 'local-idf';

export function loadLocalIdf(store: Store): IdfTable | undefined {
  const r = store.db.prepare('SELECT value FROM embedder_state WHERE key = ?').get(IDF_KEY) as { value: Buffer } | undefined;
  if (!r || r.value.byteLength !== 4 * (IDF_BUCKETS + 1)) return undefined;
  const all = new Uint32Array(r.value.buffer.slice(r.value.byteOffset, r.value.byteOffset + r.value.byteLength));
  return { n: all[0], df: all.subarray(1) };
}

export function saveLocalIdf(store: Store, idf: IdfTable): void {
  const all = new Uint32Array(IDF_BUCKETS + 1);
  all[0] = idf.n;
  all.set(idf.df, 1);
  store.db.prepare('INSERT OR REPLACE INTO embedder_state(key, value) VALUES (?, ?)').run(IDF_KEY, Buffer.from(all.buffer));
}

export function clearLocalIdf(store: Store): void {
  store.db.prepare('DELETE FROM embedder_state WHERE key = ?').run(IDF_KEY);
}

/** Paragraph-sized texts of the files under a corpus folder (for fitting IDF before anything is chunked). */
async function corpusParagraphs(dir: string): Promise<string[]> {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const { listIngestible } = await import('../corpus/ingest.js');
  const out: string[] = [];
  for (const f of listIngestible([dir])) {
    if (!/\.(txt|md)$/i.test(f)) continue;
    for (const p of readFileSync(f, 'utf8').split(/\n+/)) if (p.trim().length >= 14) out.push(p);
  }
  return out;
}

export interface EmbedderChoice {
  /** Folder whose texts fit the local IDF when the store has neither IDF nor chunks. */
  corpusDir?: string;
  env?: NodeJS.ProcessEnv;
}

/** The embedder for this store. For the local embedder the IDF is fitted once and then kept stable. */
export async function createEmbedder(store: Store, opts: EmbedderChoice = {}): Promise<Embedder> {
  const remote = remoteConfigFromEnv(opts.env ?? process.env);
  if (remote) return createRemoteEmbedder(remote);
  let idf = loadLocalIdf(store);
  // An index already built without IDF stays flat until re-indexed (never mix two weightings).
  if (!idf && indexMeta(store)?.embedderId.endsWith('/flat')) return new LocalEmbedder({ dim: indexMeta(store)!.dim });
  if (!idf) {
    const texts = chunkCount(store) > 0 ? [...allChunkTexts(store)] : await corpusParagraphs(opts.corpusDir ?? 'corpus');
    if (texts.length === 0) return new LocalEmbedder();
    idf = fitIdf(texts);
    saveLocalIdf(store, idf);
  }
  return new LocalEmbedder({ idf });
}
