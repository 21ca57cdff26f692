// Async storage ports. Use-cases, routes, search and ingest depend on these only; adapters (SQLite on Node,
// D1 + Vectorize on Workers) implement them, and one contract suite (tests/ports) runs against every adapter.
import type { UIMessage } from 'ai';
import type { Finding } from '../check/types.js';
import type { DraftInput, SectionOutcome } from '../draft/types.js';
import type { Report } from '../report/schema.js';

// ---- drafts ----

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

export type VersionSummary = Pick<DraftVersion, 'version' | 'kind' | 'section' | 'note' | 'createdAt'> & {
  generators: Record<number, string>;
};

export interface DraftSummary {
  id: string;
  agency: string;
  year: number;
  currentVersion: number;
  updatedAt: string;
}

export interface NewVersion {
  kind: VersionKind;
  input?: DraftInput;
  report?: Report | null;
  outcome?: DraftOutcome | null;
  section?: number | null;
  note?: string | null;
}

export interface WriteOptions {
  /**
   * Optimistic concurrency: the write applies only if the draft is still at this version; otherwise the adapter
   * throws a 409 UserError (see `staleVersion`). Omit to append unconditionally.
   */
  ifVersion?: number;
  /**
   * Coalescing: replace the current version in place (same number bumped by one, previous row dropped) instead of
   * appending, when the current version is an 'edit' made less than `coalesceMs` ago. Only for kind 'edit'.
   */
  coalesceMs?: number;
}

export interface DraftRepo {
  /** Store the input first (version 1) — before any model is called. */
  create(input: DraftInput, note?: string): Promise<DraftRecord>;
  get(id: string): Promise<DraftRecord | undefined>;
  version(id: string, version: number): Promise<DraftVersion | undefined>;
  versions(id: string): Promise<VersionSummary[]>;
  /** Append (or coalesce) a version. Atomic: two writers never get the same version number. */
  addVersion(id: string, v: NewVersion, opts?: WriteOptions): Promise<DraftRecord>;
  /** Most recently updated first; `agencies` limits the list to those agencies (access scoping). */
  list(opts?: { limit?: number; agencies?: string[] }): Promise<DraftSummary[]>;
}

// ---- chat ----

/** A number the extractor could not place yet (kept between turns). */
export type PendingItem = unknown;

export interface ChatRepo {
  messages(draftId: string): Promise<UIMessage[]>;
  append(draftId: string, ...messages: UIMessage[]): Promise<void>;
  pending(draftId: string): Promise<PendingItem[]>;
  setPending(draftId: string, pending: PendingItem[]): Promise<void>;
}

// ---- review decisions ----

export type Decision = 'confirm' | 'dismiss';

export interface ReviewDecision {
  fingerprint: string;
  decision: Decision;
  reason: string;
  at: string;
}

export interface ReviewRepo {
  set(fingerprint: string, decision: Decision, reason?: string): Promise<ReviewDecision>;
  get(fingerprint: string): Promise<ReviewDecision | undefined>;
  list(): Promise<ReviewDecision[]>;
  delete(fingerprint: string): Promise<boolean>;
}

// ---- corpus: reports, sections, chunks ----

export interface ReportRecordMeta {
  /** Public URL of the official document ('' when unknown). */
  url: string;
  agency: string;
  level: string;
  province: string;
  year: number | null;
  format: string | null;
  complete: boolean;
}

export interface ChunkInput {
  sectionNo: number;
  aspect?: string;
  heading: string;
  text: string;
}

export interface NewReport {
  fingerprint: string;
  /** What produced parsed/findings (a stored report from an older analyzer is analysed again). */
  analyzer?: string;
  source: string;
  meta: ReportRecordMeta;
  parsed: unknown;
  findings: unknown[];
  sections: { no: number; heading: string; text: string }[];
  chunks: ChunkInput[];
}

export interface ReportRow extends ReportRecordMeta {
  id: number;
  analyzer: string;
  fingerprint: string;
  source: string;
  ingestedAt: string;
}

export interface ChunkRow {
  id: number;
  reportId: number;
  sectionNo: number;
  aspect: string | null;
  heading: string;
  text: string;
  position: number;
}

/** A chunk with its report's row, as search returns it. */
export interface ChunkWithReport {
  id: number;
  text: string;
  heading: string;
  sectionNo: number;
  aspect: string | null;
  report: { id: number; agency: string; level: string; province: string; year: number | null; format: string | null; source: string; url: string };
}

export interface ReportRepo {
  byFingerprint(fp: string): Promise<ReportRow | undefined>;
  bySource(source: string): Promise<ReportRow[]>;
  list(): Promise<ReportRow[]>;
  count(): Promise<number>;
  detail(id: number): Promise<{ row: ReportRow; parsed: unknown; findings: unknown[] } | undefined>;
  /**
   * Insert a report (replacing older ones from the same source or with the same content); `vectors[i]` belongs to
   * `chunks[i]` and goes to the vector index of this storage. A reader never sees half a report.
   */
  write(rep: NewReport, vectors?: Float32Array[]): Promise<{ reportId: number; chunkIds: number[] }>;
  delete(id: number): Promise<void>;
  chunksOf(reportId: number): Promise<ChunkRow[]>;
  chunkCount(): Promise<number>;
  /** Every chunk text in id order (fitting the local embedder's IDF). */
  chunkTexts(): Promise<string[]>;
  /** Chunks by id with their report (order not guaranteed; missing ids are skipped). */
  chunksWithReport(ids: number[]): Promise<ChunkWithReport[]>;
}

// ---- search indexes ----

export interface EmbedderIdentity {
  id: string;
  dim: number;
}

/** Filter values kept next to each vector (no NULLs: 0 / ''). */
export interface VecMeta {
  chunkId: number;
  section: number;
  year: number;
  level: string;
  format: string;
  agency: string;
}

export interface SearchFilter {
  sections?: number[];
  level?: string;
  yearFrom?: number;
  yearTo?: number;
  format?: string;
  excludeAgency?: string;
}

export interface VectorIndex {
  /** Which embedder built the index (undefined: empty, accepts any). */
  meta(): Promise<EmbedderIdentity | undefined>;
  /** Create the index for this embedder, or throw a 409 UserError when another embedder built it. */
  ensure(e: EmbedderIdentity): Promise<void>;
  /** Forget every vector and the embedder that made them (before a re-index). */
  clear(): Promise<void>;
  upsert(rows: VecMeta[], vectors: Float32Array[]): Promise<void>;
  delete(chunkIds: number[]): Promise<void>;
  knn(q: Float32Array, k: number, f?: SearchFilter): Promise<{ chunkId: number; distance: number }[]>;
  count(): Promise<number>;
}

export interface LexicalIndex {
  search(query: string, f: SearchFilter, limit: number): Promise<{ chunkId: number; score: number }[]>;
}

/** Small binary state (the local embedder's IDF table on Node). */
export interface KeyValue {
  get(key: string): Promise<Uint8Array | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
  delete(key: string): Promise<void>;
}

// ---- users and sessions (accounts) ----

export type Role = 'admin' | 'reviewer' | 'clerk';

export interface User {
  id: number;
  name: string;
  role: Role;
  /** A clerk's agency (机关全称); '' for admins and reviewers. */
  agency: string;
  /** Agencies a reviewer reviews ('*' = all). */
  reviews: string[];
  createdAt: string;
}

export interface UserRepo {
  create(u: { name: string; role: Role; agency?: string; reviews?: string[]; passwordHash: string }): Promise<User>;
  byName(name: string): Promise<(User & { passwordHash: string }) | undefined>;
  byId(id: number): Promise<User | undefined>;
  list(): Promise<User[]>;
  count(): Promise<number>;
  setPassword(name: string, passwordHash: string): Promise<boolean>;
  update(name: string, patch: { role?: Role; agency?: string; reviews?: string[] }): Promise<User | undefined>;
  /** Sessions and API tokens, stored by the hash of their secret. */
  addCredential(c: { hash: string; userId: number; kind: 'session' | 'token'; label?: string; expiresAt?: string | null }): Promise<void>;
  credential(hash: string): Promise<{ user: User; kind: 'session' | 'token'; expiresAt: string | null } | undefined>;
  deleteCredential(hash: string): Promise<void>;
}

// ---- everything a runtime provides ----

export interface Storage {
  /** 'sqlite' or 'd1' (shown in /api/health). */
  kind: string;
  drafts: DraftRepo;
  chat: ChatRepo;
  reviews: ReviewRepo;
  reports: ReportRepo;
  vectors: VectorIndex;
  lexical: LexicalIndex;
  kv: KeyValue;
  users: UserRepo;
}
