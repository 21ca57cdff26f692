// A clause without a number that answers or goes on with what was said before: a negation of this year or of the
// subject just named, 「除了…，其他都没有」, 「也是」「也差不多」, a reason for a waiting count, a vague amount.
import { factDef } from '../../format/index.js';
import { periodOf, VAGUE } from '../mentions.js';
import { BARE_NONE, NOT_YET, NUMERAL_CHAR, STILL_OPEN, UNPAID, VAGUE_UNIT } from '../wordclasses.js';
import { splitClauses, type NumToken } from '../tokens.js';
import { CARRY } from '../vocab.js';
import { type ClauseRead, scopeMode } from './clause.js';
import { handleFact } from './facts.js';
import { applyNegation, zeroIds } from './negation.js';
import { placeNumber } from './place.js';
import { fakeCue, leavesOfGroup, type Reader, rowLabel, rowTargets } from './reader.js';
import { ask, say } from './record.js';
import { handleT3 } from './t3.js';

type Step = (rd: Reader, cl: ClauseRead) => boolean;

/** Readings that answer or go on with what was said before: the first that applies ends the clause. */
const FOLLOW_UPS: Step[] = [negatesThisYear, exceptOthers, restNone, noneOfNamed, answersAsked, nameSubject, stillOpen, unpaid, vagueAmount, notYetCounted, reasonOfWaiting, sameAsLast, aboutTheSame, allOnTime];

/** True when the clause was read as a follow-up (nothing more is read of it). */
export function readFollowUp(rd: Reader, cl: ClauseRead): boolean {
  return FOLLOW_UPS.some((step) => step(rd, cl));
}

// 「去年有1起复议，今年没有」: a negation naming only this year negates the previous clause's subject.
function negatesThisYear(rd: Reader, cl: ClauseRead): boolean {
  if (!cl.cueTokens.length && cl.clause.negated && !NOT_YET.test(cl.text) && rd.ctx.prev?.sentence === cl.sentence && rd.ctx.prev.period !== 'year' && periodOf(cl.text, rd.ec.year) === 'year') {
    rd.mode = { kind: 'exact' };
    applyNegation(rd, rd.ctx.prev.targets, cl.text);
    return true;
  }
  return false;
}

// 「除了个人申请，…」 names the columns excepted from what the sentence negates next.
function exceptOthers(rd: Reader, cl: ClauseRead): boolean {
  if (/^(?:除了|除去|除)/.test(cl.text)) rd.ctx.except = { cols: cl.cueTokens.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key), sentence: cl.sentence };
  // 「除了个人申请，其他都没有」: every applicant column but the one excepted, in the row spoken of.
  else if (!cl.cueTokens.length && cl.clause.negated && rd.ctx.except?.sentence === cl.sentence && rd.ctx.except.cols.length && /^(?:其他|其余|别的)/.test(cl.text)) {
    applyNegation(rd, [], `${cl.sentence}`);
    return true;
  }
  return false;
}

// 「个人6件，企业2件，其他的都没有」「律所一件，别的单位没有」: the applicant columns of the 表三 row spoken of (in this
// message or the turn before) not given a value are 0 — only the blank ones, and only when some column was given.
const REST_NONE = /^(?:其他|其余|别的|剩下|剩余)(?:的)?(?:单位|类型|类别|几类|组织|申请人)?(?:的)?(?:申请)?(?:都|也|全|均|全都)?(?:没有|没|无)(?:申请)?(?:了)?$/;
// (「新收的其他申请人都没有」: a row named before 「其他」 is that row; 「其他申请人都没有」 after the results were told is of the
// applications received — applicants are who applied.)
function restNone(rd: Reader, cl: ClauseRead): boolean {
  const strong = cl.cueTokens.filter((c) => !c.weak);
  const namedRow = strong.length === 1 && strong[0].target.t === 't3row' ? strong[0] : undefined;
  const rest = (namedRow ? cl.text.slice(namedRow.end) : cl.text).replace(/[\s，,。！!]/g, '').replace(/^的/, '');
  if (!cl.clause.negated || (strong.length && !namedRow) || !REST_NONE.test(rest)) return false;
  const intakeGiven = rd.t3Cols.some((c) => rd.out.cells[`t3.new.${c.key}`] != null || rd.ec.cells?.[`t3.new.${c.key}`] != null);
  const row = namedRow ? (namedRow.target as { key: string }).key : /申请人/.test(cl.text) && intakeGiven ? 'new' : (rd.ctx.t3row ?? rd.ec.previous?.t3row);
  if (!row || row === CARRY || rd.t3Rows.find((r) => r.key === row)?.group || !rowTargets(rd, 't3', row).length) return false;
  const filled = (col: string) => rd.out.cells[`t3.${row}.${col}`] != null || rd.ec.cells?.[`t3.${row}.${col}`] != null;
  const blanks = rd.t3Cols.filter((c) => !filled(c.key));
  if (blanks.length === rd.t3Cols.length || !blanks.length) return false;
  zeroIds(rd, blanks.map((c) => `t3.${row}.${c.key}`), cl.text, `表三「${rowLabel(rd, 't3', row)}」其余${blanks.length}列`);
  return true;
}

// 「公众号今年停更了，一条没发」: a bare short negation is about the subject the clause before named.
function noneOfNamed(rd: Reader, cl: ClauseRead): boolean {
  if (!cl.cueTokens.length && cl.clause.negated && rd.ctx.named?.sentence === cl.sentence && !rd.ctx.named.question && BARE_NONE.test(cl.text)) {
    applyNegation(rd, rd.ctx.named.cues.filter((c) => !c.weak).map((c) => c.target), `${cl.text}（${rd.ctx.named.cues.map((c) => c.text).join('')}）`);
    return true;
  }
  return false;
}

// 「信息处理费？没收过」: a bare negation answers the subject the sentence before only named.
function answersAsked(rd: Reader, cl: ClauseRead): boolean {
  if (!cl.cueTokens.length && cl.clause.negated && rd.ctx.asked && rd.ctx.asked.sentence !== cl.sentence && cl.text.length <= 6 && splitClauses(cl.sentence).length === 1) {
    applyNegation(rd, rd.ctx.asked.targets, `${cl.text}（${rd.ctx.asked.sentence}）`);
    rd.ctx.asked = undefined;
    return true;
  }
  return false;
}

// A subject named without a number is kept for the next clause (and, alone in its sentence, for a bare answer).
function nameSubject(rd: Reader, cl: ClauseRead): boolean {
  if (cl.cueTokens.some((c) => !c.weak) && !cl.clause.negated) {
    rd.ctx.named = { cues: cl.cueTokens, sentence: cl.sentence };
    rd.ctx.asked = splitClauses(cl.sentence).length === 1 && !NUMERAL_CHAR.test(cl.sentence) ? { targets: cl.cueTokens.map((c) => c.target), sentence: cl.sentence } : undefined;
  }
  return false;
}

// 「12月份又来了1件个人申请，还没办完」: an application still open at the year's end may be carried to next year.
function stillOpen(rd: Reader, cl: ClauseRead): boolean {
  if (STILL_OPEN.test(cl.text) && (rd.ctx.subject?.sentence === cl.sentence || rd.claims.some((c) => c.table === 't3') || rd.out.asks.some((a) => a.targets.some((t) => t.startsWith('t3.new.'))))) {
    ask(rd, `「${cl.text}」：年底还没办完的申请要计入「结转下年度继续办理」，请说明件数和申请人类别。`, rowTargets(rd, 't3', 'next'));
    return true;
  }
  return false;
}

// 「发出收费通知书1份，申请人没有缴费」: nothing was paid, so no 信息处理费 was charged.
function unpaid(rd: Reader, cl: ClauseRead): boolean {
  // (「今年没收」「查了 没交」 alone while the fee is the subject: the same.)
  // (「逾期不缴费不再处理的没有」「…的2件」 count the 表三 row of unpaid applications: that row is the clause's subject;
  // 「申请人逾期未缴费 不再处理了」 answers whether the fee was paid.)
  const rowCounted = /逾期|不再处理|不予处理/.test(cl.text) && cl.cueTokens.some((c) => c.target.t === 't3row') && /的\s*(?:也|都)?(?:没有|无|一件也没有|[\d一二两三四五六七八九十]+\s*件)|[\d一二两三四五六七八九十]+\s*件/.test(cl.text);
  if (rd.ctx.fee && !rowCounted && (UNPAID.test(cl.text) || /^(?:查了|问了)?\s*(?:今年|本年|全年)?(?:也|都|还|一直)?(?:没|未)(?:有)?(?:收|收取|收费|交|缴)(?:过)?[了吧啊呢]?$/.test(cl.text)) && !rd.out.said.some((x) => x.target === 'fee.charged')) {
    if (say(rd, 'fee.charged', false, cl.text)) rd.out.fee = { ...rd.out.fee, charged: false };
    return true;
  }
  return false;
}

// 「培训嘛，搞了两三次吧」: a vague amount for the subject the clause before named.
function vagueAmount(rd: Reader, cl: ClauseRead): boolean {
  const topicCues = rd.ctx.named?.sentence === cl.sentence ? rd.ctx.named.cues : rd.ctx.fact?.sentence === cl.sentence ? [fakeCue({ t: 'fact', key: rd.ctx.fact.key })] : undefined;
  if (!cl.cueTokens.length && VAGUE.test(cl.text) && topicCues) {
    rd.mode = { kind: 'vague' };
    const unit = VAGUE_UNIT.exec(cl.text.slice(cl.text.search(VAGUE)))?.[0];
    const placeholder: NumToken = { type: 'num', value: 1, approx: false, raw: '', start: cl.text.length, end: cl.text.length, ...(unit ? { unit } : {}) };
    placeNumber(rd, placeholder, topicCues, `${cl.text}（${topicCues.map((c) => c.text || factDef((c.target as { key: string }).key)?.label).join('')}）`, cl.sentence, cl.clause);
    rd.mode = scopeMode(rd, cl);
    return true;
  }
  return false;
}

// 「下半年的还没统计」 after a part: not known yet, about the fact spoken of.
function notYetCounted(rd: Reader, cl: ClauseRead): boolean {
  if (!cl.cueTokens.length && NOT_YET.test(cl.text) && (rd.earlierParts.length || rd.ctx.fact?.sentence === cl.sentence)) {
    const about = rd.ctx.fact?.sentence === cl.sentence ? [`fact:${rd.ctx.fact.key}`] : [...new Set(rd.earlierParts.map((p) => p.target))];
    ask(rd, `「${cl.text}」：还没有确定的数，${about.map((t) => factDef(t.slice(5))?.label).join('、')}没有填入全年数，统计好后请告诉我。`, about);
    return true;
  }
  return false;
}

// 「涉及个人隐私」 answering 「不予公开1件」 (asked for its reason): the waiting count gets the reason.
function reasonOfWaiting(rd: Reader, cl: ClauseRead): boolean {
  const reasonFor = rd.claims.find((c) => c.needs === 'reason' && cl.cueTokens.some((t) => t.target.t === 't3row' && leavesOfGroup(rd, c.row).some((r) => r.key === (t.target as { key: string }).key)));
  if (reasonFor) {
    rd.claims.splice(rd.claims.indexOf(reasonFor), 1);
    const leaf = cl.cueTokens.find((t) => t.target.t === 't3row' && leavesOfGroup(rd, reasonFor.row).some((r) => r.key === (t.target as { key: string }).key))!;
    const num: NumToken = { type: 'num', value: reasonFor.value, approx: false, raw: String(reasonFor.value), start: 0, end: 0 };
    handleT3(rd, num, [leaf, ...cl.cueTokens.filter((t) => t.target.t === 't3col')], `${reasonFor.phrase}，${cl.text}`);
    return true;
  }
  return false;
}

// The subject of 「也是」「也差不多」 (or the one the clause before named: 「公众号呢，也差不多」) and what else the clause says.
function likeLast(rd: Reader, cl: ClauseRead) {
  const sameCues = cl.cueTokens.some((c) => !c.weak) ? cl.cueTokens : rd.ctx.named?.sentence === cl.sentence && !cl.cueTokens.length ? rd.ctx.named.cues : [];
  const strongOnly = sameCues.filter((c) => !c.weak);
  const rest = cl.cueTokens.filter((c) => !c.weak).reduce((t, c) => t.replace(c.text, ''), cl.text).replace(/[。！!，,\s]/g, '');
  return { sameCues, strongOnly, rest };
}

// 「政策解读10篇」→「回应关切也是」: 「也是」 after a subject alone is the number just given.
function sameAsLast(rd: Reader, cl: ClauseRead): boolean {
  const { sameCues, strongOnly, rest } = likeLast(rd, cl);
  if (strongOnly.length && rd.lastNumber && !cl.clause.negated && /^(?:的|呢)?(?:也是|也一样|也相同|一样|同样|也是这个数|也这么多)(?:的)?$/.test(rest)) {
    // (the count is the same; the unit is the new subject's own — only money keeps its 元)
    const n0: NumToken = { type: 'num', value: rd.lastNumber.value, approx: false, raw: String(rd.lastNumber.value), start: cl.text.length, end: cl.text.length, ...(rd.lastNumber.unit && /元/.test(rd.lastNumber.unit) ? { unit: rd.lastNumber.unit } : {}) };
    placeNumber(rd, n0, sameCues, `${cl.text}（${rd.lastNumber.value}${rd.lastNumber.unit ?? ''}）`, cl.sentence, cl.clause);
    return true;
  }
  return false;
}

// 「公众号呢，也差不多」「公开栏也差不多」: about the same as the number just given — asked, offering it.
function aboutTheSame(rd: Reader, cl: ClauseRead): boolean {
  const { sameCues, strongOnly, rest } = likeLast(rd, cl);
  if (strongOnly.length && rd.lastNumber && !cl.clause.negated && /^(?:的|呢)?(?:也)?(?:差不多|差不离|接近|相近|近似)(?:吧|吧|的)?$/.test(rest)) {
    const n0: NumToken = { type: 'num', value: rd.lastNumber.value, approx: false, raw: String(rd.lastNumber.value), start: cl.text.length, end: cl.text.length, ...(rd.lastNumber.unit && /元/.test(rd.lastNumber.unit) ? { unit: rd.lastNumber.unit } : {}) };
    const keep = rd.mode;
    rd.mode = { kind: 'offer', why: '只说了跟前面的数差不多，不是确数' };
    placeNumber(rd, n0, sameCues, cl.text, cl.sentence, cl.clause);
    rd.mode = keep;
    return true;
  }
  return false;
}

// 「收到个人申请2件，都按时答复」: all the applications counted in this sentence were answered on time.
function allOnTime(rd: Reader, cl: ClauseRead): boolean {
  const onTime = cl.cueTokens.find((c) => c.target.t === 'fact' && (c.target as { key: string }).key === 'requests_on_time');
  if (onTime && !cl.clause.negated && /都|全部|均|全都/.test(cl.text)) {
    const intake = rd.out.said.filter((x) => /^t3\.(new|carried)\./.test(x.target) && typeof x.value === 'number' && rd.sentence.includes(x.phrase.replace(/（[^（）]*）$/, '')));
    const sum = intake.reduce((a, x) => a + (x.value as number), 0);
    if (intake.length && sum > 0) handleFact(rd, { type: 'num', value: sum, approx: false, raw: String(sum), unit: '件', start: cl.text.length, end: cl.text.length }, [onTime], `${cl.text}（共${sum}件）`);
    if (cl.cueTokens.every((c) => c === onTime || c.weak)) return true;
  }
  return false;
}
