// Which embedder to use: the OpenAI-compatible one when configured, else the local one with its IDF kept in the
// storage's key-value state (fitted once, on the stored chunks or on the bundled corpus, so queries and documents
// share the same weights). Runtime-neutral: the corpus texts come from the entry (disk on Node, a bundle on Workers).
import type { Storage } from '../ports/index.js';
import { createRemoteEmbedder, fitIdf, IDF_BUCKETS, LocalEmbedder, remoteConfigFromEnv, type Embedder, type IdfTable } from './embedder.js';

export const IDF_KEY = 'local-idf';

type EmbedderStorage = Pick<Storage, 'kv' | 'reports' | 'vectors'>;

/** The IDF table as bytes: n, then one document frequency per bucket (Uint32, little-endian as on every host). */
export function encodeIdf(idf: IdfTable): Uint8Array {
  const all = new Uint32Array(IDF_BUCKETS + 1);
  all[0] = idf.n;
  all.set(idf.df, 1);
  return new Uint8Array(all.buffer);
}

export function decodeIdf(bytes: Uint8Array | undefined): IdfTable | undefined {
  if (!bytes || bytes.byteLength !== 4 * (IDF_BUCKETS + 1)) return undefined;
  const all = new Uint32Array(bytes.slice().buffer);
  return { n: all[0], df: all.subarray(1) };
}

export const loadLocalIdf = async (s: EmbedderStorage) => decodeIdf(await s.kv.get(IDF_KEY));
export const saveLocalIdf = (s: EmbedderStorage, idf: IdfTable) => s.kv.set(IDF_KEY, encodeIdf(idf));
export const clearLocalIdf = (s: EmbedderStorage) => s.kv.delete(IDF_KEY);

export interface EmbedderChoice {
  /** Paragraphs of the bundled corpus, for fitting the IDF when the storage has neither IDF nor chunks. */
  corpusTexts?: () => Promise<string[]>;
  /** A ready IDF table (Workers bundle it: it is too large for a D1 row). */
  idf?: IdfTable;
  env?: Record<string, string | undefined>;
}

/** The embedder for this storage. For the local embedder the IDF is fitted once and then kept stable. */
export async function createEmbedder(storage: EmbedderStorage, opts: EmbedderChoice = {}): Promise<Embedder> {
  const remote = remoteConfigFromEnv(opts.env ?? {});
  if (remote) return createRemoteEmbedder(remote);
  if (opts.idf) return new LocalEmbedder({ idf: opts.idf });
  let idf = await loadLocalIdf(storage);
  // An index already built without IDF stays flat until re-indexed (never mix two weightings).
  const meta = await storage.vectors.meta();
  if (!idf && meta?.id.endsWith('/flat')) return new LocalEmbedder({ dim: meta.dim });
  if (!idf) {
    const texts = (await storage.reports.chunkCount()) > 0 ? await storage.reports.chunkTexts() : ((await opts.corpusTexts?.()) ?? []);
    if (texts.length === 0) return new LocalEmbedder();
    idf = fitIdf(texts);
    await saveLocalIdf(storage, idf);
  }
  return new LocalEmbedder({ idf });
}
