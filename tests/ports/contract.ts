// The storage ports' contract: ONE set of test bodies, run against the SQLite adapters under Node
// (tests/ports/sqlite.test.ts) and against D1 + the Vectorize fake inside workerd (tests/ports/d1.worker.test.ts).
// Storage is shared by the tests of one run: every test uses its own agency names and sources.
import type { UIMessage } from 'ai';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '../../server/corpus/ingest.js';
import type { Storage } from '../../server/ports/index.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { search } from '../../server/search/hybrid.js';
import { townshipReport as report } from '../store/fixtures.js';

const META = { agency: '临江市桦树镇人民政府', year: 2023, level: '乡镇' as const };
const input = (agency = META.agency) => ({ meta: { ...META, agency }, numbers: {}, facts: [] }) as never;

const msg = (id: string, text: string, role: 'user' | 'assistant' = 'user'): UIMessage => ({ id, role, parts: [{ type: 'text', text }] });
const status = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { status?: number }) => e.status ?? 'error');

/** Raw SQL on the storage's own database (the same schema on both runtimes): rows for a query, [] for a write. */
export type RawSql = (sql: string, ...args: unknown[]) => Promise<Record<string, unknown>[]>;

export function storageContract(name: string, make: () => Promise<Storage>, raw: RawSql) {
  describe(`storage ports: ${name}`, () => {
    let s: Storage;
    const embedder = new LocalEmbedder();
    beforeAll(async () => {
      s = await make();
    });

    describe('DraftRepo', () => {
      it('stores the input as version 1 and appends versions with the whole record', async () => {
        const d = await s.drafts.create(input('甲镇人民政府'));
        expect(d).toMatchObject({ version: 1, currentVersion: 1, kind: 'input', agency: '甲镇人民政府', year: 2023, note: '填写起草信息' });
        const d2 = await s.drafts.addVersion(d.id, { kind: 'generate', note: '生成正文', report: { title: 'x' } as never });
        expect(d2).toMatchObject({ currentVersion: 2, kind: 'generate', report: { title: 'x' } });
        expect(d2.input).toEqual(d.input);
        expect((await s.drafts.version(d.id, 1))?.report).toBeNull();
        expect((await s.drafts.versions(d.id)).map((v) => [v.version, v.kind])).toEqual([[1, 'input'], [2, 'generate']]);
        expect(await s.drafts.get('nope')).toBeUndefined();
        expect(await status(s.drafts.addVersion('nope', { kind: 'edit' }))).toBe(404);
      });

      it('a stale ifVersion is a 409 naming the versions since, and writes nothing', async () => {
        const d = await s.drafts.create(input('乙镇人民政府'));
        await s.drafts.addVersion(d.id, { kind: 'edit', note: '修改事实' }, { ifVersion: 1 });
        const err = await s.drafts.addVersion(d.id, { kind: 'edit', note: '修改表格数字' }, { ifVersion: 1 }).catch((e) => e);
        expect(err.status).toBe(409);
        expect(err.message).toMatch(/基于第1版，当前已是第2版.*第2版（修改事实）/);
        expect((await s.drafts.get(d.id))!.currentVersion).toBe(2);
      });

      it('two writers on the same version: exactly one wins, the other gets 409 (atomic check and insert)', async () => {
        const d = await s.drafts.create(input('丙镇人民政府'));
        const results = await Promise.all(
          [1, 2, 3].map((i) => status(s.drafts.addVersion(d.id, { kind: 'edit', note: `写入${i}` }, { ifVersion: 1 }))),
        );
        expect(results.filter((r) => r === 'ok')).toHaveLength(1);
        expect(results.filter((r) => r === 409)).toHaveLength(2);
        expect((await s.drafts.versions(d.id)).map((v) => v.version)).toEqual([1, 2]);
      });

      it('unconditional appends never share a version number', async () => {
        const d = await s.drafts.create(input('丁镇人民政府'));
        await Promise.all([1, 2, 3, 4].map((i) => s.drafts.addVersion(d.id, { kind: 'section', section: 1, note: `重写${i}` })));
        expect((await s.drafts.versions(d.id)).map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
      });

      it('coalesces a burst of form edits into one history entry with merged notes', async () => {
        const d = await s.drafts.create(input('戊镇人民政府'));
        await s.drafts.addVersion(d.id, { kind: 'edit', note: '修改表格数字' }, { coalesceMs: 60_000 });
        const c = await s.drafts.addVersion(d.id, { kind: 'edit', note: '修改事实' }, { ifVersion: 2, coalesceMs: 60_000 });
        expect(c.currentVersion).toBe(3);
        expect(c.note).toBe('修改表格数字、事实');
        expect((await s.drafts.versions(d.id)).map((v) => [v.version, v.note])).toEqual([[1, '填写起草信息'], [3, '修改表格数字、事实']]);
        // A generation never merges.
        const g = await s.drafts.addVersion(d.id, { kind: 'generate', note: '生成正文' }, { coalesceMs: 60_000 });
        expect(g.currentVersion).toBe(4);
      });

      it('lists most recent first, scoped to agencies', async () => {
        const a = await s.drafts.create(input('己镇人民政府'));
        const listed = await s.drafts.list({ agencies: ['己镇人民政府'] });
        expect(listed.map((x) => x.id)).toEqual([a.id]);
        expect((await s.drafts.list({ limit: 2 })).length).toBeLessThanOrEqual(2);
      });
    });

    describe('ChatRepo, ReviewRepo, KeyValue', () => {
      it('keeps messages in order and the pending list', async () => {
        const d = await s.drafts.create(input('庚镇人民政府'));
        await s.chat.append(d.id, msg('m1', '你好'), msg('m2', '您好', 'assistant'));
        await s.chat.append(d.id, msg('m3', '公众号发了149条'));
        expect((await s.chat.messages(d.id)).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
        expect(await s.chat.pending(d.id)).toEqual([]);
        await s.chat.setPending(d.id, [{ value: 3 }]);
        await s.chat.setPending(d.id, [{ value: 4 }]);
        expect(await s.chat.pending(d.id)).toEqual([{ value: 4 }]);
      });

      it('sets, replaces, lists and deletes review decisions', async () => {
        await s.reviews.set('fp-1', 'confirm', '确有问题');
        const d = await s.reviews.set('fp-1', 'dismiss', '已核实');
        expect(d).toMatchObject({ fingerprint: 'fp-1', decision: 'dismiss', reason: '已核实' });
        expect((await s.reviews.list()).map((x) => x.fingerprint)).toContain('fp-1');
        expect(await s.reviews.delete('fp-1')).toBe(true);
        expect(await s.reviews.delete('fp-1')).toBe(false);
        expect(await s.reviews.get('fp-1')).toBeUndefined();
      });

      it('round-trips binary values', async () => {
        const bytes = Uint8Array.from([0, 1, 2, 250, 255, 7]);
        await s.kv.set('k', bytes);
        expect([...(await s.kv.get('k'))!]).toEqual([...bytes]);
        await s.kv.delete('k');
        expect(await s.kv.get('k')).toBeUndefined();
      });
    });

    describe('UserRepo', () => {
      it('creates users, finds credentials, and a new password ends sessions but not tokens', async () => {
        const u = await s.users.create({ name: 'clerk1', role: 'clerk', agency: '甲镇人民政府', passwordHash: 'h1' });
        expect(u).toMatchObject({ name: 'clerk1', role: 'clerk', agency: '甲镇人民政府', reviews: [] });
        expect((await s.users.byName('clerk1'))?.passwordHash).toBe('h1');
        await s.users.addCredential({ hash: 'sess', userId: u.id, kind: 'session', expiresAt: '2099-01-01T00:00:00Z' });
        await s.users.addCredential({ hash: 'tok', userId: u.id, kind: 'token', label: '脚本' });
        expect(await s.users.credential('sess')).toMatchObject({ kind: 'session', user: { name: 'clerk1' } });
        expect(await s.users.setPassword('clerk1', 'h2')).toBe(true);
        expect(await s.users.credential('sess')).toBeUndefined();
        expect(await s.users.credential('tok')).toMatchObject({ kind: 'token' });
        expect(await s.users.update('clerk1', { role: 'reviewer', reviews: ['*'] })).toMatchObject({ role: 'reviewer', reviews: ['*'] });
        expect(await s.users.setPassword('nobody', 'x')).toBe(false);
        await s.users.deleteCredential('tok');
        expect(await s.users.credential('tok')).toBeUndefined();
        expect(await s.users.count()).toBeGreaterThanOrEqual(1);
      });
    });

    describe('ReportRepo, VectorIndex, LexicalIndex', () => {
      let first: { reportId: number; chunks: number };
      beforeAll(async () => {
        first = await ingestText(s, report('青山镇', '甲'), { source: 'c/qingshan.txt', embedder });
        await ingestText(s, report('白水镇', '乙'), { source: 'c/baishui.txt', embedder, meta: { agency: '白水县白水镇人民政府', level: '乡镇', year: 2022 } });
      });

      it('writes a report with its chunks and vectors, readable by id, source and fingerprint', async () => {
        const row = (await s.reports.bySource('c/qingshan.txt'))[0];
        expect(row.id).toBe(first.reportId);
        expect(await s.reports.byFingerprint(row.fingerprint)).toMatchObject({ id: row.id, source: 'c/qingshan.txt' });
        const chunks = await s.reports.chunksOf(row.id);
        expect(chunks.length).toBe(first.chunks);
        expect(chunks.map((c) => c.position)).toEqual(chunks.map((_, i) => i));
        const joined = await s.reports.chunksWithReport([chunks[0].id, 999_999]);
        expect(joined).toHaveLength(1);
        expect(joined[0].report.source).toBe('c/qingshan.txt');
        expect((await s.reports.detail(row.id))?.row.fingerprint).toBe(row.fingerprint);
        expect(await s.vectors.meta()).toEqual({ id: embedder.id, dim: embedder.dim });
        expect(await s.vectors.count()).toBe(await s.reports.chunkCount());
      });

      it('finds chunks by keyword: FTS trigram for ≥3 characters, LIKE for shorter, agency names, filters', async () => {
        const lex = await s.lexical.search('主动公开 公众号', {}, 10);
        expect(lex.length).toBeGreaterThan(0);
        const rows = await s.reports.chunksWithReport(lex.map((h) => h.chunkId));
        expect(rows.some((r) => r.text.includes('公众号'))).toBe(true);
        expect((await s.lexical.search('培训', {}, 10)).length).toBeGreaterThan(0);
        const byYear = await s.lexical.search('主动公开', { yearFrom: 2022, yearTo: 2022 }, 50);
        const yrs = await s.reports.chunksWithReport(byYear.map((h) => h.chunkId));
        expect(yrs.length).toBeGreaterThan(0);
        expect(new Set(yrs.map((r) => r.report.year))).toEqual(new Set([2022]));
        expect(await s.lexical.search('这是一段语料中绝对没有出现过的很长很长的查询文字', {}, 5)).toEqual([]);
      });

      it('finds chunks by vector with filters on section, year and excluded agency', async () => {
        const [q] = await embedder.embed(['主动公开政府信息 微信公众号']);
        const all = await s.vectors.knn(q, 10);
        expect(all.length).toBeGreaterThan(0);
        expect(all[0].distance).toBeLessThanOrEqual(all.at(-1)!.distance);
        const sec = await s.vectors.knn(q, 50, { sections: [5] });
        const secRows = await s.reports.chunksWithReport(sec.map((h) => h.chunkId));
        expect(secRows.length).toBeGreaterThan(0);
        expect(new Set(secRows.map((r) => r.sectionNo))).toEqual(new Set([5]));
        const noBaishui = await s.reports.chunksWithReport((await s.vectors.knn(q, 50, { excludeAgency: '白水县白水镇人民政府' })).map((h) => h.chunkId));
        expect(noBaishui.some((r) => r.report.agency === '白水县白水镇人民政府')).toBe(false);
        const y = await s.reports.chunksWithReport((await s.vectors.knn(q, 50, { yearFrom: 2022, yearTo: 2022, level: '乡镇' })).map((h) => h.chunkId));
        expect(new Set(y.map((r) => r.report.year))).toEqual(new Set([2022]));
        const hits = await search(s, embedder, '镇 主动公开 公众号', { k: 3 });
        expect(hits.length).toBeGreaterThan(0);
      });

      it('a changed file at the same source replaces the old report, its chunks and vectors', async () => {
        const o = await ingestText(s, report('红石镇', '一'), { source: 'c/hongshi.txt', embedder });
        const oldChunk = (await s.reports.chunksOf(o.reportId))[0].id;
        const n = await ingestText(s, report('红石镇', '二'), { source: 'c/hongshi.txt', embedder });
        expect(n.status).toBe('replaced');
        expect(await s.reports.bySource('c/hongshi.txt')).toHaveLength(1);
        // (SQLite may reuse a freed rowid: an old id, if it exists at all, now belongs to the new report.)
        for (const r of await s.reports.chunksWithReport([oldChunk])) expect(r.report.id).toBe(n.reportId);
        expect((await s.reports.chunksOf(n.reportId)).some((c) => c.text.includes('组成。二'))).toBe(true);
        const [q] = await embedder.embed(['红石镇 主动公开']);
        const ids = (await s.vectors.knn(q, 100)).map((h) => h.chunkId);
        const live = new Set((await s.reports.chunksWithReport(ids)).map((r) => r.id));
        expect(ids.filter((id) => !live.has(id))).toEqual([]);
        expect(await s.vectors.count()).toBe(await s.reports.chunkCount());
        expect((await ingestText(s, report('红石镇', '二'), { source: 'c/hongshi.txt', embedder })).status).toBe('unchanged');
        await s.reports.delete(n.reportId);
        expect(await s.reports.bySource('c/hongshi.txt')).toEqual([]);
        expect(await s.vectors.count()).toBe(await s.reports.chunkCount());
      });

      it('keeps the BM25 corpus statistics exact through ingest, replace, re-analysis under another source and delete', async () => {
        const kept = async () => ({
          corpus: await raw('SELECT chunks, chars FROM corpus_stats'),
          agencies: await raw('SELECT agency, reports, chunks FROM agency_stats WHERE reports != 0 OR chunks != 0 ORDER BY agency'),
        });
        const exact = async () => ({
          corpus: await raw('SELECT count(*) AS chunks, coalesce(sum(length(text)), 0) AS chars FROM chunks'),
          agencies: await raw(
            'SELECT r.agency, count(DISTINCT r.id) AS reports, count(c.id) AS chunks FROM reports r LEFT JOIN chunks c ON c.report_id = r.id GROUP BY r.agency ORDER BY r.agency',
          ),
        });
        const same = async (step: string) => expect(await kept(), step).toEqual(await exact());
        await same('before');
        const agency = '紫金县紫金镇人民政府';
        const meta = { agency, level: '乡镇', year: 2023 } as const;
        // 𠀀 (outside the BMP): one character for SQL's length(), two UTF-16 units for JavaScript's.
        const a = await ingestText(s, report('紫金镇', '𠀀甲'), { source: 'c/zijin.txt', embedder, meta });
        await same('ingest');
        const b = await ingestText(s, report('紫金镇', '𠀀𠀀乙，补充说明若干'), { source: 'c/zijin.txt', embedder, meta });
        expect(b.status).toBe('replaced');
        await same('replace at the same source');
        // The same content (fingerprint) written under another source replaces the stored one (a re-analysis).
        const d = (await s.reports.detail(b.reportId))!;
        const chunks = (await s.reports.chunksOf(b.reportId)).map((x) => ({ sectionNo: x.sectionNo, heading: x.heading, text: `${x.text}𠀀` }));
        const { id: _, analyzer, fingerprint, ingestedAt: __, ...row } = d.row;
        await s.reports.write(
          { fingerprint, analyzer, source: 'c/zijin-moved.txt', meta: row, parsed: d.parsed, findings: d.findings, sections: [], chunks: chunks.slice(1) },
          await embedder.embed(chunks.slice(1).map((x) => x.text)),
        );
        await same('the same content written under another source');
        expect(await s.reports.bySource('c/zijin.txt')).toEqual([]);
        const moved = (await s.reports.bySource('c/zijin-moved.txt'))[0];
        await s.reports.delete(moved.id);
        await same('delete');
        expect((await kept()).agencies.find((r) => r.agency === agency)).toBeUndefined();
        expect(a.chunks).toBeGreaterThan(1);
        expect(await s.vectors.count()).toBe(await s.reports.chunkCount());
      });

      it('the keyword search reads the kept statistics, not a count over every chunk', async () => {
        const [row] = await raw('SELECT chunks, chars FROM corpus_stats WHERE id = 1');
        expect((await s.lexical.search('主动公开', {}, 5)).length).toBeGreaterThan(0);
        await raw('UPDATE corpus_stats SET chunks = 0 WHERE id = 1');
        try {
          expect(await s.lexical.search('主动公开', {}, 5)).toEqual([]);
        } finally {
          await raw('UPDATE corpus_stats SET chunks = ? WHERE id = 1', row.chunks);
        }
        expect((await s.lexical.search('主动公开', {}, 5)).length).toBeGreaterThan(0);
      });

      it('refuses vectors from another embedder (409) until cleared', async () => {
        const other = new LocalEmbedder({ dim: 256 });
        expect(await status(s.vectors.ensure(other))).toBe(409);
        expect(await status(ingestText(s, report('绿水镇'), { source: 'c/lvshui.txt', embedder: other }))).toBe(409);
      });
    });
  });
}
