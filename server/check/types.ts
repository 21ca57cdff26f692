// Findings: what the validator says about a report. No evidence, no finding.
export type Severity = 'E' | 'W' | 'I';

export interface Evidence {
  /** The quoted sentence or heading, or the cells (id → value as written) the finding rests on. */
  quote?: string;
  cells?: { id: string; place: string; written: string }[];
}

export interface Finding {
  rule: string; // catalogue id, e.g. T3-BALANCE
  severity: Severity;
  /** Chinese, names the place (section / table / row / column) and the expected and actual values. */
  message: string;
  /** Machine-readable place: section number, or table cell ids. */
  where: { section?: number; table?: 't2' | 't3' | 't4'; cells?: string[]; column?: string; row?: string };
  expected?: string | number;
  actual?: string | number;
  evidence: Evidence;
}
