// 「哦 个人是八件 漏了一件 漏的那件也公开了」「律所是3件 多的那件还在办 结转明年」: a column's count corrected because
// cases were left out, and what became of those cases. The applications take the new count; the cases left out join
// the result the clerk names (added to it), or wait for it. Nothing changes unless the numbers agree with the draft.
import { tableDef, type FormatId } from '../format/index.js';
import { parseNumber } from './numerals.js';
import { cueKeysIn, cuesFor } from './vocab.js';
import { t3ResultLeaves } from './wordclasses.js';

export interface MissedCases {
  /** The applications row and column corrected, and the count it takes. */
  intake: { target: string; value: number };
  /** The result the cases left out join (its new value), when the clerk named one. */
  result?: { target: string; value: number };
  /** How many cases were left out. */
  count: number;
}

const NUM = '[\\d一两二三四五六七八九十]+';
const LEAD = '(?:哦|噢|啊|嗯|不对|哦不对|等下|对了|[，,\\s])*';
const LEFT_OUT = '(?:漏的|少的|多的|多出来的|漏掉的|少算的)(?:那|这)?\\s*(?:(' + NUM + ')\\s*件|件)?';
/** 「(哦不对) 个人是八件 漏了一件 漏的那件也公开了」: the count, the cases left out, what became of them. */
const SAID = new RegExp(`^${LEAD}(.{0,12}?)(?:是|为|应该是|其实是|有)\\s*(${NUM})\\s*件[，,\\s]*(?:刚才|刚刚)?(?:漏了|少说了|少算了|漏报了|漏算了|漏掉了|漏记了)(?:一件|(${NUM})\\s*[件个])?(?![俩仨两\\d一二三四五六七八九十])[^，。；\\s]{0,6}[，,\\s]+${LEFT_OUT}\\s*(.+)$`);
/** 「新收的说少了 是8件 多出来的那1件没给…」: the error said first, the count after it. */
const SAID_FIRST = new RegExp(`^${LEAD}(.{0,12}?)(?:说少了|少说了|少算了|说漏了|漏了一件|少了一件)[，,\\s]*(?:应该)?(?:是|为)\\s*(${NUM})\\s*件[，,\\s]+${LEFT_OUT}\\s*(.+)$`);

function said(text: string): { who: string; total: string; left?: string; tail: string } | null {
  const a = SAID.exec(text);
  if (a) return { who: a[1], total: a[2], left: a[3] ?? a[4], tail: a[5] };
  const b = SAID_FIRST.exec(text);
  return b ? { who: b[1], total: b[2], left: b[3], tail: b[4] } : null;
}
export const NEXT_YEAR = /转(?:到)?(?:下年|明年|下一年)|结转(?:到)?(?:下年|明年)|放明年|还在办|还没办完|没办完|还没答复|未办结/;
const OPENED_ALL = /(?<!部分|不予)公开|给了|全给/;
/** 「还没有公开」「没给」: not (yet) decided. */
const NOT_DONE = /没|未|不|还在|尚/;

/** The correction, when every number agrees: the column holds the old count, the new one is it plus the cases left out. */
export function missedCases(format: FormatId, text: string, before: Record<string, unknown>): MissedCases | null {
  const m = said(text.trim());
  if (!m) return null;
  const total = parseNumber(m.total);
  const left = m.left ? parseNumber(m.left) : 1;
  if (total === null || left === null || left < 1) return null;
  const cols = cueKeysIn(format, m.who, 't3col');
  // (「处罚是8件 漏了一件」 speaks of no applicant: a place of another table or a fact named, or words that name no 表三
  // column and are not 申请/新收 words, are no column's count.)
  const otherPlace = cuesFor(format).some((c) => !c.weak && !c.target.t.startsWith('t3') && c.target.t !== 'bareOpen' && m.who.includes(c.text));
  if (otherPlace || (!cols.length && !/^(?:[的那这了个数\s]|申请|新收|今年|本年|上年|去年|结转|转过来|说少了|少说了)*$/.test(m.who))) return null;
  // (A tail that goes on with other counts or applicants is read by the extractor, not swallowed here.)
  if (/\d|[一两二三四五六七八九十]+\s*[件个]/.test(m.tail) || cueKeysIn(format, m.tail, 't3col').length) return null;
  const t3 = tableDef(format, 't3').blocks[0];
  const held = (row: string, col: string) => Number(before[`t3.${row}.${col}`] ?? 0) || 0;
  const candidates = cols.length ? cols : t3.columns.filter((c) => !c.sumOf && held('new', c.key) + held('carried', c.key) > 0).map((c) => c.key);
  if (candidates.length !== 1) return null;
  const col = candidates[0];
  const row = /结转|上年|去年/.test(m.who) ? 'carried' : 'new';
  // The count said is this intake's (new + left out) or the column's whole (new + carried + left out).
  const value = held(row, col) + left === total ? total : row === 'new' && held('new', col) + held('carried', col) + left === total ? total - held('carried', col) : null;
  if (value === null) return null;
  const tail = m.tail;
  const rows = cueKeysIn(format, tail, 't3row').filter((k) => k !== 'new' && k !== 'carried');
  const resultRow = NEXT_YEAR.test(tail) ? 'next' : rows.length === 1 ? rows[0] : !rows.length && OPENED_ALL.test(tail) && !NOT_DONE.test(tail) ? 'r1' : undefined;
  // (Only onto results that account for every application before: else what the cell holds is not known to be whole.)
  // (Every result leaf and 结转下年度, from the format declaration: not the intake rows, not a group, not 总计.)
  const resultRows = t3ResultLeaves(format);
  const decided = resultRows.reduce((a, r) => a + held(r, col), 0);
  const whole = decided === held('new', col) + held('carried', col);
  const result = resultRow && whole ? { target: `t3.${resultRow}.${col}`, value: held(resultRow, col) + left } : undefined;
  return { intake: { target: `t3.${row}.${col}`, value }, result, count: left };
}
