// What a turn was about, kept for the next turn: a clerk answers a question or goes on in short follow-ups
// (「信息处理费收了」 → 「一共200元」; 「上半年公众号发了60条」 → 「下半年发了80条」; 「规范性文件制发了3件」 → 「废止1件」).
import type { FormatId } from '../format/index.js';
import type { Said } from './extraction.js';
import { parseNumber } from './numerals.js';
import { canonicalPhrases } from './phrases.js';
import { cueKeysIn, cuesFor, type Target } from './vocab.js';
import type { CueToken } from './tokens.js';

export interface Topic {
  /** The turn spoke about 信息处理费 (an amount in 元 or 「通知书」 next is the fee's). */
  fee?: boolean;
  /** The 落款日期 the turn gave (「改成1月22日」「改到20号」 next is a new date). */
  date?: string;
  /** The 表四 row spoken of (「行政复议」 → 「1起，维持」). */
  t4row?: string;
  /** The 表三 row last named (「不对，有1件是企业的」 next is in this row). */
  t3row?: string;
  /** The one applicant column the turn's 表三 values were in (「公开了3件」 next is in this column). */
  t3col?: string;
  /** The 表二 row last named (a column word alone next is in this row). */
  t2row?: string;
  /** 收费通知书 count said before anyone said whether the fee was paid (recorded with the answer). */
  noticesWaiting?: number;
  /** The message named the 落款 alone (「落款日期」): the next turn's bare date is its value. */
  dateNamed?: boolean;
  /** The last fact the turn gave a value (「公开栏60」 → 「总数660」 next is the total of those channels). */
  fact?: string;
  /** The last number the turn placed (「回应关切也是」 next takes it). */
  lastNumber?: { value: number; unit?: string };
  /** Places the turn asked about offering a number (last year's, a part, a guess): a bare 「今年…N」 next answers. */
  offered?: string[];
  /** Of those, the places offered because the number was a guess (「大概五十件」): 「确切是53件」 next is the figure. */
  guessed?: string[];
  /** The message named a table alone (「表四」): a 「全是0」 next is of that table. */
  tableNamed?: string;
  /** The subject a message named alone, without a number (「行政处罚」 → next 「全年二十七件」). */
  named?: CueToken[];
  /** The subject was named in a question or put off (「复议有没有？」): a bare number next answers, a bare 「没有」 does not. */
  namedInQuestion?: boolean;
  /** Parts of the year said for one fact and not yet the whole year (the next part adds up with them). */
  parts?: Said[];
  /** 表三 results the turn gave for the applications of one intake (「结转的两件都公开了」): the other intake's results
   * said next (「新收的十件 八件公开」) add to these cells. */
  resultsOf?: { intake: 'new' | 'carried'; cells: Record<string, number> };
}

/** 「通知书2份」 while speaking of the fee is the 收费通知书 (not a 补正 or 告知 notice). */
export const feeNoticeWords = (text: string) => text.replace(/(?<!收费|补正|告知|答复|延期|处理|缴费)通知书/g, '收费通知书');

/** Earlier parts of the same fact, for periods this message does not say itself. */
export function withEarlierParts(said: Said[], earlier: Said[] = []): Said[] {
  const extra = earlier.filter((e) => said.some((s) => s.target === e.target && s.period && s.period !== e.period) && !said.some((s) => s.target === e.target && s.period === e.period));
  return [...extra, ...said];
}

/**
 * 「收到2件申请，都是个人的」 → 「不对，有1件是企业的」: a correction moving part of a 表三 count to another applicant
 * keeps the row's total — the column given before gives up what the new one takes. 「还有1件」 adds instead.
 */
export function movedCounts(text: string, changes: { target: string; value: unknown }[], lastSet: { target: string; value: unknown }[] = []): { target: string; value: number }[] {
  if (/还有|另外|另有|又/.test(text)) return [];
  const out: { target: string; value: number }[] = [];
  for (const c of changes) {
    const m = /^t3\.(\w+)\.(\w+)$/.exec(c.target);
    if (!m || typeof c.value !== 'number') continue;
    // 「企业4件，个人9件」→「更正一下，企业是5件」: a column given before is restated, nothing moves.
    if (lastSet.some((l) => l.target === c.target)) continue;
    const from = lastSet.filter((l) => l.target.startsWith(`t3.${m[1]}.`) && l.target !== c.target && typeof l.value === 'number');
    if (from.length !== 1 || changes.some((x) => x.target === from[0].target)) continue;
    const left = (from[0].value as number) - c.value;
    if (left >= 0) out.push({ target: from[0].target, value: left });
  }
  return out;
}

/**
 * 「复议后起诉纠正1件」→「不是纠正 是维持」: a 表四 result named wrongly in the last turn — the count that turn set in
 * the result denied belongs to the result named instead (same row). Null unless the last turn set exactly that cell.
 */
export function resultSwap(format: FormatId, text: string, lastSet: { target: string; value: unknown }[] = []): { from: string; to: string; value: number } | null {
  // (「改一下 是科研院所的 不是企业」「错了 那两件是内部事务 不是过程性的」: a lead-in and the count pointed at go first.)
  const t = text
    .replace(/[。！!]+$/, '')
    .replace(/^(?:不对|错了|写错了|搞错了|更正一下|更正|改一下|改下)[，,\s]*/, '')
    .replace(/^(?:[\u4e00-\u9fff]{0,8}?的)?[那这](?:[\d一二两三四五六七八九十俩仨]+件|个|件)\s*/, '');
  // 「不是纠正 是维持」「不是企业 是律所」, or the other way round 「是公司的不是个人的」.
  const m = /^不是\s*([\u4e00-\u9fff]{2,6}?)(?:的)?\s*[，,]?\s*(?:而)?(?:应该)?是\s*([\u4e00-\u9fff]{2,6}?)(?:的)?\s*$/.exec(t);
  const r = m ? null : /^(?:应该)?是\s*([\u4e00-\u9fff]{2,6}?)(?:的)?\s*[，,]?\s*不是\s*([\u4e00-\u9fff]{2,6}?)(?:的)?\s*$/.exec(t);
  const [wa, wb] = m ? [m[1], m[2]] : r ? [r[2], r[1]] : [];
  if (!wa || !wb || lastSet.length !== 1) return null;
  const cell = /^(t[34])\.(\w+)\.(\w+)$/.exec(lastSet[0].target);
  if (!cell || typeof lastSet[0].value !== 'number') return null;
  // A 表四 result or a 表三 applicant column of the cell the last turn set — or, in 表三, its result row.
  const keyOf = (w: string, kind: Target['t']) => cueKeysIn(format, w, kind)[0];
  const colKind = cell[1] === 't4' ? 't4col' : 't3col';
  const [a, b] = [keyOf(wa, colKind), keyOf(wb, colKind)];
  if (a && b && a !== b && cell[3] === a && !b.startsWith('@')) return { from: lastSet[0].target, to: `${cell[1]}.${cell[2]}.${b}`, value: lastSet[0].value };
  if (cell[1] !== 't3') return null;
  const [ra, rb] = [keyOf(wa, 't3row'), keyOf(wb, 't3row')];
  if (ra && rb && ra !== rb && cell[2] === ra && !rb.startsWith('@')) return { from: lastSet[0].target, to: `t3.${rb}.${cell[3]}`, value: lastSet[0].value };
  return null;
}

/**
 * 「部分公开有两件是群众的」→「更正一下 那两件是基金会申请的」: 那两件 are the count the last turn set; only their
 * applicant column changes (same row). Null unless the last turn set exactly one 表三 cell and the count agrees.
 */
export function columnMoved(format: FormatId, text: string, lastSet: { target: string; value: unknown }[] = []): { from: string; to: string; value: number } | null {
  const m = /[那这](?:([\d一二两三四五六七八九十俩仨]+)\s*件?|几件|个)[^，。；]{0,4}?是\s*([\u4e00-\u9fff]{2,8}?)(?:的|申请的|提的|来的)/.exec(text);
  if (!m || lastSet.length !== 1 || typeof lastSet[0].value !== 'number') return null;
  const cell = /^t3\.(\w+)\.(\w+)$/.exec(lastSet[0].target);
  if (!cell) return null;
  const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : m[1] === '俩' ? 2 : m[1] === '仨' ? 3 : parseNumber(m[1])) : lastSet[0].value;
  const word = m[2].replace(/申请$/, '');
  const col = cuesFor(format).filter((c) => c.target.t === 't3col' && word.includes(c.text)).sort((a, b) => b.text.length - a.text.length)[0]?.target as { key: string } | undefined;
  if (!col || col.key.startsWith('@') || col.key === cell[2] || n !== lastSet[0].value) return null;
  return { from: lastSet[0].target, to: `t3.${cell[1]}.${col.key}`, value: lastSet[0].value };
}

/**
 * 「刚才复议纠正那个其实是撤回了 算其他」: a 表四 count the clerk gave under one result belongs to another — two results
 * named, the first holding the clerk's own count in the row named (or the only such row). Null unless all of that holds.
 */
export function resultMoved(format: FormatId, text: string, before: Record<string, unknown>, own: string[] = []): { from: string; to: string; value: number } | null {
  if (!/其实|应该算|应算|算作|算到|归到|改算|改到|挪到|不是/.test(text)) return null;
  const t = canonicalPhrases(text);
  const cues = cuesFor(format).filter((c) => c.target.t === 't4col' || c.target.t === 't4row');
  // Cues longest first: a shorter one inside a longer one already found is that one.
  const found: { at: number; len: number; target: { t: string; key: string } }[] = [];
  for (const c of cues) for (let i = t.indexOf(c.text); i >= 0; i = t.indexOf(c.text, i + 1)) if (!found.some((f) => f.at <= i && i < f.at + f.len)) found.push({ at: i, len: c.text.length, target: c.target as { t: string; key: string } });
  found.sort((a, b) => a.at - b.at);
  const cols = [...new Set(found.filter((f) => f.target.t === 't4col').map((f) => f.target.key))];
  if (cols.length !== 2) return null;
  const rowsNamed = [...new Set(found.filter((f) => f.target.t === 't4row').map((f) => f.target.key))].filter((k) => !k.startsWith('@'));
  const held = own.filter((id) => id.startsWith('t4.') && id.endsWith(`.${cols[0]}`) && typeof before[id] === 'number' && (!rowsNamed.length || rowsNamed.includes(id.split('.')[1])));
  if (held.length !== 1) return null;
  const row = held[0].split('.')[1];
  return { from: held[0], to: `t4.${row}.${cols[1]}`, value: before[held[0]] as number };
}

const PART_MOVE = /^(.*?)(?:里(?:头|面|边)?|中)(?:有)?\s*([一两二三四五六七八九十\d]+)\s*件\s*(?:其实|实际上|实际)(?:是|算)(.+)$/;
/** The message says part of a count is really of another group or result (whether or not that count is known). */
export const saysPartMoved = (text: string) => PART_MOVE.test(canonicalPhrases(text));
