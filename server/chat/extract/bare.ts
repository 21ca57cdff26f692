// A clause without a number that is not a follow-up (./followups.ts) names a subject: a waiting number's place, a
// vague amount, the fee, a negation, something not yet known — or it is kept for the numbers that follow.
import { isRelative, VAGUE } from '../mentions.js';
import { ALL_OF_THEM, CHANNEL_FACT, compatibleUnits, NOT_OURS, NOT_YET, sameAspectByUnit, STOCK_FACTS, T3_INTAKE, unitSaidBefore } from '../wordclasses.js';
import { factDef } from '../../format/facts.js';
import { AFFIRMED_END, splitClauses, textBeforeNumber, tokenizeClause, type CueToken, type NumToken } from '../tokens.js';
import { CARRY, LEGAL_GROUP } from '../vocab.js';
import type { Pending } from '../extraction.js';
import { type ClauseRead, flushWaiting, scopeMode } from './clause.js';
import { readFollowUp } from './followups.js';
import { applyNegation } from './negation.js';
import { normalise } from '../tokens.js';
import { domainOf, placeNumber } from './place.js';
import { fakeCue, leavesOfGroup, type Reader, rowTargets, type Waiting } from './reader.js';
import { ask, say, setCell } from './record.js';
import { distributeAll, handleT3, namesDecision, oneColumnDecision } from './t3.js';
import { handleT4 } from './t4.js';

type Step = (rd: Reader, cl: ClauseRead) => boolean;

/** Readings of the clause's own subject. */
const OWN_SUBJECT: Step[] = [waitingTakeSubject, vagueOrRelative, feeNamed, stockNotNew, notYetKnown, negation, withdrawal];

/** A clause without a number: follow-ups first, then (when it names something) its own subject. */
export function readBareClause(rd: Reader, cl: ClauseRead): void {
  // 「2件要拆迁的文件 都公开了」: a count of applications waiting in this sentence is what the decision is about
  // (not every application of the column).
  if (cl.clause.all && rd.waiting.length && rd.waiting.every((w) => w.num.unit === '件' && !/^\s*(?:共|一共|总共|合计)/.test(w.phrase)) && namesDecision(cl.cueTokens, cl.text) && waitingTakeSubject(rd, cl, true)) return;
  if (readFollowUp(rd, cl)) return;
  if (!cl.cueTokens.length) return;
  for (const step of OWN_SUBJECT) if (step(rd, cl)) return;
  nameForLater(rd, cl);
}

// A number waiting from the clause before takes this clause's subject.
function waitingTakeSubject(rd: Reader, cl: ClauseRead, weak = false): boolean {
  const strongCues = cl.cueTokens.filter((c) => weak || !c.weak);
  // (「人次104 … 公开栏今年没贴东西」: a number said in 人次 is no count of a fact kept in 条 — the clause is read for itself.)
  if (rd.waiting.length && strongCues.length && !rd.waiting.every((w) => unitClash(w, cl))) {
    const ws = rd.waiting;
    rd.waiting = [];
    for (const w of ws) {
      rd.mode = w.mode;
      if (unitClash(w, cl)) {
        rd.waiting.push(w);
        continue;
      }
      if (!placeNumber(rd, w.num, cl.cueTokens, `${w.phrase}，${cl.text}`, cl.sentence, cl.clause)) rd.waiting.push(w);
    }
    flushWaiting(rd);
    return true;
  }
  return false;
}

/** The unit a waiting number was said in (after it, or before it: 「人次104」), against every fact the clause names. */
function unitClash(w: Waiting, cl: ClauseRead): boolean {
  const unit = w.num.unit ?? unitSaidBefore(textBeforeNumber(w.phrase, w.num));
  const units = cl.cueTokens.filter((c) => c.target.t === 'fact').map((c) => factDef((c.target as { key: string }).key)?.unit);
  return Boolean(unit && units.length && units.every((u) => u && !compatibleUnits(unit, u)));
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
    // (「信息处理费收了多少来着」「收没收」: a question says nothing.)
    const asked = /吗|多少|来着|[？?]|是否|有没有|收没收|交没交|没$|几[次笔元块]/.test(cl.text);
    if (!asked && /收取|收了|收过|收到|缴纳|交了/.test(cl.text) && say(rd, 'fee.charged', true, cl.text)) {
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

/** 「就企业这块 没有申请」「就个人的 没有不予公开的」: 就 X opening the clause, or X with 这块/而言/来说, is the topic — no
 * affirmation of X (「…都没来申请 就个人的」 at the end is). */
function topicOf(text: string, c: CueToken): boolean {
  const after = text.slice(c.end);
  if (/^(?:的)?(?:这块|那块|这一块|那一块|而言|来说|方面|的话|这边|那边|呢)/.test(after)) return true;
  // (「就个人 其他都没有」 affirms 个人; 「就个人的 没有不予公开的」 opens on it as the topic.)
  return c.start <= 2 && /^的\s+\S/.test(after);
}

// 「没有…」: zero for what the clause names (and what the clauses before left without a number).
function negation(rd: Reader, cl: ClauseRead): boolean {
  // 「为啥模板里没有行政强制的说明栏？」: a why-question denies nothing.
  // (A question mark — in the message as typed — ends the question, not the sentence: 「说我们…就发了？不可能 …审了611条」.)
  const head = cl.text.trim().slice(0, 6);
  const asked = (rd.ec.typed ?? '').split(/(?<=[？?])/).filter((x) => /[？?]\s*$/.test(x)).some((x) => whyQuestion(x) && normalise(x).includes(head));
  // (Without its ？ 「为什么没有复议 因为今年确实没有复议」 may be an answer: only a typed question counts.)
  if (cl.clause.negated && asked) return true;
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
    // 「没有单位来申请 都是群众的」: a column after 「都是」 is affirmed, outside the negation's scope.
    // (「就个人的」「只有居民」「仅企业」 too, when nothing after it on its part is denied.)
    // (「只有企业没申请」 denies the one named.)
    const affirmed = (c: CueToken) =>
      c.target.t === 't3col' &&
      (/(?:都是|全是|全部是|全都是|均为|均是|只有|就是)\s*$/.test(cl.text.slice(Math.max(0, c.start - 4), c.start)) || (/(?:就|只|仅有?)\s*$/.test(cl.text.slice(Math.max(0, c.start - 2), c.start)) && !topicOf(cl.text, c))) &&
      !/没|无|未|不/.test(cl.text.slice(c.end).split(/[\s，,]/)[0]);
    const named = scoped.filter((c) => !affirmed(c) && (!c.weak || !strongTables.size || strongTables.has(c.target.t.slice(0, 2))) && !(c.weak && c.target.t === 'fact' && strongFactCue) &&
      !(channelCue && c.target.t === 'fact' && (c.target as { key: string }).key === 'published_total'));
    // 「申请人撤回了 没收到钱」: a negation naming its own subject of another kind leaves the clause before alone.
    const kind = (t: { t: string }) => (/^t[234]/.test(t.t) ? t.t.slice(0, 2) : t.t === 'feeNotice' ? 'fee' : t.t);
    const ownKinds = new Set(named.filter((c) => !c.weak).map((c) => kind(c.target)));
    // (「许可有的，处罚没有」: subjects said to exist in the clause before are outside the denial.)
    const before = rd.sentence.slice(0, Math.max(0, rd.sentence.indexOf(cl.text))).replace(/[，,\s]+$/, '');
    const existed = AFFIRMED_END.test(before) && !/没|未|无|不/.test(before.split(/[，,\s]/).pop() ?? '');
    const dangling = existed || (ownKinds.size && rd.ctx.dangling.every((t) => !ownKinds.has(kind(t)))) ? [] : rd.ctx.dangling;
    // 「来申请的就只有居民 没有一家单位来过」: the applicants affirmed are excepted from a denial naming no column.
    const kept = scoped.filter((c) => affirmed(c)).map((c) => (c.target as { key: string }).key);
    // (Only a denial that there were any: 「都是个人 没处理」 says what was done with them.)
    if (kept.length && !named.some((c) => c.target.t === 't3col') && /没有|没来|没申请|没人|一家(?:也|都)没/.test(cl.text) && !/处理|公开|给|答复|办/.test(cl.text)) rd.ctx.except = { cols: kept, sentence: rd.sentence };
    applyNegation(rd, [...dangling, ...named.map((c) => c.target)], cl.text);
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
    // 「前面培训的人次多报了」: a unit word after the fact's name is its sibling counted in that unit (参训人次).
    const unitWord = /(?:的|那个?|这个?)?\s*(人次|人数)/.exec(cl.text.slice(cl.cueTokens.find((c) => c.target.t === 'fact')?.end ?? cl.text.length));
    const sibling = keys.length === 1 && unitWord?.index === 0 ? sameAspectByUnit(keys[0], unitWord[1] === '人数' ? '人' : unitWord[1]) : undefined;
    if (keys.length === 1) rd.ctx.fact = { key: sibling ?? keys[0], period: rd.period, sentence: cl.sentence, bare: true };
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
    if (lawsuit.col) {
      rd.claims.splice(rd.claims.indexOf(lawsuit), 1);
      rd.ctx.t4claim = undefined;
      setCell(rd, `t4.${lawsuit.row}.${lawsuit.col}`, lawsuit.value, lawsuit.phrase);
      return;
    }
  }
  if (cl.cueTokens.some((c) => c.target.t === 't4col')) handleT4(rd, null, cl.cueTokens, cl.text);
  else rd.ctx.dangling.push(...cl.cueTokens.map((c) => c.target));
}

/** 表三 named without a count: the row of what follows, the column of the waiting counts, or a decision for all. */
function applicationsClause(rd: Reader, cl: ClauseRead): void {
  // 「今年收到的申请里，企业1件，个人4件」: the row named first is the row of the counts that follow.
  const strongRows = [...new Set(cl.cueTokens.filter((c) => c.target.t === 't3row' && !c.weak).map((c) => (c.target as { key: string }).key))];
  if (strongRows.length === 1 && strongRows[0] !== CARRY) [rd.ctx.t3row, rd.ctx.t3rowSentence, rd.ctx.t3rowFromPrevious] = [strongRows[0], cl.sentence, false];
  // Only an applicant column named (「都是自然人」); a lone weak result word (「公开了」) is a result.
  const onlyCol = cl.cueTokens.some((c) => c.target.t === 't3col') && cl.cueTokens.every((c) => c.target.t === 't3col' || c.weak) && !namesDecision(cl.cueTokens, cl.text);
  const col = cl.cueTokens.find((c) => c.target.t === 't3col')?.target as { key: string } | undefined;
  const waitingClaims = rd.claims.filter((c) => c.table === 't3');
  // 「都是自然人」, or a short answer to the question about the previous turn's count (「个人的」).
  // (「去年结转过来的有2件，个人的」: a bare 「X的」 right after a count without its column in the same sentence.)
  const answers = ALL_OF_THEM.test(cl.text) || (waitingClaims.every((w) => rd.carriedClaims.has(w)) && rd.text.trim().length <= 12) ||
    (/^(?:是|都是)?[^，。；\d]{1,6}的$/.test(cl.text) && waitingClaims.length === 1 && rd.sentence.includes(waitingClaims[0].phrase));
  // 「没有单位来申请，都是群众的」: 「都是X」 says X's applications were some, so a denied count (0) waiting is not X's.
  const takes = ALL_OF_THEM.test(cl.text) ? waitingClaims.filter((w) => w.value !== 0) : waitingClaims;
  if (onlyCol && col && col.key !== LEGAL_GROUP && takes.length && answers) columnOfWaiting(rd, cl, col.key, takes);
  else if (onlyCol && col && col.key !== LEGAL_GROUP) {
    rd.ctx.t3topic = col.key; // 「自然人申请中，…」: the column of what follows
    rd.ctx.t3col = col.key;
    // 「公司 律所 今年一家也没来要过」: groups named alone are the subject of a negation that follows.
    // (「除了个人申请，其他…都没有」 names the group excepted.)
    if (!/除了?|以外|之外|除开/.test(cl.text)) rd.ctx.dangling.push(...cl.cueTokens.filter((c) => c.target.t === 't3col').map((c) => c.target));
  } else if (rd.reasonGiven?.sentence === cl.sentence && !cl.cueTokens.some((c) => c.target.t === 't3col') && cl.cueTokens.every((c) => c.target.t !== 't3row' || c.weak || ofReasonGiven(rd, (c.target as { key: string }).key))) {
    // 「企业申请的都不予公开，都是商业秘密」: the reason of the decision just taken, no second decision
  } else if (!onlyCol && ((rd.ctx.subject?.pointed && rd.ctx.subject.sentence === cl.sentence) || (rd.pointAsked && !cl.cueTokens.some((c) => c.target.t === 't3col'))) && namesDecision(cl.cueTokens, cl.text)) {
    // 「企业那4件 都公开了」: the decision is of the applications pointed at; after a count asked about, it is asked too.
    if (rd.ctx.subject?.pointed && rd.ctx.subject.sentence === cl.sentence) handleT3(rd, null, cl.cueTokens, cl.text);
    else ask(rd, `「${cl.text}」说的是前面那几件申请吗？那个件数草稿里没有，这一结果也没有填入；请说明是哪类申请人的几件。`);
  } else if (!onlyCol && (cl.clause.all || cl.cueTokens.some((c) => /^(全部|都|均)/.test(c.text)) || oneColumnDecision(cl.cueTokens, cl.text)) && distributeAll(rd, cl.cueTokens, cl.text)) {
    // done: 「全部公开」 — every applicant column's applications have this result
  } else if (!onlyCol && rd.ctx.subject && (cl.clause.all || cl.text.length <= 8) && namesDecision(cl.cueTokens, cl.text) && !brokenDown(rd, cl) &&
    !(rd.reasonGiven?.sentence === cl.sentence && cl.cueTokens.every((c) => c.target.t !== 't3row' || c.weak || ofReasonGiven(rd, (c.target as { key: string }).key)))) handleT3(rd, null, cl.cueTokens, cl.text);
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

/** The row is the reason this sentence already gave, or its group (「三件…内部人事管理的事 没给」: 没给 is its 不予公开). */
function ofReasonGiven(rd: Reader, key: string): boolean {
  const leaf = rd.reasonGiven!.leaf;
  return key === leaf || leavesOfGroup(rd, key).some((r) => r.key === leaf);
}

/** 「新收的十五件 十二件公开 三件…内部事务 没给」: the subject's count was broken down before this clause, so a bare
 * decision is of the part just counted, not of all the subject's applications. */
function brokenDown(rd: Reader, cl: ClauseRead): boolean {
  const since = rd.ctx.subject?.saidAt;
  return since !== undefined && rd.ctx.subject?.sentence === cl.sentence && rd.out.said.slice(since).some((x) => /^t3\./.test(x.target) && !T3_INTAKE.has(x.target.split('.')[1]));
}

/** 「为啥…没有…？」「怎么没有…」: a why-question; what it takes as given is no statement of the draft's.
 * (「有没有行政复议？」 asks about the subject: the unsure-sentence path asks it back.) */
function whyQuestion(sentence: string): boolean {
  // (「说我们有信息没审查就发了？」: someone's claim asked back.)
  const t = sentence.trim();
  return /^(?:请问)?\s*(?:为啥|为什么|为何|怎么|咋|凭啥|难道)/.test(t) || (/^(?:说|有人说|听说|你说|他们说)/.test(t) && /[？?]\s*$/.test(t));
}
