// The hand-labelled real corpus (corpus/real/*.txt with labels-*.json) and its fixed DEV/TEST split.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeChars } from './text.js';

export const REAL_DIR = fileURLToPath(new URL('../../corpus/real/', import.meta.url));

export interface RealAnomaly {
  kind: string;
  quote: string;
  note?: string;
}
export interface RealLabel {
  file: string; // 「real/a001.txt」
  url?: string;
  agency: string;
  agency_in_text?: string;
  year: number | null;
  level: string;
  province?: string;
  format?: string | null;
  publish_date?: string | null;
  complete?: boolean;
  has_sections?: number[];
  narrative_facts?: Record<string, number>;
  anomalies: RealAnomaly[];
}
export interface RealDoc {
  label: RealLabel;
  text: string;
  split: 'dev' | 'test';
}

/** TEST when sha1(「real/a001.txt」) starts with 0–4 (about a third), else DEV. Fixed: never tune on TEST. */
export const splitOf = (file: string): 'dev' | 'test' => ('01234'.includes(createHash('sha1').update(file).digest('hex')[0]) ? 'test' : 'dev');

export function loadReal(dir = REAL_DIR): RealDoc[] {
  if (!existsSync(dir)) return [];
  const out: RealDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => /^labels.*\.json$/.test(x)).sort()) {
    let labels: RealLabel[];
    try {
      labels = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as RealLabel[];
    } catch {
      continue; // a file being written by a labeller
    }
    for (const label of labels) {
      const path = `${dir}/${label.file.replace(/^real\//, '')}`;
      if (!existsSync(path)) continue;
      out.push({ label: { ...label, anomalies: label.anomalies ?? [] }, text: readFileSync(path, 'utf8'), split: splitOf(label.file) });
    }
  }
  return out;
}

/** Characters compared for quote overlap: no whitespace or punctuation, full-width folded. */
const norm = (s: string) => normalizeChars(s.replace(/年度/g, '年'));

/** Longest common substring length (quotes are short: O(n·m) is fine). */
function lcsub(a: string, b: string): number {
  let best = 0;
  const prev = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = tmp;
    }
  }
  return best;
}

/**
 * Does a finding's evidence overlap a label's quote? Either contains the other, or they share a run of at least
 * min(6, half the label quote) characters (a quote cut at a different place, a cell place naming the row).
 */
export function quotesOverlap(label: string, evidence: string): boolean {
  const a = norm(label).slice(0, 400);
  const b = norm(evidence).slice(0, 4000);
  if (!a || !b) return false;
  if (b.includes(a) || a.includes(b)) return true;
  return lcsub(a, b) >= Math.max(2, Math.min(6, Math.ceil(a.length / 2)));
}

/** Agency names compared without 人民政府/办事处 and with a county prefix optional (「榆盘镇」 = 「武山县榆盘镇人民政府」). */
export function agencyMatches(parsed: string, label: RealLabel): boolean {
  // A government and the office that compiles its report count as one body (「X县人民政府办公室」 = 「X县人民政府」).
  const core = (s: string) => normalizeChars(s).replace(/(人民政府办公室|人民政府办公厅|政府办公室|人民政府|办事处|政府)$/, '');
  const p = core(parsed);
  if (p.length < 2) return false;
  for (const want of [label.agency, label.agency_in_text ?? ''].map(core).filter((x) => x.length >= 2)) {
    if (p === want) return true;
    if (want.endsWith(p) && p.length >= 3) return true;
    if (p.endsWith(want) && want.length >= 3 && p.length - want.length <= 8) return true;
  }
  return false;
}
