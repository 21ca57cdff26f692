// 「处罚不是118 差一件 119」「有效规章五十三 应为五十五 有两件…漏算了」「网站那个我多报了 一百条 是八千六百四十四」:
// a count already held, named again with an error word and a new figure (and perhaps the old figure and the
// difference). The new figure replaces the held one only when every figure of the message agrees: the old one is the
// value held, the difference is new − old. Money is left to the correction path (its units need it).
import { cellRef, factDef, type FormatId } from '../format/index.js';
import { VAGUE } from './mentions.js';
import { parseNumber } from './numerals.js';
import { canonicalPhrases } from './phrases.js';
import { tokenizeClause, type CueToken, type NumToken } from './tokens.js';
import { cuesFor } from './vocab.js';
import { NOT_A_COUNT } from './moves.js';
import { FACT_UNIT_ALIASES, unitSaidBefore, ZERO_SLIP } from './wordclasses.js';
import { cueNames, kindOf } from './targets.js';

export interface Restated {
  target: string;
  value: number;
  old: number;
}

/** Words that say the figure given was wrong (the correction words of mentions.ts are in `isCorrection`). */
const WRONG = /不是|不止|差[了个]?\s*[一两二三四五六七八九十\d]|少了|多了|漏|(?:多|少)(?:说|报|算|记|写|填|打|统计)|(?:说|报|算|记|写|填|打)(?:多|少)了|零头|看岔|看错|看成|手误|记错|写错|打错|说错|搞错|弄错|不对|应为|应该是|改成|改为|其实|实际|更正|纠正|核了|核实|才对/;
/** 「比去年多了50条」「同比」: a comparison with another year, no correction (asked elsewhere). */
const COMPARED = /(?:比|较|跟|和|与|同)(?:去年|上年|上一年|上年度|往年|前年)|同比|环比/;
const OTHER_YEAR = /去年|上年|往年|前年/;
/** Dates and times count nothing. */
const DATE = /\d{1,4}\s*年|\d{1,2}\s*月\s*\d{0,2}\s*[日号]?|\d{1,2}\s*[日号]|\d{1,2}\s*点/g;

/** Words with numerals in them that are no figures (moves.ts's, and a few more). */
const NOT_FIGURES = new RegExp(`${NOT_A_COUNT.source}|同一|万一|十分|一定|一致|之一|一口气|第[一二三四五六七八九十\\d]+|[一两二三四五六七八九十]+(?=个?(?:周|星期|礼拜|天|月|季度|上午|下午|晚上))`, 'g');
const UNIT_AFTER = /^\s*(人次|件|条|篇|次|个|起|期|场|份|项|部|人|名|回)/;

/** Every figure of the message (digits or Chinese numerals), with the unit right after it. */
function figures(t: string): NumToken[] {
  const masked = t.replace(NOT_FIGURES, (w) => ' '.repeat(w.length));
  return [...masked.matchAll(/\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+/g)].flatMap((m) => {
    const value = parseNumber(m[0]);
    const unit = UNIT_AFTER.exec(t.slice(m.index! + m[0].length))?.[1];
    return value === null ? [] : [{ type: 'num' as const, value, unit, approx: false, raw: m[0], start: m.index!, end: m.index! + m[0].length }];
  });
}


/** A count (not money, not a date or text) whose figure a restatement may replace. */
function isCount(format: FormatId, id: string, v: unknown): boolean {
  if (typeof v !== 'number') return false;
  if (kindOf(id) === 'fact') return factDef(id.slice(5))?.type === 'number';
  return kindOf(id) === 'cell' && cellRef(format, id)?.kind !== 'amount' && !cellRef(format, id)?.computed;
}

/** The one held count the words name most (ties settled by the old figure being said). */
function namedTarget(format: FormatId, cues: CueToken[], before: Record<string, unknown>, figures: number[]): string | undefined {
  const scored = Object.keys(before)
    .filter((id) => isCount(format, id, before[id]))
    .map((id) => ({ id, score: new Set(cues.filter((c) => cueNames(c.target, id)).map((c) => c.target.t)).size }))
    .filter((x) => x.score > 0);
  const best = Math.max(0, ...scored.map((x) => x.score));
  let top = scored.filter((x) => x.score === best).map((x) => x.id);
  if (top.length > 1) top = top.filter((id) => figures.includes(before[id] as number));
  return top.length === 1 ? top[0] : undefined;
}

export function restated(format: FormatId, text: string, before: Record<string, unknown>, given: string[]): Restated | null {
  const t = canonicalPhrases(text).replace(DATE, ' ');
  // (「好像漏了一件」: a doubt, asked elsewhere.)
  // (「要算的话就不止412了」: what would be if — no correction; 「不然的话」「这样的话」 are no condition.)
  if (!(WRONG.test(t) || INSTRUCTED.test(t)) || COMPARED.test(t) || /好像|可能|也许|大概|估计|不确定|拿不准|(?:要|若|如果|假如|要是)[^，。；\s]{0,6}的话|如果|假如|要是|若是/.test(t)) return null;
  // (「参训后面的零去掉」: a slipped zero, read by the zero-slip reader — its 0 is no figure.)
  if (VAGUE.test(t) || ZERO_SLIP.test(t)) return null;
  const cl = tokenizeClause(t, cuesFor(format));
  const nums = figures(t);
  if (!nums.length || nums.length > 3) return null;
  const cues = cl.tokens.filter((x): x is CueToken => x.type === 'cue' && !x.weak);
  const target = namedTarget(format, cues, before, nums.map((n) => n.value));
  if (!target) return null;
  const old = before[target] as number;
  const oldAt = nums.findIndex((n) => n.value === old);
  // A value the clerk did not give here is corrected only when its figure is said.
  if (oldAt < 0 && !given.includes(target)) return null;
  // (Every place the message names is this one: 「强制五件 处罚…是八十三」「纠正是1件 另1件是维持」 say more.)
  if (cues.some((c) => !cueNames(c.target, target))) return null;
  const others = nums.filter((_, i) => i !== oldAt);
  // 「公众号那个有十条是重复录的 删掉」「许可漏了最后一周的17件 得加上」: a part, and what to do with it.
  // (The held figure said again is no part of itself: 「不止412 … 就填412」.)
  // (「把重复的删掉 解读是11篇」: a figure after 是 is what is left, not the part taken out — it had stored 12 − 11.)
  // (Not when its own clause speaks of the part: 「网站有重复的要删掉 重复的是3条」.)
  const clauseOf = (at: number) => t.slice(Math.max(t.lastIndexOf(' ', at - 1), t.lastIndexOf('，', at - 1), 0), at);
  const isResult = others.length === 1 && /(?:是|为|剩下?|还剩|只剩|剩余)\s*$/.test(t.slice(Math.max(0, others[0].start - 3), others[0].start)) &&
    !/重复|多算|多报|多统计|错算|不该算|两遍|两次|多出|转发|转载/.test(clauseOf(others[0].start));
  const part = others.length === 1 && others[0].value !== old && !isResult ? instructedPart(t) : 0;
  if (part) {
    const value = old + part * others[0].value;
    return value >= 0 && unitFits(target, others[0].unit) ? { target, value, old } : null;
  }
  const found = newFigure(t, old, others);
  if (!found || found.value === old) return null;
  const { value, at } = found;
  // (The old figure comes first: 「不是15是16」.)
  if (oldAt >= 0 && nums[oldAt].start > at.start) return null;
  // (「去年的是20篇」: another year's figure, unless the held one is said first — 「12件那个 是去年底的数 今年底是13件」.)
  const year = OTHER_YEAR.exec(t);
  if (year && (oldAt < 0 || nums[oldAt].start > year.index)) return null;
  // (「那300条里实际有20条是重复发的」「有3件其实是去年底的」: a part of the count, not the count.)
  if (/(?:有|其中)\s*$/.test(t.slice(0, at.start)) || (oldAt >= 0 && /^\s*[条件篇次个]?\s*(?:里|中|当中)/.test(t.slice(nums[oldAt].end)))) return null;
  // (「人次多报了 应为384」: a unit said before the figure is the unit it counts in.)
  const unit = at.unit ?? unitSaidBefore(t.slice(0, at.start));
  // (「培训的人次多报了」: a unit named as a noun anywhere is the one the target counts in.)
  const nounUnits = [...t.matchAll(/(人次|次数|人数|条数|篇数|件数|期数)/g)].map((m) => m[1].replace(/数$/, ''));
  return unitFits(target, unit) && nounUnits.every((u) => unitFits(target, u)) ? { target, value, old } : null;
}

/** Words that tell what to do with a part of a count: take it out or add it. */
const INSTRUCTED = /删掉|删了|扣掉|扣除|减掉|减去|去掉|得加上|要加上|加上去|补上|补进去|算进去/;
/** A part said to be counted twice (taken out) or left out (added), with the instruction to do so; 0 when not so. */
function instructedPart(t: string): 1 | -1 | 0 {
  if (!INSTRUCTED.test(t)) return 0;
  // (「解读里有两篇是转发省里的 不是我们写的 去掉」: copies of others' are taken out too.)
  const down = /删掉|删了|扣掉|扣除|减掉|减去|去掉/.test(t) && /重复|两遍|两次|多算|多报|多统计|不算|不该算|错算|转发|转载|不是我们|不是本/.test(t);
  const up = /加上|补上|补进去|算进去/.test(t) && /漏|没统计|没算|少算|少报|补报|没录/.test(t);
  return down === up ? 0 : down ? -1 : 1;
}

/** 「少说了一件」「差一件」「多报了 一百条」: the words just before a figure that make it a difference (+1 or -1), and
 * whether the figure is written right after them (「多报了100件」: then it can only be the difference). */
function differenceSign(t: string, n: NumToken): { sign: 1 | -1 | 0; attached: boolean } {
  const lead = t.slice(Math.max(0, n.start - 6), n.start);
  const attached = !/\s$/.test(lead);
  if (/(?:少|漏)(?:说|报|算|记|填|写|打|统计)?了?\s*$|差(?:了)?\s*$|漏了\s*$|还有\s*$/.test(lead)) return { sign: 1, attached };
  if (/(?:多|重)(?:说|报|算|记|填|写|打|统计)?了?\s*$|多了\s*$/.test(lead)) return { sign: -1, attached };
  return { sign: 0, attached };
}

/** The new figure: the one other figure (a difference when said as one), or of two the one that is the old ± the
 * other (the larger, when both could be). */
function newFigure(t: string, old: number, others: NumToken[]): { value: number; at: NumToken } | undefined {
  if (others.length === 1) {
    // (「写多了 五百六」 after 600 is the figure meant; 「少说了一件」 after 30 can only be the difference.)
    const [x] = others;
    const { sign, attached } = differenceSign(t, x);
    // (Said apart, either reading may fit the direction: the one that moves the count least — 「多算了 一件」 after 96 is 95.)
    const fitsAsFigure = sign === 0 || (sign > 0 ? x.value > old : x.value < old);
    const isDifference = sign !== 0 && (attached || !fitsAsFigure || x.value < Math.abs(x.value - old));
    return { value: isDifference ? old + sign * x.value : x.value, at: x };
  }
  if (others.length !== 2) return undefined;
  const fits = others.filter((x, i) => { const d = others[1 - i].value; return x.value === old + d || x.value === old - d; });
  const x = fits.sort((a, b) => b.value - a.value)[0];
  return x ? { value: x.value, at: x } : undefined;
}

/** The new figure's unit, if said, counts what the target counts. */
function unitFits(target: string, said?: string): boolean {
  if (!said) return true;
  // (「公开栏有3期是重复的」: a fact's own other units — FACT_UNIT_ALIASES — fit it too.)
  if (target.startsWith('fact:') && FACT_UNIT_ALIASES[target.slice(5)]?.includes(said)) return true;
  const unit = target.startsWith('fact:') ? factDef(target.slice(5))?.unit ?? '' : '件';
  const family = (u: string) => (u.endsWith('人次') ? '人次' : (['条篇件份个项部', '次场期回', '人名', '起宗'].find((f) => f.includes(u.slice(-1))) ?? u));
  return family(unit) === family(said);
}
