import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../server/errors.js';
import { ingestFile } from '../../server/corpus/files.js';
import { ingestText, reindexAll } from '../../server/corpus/ingest.js';
import { LocalEmbedder, type Embedder } from '../../server/search/embedder.js';
import { search } from '../../server/search/hybrid.js';
import { appliedMigrations, openStore } from '../../server/store/db.js';
import { listMigrations, MIGRATIONS_DIR } from '../../server/store/migrate.js';
import { chunkCount, listReports, reportCount } from '../../server/store/reports.js';
import { getDecision, listDecisions, setDecision } from '../../server/store/reviews.js';
import { indexMeta, vectorCount } from '../../server/store/vectors.js';
import { tempDir, townshipReport } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const embedder = new LocalEmbedder();
const ftsCount = (s: ReturnType<typeof openStore>) =>
  (s.db.prepare("SELECT count(*) AS n FROM chunk_fts WHERE chunk_fts MATCH '\"主动公开\"'").get() as { n: number }).n;

describe('migrations', () => {
  it('upgrades a database created with only migration 001, keeping its data', () => {
    const path = join(tmp.dir, 'old.db');
    const old = openStore(path, { migrateTo: 1 });
    expect(appliedMigrations(old)).toEqual([1]);
    expect(() => old.db.prepare('SELECT * FROM chunks').all()).toThrow(/no such table/);
    old.db
      .prepare("INSERT INTO reports(fingerprint, source, agency, level, year, parsed) VALUES ('fp1', 'a.txt', '某某镇人民政府', '乡镇', 2022, '{}')")
      .run();
    old.close();

    const s = openStore(path);
    const all = listMigrations().map((m) => m.version);
    expect(appliedMigrations(s)).toEqual(all);
    expect(all.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(listReports(s).map((r) => [r.agency, r.year])).toEqual([['某某镇人民政府', 2022]]);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    s.close();
    // Re-opening applies nothing new.
    const again = openStore(path);
    expect(appliedMigrations(again)).toEqual(all);
    again.close();
  });

  it('051 resets the kept corpus statistics to the exact figures (rows a D1 adapter wrote without keeping them)', () => {
    const path = join(tmp.dir, 'stats.db');
    const old = openStore(path, { migrateTo: 50 });
    // Rows written as the D1 adapter wrote them before it kept corpus_stats/agency_stats: the tables never moved.
    old.db.prepare("INSERT INTO reports(id, fingerprint, source, agency, parsed) VALUES (1, 'fp', 'a.txt', '某某镇人民政府', '{}'), (2, 'fp2', 'b.txt', '', '{}')").run();
    old.db.prepare("INSERT INTO chunks(report_id, section_no, text, position) VALUES (1, 1, '主动公开𠀀', 0), (1, 2, '依申请公开', 1)").run();
    old.db.prepare('UPDATE corpus_stats SET chunks = 7, chars = 3').run();
    old.close();
    const s = openStore(path);
    expect(s.db.prepare('SELECT chunks, chars FROM corpus_stats').all()).toEqual([{ chunks: 2, chars: 10 }]);
    expect(s.db.prepare('SELECT agency, reports, chunks FROM agency_stats ORDER BY agency').all()).toEqual([
      { agency: '', reports: 1, chunks: 0 },
      { agency: '某某镇人民政府', reports: 1, chunks: 2 },
    ]);
    s.close();
  });

  it('picks up every NNN_*.sql in the folder in number order, and refuses duplicate numbers', () => {
    const dir = join(tmp.dir, 'migrations');
    mkdirSync(dir);
    // Only this owner's 001–009; other owners' files are their business.
    for (const f of readdirSync(MIGRATIONS_DIR).filter((x) => /^00\d_/.test(x))) copyFileSync(join(MIGRATIONS_DIR, f), join(dir, f));
    writeFileSync(join(dir, '012_later.sql'), 'CREATE TABLE later(id INTEGER PRIMARY KEY, x TEXT REFERENCES first_extra(x));');
    writeFileSync(join(dir, '010_drafts.sql'), 'CREATE TABLE first_extra(x TEXT PRIMARY KEY);');
    writeFileSync(join(dir, 'README.md'), 'not a migration');
    const s = openStore(join(tmp.dir, 'x.db'), { migrationsDir: dir });
    expect(appliedMigrations(s).slice(-2)).toEqual([10, 12]);
    s.close();
    writeFileSync(join(dir, '010_clash.sql'), 'SELECT 1;');
    expect(() => listMigrations(dir)).toThrow(/迁移编号重复：010/);
  });

  it('rolls back a failing migration and names it', () => {
    const dir = join(tmp.dir, 'm');
    mkdirSync(dir);
    copyFileSync(join(MIGRATIONS_DIR, '001_reports.sql'), join(dir, '001_reports.sql'));
    writeFileSync(join(dir, '002_bad.sql'), 'CREATE TABLE half(id INTEGER); SELECT nonsense FROM nowhere;');
    expect(() => openStore(join(tmp.dir, 'y.db'), { migrationsDir: dir })).toThrow(/002_bad 失败/);
    const s = openStore(join(tmp.dir, 'y.db'), { migrateTo: 1 });
    expect(s.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect(appliedMigrations(s)).toEqual([1]);
    s.close();
  });

  it('creates the folder of a new database file', () => {
    const s = openStore(join(tmp.dir, 'deep', 'er', 'n.db'));
    expect(reportCount(s)).toBe(0);
    s.close();
  });
});

describe('ingest', () => {
  it('stores the same content once, whatever the file is called', async () => {
    const s = openStore(join(tmp.dir, 'n.db'));
    const a = join(tmp.dir, 'a.txt');
    writeFileSync(a, townshipReport('青山镇'));
    const first = await ingestFile(sqliteStorage(s), a, embedder);
    expect(first.status).toBe('added');
    expect(first.chunks).toBeGreaterThan(3);
    const chunks = chunkCount(s);
    expect(vectorCount(s)).toBe(chunks);
    expect((await ingestFile(sqliteStorage(s), a, embedder)).status).toBe('unchanged');
    // Whitespace and full-width/half-width punctuation do not make it a different report.
    const b = join(tmp.dir, 'copy.txt');
    writeFileSync(b, townshipReport('青山镇').replace(/，/g, ',').replace(/\n/g, '\n\n'));
    expect((await ingestFile(sqliteStorage(s), b, embedder)).status).toBe('unchanged');
    expect(reportCount(s)).toBe(1);
    expect(chunkCount(s)).toBe(chunks);
    s.close();
  });

  it('replaces the old version of a changed file: rows, FTS and vectors', async () => {
    const s = openStore(join(tmp.dir, 'n.db'));
    const a = join(tmp.dir, 'a.txt');
    writeFileSync(a, townshipReport('青山镇'));
    await ingestFile(sqliteStorage(s), a, embedder);
    const ftsBefore = ftsCount(s);
    writeFileSync(a, townshipReport('青山镇', '本报告已更正。').replace('56条', '61条'));
    const r = await ingestFile(sqliteStorage(s), a, embedder);
    expect(r.status).toBe('replaced');
    expect(reportCount(s)).toBe(1);
    expect(vectorCount(s)).toBe(chunkCount(s));
    expect(ftsCount(s)).toBe(ftsBefore);
    const hits = await search(sqliteStorage(s), embedder, '主动公开政府信息 微信公众号', { k: 5 });
    expect(hits.some((h) => h.text.includes('61条'))).toBe(true);
    expect(hits.some((h) => h.text.includes('56条'))).toBe(false);
    s.close();
  });

  it('analyses a report again when it was stored by an older analyzer (findings filled in later)', async () => {
    const s = openStore(join(tmp.dir, 'n.db'));
    await ingestText(sqliteStorage(s), townshipReport('青山镇'), { source: 'a.txt', embedder });
    expect((await ingestText(sqliteStorage(s), townshipReport('青山镇'), { source: 'a.txt', embedder })).status).toBe('unchanged');
    s.db.prepare("UPDATE reports SET analyzer = 'fallback', findings = '[]'").run();
    const again = await ingestText(sqliteStorage(s), townshipReport('青山镇'), { source: 'a.txt', embedder });
    expect(again.status).toBe('replaced');
    expect(reportCount(s)).toBe(1);
    expect(listReports(s)[0].analyzer).not.toBe('fallback');
    expect(vectorCount(s)).toBe(chunkCount(s));
    s.close();
  });

  it('writes nothing when a report fails half-way (one transaction per report)', async () => {
    const s = openStore(join(tmp.dir, 'n.db'));
    await ingestText(sqliteStorage(s), townshipReport('青山镇'), { source: 'a.txt', embedder });
    const before = { reports: reportCount(s), chunks: chunkCount(s), vectors: vectorCount(s) };
    // Same id and declared dimension, but it returns vectors of the wrong length: the vec0 insert fails.
    const broken: Embedder = { id: embedder.id, dim: embedder.dim, embed: async (t) => t.map(() => new Float32Array(7)) };
    await expect(ingestText(sqliteStorage(s), townshipReport('绿水镇'), { source: 'b.txt', embedder: broken })).rejects.toThrow();
    // A replacement that fails keeps the old version.
    await expect(ingestText(sqliteStorage(s), townshipReport('青山镇', '改'), { source: 'a.txt', embedder: broken })).rejects.toThrow();
    expect({ reports: reportCount(s), chunks: chunkCount(s), vectors: vectorCount(s) }).toEqual(before);
    expect(listReports(s)[0].source).toBe('a.txt');
    s.close();
  });

  it('refuses to mix vectors from two embedders, in Chinese, naming both and the remedy', async () => {
    const path = join(tmp.dir, 'n.db');
    let s = openStore(path);
    await ingestText(sqliteStorage(s), townshipReport('青山镇'), { source: 'a.txt', embedder });
    s.close();

    s = openStore(path);
    const other: Embedder = { id: 'openai-compatible:bge-m3/8', dim: 8, embed: async (t) => t.map(() => Float32Array.from([1, 0, 0, 0, 0, 0, 0, 0])) };
    const attempt = ingestText(sqliteStorage(s), townshipReport('绿水镇'), { source: 'b.txt', embedder: other });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(embedder.id);
    await expect(attempt).rejects.toThrow('openai-compatible:bge-m3/8');
    await expect(attempt).rejects.toThrow('nianbao ingest --reindex');
    await expect(search(sqliteStorage(s), other, '主动公开')).rejects.toThrow(/不能混在同一索引/);
    expect(reportCount(s)).toBe(1);
    expect(indexMeta(s)?.embedderId).toBe(embedder.id);

    // Re-indexing switches the whole index to the new embedder.
    await reindexAll(sqliteStorage(s), other);
    expect(indexMeta(s)).toEqual({ embedderId: other.id, dim: 8 });
    expect(vectorCount(s)).toBe(chunkCount(s));
    expect((await ingestText(sqliteStorage(s), townshipReport('绿水镇'), { source: 'b.txt', embedder: other })).status).toBe('added');
    await expect(search(sqliteStorage(s), embedder, '主动公开')).rejects.toThrow(other.id);
    s.close();
  });

  it('rejects empty text and unsupported files with Chinese messages', async () => {
    const s = openStore(join(tmp.dir, 'n.db'));
    await expect(ingestText(sqliteStorage(s), '  \n ', { source: 'x.txt', embedder })).rejects.toThrow(/没有可读的文字内容/);
    const xls = join(tmp.dir, 'r.xls');
    writeFileSync(xls, 'x');
    await expect(ingestFile(sqliteStorage(s), xls, embedder)).rejects.toThrow(/不支持的文件类型/);
    // PDF is read now: a broken one is refused for what it is.
    const pdf = join(tmp.dir, 'r.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    await expect(ingestFile(sqliteStorage(s), pdf, embedder)).rejects.toThrow(/PDF/);
    s.close();
  });
});

describe('review decisions', () => {
  it('records, updates and lists decisions; they survive re-ingest and re-open', async () => {
    const path = join(tmp.dir, 'n.db');
    let s = openStore(path);
    await ingestText(sqliteStorage(s), townshipReport('青山镇'), { source: 'a.txt', embedder });
    setDecision(s, 'fp-abc', 'dismiss', '分中心为上级要求的名称');
    setDecision(s, 'fp-def', 'confirm');
    setDecision(s, 'fp-abc', 'confirm', '复核后确认');
    await ingestText(sqliteStorage(s), townshipReport('青山镇', '更新'), { source: 'a.txt', embedder });
    s.close();
    s = openStore(path);
    expect(getDecision(s, 'fp-abc')).toMatchObject({ decision: 'confirm', reason: '复核后确认' });
    expect(listDecisions(s).map((d) => d.fingerprint).sort()).toEqual(['fp-abc', 'fp-def']);
    expect(() => setDecision(s, 'x', 'maybe' as never)).toThrow();
    s.close();
  });
});
