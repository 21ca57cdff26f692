// Offline chat: a deterministic reader for this report's closed vocabulary. It understands what it can place
// exactly, and asks about everything else — it never guesses a cell, a column or a reason.
import { factDef } from '../format/index.js';
import { isApprox, isRelative, periodAt, periodOf, VAGUE, type Period } from './mentions.js';
import { ALL_OF_THEM, ALL_WORDS_AFTER, BARE_NONE, CHANNEL_FACT, INTAKE_VERB, NOT_OURS, NOT_YET, NUMERAL_CHAR, OPENED, PREVIOUS_TURN, STILL_OPEN, STOCK_FACTS, T3_INTAKE, TOTAL_WORDS, UNPAID, VAGUE_UNIT, compatibleUnits, unsureSentence } from './wordclasses.js';
import { pairNumbers, splitClauses, splitSentences, tokenizeClause, type CueToken, type NumToken } from './tokens.js';
import { CARRY, LEGAL_GROUP, type Target } from './vocab.js';
import { type ExtractContext, type Extraction, type Mode } from './extraction.js';
import { forgetSentenceSubjects } from './subjects.js';
import { setContext, takePreviousSubject } from './extract/context.js';
import { handleFact } from './extract/facts.js';
import { handOver } from './extract/handover.js';
import { applyNegation } from './extract/negation.js';
import { domainOf, pastedRow, placeNumber } from './extract/place.js';
import { fakeCue, leavesOfGroup, newReader, rowTargets } from './extract/reader.js';
import { ask, say, setCell } from './extract/record.js';
import { settle } from './extract/settle.js';
import { distributeAll, handleT3, namesDecision, oneColumnDecision } from './extract/t3.js';
import { handleT4 } from './extract/t4.js';
import { keepLabels, readWhole } from './extract/whole.js';

export { orphanQuestion } from './extraction.js';
export type { Ask, ExtractContext, Extraction, Orphan, Pending, Said } from './extraction.js';

/** 「又来了」「后来又补发了」「另外又办了」: a further part of what was just counted. */
const ADDED = /(?:又|再|另外|后来|追加|补)[^，。；\d零一二两三四五六七八九十]{0,4}?(?:来|收|接|发|补|办|搞|开|组织|做|出|增|受理)/;

export function extract(message: string, ec: ExtractContext): Extraction {
  const rd = newReader(message, ec);
  const format = rd.format;
  const cues = rd.cues;

  readWhole(rd);
  setContext(rd);
  keepLabels(rd);
  takePreviousSubject(rd);
  /** Numbers still waiting at the end of their sentence are asked about. */
  const flushWaiting = () => {
    for (const w of rd.waiting) rd.out.orphans.push({ value: w.num.value, unit: w.num.unit, phrase: w.phrase, raw: w.num.raw });
    rd.waiting = [];
  };
  for (const sentence of splitSentences(rd.text)) {
    flushWaiting();
    rd.period = 'year';
    // Subjects named without a number, and a column named as a topic, do not reach into the next sentence
    // (a pasted report's 「保障人民群众的知情权」 is no applicant column for the figures that follow).
    // The fee spoken of reaches only its own sentence (or, from the previous turn, this message's first).
    if (rd.ctx.fee && rd.ctx.fee !== PREVIOUS_TURN) rd.ctx.fee = undefined;
    else if (rd.ctx.fee === PREVIOUS_TURN && rd.sentence) rd.ctx.fee = undefined;
    rd.sentence = sentence;
    const why = unsureSentence(sentence);
    rd.unsure = why ? { sentence, why } : undefined;
    forgetSentenceSubjects(rd.ctx);
    for (const clauseText of splitClauses(sentence)) {
      rd.period = periodOf(clauseText, ec.year) ?? rd.period;
      const relative = isRelative(clauseText);
      const clause = tokenizeClause(clauseText, cues);
      // 「复议和诉讼：行政复议1件」: a heading listing several rows before 「：」 is a topic label when the count after it
      // names its own row of that table (「规范性文件：制发2件」 keeps its heading: the row is named only there).
      const colonAt = clauseText.lastIndexOf('：');
      const rowsOf = (t: Target['t'], before: boolean) => new Set(clause.tokens.flatMap((x) => (x.type === 'cue' && x.target.t === t && !x.weak && (before ? x.end <= colonAt : x.start > colonAt) ? [(x.target as { key: string }).key] : [])));
      if (colonAt > 0 && clause.nums.length && clause.nums.every((n) => n.start > colonAt) && (['t4row', 't2row', 't3row'] as const).some((t) => rowsOf(t, true).size >= 2 && rowsOf(t, false).size >= 1))
        clause.tokens = clause.tokens.filter((t) => t.type !== 'cue' || t.start > colonAt);
      const inherited = rd.period;
      // Each number takes the period named nearest before it (「政策解读去年12篇今年15篇」).
      const at = (n?: NumToken): Period => (n ? (periodAt(clauseText, n.start, ec.year) ?? inherited) : inherited);
      const scopeMode = (n?: NumToken): Mode =>
        relative ? { kind: 'offer', why: '是与其他时间相比的增减数' }
        : at(n) === 'last' ? { kind: 'offer', why: '是往年的数' }
        : at(n) === 'part' ? { kind: 'offer', why: '只是一段时间的数，不是全年的' }
        : at(n) === 'next' ? { kind: 'offer', why: '是明年或计划中的数，不是今年已经做的' }
        : n && isApprox(clauseText, n) ? { kind: 'offer', why: '是约数，表格需要准确数字' }
        : at(n) !== 'year' ? { kind: 'part', period: at(n) }
        : { kind: 'exact' };
      rd.mode = scopeMode();
      // 「申请人没有缴费」: the applicant is a person, not the count of applications.
      const cueTokens = clause.tokens.filter((t): t is CueToken => t.type === 'cue' && !(t.weak && t.text === '申请' && clauseText[t.end] === '人'));
      if (!clause.nums.length) {
        // 「去年有1起复议，今年没有」: a negation naming only this year negates the previous clause's subject.
        if (!cueTokens.length && clause.negated && !NOT_YET.test(clauseText) && rd.ctx.prev?.sentence === sentence && rd.ctx.prev.period !== 'year' && periodOf(clauseText, ec.year) === 'year') {
          rd.mode = { kind: 'exact' };
          applyNegation(rd, rd.ctx.prev.targets, clauseText);
          continue;
        }
        if (/^(?:除了|除去|除)/.test(clauseText)) rd.ctx.except = { cols: cueTokens.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key), sentence };
        // 「除了个人申请，其他都没有」: every applicant column but the one excepted, in the row spoken of.
        else if (!cueTokens.length && clause.negated && rd.ctx.except?.sentence === sentence && rd.ctx.except.cols.length && /^(?:其他|其余|别的)/.test(clauseText)) {
          applyNegation(rd, [], `${sentence}`);
          continue;
        }
        // 「公众号今年停更了，一条没发」: a bare short negation is about the subject the clause before named.
        if (!cueTokens.length && clause.negated && rd.ctx.named?.sentence === sentence && BARE_NONE.test(clauseText)) {
          applyNegation(rd, rd.ctx.named.cues.filter((c) => !c.weak).map((c) => c.target), `${clauseText}（${rd.ctx.named.cues.map((c) => c.text).join('')}）`);
          continue;
        }
        // 「信息处理费？没收过」: a bare negation answers the subject the sentence before only named.
        if (!cueTokens.length && clause.negated && rd.ctx.asked && rd.ctx.asked.sentence !== sentence && clauseText.length <= 6 && splitClauses(sentence).length === 1) {
          applyNegation(rd, rd.ctx.asked.targets, `${clauseText}（${rd.ctx.asked.sentence}）`);
          rd.ctx.asked = undefined;
          continue;
        }
        if (cueTokens.some((c) => !c.weak) && !clause.negated) {
          rd.ctx.named = { cues: cueTokens, sentence };
          rd.ctx.asked = splitClauses(sentence).length === 1 && !NUMERAL_CHAR.test(sentence) ? { targets: cueTokens.map((c) => c.target), sentence } : undefined;
        }
        // 「12月份又来了1件个人申请，还没办完」: an application still open at the year's end may be carried to next year.
        if (STILL_OPEN.test(clauseText) && (rd.ctx.subject?.sentence === sentence || rd.claims.some((c) => c.table === 't3') || rd.out.asks.some((a) => a.targets.some((t) => t.startsWith('t3.new.'))))) {
          ask(rd, `「${clauseText}」：年底还没办完的申请要计入「结转下年度继续办理」，请说明件数和申请人类别。`, rowTargets(rd, 't3', 'next'));
          continue;
        }
        // 「发出收费通知书1份，申请人没有缴费」: nothing was paid, so no 信息处理费 was charged.
        if (rd.ctx.fee && UNPAID.test(clauseText) && !rd.out.said.some((x) => x.target === 'fee.charged')) {
          if (say(rd, 'fee.charged', false, clauseText)) rd.out.fee = { ...rd.out.fee, charged: false };
          continue;
        }
        // 「培训嘛，搞了两三次吧」: a vague amount for the subject the clause before named.
        const topicCues = rd.ctx.named?.sentence === sentence ? rd.ctx.named.cues : rd.ctx.fact?.sentence === sentence ? [fakeCue({ t: 'fact', key: rd.ctx.fact.key })] : undefined;
        if (!cueTokens.length && VAGUE.test(clauseText) && topicCues) {
          rd.mode = { kind: 'vague' };
          const unit = VAGUE_UNIT.exec(clauseText.slice(clauseText.search(VAGUE)))?.[0];
          const placeholder: NumToken = { type: 'num', value: 1, approx: false, raw: '', start: clauseText.length, end: clauseText.length, ...(unit ? { unit } : {}) };
          placeNumber(rd, placeholder, topicCues, `${clauseText}（${topicCues.map((c) => c.text || factDef((c.target as { key: string }).key)?.label).join('')}）`, sentence, clause);
          rd.mode = scopeMode();
          continue;
        }
        // 「下半年的还没统计」 after a part: not known yet, about the fact spoken of.
        if (!cueTokens.length && NOT_YET.test(clauseText) && (rd.earlierParts.length || rd.ctx.fact?.sentence === sentence)) {
          const about = rd.ctx.fact?.sentence === sentence ? [`fact:${rd.ctx.fact.key}`] : [...new Set(rd.earlierParts.map((p) => p.target))];
          ask(rd, `「${clauseText}」：还没有确定的数，${about.map((t) => factDef(t.slice(5))?.label).join('、')}没有填入全年数，统计好后请告诉我。`, about);
          continue;
        }
        // 「涉及个人隐私」 answering 「不予公开1件」 (asked for its reason): the waiting count gets the reason.
        const reasonFor = rd.claims.find((c) => c.needs === 'reason' && cueTokens.some((t) => t.target.t === 't3row' && leavesOfGroup(rd, c.row).some((r) => r.key === (t.target as { key: string }).key)));
        if (reasonFor) {
          rd.claims.splice(rd.claims.indexOf(reasonFor), 1);
          const leaf = cueTokens.find((t) => t.target.t === 't3row' && leavesOfGroup(rd, reasonFor.row).some((r) => r.key === (t.target as { key: string }).key))!;
          const num: NumToken = { type: 'num', value: reasonFor.value, approx: false, raw: String(reasonFor.value), start: 0, end: 0 };
          handleT3(rd, num, [leaf, ...cueTokens.filter((t) => t.target.t === 't3col')], `${reasonFor.phrase}，${clauseText}`);
          continue;
        }
        // 「政策解读10篇」→「回应关切也是」: 「也是」 after a subject alone is the number just given.
        // (「公众号呢，也差不多」: the subject named in the clause before.)
        const sameCues = cueTokens.some((c) => !c.weak) ? cueTokens : rd.ctx.named?.sentence === sentence && !cueTokens.length ? rd.ctx.named.cues : [];
        const strongOnly = sameCues.filter((c) => !c.weak);
        const rest = cueTokens.filter((c) => !c.weak).reduce((t, c) => t.replace(c.text, ''), clauseText).replace(/[。！!，,\s]/g, '');
        if (strongOnly.length && rd.lastNumber && !clause.negated && /^(?:的|呢)?(?:也是|也一样|也相同|一样|同样|也是这个数|也这么多)(?:的)?$/.test(rest)) {
          // (the count is the same; the unit is the new subject's own — only money keeps its 元)
          const n0: NumToken = { type: 'num', value: rd.lastNumber.value, approx: false, raw: String(rd.lastNumber.value), start: clauseText.length, end: clauseText.length, ...(rd.lastNumber.unit && /元/.test(rd.lastNumber.unit) ? { unit: rd.lastNumber.unit } : {}) };
          placeNumber(rd, n0, sameCues, `${clauseText}（${rd.lastNumber.value}${rd.lastNumber.unit ?? ''}）`, sentence, clause);
          continue;
        }
        // 「公众号呢，也差不多」「公开栏也差不多」: about the same as the number just given — asked, offering it.
        if (strongOnly.length && rd.lastNumber && !clause.negated && /^(?:的|呢)?(?:也)?(?:差不多|差不离|接近|相近|近似)(?:吧|吧|的)?$/.test(rest)) {
          const n0: NumToken = { type: 'num', value: rd.lastNumber.value, approx: false, raw: String(rd.lastNumber.value), start: clauseText.length, end: clauseText.length, ...(rd.lastNumber.unit && /元/.test(rd.lastNumber.unit) ? { unit: rd.lastNumber.unit } : {}) };
          const keep = rd.mode;
          rd.mode = { kind: 'offer', why: '只说了跟前面的数差不多，不是确数' };
          placeNumber(rd, n0, sameCues, clauseText, sentence, clause);
          rd.mode = keep;
          continue;
        }
        // 「收到个人申请2件，都按时答复」: all the applications counted in this sentence were answered on time.
        const onTime = cueTokens.find((c) => c.target.t === 'fact' && (c.target as { key: string }).key === 'requests_on_time');
        if (onTime && !clause.negated && /都|全部|均|全都/.test(clauseText)) {
          const intake = rd.out.said.filter((x) => /^t3\.(new|carried)\./.test(x.target) && typeof x.value === 'number' && rd.sentence.includes(x.phrase));
          const sum = intake.reduce((a, x) => a + (x.value as number), 0);
          if (intake.length && sum > 0) handleFact(rd, { type: 'num', value: sum, approx: false, raw: String(sum), unit: '件', start: clauseText.length, end: clauseText.length }, [onTime], `${clauseText}（共${sum}件）`);
          if (cueTokens.every((c) => c === onTime || c.weak)) continue;
        }
        if (!cueTokens.length) continue;
        // A number waiting from the clause before takes this clause's subject.
        const strongCues = cueTokens.filter((c) => !c.weak);
        if (rd.waiting.length && strongCues.length) {
          const ws = rd.waiting;
          rd.waiting = [];
          for (const w of ws) {
            rd.mode = w.mode;
            if (!placeNumber(rd, w.num, cueTokens, `${w.phrase}，${clauseText}`, sentence, clause)) rd.waiting.push(w);
          }
          flushWaiting();
          continue;
        }
        rd.mode = VAGUE.test(clauseText) ? { kind: 'vague' } : isRelative(clauseText) ? { kind: 'offer', why: '是与往年比较的说法' } : { kind: 'exact' };
        if (rd.mode.kind !== 'exact' && !clause.negated) {
          // 「解读大概一百来篇」「处罚有一些」: the place is named, the number is not.
          const placeholder: NumToken = { type: 'num', value: 1, approx: false, raw: '', start: clauseText.length, end: clauseText.length };
          if (rd.mode.kind === 'offer') rd.mode = { kind: 'vague' };
          placeNumber(rd, placeholder, cueTokens, clauseText, sentence, clause);
          if (rd.ctx.fact?.sentence === sentence) rd.ctx.fact.bare = true;
          rd.mode = scopeMode();
          continue;
        }
        // A clause without a number takes the sentence's time scope (「去年…，全部予以公开」 is last year's).
        rd.mode = scopeMode();
        if (cueTokens.some((c) => c.target.t === 'feeNotice')) rd.ctx.feeNotice = sentence;
        if (cueTokens.some((c) => c.target.t === 'fee')) {
          rd.ctx.fee = sentence;
          rd.spokeOfFee = true;
        }
        if (!clause.negated && cueTokens.some((c) => c.target.t === 'fee')) {
          if (/收取|收了|收过|收到|缴纳|交了/.test(clauseText) && say(rd, 'fee.charged', true, clauseText)) {
            rd.out.fee = { ...rd.out.fee, charged: true };
            rd.out.understood.push(`「${clauseText}」→ 收取了信息处理费`);
          }
          continue;
        }
        // 「没有开设新的专栏，还是原来那12个」: no new ones is not none.
        const stock = cueTokens.filter((c) => c.target.t === 'fact' && STOCK_FACTS.has((c.target as { key: string }).key));
        if (clause.negated && stock.length && /新/.test(clauseText)) {
          rd.ctx.fact = { key: (stock[0].target as { key: string }).key, period: rd.period, sentence, bare: true };
          continue;
        }
        // 「培训的数还没汇总完，先别填」: not yet known is not zero.
        // 「培训的数还没汇总完，先别填」 holds the whole sentence; 「没有行政强制，处罚的数还在统计」 only its own clause.
        const notYetElsewhere = splitClauses(sentence).filter((c) => NOT_YET.test(c));
        const holdsSentence = notYetElsewhere.length > 0 && notYetElsewhere.every((c) => !tokenizeClause(c, cues).tokens.some((t) => t.type === 'cue' && !t.weak));
        if (NOT_YET.test(clauseText) || NOT_OURS.test(clauseText) || (clause.negated && holdsSentence)) {
          const targets = cueTokens.flatMap((c) => (c.target.t === 'fact' ? [`fact:${(c.target as { key: string }).key}`] : c.target.t === 't2row' || c.target.t === 't3row' || c.target.t === 't4row' ? rowTargets(rd, c.target.t.slice(0, 2) as 't2', (c.target as { key: string }).key) : []));
          ask(rd, `「${clauseText}」：还没有确定的数，没有填入，统计好后请告诉我。`, targets);
          continue;
        }
        if (clause.negated) {
          // A weak cue (「申请」 in 「被申请行政复议」) is no subject of its own next to a strong one of another table.
          const strongTables = new Set(cueTokens.filter((c) => !c.weak).map((c) => c.target.t.slice(0, 2)));
          // 「复议诉讼：全年没有发生行政复议」: a heading before 「：」 is a topic label, not the negation's subject.
          const colon = clauseText.lastIndexOf('：');
          const scoped = colon > 0 && cueTokens.some((c) => c.start > colon) ? cueTokens.filter((c) => c.start > colon) : cueTokens;
          // (「公开栏没有公开信息」: the weak 「公开信息」 next to a channel is no second subject.)
          const strongFactCue = scoped.some((c) => c.target.t === 'fact' && !c.weak);
          // (「公众号没有发布信息」: a channel negated is never the total — 「发布信息」 beside it is the channel's verb.)
          const channelCue = scoped.some((c) => c.target.t === 'fact' && CHANNEL_FACT.test((c.target as { key: string }).key));
          const named = scoped.filter((c) => (!c.weak || !strongTables.size || strongTables.has(c.target.t.slice(0, 2))) && !(c.weak && c.target.t === 'fact' && strongFactCue) &&
            !(channelCue && c.target.t === 'fact' && (c.target as { key: string }).key === 'published_total'));
          applyNegation(rd, [...rd.ctx.dangling, ...named.map((c) => c.target)], clauseText);
          rd.ctx.dangling = [];
          continue;
        }
        // 「复议1起，申请人后来撤回了」: a withdrawal while a review or lawsuit waits for its result ends it (其他结果).
        if (rd.ctx.t4claim?.needs === 'result' && rd.ctx.t4claim.phrase && rd.sentence.includes(rd.ctx.t4claim.phrase) && cueTokens.some((c) => c.target.t === 't3row' && (c.target as { key: string }).key === 'r6_3')) {
          handleT4(rd, null, [fakeCue({ t: 't4col', key: 'other' })], clauseText);
          continue;
        }
        const domain = domainOf(rd, cueTokens);
        // 「规范性文件清理后，现行有效的剩9件」: the 表二 row named before its columns' counts.
        const t2rows = [...new Set(cueTokens.filter((c) => c.target.t === 't2row').map((c) => (c.target as { key: string }).key))];
        if (t2rows.length === 1 && !clause.negated) rd.ctx.t2row = t2rows[0];
        if (domain === 'fact') {
          const keys = [...new Set(cueTokens.filter((c) => c.target.t === 'fact').map((c) => (c.target as { key: string }).key))];
          if (keys.length === 1) rd.ctx.fact = { key: keys[0], period: rd.period, sentence, bare: true };
        }
        if (domain === 't4') {
          // 「行政诉讼1起，未经复议直接起诉，…」: the kind of lawsuit named after its count.
          const kind = cueTokens.find((c) => c.target.t === 't4row' && ['direct', 'after'].includes((c.target as { key: string }).key));
          const lawsuits = rd.claims.filter((c) => c.table === 't4' && c.needs === 'lawsuit');
          const lawsuit = rd.ctx.t4claim?.needs === 'lawsuit' ? rd.ctx.t4claim : lawsuits.length === 1 ? lawsuits[0] : undefined;
          if (kind && lawsuit) {
            lawsuit.row = (kind.target as { key: string }).key;
            lawsuit.needs = 'result';
            lawsuit.phrase = `${lawsuit.phrase}，${clauseText}`;
            rd.ctx.t4claim = lawsuit;
          }
          if (cueTokens.some((c) => c.target.t === 't4col')) handleT4(rd, null, cueTokens, clauseText);
          else rd.ctx.dangling.push(...cueTokens.map((c) => c.target));
        }
        else if (domain === 't3') {
          // 「今年收到的申请里，企业1件，个人4件」: the row named first is the row of the counts that follow.
          const strongRows = [...new Set(cueTokens.filter((c) => c.target.t === 't3row' && !c.weak).map((c) => (c.target as { key: string }).key))];
          if (strongRows.length === 1 && strongRows[0] !== CARRY) rd.ctx.t3row = strongRows[0];
          // Only an applicant column named (「都是自然人」); a lone weak result word (「公开了」) is a result.
          const onlyCol = cueTokens.some((c) => c.target.t === 't3col') && cueTokens.every((c) => c.target.t === 't3col' || c.weak) && !namesDecision(rd, cueTokens, clauseText);
          const col = cueTokens.find((c) => c.target.t === 't3col')?.target as { key: string } | undefined;
          const waitingClaims = rd.claims.filter((c) => c.table === 't3');
          // 「都是自然人」, or a short answer to the question about the previous turn's count (「个人的」).
          // (「去年结转过来的有2件，个人的」: a bare 「X的」 right after a count without its column in the same sentence.)
          const answers = ALL_OF_THEM.test(clauseText) || (waitingClaims.every((w) => rd.carriedClaims.has(w)) && rd.text.trim().length <= 12) ||
            (/^(?:是|都是)?[^，。；\d]{1,6}的$/.test(clauseText) && waitingClaims.length === 1 && rd.sentence.includes(waitingClaims[0].phrase));
          if (onlyCol && col && col.key !== LEGAL_GROUP && waitingClaims.length && answers) {
            // 「都是自然人」: every waiting 表三 number belongs to this column.
            if (!waitingClaims.some((w) => w.row !== 'new' && w.row !== 'carried') && ALL_OF_THEM.test(clauseText)) rd.allOneColumn = col.key;
            for (const w of waitingClaims) {
              rd.claims.splice(rd.claims.indexOf(w), 1);
              setCell(rd, `t3.${w.row}.${col.key}`, w.value, `${w.phrase}（${clauseText}）`);
              // 「上年结转1件」→「是个人的，今年公开了」: the decision that follows is about these applications.
              if (T3_INTAKE.has(w.row)) rd.ctx.subject = { row: w.row, col: col.key, value: w.value, sentence };
            }
            rd.ctx.t3col = col.key;
          } else if (onlyCol && col && col.key !== LEGAL_GROUP) {
            rd.ctx.t3topic = col.key; // 「自然人申请中，…」: the column of what follows
            rd.ctx.t3col = col.key;
          } else if (rd.reasonGiven?.sentence === sentence && !cueTokens.some((c) => c.target.t === 't3col') && cueTokens.every((c) => c.target.t !== 't3row' || c.weak || (c.target as { key: string }).key === rd.reasonGiven!.leaf)) {
            // 「企业申请的都不予公开，都是商业秘密」: the reason of the decision just taken, no second decision
          } else if (!onlyCol && (clause.all || cueTokens.some((c) => /^(全部|都|均)/.test(c.text)) || oneColumnDecision(rd, cueTokens, clauseText)) && distributeAll(rd, cueTokens, clauseText)) {
            // done: 「全部公开」 — every applicant column's applications have this result
          } else if (!onlyCol && rd.ctx.subject && (clause.all || clauseText.length <= 8) && namesDecision(rd, cueTokens, clauseText) &&
            !(rd.reasonGiven?.sentence === sentence && cueTokens.every((c) => c.target.t !== 't3row' || c.weak || (c.target as { key: string }).key === rd.reasonGiven!.leaf))) handleT3(rd, null, cueTokens, clauseText);
          else if (cueTokens.some((c) => c.target.t === 't3row' && !c.weak)) rd.ctx.dangling.push(...cueTokens.map((c) => c.target));
        } else if (cueTokens.some((c) => ['t4row', 't2row'].includes(c.target.t))) rd.ctx.dangling.push(...cueTokens.map((c) => c.target));
        continue;
      }
      // 「规章：0 0 0」「自然人 3 0 0 …」: a pasted table row, one number per column in the declared order.
      if (rd.mode.kind === 'exact' && pastedRow(rd, clause, cueTokens, clauseText)) {
        rd.ctx.dangling = [];
        continue;
      }
      for (const { num: rawNum, cues: cs } of pairNumbers(clause)) {
        const phrase = clauseText;
        rd.mode = scopeMode(rawNum);
        // The clause-level reading of exactness replaces the token's (the question then names its place).
        const num = rd.mode.kind === 'offer' && rawNum.approx ? { ...rawNum, approx: false } : rawNum;
        // 「行政复议、行政诉讼均为0」: a zero that names no place of its own applies to the places listed before it.
        if (num.value === 0 && clause.all && rd.ctx.dangling.length) applyNegation(rd, [...rd.ctx.dangling], phrase);
        // 「处罚比去年少了5件，一共12件」: the absolute figure after a comparison takes the comparison's subject.
        const compared = rd.ctx.prev?.sentence === sentence && rd.ctx.prev.relative && !cs.length && !relative && clause.nums.length === 1 ? rd.ctx.prev.cues : undefined;
        if (compared?.length && rd.mode.kind === 'exact' && placeNumber(rd, num, compared, `${phrase}（${compared.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        // 「培训2次，每次30人左右」「每次都有30人参加」: people per session are no year's figure — 参训人次 asked.
        if (num.unit && /^(?:人|名|人次)$/.test(num.unit) && /每(?:次|场|期|回|一次)/.test(phrase.slice(0, num.start)) && !cs.some((c) => c.target.t !== 'fact')) {
          ask(rd, `「${phrase}」是每次的人数，不是全年参训人次，没有填入；全年共多少人次？`, ['fact:trainees']);
          continue;
        }
        // 「网站先发了300条，后来又补发了20条」「年初来了2件，年底又来了1件」: a part added to the value just said.
        if (!cs.length && rd.mode.kind === 'exact' && ADDED.test(phrase.slice(0, num.start))) {
          const last = [...rd.out.said].reverse().find((x) => typeof x.value === 'number' && !x.period && rd.sentence.includes(x.phrase) && (x.target.startsWith('fact:') || /^t[234]\./.test(x.target)));
          const fits = last && (!num.unit || (last.target.startsWith('fact:') ? compatibleUnits(num.unit, factDef(last.target.slice(5))?.unit ?? '') : /^(?:件|起|个|份|次)$/.test(num.unit)));
          if (last && fits) {
            last.value = (last.value as number) + num.value;
            last.phrase = `${last.phrase}，${phrase}`;
            if (last.target.startsWith('fact:')) rd.out.facts[last.target.slice(5)] = last.value;
            else rd.out.cells[last.target] = last.value;
            rd.ctx.added = { target: last.target, value: last.value, sentence };
            continue;
          }
        }
        // 「…，一共3件」 after such an addition: the total confirms the sum, or contradicts it (withheld, asked).
        if (!cs.length && rd.ctx.added?.sentence === sentence && TOTAL_WORDS.test(phrase)) {
          const added = rd.ctx.added;
          if (num.value !== added.value) {
            rd.out.said = rd.out.said.filter((x) => x.target !== added.target);
            delete rd.out.cells[added.target];
            delete rd.out.facts[added.target.slice(5)];
            ask(rd, `「${phrase}」与前面各部分之和${added.value}不一致，没有填入，请确认全年共多少。`, [added.target]);
          }
          continue;
        }
        // 「上半年许可20件，下半年30件」: the next part of the year takes the subject of the part before it.
        // (also across sentences: 「一季度网站发了50条。二季度60条。」)
        const partOf = rd.ctx.prev && !cs.length && rd.ctx.prev.period !== 'year' && rd.ctx.prev.period !== 'last' && rd.ctx.prev.period !== 'next' && at(num) !== 'year' && at(num) !== 'last' && at(num) !== 'next' && at(num) !== rd.ctx.prev.period ? rd.ctx.prev.cues : undefined;
        if (partOf?.length && placeNumber(rd, num, partOf, `${phrase}（${partOf.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        if (placeNumber(rd, num, cs, phrase, sentence, clause, at(num))) continue;
        // 「行政处罚今年办得多，有130多件」: a number with no subject takes the one the clause before named.
        // Only a named place (a row, a fact), not an applicant topic (「自然人申请中，其他4件」), and not 「其他…」.
        const named = rd.ctx.named?.sentence === sentence && !cs.length && !/^(?:其他|其余|另外)/.test(phrase) && rd.ctx.named.cues.some((c) => !c.weak && c.target.t !== 't3col') ? rd.ctx.named.cues : undefined;
        if (named && placeNumber(rd, num, named, `${phrase}（${named.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        // 「个人申请，3件」「申请都是个人的，3件」: a bare count right after a clause naming the applicant and 申请 is
        // that column's new applications (only a bare count: 「其他4件」「公开3件」 are not).
        const applicant = rd.ctx.named?.sentence === sentence && !cs.length && /^(?:有|共|是|一共|共计)?\s*[\d零〇一二两三四五六七八九十百]+\s*件$/.test(phrase) &&
          rd.ctx.named.cues.filter((c) => c.target.t === 't3col').length === 1 && rd.ctx.named.cues.every((c) => c.target.t === 't3col' || (c.target.t === 't3row' && c.weak)) && rd.ctx.named.cues.some((c) => c.target.t === 't3row')
          ? rd.ctx.named.cues
          // 「收到个人申请3件」→「企业的呢？2件」: an applicant named alone, its bare count next, in the row spoken of.
          : rd.ctx.named?.sentence === sentence && !cs.length && rd.ctx.t3row && rd.ctx.t3row !== CARRY && /^(?:有|共|是|一共|共计)?\s*[\d零〇一二两三四五六七八九十百]+\s*件$/.test(phrase) && rd.ctx.named.cues.length === 1 && rd.ctx.named.cues[0].target.t === 't3col' && (rd.ctx.named.cues[0].target as { key: string }).key !== LEGAL_GROUP
            ? [...rd.ctx.named.cues, fakeCue({ t: 't3row', key: rd.ctx.t3row })]
            : undefined;
        if (applicant && placeNumber(rd, num, applicant, `${phrase}（${applicant.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        // 「处罚去年20件，今年15件」: this year's figure named right after last year's takes its subject.
        const thisYear = rd.ctx.prev?.sentence === sentence && rd.ctx.prev.period === 'last' && !cs.length && clause.nums.length === 1 && rd.mode.kind === 'exact' && periodOf(clauseText, ec.year) === 'year' ? rd.ctx.prev.cues : undefined;
        if (thisYear?.length && placeNumber(rd, num, thisYear, `${phrase}（${thisYear.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        rd.waiting.push({ num, phrase, mode: rd.mode });
      }
      // A part that took the subject of the part before keeps it for the next (「二季度60条。三季度70条。」).
      const keepCues = !cueTokens.length && rd.ctx.prev?.cues?.length && rd.period !== 'year' ? rd.ctx.prev.cues : cueTokens;
      rd.ctx.prev = { targets: keepCues.map((c) => c.target), period: rd.period, sentence, cues: keepCues, relative };
      // 「收到个人申请2件都公开了」: a decision for all of them after the intake count, in the same clause.
      const lastNum = clause.nums[clause.nums.length - 1];
      if (lastNum && OPENED.test(clauseText.slice(lastNum.end)) && ALL_WORDS_AFTER.test(clauseText.slice(lastNum.end)) && INTAKE_VERB.test(clauseText))
        distributeAll(rd, [fakeCue({ t: 'bareOpen' }), ...cueTokens.filter((c) => c.target.t === 't3col')], clauseText);
      rd.ctx.dangling = [];
    }
  }

  flushWaiting();
  settle(rd);
  handOver(rd);
  return rd.out;
}

/** What one sentence named without a number does not reach into the next (a pasted report's 「人民群众」). */
