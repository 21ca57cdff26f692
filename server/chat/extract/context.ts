// The context a message is read in: what the previous turn spoke of (its subjects, rows, parts of the year), the
// numbers still waiting for their place, and whether the message, the draft or a waiting number is about applications.
import { kindOf } from '../targets.js';
import { PREVIOUS_TURN, T3_INTAKE } from '../wordclasses.js';
import { feeNoticeWords } from '../topic.js';
import { splitSentences, tokenizeClause } from '../tokens.js';
import { cueKeys, type Reader } from './reader.js';

/** The context before the first sentence is read. */
export function setContext(rd: Reader): void {
  followPreviousTurn(rd);
  // 「通知书」 while speaking of the fee is the 收费通知书.
  if (rd.ec.previous?.fee || /信息处理费|收费/.test(rd.text)) rd.text = feeNoticeWords(rd.text);
  partsOfPreviousTurn(rd);
  rowOfWaitingCount(rd);
  rd.appContext = aboutApplications(rd);
  resultWaiting(rd);
}

/** The previous turn's applicant column, fee, 表二 and 表四 rows go on into this message. */
function followPreviousTurn(rd: Reader): void {
  rd.prevTurnCol = rd.ec.previous?.t3col && !tokenizeClause(rd.text, rd.cues).tokens.some((t) => t.type === 'cue' && t.target.t === 't3col') ? rd.ec.previous.t3col : undefined;
  // A follow-up turn goes on with the previous turn's subject (「信息处理费收了」 → 「一共200元」).
  // (「表二的行政事业性收费 全年48.6万元」 names 表二's fee row: no 信息处理费 however the turn before spoke.)
  if (rd.ec.previous?.fee && !cueKeys(rd, rd.text, 't2row').includes('fee')) rd.ctx.fee = PREVIOUS_TURN;
  if (rd.ec.previous?.t2row) rd.ctx.t2row = rd.ec.previous.t2row;
  if (rd.ec.previous?.t4row) rd.ctx.t4row = rd.ec.previous.t4row;
}

/** Parts of the year said in the turn before, and the one place it offered or split. */
function partsOfPreviousTurn(rd: Reader): void {
  rd.earlierParts = (rd.ec.previous?.parts ?? []).filter((p) => p.target.startsWith('fact:'));
  // Parts of a 表 cell said in the turn before (「处罚上半年10件」 → 「下半年12件」).
  rd.earlierCellParts = (rd.ec.previous?.parts ?? []).filter((p) => kindOf(p.target) === 'cell');
  // The one place the turn before spoke of without storing it — offered, or only a part of the year — that a bare
  // number said for this year or the whole year answers (「去年解读8篇」→「今年也是8篇」「全年是320条」).
  const prevSubjects = [...new Set([...(rd.ec.previous?.offered ?? []), ...(rd.ec.previous?.parts ?? []).map((p) => p.target)])];
  rd.prevSubject = prevSubjects.length === 1 ? prevSubjects[0] : undefined;
}

/** A single waiting 表三 number makes its row the context (「自然人2件、企业1件」 answers 「收到申请3件」). */
function rowOfWaitingCount(rd: Reader): void {
  const waitingRows = new Set(rd.claims.filter((c) => c.table === 't3' && c.needs !== 'reason').map((c) => c.row));
  // (「律所那件 要的是执法卷宗 没给」 names its own result: a count still waiting from an earlier turn lends it no row.)
  const ownRows = cueKeys(rd, rd.text, 't3row').filter((k) => !T3_INTAKE.has(k) && !waitingRows.has(k));
  if (ownRows.length && waitingRows.size) return;
  if (waitingRows.size === 1) rd.ctx.t3row = [...waitingRows][0];
  // (「上年结转 自然人7件」→「自然人215件 予以公开141…」: a message naming results of its own heads them with its count;
  // the intake row of the turn before is not its row — it had replaced 7 with 215.)
  else if (rd.ec.previous?.t3row && !(ownRows.length && T3_INTAKE.has(rd.ec.previous.t3row) && (headsIntake(rd) || !POINTED.test(rd.text)))) [rd.ctx.t3row, rd.ctx.t3rowFromPrevious] = [rd.ec.previous.t3row, true];
}

/** 「律所那7件」: a count pointed at (its row is the one spoken of, read by the pointed-count readers). */
const POINTED = /[这那]\s*[\d一二两三四五六七八九十]+\s*件/;

/** A figure of the message is some column's 新收 plus 上年结转 as held: the total its results are told of. */
function headsIntake(rd: Reader): boolean {
  const cells = rd.ec.cells ?? {};
  const totals = new Set(Object.keys(cells).filter((id) => /^t3\.carried\./.test(id) && (cells[id] ?? 0) > 0).map((id) => (cells[id] ?? 0) + (cells[id.replace('.carried.', '.new.')] ?? 0)));
  return [...rd.text.matchAll(/\d+/g)].some((m) => totals.has(Number(m[0])));
}

/** The message, a waiting number or the draft speaks of applications (表三). */
function aboutApplications(rd: Reader): boolean {
  return /申请|新收|受理|自然人|予以公开|部分公开|不予公开|上年结转|结转下年度/.test(rd.text) || rd.claims.some((c) => c.table === 't3') || Object.entries(rd.ec.cells ?? {}).some(([id, v]) => /^t3\.(new|carried)\./.test(id) && (v ?? 0) > 0);
}

/** A 表四 number from the last message waiting for its result (「有1起行政复议」 → 「维持了」). */
function resultWaiting(rd: Reader): void {
  const t4Waiting = rd.claims.filter((c) => c.table === 't4');
  if (t4Waiting.length === 1) rd.ctx.t4claim = t4Waiting[0];
}

/** 「行政处罚」 → 「全年二十七件」: the subject the previous turn named alone is the subject of this turn's first sentence. */
export function takePreviousSubject(rd: Reader): void {
  rd.firstSentence = splitSentences(rd.text)[0];
  if (rd.ec.previous?.named?.length && rd.firstSentence !== undefined) {
    const question = rd.ec.previous.namedInQuestion === true;
    rd.ctx.named = { cues: rd.ec.previous.named, sentence: rd.firstSentence, question };
    if (!question) rd.ctx.asked = { targets: rd.ec.previous.named.map((c) => c.target), sentence: PREVIOUS_TURN };
  }
}
