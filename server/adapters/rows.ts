// Row shapes of the SQL tables and their mapping to the ports' records — one definition for every SQL adapter
// (better-sqlite3 on Node, D1 on Workers), which run the same migrations.
import type { DraftVersion, ReportRow, Role, User, VersionKind } from '../ports/index.js';

export interface RawReport {
  id: number;
  analyzer: string;
  fingerprint: string;
  source: string;
  url: string;
  agency: string;
  level: string;
  province: string;
  year: number | null;
  format: string | null;
  complete: number;
  ingested_at: string;
}

export const REPORT_COLS = 'id, analyzer, fingerprint, source, url, agency, level, province, year, format, complete, ingested_at';
export const toReportRow = (r: RawReport): ReportRow => ({
  id: r.id,
  analyzer: r.analyzer,
  fingerprint: r.fingerprint,
  source: r.source,
  url: r.url,
  agency: r.agency,
  level: r.level,
  province: r.province,
  year: r.year,
  format: r.format,
  complete: r.complete === 1,
  ingestedAt: r.ingested_at,
});

export interface VersionRow {
  version: number;
  kind: VersionKind;
  section: number | null;
  note: string | null;
  created_at: string;
  updated_at: string | null;
  input: string;
  report: string | null;
  outcome: string | null;
}

export const parseVersion = (r: VersionRow): DraftVersion => ({
  version: r.version,
  kind: r.kind,
  section: r.section,
  note: r.note,
  createdAt: r.created_at,
  input: JSON.parse(r.input),
  report: r.report ? JSON.parse(r.report) : null,
  outcome: r.outcome ? JSON.parse(r.outcome) : null,
});

export interface UserRow {
  id: number;
  name: string;
  role: Role;
  agency: string;
  reviews: string;
  password_hash: string;
  created_at: string;
}

export const USER_COLS = 'id, name, role, agency, reviews, password_hash, created_at';
export const toUser = (r: UserRow): User => ({ id: r.id, name: r.name, role: r.role, agency: r.agency, reviews: JSON.parse(r.reviews), createdAt: r.created_at });
