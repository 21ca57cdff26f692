// Node entry: opens the SQLite store, builds the corpus index on first start, wires model and embedder, serves.
import { scrypt as nodeScryptCb } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { sqliteStorage } from './adapters/sqlite/index.js';
import { corpusParagraphs, ensureCorpusIndexed } from './corpus/files.js';
import { newSecret } from './auth/sessions.js';
import type { Scrypt } from './auth/passwords.js';
import { createApp } from './http/app.js';
import type { AppConfig } from './http/deps.js';
import { modelFromEnv } from './llm/provider.js';
import { createEmbedder } from './search/factory.js';
import { defaultDbPath, openStore } from './store/db.js';

export interface StartOptions {
  port?: number;
  host?: string;
  dbPath?: string;
  corpusDir?: string;
  quiet?: boolean;
  /** Account settings (tests of other features turn accounts off here). */
  auth?: AppConfig['auth'];
}

/** Node's native scrypt (same bytes as the portable one, much faster). */
export const nodeScrypt: Scrypt = (pw, salt, o) =>
  new Promise((resolve, reject) =>
    nodeScryptCb(pw.normalize('NFC'), salt, o.dkLen, { N: o.N, r: o.r, p: o.p, maxmem: 256 * o.N * o.r }, (e, k) => (e ? reject(e) : resolve(new Uint8Array(k)))),
  );

/** Host names from NIANBAO_ALLOWED_HOSTS (comma-separated), plus loopback and the bound host. */
export function allowedHosts(bound: string, env = process.env.NIANBAO_ALLOWED_HOSTS): string[] {
  const extra = (env ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  const hosts = ['127.0.0.1', 'localhost', '[::1]', '::1', ...extra];
  if (bound === '0.0.0.0' || bound === '::') return extra.length ? hosts : ['*'];
  return [...hosts, bound];
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
  const { model, notice, adminNotice, label } = modelFromEnv();
  const port = opts.port ?? Number(process.env.PORT ?? 8787);
  const hostname = opts.host ?? process.env.HOST ?? '127.0.0.1';
  // No account yet, on this machine: a one-time link signs in a local admin (like a notebook server's token).
  const local = hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '::1';
  const bootstrap = { token: local && (await storage.users.count()) === 0 && !opts.auth?.disabled ? newSecret() : undefined };
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
    scrypt: nodeScrypt,
    config: {
      adminToken: process.env.NIANBAO_ADMIN_TOKEN || undefined,
      auth: { allowedHosts: allowedHosts(hostname), secureCookies: process.env.NIANBAO_SECURE_COOKIES === '1', bootstrap, ...opts.auth },
    },
  });
  const server = serve({ fetch: app.fetch, port, hostname });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${hostname}:${actualPort}/`;
  log(`年报助手已启动：${url}\n`);
  const loginUrl = bootstrap.token ? `${url}api/auth/bootstrap?token=${bootstrap.token}` : undefined;
  if (loginUrl) log(`还没有账号。请在本机浏览器打开下面的一次性链接，以管理员身份登录（之后可用 nianbao user add 添加账号）：\n  ${loginUrl}\n`);
  else if (!local && (await storage.users.count()) === 0) log('还没有账号：请先运行 nianbao user add <用户名> --role admin 建立管理员账号。\n');
  log(model ? `大模型：${label}\n` : `${adminNotice ?? notice}\n`);
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        store.close();
        resolve();
      });
    });
  return { url, port: actualPort, close, store, storage, loginUrl };
}
