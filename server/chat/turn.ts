// One offline chat turn over a draft: undo, confirmation, corrections, 「其余都是0」, and the extractor's proposals.
// Values already filled are not overwritten without a 「是」; every change is one new version the clerk can undo.
// The reply is a few lines: the diff (official names, old → new), questions, one line of what is still missing.
import type { DraftRepo as DraftStore } from '../ports/index.js';
import type { DraftInput } from '../draft/types.js';
import { cellRef, tableDef, type FormatId } from '../format/index.js';
import { acknowledge } from './acknowledge.js';
import { REST_ZERO, restZeroScope } from './fillzero.js';
import { applyChanges, changeError, clearCells, currentCells, diffLine, missingOf, type Change, type Diff } from './apply.js';
import { propose } from './changes.js';
import { extract, type Ask } from './extract.js';
import { slipWord, type Orphan } from './extraction.js';
import type { ChatHistory, ChatState } from './history.js';
import { dropReplacedValues, isConfirm, isCorrection, isDecline, isUndo } from './mentions.js';
import { getDraft, restoreDraft, saveInput } from './save.js';
import { columnMoved, movedCounts, resultMoved, resultSwap, saysPartMoved } from './topic.js';
import { columnRenamed, partMoved, rowRenamed, valueRenamed, type PartMove } from './moves.js';
import { missedCases } from './missed.js';
import { recounted } from './recount.js';
import { digitCorrection } from './digits.js';
import { restated } from './restated.js';
import { ledgerTurn, opensLedger, type LedgerTurn } from './ledger.js';
import { cueNames, flatten, formatOfInput, kindOf, nameWithUnit, placesNamed, sameValue, showValue, targetName, type TargetId } from './targets.js';
import { normalise } from './tokens.js';
import { lastYearMarked, withoutSpeakers, yearColumn } from './pasted.js';
import { nearAsYuan, parseNumber } from './numerals.js';
import { cueKeysIn, cuesFor, KEEP } from './vocab.js';
import { compatibleUnits, DIGIT_SLIPPED, FACT_UNIT_ALIASES, slipOf, T3_INTAKE, t3ResultLeaves, unsureSentence, ZERO_SLIP } from './wordclasses.js';

export interface TurnResult {
  lines: string[];
  /** New draft version when the turn changed the draft. */
  version?: number;
  /** Export link when asked for one. */
  link?: { href: string; label: string };
  /** What changed (place, old → new). */
  diffs?: Diff[];
  /** Targets the reply asks about (a question, or a change waiting for 「是」). */
  asks?: TargetId[];
}

const MAX_DIFF_LINES = 8;
/** 「不对」 alone, or 「是上半年的」「是去年的」「是大概数」 after a value: the last turn's values are withdrawn and asked. */
// (「哦那个是去年的 今年的我还没统计」: the same, with this year's figure still to come.)
const TAKEN_BACK = /^(?:不对|错了|说错了|不是这个数|不对不对|不是)[。！!，,\s]*$|^(?:哦|噢|啊|呃)?[，,\s]*(?:这个|那个|刚才那个)?(?:数)?(?:是|只是|其实是)(?:上半年|下半年|[一二三四1-4]季度|前[三3]季度|去年|上年|部分月份|大概|估计|约数|大约)(?:的)?(?:数)?(?:[。！!，,\s]+(?:今年|本年)的?(?:数)?(?:我)?(?:还)?(?:没|没有|未)(?:统计|算|出来|定)[^。！!\d]{0,8})?[。！!，,\s]*$/;
// A doubt withdraws the last turn's values; 「我再核一下」「我再看看」 alone is a pause and withdraws nothing.
/** 「许可的准」「解读没错」: a value confirmed in the same message. */
const CONFIRMED = /[^，。；\s]{1,8}?(?:的)?(?:(?<![不没太定])准|没错|(?<![不没太定])对|没问题|不用改|不变)(?:的|啊|呢)?(?=[，。；\s]|$)/g;
// (「账号数我得再问下网信办」: a value named and another office still to be asked is waited on too.)
const WAIT_ON = /等[^，。；\d]{1,12}再(?:说|定|填|报)|(?:得|要|还得|还要)再?(?:问|核|核实|确认|落实)(?:一?下|问)/;
/** 「企业当我没说」「那句不算」: a value taken back outright is withdrawn as a doubted one is — unless what follows
 * says what it is instead (「当我没说，是企业5件」 is a correction). */
const WITHDRAWN = /当我没说|就当(?:我)?没说|当没说过?|(?:那|这|刚才那|上一)句不算/;
const RETRACT = /可能没那么多|没那么多|没这么多|心里没底|没底|(?:好像|可能|怕是|恐怕)(?:是)?(?:记|写|说|填)错了|可能有问题|好像不止|不止这些|不止这个数|可能不对|不太对|不太准|不准|不确定|不一定对|先别填|先不填|(?:先|暂时?)(?:别|不)(?:写|记|填)|放着别填|先放着|别填|(?:先|暂时?)别(?:往里|往上)(?:写|记|填)|对不上|好像不对|好像有问题|偏大|偏小|(?:先|暂时?)空着|空着吧|先空下|留空|记不清|拿不准|吃不准|拿不稳|没把握|别急着(?:填|写|记)|不太确定|不一定准|不一定|(?:好像|可能|怕是|估计)把[^，。；]{0,12}(?:也)?算(?:进去|进来|上)?了|有点悬|悬乎|心里打鼓|打鼓|(?:先|暂时?)(?:拿掉|去掉|撤掉|删掉)(?:吧|了|啊)?(?=[，。；\s]|$)|怕(?:把|是)[^，。；]{0,12}算(?:进去|进来|上)了/;
/** 「这是23年台账上的数」: a year said is no new figure. */
const YEAR_SAID = /(?:19|20)?\d{2}\s*年(?:度)?(?![\d零一二两三四五六七八九十]*\s*[件条次个篇])/g;
const MAX_QUESTIONS = 4;
/** Every place this conversation gave a value to (earlier turns and the last one). */
const givenInChat = (state: ChatState): string[] => [...new Set([...(state.chatSet ?? []), ...(state.lastSet ?? []).map((c) => c.target)])];
/** Words of a result or a reason (「申请人」 too: the person, not the applications). */
const RESULT_SAID = /申请人|补正|重复|信访|公开|不掌握|处理|撤回|逾期|缴费|交费/;
/** Words that say how many applications came in (not 申请人, not a result). */
const INTAKE_SAID = /收到|新收|受理|接到|结转|转过来|来了|申请[^，。；\s\d]{0,4}[\d一两二三四五六七八九十百]+\s*件|[\d一两二三四五六七八九十百]+\s*件\s*申请/;

/** Shorten quoted phrases so one question stays one line. */
// (The reader's invisible marks — before a number written out, 「2千零20」, and before another body's part of a message —
// never reach the clerk.)
const READER_MARKS = new RegExp(`[${KEEP}\u2064]`, 'g');
const shortQuotes = (q: string) => q.replace(READER_MARKS, '').replace(/「([^」]{31,})」/g, (_, p: string) => `「${p.slice(0, 28)}…」`);

function unitFamily(u?: string): string {
  if (!u) return '';
  if (u.endsWith('人次')) return '人次'; // participants, not events (培训3次 vs 参训120人次)
  for (const f of ['条篇件份个项', '次场期', '人名', '起宗', '元']) if (f.includes(u.slice(-1))) return f;
  return u;
}

/** A figure's unit fits a fact held in another: the same family, or one of the fact's own other units (「全年24期」 is
 * held as 24条: FACT_UNIT_ALIASES). */
const sameFamily = (target: string, held: string, u: string) => unitFamily(held) === unitFamily(u) || Boolean(FACT_UNIT_ALIASES[target.slice(5)]?.includes(u));

/** A correction's figure can be this place's: a fact of its unit family, an amount in money, a count in 件. */
function unitFits(format: FormatId, target: string, old: number, o: Orphan): boolean {
  const u = unitOf(o);
  if (!u) return true;
  if (kindOf(target) === 'fact') return sameFamily(target, showValue(target, old).replace(/^[\d.]+/, ''), u);
  if (kindOf(target) === 'fee' || cellRef(format, target)?.kind === 'amount') return /元|万|块/.test(u);
  return compatibleUnits(u, '件');
}

/** The unit of a number in a correction: the one after it, else the unit word said before it (「那个人次改成130」). */
const unitOf = (o: Orphan) => {
  if (o.unit) return o.unit;
  const at = o.raw ? o.phrase.lastIndexOf(o.raw) : -1;
  return [...o.phrase.slice(0, at < 0 ? o.phrase.length : at).matchAll(/人次|条|篇|件|场|期|次|人|元/g)].at(-1)?.[0];
};

/**
 * The places a correction without a subject changes. Several numbers whose units each name exactly one value of this
 * conversation (given, or offered and waiting), a different one each (「次数改为6 人次改成315」): each that one. Else
 * the last number: the last value the clerk gave of its unit, else the one value of the conversation in that unit.
 */
function correctedTargets(format: FormatId, orphans: Orphan[], state: ChatState, before: Record<string, unknown>, text: string): Change[] {
  const sameUnit = (t: string, v: unknown, u?: string) => !u || kindOf(t) !== 'fact' || sameFamily(t, showValue(t, v as number).replace(/^[\d.]+/, ''), u);
  const pool = new Map<string, unknown>();
  for (const t of state.chatSet ?? []) if (kindOf(t) === 'fact' && typeof before[t] === 'number') pool.set(t, before[t]);
  for (const c of state.confirm ?? []) if (kindOf(c.target) === 'fact' && typeof c.value === 'number') pool.set(c.target, c.value);
  const inUnit = (u?: string) => (u ? [...pool].filter(([t, v]) => sameUnit(t, v, u)).map(([t]) => t) : []);
  if (orphans.length > 1) {
    const each = orphans.map((o) => ({ o, ts: inUnit(unitOf(o)) }));
    if (each.every((x) => x.ts.length === 1) && new Set(each.map((x) => x.ts[0])).size === each.length) return each.map((x) => ({ target: x.ts[0], value: x.o.value }));
  }
  // (「少说了1件，是11件」「412是去年的 今年是438」: the last number is the new value.)
  const o = orphans[orphans.length - 1];
  // 「第一个数多写了个零 是六十」: the value that is ten times the new one (a tenth, for 少写了个零).
  const z = ZERO_SLIP.exec(text);
  const slip = z ? (slipOf(z) === '多' ? 10 : 0.1) : 0;
  if (slip) {
    for (const c of state.lastSet ?? []) if (typeof c.value === 'number') pool.set(c.target, before[c.target] ?? c.value);
    for (const t of state.chatSet ?? []) if (typeof before[t] === 'number') pool.set(t, before[t]);
    const hit = [...pool].filter(([t, v]) => typeof v === 'number' && Math.abs(v - (valueIn(format, t, o) ?? NaN) * slip) < 1e-9).map(([t]) => t);
    if (hit.length === 1) return [{ target: hit[0], value: valueIn(format, hit[0], o)! }];
    // 「1500那个 多敲了一个0」: the figure said is the old one; the slip gives the new.
    const old = [...pool].filter(([t, v]) => typeof v === 'number' && v === valueIn(format, t, o)).map(([t]) => t);
    if (old.length === 1 && Number.isInteger((before[old[0]] as number) / slip)) return [{ target: old[0], value: (before[old[0]] as number) / slip }];
    // 「3.8万 → 应为3.08万，中间漏了一个0」: a zero inside the figure — the value of the same unit that is the new figure
    // with one 0 taken out (少/漏) or put in (多).
    const oneZero = (from: number, to: number) => [...String(to)].some((c, i) => c === '0' && String(to).slice(0, i) + String(to).slice(i + 1) === String(from));
    const fits = (t: string, v: number, to: number) => unitFits(format, t, v, o) && (slip < 1 ? oneZero(v, to) : oneZero(to, v));
    const inside = [...pool].filter(([t, v]) => typeof v === 'number' && valueIn(format, t, o) !== undefined && fits(t, v, valueIn(format, t, o)!)).map(([t]) => t);
    if (inside.length === 1) return [{ target: inside[0], value: valueIn(format, inside[0], o)! }];
  }
  const u = unitOf(o);
  // 「六改九」「十五是错的 十三件才对」: the old figure said names the value it was (one of this conversation's).
  // (「不是15是16」: so does the figure denied.)
  // (「回应那个记成十五了」「六百零二是去年的」: so does the figure said to be mistaken or another year's.)
  // (「30那是去年底的数」「解读46那个 我看成去年的了」: 那/那个 and words between the figure and 去年 too.)
  // (「1530那个不对 是1350」: 那个 between the old figure and the error word.)
  const oldSaid = /([零〇一二两三四五六七八九十百千万\d.]+)\s*(?:件|条|篇|次|个|人次|元|部)?\s*(?:(?:那个|那|这个)?\s*(?:改成|改为|改|是错的|错了|不对|写错了|说错了|搞错了|有误)|(?:那个|那|这个)?[^，。；\d]{0,4}?(?:是|看成|当成|算成|记成)(?:了)?(?:去年|上年|往年|前年|两年|几年)[^，。；\d]{0,6}的)/.exec(text) ??
    /不是\s*([零〇一二两三四五六七八九十百千万\d.]+)\s*(?:件|条|篇|次|个|人次|元|人)?(?:\s*(?:而)?是|[，,\s]+(?:(?:台账|账|系统|表|报表|统计表|底子)(?:上|里)?|实际上?|其实|核实后|应该)?\s*(?:是|为)\s*[\d零〇一二两三四五六七八九十百千万])/.exec(text) ?? /(?<!应该|应当|(?<!回)应|就|得|要|改)(?:记成|打成|写成|填成)(?:了)?\s*([零〇一二两三四五六七八九十百千万\d.]+)\s*(?:件|条|篇|次|个|人次|元)?\s*了/.exec(text);
  const oldFigure = oldSaid?.[1];
  const oldValue = oldFigure && oldFigure !== o.raw ? parseNumber(oldFigure) : null;
  if (oldValue !== null) {
    const given = givenInChat(state);
    const hit = given.filter((t) => typeof before[t] === 'number' && before[t] === oldValue);
    if (hit.length === 1) return inValue(format, hit[0], o, before[hit[0]]);
  }
  // 「通知书是4份」 (after 「通知书那个数不对」): a value of this conversation named by a word of its name.
  // 「通知书那个数不对 是4份」: a value of this conversation named by a word of its name; words that name none of them
  // (「批的那个数字不对 二百八十」) are asked about, never put on the last value given.
  // (A word many places share, 「企业」, picks only among the last turn's values.)
  const named = namedInCorrection(text, o);
  // 「次数那里改成三次」「人数写错了」: a word for a unit names the one value of this conversation in that unit.
  // 「总数改成4,380」: 「总数」 names the one total this conversation gave (主动公开 total, or a 表三 总计 row said).
  if (named === '总' || named === '总量') {
    const totals = givenInChat(state).filter((t) => /total/.test(t) && typeof before[t] === 'number');
    return totals.length === 1 ? inValue(format, totals[0], o, before[totals[0]]) : [];
  }
  const unitNoun = named ? UNIT_NOUNS[named] : undefined;
  if (unitNoun) {
    // (次 and 人次 are one family of units: the exact unit decides between them.)
    const family = named === '人' ? [...new Set([...inUnit('人'), ...inUnit('人次')])] : inUnit(unitNoun);
    const exact = family.filter((t) => showValue(t, before[t] as number).replace(/^[\d.]+/, '') === unitNoun);
    const ts = named === '人' ? family : exact.length ? exact : family;
    return ts.length === 1 ? inValue(format, ts[0], o, before[ts[0]]) : [];
  }
  if (named) {
    const pool = placesNamed(format, named) > 1 ? (state.lastSet ?? []).map((c) => c.target) : givenInChat(state);
    // (「金额说错了 是230」 two turns after the amount: none of the last turn's, the one of this conversation's.)
    const byName = (ts: string[]) => ts.filter((t) => nameWithUnit(format, t).includes(named));
    const inPool = byName(pool);
    const hit = inPool.length ? inPool : byName(givenInChat(state).filter((t) => typeof before[t] === 'number'));
    if (hit.length === 1) return inValue(format, hit[0], o, before[hit[0]]);
    // 「废掉几件那个说多了」: a clerk's word for a place (a cue, 废掉 for 本年废止) names it when the official name does not.
    const byCue = hit.length ? [] : givenInChat(state).filter((t) => wordsCueNames(format, named, t));
    return byCue.length === 1 ? inValue(format, byCue[0], o, before[byCue[0]]) : [];
  }
  if (slip) return [];
  const last = [...(state.lastSet ?? [])].reverse().filter((c) => typeof c.value === 'number' && sameUnit(c.target, c.value, u));
  const own = inUnit(u);
  const target = last.length ? last[0].target : own.length === 1 ? own[0] : undefined;
  // (「不是58是85」 when the value it would change is not 58: the figure denied names another value — never this one.)
  // (Money said in 元 is held in 万元; 「上一条」 holds no figure of a value.)
  if (target && oldValue !== null && oldValue >= 2 && before[target] !== oldValue && before[target] !== oldValue / 10000) return [];
  return target ? inValue(format, target, o, before[target]) : [];
}

/** 「废掉几件那个说多了 只有1件」: a correction whose one change went to a place its words do not name, while they name
 * (by a clerk's word: 废掉 → 本年废止) exactly one value this conversation gave, corrects that value. */
function redirectByCue<C extends Change>(format: FormatId, body: string, kept: C[], state: ChatState, before: Record<string, unknown>): C[] {
  const given = givenInChat(state).filter((t) => typeof before[t] === 'number');
  // (「总数那个是去年的 今年是5,203」: 总数 names the one total given, never the last topic's channel.)
  const named = given.filter((t) => wordsCueNames(format, body, t) || (/总数|总量/.test(body) && /total/.test(t)));
  const stray = kept.filter((c) => typeof c.value === 'number' && !phraseNames(format, body, c.target));
  if (named.length !== 1 || stray.length !== 1 || kept.some((c) => c.target === named[0])) return kept;
  return kept.map((c) => (c === stray[0] ? { ...c, target: named[0] } : c));
}

/** Some words hold a strong cue of this place's 表二 column (a fact's words are the extractor's to read). */
const wordsCueNames = (format: FormatId, words: string, id: string) =>
  cuesFor(format).some((c) => !c.weak && c.target.t === 't2col' && words.includes(c.text) && cueNames(c.target as { t: string; key?: string }, id));

/** A correction's number as a value of its place: a 万元 cell takes 「六点五万」 and 「65000元」 as 6.5; a bare
 * large number there could be either unit (undefined: asked). */
// (「收了23500块」→「不对 账上是32500」: a bare figure correcting an amount is in 元 when read so it is near the old one.)
function valueIn(format: FormatId, target: string, o: Orphan, old?: unknown): number | undefined {
  if (cellRef(format, target)?.kind !== 'amount' || o.unit === '万元') return o.value;
  if (o.unit === '元' || /万/.test(o.raw ?? '')) return Math.round(o.value) / 10000;
  if (!o.unit && o.value >= 100 && nearAsYuan(old, o.value)) return Math.round(o.value) / 10000;
  return o.unit || o.value < 100 ? o.value : undefined;
}

const inValue = (format: FormatId, target: string, o: Orphan, old?: unknown): Change[] => {
  const value = valueIn(format, target, o, old);
  return value === undefined ? [] : [{ target, value }];
};

/** 「收费写错了 是12500元」: money 「收费」 in a correction is the one of the two fees the clerk gave in this conversation. */
function feeOfCorrection(correction: boolean, text: string, given: string[]): string {
  const t2 = given.includes('t2.fee.amount');
  const own = given.some((t) => t === 'fee.amountYuan' || t === 'fee.charged');
  if (!correction) return text;
  // 「收的那个钱写多了 八十元」「钱数记错了 是80」: money said plainly in a correction is the one fee the clerk gave.
  if (own && !t2) text = text.replace(/(?:收的)?(?:那个|那笔)?钱(?:数)?(?=[^，。；]{0,8}(?:\d|[零一二两三四五六七八九十百千]))/, '信息处理费');
  // 「处理费记错了 是260」: the fee was given in 元, so a bare figure correcting it is in 元 too.
  if (own) text = text.replace(/(处理费[^，。；\d]{0,10}?)(\d+(?:\.\d+)?)(?![\d.]|\s*(?:元|块|万|千|百))/g, '$1$2元');
  if (t2 === own) return text;
  return text.replace(/(?<!信息处理|事业性|行政)收费(?!通知|决定)/g, t2 ? '行政事业性收费' : '信息处理费');
}

/** Words of a correction that name nothing: references back, error words, the verbs of changing, periods, particles. */
// (「一下」 first: its 一 is no number, 「更正一下」 had left 「下」 as a name.)
const NOT_A_NAME = new RegExp(`(?:前面|后面|末尾|开头|中间|最后)?${DIGIT_SLIPPED}(?:个|一个)?|${/一下|(?:刚才?|刚刚|前面|上面|之前)(?:说|讲|报|填|写|给)(?:过)?|第[一二三四五六七八九十\d]+(?:条|句|个)|[零〇一二两三四五六七八九十百千\d.][零〇一二两三四五六七八九十百千万\d.]*\s*(?:人次|件|条|篇|个|起|项|场|期|份|名|元|块|次)?|刚才|刚刚|前面|上面|之前|(?:上|前)一?(?:条|句)|那个|这个|那块|这块|那条|那项|那行|那里|这里|那儿|那栏|那格|(?:看|抄|写|数)?漏了?(?:一位)?|(?:多|少)(?:打|写|敲|输)?了?一位|多(?:敲|打|输|按|写)了(?:一)?个|看(?:错|串)行了?|账上|账面上?|台账上?|系统里|漏看|重新说|重说|重报|抄串行了?|串行了?|抄错了?|实际|我们|不对|(?:写|说|记|填|弄|搞|打|看|算|敲|输|按|抄)(?:错|岔|多|少|反)了?|颠倒了?|(?:前|后|末|头)(?:两|三|四|几)?位|(?:少|多)(?:说|写|记|填|算|打)了?|错了|(?:多|少)(?:打|写|输|敲|填)?了?一?个零|有误|应该|应当|应为|实际上|实际|其实|改成|改为|改到|写成|填成|更正为|更正|数字|这个数|那个数|今年|全年|本年|去年|上年|上半年|下半年|季度|不是|一下|改一下|ok|[是为应我数就吧哦噢啊呃嗯额了的呢那这改\d.，,。；、:：\s]/.source}`, 'gi');

/** The words before a correction's number that name what it is of (「通知书那个数不对 是4份」 → 通知书,
 * 「来听课的人数写错了 八十」 → 来听课人), from the message (the number's own clause may hold none of them). */
// (「数」 is taken out as a word that names nothing: 「次数」 arrives as 「次」.)
// (「人数」 may be people (专职 3人) or attendances (200人次): with values in both, asked.)
const UNIT_NOUNS: Record<string, string> = { 次: '次', 场次: '次', 人: '人', 人次: '人次', 条: '条', 篇: '篇' };

function namedInCorrection(text: string, o: Orphan): string | undefined {
  const at = o.raw ? text.lastIndexOf(o.raw) : -1;
  return at > 0 ? nameWords(text.slice(0, at).replace(/^[\s\S]*[。；\n]/, '')) : undefined;
}

/** What is left of some words once those that name nothing are out, when it could be a name (1–12 characters). */
function nameWords(s: string): string | undefined {
  const words = s.replace(NOT_A_NAME, '');
  return /^[\u4e00-\u9fa5]{1,12}$/.test(words) ? words : undefined;
}

/** 「次数没错」「网站那个是对的」「通知书不变」: a place said to stay as it is (with no figure of its own). */
const STAYS = /(?<=^|[，,\s])[^，。；\s\d]{1,8}(?:没错|是对的|对的|不变|不用改|没问题)(?=[，,\s]|$)/g;

/** 「公开栏那个数没毛病」「废止那个3没错」「其他两个对的」: a clause saying a value it points at is right changes nothing
 * (its 没 is no zero, its figure no new value). A pointer is needed: 「网站运行没问题」 says nothing of a value. */
const CONFIRMS = /(?<=^|[，,。；;\s])[^，,。；;\s]{0,8}(?:[那这](?:个|项|条|块|行|栏|俩|两个|几个)|[那这]\s*[\d一两二三四五六七八九十]+\s*[件条篇次个]|数字|个数|那数|其他|其余|剩下的?)[^，,。；;\s]{0,6}?(?:没错|没毛病|没有错|没问题|没得问题|是对的|对的|对着呢|不用改|不用动|没变)(?:的|啊|呢|了|哈)?(?=[，,。；;\s]|$)/g;

/** A confirming clause says only that held values are right: no correction word, no figure that is not held. */
function confirmsHeld(clause: string, before: Record<string, unknown>): boolean {
  if (/改|应该|应当/.test(clause)) return false;
  const figures = clause.match(/\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]{2,}|(?<![那这其])[一二两三四五六七八九十]/g) ?? [];
  return figures.every((x) => Object.values(before).includes(parseNumber(x) ?? NaN));
}

/** Rows of applications (received, carried over, carried on), as against results. */
const INTAKE_ROWS = new Set([...T3_INTAKE, 'next']);
/** 「另一件其实是个人」「有两件实际上算律所」: a number of cases, then what they are. */
const CASES_ARE = (adverb: '' | '?') => new RegExp(`(?:[一两二三四五六七八九十\\d]+|另一|那)件\\s*(?:其实|实际上|实际|应该|应当)${adverb}(?:是|算)`);
const MOVED_CASES = CASES_ARE('');
/** The same said plainly (「有两件是…」). */
const PART_CASES = CASES_ARE('?');
/** 「有两件是员工替单位要的」 of a 表三 count: what follows 是 names neither the cell's group nor its row. */
function partOfOther(format: FormatId, phrase: string, target: string): boolean {
  const m = PART_CASES.exec(phrase);
  if (!m) return false;
  const rest = phrase.slice(m.index + m[0].length);
  const [, row, col] = target.split('.');
  return !cueKeysIn(format, rest, 't3col').includes(col) && !cueKeysIn(format, rest, 't3row').includes(row);
}
function correctedCell(c: Change, before: Record<string, unknown>, given: string[]): Change {
  const m = /^t3\.(\w+)\.(\w+)$/.exec(c.target);
  // (A 0 is often a negation's, 「我们没有」: never moved onto a count the clerk gave.)
  if (!m || c.value === 0 || (before[c.target] !== undefined && before[c.target] !== null) || given.includes(c.target)) return c;
  const same = given.filter((t) => {
    const g = /^t3\.(\w+)\.(\w+)$/.exec(t);
    return g && g[2] === m[2] && INTAKE_ROWS.has(g[1]) === INTAKE_ROWS.has(m[1]) && typeof before[t] === 'number';
  });
  return same.length === 1 ? { target: same[0], value: c.value } : c;
}

/** Words for a total or an amount, not the name of a place (「总数写错了 880」「钱数不对」). */
const GENERIC_NAME = /^(?:总数|总共|合计|总量|钱|金额|数额|费用|件数|条数)$/;

/** The message's last number and the words of its own clause before it, with the words that name nothing left out
 * (「批的那个数字不对 二百八十」 → 批, 280). */
function namedBeforeLastNumber(text: string): { value: number; words: string } | undefined {
  const last = lastNumber(text);
  if (!last || last.at <= 0) return undefined;
  const clause = text.slice(0, last.at).replace(/\s+$/, '').split(/[，,。；\s]/).filter(Boolean).at(-1) ?? '';
  const words = nameWords(clause);
  return words ? { value: last.value, words } : undefined;
}

const PLAIN_DELETE = /(?:拿掉|去掉|撤掉|删掉|删了|删除|划掉)(?:吧|了|啊)?(?=[，。；\s]|$)/;
const SWAPPED = /(?:搞|弄|写|填|记|录|报|说)?(?:反了|颠倒了?|倒了)|对调|调换|互换/;
const OTHERS_DENIED = /(?:其他|其它|其余|别的|剩下的?|剩余的?|另外的|此外)[^，。；\d]{0,12}?(?:没有|没|无|都是0|都是零|为0|为零)/;

/** The message's only figure is the 0 of 「多打了个0」. */
function slipIsAllNumbers(text: string): boolean {
  const z = ZERO_SLIP.exec(text);
  return !!z && !/\d|[两三四五六七八九十百千万]/.test(text.replace(z[0], ''));
}

/** 「X少写了一个零」 with no number: X (named, or the last turn's only number) times ten; 「多写了」 a tenth if whole. */
function zeroSlipOnly(format: FormatId, text: string, state: ChatState, before: Record<string, unknown>): Change | undefined {
  const z = ZERO_SLIP.exec(text);
  if (!z || !slipIsAllNumbers(text)) return undefined;
  const words = text.slice(0, z.index).replace(/末尾|最后|后面|后边/g, '').replace(NOT_A_NAME, '');
  const given = givenInChat(state).filter((t) => typeof before[t] === 'number');
  // (「参训人次多按了个0」: named by a cue or a unit word, as a doubt names a value.)
  const byName = words ? given.filter((t) => nameWithUnit(format, t).includes(words)) : [];
  const hits = !words ? (state.lastSet ?? []).map((c) => c.target).filter((t) => typeof before[t] === 'number') : byName.length ? byName : namedAmong(format, words, given);
  if (hits.length !== 1) return undefined;
  const v = before[hits[0]] as number;
  const value = slipOf(z) === '多' ? v / 10 : v * 10;
  return Number.isInteger(value) || kindOf(hits[0]) !== 'cell' ? { target: hits[0], value } : undefined;
}

const LAST_POSITION: [RegExp, (n: number) => number] = [/最后一个|最后那个/, (n) => n - 1];
const POSITION: [RegExp, (n: number) => number][] = [
  [/第(?:一|1)个|前一个|头一个|第一项/, () => 0],
  [/第(?:二|2)个|后一个|第二项/, () => 1],
  [/第(?:三|3)个|第三项/, () => 2],
  LAST_POSITION,
  // (「公众号712条 网站2760条」→「后面那个改成2670」: of two values, 前面/后面那个 is the first or the second.)
  [/(?:前面|前边|前头)(?:的)?那个/, (n) => (n === 2 ? 0 : -1)],
  [/(?:后面|后边|后头)(?:的)?那个/, (n) => (n === 2 ? 1 : -1)],
  // (「许可九十一 处罚四十四 强制零」→「中间那个写错了 是四十七」: of three, the middle one.)
  [/中间(?:的)?那(?:个|项)/, (n) => (n === 3 ? 1 : -1)],
];

/** A correction naming a value of the last turn by its place (「第二个」「前一个」) and giving its new number. */
function positionCorrection(text: string, lastSet: Change[]): Change | undefined {
  // (One value given last turn: 「最后那个」 is that one; 「第一个」 may count from an earlier turn, so it is not.)
  if (!lastSet.length) return undefined;
  const hit = POSITION.find(([re]) => re.test(text));
  if (lastSet.length === 1 && hit !== LAST_POSITION) return undefined;
  // (「最后那个数是13 不是31」: the number denied is no new value.)
  // (「第二个数不对 公开的是4件 还有1件是部分公开」: the first figure after the position, not the message's last.)
  const rest = dropReplacedValues(text);
  const pos = hit ? hit[0].exec(rest) : null;
  // (「第二个数多写了1 应该是4次」「一时手快写错了 应该是4」: the figure a copula gives, else the message's last.)
  const last = (pos ? copulaNumber(rest.slice(pos.index + pos[0].length)) : undefined) ?? lastNumber(rest);
  if (!hit || !last) return undefined;
  const target = lastSet[hit[1](lastSet.length)];
  return target && typeof target.value === 'number' ? { target: target.target, value: last.value } : undefined;
}

// (A difference with its unit, right after 了: 「多算了 一千零一十」 is the new figure, 「少写了一个零」 a slip of a zero.)
// (「多写了一个5」: a digit typed twice, not one case — 个 before a digit counts digits.)
// (「处罚少算了执法大队的17件」: whose cases they were may come between.)
const RELATIVE_SLIP = /(少|多)(?:说|写|算|报|记|填|打|统计)了(?:[^，。；\d零〇一二两三四五六七八九十]{1,8}?的)?([零〇一二两三四五六七八九十百千\d]+)(?:件|条|篇|次|个(?![零〇0-9一二两三四五六七八九])|人次|期|场|起|项|份)/;
/** 「有效的少说了一件」: the one value of this conversation the words before name (else the last turn's only one), moved by N. */
function relativeCorrection(format: FormatId, text: string, state: ChatState, before: Record<string, unknown>): Change | 'ambiguous' | undefined {
  const m = RELATIVE_SLIP.exec(text);
  const n = m ? parseNumber(m[2]) : null;
  if (!m || n === null || n <= 0) return undefined;
  const words = text.slice(0, m.index);
  // The targets the most cues of the words name (「规范性文件有效的」: the row and its 现行有效 column).
  const cues = cuesFor(format).filter((c) => !c.weak && words.includes(c.text));
  const score = (t: string) => cues.filter((c) => cueNames(c.target, t)).length;
  // (Of this conversation's values first; else one the draft already held: 「处罚少算了…17件」 with 处罚 140 in it.)
  const chat = givenInChat(state).filter((t) => typeof before[t] === 'number');
  const given = chat.some((t) => score(t) > 0) ? chat : Object.keys(before).filter((t) => typeof before[t] === 'number');
  const best = Math.max(0, ...given.map(score));
  const named = cues.length ? given.filter((t) => best > 0 && score(t) === best) : (state.lastSet ?? []).map((c) => c.target).filter((t) => typeof before[t] === 'number');
  if (named.length !== 1) return 'ambiguous';
  const value = (before[named[0]] as number) + (m[1] === '少' ? n : -n);
  return value >= 0 ? { target: named[0], value } : 'ambiguous';
}

/** Where the message's last number starts (digits or Chinese numerals), or -1. */
function lastNumberAt(text: string): number {
  // (「改一下」「一些」: no number.)
  const all = [...text.matchAll(/[零〇一二两三四五六七八九十百千万\d][零〇一二两三四五六七八九十百千万\d.]*(?<!一(?=[下些点样直定般共起]))/g)];
  return all.length ? all[all.length - 1].index! : -1;
}

/** The first figure a copula gives (「应该是4」「公开的是4件」), and its value. */
function copulaNumber(text: string): { at: number; value: number } | undefined {
  const m = /(?:应该是|应为|改成|改为|是|为)\s*([零〇一二两三四五六七八九十百千万\d][零〇一二两三四五六七八九十百千万\d.]*)/.exec(text);
  // (「是一时手快」: 一 alone before such a word is no figure.)
  if (m && m[1] === '一' && /^[下些点样直定般共起时]/.test(text.slice(m.index + m[0].length))) return undefined;
  const value = m ? parseNumber(m[1]) : null;
  return m && value !== null ? { at: m.index, value } : undefined;
}

/** The message's last number, where it starts and its value (undefined when there is none or it does not parse). */
function lastNumber(text: string): { at: number; value: number } | undefined {
  const at = lastNumberAt(text);
  const value = at < 0 ? null : parseNumber(/^[零〇一二两三四五六七八九十百千万\d.]+/.exec(text.slice(at))![0]);
  return value === null ? undefined : { at, value };
}

/** Whether the words say a word of a change's place (a cue of that row, column or fact), not only a number. */
// (A group key, 「@…」, names every row or column of its table; any cue names a meta target.)
function phraseNames(format: FormatId, phrase: string, target: TargetId): boolean {
  return cuesFor(format).some((c) => {
    if (!phrase.includes(c.text.replaceAll('\u2063', '、'))) return false;
    const t = c.target as { t: string; key?: string };
    if (target.startsWith('meta.')) return true;
    return cueNames(t, target) || (/^t[234](?:row|col)$/.test(t.t) && target.startsWith(`${t.t.slice(0, 2)}.`) && Boolean(t.key?.startsWith('@')));
  });
}

/** Cells asked about that are still blank (an answer, or any value, ends the question). */
function stillAsked(input: DraftInput, targets: string[]): string[] {
  const cur = currentCells(input);
  return [...new Set(targets)].filter((t) => kindOf(t) === 'cell' && (cur[t] === undefined || cur[t] === null));
}

function reply(format: FormatId, o: { version?: number; diffs: Diff[]; held: Change[]; before: Record<string, unknown>; questions: string[]; missing: string[]; nothing: boolean; same?: boolean; ack?: string[] | null }): string[] {
  const lines: string[] = [];
  if (o.diffs.length) {
    lines.push(`已更新草稿（第${o.version}版）：`);
    lines.push(...o.diffs.slice(0, MAX_DIFF_LINES).map(diffLine));
    if (o.diffs.length > MAX_DIFF_LINES) lines.push(`· ……共${o.diffs.length}处（完整列表见版本历史）`);
  }
  if (o.held.length) {
    lines.push('以下位置已有数值，回复「是」改为新值，回复「不」保留原值：');
    lines.push(...o.held.slice(0, MAX_DIFF_LINES).map((c) => `· ${targetName(format, c.target)}：${showValue(c.target, o.before[c.target] as never)} → ${showValue(c.target, c.value)}`));
  }
  if (o.questions.length) {
    lines.push('需要您确认：', ...o.questions.slice(0, MAX_QUESTIONS).map((q) => `· ${shortQuotes(q)}`));
    if (o.questions.length > MAX_QUESTIONS) lines.push(`· 另有${o.questions.length - MAX_QUESTIONS}处需要说明，请分几次告诉我。`);
  }
  if (o.same) lines.push('草稿中已是这些数值，没有改动。');
  if (o.nothing && o.ack) lines.push(...o.ack);
  else if (o.nothing)
    lines.push('这句话里没有找到能填进报告的数字或事实。可以这样说：「主动公开信息61条」「收到自然人申请3件，其中予以公开2件」「没有行政复议和行政诉讼」「未收取信息处理费」。');
  if (o.diffs.length) lines.push('说「撤销」可撤回本轮修改。');
  if (o.missing.length) lines.push(`还缺：${o.missing.slice(0, 6).join('、')}${o.missing.length > 6 ? `等${o.missing.length}项` : ''}。`);
  return lines;
}

/** A count moved from one cell to another: saved, kept as this turn's own value (undoable), told with its diff. */
async function recordMove(drafts: DraftStore, history: ChatHistory, draftId: string, state: ChatState, undoBefore: number, input: DraftInput, diffs: Diff[], move: { from: string; to: string; value: number }, text: string, how: string): Promise<TurnResult> {
  const format = formatOfInput(input);
  const version = await save(drafts, draftId, input, `对话：${text.slice(0, 40)}`);
  const chatSet = [...new Set([...(state.chatSet ?? []).filter((t) => t !== move.from), move.to])];
  await history.setState(draftId, { ...state, lastSet: [{ target: move.to, value: move.value }], chatSet, undo: { before: undoBefore, after: version } });
  return { lines: [`好的，${targetName(format, move.from)}的${move.value}${how}${targetName(format, move.to)}：`, ...diffs.map(diffLine), '说「撤销」可撤回本轮修改。'], version, diffs };
}

const t3ColumnLabel = (format: FormatId, key: string) => tableDef(format, 't3').blocks[0].columns.find((c) => c.key === key)?.label ?? key;

/** Values moved whole to other places (their old cells emptied, not 0): saved as this turn's own, undoable, told with the diff. */
async function moveWhole(drafts: DraftStore, history: ChatHistory, draftId: string, state: ChatState, d: { input: DraftInput; currentVersion: number }, before: Record<string, unknown>, moves: { from: string; to: string }[], text: string, heading: string): Promise<TurnResult> {
  const cleared = clearCells(d.input, moves.map((m) => m.from));
  const moved = moves.map((m) => ({ target: m.to, value: before[m.from] as number }));
  const r = applyChanges(cleared.input, moved);
  const version = await save(drafts, draftId, r.input, `对话：${text.slice(0, 40)}`);
  const chatSet = [...new Set([...(state.chatSet ?? []).filter((t) => !moves.some((m) => m.from === t)), ...moved.map((c) => c.target)])];
  await history.setState(draftId, { ...state, confirm: undefined, lastSet: moved, chatSet, undo: { before: d.currentVersion, after: version } });
  const diffs = [...cleared.diffs, ...r.diffs];
  return { lines: [heading, ...diffs.map(diffLine), '说「撤销」可撤回本轮修改。'], version, diffs };
}

/** The other cells of a 表三 column whose whole intake moved to another column, each with where it goes. */
function wholeColumn(format: FormatId, part: PartMove, before: Record<string, unknown>): { from: string; to: string; value: number }[] {
  const [ft, fr, fc] = part.from.split('.');
  const [tt, tr, tc] = part.to.split('.');
  if (!part.whole || ft !== 't3' || tt !== 't3' || fr !== tr || fc === tc || !T3_INTAKE.has(fr)) return [];
  if ([...T3_INTAKE].some((r) => r !== fr && Number(before[`t3.${r}.${fc}`] ?? 0) > 0)) return [];
  return t3ResultLeaves(format)
    .filter((r) => typeof before[`t3.${r}.${fc}`] === 'number')
    .map((r) => ({ from: `t3.${r}.${fc}`, to: `t3.${r}.${tc}`, value: before[`t3.${r}.${fc}`] as number }));
}

/** Part of a count moved (see moves.ts): the count it leaves keeps the rest (emptied when all of it was misplaced). */
async function movePart(drafts: DraftStore, history: ChatHistory, draftId: string, state: ChatState, d: { input: DraftInput; currentVersion: number }, before: Record<string, unknown>, part: PartMove, text: string): Promise<TurnResult> {
  const format = formatOfInput(d.input);
  const left = (before[part.from] as number) - part.value;
  const joined = ((before[part.to] as number | undefined) ?? 0) + part.value;
  // (A whole applicant group moved — 「企业那4件写错了 是个人申请的」 — takes its whole column: every result of it, emptied
  // where it was; only when the column holds no other intake's cases.)
  const column = wholeColumn(format, part, before);
  const cleared = part.whole ? clearCells(d.input, [part.from, ...column.map((c) => c.from)]) : { input: d.input, diffs: [] as Diff[] };
  // (The cases' other cell moves too: 「…其实是律所申请的」 moves the applications and their result.)
  const also = column.length
    ? column.map((c) => ({ target: c.to, value: ((before[c.to] as number | undefined) ?? 0) + c.value }))
    : part.also ? [{ target: part.also.from, value: (before[part.also.from] as number) - part.value }, { target: part.also.to, value: ((before[part.also.to] as number | undefined) ?? 0) + part.value }] : [];
  const r = applyChanges(cleared.input, [...(part.whole ? [] : [{ target: part.from, value: left }]), { target: part.to, value: joined }, ...also]);
  const diffs = [...cleared.diffs, ...r.diffs];
  const version = await save(drafts, draftId, r.input, `对话：${text.slice(0, 40)}`);
  const lastSet = [...(part.whole ? [] : [{ target: part.from, value: left }]), { target: part.to, value: joined }, ...also];
  const chatSet = [...new Set([...(state.chatSet ?? []).filter((t) => !part.whole || t !== part.from), part.to, ...also.map((c) => c.target)])];
  // (Cases moved to another applicant: that applicant is what the next message speaks of — 「这两件也公开了」.)
  const [toTable, , toCol] = part.to.split('.');
  const topic = toTable === 't3' && toCol !== part.from.split('.')[2] && state.topic ? { ...state.topic, t3col: toCol } : state.topic;
  await history.setState(draftId, { ...state, confirm: undefined, lastSet, chatSet, topic, undo: { before: d.currentVersion, after: version } });
  return { lines: [`好的，${targetName(format, part.from)}中的${part.value}件改记在${targetName(format, part.to)}：`, ...diffs.map(diffLine), '说「撤销」可撤回本轮修改。'], version, diffs };
}


/** Ledger entries (see ledger.ts): each cell takes its entries; a cell the clerk filled otherwise is asked about first. */
async function recordLedger(drafts: DraftStore, history: ChatHistory, draftId: string, state: ChatState, d: { input: DraftInput; currentVersion: number }, before: Record<string, unknown>, l: LedgerTurn, text: string): Promise<TurnResult> {
  const format = formatOfInput(d.input);
  // (A cell is the ledger's while it holds just what the entries add up to: 「个人申请一共3件」 said after a story owns it.)
  const held = new Map<string, number>();
  for (const e of state.ledger ?? []) for (const c of [`t3.${e.intake}.${e.col}`, `t3.${e.result}.${e.col}`]) held.set(c, (held.get(c) ?? 0) + 1);
  const owned = new Set([...held].filter(([c, n]) => before[c] === undefined || before[c] === n).map(([c]) => c));
  const cells = Object.keys(l.delta).filter((c) => l.delta[c] !== 0);
  const taken = cells.filter((c) => typeof before[c] === 'number' && !owned.has(c));
  const unclear = l.unclear.map((w) => `· 「${w.slice(0, 24)}」：申请人类别或办理结果不清楚，没有记入；请补充，如「个人 予以公开」「公司 商业秘密 不予公开」。`);
  if (taken.length || cells.some((c) => Number(before[c] ?? 0) + l.delta[c] < 0)) {
    return { lines: [`草稿里${taken.map((c) => `「${targetName(format, c)}」已有 ${showValue(c, before[c] as number)}`).join('、') || '这些格'}，不是按台账逐条记的。台账要从头逐条记，还是保留原数？请先说明，这一轮没有改动。`, ...unclear], asks: taken };
  }
  const changes = cells.map((c) => ({ target: c, value: Number(before[c] ?? 0) + l.delta[c] }));
  // (A cell the ledger alone filled and an entry struck or moved leaves with none is emptied, not 0.)
  const emptied = changes.filter((c) => c.value === 0 && owned.has(c.target)).map((c) => c.target);
  const cleared = clearCells(d.input, emptied);
  const applied = applyChanges(cleared.input, changes.filter((c) => !emptied.includes(c.target)));
  const input = applied.input;
  const diffs = [...cleared.diffs, ...applied.diffs];
  const version = diffs.length ? await save(drafts, draftId, input, `对话：${text.slice(0, 40)}`) : undefined;
  const chatSet = [...new Set([...(state.chatSet ?? []), ...cells])];
  // (A story of one application keeps entries, but opens no ledger: the next line is read as any other.)
  await history.setState(draftId, { ...state, confirm: undefined, ledger: l.entries, ledgerOpen: l.story ? state.ledgerOpen : true, lastSet: changes, chatSet, ...(version ? { undo: { before: d.currentVersion, after: version } } : {}) });
  return { lines: [`好的，按台账记下（台账共 ${l.entries.length} 件）：`, ...diffs.map(diffLine), ...unclear, ...(diffs.length ? ['说「撤销」可撤回本轮修改。'] : [])], version, diffs };
}

/** Changes a turn decided outright (cases left out, a recount, a restatement): saved and told with their diff; what is
 * left open is asked (with the places' values when it names them). */
async function recordChanges(drafts: DraftStore, history: ChatHistory, draftId: string, state: ChatState, d: { input: DraftInput; currentVersion: number }, changes: Change[], head: string, text: string, ask?: { text: string; targets: string[] }): Promise<TurnResult> {
  const format = formatOfInput(d.input);
  const asked = ask ? [ask.text, ...ask.targets.map((t) => `· ${targetName(format, t)}：${showValue(t, flatten(d.input)[t])}`)] : [];
  if (!changes.length) return { lines: ['没有改动。', ...asked], asks: ask?.targets ?? [] };
  const { input, diffs } = applyChanges(d.input, changes);
  const version = await save(drafts, draftId, input, `对话：${text.slice(0, 40)}`);
  const chatSet = [...new Set([...(state.chatSet ?? []), ...changes.map((c) => c.target)])];
  await history.setState(draftId, { ...state, confirm: undefined, lastSet: changes, chatSet, undo: { before: d.currentVersion, after: version } });
  return { lines: [head, ...diffs.map(diffLine), ...asked, '说「撤销」可撤回本轮修改。'], version, diffs, asks: ask?.targets ?? [] };
}

/** The places among `targets` that some words name (by a cue of the place, or a fact's unit only one of them has). */
function namedAmong(format: FormatId, text: string, targets: string[]): string[] {
  const cues = cuesFor(format).filter((c) => !c.weak && text.includes(c.text));
  const byCue = targets.filter((id) => cues.some((c) => cueNames(c.target, id)));
  if (byCue.length) return byCue;
  // (「督查那条删掉 那3次…」 after 「培训2次」: a place named by its cue is that place, never another by its unit.)
  if (cues.some((c) => c.target.t === 'fact' || c.target.t === 't2row')) return [];
  // (「人次好像没这么多」: 人次, not the 次 inside it.)
  const unitOf = (id: string) => nameWithUnit(format, id).slice(targetName(format, id).length);
  // (A unit inside a longer unit word is not said: 「人次」 holds no 「次」 of 督查检查.)
  const said = (u: string) => (u === '次' ? text.replace(/人次/g, ' ') : text).includes(u);
  const byUnit = targets.filter((id) => id.startsWith('fact:') && unitOf(id) && said(unitOf(id)));
  const longest = Math.max(0, ...byUnit.map((id) => unitOf(id).length));
  const best = byUnit.filter((id) => unitOf(id).length === longest);
  if (best.length === 1) return best;
  // (「前面收费那个」: a word of two characters or more inside exactly one place's official name.)
  const words = text.replace(NOT_A_NAME, ' ').split(/\s+/).filter((w) => w.length >= 2);
  const byName = targets.filter((id) => words.some((w) => targetName(format, id).includes(w)));
  return byName.length === 1 ? byName : [];
}


/** Some values withdrawn and asked about again: back to `was` (by default what they were before the last turn; a value
 * given turns earlier goes back to blank, `{}`). */
async function withdraw(drafts: DraftStore, history: ChatHistory, draftId: string, state: ChatState, d: { input: DraftInput; currentVersion: number }, targets: string[], was?: Record<string, unknown>): Promise<TurnResult> {
  const format = formatOfInput(d.input);
  if (!was) {
    const old = state.undo ? await drafts.version(draftId, state.undo.before) : undefined;
    was = old ? flatten(old.input) : {};
  }
  const empty = targets.filter((t) => was![t] === undefined || was![t] === null);
  const cleared = clearCells(d.input, empty);
  const r = applyChanges(cleared.input, targets.filter((t) => !empty.includes(t)).map((t) => ({ target: t, value: was![t] as Change['value'] })));
  const diffs = [...cleared.diffs, ...r.diffs];
  const version = await save(drafts, draftId, r.input, '对话：撤回存疑的数');
  await history.setState(draftId, { ...state, confirm: undefined, lastSet: (state.lastSet ?? []).filter((c) => !targets.includes(c.target)), undo: { before: d.currentVersion, after: version } });
  return { lines: ['好的，先撤回您存疑的数，核实后再告诉我：', ...diffs.map(diffLine), `· 待核实：${targets.map((t) => targetName(format, t)).join('、')}`], version, diffs, asks: targets };
}

async function save(drafts: DraftStore, draftId: string, input: Parameters<typeof saveInput>[2], note: string) {
  return (await saveInput(drafts, draftId, input, note)).currentVersion;
}

/** Undo: the draft returns to the version before the last changing turn (a new version, history kept). */
async function undo(drafts: DraftStore, history: ChatHistory, draftId: string, state: ChatState): Promise<TurnResult> {
  if (!state.undo) return { lines: ['没有可以撤销的对话修改。'] };
  const cur = await getDraft(drafts, draftId);
  const old = await drafts.version(draftId, state.undo.before);
  if (!old) return { lines: ['没有可以撤销的对话修改。'] };
  const restored = await restoreDraft(drafts, draftId, state.undo.before);
  const format = formatOfInput(restored.input);
  const a = flatten(cur.input);
  const b = flatten(restored.input);
  const diffs: Diff[] = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((t) => !sameValue(a[t], b[t]))
    .map((t) => ({ target: t, what: targetName(format, t), from: showValue(t, a[t]), to: showValue(t, b[t]) }));
  await history.setState(draftId, { pending: [] });
  return {
    lines: [`已撤销上一轮修改，草稿恢复到第${state.undo.before}版的内容（保存为第${restored.currentVersion}版）：`, ...diffs.slice(0, MAX_DIFF_LINES).map(diffLine)],
    version: restored.currentVersion,
    diffs,
  };
}

/** 「哎呀 刚才说错了…」「唉，…」: an exclamation opening a message says nothing (「哦，是…」 is kept: it corrects). */
const EXCLAMATION = /^(?:哎呀呀|哎呀|哎哟|哎|唉|嗐|啊呀|妈呀|天哪)+[，,。！!~～\s]*(?=\S)/;

/** A turn that is not a command: what the clerk said becomes changes, questions, or a change waiting for 「是」. */
export async function chatTurn(drafts: DraftStore, history: ChatHistory, draftId: string, raw: string): Promise<TurnResult> {
  const typed = lastYearMarked(withoutSpeakers(normalise(raw.trim())).replace(EXCLAMATION, ''));
  const state = await history.state(draftId);
  if (isUndo(typed)) return undo(drafts, history, draftId, state);
  const d = await getDraft(drafts, draftId);
  const text = yearColumn(typed, d.input.meta.year);
  const format = formatOfInput(d.input);
  const before = flatten(d.input);

  if (state.confirm?.length && (isConfirm(text) || isDecline(text))) {
    if (isDecline(text)) {
      await history.setState(draftId, { ...state, confirm: undefined });
      return { lines: ['好的，保留原值，没有修改。'] };
    }
    const { input, diffs } = applyChanges(d.input, state.confirm);
    const version = diffs.length ? await save(drafts, draftId, input, '对话：确认修改') : undefined;
    await history.setState(draftId, { ...state, confirm: undefined, lastSet: state.confirm, chatSet: [...new Set([...(state.chatSet ?? []), ...state.confirm.map((c) => c.target)])], ...(version ? { undo: { before: d.currentVersion, after: version } } : {}) });
    return { lines: reply(format, { version, diffs, held: [], before, questions: [], missing: missingOf(input), nothing: false }), version, diffs };
  }
  if (isConfirm(text) && !state.confirm?.length) return { lines: ['好的。目前没有等待确认的修改。'] };
  // 「收费五百元」→「是信息处理费」: the answer names one of the places asked about; the figure offered goes there.
  // (Only a plain answer: 「信息处理费没收」「不是信息处理费」「是信息处理费吗」「…我再问问」 are read as any other turn.)
  const plainAnswer = text.length <= 16 && !/\d|[零〇一二两三四五六七八九十百千万]{1,}\s*(?:件|条|元|次|篇|个)/.test(text) && !/没|不|未|无|吗|？|\?|问问|确认|核实|还没|可能|好像|大概|也许|估计/.test(text);
  const chosen = state.choose && plainAnswer ? namedAmong(format, text, state.choose.targets) : [];
  if (chosen.length === 1) {
    // (The fee question offers 元: 表二's column counts 万元.)
    const value = chosen[0] === 't2.fee.amount' && state.choose!.targets.includes('fee.amountYuan') ? state.choose!.value / 10000 : state.choose!.value;
    // (An amount of 信息处理费 says a fee was charged.)
    const also: Change[] = chosen[0] === 'fee.amountYuan' ? [{ target: 'fee.charged', value: value > 0 }] : [];
    return recordChanges(drafts, history, draftId, { ...state, choose: undefined }, d, [{ target: chosen[0], value }, ...also], '好的，按您说的记上：', text);
  }
  // 「第1件 申请人李春花 要征地补偿安置方案 予以公开」: a ledger read one application at a time.
  const ledger = ledgerTurn(format, text, state.ledger ?? [], Boolean(state.ledgerOpen));
  if (ledger) return recordLedger(drafts, history, draftId, state, d, before, ledger, text);
  // 「我对着登记本一条条报」: a ledger opened, its entries to come — nothing to fill yet (「一条条」 is no count).
  if (opensLedger(text) && !state.ledgerOpen) {
    state.ledgerOpen = true;
    await history.setState(draftId, state);
    if (!/\d|[二三四五六七八九十两]/.test(text.replace(/一条条|一条一条|一件一件|一件件/g, ''))) return { lines: ['好的，请按台账逐件说：申请人（个人、公司、律所……）、要的什么、怎么答复的，如「第1件 村民 要低保名单 公开」。每件记一件，说错了可以说「第2件不算」「第3件其实是部分公开」。'] };
  }
  // 「网站420 公众号240」→「这俩数写反了」: the two values of the last turn change places.
  // (「公众号和网站的数搞反了」: or two values of this conversation named, said swapped.)
  const lastNums = (state.lastSet ?? []).filter((c) => typeof before[c.target] === 'number').map((c) => c.target);
  const swapped = /\d/.test(text) ? []
    : lastNums.length === 2 && /(?:这|那)?(?:俩|两个)(?:数|数字|值)?[^，。；\d]{0,4}(?:反|倒|颠倒|调换|对调|弄混|搞混)/.test(text) ? lastNums
    : SWAPPED.test(text) ? namedAmong(format, text, givenInChat(state).filter((t) => typeof before[t] === 'number')) : [];
  if (swapped.length === 2) {
    const [a, b] = swapped;
    return recordChanges(drafts, history, draftId, state, d, [{ target: a, value: before[b] as number }, { target: b, value: before[a] as number }], '好的，两个数对调：', text);
  }
  // 「尾数是3 不是8」「前面那个2应该是5」「中间那个0是多打的」: digits of a held figure corrected by their place.
  const digits = digitCorrection(format, text, before, (state.lastSet ?? []).map((c) => c.target), givenInChat(state));
  if (digits && 'ask' in digits && digits.wrong) {
    const r = await withdraw(drafts, history, draftId, state, d, [digits.wrong], {});
    return { ...r, lines: [...r.lines, digits.ask] };
  }
  if (digits) return 'ask' in digits
    ? recordChanges(drafts, history, draftId, state, d, [], '', text, { text: digits.ask, targets: digits.targets })
    : recordChanges(drafts, history, draftId, state, d, [{ target: digits.target, value: digits.value }], '好的，已更正：', text);
  // 「那个230不是网站的 是公众号的」: a figure of one fact said to be another's.
  const renamedValue = valueRenamed(format, text, before);
  if (renamedValue?.kind === 'same') return { lines: ['草稿中已是这样记的，没有改动。'], asks: [] };
  if (renamedValue?.kind === 'ask') return { lines: [`需要您确认：「${text.slice(0, 30)}」——请分别说出${renamedValue.targets.map((t) => targetName(format, t)).join('和')}正确的数，这一轮没有改动。`], asks: renamedValue.targets };
  if (renamedValue?.kind === 'move') {
    const cleared = clearCells(d.input, [renamedValue.from]);
    const r = applyChanges(cleared.input, [{ target: renamedValue.to, value: renamedValue.value }]);
    return recordMove(drafts, history, draftId, { ...state, confirm: undefined }, d.currentVersion, r.input, [...cleared.diffs, ...r.diffs], renamedValue, text, '改记在');
  }
  // 「我写串行了 刚才那串是规范性文件的」: the last turn's row was another row.
  const lastTargets = (state.lastSet ?? []).map((c) => c.target);
  const row = rowRenamed(format, text, before, lastTargets);
  if (row) return moveWhole(drafts, history, draftId, state, d, before, row.moves, text, '好的，这几个数改记到所说的那一行：');
  // 「更正 不是企业 是科研单位」: every case of one applicant told under another's name.
  const renamed = columnRenamed(format, text, before, lastTargets);
  if (renamed) {
    const moves = renamed.cells.map((id) => ({ from: id, to: id.replace(new RegExp(`\\.${renamed.from}$`), `.${renamed.to}`) }));
    return moveWhole(drafts, history, draftId, state, d, before, moves, text, `好的，这${moves.length > 1 ? '些' : ''}申请改记为「${t3ColumnLabel(format, renamed.to)}」：`);
  }
  // 「企业那四件里有一件其实是律所递的」「在审的那件出结果了 也是维持」: part of a 表三/表四 count moves (both cells told).
  const part = partMoved(format, text, before, givenInChat(state), (state.lastSet ?? []).map((c) => c.target));
  if (part) return movePart(drafts, history, draftId, state, d, before, part, text);
  // 「哦 个人是八件 漏了一件 漏的那件也公开了」: cases left out join the count and the result the clerk names.
  const missed = missedCases(format, text, before);
  if (missed) {
    const ask = missed.result ? undefined : { text: `需要您确认：漏记的${missed.count}件是怎么办理的？请说明结果，如「那件也公开了」「那件转下年办理」。`, targets: [] };
    return recordChanges(drafts, history, draftId, state, d, [missed.intake, ...(missed.result ? [missed.result] : [])], `好的，补上漏记的${missed.count}件：`, text, ask);
  }
  // 「居民那14件重了一件 是公开的那种」「律所那边少记了个」: a count recounted, its companion with it.
  const recount = recounted(format, text, before, givenInChat(state));
  if (recount) return recordChanges(drafts, history, draftId, state, d, recount.changes, recount.sign < 0 ? `好的，去掉重复记的${recount.count}件：` : `好的，补上漏记的${recount.count}件：`, text, recount.ask);
  // 「处罚不是118 差一件 119」: a held count named again with an error word and a new figure that agrees.
  const again = restated(format, text, before, givenInChat(state));
  if (again) return recordChanges(drafts, history, draftId, state, d, [{ target: again.target, value: again.value }], '好的，已更正：', text);
  // 「刚才复议纠正那个其实是撤回了 算其他」: the clerk's count moves from one result to another (its cell emptied).
  const shifted = resultMoved(format, text, before, state.chatSet);
  if (shifted && !resultSwap(format, text, state.lastSet)) {
    const cleared = clearCells(d.input, [shifted.from]);
    const r = applyChanges(cleared.input, [{ target: shifted.to, value: ((before[shifted.to] as number | undefined) ?? 0) + shifted.value }]);
    return recordMove(drafts, history, draftId, { ...state, confirm: undefined }, d.currentVersion, r.input, [...cleared.diffs, ...r.diffs], shifted, text, '改记在');
  }
  // The same said of a count this conversation does not hold (or holds fewer of): nothing is moved or guessed.
  if (saysPartMoved(text)) return { lines: [`「${text.slice(0, 30)}」：本次对话里没有找到要改的那几件（还没有填过这个数，或数目不够），没有改动；请直接说改正后的各项数字，如「新收 企业3件 律所1件」。`], asks: [] };
  // 「不是纠正 是维持」 right after the turn that set the 纠正 count: that turn is undone, the count goes to 维持.
  const correction = isCorrection(text);
  const swap = state.undo?.after === d.currentVersion ? (resultSwap(format, text, state.lastSet) ?? (correction ? columnMoved(format, text, state.lastSet) : null)) : null;
  if (swap) {
    const undone = await undo(drafts, history, draftId, state);
    const r = await getDraft(drafts, draftId);
    const { input, diffs } = applyChanges(r.input, [{ target: swap.to, value: swap.value }]);
    const moved = await recordMove(drafts, history, draftId, { pending: [], chatSet: state.chatSet }, r.currentVersion, input, diffs, swap, text, '已撤回，改记在');
    return { ...moved, diffs: [...(undone.diffs ?? []), ...diffs] };
  }
  // 「可能没那么多，我再核一下」: the last turn's values are withdrawn (undone) and asked about again.
  // 「信息处理费收了」→「多少记不清了」: the amount is unknown; that it was charged is not taken back.
  if (/多少|金额|具体数/.test(text) && RETRACT.test(text) && state.lastSet?.length && state.lastSet.every((c) => typeof c.value === 'boolean')) {
    const targets = state.topic?.fee ? ['fee.amountYuan'] : [];
    return { lines: ['好的，先不填具体数，核实后再告诉我。', ...(targets.length ? ['· 待核实：收取信息处理费金额（元）'] : [])], asks: targets };
  }
  // 「处罚那个等执法大队报上来再说」: waiting for a value named is a doubt about it (「等盖章再说」 alone is a pause).
  const waitsOnNamed = WAIT_ON.test(text) && state.lastSet?.length ? namedAmong(format, text.replace(CONFIRMED, ' '), state.lastSet.map((c) => c.target)).length > 0 : false;
  // (「760好像不对劲 先空着」: a number that is only the doubted value said again names it.)
  // (「解读那个48 好像把转载的也算了」: or a value given in an earlier turn of this conversation.)
  const oldFiguresOnly = (text.match(/\d+(?:\.\d+)?/g) ?? []).every((n) => (state.lastSet ?? []).some((c) => c.value === Number(n)) || (state.chatSet ?? []).some((t) => before[t] === Number(n)));
  // (「维持那个我拿不准 可能是1件」: a figure only guessed at is no new value either.)
  const guessedOnly = /(?:可能|也许|或许|大概|估计)(?:是|有)?\s*[\d一二两三四五六七八九十]+\s*[件条次个篇起]?\s*$/.test(text);
  // (「末尾多了个零 你给去掉」: the slip's zero is taken away, the value is not withdrawn.)
  // 「督查那条删掉」「刚才那个删了吧」: a value pointed at or named, deleted (not text, a row, or duplicates within a count).
  const plainDelete = PLAIN_DELETE.test(text) && !/重复|转发|转载|标题|段话|那段|这段|句话|文字|字样|那行|这行|一行|那列|这列|一列|格子|部分|其中/.test(text) &&
    (/那条|那个|这条|这个|那件|这件|那项|这项|那笔|刚才|上一条|前面那/.test(text) || namedAmong(format, text, givenInChat(state).filter((t) => typeof before[t] === 'number')).length > 0);
  const withdrawn = WITHDRAWN.test(text) && !/(?:当我没说|当没说过?|不算)[，,。\s]*(?:是|应该是|其实是|改成|改为)[^，。；]*[\d一二两三四五六七八九十]/.test(text);
  if ((RETRACT.test(text) || withdrawn || TAKEN_BACK.test(text) || waitsOnNamed || plainDelete) && !ZERO_SLIP.test(text) && (!/\d/.test(text.replace(YEAR_SAID, '')) || oldFiguresOnly || guessedOnly) && state.undo && state.lastSet?.length) {
    // 「公开栏那个我拿不准」: a doubt naming some of the last turn's values withdraws only those.
    // (「许可的准 处罚那个等…再说」: a value said to be right is not doubted.)
    const doubted = text.replace(CONFIRMED, ' ');
    // (「760好像不对劲」: the doubted value named by its figure.)
    const figures = (doubted.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    const byFigure = state.lastSet.filter((c) => figures.includes(c.value as number)).map((c) => c.target);
    const named = byFigure.length ? byFigure : namedAmong(format, doubted, state.lastSet.map((c) => c.target));
    if (named.length && named.length < state.lastSet.length) return withdraw(drafts, history, draftId, state, d, named);
    // 「公开栏那个我拿不准」 when the last turn gave other values: the one named (given earlier) or nothing is withdrawn.
    // (「前面收费那个我再确认下」: a word of an earlier turn, or a weaker name, also points away from the last turn.)
    // (「解读那个48 好像把转载的也算了」: the figure of a value given turns earlier names that value.)
    const earlierByFigure = named.length ? [] : (state.chatSet ?? []).filter((t) => figures.includes(before[t] as number));
    if (earlierByFigure.length === 1) return withdraw(drafts, history, draftId, state, d, earlierByFigure, {});
    // (「人次那个 不一定准」: a word for a unit names the value counted in it, given whenever.)
    const elsewhere = !named.length && (cuesFor(format).some((c) => (!c.weak || c.text.length >= 2) && doubted.includes(c.text)) || /前面|之前|刚开始|一开始|最早|上上|人次|人数|次数/.test(text));
    if (elsewhere) {
      const earlier = namedAmong(format, text, (state.chatSet ?? []).filter((t) => before[t] !== undefined && before[t] !== null));
      if (earlier.length) return withdraw(drafts, history, draftId, state, d, earlier, {});
      const facts = [...new Set(cuesFor(format).filter((c) => !c.weak && c.target.t === 'fact' && text.includes(c.text)).map((c) => `fact:${(c.target as { key: string }).key}`))];
      return { lines: [`您说的${facts.length ? `「${facts.map((t) => targetName(format, t)).join('、')}」` : '这一项'}还没有填过数，草稿没有改动；核实后直接告诉我数字即可。`], asks: facts };
    }
    const r = await undo(drafts, history, draftId, state);
    const targets = state.lastSet.map((c) => c.target);
    return { ...r, lines: ['好的，先撤回上一轮填写的数，核实后再告诉我：', ...r.lines.slice(1), `· 待核实：${targets.map((t) => targetName(format, t)).join('、')}`], asks: targets };
  }

  // 「其余都是0」 is read here (it needs the draft's blanks); the rest of the message goes to the extractor.
  // 「没有复议的话表四是不是都填0」: a question or a condition about zeros is no instruction (asked below).
  const unsureZero = unsureSentence(text);
  // 「表四」→「全是0」: a table named alone in the turn before is the scope of a zero that names none.
  const zeroHere = unsureZero ? undefined : restZeroScope(format, text);
  const zero = zeroHere === null && state.topic?.tableNamed ? (restZeroScope(format, `${state.topic.tableNamed}${text}`) ?? null) : zeroHere;
  // (「次数没错 人次应该是一百九」: in a correction, a place said to be right names what stays, not what changes.)
  // (「处罚那个是15没错」「处罚那个改成15就没问题了」: a figure other than one held, or a correction, is no confirmation.)
  const stays = text.replace(CONFIRMS, (m) => (confirmsHeld(m, before) ? ' ' : m));
  if (!stays.trim()) return { lines: ['好的，这一项保持不变，没有改动。'], asks: [] };
  const unchanged = correction ? (stays.replace(STAYS, ' ').trim() || stays) : stays;
  const body = feeOfCorrection(correction, zero === undefined ? unchanged : unchanged.replace(REST_ZERO, ''), state.chatSet ?? []);
  const ex = extract(body, { format, cells: currentCells(d.input), pending: state.pending, year: d.input.meta.year, previous: state.topic, date: d.input.meta.date, corrects: correction ? state.chatSet : undefined, typed: raw });
  const proposal = propose(format, ex);
  const asks: Ask[] = [...proposal.asks];
  // 「政策解读10篇」→「其中5篇是图解」: a part of a figure already filled is no new value for it (asked).
  for (const c of proposal.changes.filter((c) => /^其中/.test(c.phrase) && before[c.target] !== undefined && before[c.target] !== null && !sameValue(before[c.target], c.value)))
    asks.push({ targets: [c.target], text: `「${c.phrase}」说的是其中一部分，${targetName(format, c.target)}已有${showValue(c.target, before[c.target])}，没有改动。` });
  let kept = proposal.changes.filter((c) => !(/^其中/.test(c.phrase) && before[c.target] !== undefined && before[c.target] !== null));
  // 「其他复议诉讼没有」: a denial of the others zeroes what is blank, never a count already given (it had set 1 → 0).
  // (Not in a correction: 「之前说的复议是记错了 其余复议诉讼也都没有」 takes the count back.)
  if (!correction) kept = kept.filter((c) => !(c.value === 0 && OTHERS_DENIED.test(c.phrase) && typeof before[c.target] === 'number' && before[c.target] !== 0));
  // 「另一件其实是个人」: a count of cases said to be a group's is some cases moving to it, never that group's new total
  // (it had overwritten 自然人 8 with 1). Unless a move was read above, it is asked.
  // (Said without an error word too, 「个人那堆里有两件是员工替单位要的」: a smaller count of cases is a part, not the total.)
  // (「部分公开里一件是大学申请的」 names the cell's own group after 是: that is the count of it, kept.)
  const movedCases = kept.filter((c) => /^t3\./.test(c.target) && typeof before[c.target] === 'number' && before[c.target] !== c.value && (correction ? MOVED_CASES.test(c.phrase) : (before[c.target] as number) > (c.value as number) && partOfOther(format, c.phrase, c.target)));
  for (const c of movedCases) asks.push({ targets: [c.target], text: `「${c.phrase}」：是要把这${c.value}件改记到${targetName(format, c.target)}吗？那里已有${showValue(c.target, before[c.target])}，没有改动；请说「…中的${c.value}件改记在…」，或直接说改正后的各项数字。` });
  kept = kept.filter((c) => !movedCases.includes(c));
  // 「漏的那件也公开了」 (the count itself not taken here): a case left out is no new value of a result already filled.
  const leftOut = kept.filter((c) => /(?:漏的|少的|多的|多出来的|漏掉的|少算的)那/.test(c.phrase) && typeof before[c.target] === 'number' && before[c.target] !== c.value);
  for (const c of leftOut) asks.push({ targets: [c.target], text: `「${c.phrase}」：${targetName(format, c.target)}已有${showValue(c.target, before[c.target])}，没有改动；漏记的申请请连同总数说明，如「个人是8件 漏了1件 漏的那件也公开了」。` });
  kept = kept.filter((c) => !leftOut.includes(c));
  // 「有2件是申请人填错了表格 逾期不补正」: a correction that would lower the applications received, said without a word of
  // receiving them (only 申请人's 申请), is asked — never the intake replaced by a result's count.
  const weakIntake = correction ? kept.filter((c) => c.target.startsWith('t3.') && T3_INTAKE.has(c.target.split('.')[1]) && typeof before[c.target] === 'number' && (c.value as number) < (before[c.target] as number) && RESULT_SAID.test(c.phrase) && !INTAKE_SAID.test(c.phrase)) : [];
  for (const c of weakIntake) asks.push({ targets: [c.target], text: `「${c.phrase}」：${targetName(format, c.target)}已有${showValue(c.target, before[c.target])}，没有改成${c.value}；如要更正收到的申请数，请直接说「收到…申请N件」。` });
  kept = kept.filter((c) => !weakIntake.includes(c));
  // 「批的那个数字不对 二百八十」 after 「处罚十四」: a correction that names something, whose number only went on with the
  // last topic (no word of its place in its own words), is asked about — never put on the topic's value.
  if (correction) kept = redirectByCue(format, body, kept, state, before);
  const lastNamed = correction ? namedBeforeLastNumber(body) : undefined;
  if (lastNamed && !placesNamed(format, lastNamed.words) && !GENERIC_NAME.test(lastNamed.words)) {
    const carried = kept.filter((c) => c.value === lastNamed.value && !phraseNames(format, body, c.target));
    if (carried.length) {
      kept = kept.filter((c) => !carried.includes(c));
      asks.push({ targets: carried.map((c) => c.target), text: `「${text.slice(0, 24)}」要更正哪一项？请连同名称再说一遍，如「行政许可改为280件」。` });
    }
  }
  // 「第二个说错了 十七」「把前一个改成三百四十一」: a value of the last turn named by its place in that turn.
  const byPosition = correction ? positionCorrection(body, state.lastSet ?? []) : undefined;
  if (byPosition) {
    kept = kept.filter((c) => c.value !== byPosition.value);
    for (let i = asks.length - 1; i >= 0; i--) if (asks[i].orphan || !asks[i].targets.length) asks.splice(i, 1);
  }
  let changes = [...kept.map(({ target, value }) => ({ target, value }) as Change), ...(byPosition ? [byPosition] : [])];
  // 「规范性文件有效的少说了一件」「网站多算了20条」: the value named (or the last one given) plus or minus the figure said.
  // (It had been offered as a guess of 1, which a 「是」 would have stored.)
  // (Naming no one value, it is asked: the figure is a difference, never a new value of the last one given.)
  const relative = relativeCorrection(format, body, state, before);
  if (relative) {
    for (let i = asks.length - 1; i >= 0; i--) if (asks[i].orphan || (relative !== 'ambiguous' && asks[i].targets.includes(relative.target)) || !asks[i].targets.length) asks.splice(i, 1);
    if (relative === 'ambiguous') asks.push({ targets: [], text: `「${text.slice(0, 24)}」是哪一项少了（多了）？请连同名称说出改正后的数，如「规范性文件现行有效31件」。` });
    changes = relative === 'ambiguous' ? [] : [relative];
  }
  // 「企业那个改一下 是七件」: a correction fills no new cell — the one count of that 表三 column the clerk gave (in a row of
  // the same kind: a result, or the applications) is the one corrected.
  // (Not when the words name the row: 「个人部分公开的两件里…」 is 部分公开's, whatever else was given.)
  if (correction) changes = changes.map((c) => (cueKeysIn(format, kept.find((k) => k.target === c.target)?.phrase ?? '', 't3row').includes(c.target.split('.')[1]) ? c : correctedCell(c, before, state.chatSet ?? [])));
  if (correction) changes = [...changes, ...movedCounts(text, changes, state.lastSet)];
  // 「公众号发了149条」→「哦不对，是网站发的149条」: the value moves — the last turn (which set only that value) is
  // undone first, so the fact it wrongly filled is empty again, then this turn is read on the restored draft.
  const moved = correction && state.undo && state.undo.after === d.currentVersion && state.lastSet?.length === 1 && changes.length === 1 ? state.lastSet[0] : undefined;
  if (moved && kindOf(moved.target) === 'fact' && kindOf(changes[0].target) === 'fact' && moved.target !== changes[0].target &&
    typeof moved.value === 'number' && sameValue(moved.value, changes[0].value) && sameValue(before[moved.target], moved.value)) {
    await undo(drafts, history, draftId, state);
    const r = await chatTurn(drafts, history, draftId, raw);
    return { ...r, lines: [`好的，「${targetName(format, moved.target)}」的${showValue(moved.target, moved.value)}已撤回（恢复为上一轮之前的值）。`, ...r.lines] };
  }
  // 「收费通知发了两份」 says nothing of whether the fee was then paid; the draft needs that first (asked, not 「否」).
  const notices = changes.find((c) => c.target === 'fee.notices');
  // The count waits with the conversation: the next turn that says whether the fee was paid records it too.
  const waitingNotices = state.topic?.noticesWaiting;
  if (waitingNotices !== undefined && changes.some((c) => c.target === 'fee.charged') && !changes.some((c) => c.target === 'fee.notices'))
    changes = [...changes, { target: 'fee.notices', value: waitingNotices }];
  if (notices && typeof notices.value === 'number' && notices.value > 0 && before['fee.charged'] === undefined && !changes.some((c) => c.target === 'fee.charged')) {
    changes = changes.filter((c) => c !== notices);
    ex.topic.noticesWaiting = notices.value;
    asks.push({ targets: ['fee.charged'], text: `发出收费通知书${notices.value}件：申请人缴费了吗？请说「收取信息处理费X元」或「未收取」，再一并记下通知书件数。` });
  }

  // 「审查那个数少写了一个零」: no new number — the named value (or the last turn's only one) times ten, or a tenth.
  // (Its 0 is the slip's, never a value: 「参训人次多按了个0」 had stored 0.)
  const slipOnly = correction && !ex.orphans.length && changes.every((c) => c.value === 0) && relative !== 'ambiguous' ? zeroSlipOnly(format, body, state, before) : undefined;
  if (slipOnly) changes = [slipOnly];
  else if (correction && changes.length && changes.every((c) => c.value === 0) && slipIsAllNumbers(body)) {
    changes = [];
    asks.push({ targets: [], text: `「${body.slice(0, 30)}」：是哪一项多（或少）了一个0？请连同名称说改正后的数，如「参训人次是12」。` });
  }
  // A correction with no subject changes the last value the clerk gave (of the same kind of unit).
  if (correction && ex.orphans.length && !changes.length && relative !== 'ambiguous') {
    // (「不对 收费账上是32500」 had put 32500 on 收费通知书 0: a correction more than fifty times the value it replaces
    // is of some other place — asked, never stored.)
    const values = ex.orphans.filter((o) => !slipWord(o));
    const fixed = correctedTargets(format, values.length ? values : ex.orphans, state, before, body).filter((c) => !(typeof c.value === 'number' && typeof before[c.target] === 'number' && c.value > 50 * Math.max(before[c.target] as number, 1)));
    if (fixed.length) {
      changes = fixed;
      for (let i = asks.length - 1; i >= 0; i--) if (asks[i].orphan) asks.splice(i, 1);
    } else asks.push({ targets: [], text: '要更正哪一项？请连同名称再说一遍，如「公众号发布信息150条」。' });
  }

  changes = decisionsNotT4(text, changes, asks);
  changes = keepAreaCode(changes, before);
  changes = carriedResultsAdd(text, changes, before, state.chatSet ?? []);
  changes = addedNotReplacing(text, changes, asks, before, state.chatSet ?? []);
  // Values already filled wait for 「是」 (a correction is itself the confirmation).
  const isFilled = (t: TargetId) => before[t] !== undefined && before[t] !== null;
  // A value the clerk gave earlier in this conversation is the clerk's own: restating it is a correction.
  // (Not a smaller 表三 count from 「有一件是…」「其中一件…」: one of the cases told, never the new total — asked.)
  const oneOfThem = ONE_OF_THEM.test(text) && !/另外|还有|又来|再来|多了|新来/.test(text);
  const own = new Set((state.chatSet ?? []).filter((t) => !(oneOfThem && t.startsWith('t3.') && changes.some((c) => c.target === t && typeof c.value === 'number' && c.value < Number(before[t])))));
  if (oneOfThem && !correction) changes = oneOfThemElsewhere(text, changes, asks, before, state.chatSet ?? []);
  let held = correction ? [] : changes.filter((c) => isFilled(c.target) && !own.has(c.target) && !sameValue(before[c.target], c.value));
  if (held.some((c) => kindOf(c.target) === 'fee')) held = [...held, ...changes.filter((c) => kindOf(c.target) === 'fee' && !held.includes(c))];
  const direct = changes.filter((c) => !held.includes(c));
  // A number asked about with one place (last year's, a part, a guess) waits for 「是」 like an overwrite — only for a
  // place still blank: a 「是」 never puts a doubtful figure over one the draft holds (「企业剩下的8件明天再报」 after 企业12).
  const offered: Change[] = asks.filter((a) => a.offer !== undefined && a.targets.length === 1 && !changes.some((c) => c.target === a.targets[0]) && !isFilled(a.targets[0])).map((a) => ({ target: a.targets[0], value: a.offer! }));
  let { input, diffs, errors } = applyChanges(d.input, direct);

  if (unsureZero && restZeroScope(format, text) !== undefined)
    asks.push({ targets: ['fill-zero'], text: `「${text.slice(0, 24)}」${unsureZero}，没有填0；要填请直接说，如「表四其余格子都填0」。` });
  if (zero === null) asks.push({ targets: ['fill-zero'], text: '「其余都是0」是指哪张表、哪一行？请说「表三其余格子都是0」或「行政复议那一行其他填0」。' });
  else if (zero) {
    const cur = currentCells(input);
    // A cell asked about and not answered is the clerk's to tell, not a blank to fill (a miss would become a false 0).
    const waiting = new Set(state.asked ?? []);
    const open = zero.ids.filter((id) => cur[id] === undefined || cur[id] === null);
    const blanks = open.filter((id) => !waiting.has(id));
    const unanswered = open.filter((id) => waiting.has(id));
    if (unanswered.length) asks.push({ targets: unanswered, text: `前面问过的${unanswered.length}格还没有答复（如${targetName(format, unanswered[0])}），没有填0，请告诉我这几格的数。` });
    const r = applyChanges(input, blanks.map((id) => ({ target: id, value: 0 })));
    input = r.input;
    if (blanks.length) diffs = [...diffs, { target: 'fill-zero', what: `${zero.what}空白的${blanks.length}格`, from: '（空）', to: '0' }];
    else asks.push({ targets: [], text: `${zero.what}已没有空白格，没有修改。` });
  }
  const version = diffs.length ? await save(drafts, draftId, input, `对话：${text.slice(0, 40)}`) : undefined;
  const said = direct.filter((c) => !sameValue(before[c.target], c.value));
  await history.setState(draftId, {
    pending: ex.pending,
    topic: ex.topic,
    confirm: held.length || offered.length ? [...held, ...offered] : undefined,
    lastSet: said.length ? said : state.lastSet,
    chatSet: [...new Set([...(state.chatSet ?? []), ...said.map((c) => c.target)])],
    undo: version ? { before: d.currentVersion, after: version } : state.undo,
    asked: stillAsked(input, [...(state.asked ?? []), ...asks.flatMap((a) => a.targets)]),
    choose: choiceAsked(asks),
    // (A ledger read aloud goes on across other turns.)
    ledger: state.ledger,
    ledgerOpen: state.ledgerOpen,
  });
  const questions = [...errors, ...asks.map((a) => a.text)].filter((q, i, all) => all.indexOf(q) === i);
  const nothing = !diffs.length && !held.length && !questions.length && !direct.length;
  return {
    lines: reply(format, { version, diffs, held, before, questions, missing: missingOf(input), nothing, same: !diffs.length && !held.length && direct.length > 0, ack: nothing ? acknowledge(format, text, ex.topic) : null }),
    version,
    diffs,
    // A value refused by validation (「2月30日」) is a question about its place too.
    asks: [...new Set([...asks.flatMap((a) => a.targets), ...held.map((c) => c.target), ...direct.filter((c) => changeError(d.input, c)).map((c) => c.target)])],
  };
}

/** The one question of a turn offering a figure for a choice of places (not 「其余填0」, not several such questions). */
function choiceAsked(asks: { targets: string[]; offer?: number | boolean; choice?: boolean }[]): ChatState['choose'] {
  const choices = asks.filter((a) => a.choice && typeof a.offer === 'number' && a.targets.length >= 2);
  return choices.length === 1 ? { targets: choices[0].targets, value: choices[0].offer as number } : undefined;
}

const ONE_OF_THEM = /(?:^|[，,\s])(?:其中|里面|当中|这里面|那里面|这几件里|那几件里)?(?:有)?(?:一|1)件(?:是|呢|嘛|吧|就是)/;

/** 「其中处罚有9件后来被复议纠正了」: reviews and lawsuits over the agency's own decisions are no 表四 cases (表四 counts
 * those over information disclosure) — asked, never stored. (Only the decision and the review or lawsuit in one
 * clause: a pasted report names 表二 and 表四 apart.) */
function decisionsNotT4(text: string, changes: Change[], asks: Ask[]): Change[] {
  const overDecision = text.split(/[，,。；;\s]+/).some((seg) => /处罚|许可|强制|罚款|罚单/.test(seg) && /复议|诉讼|起诉|告/.test(seg));
  const decisions = overDecision && !/信息公开|公开申请|依申请|申请公开|答复/.test(text) ? changes.filter((c) => c.target.startsWith('t4.')) : [];
  if (!decisions.length) return changes;
  asks.push({ targets: decisions.map((c) => c.target), text: `「${text.slice(0, 24)}」说的是行政处罚（许可、强制）决定引起的复议或诉讼吗？表四只统计因政府信息公开引起的复议、诉讼；是的话请说「因信息公开被申请复议X件」。` });
  return changes.filter((c) => !decisions.includes(c));
}

/** 「上年结转：自然人3 自然人那3件都按举报投诉类不予处理了」 after this year's results were told: the carried cases'
 * results add to the rows this conversation filled (55 + 3), never replace them. Only in a message that gives a column
 * its first 上年结转 count, and for a result of that column no larger than it. */
function carriedResultsAdd(text: string, changes: Change[], before: Record<string, unknown>, chatSet: string[]): Change[] {
  if (!/上年结转|去年结转|上年度结转|去年转过来|上年转过来|结转过来/.test(text)) return changes;
  const blank = (t: string) => before[t] === undefined || before[t] === null;
  const carried = new Map(changes.filter((c) => /^t3\.carried\./.test(c.target) && blank(c.target) && typeof c.value === 'number' && c.value > 0).map((c) => [c.target.split('.')[2], c.value as number]));
  if (!carried.size) return changes;
  return changes.map((c) => {
    const [t, row, col] = c.target.split('.');
    const k = carried.get(col);
    const held = before[c.target];
    if (t !== 't3' || T3_INTAKE.has(row) || !k || typeof c.value !== 'number' || c.value > k || typeof held !== 'number' || !chatSet.includes(c.target)) return c;
    return { ...c, value: held + c.value };
  });
}

/** 「还有个人1件 …给过他的…」: a case told as one more never puts its count over a larger 表三 result this conversation
 * holds (10 → 1) — it is asked whether it adds. */
function addedNotReplacing(text: string, changes: Change[], asks: Ask[], before: Record<string, unknown>, chatSet: string[]): Change[] {
  if (!/^\s*(?:还有|另外|另有|又有|再有|又来了?)/.test(text) || isCorrection(text)) return changes;
  const shrunk = changes.filter((c) => /^t3\./.test(c.target) && !T3_INTAKE.has(c.target.split('.')[1]) && chatSet.includes(c.target) && typeof c.value === 'number' && typeof before[c.target] === 'number' && c.value < (before[c.target] as number));
  if (!shrunk.length) return changes;
  asks.push({ targets: shrunk.map((c) => c.target), text: `「${text.slice(0, 24)}」：是另外的${shrunk.map((c) => c.value).join('、')}件，要加到已记的${shrunk.map((c) => before[c.target]).join('、')}件上吗？没有改动；请说「加上」或直接说改正后的数。` });
  return changes.filter((c) => !shrunk.includes(c));
}

/** 「电话中间那段打错了 是8821306」: a local number given for a held phone with an area code keeps that area code. */
function keepAreaCode(changes: Change[], before: Record<string, unknown>): Change[] {
  const held = typeof before['meta.contact.phone'] === 'string' ? /^(0\d{2,3})(\s*[-—－]\s*)(\d{7,8})$/.exec(before['meta.contact.phone'] as string) : null;
  if (!held) return changes;
  return changes.map((c) => (c.target === 'meta.contact.phone' && typeof c.value === 'string' && /^[1-9]\d{6,7}$/.test(c.value) && c.value.length === held[3].length ? { ...c, value: `${held[1]}${held[2]}${c.value}` } : c));
}

/** 「收到企业申请2件」→「有一件是律所的」: one of the cases told under another applicant — asked, never a third case.
 * (Only the applications received, and only beside a count this conversation gave: a result row holds several
 * applicants' cases, and a count only in the draft may be added to — 「有1件是律所申请的」.) */
function oneOfThemElsewhere(text: string, changes: Change[], asks: Ask[], before: Record<string, unknown>, chatSet: string[]): Change[] {
  const blank = (t: string) => before[t] === undefined || before[t] === null;
  const rowOf = (id: string) => id.split('.').slice(0, 2).join('.');
  const across = changes.filter((c) => c.target.startsWith('t3.') && T3_INTAKE.has(c.target.split('.')[1]) && blank(c.target) &&
    chatSet.some((id) => id !== c.target && rowOf(id) === rowOf(c.target) && Number(before[id]) > 0));
  if (!across.length) return changes;
  asks.push({ targets: across.map((c) => c.target), text: `「${text.slice(0, 24)}」：这一件是已记的件数中的一件，还是另外的一件？是前者请说明从哪一类改过来（如「企业那2件中的1件改记在律所」），是后者请说「另外还有一件」。` });
  return changes.filter((c) => !across.includes(c));
}
