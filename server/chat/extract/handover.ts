// Handing over to the next turn: what this message was about (its subject, last number, row, parts of the year).
import { namesDateOnly } from '../meta.js';
import { kindOf } from '../targets.js';
import { NOT_YET, T3_INTAKE, unsureSentence } from '../wordclasses.js';
import { withEarlierParts } from '../topic.js';
import { normalise, splitClauses, splitSentences, tokenizeClause, type CueToken } from '../tokens.js';
import { CARRY, LAWSUIT } from '../vocab.js';
import { leavesOfGroup, type Reader } from './reader.js';
import { carriedKnown, intakeNamed } from './t3.js';

const PROMISED = /具体(?:数|多少|的数)[^。；\n]{0,6}(?:查|核|问|看|回头|再)|(?:查|核实|核对|问)一下|查查|回头(?:再)?(?:告诉|说|报)|稍后(?:告诉|补)|等(?:会|一下)(?:告诉|再说)/;

/** A question about a figure, or putting it off (「是多少来着」「有没有」「要填吗」「我翻一下」「还要问下」). */
const ASKS_OR_DEFERS = /吗|多少|几[件条次个篇份人起]|有没有|是不是|要不要|要填吗|填不填|来着|[？?]|翻一下|找一下|查一下|问一?下|还要问|等一下|稍等|回头/;

const APPLICATIONS_TOPIC = /^\s*(?:那|再说|说说|(?:我)?(?:说|讲)(?:一)?下|下面|接下来)?(?:今年|本年|全年)?(?:的)?(?:依)?申请(?:公开)?(?:的)?(?:情况|这块|这一块|方面|这边|部分|的话|数)?(?:\s*(?:我)?(?:来)?(?:说|讲|报)(?:一)?下)?(?:呢|吧)?[：:，,。\s]*$/;

/** The topic the next turn reads on with; earlier parts of the year are said again with this message's parts. */
export function handOver(rd: Reader): void {
  rd.out.said = withEarlierParts(rd.out.said, [...rd.earlierParts, ...rd.earlierCellParts]);
  const dateSaid = [...rd.out.said].reverse().find((x) => x.target === 'meta.date');
  // A message that only names a subject (「行政处罚」「培训」「信息处理费」) leaves it for the next turn's bare number.
  const only = splitSentences(rd.text);
  const lone = only.length === 1 && splitClauses(only[0]).length === 1 ? tokenizeClause(only[0], rd.cues) : undefined;
  let inQuestion = false;
  let loneCues = lone && !lone.nums.length && !lone.negated && !NOT_YET.test(only[0]) && !unsureSentence(only[0]) ? lone.tokens.filter((t): t is CueToken => t.type === 'cue' && !t.weak) : [];
  // 「行政许可决定数是多少来着 我翻一下」「复议纠正的有没有」「公开栏的还要问下村里」: a message with no number that
  // asks about or defers one subject — the next turn's bare number is its.
  if (!loneCues.length && !rd.out.said.length && rd.out.asks.every((a) => a.offer === undefined) && (ASKS_OR_DEFERS.test(rd.text) || PROMISED.test(rd.text))) {
    const all = tokenizeClause(rd.text, rd.cues);
    const strong = all.tokens.filter((t): t is CueToken => t.type === 'cue' && !t.weak);
    // (「…这个我还没统计」 puts the figure off; it denies nothing.)
    const negated = all.negated && !/有没有|是不是|要不要/.test(rd.text) && !NOT_YET.test(rd.text);
    if (!all.nums.length && !negated && strong.length && strong.length <= 3) [loneCues, inQuestion] = [strong, true];
  }
  // 「政策解读有的，具体数我查一下」: one subject and the number promised — the next turn's bare number is its.
  if (!loneCues.length && !rd.out.said.length && PROMISED.test(rd.text)) {
    const all = tokenizeClause(rd.text, rd.cues);
    const strong = all.tokens.filter((t): t is CueToken => t.type === 'cue' && !t.weak);
    if (!all.nums.length && strong.length && new Set(strong.map((t) => JSON.stringify(t.target))).size === 1) loneCues = strong;
  }
  const t3colsSaid = [...new Set(rd.out.said.filter((x) => /^t3\./.test(x.target)).map((x) => x.target.split('.')[2]))];
  const t3col = t3colsSaid.length === 1 ? t3colsSaid[0] : !t3colsSaid.length && !rd.out.said.length ? rd.prevTurnCol : undefined;
  const lastFact = [...rd.out.said].reverse().find((x) => x.target.startsWith('fact:'))?.target.slice(5);
  rd.out.topic = {
    ...(lastFact ? { fact: lastFact } : {}),
    ...(rd.lastNumber && rd.out.said.some((x) => typeof x.value === 'number') ? { lastNumber: rd.lastNumber } : {}),
    ...(loneCues.length ? { named: loneCues } : {}),
    ...(loneCues.length && inQuestion ? { namedInQuestion: true } : {}),
    ...(namesDateOnly(normalise(rd.message)) ? { dateNamed: true } : {}),
    ...(/^\s*(?:那)?表[二三四](?:呢|的话|这块|这张表)?\s*[？?。，,：:]*\s*$/.test(normalise(rd.message)) ? { tableNamed: normalise(rd.message).replace(/^\s*(?:那)?(表[二三四]).*$/s, '$1') } : {}),
    ...(t3col ? { t3col } : {}),
    // (「申请人缴费了吗」: the fee asked about is the subject of the next turn's 「没交」.)
    ...(rd.spokeOfFee || /缴费|交费|付费|(?<!事业性)收费|信息处理费/.test(rd.text) ? { fee: true } : {}),
    ...(rd.ctx.t2row ? { t2row: rd.ctx.t2row } : {}),
    // 「申请情况」「申请这块」 alone: the next turns' applicant counts are of the applications received.
    ...(rd.ctx.t3row ? { t3row: rd.ctx.t3row } : APPLICATIONS_TOPIC.test(normalise(rd.message)) ? { t3row: 'new' } : rowNamedAlone(rd) ? { t3row: rowNamedAlone(rd) } : {}),
    ...(t4rowNamed(rd) ? { t4row: t4rowNamed(rd) } : {}),
    ...(dateSaid ? { date: String(dateSaid.value) } : {}),
    parts: rd.out.said.filter((x) => x.period && (x.target.startsWith('fact:') || kindOf(x.target) === 'cell')),
    ...resultsOfIntake(rd),
    offered: rd.out.asks.filter((a) => a.offer !== undefined && typeof a.offer === 'number' && a.targets.length === 1).map((a) => a.targets[0]).filter((t, i, all) => all.indexOf(t) === i),
    guessed: rd.out.asks.filter((a) => a.offer !== undefined && typeof a.offer === 'number' && a.targets.length === 1 && /约数|没有说出确切的数/.test(a.text)).map((a) => a.targets[0]),
  };
}

/** 「不予公开里属于内部事务的」: a message with no number that names one 表三 row (a leaf over its group) — the row of the
 * next turn's applicant counts. */
function rowNamedAlone(rd: Reader): string | undefined {
  const all = tokenizeClause(rd.text, rd.cues);
  // (「本机关不掌握的」: a negation inside the row's own name is no negation.)
  const words = all.tokens.reduce((t, k) => (k.type === 'cue' ? t.replace(k.text, '') : t), rd.text);
  if (all.nums.length || /没|无(?!法)|未/.test(words)) return undefined;
  let rows = [...new Set(all.tokens.flatMap((t) => (t.type === 'cue' && t.target.t === 't3row' && !t.weak ? [(t.target as { key: string }).key] : [])))];
  // (「依申请里本机关不掌握的」: 依申请 names the applications, the result row is the place.)
  rows = rows.filter((k) => !rows.some((o) => o !== k && leavesOfGroup(rd, k).some((r) => r.key === o)) && !(T3_INTAKE.has(k) && rows.some((o) => !T3_INTAKE.has(o))));
  return rows.length === 1 && rows[0] !== CARRY && !rd.t3Rows.find((r) => r.key === rows[0])?.group ? rows[0] : undefined;
}

/** The 表四 row this message spoke of: the one placed, or the only specific one named (「行政复议」 → 「1起，维持」). */
function t4rowNamed(rd: Reader): string | undefined {
  if (rd.ctx.t4row && rd.ctx.t4row !== LAWSUIT) return rd.ctx.t4row;
  const rows = [...new Set(tokenizeClause(rd.text, rd.cues).tokens.flatMap((t) => (t.type === 'cue' && t.target.t === 't4row' ? [(t.target as { key: string }).key] : [])))];
  return rows.length === 1 && rows[0] !== LAWSUIT ? rows[0] : undefined;
}

/** The 表三 result cells this message set for the applications of one intake it named (the next turn may add the other's). */
// (Each cell keeps this intake's own count, not the cell's total: the total may already hold the other intake's share.)
function resultsOfIntake(rd: Reader): { resultsOf?: { intake: 'new' | 'carried'; cells: Record<string, number> } } {
  const intake = intakeNamed(rd.text, carriedKnown(rd));
  const ids = Object.keys(rd.out.cells).filter((id) => id.startsWith('t3.') && !T3_INTAKE.has(id.split('.')[1]) && id.split('.')[1] !== 'next');
  const cells = Object.fromEntries(ids.map((id) => [id, rd.out.cells[id] - (rd.intakeShares.get(id) ?? 0)]));
  if (intake && ids.length) return { resultsOf: { intake, cells } };
  // (「结转的…都公开了」「今年新收个人62件」「新收的个人 公开48」: a turn of intake counts between keeps the results told.)
  const earlier = rd.ec.previous?.resultsOf;
  return !ids.length && earlier ? { resultsOf: earlier } : {};
}
