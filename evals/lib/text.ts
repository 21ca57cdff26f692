// Text scorers: character-level ROUGE-L (LCS), n-gram containment (copying), numbers in prose.
import { withoutPinyin } from '../../server/parse/normalise.js';
import { toSimplified } from '../../server/parse/traditional.js';

/** Characters compared: no whitespace or punctuation (ASCII or full-width), full-width digits/letters folded. */
export function normalizeChars(s: string): string {
  // A label quotes a traditional-character page as written; the parser reads it in simplified, without the pinyin a
  // mirror site inserted.
  return toSimplified(withoutPinyin(s).text)
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Length of the longest common subsequence of two strings (two rolling rows, O(n·m) time, O(m) memory). */
export function lcsLength(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (!x.length || !y.length) return 0;
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = xi === y[j - 1] ? prev[j - 1] + 1 : cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[y.length];
}

export interface Rouge {
  precision: number;
  recall: number;
  f: number;
}

/**
 * Character-level ROUGE-L of a candidate against a reference (β = 1). Texts are normalised first and capped at
 * `maxChars` each so one huge page cannot stall a run.
 */
export function rougeL(candidate: string, reference: string, maxChars = 6000): Rouge {
  const c = Array.from(normalizeChars(candidate)).slice(0, maxChars).join('');
  const r = Array.from(normalizeChars(reference)).slice(0, maxChars).join('');
  const cl = Array.from(c).length;
  const rl = Array.from(r).length;
  if (!cl || !rl) return { precision: 0, recall: 0, f: 0 };
  const l = lcsLength(c, r);
  const precision = l / cl;
  const recall = l / rl;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
}

function grams(s: string, n: number): string[] {
  const cs = Array.from(normalizeChars(s));
  const out: string[] = [];
  for (let i = 0; i + n <= cs.length; i++) out.push(cs.slice(i, i + n).join(''));
  return out;
}

/**
 * Share of the candidate's character n-grams that also occur in the source (0..1). With n = 8, ordinary official
 * phrasing stays well below 0.5; a pasted paragraph goes above it.
 */
export function ngramContainment(candidate: string, source: string, n = 8): number {
  const c = grams(candidate, n);
  if (!c.length) return 0;
  const s = new Set(grams(source, n));
  return c.filter((g) => s.has(g)).length / c.length;
}

export interface NumberMention {
  value: number;
  text: string;
  index: number;
}

/** Arabic numbers written in prose (full-width digits folded, thousands separators removed). */
export function numbersIn(prose: string): NumberMention[] {
  const t = prose.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  const out: NumberMention[] = [];
  for (const m of t.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    out.push({ value: Number(m[0].replace(/,/g, '')), text: m[0], index: m.index ?? 0 });
  }
  return out;
}

/** Grounded share of the numbers in a text: 1 when there is no number at all (nothing to ground). */
export function groundingRate(total: number, ungrounded: number): number {
  if (total <= 0) return 1;
  return Math.max(0, total - Math.min(ungrounded, total)) / total;
}
