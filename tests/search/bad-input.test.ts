// Bad input to hybrid search, on real SQLite files: a fast, empty or sensible answer, never a scan of everything.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { ingestText } from '../../server/corpus/ingest.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { search } from '../../server/search/hybrid.js';
import { lexicalSearch, type LexicalTrace } from '../../server/search/lexical.js';
import { openStore, type Store } from '../../server/store/db.js';
import { tempDir, townshipReport } from '../store/helpers.js';

let tmp: ReturnType<typeof tempDir>;
let one: Store;
const embedder = new LocalEmbedder();
const run = (q: string, o = {}) => search(sqliteStorage(one), embedder, q, { k: 5, ...o });

beforeAll(async () => {
  tmp = tempDir('nianbao-bad-input-');
  one = openStore(join(tmp.dir, 'one.db'));
  await ingestText(sqliteStorage(one), townshipReport('青山镇'), { source: 'one.txt', embedder, meta: { agency: '青山镇人民政府', level: '乡镇', year: 2023 } });
});
afterAll(() => {
  one.close();
  tmp.cleanup();
});

describe('hybrid search on a corpus of one report', () => {
  it('answers from that report', async () => {
    const hits = await run('主动公开 微信公众号');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.report.agency))).toEqual(new Set(['青山镇人民政府']));
  });

  it('one character: hits that contain it', async () => {
    const hits = await run('镇', { mode: 'lexical' });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.text.includes('镇') || h.report.agency.includes('镇')).toBe(true);
  });

  it('only punctuation: empty, not the nearest vectors to a meaningless query', async () => {
    expect(await run('，。！？……——')).toEqual([]);
    expect(await run('!!! ??? ...')).toEqual([]);
  });

  it('4,000 characters: a Chinese error at once, before any index is read', async () => {
    const t0 = performance.now();
    await expect(run('公开'.repeat(2000))).rejects.toThrow(/过长/);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('a filter that matches nothing: empty, and the keyword side reads no rows', async () => {
    expect(await run('主动公开', { level: '省级部门' })).toEqual([]);
    expect(await run('主动公开', { section: 6, yearFrom: 2030 })).toEqual([]);
    const trace = {} as LexicalTrace;
    expect(lexicalSearch(one, '主动公开 依申请公开', { level: '省级部门' }, 10, trace)).toEqual([]);
    expect(trace.rowsRead).toBe(0);
  });
});
