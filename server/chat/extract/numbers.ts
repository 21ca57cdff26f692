// A clause with numbers: each number is placed by its own cues, or by what the clause or the sentence before said
// (a comparison, an added part, a part of the year, a subject named alone); otherwise it waits for the next clause.
import { factDef } from '../../format/index.js';
import { isCorrection, periodOf } from '../mentions.js';
import { TOTAL_WORDS, compatibleUnits, sameAspectByUnit, unitSaidBefore } from '../wordclasses.js';
import type { CueToken, NumToken } from '../tokens.js';
import { CARRY, LEGAL_GROUP } from '../vocab.js';
import { at, type ClauseRead, scopeMode } from './clause.js';
import { applyNegation } from './negation.js';
import { placeNumber } from './place.js';
import { fakeCue, type Reader } from './reader.js';
import { ask, setCell } from './record.js';
import { headingCount } from './t3.js';

/** 「又来了」「后来又补发了」「另外又办了」: a further part of what was just counted. */
const ADDED = /(?:又|再|另外|后来|追加|补)[^，。；\d零一二两三四五六七八九十]{0,4}?(?:来|收|接|发|补|办|搞|开|组织|做|出|增|受理|申请|递|交)/;

type NumberStep = (rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]) => boolean;

/** The readings of a number, in order: the first that places it (or asks about it) ends its reading. */
const STEPS: NumberStep[] = [afterComparison, perSession, addedPart, totalOfAdded, nextPartOfYear, secondSource, topicHeading, otherInList, byOwnCues, namedBefore, applicantNamed, thisYearAfterLast, secondOfClause];

/** Read one number of a clause with the cues paired with it. */
export function readNumber(rd: Reader, cl: ClauseRead, rawNum: NumToken, cs: CueToken[]): void {
  rd.mode = scopeMode(rd, cl, rawNum);
  // The clause-level reading of exactness replaces the token's (the question then names its place).
  const num = rd.mode.kind === 'offer' && rawNum.approx ? { ...rawNum, approx: false } : rawNum;
  // 「行政复议、行政诉讼均为0」: a zero that names no place of its own applies to the places listed before it.
  if (num.value === 0 && cl.clause.all && rd.ctx.dangling.length) applyNegation(rd, [...rd.ctx.dangling], cl.text);
  for (const step of STEPS) if (step(rd, cl, num, cs)) return;
  rd.waiting.push({ num, phrase: cl.text, mode: rd.mode });
}

// 「处罚比去年少了5件，一共12件」: the absolute figure after a comparison takes the comparison's subject.
function afterComparison(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  const compared = rd.ctx.prev?.sentence === cl.sentence && rd.ctx.prev.relative && !cs.length && !cl.relative && cl.clause.nums.length === 1 ? rd.ctx.prev.cues : undefined;
  return Boolean(compared?.length && rd.mode.kind === 'exact' && placeNumber(rd, num, compared, `${cl.text}（${compared.map((c) => c.text).join('')}）`, cl.sentence, cl.clause, at(rd, cl, num)));
}

// 「培训2次，每次30人左右」「每次都有30人参加」: people per session are no year's figure — 参训人次 asked.
function perSession(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  if (num.unit && /^(?:人|名|人次)$/.test(num.unit) && /每(?:次|场|期|回|一次)/.test(cl.text.slice(0, num.start)) && !cs.some((c) => c.target.t !== 'fact')) {
    ask(rd, `「${cl.text}」是每次的人数，不是全年参训人次，没有填入；全年共多少人次？`, ['fact:trainees']);
    return true;
  }
  return false;
}

// 「网站先发了300条，后来又补发了20条」「年初来了2件，年底又来了1件」: a part added to the value just said.
function addedPart(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  if (!cs.length && rd.mode.kind === 'exact' && ADDED.test(cl.text.slice(0, num.start))) {
    const last = [...rd.out.said].reverse().find((x) => typeof x.value === 'number' && !x.period && rd.sentence.includes(x.phrase) && (x.target.startsWith('fact:') || /^t[234]\./.test(x.target)));
    const fits = last && (!num.unit || (last.target.startsWith('fact:') ? compatibleUnits(num.unit, factDef(last.target.slice(5))?.unit ?? '') : /^(?:件|起|个|份|次)$/.test(num.unit)));
    if (last && fits) {
      last.value = (last.value as number) + num.value;
      last.phrase = `${last.phrase}，${cl.text}`;
      if (last.target.startsWith('fact:')) rd.out.facts[last.target.slice(5)] = last.value;
      else rd.out.cells[last.target] = last.value;
      rd.ctx.added = { target: last.target, value: last.value, sentence: cl.sentence };
      return true;
    }
  }
  return false;
}

// 「…，一共3件」 after such an addition: the total confirms the sum, or contradicts it (withheld, asked).
function totalOfAdded(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  if (!cs.length && rd.ctx.added?.sentence === cl.sentence && TOTAL_WORDS.test(cl.text)) {
    const added = rd.ctx.added;
    if (num.value !== added.value) {
      rd.out.said = rd.out.said.filter((x) => x.target !== added.target);
      delete rd.out.cells[added.target];
      delete rd.out.facts[added.target.slice(5)];
      ask(rd, `「${cl.text}」与前面各部分之和${added.value}不一致，没有填入，请确认全年共多少。`, [added.target]);
    }
    return true;
  }
  return false;
}

// 「上半年许可20件，下半年30件」: the next part of the year takes the subject of the part before it.
// (also across sentences: 「一季度网站发了50条。二季度60条。」)
function nextPartOfYear(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  const partOf = rd.ctx.prev && !cs.length && rd.ctx.prev.period !== 'year' && rd.ctx.prev.period !== 'last' && rd.ctx.prev.period !== 'next' && at(rd, cl, num) !== 'year' && at(rd, cl, num) !== 'last' && at(rd, cl, num) !== 'next' && at(rd, cl, num) !== rd.ctx.prev.period ? rd.ctx.prev.cues : undefined;
  return Boolean(partOf?.length && placeNumber(rd, num, partOf, `${cl.text}（${partOf.map((c) => c.text).join('')}）`, cl.sentence, cl.clause, at(rd, cl, num)));
}

// The number placed by the cues paired with it (or, without any, by the context).
function byOwnCues(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  return placeNumber(rd, num, cs, cl.text, cl.sentence, cl.clause, at(rd, cl, num));
}

// 「行政处罚今年办得多，有130多件」: a number with no subject takes the one the clause before named.
// Only a named place (a row, a fact), not an applicant topic (「自然人申请中，其他4件」), and not 「其他…」.
function namedBefore(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  let named = rd.ctx.named?.sentence === cl.sentence && !cs.length && !/^(?:其他|其余|另外)/.test(cl.text) && rd.ctx.named.cues.some((c) => !c.weak && c.target.t !== 't3col') ? rd.ctx.named.cues : undefined;
  // (「培训那块两个数」→「人次应该是一百九」: a unit said before the number picks the fact of that unit, 参训人次 for 培训.)
  const unit = num.unit ?? unitSaidBefore(cl.text.slice(0, num.start));
  const facts = named?.filter((c) => c.target.t === 'fact') ?? [];
  if (named && unit && facts.length === named.length && facts.every((c) => !compatibleUnits(unit, factDef((c.target as { key: string }).key)?.unit ?? ''))) {
    const sibling = sameAspectByUnit((facts[0].target as { key: string }).key, unit);
    named = sibling ? [fakeCue({ t: 'fact', key: sibling })] : undefined;
  }
  return Boolean(named && placeNumber(rd, num, named, `${cl.text}（${named.map((c) => c.text).join('')}）`, cl.sentence, cl.clause, at(rd, cl, num)));
}

// 「个人申请，3件」「申请都是个人的，3件」: a bare count right after a clause naming the applicant and 申请 is
// that column's new applications (only a bare count: 「其他4件」「公开3件」 are not).
function applicantNamed(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  const applicant = rd.ctx.named?.sentence === cl.sentence && !cs.length && /^(?:有|共|是|一共|共计)?\s*[\d零〇一二两三四五六七八九十百]+\s*件$/.test(cl.text) &&
    rd.ctx.named.cues.filter((c) => c.target.t === 't3col').length === 1 && rd.ctx.named.cues.every((c) => c.target.t === 't3col' || (c.target.t === 't3row' && c.weak)) && rd.ctx.named.cues.some((c) => c.target.t === 't3row')
    ? rd.ctx.named.cues
    // 「收到个人申请3件」→「企业的呢？2件」: an applicant named alone, its bare count next, in the row spoken of.
    : rd.ctx.named?.sentence === cl.sentence && !cs.length && rd.ctx.t3row && rd.ctx.t3row !== CARRY && /^(?:有|共|是|一共|共计)?\s*[\d零〇一二两三四五六七八九十百]+\s*件$/.test(cl.text) && rd.ctx.named.cues.length === 1 && rd.ctx.named.cues[0].target.t === 't3col' && (rd.ctx.named.cues[0].target as { key: string }).key !== LEGAL_GROUP
      ? [...rd.ctx.named.cues, fakeCue({ t: 't3row', key: rd.ctx.t3row })]
      : undefined;
  return Boolean(applicant && placeNumber(rd, num, applicant, `${cl.text}（${applicant.map((c) => c.text).join('')}）`, cl.sentence, cl.clause, at(rd, cl, num)));
}

// 「处罚去年20件，今年15件」: this year's figure named right after last year's takes its subject.
function thisYearAfterLast(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  const thisYear = rd.ctx.prev?.sentence === cl.sentence && rd.ctx.prev.period === 'last' && !cs.length && cl.clause.nums.length === 1 && rd.mode.kind === 'exact' && periodOf(cl.text, rd.ec.year) === 'year' ? rd.ctx.prev.cues : undefined;
  return Boolean(thisYear?.length && placeNumber(rd, num, thisYear, `${cl.text}（${thisYear.map((c) => c.text).join('')}）`, cl.sentence, cl.clause, at(rd, cl, num)));
}

// 「处罚 执法队120件 应急办35件」「行政处罚：执法队120件，应急办35件」: a count in the same unit with no subject of its
// own, after a count of this sentence placed on a subject, is a second part of that subject or another figure for it —
// neither is stored; asked, offering both. (「其中…」 is a part of it, read elsewhere.)
const FROM_SOURCE = /(?:里|上|那边|这边|说|报的|统计的|算的|登记的)(?:是|为|有)?\s*$/;
/** 「系统里是31 台账里是28」「小李说45 科长说54」: this figure and one before it each follow a source — two answers. */
function fromTwoSources(text: string, at: number): boolean {
  return FROM_SOURCE.test(text.slice(0, at)) && [...text.slice(0, at).matchAll(/\d+/g)].some((m) => FROM_SOURCE.test(text.slice(0, m.index)));
}

// 「村民申请中，7件里公开6件 1件不掌握」: a count opening its clause with 里/中, under the applicant just named, heads the
// results after it (as 「村民7件 公开6件…」 does).
function topicHeading(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  const col = rd.ctx.t3topic;
  if (!col || col === LEGAL_GROUP || cs.length || !/^\s*(?:这|那)?\s*[\d零〇一二两三四五六七八九十百]+\s*件\s*(?:里面?|里头|中间?|当中|之中)/.test(cl.text.slice(Math.max(0, num.start - 2)))) return false;
  // (The results may follow in the clause or after it in the sentence: 「3件里 公开1件 不予处理2件」.)
  const rest = `${cl.text.slice(num.end)}${rd.sentence.slice(rd.sentence.indexOf(cl.text) + cl.text.length)}`;
  if (num.start > 3 || !/[\d一二两三四五六七八九十]/.test(rest)) return false;
  headingCount(rd, num, col, cl.text);
  return true;
}

// 「自然人9件 商业企业3件 … 其他2件」: after a list of applicant columns of one row, 「其他」 with its count is the column
// 其他 (alone it is 「the rest」, never guessed).
function otherInList(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  // (Closing the sentence: 「… 其他6件 都公开」 goes on to a result of several columns, read as a whole elsewhere.)
  if (cs.length || !/^\s*其他\s*$/.test(cl.text.slice(0, num.start)) || !/^\s*件/.test(cl.text.slice(num.end) || (num.unit ?? '')) || !rd.sentence.trim().endsWith(cl.text.trim())) return false;
  const listed = rd.out.said.filter((x) => /^t3\.[^.]+\.[^.]+$/.test(x.target) && rd.sentence.includes(x.phrase)).map((x) => x.target.split('.'));
  const rows = new Set(listed.map((t) => t[1]));
  const cols = new Set(listed.map((t) => t[2]));
  if (rows.size !== 1 || cols.size < 2 || cols.has('other')) return false;
  setCell(rd, `t3.${[...rows][0]}.other`, num.value, cl.text);
  return true;
}

// 「公众号 平台上是64 台账里是61」: the second source's figure, before it is read as a channel's count with no place.
function secondSource(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  return !cs.length && fromTwoSources(cl.text, num.start) && secondOfClause(rd, cl, num, cs);
}

// (Two sources' figures need no unit to be two answers for one subject.)
function secondOfClause(rd: Reader, cl: ClauseRead, num: NumToken, cs: CueToken[]): boolean {
  const sources = fromTwoSources(cl.text, num.start);
  if (cs.length || rd.mode.kind !== 'exact' || (!num.unit && !sources) || /^\s*(?:其中|里面|里头|包括)/.test(cl.text) || isCorrection(rd.sentence)) return false;
  const first = [...rd.out.said].reverse().find((x) => rd.sentence.includes(x.phrase.replace(/（[^）]*）$/, '')));
  if (!first || typeof first.value !== 'number' || first.period || !/^(?:fact:|t2\.)/.test(first.target)) return false;
  // 「一千零五件 也就是1005件」「56件（五十六件）」: the same figure again.
  if (num.value === first.value) return true;
  const unit = first.target.startsWith('fact:') ? factDef(first.target.slice(5))?.unit ?? '' : '件';
  if (num.unit && !compatibleUnits(num.unit, unit) && !(unit === '件' && /^(?:件|起|个|份)$/.test(num.unit))) return false;
  rd.out.said = rd.out.said.filter((x) => x !== first);
  if (first.target.startsWith('fact:')) delete rd.out.facts[first.target.slice(5)];
  else delete rd.out.cells[first.target];
  if (sources) ask(rd, `「${cl.text}」中同一项有两个数（${first.value}、${num.value}），没有填入：以哪个为准？请告诉我全年共多少。`, [first.target]);
  else ask(rd, `「${first.phrase}」和「${cl.text}」都像是同一项的数：是两部分相加（共${first.value + num.value}），还是其中之一？没有填入，请告诉我全年共多少。`, [first.target]);
  return true;
}
