// One clause as the reader sees it: its tokens (a heading before 「：」 dropped), its cues, and the time scope of
// its numbers — which period each number is of, and so how it may be used (stored, a part, or only offered).
import { isApprox, isRelative, periodAt, periodOf, type Period } from '../mentions.js';
import { tokenizeClause, type Clause, type CueToken, type NumToken } from '../tokens.js';
import { CARRY, type Target } from '../vocab.js';
import { LATER, OPENED, T3_INTAKE } from '../wordclasses.js';
import type { Mode } from '../extraction.js';
import { type Reader } from './reader.js';

export interface ClauseRead {
  sentence: string;
  text: string;
  clause: Clause;
  /** The clause's cues (「申请」 of 「申请人」 left out). */
  cueTokens: CueToken[];
  /** The clause compares with another time (「比去年多了5件」). */
  relative: boolean;
  /** The period the clause is in (named in it, or carried from the clause before). */
  inherited: Period;
}

/** Read a clause's tokens and period; the mode becomes the clause's. */
export function openClause(rd: Reader, sentence: string, text: string): ClauseRead {
  rd.period = periodOf(text, rd.ec.year) ?? rd.period;
  const relative = isRelative(text);
  const clause = tokenizeClause(text, rd.cues);
  dropHeading(text, clause);
  // 「申请人没有缴费」: the applicant is a person, not the count of applications.
  const asked = requestedSpans(rd, text);
  const inAsked = (t: CueToken) => asked.some(([a, b]) => t.start >= a && t.end <= b && askedFor(t, text, a));
  // 「结转的 1件公开 1件…逾期不补正」: 结转 beside results decided this year names which applications they are (carried
  // in); it is no count of 结转 of its own.
  // (「新收的个人 公开48 部分公开7」: so is 新收 when no count follows it before the first result named.)
  const scopeOnly = (t: CueToken) => t.target.t === 't3row' &&
    (((t.target as { key: string }).key === CARRY && decidedHere(clause, text)) || ((t.target as { key: string }).key === 'new' && !t.weak && noCountBeforeResult(clause, t)));
  // 「牵扯到企业的商业秘密」「合同里有别的公司的报价」「要企业排污的监测数据」: a group named as the third party or as what
  // was asked about is no applicant column.
  // (Never a group that applied: 「另外的企业申请了2件」「关于企业的申请有2件」 keep their column.)
  const thirdParty = (t: CueToken) => t.target.t === 't3col' && !/^[^，。；\s]{0,4}申请|^\s*(?:[\d一二两三四五六七八九十]+\s*件|来)/.test(text.slice(t.end)) &&
    (/(?:别的|别家|另一家|人家)\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) || /^的?(?:商业秘密|隐私|报价)/.test(text.slice(t.end)));
  // 「依申请收过一笔信息处理费 260块」: 依申请 says which fee, no count of applications.
  const feeScope = (t: CueToken) => t.target.t.startsWith('t3') && /^依申请/.test(t.text) && /(?:信息)?处理费/.test(text) && clause.nums.length > 0;
  clause.tokens = clause.tokens.filter((t) => t.type !== 'cue' || (!inAsked(t) && !scopeOnly(t) && !thirdParty(t) && !feeScope(t)));
  const cueTokens = clause.tokens.filter((t): t is CueToken => t.type === 'cue' && !(t.weak && t.text === '申请' && text[t.end] === '人'));
  const cl: ClauseRead = { sentence, text, clause, cueTokens, relative, inherited: rd.period };
  rd.mode = scopeMode(rd, cl);
  return cl;
}

/** No number between an intake word and the first result named after it. */
// (The result must be counted right after it: 「新收的政府信息公开申请25件」 names no result.)
function noCountBeforeResult(clause: Clause, intake: CueToken): boolean {
  const result = clause.tokens.find((t) => t.type === 'cue' && t.start > intake.start && ((t.target.t === 't3row' && !T3_INTAKE.has((t.target as { key: string }).key) && (t.target as { key: string }).key !== 'next') || t.target.t === 'bareOpen'));
  if (!result || !/^\s*(?:了)?\s*[\d零一二两三四五六七八九十百]/.test(clause.text.slice(result.end))) return false;
  return !clause.nums.some((n) => n.start >= intake.end && n.start < result.start);
}

/** The clause names a result decided this year (a 表三 result row or 公开) and nothing of next year. */
function decidedHere(clause: Clause, text: string): boolean {
  if (/下年|明年|下一年|转到|转入|转下/.test(text)) return false;
  return clause.tokens.some((t) => t.type === 'cue' && ((t.target.t === 't3row' && !T3_INTAKE.has((t.target as { key: string }).key) && (t.target as { key: string }).key !== CARRY && (t.target as { key: string }).key !== 'next') || (t.target.t === 'bareOpen' && OPENED.test(text))));
}

/** A cue inside what was asked for (the span starting at `spanStart`) names what was asked, not a place: every cue but
 * 表三's — and a group of 表三 whose information it is (「一家企业的监测数据」), or whose file after 要 (「1件要的是个人档案」),
 * unless 申请 follows it. */
function askedFor(t: CueToken, text: string, spanStart: number): boolean {
  if (!t.target.t.startsWith('t3')) return true;
  if (t.target.t !== 't3col') return false;
  return text[t.end] === '的' || (/要(?:的是|的)?$/.test(text.slice(Math.max(0, spanStart - 3), spanStart)) && !/^\s*(?:申请|来)/.test(text.slice(t.end)));
}

/** 「一件要行政处罚决定书」: in a message about applications, what someone asked for is no subject of 表二, 表四 or a fact. */
// (Not 「要求复议」「需要」「主要」「重要」: 要 there asks for no information.)
// (「环保协会申请我们的排污许可证发放清单」「他们还申请了一家企业的监测数据」: what an applicant 申请 with 的 in it is
// asked for; never 「因…申请引发的行政复议」.)
const REQUESTED = /(?:想要|索要|要求公开|申请公开|(?<![需主重只想索])要(?![求是])|(?<![学访])问(?![题责])|咨询|打听|查询|调取|复印|(?<=(?:协会|企业|公司|个人|他|她|他们|她们|村民|居民|群众|律师|律所|组织|大爷|大妈|老人|农户|厂|店)(?:还|也|又|都|来|先|后来)?)申请(?:了|过)?(?!人|的|按|办|被|过?(?:行政)?复议|诉讼|书|表|件|数|公开|材料)(?=[^\s，。；,、\d]{0,8}的[^\s，。；,、\d]{2}))(?:的是|的)?([^\s，。；,、]{2,20})/g;
function requestedSpans(rd: Reader, text: string): [number, number][] {
  if (!rd.appContext && !/申请|台账/.test(rd.sentence)) return [];
  return [...text.matchAll(REQUESTED)].map((m) => [m.index! + m[0].length - m[1].length, m.index! + m[0].length]);
}

/**
 * 「复议和诉讼：行政复议1件」: a heading listing several rows before 「：」 is a topic label when the count after it
 * names its own row of that table (「规范性文件：制发2件」 keeps its heading: the row is named only there).
 */
function dropHeading(text: string, clause: Clause): void {
  const colonAt = text.lastIndexOf('：');
  const rowsOf = (t: Target['t'], before: boolean) => new Set(clause.tokens.flatMap((x) => (x.type === 'cue' && x.target.t === t && !x.weak && (before ? x.end <= colonAt : x.start > colonAt) ? [(x.target as { key: string }).key] : [])));
  if (colonAt > 0 && clause.nums.length && clause.nums.every((n) => n.start > colonAt) && (['t4row', 't2row', 't3row'] as const).some((t) => rowsOf(t, true).size >= 2 && rowsOf(t, false).size >= 1))
    clause.tokens = clause.tokens.filter((t) => t.type !== 'cue' || t.start > colonAt);
}

/** 「去年报告里写的是：全年主动公开信息512条」: what last year's report says — its 「全年」 is last year's. */
const LAST_REPORT = /(?:去年|上年|上一年度?|往年)(?:的)?(?:年度)?(?:报告|年报)(?:里|上|中|里面)?(?:写的是|写着|写了|写的|说的是|是)/;

/** Each number takes the period named nearest before it (「政策解读去年12篇今年15篇」). */
export const at = (rd: Reader, cl: ClauseRead, n?: NumToken): Period =>
  LAST_REPORT.test(cl.sentence) && !/今年|本年/.test(cl.sentence) ? 'last' : n ? (periodAt(cl.text, n.start, rd.ec.year, n.end) ?? cl.inherited) : cl.inherited;

/** How a number of this clause (or the clause, without one) may be used, by its period and exactness. */
export const scopeMode = (rd: Reader, cl: ClauseRead, n?: NumToken): Mode =>
  relativeFor(cl, n) ? { kind: 'offer', why: '是与其他时间相比的增减数' }
  : at(rd, cl, n) === 'last' ? { kind: 'offer', why: '是往年的数' }
  : at(rd, cl, n) === 'part' ? { kind: 'offer', why: '只是一段时间的数，不是全年的' }
  : at(rd, cl, n) === 'next' ? { kind: 'offer', why: '是明年或计划中的数，不是今年已经做的' }
  : n && isApprox(cl.text, n) ? { kind: 'offer', why: '是约数，表格需要准确数字' }
  // (「企业剩下的43件下午再报」: a figure said to come later is not given yet.)
  : n && LATER.test(cl.text) ? { kind: 'offer', why: '还没有最后确定，之后再报' }
  : at(rd, cl, n) !== 'year' ? { kind: 'part', period: at(rd, cl, n) }
  : { kind: 'exact' };

/** 「处罚比上年增长了12% 今年一共九十二件」「人次比去年多了四十 次数是六次」: a comparison said before a space does not
 * reach a number whose own part names its subject or this year. */
function relativeFor(cl: ClauseRead, n?: NumToken): boolean {
  if (!cl.relative || !n) return cl.relative;
  const segStart = cl.text.slice(0, n.start).search(/\s\S*$/) + 1;
  if (segStart <= 0 || isRelative(cl.text.slice(segStart)) || !isRelative(cl.text.slice(0, segStart))) return true;
  const own = cl.cueTokens.some((c) => c.start >= segStart && c.end <= n.start) || /今年|本年|全年|一共|共计|总共/.test(cl.text.slice(segStart, n.start));
  return !own;
}

/** Numbers still waiting at the end of their sentence are asked about. */
export function flushWaiting(rd: Reader): void {
  for (const w of rd.waiting) rd.out.orphans.push({ value: w.num.value, unit: w.num.unit, phrase: w.phrase, raw: w.num.raw });
  rd.waiting = [];
}
