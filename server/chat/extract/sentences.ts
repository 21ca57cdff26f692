// Reading sentence by sentence, clause by clause: a clause without a number names or negates a subject, a pasted
// table row fills its row, and every other number is read on its own. What a clause leaves is the next one's context.
import { ALL_WORDS_AFTER, INTAKE_COUNT, INTAKE_VERB, OPENED, PREVIOUS_TURN, T3_INTAKE, unsureSentence } from '../wordclasses.js';
import { type Clause, pairNumbers, splitClauses, splitSentences, tokenizeClause, type NumToken } from '../tokens.js';
import { forgetSentenceSubjects } from '../subjects.js';
import { readBareClause } from './bare.js';
import { type ClauseRead, flushWaiting, openClause } from './clause.js';
import { readNumber } from './numbers.js';
import { pastedRow } from './place.js';
import { fakeCue, type Reader } from './reader.js';
import { distributeAll } from './t3.js';

/** Every sentence of the message in order; numbers still waiting at the end are orphans. */
export function readSentences(rd: Reader): void {
  for (const sentence of splitSentences(rd.text)) {
    startSentence(rd, sentence);
    for (const text of joinRestrictions(rd, splitClauses(sentence))) readClause(rd, openClause(rd, sentence, text));
  }
  flushWaiting(rd);
}

/** 「不予公开的没有 个人的企业的都没有」: applicant columns denied right after a 表三 row denied name that row's scope —
 * one clause, so the row is denied in those columns only. */
function joinRestrictions(rd: Reader, texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const prev = out.length ? tokenizeClause(out[out.length - 1], rd.cues) : undefined;
    const cur = tokenizeClause(text, rd.cues);
    const cues = (c: Clause) => c.tokens.filter((t) => t.type === 'cue');
    const rowOnly = prev?.negated && cues(prev).some((t) => t.target.t === 't3row') && !cues(prev).some((t) => t.target.t === 't3col');
    // (「上年结转的没有，企业也没有」: 也/还 adds another denial — not a restriction.)
    const colsOnly = cur.negated && !cur.nums.length && cues(cur).length > 0 && cues(cur).every((t) => t.target.t === 't3col') && !/也|还|另外/.test(text);
    if (rowOnly && colsOnly) out[out.length - 1] += ` ${text}`;
    else out.push(text);
  }
  return out;
}

/** A new sentence: its own period, certainty and subjects (the previous sentence's numbers waiting become orphans). */
function startSentence(rd: Reader, sentence: string): void {
  flushWaiting(rd);
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
}

/** One clause: without numbers, with a pasted row, or number by number. */
function readClause(rd: Reader, cl: ClauseRead): void {
  if (!cl.clause.nums.length) return readBareClause(rd, cl);
  // 「规章：0 0 0」「自然人 3 0 0 …」: a pasted table row, one number per column in the declared order.
  if (rd.mode.kind === 'exact' && pastedRow(rd, cl.clause, cl.cueTokens, cl.text)) {
    rd.ctx.dangling = [];
    return;
  }
  let pointed = false;
  for (const { num, cues } of pairNumbers(cl.clause)) {
    if (totalPointedAt(rd, cl, num)) pointed = true;
    // (The part's own 「申请」 — 「跟他之前申请的内容一样」 — is no count of applications received.)
    else readNumber(rd, cl, num, pointed ? cues.filter((c) => !(c.weak && c.target.t === 't3row')) : cues);
  }
  closeClause(rd, cl);
}

/** 「9件里6件…」: a count already held, followed by 里/中 and another count, only points at the cases the part is of. */
// (「社会组织2件 都公开了」 in a later turn: one applicant's held intake said again before what was done with all of
// them points at those cases too — it is no count of the row the turn before spoke of.)
function totalPointedAt(rd: Reader, cl: ClauseRead, num: NumToken): boolean {
  const cols = cl.cueTokens.filter((c) => c.target.t === 't3col');
  if (cols.length === 1 && cols.length === cl.cueTokens.length && cl.clause.nums.length === 1 && rd.ctx.t3rowFromPrevious !== false &&
    [...T3_INTAKE].some((r) => rd.ec.cells?.[`t3.${r}.${(cols[0].target as { key: string }).key}`] === num.value) &&
    ALL_WORDS_AFTER.test(rd.sentence.slice(rd.sentence.indexOf(cl.text) + cl.text.length)) && OPENED.test(rd.sentence.slice(rd.sentence.indexOf(cl.text) + cl.text.length))) return true;
  if (!/^\s*(?:件)?\s*(?:里|中|里面|里头|当中|之中)(?:有)?\s*[\d一两二三四五六七八九十百]/.test(cl.text.slice(num.end))) return false;
  // (「收到自然人申请12件中有3件予以公开」「许可8件里…」: a count with its own subject before it is a value.)
  // (「公开的4件里有1件…」: a result's count pointed at is still only pointed at.)
  if (/(?:收到|申请|新收|受理|结转|许可|处罚|强制|复议|诉讼)[^，。；\s\d]{0,4}$/.test(cl.text.slice(0, num.start))) return false;
  return Object.entries(rd.ec.cells ?? {}).some(([id, v]) => id.startsWith('t3.') && v === num.value);
}

/** What a clause with numbers leaves for the next: its subject and period, and a decision said of all of them. */
function closeClause(rd: Reader, cl: ClauseRead): void {
  // A part that took the subject of the part before keeps it for the next (「二季度60条。三季度70条。」).
  const keepCues = !cl.cueTokens.length && rd.ctx.prev?.cues?.length && rd.period !== 'year' ? rd.ctx.prev.cues : cl.cueTokens;
  rd.ctx.prev = { targets: keepCues.map((c) => c.target), period: rd.period, sentence: cl.sentence, cues: keepCues, relative: cl.relative };
  // 「收到个人申请2件都公开了」: a decision for all of them after the intake count, in the same clause.
  const lastNum = cl.clause.nums[cl.clause.nums.length - 1];
  if (lastNum && OPENED.test(cl.text.slice(lastNum.end)) && ALL_WORDS_AFTER.test(cl.text.slice(lastNum.end)) && (INTAKE_VERB.test(cl.text) || INTAKE_COUNT.test(cl.text)))
    distributeAll(rd, [fakeCue({ t: 'bareOpen' }), ...cl.cueTokens.filter((c) => c.target.t === 't3col')], cl.text);
  rd.ctx.dangling = [];
}
