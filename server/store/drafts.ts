// Drafts store: a draft is a row in `drafts` plus an append-only list of versions (migration 010).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Finding } from '../check/types.js';
import type { DraftInput, SectionOutcome } from '../draft/types.js';
import type { Report } from '../report/schema.js';
import { UserError } from '../errors.js';
import type { Store } from './db.js';

export type VersionKind = 'input' | 'edit' | 'generate' | 'section' | 'restore';

export interface DraftOutcome {
  sections: SectionOutcome[];
  notices: string[];
  findings: Finding[];
}

export interface DraftVersion {
  version: number;
  kind: VersionKind;
  section: number | null;
  note: string | null;
  createdAt: string;
  input: DraftInput;
  report: Report | null;
  outcome: DraftOutcome | null;
}

export interface DraftRecord extends DraftVersion {
  id: string;
  agency: string;
  year: number;
  /** Latest version number (the one shown). */
  currentVersion: number;
  updatedAt: string;
}

export type VersionSummary = Pick<DraftVersion, 'version' | 'kind' | 'section' | 'note' | 'createdAt'> & { generators: Record<number, string> };

interface VersionRow {
  version: number;
  kind: VersionKind;
  section: number | null;
  note: string | null;
  created_at: string;
  input: string;
  report: string | null;
  outcome: string | null;
}

const parseVersion = (r: VersionRow): DraftVersion => ({
  version: r.version,
  kind: r.kind,
  section: r.section,
  note: r.note,
  createdAt: r.created_at,
  input: JSON.parse(r.input),
  report: r.report ? JSON.parse(r.report) : null,
  outcome: r.outcome ? JSON.parse(r.outcome) : null,
});

export class DraftStore {
  readonly db: Database.Database;
  private readonly stmt: Store['stmt'];
  constructor(store: Store) {
    this.db = store.db;
    this.stmt = (sql) => store.stmt(sql);
  }

  /** Store the input first (version 1) — before any model is called. */
  create(input: DraftInput, note = '填写起草信息'): DraftRecord {
    const id = randomUUID().replace(/-/g, '').slice(0, 16);
    this.db.transaction(() => {
      this.stmt('INSERT INTO drafts(id, agency, year) VALUES (?, ?, ?)').run(id, input.meta.agency, input.meta.year);
      this.insert(id, 1, { kind: 'input', input, note });
    })();
    return this.get(id)!;
  }

  private insert(id: string, version: number, v: { kind: VersionKind; input: DraftInput; report?: Report | null; outcome?: DraftOutcome | null; section?: number | null; note?: string | null }) {
    this
      .stmt('INSERT INTO draft_versions(draft_id, version, kind, section, note, input, report, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, version, v.kind, v.section ?? null, v.note ?? null, JSON.stringify(v.input), v.report ? JSON.stringify(v.report) : null, v.outcome ? JSON.stringify(v.outcome) : null);
    this
      .stmt("UPDATE drafts SET current_version = ?, agency = ?, year = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
      .run(version, v.input.meta.agency, v.input.meta.year, id);
  }

  /** Append a version (a change of input, a generated draft or section). Returns the new current record. */
  addVersion(id: string, v: { kind: VersionKind; input?: DraftInput; report?: Report | null; outcome?: DraftOutcome | null; section?: number | null; note?: string | null }): DraftRecord {
    this.db.transaction(() => {
      const cur = this.get(id);
      if (!cur) throw new UserError(`草稿「${id}」不存在。`, 404);
      this.insert(id, cur.currentVersion + 1, {
        ...v,
        input: v.input ?? cur.input,
        report: v.report === undefined ? cur.report : v.report,
        outcome: v.outcome === undefined ? cur.outcome : v.outcome,
      });
    })();
    return this.get(id)!;
  }

  get(id: string): DraftRecord | undefined {
    const d = this.stmt('SELECT id, agency, year, current_version, updated_at FROM drafts WHERE id = ?').get(id) as
      | { id: string; agency: string; year: number; current_version: number; updated_at: string }
      | undefined;
    if (!d) return undefined;
    const v = this.version(id, d.current_version)!;
    return { ...v, id: d.id, agency: d.agency, year: d.year, currentVersion: d.current_version, updatedAt: d.updated_at };
  }

  version(id: string, version: number): DraftVersion | undefined {
    const r = this.stmt('SELECT * FROM draft_versions WHERE draft_id = ? AND version = ?').get(id, version) as VersionRow | undefined;
    return r ? parseVersion(r) : undefined;
  }

  versions(id: string): VersionSummary[] {
    // A summary needs only who wrote each section: the stored input and outcome are not read.
    const rows = this.stmt('SELECT version, kind, section, note, created_at, report FROM draft_versions WHERE draft_id = ? ORDER BY version').all(
      id,
    ) as Pick<VersionRow, 'version' | 'kind' | 'section' | 'note' | 'created_at' | 'report'>[];
    return rows.map((r) => {
      const report: Report | null = r.report ? JSON.parse(r.report) : null;
      return {
        version: r.version,
        kind: r.kind,
        section: r.section,
        note: r.note,
        createdAt: r.created_at,
        generators: Object.fromEntries((report?.sections ?? []).map((s) => [s.no, s.generator ?? ''])),
      };
    });
  }

  /** Restoring a version appends a copy of it: history is never rewritten. */
  restore(id: string, version: number): DraftRecord {
    const old = this.version(id, version);
    if (!old) throw new UserError(`草稿「${id}」没有第${version}版。`, 404);
    return this.addVersion(id, { kind: 'restore', input: old.input, report: old.report, outcome: old.outcome, note: `恢复到第${version}版` });
  }

  list(limit = 50): { id: string; agency: string; year: number; currentVersion: number; updatedAt: string }[] {
    return (this.stmt('SELECT id, agency, year, current_version, updated_at FROM drafts ORDER BY updated_at DESC LIMIT ?').all(limit) as {
      id: string; agency: string; year: number; current_version: number; updated_at: string;
    }[]).map((d) => ({ id: d.id, agency: d.agency, year: d.year, currentVersion: d.current_version, updatedAt: d.updated_at }));
  }
}
