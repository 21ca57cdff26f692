// 「居民那14件重了一件 是公开的那种」「律所那边少记了个 应该4件 少的那件给了一部分」「复议维持那3件重了一件」: a
// count the clerk gave was too large (a case registered twice) or too small (cases left out), said turns later. The
// count changes by as many cases as are said (a figure, or 个/件 for one), and so does its companion: the result of
// those cases (when named) for the applications, the applications for a result. Nothing changes unless exactly one
// count held fits and any count stated agrees; words that point at a count ambiguously are asked about.
import { cellRef, type FormatId } from '../format/index.js';
import { namedKeys } from './moves.js';
import { parseNumber } from './numerals.js';
import { canonicalPhrases } from './phrases.js';
import { T3_INTAKE, t3ResultLeaves } from './wordclasses.js';
import { NEXT_YEAR } from './missed.js';

export interface Recount {
  changes: { target: string; value: number }[];
  /** How many cases, and whether they were counted twice (-1) or left out (+1). */
  count: number;
  sign: 1 | -1;
  /** A question left (which result the cases left out had, which count was meant). */
  ask?: { text: string; targets: string[] };
}

const NUM = '[\\d一两二三四五六七八九十]+';
/** Counted twice: 「重了一件」「登重了」「录了两遍」「多算了一件」 (never 「重复申请」, a result; never 「算了两遍 没错」, a check). */
const TWICE = new RegExp(`(?:重了|(?:登|录|记|算|报|填)重(?:了|(?![复要点大新视]))|重复(?:登记|统计|计算|录入|填报|填)了?|(?:登|录|记|报|填)了两(?:回|次|遍)|多(?:算|记|登|录|报|填|统计|写)了)(?:\\s*(${NUM})\\s*[件个]|([个件]))?`);
/** Left out: 「漏了两件」「少记了个」「少登了一件」「没登上」 (「漏了盖章」 is another slip: a count, 个/件 or a pause follows). */
const SHORT = new RegExp(`(?:漏(?:掉|记|登|报|算|填)?了(?=\\s*(?:${NUM}\\s*[件个]|[个件]|[，。,；\\s]|$))|(?:漏|少)(?:算|记|登|录|报|填|统计|写|说)了?|没(?:登|记|录|算)(?:上|进去))(?:\\s*(${NUM})\\s*[件个]|([个件]))?`);
/** A doubt or a check, no recount: 「好像漏了几件」「多算了 我再核一下」「统计了两遍 没问题」. */
const NOT_SURE = /几件|好几|好像|可能|也许|大概|估计|再核|核一下|核实一下|不确定|没问题|没错|核对过|核实过|确认过/;
/** 「有一件登重了」: the count said before the words. */
const COUNT_BEFORE = new RegExp(`(?:有|其中)\\s*(${NUM})\\s*[件个]\\s*$`);
/** 「实际是2件」「应该4件」「是3件」: the count as it should be. */
const AFTER = new RegExp(`(?:实际(?:上)?(?:是|只有|就)?|应该(?:是)?|应为|其实是|就是|是)\\s*(${NUM})\\s*件`);
/** 「那14件」「这3件」: the count pointed at, as held. */
const POINTED = new RegExp(`(?:那|这)\\s*(${NUM})\\s*件`);
/** Numbers that count no cases: dates, 「同一张」「两回」. */
const NOT_CASES = new RegExp(`${NUM}\\s*(?:月份?|号|日|年)|同一|一张|一份|一个人|一家|(?:两|二)(?:回|次|遍)|第${NUM}`, 'g');
const CARRIED_WORDS = /结转|转过来|上年|去年/;

const num = (before: Record<string, unknown>, id: string) => (typeof before[id] === 'number' ? (before[id] as number) : 0);

/** The words of a recount: where it is said, how many cases, the count before and after when said. */
function said(t: string): { sign: 1 | -1; k: number; source: string; tail: string; total?: number; after?: number } | null {
  const twice = TWICE.exec(t);
  const short = SHORT.exec(t);
  const m = twice && short ? (twice.index < short.index ? twice : short) : twice ?? short;
  if (!m) return null;
  const sign = m === twice ? -1 : 1;
  const lead = t.slice(0, m.index);
  const before = COUNT_BEFORE.exec(lead);
  // (How many is said — 「重了一件」「少记了个」「有一件登重了」 — or nothing is recounted: 「个人申请少说了」 is asked.)
  // (「登了两遍的有一件」: the count said right after the words.)
  const next = new RegExp(`^\\s*的?\\s*(?:有|其中)\\s*(${NUM})\\s*[件个]`).exec(t.slice(m.index + m[0].length));
  const k = m[1] ? parseNumber(m[1]) : m[2] ? 1 : before ? parseNumber(before[1]) : next ? parseNumber(next[1]) : null;
  if (k === null || k < 1 || NOT_SURE.test(t)) return null;
  const source = before ? lead.slice(0, before.index) : lead;
  const tail = t.slice(m.index + m[0].length);
  const pointed = POINTED.exec(source);
  // (「基金会是三件 漏了一件」: the count as it should be may come first.)
  const after = AFTER.exec(tail) ?? AFTER.exec(source);
  return { sign, k, source, tail, total: pointed ? parseNumber(pointed[1]) ?? undefined : undefined, after: after ? parseNumber(after[1]) ?? undefined : undefined };
}

/** Every number of the message is one the recount reads (the count held, how many, the count after, 「跟着少一件」). */
function numbersRead(t: string, s: { k: number; total?: number; after?: number }): boolean {
  const rest = t.replace(NOT_CASES, ' ').replace(/一件|那件|这件/g, ' ');
  const found = rest.match(/\d+|[一两二三四五六七八九十]+/g) ?? [];
  return found.every((n) => [s.k, s.total, s.after].includes(parseNumber(n) ?? NaN));
}

/** 表三 rows some words name; 「公开的那种」「公开那个」 is 予以公开 (a weak cue elsewhere). */
function t3Rows(format: FormatId, words: string): string[] {
  const rows = namedKeys(format, words, 't3row');
  return rows.length || !/(?<!部分|不予|不|未|没)公开(?!栏)/.test(words) ? rows : ['r1'];
}

/** The counts held that the words point at. */
function sourceCells(format: FormatId, words: string, before: Record<string, unknown>, given: string[], total?: number): string[] {
  const rows = [...t3Rows(format, words), ...(CARRIED_WORDS.test(words) ? ['carried'] : [])];
  const cols = namedKeys(format, words, 't3col');
  const t4rows = namedKeys(format, words, 't4row');
  const t4cols = namedKeys(format, words, 't4col');
  const held = given.filter((id) => typeof before[id] === 'number' && (total === undefined || before[id] === total));
  if (t4rows.length || t4cols.length) {
    return held.filter((id) => { const [t, r, c] = id.split('.'); return t === 't4' && (!t4rows.length || t4rows.includes(r)) && (!t4cols.length || t4cols.includes(c)); });
  }
  if (!rows.length && !cols.length) return total === undefined ? [] : held.filter((id) => id.startsWith('t3.'));
  const t3 = held.filter((id) => { const [t, r, c] = id.split('.'); return t === 't3' && (!rows.length || rows.includes(r)) && (!cols.length || cols.includes(c)); });
  // 「居民那边少记了个」: an applicant named alone is its applications (this year's, unless 结转 is said).
  if (!rows.length && total === undefined) return t3.filter((id) => id.split('.')[1] === 'new');
  // 「公开的里头还少记了一件」: a result named without its applicant, when several applicants have applications, is asked.
  const applicants = [...new Set(given.filter((id) => T3_INTAKE.has(id.split('.')[1]) && num(before, id) > 0).map((id) => id.split('.')[2]))];
  if (!cols.length && total === undefined && applicants.length > 1) return applicants.flatMap((c) => rows.filter((r) => !T3_INTAKE.has(r)).map((r) => `t3.${r}.${c}`));
  return t3;
}

/** A 表三 column's results held, and whether they account for every application. */
function results(format: FormatId, before: Record<string, unknown>, col: string) {
  const leaves = t3ResultLeaves(format);
  const held = leaves.filter((r) => num(before, `t3.${r}.${col}`) > 0);
  const decided = leaves.reduce((a, r) => a + num(before, `t3.${r}.${col}`), 0);
  return { held, whole: decided > 0 && decided === num(before, `t3.new.${col}`) + num(before, `t3.carried.${col}`) };
}

/** The result the tail names for the cases (or 结转下年度), if one: a leaf (「不予公开里的国家秘密」 is 国家秘密). */
function resultNamed(format: FormatId, tail: string, table: string, col: string): string | undefined {
  if (table === 't3' && NEXT_YEAR.test(tail)) return 'next';
  const cell = (k: string) => cellRef(format, table === 't3' ? `t3.${k}.${col}` : `t4.${col}.${k}`);
  const rows = (table === 't3' ? t3Rows(format, tail) : namedKeys(format, tail, 't4col')).filter((k) => (table === 't4' || !T3_INTAKE.has(k)) && cell(k) && !cell(k)!.computed);
  return rows.length === 1 ? rows[0] : undefined;
}

export function recounted(format: FormatId, text: string, before: Record<string, unknown>, given: string[]): Recount | null {
  const t = canonicalPhrases(text).replace(/[。！!]+$/, '');
  const s = said(t);
  if (!s || !numbersRead(t, s)) return null;
  const cells = sourceCells(format, s.source, before, given, s.total);
  if (!cells.length) return null;
  const { sign, k } = s;
  const word = sign < 0 ? '重复记的' : '漏记的';
  if (cells.length > 1) return { changes: [], count: k, sign, ask: { text: `需要您确认：${word}${k}件是哪一项里的？`, targets: cells } };
  const src = cells[0];
  const [table, row, col] = src.split('.');
  const value = num(before, src) + sign * k;
  if (value < 0 || (s.after !== undefined && s.after !== value)) return null;
  const changes = [{ target: src, value }];
  const named = resultNamed(format, s.tail, table, table === 't3' ? col : row);
  if (table === 't4') {
    const other = named && named !== col && cellRef(format, `t4.${row}.${named}`) ? `t4.${row}.${named}` : undefined;
    // 「复议后起诉少记了个 还有一件法院判纠正的」: the cases left out have a result of their own.
    if (other && sign > 0) return { changes: [{ target: other, value: num(before, other) + k }], count: k, sign };
    // 「维持那2件多算了一件 那件其实是纠正」: counted here instead of there — a move.
    return { changes: other ? [...changes, { target: other, value: num(before, other) + k }] : changes, count: k, sign };
  }
  if (T3_INTAKE.has(row)) return intakeRecount(format, before, col, s.tail, changes, k, sign);
  // A result: counted here instead of another result (a move), or the case itself counted twice / left out (its
  // application too, when the column has only this year's).
  if (named && named !== row && sign < 0) return { changes: [...changes, { target: `t3.${named}.${col}`, value: num(before, `t3.${named}.${col}`) + k }], count: k, sign };
  if (num(before, `t3.carried.${col}`) > 0) return { changes, count: k, sign, ask: { text: `需要您确认：这${k}件是本年新收的还是上年结转的？`, targets: [`t3.new.${col}`, `t3.carried.${col}`] } };
  const intake = num(before, `t3.new.${col}`) + sign * k;
  return intake < 0 ? null : { changes: [...changes, { target: `t3.new.${col}`, value: intake }], count: k, sign };
}

/** The applications recounted: the result of those cases changes with them when it is known. */
function intakeRecount(format: FormatId, before: Record<string, unknown>, col: string, tail: string, changes: Recount['changes'], k: number, sign: 1 | -1): Recount {
  const r = results(format, before, col);
  const named = resultNamed(format, tail, 't3', col);
  const pick = named ?? (sign < 0 && r.whole && r.held.length === 1 ? r.held[0] : undefined);
  const id = pick ? `t3.${pick}.${col}` : '';
  const fits = pick && (sign > 0 ? r.whole || !r.held.length : num(before, id) >= k);
  if (fits) return { changes: [...changes, { target: id, value: num(before, id) + sign * k }], count: k, sign };
  // (Results not given yet: nothing else to change. Given: which one is asked.)
  if (!r.held.length) return { changes, count: k, sign };
  const targets = r.held.map((x) => `t3.${x}.${col}`);
  return { changes, count: k, sign, ask: { text: sign < 0 ? `需要您确认：重复记的${k}件原来记在哪个办理结果里？` : `需要您确认：漏记的${k}件是怎么办理的？请说明结果，如「那件也公开了」「那件转下年办理」。`, targets } };
}
