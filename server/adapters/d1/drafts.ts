// Drafts on D1: the same tables and semantics as server/store/drafts.ts, with optimistic concurrency done in ONE
// `db.batch()` (a transaction): every statement is conditional on `drafts.current_version` still being the version
// read, so a writer that lost the race changes nothing and sees 0 rows changed → 409 (or a retry when the caller
// did not ask for a version). The SQL shared with the SQLite store is in server/store/statements.ts; the conditions
// on the version read are D1's own.
import type { DraftInput } from '../../draft/types.js';
import type { DraftRecord, DraftRepo, DraftSummary, DraftVersion, NewVersion, VersionSummary, WriteOptions } from '../../ports/index.js';
import { newDraftId, staleVersion, unknownDraft } from '../../app/draft-errors.js';
import { coalescible, mergeNotes } from '../../store/drafts.js';
import * as sql from '../../store/statements.js';
import type { D1Database } from './types.js';
import { parseVersion, type VersionRow } from '../rows.js';

/** The draft is still at the version read (arguments: draft id, that version). */
const AT_VERSION = '(SELECT current_version FROM drafts WHERE id = ?) = ?';

/** Unconditional appends retry this often when another writer got there first. */
const MAX_RETRIES = 5;

export class D1DraftRepo implements DraftRepo {
  constructor(private readonly db: D1Database) {}

  /** INSERT of a version, applied only while the draft is at `expected` (0 rows otherwise). */
  private insertIf(id: string, version: number, expected: number, v: NewVersion & { input: DraftInput }) {
    return this.db
      .prepare(`${sql.VERSION_INSERT} SELECT ${sql.VERSION_TUPLE} WHERE ${AT_VERSION}`)
      .bind(...sql.versionValues(id, version, v), id, expected);
  }

  private moveTo(id: string, version: number, expected: number, input: DraftInput) {
    return this.db.prepare(`${sql.DRAFT_MOVE} AND current_version = ?`).bind(...sql.moveValues(id, version, input), expected);
  }

  async create(input: DraftInput, note = '填写起草信息'): Promise<DraftRecord> {
    const id = newDraftId();
    await this.db.batch([
      this.db.prepare(sql.DRAFT_INSERT).bind(id, input.meta.agency, input.meta.year),
      this.insertIf(id, 1, 0, { kind: 'input', input, note }),
      this.moveTo(id, 1, 0, input),
    ]);
    return (await this.get(id))!;
  }

  async addVersion(id: string, v: NewVersion, opts: WriteOptions = {}): Promise<DraftRecord> {
    for (let attempt = 0; ; attempt++) {
      const cur = await this.get(id);
      if (!cur) throw unknownDraft(id);
      if (opts.ifVersion !== undefined && opts.ifVersion !== cur.currentVersion) throw await this.stale(id, opts.ifVersion);
      const next = {
        ...v,
        input: v.input ?? cur.input,
        report: v.report === undefined ? cur.report : v.report,
        outcome: v.outcome === undefined ? cur.outcome : v.outcome,
      };
      const age = Date.now() - Date.parse(cur.updatedVersionAt);
      const coalesce = opts.coalesceMs !== undefined && coalescible(cur, v) && age < opts.coalesceMs;
      const expected = cur.currentVersion;
      const statements = [];
      if (coalesce) {
        next.note = mergeNotes(cur.note, v.note);
        statements.push(this.db.prepare(`${sql.VERSION_DELETE} AND ${AT_VERSION}`).bind(id, expected, id, expected));
      }
      statements.push(this.insertIf(id, expected + 1, expected, next), this.moveTo(id, expected + 1, expected, next.input));
      const results = await this.db.batch(statements);
      if (results.at(-1)!.meta.changes === 1) return (await this.get(id))!;
      // Another writer moved the draft between our read and our batch: nothing of ours was written.
      if (opts.ifVersion !== undefined) throw await this.stale(id, opts.ifVersion);
      if (attempt >= MAX_RETRIES) throw await this.stale(id, expected);
    }
  }

  private async stale(id: string, base: number) {
    const cur = await this.get(id);
    if (!cur) return unknownDraft(id);
    const since = await this.db.prepare(sql.VERSIONS_SINCE).bind(id, base).all<{ version: number; note: string | null }>();
    return staleVersion(cur, base, since.results);
  }

  async get(id: string): Promise<(DraftRecord & { updatedVersionAt: string }) | undefined> {
    const r = await this.db
      .prepare(
        `SELECT d.id, d.agency, d.year, d.current_version, d.updated_at AS d_updated, v.*
         FROM drafts d JOIN draft_versions v ON v.draft_id = d.id AND v.version = d.current_version WHERE d.id = ?`,
      )
      .bind(id)
      .first<VersionRow & { id: string; agency: string; year: number; current_version: number; d_updated: string }>();
    if (!r) return undefined;
    const rec: DraftRecord = { ...parseVersion(r), id: r.id, agency: r.agency, year: r.year, currentVersion: r.current_version, updatedAt: r.d_updated };
    // Time of the current version's last write (coalescing window); not part of the port's record.
    Object.defineProperty(rec, 'updatedVersionAt', { value: r.updated_at ?? r.created_at, enumerable: false });
    return rec as DraftRecord & { updatedVersionAt: string };
  }

  async version(id: string, version: number): Promise<DraftVersion | undefined> {
    const r = await this.db.prepare(sql.VERSION_GET).bind(id, version).first<VersionRow>();
    return r ? parseVersion(r) : undefined;
  }

  async versions(id: string): Promise<VersionSummary[]> {
    const { results } = await this.db.prepare(sql.VERSION_SUMMARIES).bind(id).all<sql.RawVersionSummary>();
    return results.map(sql.toVersionSummary);
  }

  async list(opts: { limit?: number; agencies?: string[] } = {}): Promise<DraftSummary[]> {
    const limit = opts.limit ?? 50;
    const st = opts.agencies
      ? this.db.prepare(sql.DRAFTS_LIST_FOR_AGENCIES).bind(JSON.stringify(opts.agencies), limit)
      : this.db.prepare(sql.DRAFTS_LIST).bind(limit);
    return (await st.all<sql.RawDraft>()).results.map(sql.toDraftSummary);
  }
}
