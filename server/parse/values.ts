// Reading one table cell as written. A cell keeps `raw` whenever its text is not a plain number, so the
// validator sees 「00」, a blank, 「/」 or 「—」; trailing 。/. after a number is punctuation, not content.
import type { Cell } from '../report/schema.js';
import { halfWidth } from './normalise.js';

export type CellText =
  | { kind: 'value'; cell: Cell }
  /** An empty cell (a `\t` line or `| |`): only meaningful where the layout keeps blanks. */
  | { kind: 'empty' }
  | { kind: 'text' };

const PLAIN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const WITH_UNIT = /^(\d+(?:\.\d+)?)\s*(万元|元|件|条|个|项|次|人次)$/;
const PLACEHOLDER = /^(\/|／|\\|—+|－+|-+|–+|─+|×|无|空|\*)$/;
const TRAILING_STOP = /[。．.，,、]+$/;

/** Shared answers for the two kinds without a cell (never mutated). */
const TEXT: CellText = Object.freeze({ kind: 'text' });
const EMPTY: CellText = Object.freeze({ kind: 'empty' });

/** 「0」 or 1–9 digits without a leading zero (/^(0|[1-9]\d{0,8})$/), by char codes: this runs on every token. */
function simpleNumber(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 9) return false;
  const c0 = s.charCodeAt(0);
  if (c0 === 48) return n === 1;
  if (c0 < 49 || c0 > 57) return false;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Classify a trimmed cell text. Never invents a number: anything unclear is `text`. */
/** Ideographs a number cell may carry (units, 「无」「空」); any other ideograph or a bracket makes the cell text. */
const CELL_WORD_CODES = new Set([...'万元件条个项次人无空'].map((c) => c.charCodeAt(0)));
function wordy(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff ? !CELL_WORD_CODES.has(c) : c === 0xff08 || c === 40) return true;
  }
  return false;
}

export function readCell(written: string): CellText {
  // Fast path: a cell starting with an ideograph is text (labels, prose), except 「无」「空」.
  const c0 = written.charCodeAt(0);
  if (c0 >= 0x3400 && c0 <= 0x9fff) {
    if (written !== '无' && written !== '空') return TEXT;
  } else if (simpleNumber(written)) return { kind: 'value', cell: { value: Number(written) } };
  if (written.length > 40 || wordy(written)) return TEXT;
  const t = written.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  if (t === '') return EMPTY;
  if (t.length > 24) return TEXT;
  const hw = halfWidth(t).replace(/[−－]/g, '-').replace(/＋/g, '+').replace(/．/g, '.');
  // 「0。」「0.」: the stop is punctuation after the number (seed 001 style), not part of it.
  const bare = hw.replace(TRAILING_STOP, '');
  if (PLAIN.test(bare)) return { kind: 'value', cell: { value: Number(bare) } };
  if (NUMBER.test(bare)) return { kind: 'value', cell: { value: Number(bare), raw: t } };
  if (THOUSANDS.test(bare)) return { kind: 'value', cell: { value: Number(bare.replace(/,/g, '')), raw: t } };
  const unit = WITH_UNIT.exec(bare);
  if (unit) return { kind: 'value', cell: { value: Number(unit[1]), raw: t } };
  if (PLACEHOLDER.test(hw)) return { kind: 'value', cell: { value: null, raw: t } };
  return TEXT;
}

/** A blank cell as read from a layout that keeps blanks. */
export const BLANK: Cell = { value: null, raw: '' };

/**
 * Digits glued to a label (「规章000」): split only when the split is unique — as many digits as columns,
 * or separated by spaces. Otherwise null (unreadable).
 */
export function splitGlued(tail: string, columns: number): Cell[] | null {
  const t = halfWidth(tail).trim();
  if (/\s/.test(t)) {
    const parts = t.split(/\s+/);
    if (parts.length !== columns) return null;
    const cells: Cell[] = [];
    for (const p of parts) {
      const r = readCell(p);
      if (r.kind !== 'value') return null;
      cells.push(r.cell);
    }
    return cells;
  }
  if (/^\d+$/.test(t) && t.length === columns) return [...t].map((d) => ({ value: Number(d) }));
  return null;
}
