import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCorpusIndexed, corpusParagraphs } from '../../server/corpus/files.js';
import { ingestText } from '../../server/corpus/ingest.js';
import { loadManifest } from '../../server/corpus/manifest.js';
import type { Embedder } from '../../server/search/embedder.js';
import { createEmbedder } from '../../server/search/factory.js';
import { search, type SearchHit } from '../../server/search/hybrid.js';
import { openStore, type Store } from '../../server/store/db.js';
import { reportCount } from '../../server/store/reports.js';
import { tempDir, townshipReport } from '../store/helpers.js';
import { chunkViews, LABELLED, scoreRuns } from './labelled.js';

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let embedder: Embedder;

beforeAll(async () => {
  tmp = tempDir('nianbao-search-');
  store = openStore(join(tmp.dir, 'index.db'));
  embedder = await createEmbedder(sqliteStorage(store), { corpusTexts: () => corpusParagraphs('corpus'), env: {} });
  const progress: number[] = [];
  const first = await ensureCorpusIndexed(sqliteStorage(store), embedder, 'corpus', (done) => progress.push(done));
  expect(first.added).toBe(loadManifest('corpus').length);
  expect(progress.at(-1)).toBe(first.files);
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('corpus index', () => {
  it('is built once; a second call is a no-op', async () => {
    const n = reportCount(store);
    expect(n).toBe(loadManifest('corpus').length);
    const again = await ensureCorpusIndexed(sqliteStorage(store), embedder, 'corpus');
    expect(again.added).toBe(0);
    expect(reportCount(store)).toBe(n);
  });

  it('keeps metadata and source URLs from the manifest', async () => {
    const hits = await search(sqliteStorage(store), embedder, '主动公开', { k: 20, diversity: false });
    const fromWeb = hits.filter((h) => h.report.source.includes('reports/'));
    expect(fromWeb.length).toBeGreaterThan(0);
    for (const h of fromWeb) expect(h.report.url).toMatch(/^https?:\/\//);
  });
});

describe('filters are applied in the database', () => {
  const all = (hits: SearchHit[], pred: (h: SearchHit) => boolean) => hits.length > 0 && hits.every(pred);

  it('level', async () => {
    expect(all(await search(sqliteStorage(store), embedder, '主动公开 信息', { k: 10, level: '街道' }), (h) => h.report.level === '街道')).toBe(true);
  });
  it('section by number, title, variant and key', async () => {
    for (const section of [5, '存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', 'problems', '五']) {
      expect(all(await search(sqliteStorage(store), embedder, '问题 改进', { k: 8, section }), (h) => h.section.no === 5)).toBe(true);
    }
  });
  it('year and year range', async () => {
    expect(all(await search(sqliteStorage(store), embedder, '政府信息公开', { k: 10, year: 2020 }), (h) => h.report.year === 2020)).toBe(true);
    const range = await search(sqliteStorage(store), embedder, '政府信息公开', { k: 10, yearFrom: 2022, yearTo: 2023 });
    expect(all(range, (h) => h.report.year! >= 2022 && h.report.year! <= 2023)).toBe(true);
  });
  it('format', async () => {
    expect(all(await search(sqliteStorage(store), embedder, '政府信息公开', { k: 10, format: '2019' }), (h) => h.report.format === '2019')).toBe(true);
  });
  it('excludeAgency (leave-one-out)', async () => {
    const q = '河包镇政务平台 微信公众号';
    const withIt = await search(sqliteStorage(store), embedder, q, { k: 5 });
    expect(withIt[0].report.agency).toBe('河包镇');
    const without = await search(sqliteStorage(store), embedder, q, { k: 5, excludeAgency: '河包镇' });
    expect(without.length).toBeGreaterThan(0);
    expect(without.some((h) => h.report.agency === '河包镇')).toBe(false);
  });
  it('combined filters can leave nothing, which is an empty answer, not an error', async () => {
    expect(await search(sqliteStorage(store), embedder, '主动公开', { level: '省级部门', year: 2019 })).toEqual([]);
  });
  it('rejects unknown filter values in Chinese', async () => {
    await expect(search(sqliteStorage(store), embedder, '公开', { section: '第七部分' })).rejects.toThrow(/无法识别的部分「第七部分」/);
    await expect(search(sqliteStorage(store), embedder, '公开', { level: '村' })).rejects.toThrow(/无法识别的机关层级「村」/);
    await expect(search(sqliteStorage(store), embedder, '公开', { yearFrom: 2024, yearTo: 2020 })).rejects.toThrow(/起始年度 2024 晚于截止年度 2020/);
    await expect(search(sqliteStorage(store), embedder, '   ')).rejects.toThrow(/检索内容为空/);
  });
});

describe('ranking', () => {
  it('acceptance: 「镇 主动公开 公众号」 returns township 总体情况 chunks first', async () => {
    const hits = await search(sqliteStorage(store), embedder, '镇 主动公开 公众号', { k: 5 });
    expect(hits[0].report.level).toBe('乡镇');
    expect(hits[0].section.no).toBe(1);
    expect(hits.filter((h) => h.report.level === '乡镇' && h.section.no === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('a kind of agency named in the query is preferred, not required', async () => {
    const towns = await search(sqliteStorage(store), embedder, '镇 主动公开 公众号', { k: 5 });
    expect(towns.map((h) => h.report.level)).toEqual(['乡镇', '乡镇', '乡镇', '乡镇', '乡镇']);
    const bureaus = await search(sqliteStorage(store), embedder, '局 主动公开 公众号', { k: 5 });
    expect(bureaus[0].report.agency).toMatch(/局$/);
    // Without a kind word the same query may return any agency.
    const any = await search(sqliteStorage(store), embedder, '主动公开 公众号', { k: 10 });
    expect(new Set(any.map((h) => h.report.level)).size).toBeGreaterThan(1);
  });

  it('short terms (1–2 characters) still match through the LIKE fallback', async () => {
    const hits = await search(sqliteStorage(store), embedder, '微信', { k: 5, mode: 'lexical' });
    expect(hits.length).toBe(5);
    for (const h of hits) expect(h.text.includes('微信') || h.report.agency.includes('微信')).toBe(true);
  });

  it('hybrid beats vector-only and keyword-only on the labelled set', async () => {
    const views = chunkViews(store);
    const result: Record<string, ReturnType<typeof scoreRuns>> = {};
    for (const mode of ['hybrid', 'vector', 'lexical'] as const) {
      const runs = [];
      for (const item of LABELLED) runs.push({ item, ids: (await search(sqliteStorage(store), embedder, item.query, { k: 10, mode })).map((h) => h.chunkId) });
      result[mode] = scoreRuns(views, runs);
    }
    // Every query has relevant chunks in the corpus (otherwise the set would not measure anything).
    for (const q of result.hybrid.perQuery) expect(q.relevant, q.query).toBeGreaterThan(0);
    expect(result.hybrid.mrr).toBeGreaterThan(result.vector.mrr);
    expect(result.hybrid.mrr).toBeGreaterThan(result.lexical.mrr);
    expect(result.hybrid.recallAtK).toBeGreaterThan(result.vector.recallAtK);
    expect(result.hybrid.recallAtK).toBeGreaterThan(result.lexical.recallAtK);
  });

  it('diversity: the top-k are not copies of the same boilerplate', async () => {
    const s = openStore(join(tmp.dir, 'dup.db'));
    for (let i = 0; i < 6; i++)
      await ingestText(sqliteStorage(s), townshipReport(['青山镇', '绿水镇', '白云镇', '红旗镇', '新华镇', '东风镇'][i], `第${i}版`), { source: `t${i}.txt`, embedder });
    await ingestText(sqliteStorage(s), '某某局2023年政府信息公开工作年度报告\n一、总体情况\n我局通过门户网站主动公开行政许可决定120件，并在微信公众号发布政策解读15篇，回应社会关切。', { source: 'ju.txt', embedder });
    const q = '主动公开 微信公众号 政府门户网站';
    const plain = await search(sqliteStorage(s), embedder, q, { k: 5, diversity: false });
    const diverse = await search(sqliteStorage(s), embedder, q, { k: 5 });
    const head = (h: SearchHit) => h.text.replace(/[青绿白红新东][山水云旗华风]镇/g, '').slice(0, 30);
    expect(new Set(plain.map(head)).size).toBeLessThan(plain.length); // the copies are really there
    expect(new Set(diverse.map(head)).size).toBe(diverse.length);
    const perReport = new Map<number, number>();
    for (const h of diverse) perReport.set(h.report.id, (perReport.get(h.report.id) ?? 0) + 1);
    expect(Math.max(...perReport.values())).toBeLessThanOrEqual(2);
    s.close();
  });
});
