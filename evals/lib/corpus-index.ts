// One search index of the bundled corpus per process, built in a temporary SQLite file with the LOCAL embedder
// (never a remote one: retrieval numbers must not depend on the environment). Removed at exit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus.js';
import { layer } from './deps.js';

export interface Hit {
  chunkId: number;
  text: string;
  section: { no: number; title: string };
  report: { id: number; agency: string; level: string; year: number | null; source: string };
  score: number;
}
export interface CorpusIndex {
  search(query: string, opts: { k?: number; section?: number; level?: string; excludeAgency?: string; mode?: 'hybrid' | 'vector' | 'lexical' }): Promise<Hit[]>;
  reports: number;
  buildMs: number;
}

let built: Promise<CorpusIndex> | undefined;

export function corpusIndex(): Promise<CorpusIndex> {
  built ??= build();
  return built;
}

async function build(): Promise<CorpusIndex> {
  const t0 = Date.now();
  type StoreT = { db: { prepare(sql: string): { get(): unknown } }; close(): void };
  const { openStore } = await layer<{ openStore(path: string): StoreT }>('server/store/db.ts', ['openStore']);
  type StorageT = unknown;
  const { sqliteStorage } = await layer<{ sqliteStorage(s: StoreT): StorageT }>('server/adapters/sqlite/index.ts', ['sqliteStorage']);
  const { createEmbedder } = await layer<{ createEmbedder(s: StorageT, o: { corpusTexts: () => Promise<string[]>; env: NodeJS.ProcessEnv }): Promise<unknown> }>('server/search/factory.ts', ['createEmbedder']);
  const { ensureCorpusIndexed, corpusParagraphs } = await layer<{
    ensureCorpusIndexed(s: StorageT, e: unknown, dir: string): Promise<{ files: number; added: number }>;
    corpusParagraphs(dir: string): Promise<string[]>;
  }>('server/corpus/files.ts', ['ensureCorpusIndexed', 'corpusParagraphs']);
  const { search } = await layer<{ search(s: StorageT, e: unknown, q: string, o: object): Promise<Hit[]> }>('server/search/hybrid.ts', ['search']);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-eval-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const storage = sqliteStorage(openStore(join(dir, 'index.db')));
  const corpusDir = CORPUS_DIR.replace(/\/$/, '');
  const embedder = await createEmbedder(storage, { corpusTexts: () => corpusParagraphs(corpusDir), env: {} });
  const r = await ensureCorpusIndexed(storage, embedder, corpusDir);
  return { search: (q, o) => search(storage, embedder, q, o), reports: r.files, buildMs: Date.now() - t0 };
}
