// Placing a number: which table or fact its cues name, or the context it continues; a pasted table row.
import { factDef, tableDef } from '../../format/index.js';
import { isCorrection, type Period } from '../mentions.js';
import { kindOf, type TargetId } from '../targets.js';
import { CHANNEL_FACT, CHANNEL_WORDS, FACT_UNIT_ALIASES, INTAKE_VERB, PREVIOUS_TURN, TOTAL_WORDS, compatibleUnits, sameAspectByUnit, unitSaidBefore } from '../wordclasses.js';
import type { CueToken, NumToken } from '../tokens.js';
import { CARRY, LAWSUIT, type Target } from '../vocab.js';
import { handleFact, partsOfOneFact } from './facts.js';
import { handleFee } from './fee.js';
import { fakeCue, type Reader } from './reader.js';
import { ask, askChoice, checkCount, say, setCell } from './record.js';
import { handleT2 } from './t2.js';
import { handleT3 } from './t3.js';
import { handleT4 } from './t4.js';

/** The table (or fee, or fact) a number's cues name; strong cues before weak ones. */
export function domainOf(rd: Reader, cs: CueToken[]): 't3' | 't4' | 't2' | 'fee' | 'fact' | undefined {
  const strong = cs.filter((c) => !c.weak);
  const pool = strong.length ? strong : cs;
  const has = (...ts: Target['t'][]) => pool.some((c) => ts.includes(c.target.t));
  // 「收到信息处理费80元」: an intake verb (「收到」「收取」) with the fee names money received, not an application.
  if (has('fee', 'feeNotice') && !has('t3col', 't4row', 't2row') && pool.every((c) => c.target.t !== 't3row' || ((c.target as { key: string }).key === 'new' && INTAKE_VERB.test(c.text)))) return 'fee';
  // A result word alone (「终止」「撤销」) next to a 表三 reason (「因为逾期不补正终止了」) is 表三's.
  if (has('t4row') || (has('t4col') && !pool.some((c) => c.target.t === 't3row' && !c.weak))) return 't4';
  // An applicant word alone (「群众」) next to a fact's name is no 表三 subject (「回应群众关切26次」).
  // (a 表三 count placed earlier in this message makes it an applications context too: 「2件都是企业的，都给公开了」)
  if (has('t3row') || (has('t3col') && !has('fact', 't2row', 'fee')) || ((rd.appContext || Object.keys(rd.out.cells).some((id) => id.startsWith('t3.'))) && has('bareOpen'))) return 't3';
  // A column word alone (「印发」「新增」) is 表二's only when no fact is named (「印发政策解读12篇」).
  if (has('t2row') || (has('t2col') && !has('fact'))) return 't2';
  if (has('fee', 'feeNotice')) return 'fee';
  if (has('fact')) return 'fact';
  return undefined;
}

/** Place one number by its cues, or by the context; false when it names nothing. */
export function placeNumber(rd: Reader, num: NumToken, cs: CueToken[], phrase: string, sentence: string, clause: { all: boolean; nums: NumToken[] }, numPeriod: Period = rd.period): boolean {
  const domain = domainOf(rd, cs);
  if (domain && rd.mode.kind === 'exact' && num.raw) rd.lastNumber = { value: num.value, ...(num.unit ? { unit: num.unit } : {}) };
  if (domain === 't3') handleT3(rd, num, cs, phrase);
  else if (domain === 't4') handleT4(rd, num, cs, phrase);
  else if (domain === 't2') handleT2(rd, num, cs, phrase);
  else if (domain === 'fee') handleFee(rd, num, cs, phrase);
  else if (domain === 'fact') handleFact(rd, num, cs, phrase);
  else if (cs.length && !cs.every((c) => c.weak)) return false;
  else {
    const p: Placing = { num, cs, phrase, sentence, clause, numPeriod };
    return answersPreviousTurn(rd, p) || aboutFee(rd, p) || aboutFactSpokenOf(rd, p) || aboutPublications(rd, p) || nextPartOfEarlier(rd, p) || askedAboutPlace(rd, p);
  }
  return true;
}

/** A number to place with no cue of its own, and where it stands. */
interface Placing {
  num: NumToken;
  cs: CueToken[];
  phrase: string;
  sentence: string;
  clause: { all: boolean; nums: NumToken[] };
  numPeriod: Period;
}

/** 「准确是236条」「确切是53件」「核实了是…」: the exact figure the turn before only guessed. */
const EXACT_NOW = /准确|确切|精确|具体(?:是|数|的数)|实际(?:是|上是)|核实|核对|查了|查过|查实/;

/** The place the turn before offered or split, now given for the whole year (or exactly, after a guess). */
function answersPreviousTurn(rd: Reader, { num, cs, phrase, sentence, numPeriod }: Placing): boolean {
  return Boolean(!cs.length && rd.prevSubject && numPeriod === 'year' && (/今年|全年|本年|这一年/.test(phrase) || (EXACT_NOW.test(sentence) && Boolean(rd.ec.previous?.guessed?.includes(rd.prevSubject)))) && sentence === rd.firstSentence && placeOn(rd, rd.prevSubject, num, phrase));
}

/** The fee spoken of in this sentence (or the turn before) takes an amount in 元 or its notices. */
function aboutFee(rd: Reader, { num, phrase, sentence }: Placing): boolean {
  if ((rd.ctx.fee === sentence || rd.ctx.fee === PREVIOUS_TURN) && num.unit && /元/.test(num.unit)) handleFee(rd, num, [], phrase);
  // 「（收费通知书…），收了3份的钱」: money received after a fee statement is about the fee.
  else if (rd.ctx.fee === sentence && /收/.test(phrase) && /钱|费/.test(phrase)) handleFee(rd, num, [], phrase);
  else if (rd.ctx.feeNotice === sentence && num.unit && /份|件/.test(num.unit)) handleFee(rd, num, [fakeCue({ t: 'feeNotice' })], phrase);
  else return false;
  return true;
}

/** The fact this sentence spoke of takes a total, a restatement, a part or its other unit. */
function aboutFactSpokenOf(rd: Reader, { num: said, cs, phrase, sentence, numPeriod }: Placing): boolean {
  // (「次数没错 人次应该是一百九」: the unit said before the number is its unit.)
  const lead = said.unit ? undefined : unitSaidBefore(phrase.slice(0, said.start));
  const num = lead ? { ...said, unit: lead } : said;
  if ((rd.ctx.fact?.sentence === sentence && CHANNEL_FACT.test(rd.ctx.fact.key) || (!cs.length && CHANNEL_FACT.test(rd.ec.previous?.fact ?? '') && !rd.ec.previous?.parts?.length && sentence === rd.firstSentence)) && TOTAL_WORDS.test(phrase) && (!num.unit || num.unit === '条'))
    // 「500是网站的，总数是620」: a total is never the channel's.
    handleFact(rd, num, [fakeCue({ t: 'fact', key: 'published_total' })], phrase);
  else if (rd.ctx.fact && rd.ctx.fact.sentence === sentence && (!num.unit || compatibleUnits(num.unit, factDef(rd.ctx.fact.key)?.unit ?? '')) &&
    (rd.ctx.fact.bare || numPeriod !== rd.ctx.fact.period || isCorrection(sentence)))
    handleFact(rd, num, [fakeCue({ t: 'fact', key: rd.ctx.fact.key })], phrase);
  else if (rd.mode.kind === 'exact' && rd.ctx.fact && rd.ctx.fact.sentence === sentence && num.unit && compatibleUnits(num.unit, factDef(rd.ctx.fact.key)?.unit ?? '') && numPeriod === rd.ctx.fact.period)
    // 「培训县里组织1次，镇里自己搞了2次」: a second count of the same fact is a part of it, or a restatement: asked.
    partsOfOneFact(rd, rd.ctx.fact.key, num, phrase);
  else if (rd.ctx.fact?.sentence === sentence && num.unit && !compatibleUnits(num.unit, factDef(rd.ctx.fact.key)?.unit ?? '') && sameAspectByUnit(rd.ctx.fact.key, num.unit))
    handleFact(rd, num, [fakeCue({ t: 'fact', key: sameAspectByUnit(rd.ctx.fact.key, num.unit)! })], phrase);
  else return false;
  return true;
}

/** A count of information published that names no channel: the total, a part, or asked. */
function aboutPublications(rd: Reader, { num, cs, phrase }: Placing): boolean {
  // 「总共公开了600条」 is the total; 「政务服务事项公开了156项」「公开了处理结果」 are not.
  // 「今年共发了380条」: a count of publications that names no channel — the total? Asked, offering it.
  if (!cs.length && num.unit === '条' && /共发|总共发|一共发|共推/.test(phrase) && !CHANNEL_WORDS.test(phrase) && !rd.appContext)
    ask(rd, `「${phrase}」没有说是哪个渠道，是主动公开信息总数吗？没有填入。`, ['fact:published_total'], num.value);
  // 「第二十一条规定的信息公开了35条」「民生领域的信息公开了80条」: a kind of information is a part, not the total (asked).
  else if (!/总共|一共|共计|合计|总数|总计|共公开|共发布/.test(phrase) && /公开了/.test(phrase) && num.unit === '条' && /的(?:政府)?信息|规定|领域|方面|类|事项/.test(phrase.slice(0, num.start)) && !CHANNEL_WORDS.test(phrase) && !rd.appContext)
    ask(rd, `「${phrase}」说的是一部分信息，不是主动公开信息总数，没有填入；总数请单独说明。`, ['fact:published_total'], num.value);
  else if (/总共|一共|共计|合计|总数|总计|共公开|共发布|公开了/.test(phrase) && (num.unit === '条' || (!num.unit && /信息/.test(phrase))) && !CHANNEL_WORDS.test(phrase) && !rd.appContext)
    handleFact(rd, num, [fakeCue({ t: 'fact', key: 'published_total' })], phrase);
  else return false;
  return true;
}

/** The next part of the year of a cell or fact the turn before gave a part of. */
function nextPartOfEarlier(rd: Reader, { num, cs, phrase, numPeriod }: Placing): boolean {
  if (!cs.length && rd.earlierCellParts.length && new Set(rd.earlierCellParts.map((p) => p.target)).size === 1 && numPeriod !== 'year' && !rd.earlierCellParts.some((p) => p.period === numPeriod) && (!num.unit || /^(?:件|起|个|份|次)$/.test(num.unit))) {
    // 「下半年12件」 after 「处罚上半年10件」: the next part of the same cell.
    if (checkCount(rd, num, phrase, [rd.earlierCellParts[0].target])) setCell(rd, rd.earlierCellParts[0].target, num.value, phrase);
  }
  else if (!cs.length && rd.earlierParts.length && new Set(rd.earlierParts.map((p) => p.target)).size === 1 && numPeriod !== 'year' && !rd.earlierParts.some((p) => p.period === numPeriod) &&
    (!num.unit || compatibleUnits(num.unit, factDef(rd.earlierParts[0].target.slice(5))?.unit ?? '')))
    // 「下半年发了80条」 after 「上半年公众号发了60条」: the next part of the same fact.
    handleFact(rd, num, [fakeCue({ t: 'fact', key: rd.earlierParts[0].target.slice(5) })], phrase);
  else return false;
  return true;
}

/** What names no place but is clearly about one: asked. */
function askedAboutPlace(rd: Reader, { num, cs, phrase, clause }: Placing): boolean {
  if (rd.mode.kind !== 'exact' && num.unit === '条' && /发|公开|推送|发布/.test(phrase) && !rd.appContext)
    // 「1到11月发了300条」: a part of the year's publications, no channel named: asked about the total.
    say(rd, 'fact:published_total', num.value, phrase);
  // 「收费3000元」: money charged, but which — 表二's 行政事业性收费 or the 信息处理费? Asked.
  else if (!cs.length && num.unit && /元/.test(num.unit) && /收费|费用/.test(phrase))
    askChoice(rd, `「${phrase}」是表二的行政事业性收费，还是信息处理费？没有填入，请说明。`, ['t2.fee.amount', 'fee.amountYuan'], num);
  else if (CHANNEL_WORDS.test(phrase))
    ask(rd, `「${phrase}」：「${CHANNEL_WORDS.exec(phrase)![0]}」的条数在报告中没有单独的格，没有填入；主动公开信息总数请单独说明。`, ['fact:published_total'], num.value);
  else if (rd.ctx.t3row && rd.ctx.subject && rd.appContext && clause.nums.length === 1 && !cs.length) ask(rd, `「${phrase}」中的${num.raw}是表三哪一行、哪一列的数字？`);
  else return false;
  return true;
}

/** Place a number on a target known by id (a fact, a leaf cell, the fee amount); false when the unit does not fit. */
export function placeOn(rd: Reader, target: TargetId, num: NumToken, phrase: string): boolean {
  if (target.startsWith('fact:')) {
    if (num.unit && !compatibleUnits(num.unit, factDef(target.slice(5))?.unit ?? '') && !FACT_UNIT_ALIASES[target.slice(5)]?.includes(num.unit)) return false;
    handleFact(rd, num, [fakeCue({ t: 'fact', key: target.slice(5) })], phrase);
    return true;
  }
  if (kindOf(target) === 'cell') {
    if (target !== 't2.fee.amount' && num.unit && !/^(?:件|起|个|份|次|项)$/.test(num.unit)) return false;
    if (target === 't2.fee.amount') return false;
    if (checkCount(rd, num, phrase, [target])) setCell(rd, target, num.value, phrase);
    return true;
  }
  if (target === 'fee.amountYuan') {
    handleFee(rd, num, [fakeCue({ t: 'fee' })], phrase);
    return true;
  }
  return false;
}

/** A row label followed only by unit-less numbers, as many as the row has columns: each number its column's. */
export function pastedRow(rd: Reader, clause: { nums: NumToken[] }, cs: CueToken[], phrase: string): boolean {
  const strong = cs.filter((c) => !c.weak);
  if (strong.length !== 1 || clause.nums.length < 2 || clause.nums.some((n) => n.unit || n.approx || n.start < strong[0].end)) return false;
  const tg = strong[0].target as { t: string; key?: string; group?: boolean };
  const cols =
    tg.t === 't2row' ? tableDef(rd.format, 't2').blocks.find((b) => b.rows.some((r) => r.key === tg.key))?.columns.map((c) => c.key)
    : tg.t === 't3row' && !tg.group && tg.key !== CARRY ? rd.t3Cols.map((c) => c.key)
    : tg.t === 't4row' && tg.key !== LAWSUIT ? rd.t4Cols.map((c) => c.key)
    : undefined;
  if (!cols || cols.length !== clause.nums.length) return false;
  const table = tg.t.slice(0, 2);
  clause.nums.forEach((n, i) => setCell(rd, `${table}.${tg.key}.${cols[i]}`, n.value, phrase));
  return true;
}
