// Node entry: opens the SQLite store, builds the corpus index on first start, wires model and embedder, serves.
import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { sqliteStorage } from './adapters/sqlite/index.js';
import { corpusParagraphs, ensureCorpusIndexed } from './corpus/files.js';
import { createApp } from './http/app.js';
import { modelFromEnv } from './llm/provider.js';
import { createEmbedder } from './search/factory.js';
import { defaultDbPath, openStore } from './store/db.js';

export interface StartOptions {
  port?: number;
  host?: string;
  dbPath?: string;
  corpusDir?: string;
  quiet?: boolean;
}

/** Files of the web UI and the prompts, read from the repository (Workers use static assets and bundled prompts). */
const readRepoFile = (dir: string) => async (path: string) => {
  try {
    return await readFile(new URL(`../${dir}/${path}`, import.meta.url));
  } catch {
    return null;
  }
};

/** The web UI's files from the repository's web/ folder (the Worker reads its static-assets binding instead). */
export const readAssetFromDisk = readRepoFile('web');

export async function start(opts: StartOptions = {}) {
  const log = (s: string) => opts.quiet || process.stderr.write(s);
  const corpusDir = opts.corpusDir ?? 'corpus';
  const store = openStore(opts.dbPath ?? defaultDbPath());
  const storage = sqliteStorage(store);
  const embedder = await createEmbedder(storage, { corpusTexts: () => corpusParagraphs(corpusDir), env: process.env });
  let shown = -1;
  await ensureCorpusIndexed(storage, embedder, corpusDir, (done, total) => {
    const pct = Math.floor((done / total) * 100);
    if (pct !== shown) {
      shown = pct;
      log(`\r首次启动：正在建立语料索引 ${done}/${total}（${pct}%）`);
      if (done === total) log('\n');
    }
  });
  const { model, notice, label } = modelFromEnv();
  const { nodeEvals } = await import('./evals-node.js');
  const readPrompt = readRepoFile('prompts');
  const app = createApp({
    storage,
    embedder,
    model,
    modelNotice: notice,
    modelLabel: label,
    readAsset: readAssetFromDisk,
    readPrompt: async (name) => {
      const b = await readPrompt(name);
      if (!b) throw new Error(`prompt missing: ${name}`);
      return b.toString('utf8');
    },
    evals: nodeEvals(store.db),
    config: { adminToken: process.env.NIANBAO_ADMIN_TOKEN || undefined },
  });
  const port = opts.port ?? Number(process.env.PORT ?? 8787);
  const hostname = opts.host ?? process.env.HOST ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port, hostname });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${hostname}:${actualPort}/`;
  log(`年报助手已启动：${url}\n`);
  log(model ? `大模型：${label}\n` : `${notice}\n`);
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        store.close();
        resolve();
      });
    });
  return { url, port: actualPort, close, store, storage };
}
