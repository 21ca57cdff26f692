// The ports contract against D1 + the in-memory Vectorize fake, inside workerd. Same bodies as sqlite.test.ts.
import { env } from 'cloudflare:test';
import { d1Storage, type D1Database } from '../../server/adapters/d1/index.js';
import { FakeVectorize, vectorizeIndex } from '../../server/adapters/vectorize/index.js';
import { storageContract } from './contract.js';

const db = (env as unknown as { DB: D1Database }).DB;
storageContract(
  'd1 + vectorize fake',
  async () => d1Storage(db, vectorizeIndex(new FakeVectorize(512), db)),
  async (sql, ...args) => (await db.prepare(sql).bind(...args).all()).results,
);
