// A clause without a number: it answers or goes on with what was said before (a negation of this year, 「也是」,
// a reason, a vague amount), or names a subject — negated, not yet known, or kept for the numbers that follow.
import { factDef } from '../../format/index.js';
import { isRelative, periodOf, VAGUE } from '../mentions.js';
import { ALL_OF_THEM, BARE_NONE, CHANNEL_FACT, NOT_OURS, NOT_YET, NUMERAL_CHAR, STILL_OPEN, STOCK_FACTS, T3_INTAKE, UNPAID, VAGUE_UNIT } from '../wordclasses.js';
import { splitClauses, tokenizeClause, type NumToken } from '../tokens.js';
import { CARRY, LEGAL_GROUP } from '../vocab.js';
import type { Pending } from '../extraction.js';
import { type ClauseRead, flushWaiting, scopeMode } from './clause.js';
import { handleFact } from './facts.js';
import { applyNegation } from './negation.js';
import { domainOf, placeNumber } from './place.js';
import { fakeCue, leavesOfGroup, type Reader, rowTargets } from './reader.js';
import { ask, say, setCell } from './record.js';
import { distributeAll, handleT3, namesDecision, oneColumnDecision } from './t3.js';
import { handleT4 } from './t4.js';

type Step = (rd: Reader, cl: ClauseRead) => boolean;

/** Readings that answer or go on with what was said before: the first that applies ends the clause. */
const FOLLOW_UPS: Step[] = [negatesThisYear, exceptOthers, noneOfNamed, answersAsked, nameSubject, stillOpen, unpaid, vagueAmount, notYetCounted, reasonOfWaiting, sameAsLast, aboutTheSame, allOnTime];

/** Readings of the clause's own subject. */
const OWN_SUBJECT: Step[] = [waitingTakeSubject, vagueOrRelative, feeNamed, stockNotNew, notYetKnown, negation, withdrawal];

/** A clause without a number: follow-ups first, then (when it names something) its own subject. */
export function readBareClause(rd: Reader, cl: ClauseRead): void {
  for (const step of FOLLOW_UPS) if (step(rd, cl)) return;
  if (!cl.cueTokens.length) return;
  for (const step of OWN_SUBJECT) if (step(rd, cl)) return;
  nameForLater(rd, cl);
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

// 「公众号今年停更了，一条没发」: a bare short negation is about the subject the clause before named.
function noneOfNamed(rd: Reader, cl: ClauseRead): boolean {
  if (!cl.cueTokens.length && cl.clause.negated && rd.ctx.named?.sentence === cl.sentence && BARE_NONE.test(cl.text)) {
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
  if (rd.ctx.fee && UNPAID.test(cl.text) && !rd.out.said.some((x) => x.target === 'fee.charged')) {
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
    const intake = rd.out.said.filter((x) => /^t3\.(new|carried)\./.test(x.target) && typeof x.value === 'number' && rd.sentence.includes(x.phrase));
    const sum = intake.reduce((a, x) => a + (x.value as number), 0);
    if (intake.length && sum > 0) handleFact(rd, { type: 'num', value: sum, approx: false, raw: String(sum), unit: '件', start: cl.text.length, end: cl.text.length }, [onTime], `${cl.text}（共${sum}件）`);
    if (cl.cueTokens.every((c) => c === onTime || c.weak)) return true;
  }
  return false;
}

// A number waiting from the clause before takes this clause's subject.
function waitingTakeSubject(rd: Reader, cl: ClauseRead): boolean {
  const strongCues = cl.cueTokens.filter((c) => !c.weak);
  if (rd.waiting.length && strongCues.length) {
    const ws = rd.waiting;
    rd.waiting = [];
    for (const w of ws) {
      rd.mode = w.mode;
      if (!placeNumber(rd, w.num, cl.cueTokens, `${w.phrase}，${cl.text}`, cl.sentence, cl.clause)) rd.waiting.push(w);
    }
    flushWaiting(rd);
    return true;
  }
  return false;
}

// 「解读大概一百来篇」「处罚有一些」: the place is named, the number is not.
function vagueOrRelative(rd: Reader, cl: ClauseRead): boolean {
  rd.mode = VAGUE.test(cl.text) ? { kind: 'vague' } : isRelative(cl.text) ? { kind: 'offer', why: '是与往年比较的说法' } : { kind: 'exact' };
  const handled = rd.mode.kind !== 'exact' && !cl.clause.negated;
  if (handled) {
    const placeholder: NumToken = { type: 'num', value: 1, approx: false, raw: '', start: cl.text.length, end: cl.text.length };
    if (rd.mode.kind === 'offer') rd.mode = { kind: 'vague' };
    placeNumber(rd, placeholder, cl.cueTokens, cl.text, cl.sentence, cl.clause);
    if (rd.ctx.fact?.sentence === cl.sentence) rd.ctx.fact.bare = true;
  }
  // A clause without a number takes the sentence's time scope (「去年…，全部予以公开」 is last year's).
  rd.mode = scopeMode(rd, cl);
  return handled;
}

// The fee named: the sentence speaks of it; 「收了信息处理费」 says it was charged.
function feeNamed(rd: Reader, cl: ClauseRead): boolean {
  if (cl.cueTokens.some((c) => c.target.t === 'feeNotice')) rd.ctx.feeNotice = cl.sentence;
  if (cl.cueTokens.some((c) => c.target.t === 'fee')) {
    rd.ctx.fee = cl.sentence;
    rd.spokeOfFee = true;
  }
  if (!cl.clause.negated && cl.cueTokens.some((c) => c.target.t === 'fee')) {
    if (/收取|收了|收过|收到|缴纳|交了/.test(cl.text) && say(rd, 'fee.charged', true, cl.text)) {
      rd.out.fee = { ...rd.out.fee, charged: true };
      rd.out.understood.push(`「${cl.text}」→ 收取了信息处理费`);
    }
    return true;
  }
  return false;
}

// 「没有开设新的专栏，还是原来那12个」: no new ones is not none.
function stockNotNew(rd: Reader, cl: ClauseRead): boolean {
  const stock = cl.cueTokens.filter((c) => c.target.t === 'fact' && STOCK_FACTS.has((c.target as { key: string }).key));
  if (cl.clause.negated && stock.length && /新/.test(cl.text)) {
    rd.ctx.fact = { key: (stock[0].target as { key: string }).key, period: rd.period, sentence: cl.sentence, bare: true };
    return true;
  }
  return false;
}

// 「培训的数还没汇总完，先别填」: not yet known is not zero.
// 「培训的数还没汇总完，先别填」 holds the whole sentence; 「没有行政强制，处罚的数还在统计」 only its own clause.
function notYetKnown(rd: Reader, cl: ClauseRead): boolean {
  const notYetElsewhere = splitClauses(cl.sentence).filter((c) => NOT_YET.test(c));
  const holdsSentence = notYetElsewhere.length > 0 && notYetElsewhere.every((c) => !tokenizeClause(c, rd.cues).tokens.some((t) => t.type === 'cue' && !t.weak));
  if (NOT_YET.test(cl.text) || NOT_OURS.test(cl.text) || (cl.clause.negated && holdsSentence)) {
    const targets = cl.cueTokens.flatMap((c) => (c.target.t === 'fact' ? [`fact:${(c.target as { key: string }).key}`] : c.target.t === 't2row' || c.target.t === 't3row' || c.target.t === 't4row' ? rowTargets(rd, c.target.t.slice(0, 2) as 't2', (c.target as { key: string }).key) : []));
    ask(rd, `「${cl.text}」：还没有确定的数，没有填入，统计好后请告诉我。`, targets);
    return true;
  }
  return false;
}

// 「没有…」: zero for what the clause names (and what the clauses before left without a number).
function negation(rd: Reader, cl: ClauseRead): boolean {
  if (cl.clause.negated) {
    // A weak cue (「申请」 in 「被申请行政复议」) is no subject of its own next to a strong one of another table.
    const strongTables = new Set(cl.cueTokens.filter((c) => !c.weak).map((c) => c.target.t.slice(0, 2)));
    // 「复议诉讼：全年没有发生行政复议」: a heading before 「：」 is a topic label, not the negation's subject.
    const colon = cl.text.lastIndexOf('：');
    const scoped = colon > 0 && cl.cueTokens.some((c) => c.start > colon) ? cl.cueTokens.filter((c) => c.start > colon) : cl.cueTokens;
    // (「公开栏没有公开信息」: the weak 「公开信息」 next to a channel is no second subject.)
    const strongFactCue = scoped.some((c) => c.target.t === 'fact' && !c.weak);
    // (「公众号没有发布信息」: a channel negated is never the total — 「发布信息」 beside it is the channel's verb.)
    const channelCue = scoped.some((c) => c.target.t === 'fact' && CHANNEL_FACT.test((c.target as { key: string }).key));
    const named = scoped.filter((c) => (!c.weak || !strongTables.size || strongTables.has(c.target.t.slice(0, 2))) && !(c.weak && c.target.t === 'fact' && strongFactCue) &&
      !(channelCue && c.target.t === 'fact' && (c.target as { key: string }).key === 'published_total'));
    applyNegation(rd, [...rd.ctx.dangling, ...named.map((c) => c.target)], cl.text);
    rd.ctx.dangling = [];
    return true;
  }
  return false;
}

// 「复议1起，申请人后来撤回了」: a withdrawal while a review or lawsuit waits for its result ends it (其他结果).
function withdrawal(rd: Reader, cl: ClauseRead): boolean {
  if (rd.ctx.t4claim?.needs === 'result' && rd.ctx.t4claim.phrase && rd.sentence.includes(rd.ctx.t4claim.phrase) && cl.cueTokens.some((c) => c.target.t === 't3row' && (c.target as { key: string }).key === 'r6_3')) {
    handleT4(rd, null, [fakeCue({ t: 't4col', key: 'other' })], cl.text);
    return true;
  }
  return false;
}

/** A subject named without a number: the row, fact or claim it names is the context of what follows. */
function nameForLater(rd: Reader, cl: ClauseRead): void {
  const domain = domainOf(rd, cl.cueTokens);
  // 「规范性文件清理后，现行有效的剩9件」: the 表二 row named before its columns' counts.
  const t2rows = [...new Set(cl.cueTokens.filter((c) => c.target.t === 't2row').map((c) => (c.target as { key: string }).key))];
  if (t2rows.length === 1 && !cl.clause.negated) rd.ctx.t2row = t2rows[0];
  if (domain === 'fact') {
    const keys = [...new Set(cl.cueTokens.filter((c) => c.target.t === 'fact').map((c) => (c.target as { key: string }).key))];
    if (keys.length === 1) rd.ctx.fact = { key: keys[0], period: rd.period, sentence: cl.sentence, bare: true };
  }
  if (domain === 't4') reviewClause(rd, cl);
  else if (domain === 't3') applicationsClause(rd, cl);
  else if (cl.cueTokens.some((c) => ['t4row', 't2row'].includes(c.target.t))) rd.ctx.dangling.push(...cl.cueTokens.map((c) => c.target));
}

/** 表四 named without a count: the kind of lawsuit or the result of the one waiting. */
function reviewClause(rd: Reader, cl: ClauseRead): void {
  // 「行政诉讼1起，未经复议直接起诉，…」: the kind of lawsuit named after its count.
  const kind = cl.cueTokens.find((c) => c.target.t === 't4row' && ['direct', 'after'].includes((c.target as { key: string }).key));
  const lawsuits = rd.claims.filter((c) => c.table === 't4' && c.needs === 'lawsuit');
  const lawsuit = rd.ctx.t4claim?.needs === 'lawsuit' ? rd.ctx.t4claim : lawsuits.length === 1 ? lawsuits[0] : undefined;
  if (kind && lawsuit) {
    lawsuit.row = (kind.target as { key: string }).key;
    lawsuit.needs = 'result';
    lawsuit.phrase = `${lawsuit.phrase}，${cl.text}`;
    rd.ctx.t4claim = lawsuit;
  }
  if (cl.cueTokens.some((c) => c.target.t === 't4col')) handleT4(rd, null, cl.cueTokens, cl.text);
  else rd.ctx.dangling.push(...cl.cueTokens.map((c) => c.target));
}

/** 表三 named without a count: the row of what follows, the column of the waiting counts, or a decision for all. */
function applicationsClause(rd: Reader, cl: ClauseRead): void {
  // 「今年收到的申请里，企业1件，个人4件」: the row named first is the row of the counts that follow.
  const strongRows = [...new Set(cl.cueTokens.filter((c) => c.target.t === 't3row' && !c.weak).map((c) => (c.target as { key: string }).key))];
  if (strongRows.length === 1 && strongRows[0] !== CARRY) rd.ctx.t3row = strongRows[0];
  // Only an applicant column named (「都是自然人」); a lone weak result word (「公开了」) is a result.
  const onlyCol = cl.cueTokens.some((c) => c.target.t === 't3col') && cl.cueTokens.every((c) => c.target.t === 't3col' || c.weak) && !namesDecision(cl.cueTokens, cl.text);
  const col = cl.cueTokens.find((c) => c.target.t === 't3col')?.target as { key: string } | undefined;
  const waitingClaims = rd.claims.filter((c) => c.table === 't3');
  // 「都是自然人」, or a short answer to the question about the previous turn's count (「个人的」).
  // (「去年结转过来的有2件，个人的」: a bare 「X的」 right after a count without its column in the same sentence.)
  const answers = ALL_OF_THEM.test(cl.text) || (waitingClaims.every((w) => rd.carriedClaims.has(w)) && rd.text.trim().length <= 12) ||
    (/^(?:是|都是)?[^，。；\d]{1,6}的$/.test(cl.text) && waitingClaims.length === 1 && rd.sentence.includes(waitingClaims[0].phrase));
  if (onlyCol && col && col.key !== LEGAL_GROUP && waitingClaims.length && answers) columnOfWaiting(rd, cl, col.key, waitingClaims);
  else if (onlyCol && col && col.key !== LEGAL_GROUP) {
    rd.ctx.t3topic = col.key; // 「自然人申请中，…」: the column of what follows
    rd.ctx.t3col = col.key;
  } else if (rd.reasonGiven?.sentence === cl.sentence && !cl.cueTokens.some((c) => c.target.t === 't3col') && cl.cueTokens.every((c) => c.target.t !== 't3row' || c.weak || (c.target as { key: string }).key === rd.reasonGiven!.leaf)) {
    // 「企业申请的都不予公开，都是商业秘密」: the reason of the decision just taken, no second decision
  } else if (!onlyCol && (cl.clause.all || cl.cueTokens.some((c) => /^(全部|都|均)/.test(c.text)) || oneColumnDecision(cl.cueTokens, cl.text)) && distributeAll(rd, cl.cueTokens, cl.text)) {
    // done: 「全部公开」 — every applicant column's applications have this result
  } else if (!onlyCol && rd.ctx.subject && (cl.clause.all || cl.text.length <= 8) && namesDecision(cl.cueTokens, cl.text) &&
    !(rd.reasonGiven?.sentence === cl.sentence && cl.cueTokens.every((c) => c.target.t !== 't3row' || c.weak || (c.target as { key: string }).key === rd.reasonGiven!.leaf))) handleT3(rd, null, cl.cueTokens, cl.text);
  else if (cl.cueTokens.some((c) => c.target.t === 't3row' && !c.weak)) rd.ctx.dangling.push(...cl.cueTokens.map((c) => c.target));
}

/** 「都是自然人」「个人的」: every waiting 表三 number belongs to this column. */
function columnOfWaiting(rd: Reader, cl: ClauseRead, col: string, waitingClaims: Pending[]): void {
  if (!waitingClaims.some((w) => w.row !== 'new' && w.row !== 'carried') && ALL_OF_THEM.test(cl.text)) rd.allOneColumn = col;
  for (const w of waitingClaims) {
    rd.claims.splice(rd.claims.indexOf(w), 1);
    setCell(rd, `t3.${w.row}.${col}`, w.value, `${w.phrase}（${cl.text}）`);
    // 「上年结转1件」→「是个人的，今年公开了」: the decision that follows is about these applications.
    if (T3_INTAKE.has(w.row)) rd.ctx.subject = { row: w.row, col, value: w.value, sentence: cl.sentence };
  }
  rd.ctx.t3col = col;
}
