// Drafts on SQLite: a row in `drafts` plus a list of versions (migrations 010, 040). Implements the DraftRepo port:
// every write is one transaction that reads the current version, checks `ifVersion`, then appends (or coalesces),
// so two writers never share a version number and a stale writer gets a 409. The SQL shared with the D1 adapter
// (server/adapters/d1/drafts.ts) is in ./statements.ts.
import type Database from 'better-sqlite3';
import type { DraftInput } from '../draft/types.js';
import type { DraftRecord, DraftRepo, DraftSummary, DraftVersion, NewVersion, VersionSummary, WriteOptions } from '../ports/index.js';
import { newDraftId, staleVersion, unknownDraft } from '../app/draft-errors.js';
import type { Store } from './db.js';
import * as sql from './statements.js';
import { parseVersion, type VersionRow } from '../adapters/rows.js';

export type { DraftOutcome, DraftRecord, DraftVersion, VersionKind, VersionSummary } from '../ports/index.js';

export class SqliteDraftRepo implements DraftRepo {
  readonly db: Database.Database;
  private readonly stmt: Store['stmt'];
  constructor(store: Store) {
    this.db = store.db;
    this.stmt = (sql) => store.stmt(sql);
  }

  async create(input: DraftInput, note = '填写起草信息'): Promise<DraftRecord> {
    const id = newDraftId();
    this.db.transaction(() => {
      this.stmt(sql.DRAFT_INSERT).run(id, input.meta.agency, input.meta.year);
      this.insert(id, 1, { kind: 'input', input, note });
    })();
    return this.getSync(id)!;
  }

  private insert(id: string, version: number, v: NewVersion & { input: DraftInput }) {
    this.stmt(`${sql.VERSION_INSERT} VALUES (${sql.VERSION_TUPLE})`).run(...sql.versionValues(id, version, v));
    this.stmt(sql.DRAFT_MOVE).run(...sql.moveValues(id, version, v.input));
  }

  /** Milliseconds since the current version's last write (coalescing window). */
  private ageMs(id: string, version: number): number {
    const r = this.stmt('SELECT coalesce(updated_at, created_at) AS t FROM draft_versions WHERE draft_id = ? AND version = ?').get(id, version) as { t: string } | undefined;
    return r ? Date.now() - Date.parse(r.t) : Infinity;
  }

  async addVersion(id: string, v: NewVersion, opts: WriteOptions = {}): Promise<DraftRecord> {
    this.db.transaction(() => {
      const cur = this.getSync(id);
      if (!cur) throw unknownDraft(id);
      if (opts.ifVersion !== undefined && opts.ifVersion !== cur.currentVersion)
        throw staleVersion(cur, opts.ifVersion, this.stmt(sql.VERSIONS_SINCE).all(id, opts.ifVersion) as { version: number; note: string | null }[]);
      const next = {
        ...v,
        input: v.input ?? cur.input,
        report: v.report === undefined ? cur.report : v.report,
        outcome: v.outcome === undefined ? cur.outcome : v.outcome,
      };
      const coalesce = opts.coalesceMs !== undefined && coalescible(cur, v) && this.ageMs(id, cur.currentVersion) < opts.coalesceMs;
      if (coalesce) {
        // The burst keeps one history entry: the previous edit row gives way to this one (numbers stay monotonic).
        this.stmt(sql.VERSION_DELETE).run(id, cur.currentVersion);
        next.note = mergeNotes(cur.note, v.note);
      }
      this.insert(id, cur.currentVersion + 1, next);
    })();
    return this.getSync(id)!;
  }

  async get(id: string): Promise<DraftRecord | undefined> {
    return this.getSync(id);
  }

  private getSync(id: string): DraftRecord | undefined {
    const d = this.stmt('SELECT id, agency, year, current_version, updated_at FROM drafts WHERE id = ?').get(id) as
      | { id: string; agency: string; year: number; current_version: number; updated_at: string }
      | undefined;
    if (!d) return undefined;
    const v = this.versionSync(id, d.current_version)!;
    return { ...v, id: d.id, agency: d.agency, year: d.year, currentVersion: d.current_version, updatedAt: d.updated_at };
  }

  async version(id: string, version: number): Promise<DraftVersion | undefined> {
    return this.versionSync(id, version);
  }

  private versionSync(id: string, version: number): DraftVersion | undefined {
    const r = this.stmt(sql.VERSION_GET).get(id, version) as VersionRow | undefined;
    return r ? parseVersion(r) : undefined;
  }

  async versions(id: string): Promise<VersionSummary[]> {
    return (this.stmt(sql.VERSION_SUMMARIES).all(id) as sql.RawVersionSummary[]).map(sql.toVersionSummary);
  }

  async list(opts: { limit?: number; agencies?: string[] } = {}): Promise<DraftSummary[]> {
    const limit = opts.limit ?? 50;
    const rows = (opts.agencies
      ? this.stmt(sql.DRAFTS_LIST_FOR_AGENCIES).all(JSON.stringify(opts.agencies), limit)
      : this.stmt(sql.DRAFTS_LIST).all(limit)) as sql.RawDraft[];
    return rows.map(sql.toDraftSummary);
  }
}

/** Only form edits (notes 「修改…」) merge with the form edit before them; chat turns, generations, restores never do. */
export const coalescible = (cur: { kind: string; note: string | null; version: number }, v: NewVersion) =>
  v.kind === 'edit' && cur.kind === 'edit' && cur.version > 1 && /^修改/.test(cur.note ?? '') && /^修改/.test(v.note ?? '');

/** 「修改表格数字」 + 「修改事实」 → 「修改表格数字、事实」 (one note for a coalesced burst). */
export function mergeNotes(a: string | null, b: string | null | undefined): string | null {
  const parts = (s: string | null | undefined) => (s ?? '').replace(/^修改/, '').split('、').filter(Boolean);
  const all = [...new Set([...parts(a), ...parts(b)])];
  return all.length ? `修改${all.join('、')}` : (b ?? a);
}

/** @deprecated name kept for callers written before the ports: the SQLite DraftRepo. */
export { SqliteDraftRepo as DraftStore };
export type DraftStoreLike = DraftRepo;
