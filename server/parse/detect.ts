// Which table format a report uses — by what its tables say, not by its year (seed 003: a 2023 report in the
// 2019 format is '2019'). Blocks read by their own column labels vote; signal words break a tie.
import { FORMATS, type FormatId } from '../format/index.js';
import type { ParseNote } from '../report/schema.js';
import { keyOf } from './normalise.js';

export interface Vote {
  format: FormatId;
  what: string;
}

const SIGNALS: Record<FormatId, string[]> = {
  '2021': FORMATS['2021'].signals.map(keyOf),
  '2019': FORMATS['2019'].signals.map(keyOf),
};

/** Signal words of each format found among table cells (header keys). */
export function signalCounts(keys: string[]): Record<FormatId, number> {
  const c: Record<FormatId, number> = { '2021': 0, '2019': 0 };
  const seen = new Set<string>();
  for (const k of keys) {
    if (k.length < 4 || k.length > 40 || seen.has(k)) continue;
    seen.add(k);
    const bits = signalBits(k);
    if (bits & 1) c['2021']++;
    if (bits & 2) c['2019']++;
  }
  return c;
}

// Table cells repeat across reports: which format's signal a key is (bit 1: 2021, bit 2: 2019) is remembered.
const SIGNAL_MEMO = new Map<string, number>();
function signalBits(k: string): number {
  let bits = SIGNAL_MEMO.get(k);
  if (bits !== undefined) return bits;
  bits = 0;
  // 「规范性文件」 is inside 「行政规范性文件」: count a signal only when the cell is that signal.
  const is = (s: string) => k === s || (s.length >= 6 && k.includes(s));
  if (SIGNALS['2021'].some(is)) bits |= 1;
  if (SIGNALS['2019'].some(is)) bits |= 2;
  if (SIGNAL_MEMO.size >= 20000) SIGNAL_MEMO.clear();
  SIGNAL_MEMO.set(k, bits);
  return bits;
}

export function detectFormat(votes: Vote[], signals: Record<FormatId, number>, notes: ParseNote[]): FormatId | null {
  const n = { '2021': 0, '2019': 0 } as Record<FormatId, number>;
  for (const v of votes) n[v.format]++;
  if (n['2021'] && n['2019']) {
    const by = (f: FormatId) => votes.filter((v) => v.format === f).map((v) => v.what).join('、');
    notes.push({
      kind: 'info',
      where: '表格格式',
      message: `表格混用两种格式：${by('2019')}按${FORMATS['2019'].name}，${by('2021')}按${FORMATS['2021'].name}；各部分按其自身列名读取`,
    });
  }
  if (n['2021'] !== n['2019']) return n['2021'] > n['2019'] ? '2021' : '2019';
  if (signals['2021'] !== signals['2019']) return signals['2021'] > signals['2019'] ? '2021' : '2019';
  return null;
}

