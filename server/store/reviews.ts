// Reviewer decisions on findings, keyed by the finding fingerprint (survives re-runs and re-ingests).
import type { Store } from './db.js';

export type Decision = 'confirm' | 'dismiss';

export interface ReviewDecision {
  fingerprint: string;
  decision: Decision;
  reason: string;
  at: string;
}

export function setDecision(store: Store, fingerprint: string, decision: Decision, reason = ''): ReviewDecision {
  store
    .stmt(
      `INSERT INTO review_decisions(fingerprint, decision, reason, at) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
       ON CONFLICT(fingerprint) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, at = excluded.at`,
    )
    .run(fingerprint, decision, reason);
  return getDecision(store, fingerprint)!;
}

export function getDecision(store: Store, fingerprint: string): ReviewDecision | undefined {
  return store.stmt('SELECT fingerprint, decision, reason, at FROM review_decisions WHERE fingerprint = ?').get(fingerprint) as
    | ReviewDecision
    | undefined;
}

export function listDecisions(store: Store): ReviewDecision[] {
  return store.stmt('SELECT fingerprint, decision, reason, at FROM review_decisions ORDER BY at DESC').all() as ReviewDecision[];
}

/** Decisions as a map, for the validator/UI to mark findings already reviewed. */
export function decisionMap(store: Store): Map<string, ReviewDecision> {
  return new Map(listDecisions(store).map((d) => [d.fingerprint, d]));
}

export function deleteDecision(store: Store, fingerprint: string): boolean {
  return store.stmt('DELETE FROM review_decisions WHERE fingerprint = ?').run(fingerprint).changes > 0;
}

export interface StoredFinding {
  reportId: number;
  agency: string;
  source: string;
  finding: { rule?: string; severity?: string; message?: string; fingerprint?: string };
}

/** Findings stored with ingested reports that carry this fingerprint. */
export function findingsWithFingerprint(store: Store, fingerprint: string): StoredFinding[] {
  const rows = store
    .stmt(
      `SELECT r.id, r.agency, r.source, f.value FROM reports r, json_each(r.findings) f
       WHERE json_extract(f.value, '$.fingerprint') = ?`,
    )
    .all(fingerprint) as { id: number; agency: string; source: string; value: string }[];
  return rows.map((r) => ({ reportId: r.id, agency: r.agency, source: r.source, finding: JSON.parse(r.value) }));
}
