// 表三 (applications): a count's row and applicant column, a decision for all the applications, a reason's leaf.
import { INTAKE_COUNT, INTAKE_VERB, OPENED, T3_INTAKE } from '../wordclasses.js';
import { textBeforeNumber, tokenizeClause, type CueToken, type NumToken } from '../tokens.js';
import { CARRY, LEGAL_GROUP } from '../vocab.js';
import { negateT3Column, zeroRow } from './negation.js';
import { columnsBefore, cueKeys, fakeCue, leavesOfGroup, type Reader, rowLabel, rowTargets } from './reader.js';
import { ask, checkCount, setCell } from './record.js';
import { parseNumber } from '../numerals.js';
import { isCorrection } from '../mentions.js';

/** A 表三 count (or, with num null, a decision for the subject's count): its row, then its applicant column. */
export function handleT3(rd: Reader, num: NumToken | null, cs: CueToken[], phrase: string): void {
  const rowKeys = rowsNamed(rd, cs, phrase);
  const cols = [...new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key))];
  if (rowKeys.length > 1) return ask(rd, `「${phrase}」同时提到了${rowKeys.map((k) => `「${rowLabel(rd, 't3', k)}」`).join('和')}，请分开说明各是多少件。`, rowKeys.flatMap((k) => rowTargets(rd, 't3', k)));
  // 「律所和企业各申请了1件」: 各 gives each applicant column named the count.
  if (cols.length > 1 && num && /各/.test(phrase) && !cols.includes(LEGAL_GROUP)) {
    for (const col of cols) handleT3(rd, num, cs.filter((c) => c.target.t !== 't3col' || (c.target as { key: string }).key === col), phrase);
    return;
  }
  if (cols.length > 1) {
    const r0 = rowKeys[0] && rowKeys[0] !== CARRY ? rowKeys[0] : rd.ctx.t3row ?? 'new';
    return ask(rd, `「${phrase}」同时提到了几类申请人，请分别说明各是多少件。`, cols.filter((c) => c !== LEGAL_GROUP).map((c) => `t3.${r0}.${c}`), num?.value);
  }
  if (rowKeys[0] === CARRY)
    return ask(rd, `「${phrase}」：是「上年结转」还是「结转下年度继续办理」？`, [...rowTargets(rd, 't3', 'carried'), ...rowTargets(rd, 't3', 'next')], num?.value);
  const rowFromText = Boolean(rowKeys[0]);
  // 「个人44件 公开30 部分公开5」: an applicant's count said alone, then results with their counts — a heading.
  // (Another applicant named before it in the sentence, 「个人8件 企业2件 其中公开6件」: whose results they are is asked.)
  // (One denied before it, 「企业没有 公益组织也没有 个人的5件里…」, is no other applicant with counts.)
  if (!rowFromText && num && cols.length === 1 && cols[0] !== LEGAL_GROUP && headCount(phrase, cs) && resultCountsAfter(rd, phrase) && breakdownByResult(rd, phrase) && !cueKeys(rd, beforePhrase(rd, phrase), 't3col').some((k) => !deniedHere(rd, k))) return headingCount(rd, num, cols[0], phrase);
  // 「两家公司的 一件部分公开 一件…」: an applicant group's count with no row, broken down by the counts that follow —
  // the group those counts are of, not a count of the row last spoken of.
  // (「3件是个人的，1件是公司的」 is a list of groups: the counts after name other groups, not results.)
  // (「物业那两件 一件是我们手上没有 一件转信访了」: so is a group's 「那N件」.)
  if (!rowFromText && num && cols.length === 1 && cols[0] !== LEGAL_GROUP && /(?:的|那)\s*(?:[\d一二两三四五六七八九十]+\s*件)?\s*$/.test(phrase) && countsAfter(rd, phrase) && breakdownByResult(rd, phrase)) {
    rd.ctx.t3topic = cols[0];
    return;
  }
  let row: string | undefined = rowKeys[0] ?? rd.ctx.t3row;
  // 「刚才说错了 企业是4件」 after 企业's intake and results: a correction naming only the applicant does not say which of
  // its counts it corrects; the row the turn before ended on is no answer (it had set 不掌握 1 → 4).
  // (「上一条企业的改成2」 points at the turn before, whose row it is; 「应该是村民4件 村委会1件」 lists the applications.)
  if (!rowFromText && num && cols.length === 1 && rd.ctx.t3rowFromPrevious && isCorrection(rd.sentence) && heldInColumn(rd, cols[0]).length > 1 && !/上一?条|上一个|刚才(?=[^说讲\s]{1,6}的)|刚才那|刚刚那/.test(rd.sentence) && !applicantList(rd, cols))
    return ask(rd, `「${phrase}」改的是${rowLabel(rd, 't3', 'new')}还是哪一项办理结果？请连同行名再说一遍，如「企业新收是4件」。`, heldInColumn(rd, cols[0]));
  // 「公司的23件 公开20 另外3件…」: an applicant's count said first, its results after — the applications received,
  // never the result row the turn before spoke of.
  if (!rowFromText && num && cols.length === 1 && cols[0] !== LEGAL_GROUP && rd.ctx.t3rowFromPrevious && !T3_INTAKE.has(row ?? '') && /^[^\d，,]{1,8}?的\s*[\d一二两三四五六七八九十百]+\s*件\s*$/.test(phrase) && countsAfter(rd, phrase)) row = 'new';
  // 「公司这6件 全部公开」 after 新收4件、结转2件: 这/那 N件 points at applications already held, never a new count of the
  // intake row spoken of last; a count that is none of the column's held counts is asked.
  // (「全年企业就这一件」 states the count; a result named later in the sentence takes the count pointed at.)
  // (Only this number right after 这/那; never in a correction: 「不对 企业那4件 其实是6件」. A column holding none is asked.)
  if (num && !rowFromText && T3_INTAKE.has(row ?? '') && cols.length <= 1 && /(?<![就只共全])[这那]\s*$/.test(textBeforeNumber(phrase, num)) && !/全年|一共|总共|合计/.test(phrase) && !INTAKE_VERB.test(phrase) && !isCorrection(rd.sentence)) {
    const col = heldColumn(rd, num, cols[0]);
    row = col ? resultLaterInSentence(rd, phrase) : undefined;
    if (!row) return pointAtHeld(rd, num, cols[0], col, phrase);
  }
  // 「公开11件」→「1件是同一个人反复要同样的东西 不予处理」: a count whose sentence goes on to name its own result takes
  // that result, not the row of the turn before.
  if (num && !rowFromText && rd.ctx.t3rowFromPrevious && row === rd.ctx.t3row && !T3_INTAKE.has(row ?? '')) {
    // 「律所1件 公开了」 after another applicant's results: an applicant none of whose cases is held, told with its count and
    // one result — the applications received and that result, both (the turn before's row had taken the count).
    // (Not under 结转下年度 named before, whose cases may be last year's; only a count of applications or of bodies —
    // 「有个居民要…」 is a story of one person, read as such, and 「5 个人 …」 a list mark.)
    const result = !columnHeld(rd, cols[0]) && cols.length === 1 && cols[0] !== LEGAL_GROUP && row !== 'next' && /^(?:件|家)$/.test(num.unit ?? '') ? resultOfOwn(rd, phrase, num, cols[0]) : undefined;
    if (result) return toldWithResult(rd, num, cols[0], result, phrase);
    // (A result said of this applicant's own case is its row, never the turn before's: 「一个农业公司来要… 公开了」.)
    row = (cols.length === 1 && cols[0] !== LEGAL_GROUP ? resultOfOwn(rd, phrase, num, cols[0]) : undefined) ?? resultNamedLater(rd, phrase) ?? row;
  }
  // 「有一件申请人是个人的 按不予处理办的」: a count said to exist, with no intake verb, whose sentence names one result
  // later — that result's count, not the applications received.
  const weakIntake = row === 'new' && cs.filter((c) => c.target.t === 't3row').every((c) => c.weak);
  // (「科研院所那1件 对方说不要了 归到其他处理的其他」: 「那N件」 points at applications whose result comes next.)
  // (「个人申请里有5件问的是…属于行政查询」: 「有N件是/问的/要的…」 describes some of the applications, whose result follows.)
  const described = /申请(?:里|中|当中|里面|里头)?\s*有\s*([\d一两二三四五六七八九十]+)\s*件\s*(?:是|问的|要的|属于|涉及)/.exec(phrase);
  const someDescribed = Boolean(num && described && parseNumber(described[1]) === num.value);
  if ((!row || weakIntake) && num && (/^\s*有\s*(?:一|1)\s*件/.test(phrase) || someDescribed || (/那\s*(?:[一二两三1-9])?\s*件/.test(phrase) && !countsAfter(rd, phrase))) && !INTAKE_VERB.test(rd.sentence)) row = resultLaterInSentence(rd, phrase) ?? row;
  // 「公司那2件 要的都是…」: 「X那N件」 points at a group's applications; the turn before's result row is not theirs.
  // (Its result is the one the rest of the sentence names, or asked.)
  if (num && !rowFromText && cols.length === 1 && row === rd.ctx.t3row && rd.ctx.t3rowFromPrevious && !T3_INTAKE.has(row ?? '') && /那\s*(?:[\d一二两三四五六七八九十]+)?\s*件/.test(phrase)) {
    row = resultLaterInSentence(rd, phrase);
    if (!row) return ask(rd, `「${phrase}」是怎么办理的？请说明结果，如「都是本机关不掌握」「一件公开 一件不予公开」。`);
  }
  // 「第三方不同意公开的 企业申请的2件」: a result row named earlier in the sentence, then 「X申请的N件」 — that result's count.
  if (weakIntake && num && rd.ctx.t3row && !T3_INTAKE.has(rd.ctx.t3row) && rd.ctx.t3row !== CARRY && rd.ctx.t3rowSentence === rd.sentence && !INTAKE_VERB.test(phrase) && !INTAKE_COUNT.test(phrase)) row = rd.ctx.t3row;
  if (!row && num && (allOfOneApplicant(rd, num, cols, phrase) || applicantList(rd, cols))) row = 'new';
  if (!row) return ask(rd, `「${phrase}」是表三哪一行的数字？例如「收到自然人申请3件」「予以公开2件」。`);
  if (groupRow(rd, num, cs, phrase, row) || legalGroup(rd, num, cols, phrase, row)) return;
  const value = num ? num.value : rd.ctx.subject?.value;
  if (value === undefined) return ask(rd, `「${phrase}」是多少件？`, rowTargets(rd, 't3', row));
  if (!num && rd.ctx.subject?.offered) return ask(rd, `「${phrase}」说的申请还没有确切件数，没有填入表三；请告诉我准确件数。`, rowTargets(rd, 't3', row));
  if (num && !checkCount(rd, num, phrase)) return;
  // A zero said without its column is every column's (「上年结转0件」).
  if (!cols[0] && num && num.value === 0 && !cols.length) {
    if (rowFromText) [rd.ctx.t3row, rd.ctx.t3rowFromPrevious] = [row, false];
    return zeroRow(rd, 't3', row, phrase);
  }
  const colFromText = Boolean(cols[0]);
  const col = cols[0] || columnFromContext(rd, num, !T3_INTAKE.has(row), phrase);
  // (The column said before this count, with no count before it in the clause.)
  const colBefore = Boolean(num && cs.some((c) => c.target.t === 't3col' && c.end <= num.start) && !/[\d]|[一二两三四五六七八九十]+\s*件/.test(phrase.slice(0, num.start)));
  noteSubject(rd, row, col, rowFromText, colFromText, num, value, colBefore);
  if (!col) {
    if (rd.mode.kind !== 'exact') return ask(rd, `「${phrase}」${rd.mode.kind === 'part' ? '只是一段时间的数' : rd.mode.kind === 'offer' ? rd.mode.why : '没有说出确切的数'}，没有填入表三。`, rowTargets(rd, 't3', row), value);
    if (value === 0) return zeroRow(rd, 't3', row, phrase);
    rd.claims.push({ table: 't3', row, value, phrase, needs: 'column' });
    return;
  }
  const share = !T3_INTAKE.has(row) ? otherIntakeShare(rd, `t3.${row}.${col}`) : undefined;
  if (share) rd.intakeShares.set(`t3.${row}.${col}`, share.count);
  setCell(rd, `t3.${row}.${col}`, value + (share?.count ?? 0), share ? `${phrase}（加上${INTAKE_NAME[share.of]}的${share.count}件）` : phrase);
}

/** The applications of one intake a sentence speaks of: 「新收的十五件」「结转的两件」「上年转过来的」. */
export function intakeNamed(sentence: string, carriedKnown = false): 'new' | 'carried' | undefined {
  // (「转来的3件」 back to the applications carried in that the draft holds, when no other office is named.)
  if (carriedKnown && /(?<![市县区省里级门位])转(?:过)?来(?:的|那)/.test(sentence)) return 'carried';
  // (「市里转来的两件」 are this year's, transferred from another office: 转来 is carried in only after 上年/去年.)
  if (/(?:上年|去年|上一年度?)?结转(?:过来)?(?:的|那|\s*[\d一二两三四五六七八九十]+\s*件)(?!.{0,6}(?:下年|明年|下一年))|(?:上年|去年|上一年度?)(?:转|剩|结转)(?:过)?来(?:的|那)|(?:去年|上年|老|旧)的那\s*(?:[一两二三四五1-9]\s*)?件/.test(sentence)) return 'carried';
  if (/新收[^，。；\s]{0,4}?[\d一二两三四五六七八九十百]+\s*件|(?:本年|今年)?新收(?:的|那)|新收[^，。；\s\d]{1,4}的|(?:今年|新)的\s*[\d一二两三四五六七八九十百]+\s*件/.test(sentence)) return 'new';
  return undefined;
}
const INTAKE_NAME = { new: '本年新收', carried: '上年结转' } as const;
/** The draft holds applications carried in from last year. */
export const carriedKnown = (rd: Reader) => Object.entries(rd.ec.cells ?? {}).some(([id, v]) => id.startsWith('t3.carried.') && typeof v === 'number' && v > 0);

/** 「结转的两件都公开了」 then 「新收的十五件 十二件公开」: results of the other intake given in the turn before are in the
 * same cell — this intake's count adds to them (never replaces them). */
// (The share added is the other intake's own count as given then — never the cell's total, which a turn said twice
// would already hold.)
function otherIntakeShare(rd: Reader, id: string): { count: number; of: 'new' | 'carried' } | undefined {
  const intake = intakeNamed(rd.sentence, carriedKnown(rd)) ?? (rd.ctx.headIntake?.sentence === rd.sentence ? rd.ctx.headIntake.intake : undefined);
  const before = rd.ec.previous?.resultsOf;
  const share = before?.cells[id];
  if (!intake || !before || before.intake === intake || typeof share !== 'number' || typeof rd.ec.cells?.[id] !== 'number' || rd.out.cells[id] !== undefined) return undefined;
  return share ? { count: share, of: before.intake } : undefined;
}

/** The one column (the one named, or any) holding this count of applications: both intakes' or one intake's. */
function heldColumn(rd: Reader, num: NumToken, named: string | undefined): string | undefined {
  const held = { ...(rd.ec.cells ?? {}), ...rd.out.cells };
  const cols = named ? [named] : rd.t3Cols.map((c) => c.key).filter((k) => applications(rd, k, held) > 0);
  const fits = cols.filter((k) => [applications(rd, k, held), ...[...T3_INTAKE].map((r) => Number(held[`t3.${r}.${k}`] ?? 0))].includes(num.value));
  return fits.length === 1 ? fits[0] : undefined;
}

/** 「企业那6件」: the applications held become the subject the results that follow are of; a count held nowhere is asked. */
function pointAtHeld(rd: Reader, num: NumToken, named: string | undefined, col: string | undefined, phrase: string): void {
  if (!col) {
    rd.pointAsked = true;
    const who = named ? rd.t3Cols.find((c) => c.key === named)?.label ?? '该类' : '某类';
    return ask(rd, `「${phrase}」指的是哪些申请？草稿里没有这个件数的申请；如要更正件数，请说「${who}申请改为${num.value}件」。`, named ? [...T3_INTAKE].map((r) => `t3.${r}.${named}`) : [], num.value);
  }
  [rd.ctx.t3topic, rd.ctx.t3col] = [col, col];
  rd.ctx.subject = { row: 'new', col, value: num.value, sentence: rd.sentence, saidAt: rd.out.said.length + 1, pointed: true };
}

/** The 表三 rows a clause's cues name (a leaf over its group, a decision over the intake it is about). */
function rowsNamed(rd: Reader, cs: CueToken[], phrase: string): string[] {
  const rowsStrong = cs.filter((c) => c.target.t === 't3row' && !c.weak).map((c) => c.target as { key: string; group?: boolean });
  const rowsWeak = cs.filter((c) => c.target.t === 't3row' && c.weak).map((c) => c.target as { key: string; group?: boolean });
  let rows = rowsStrong.length ? rowsStrong : rowsWeak;
  // 「收到…申请」 names 本年新收 twice; a result named with 「申请」 (「重复申请」 is one cue) is the result.
  if (rows.some((r) => r.key !== 'new')) rows = rows.filter((r) => r.key !== 'new' || rowsStrong.every((x) => x.key === 'new'));
  let rowKeys = [...new Set(rows.map((r) => r.key))];
  // 「重复申请不予处理」 names the leaf and its group: the leaf is the place.
  const leafOf = (g: string) => leavesOfGroup(rd, g).map((r) => r.key);
  rowKeys = rowKeys.filter((k) => !rowKeys.some((o) => o !== k && leafOf(k).includes(o)));
  if (!rowKeys.length && cs.some((c) => c.target.t === 'bareOpen')) rowKeys.push('r1');
  // 「结转的两件今年都公开了」: applications decided this year were carried in (next year's have no result yet).
  if (rowKeys.length === 1 && rowKeys[0] === CARRY && cs.some((c) => c.target.t === 'bareOpen') && OPENED.test(phrase) && !/下年|明年|下一年/.test(phrase)) rowKeys = ['r1'];
  // 「结转的 1件公开 1件…逾期不补正」: 结转 names which applications the results that follow are of.
  if (rowKeys.length > 1 && rowKeys.includes(CARRY) && rowKeys.every((k) => k === CARRY || !T3_INTAKE.has(k)) && !/下年|明年|下一年/.test(phrase)) rowKeys = rowKeys.filter((k) => k !== CARRY);
  // 「两件企业的申请都给公开了」: 「申请」 names what was decided, not the intake, when the verb is the decision.
  // 「去年结转的那1件今年公开了」: the intake row says which applications, the verb what was decided.
  if (rowKeys.length === 1 && T3_INTAKE.has(rowKeys[0]) && !rowsStrong.some((r) => !T3_INTAKE.has(r.key)) && cs.some((c) => c.target.t === 'bareOpen') && OPENED.test(phrase) && !INTAKE_VERB.test(phrase) && !(INTAKE_COUNT.test(phrase) && /都|全部|全都|均/.test(phrase))) rowKeys = ['r1'];
  return rowKeys;
}

/**
 * 「2件都是企业的」: a count said to be all one applicant's, with no row spoken of, is of the applications received.
 * (「有1件是企业的」: one of the applications is this column's.)
 * (「今年没收到企业的申请，个人的有2件」: 「X的有N件」 in a sentence about the applications received.)
 */
/** 「个人6件公司3件律所1件」: applicants each counted in 件, no 表三 row named in the sentence — the applications received. */
function applicantList(rd: Reader, cols: string[]): boolean {
  if (cols.length !== 1 || cols[0] === LEGAL_GROUP) return false;
  const all = tokenizeClause(rd.sentence, rd.cues);
  const applicants = new Set(all.tokens.flatMap((t) => (t.type === 'cue' && t.target.t === 't3col' ? [(t.target as { key: string }).key] : [])));
  const counts = all.nums.filter((n) => n.unit === '件').length;
  return applicants.size >= 2 && counts >= 2 && !all.tokens.some((t) => t.type === 'cue' && t.target.t === 't3row');
}

function allOfOneApplicant(rd: Reader, num: NumToken, cols: string[], phrase: string): boolean {
  return cols.length === 1 && cols[0] !== LEGAL_GROUP && (/都是|全是|均为|全部是|全都是/.test(phrase) || /^有?\s*[\d一二两三四五六七八九十]+\s*件(?:申请)?是/.test(phrase.slice(num.start)) ||
    (/申请/.test(rd.sentence) && /的(?:申请)?(?:有|共|是)\s*$/.test(phrase.slice(0, num.start))));
}

/** A group of rows filled by reason: the reason named in the sentence gives the leaf, otherwise asked (the count waits). */
function groupRow(rd: Reader, num: NumToken | null, cs: CueToken[], phrase: string, row: string): boolean {
  const rowDef = rd.t3Rows.find((r) => r.key === row);
  if (!rowDef?.group) return false;
  // 「一件不予公开，涉及国家秘密」: the reason named elsewhere in the sentence gives the leaf.
  const leaf = leafNamedInSentence(rd, row);
  if (leaf) {
    handleT3(rd, num, [...cs.filter((c) => c.target.t !== 't3row'), fakeCue({ t: 't3row', key: leaf })], phrase);
    return true;
  }
  const leaves = leavesOfGroup(rd, row).map((r) => r.label);
  // The count waits for its reason (「不予公开1件」 → 「涉及个人隐私」).
  if (num && rd.mode.kind === 'exact') rd.claims.push({ table: 't3', row, value: num.value, phrase, needs: 'reason' });
  ask(rd, `「${phrase}」：表三的「${rowDef.label}」要按理由分项填写，请说明属于哪一项：${leaves.join('；')}。`, leavesOfGroup(rd, row).flatMap((r) => rowTargets(rd, 't3', r.key)), num?.value);
  return true;
}

/** The one 表三 result row named in the sentence after this clause (none when several are, or an intake is). */
/** The words of the sentence after this clause, and before it. */
const afterPhrase = (rd: Reader, phrase: string) => rd.sentence.slice(rd.sentence.indexOf(phrase) + phrase.length);
const beforePhrase = (rd: Reader, phrase: string) => rd.sentence.slice(0, Math.max(0, rd.sentence.indexOf(phrase)));

/** The sentence goes on with counts of its own (「公司那两件 一件全给了 一件…」): they break the count down. */
const countsAfter = (rd: Reader, phrase: string) => /[\d一二两三四五六七八九十]\s*[件个]/.test(afterPhrase(rd, phrase));

/** The cells of one applicant column the draft holds a count in. */
const heldInColumn = (rd: Reader, col: string) => Object.keys(rd.ec.cells ?? {}).filter((id) => id.startsWith('t3.') && id.endsWith(`.${col}`) && typeof rd.ec.cells?.[id] === 'number');

/** 「个人44件」「居民那14件」「企业申请的7件里」: an applicant and a count of its applications, nothing else (「个人给了的
 * 五件」 names a result). */
function headCount(phrase: string, cs: CueToken[]): boolean {
  const col = cs.find((c) => c.target.t === 't3col');
  if (!col) return false;
  const rest = (phrase.slice(0, col.start) + phrase.slice(col.end)).trim();
  return HEAD_REST.test(rest);
}
const HEAD_REST = /^(?:那边|这边|方面)?(?:的|那|这|申请的?|来的|提的|来函|来信|其余|剩下的?|剩余的?)?\s*[\d一二两三四五六七八九十百]+\s*件\s*(?:里|中|当中|里面|里头|中间)?$/;
/** The rest of the sentence gives figures. */
const resultCountsAfter = (rd: Reader, phrase: string) => /[\d一二两三四五六七八九十]/.test(afterPhrase(rd, phrase));

/** A bare 公开 alone after the clause, or closing it apart from the request (「…来要土地流转的备案 公开了」). */
const BARE_OPEN_AFTER = /(?:^[\s，,]*|\s)(?:也|都|均|全部?|就)?(?:予以|给)?公开(?:了|的)?[\s，,。！!]*$/;
/** Some 表三 cell of the applicant column holds a count (in the draft or this message). */
const columnHeld = (rd: Reader, col: string) => rd.t3Rows.some((r) => typeof (rd.out.cells[`t3.${r.key}.${col}`] ?? rd.ec.cells?.[`t3.${r.key}.${col}`]) === 'number');

/** The one result named after this clause and before another applicant is (「律所1件 公开了 企业2件 部分公开」: 公开). */
function resultOfOwn(rd: Reader, phrase: string, num: NumToken, col: string): string | undefined {
  const after = `${phrase.slice(num.end)} ${afterPhrase(rd, phrase)}`;
  const next = rd.cues.filter((c) => c.target.t === 't3col' && (c.target as { key: string }).key !== col).map((c) => after.indexOf(c.text)).filter((i) => i >= 0);
  const own = next.length ? after.slice(0, Math.min(...next)) : after;
  const rows = cueKeys(rd, own, 't3row', false).filter((k) => !T3_INTAKE.has(k) && k !== CARRY);
  if (rows.length) return rows.length === 1 ? rows[0] : undefined;
  return BARE_OPEN_AFTER.test(own) ? 'r1' : undefined;
}

function toldWithResult(rd: Reader, num: NumToken, col: string, result: string, phrase: string): void {
  rd.ctx.t3topic = col;
  setCell(rd, `t3.new.${col}`, num.value, phrase);
  setCell(rd, `t3.${result}.${col}`, num.value, phrase);
}

/** This message set the applicant column's cells to 0 (it denied that applicant). */
const deniedHere = (rd: Reader, col: string) => Object.entries(rd.out.cells).some(([id, v]) => v === 0 && id.startsWith('t3.') && id.endsWith(`.${col}`));

/** A heading count: its column is the results' that follow. Its count is the intake held said again (新收, or 新收 plus
 * 上年结转), the new intake when none is held, and asked when it is neither (it may include the carried ones). */
export function headingCount(rd: Reader, num: NumToken, col: string, phrase: string): void {
  rd.ctx.t3topic = col;
  // (「个人其余14件 公开9…」: what is left of them, no count of any row.)
  if (/其余|剩下|剩余/.test(phrase)) return;
  const held = (row: string) => {
    const id = `t3.${row}.${col}`;
    const v = rd.out.cells[id] ?? rd.ec.cells?.[id];
    return typeof v === 'number' ? v : undefined;
  };
  const [received, carried] = [held('new'), held('carried')];
  // (Said of this year's applications alone, results told before for last year's add to it: otherIntakeShare.)
  if (received === num.value && carried) rd.ctx.headIntake = { sentence: rd.sentence, intake: 'new' };
  if (received === num.value || (received !== undefined && received + (carried ?? 0) === num.value)) return;
  if (received === undefined && !carried && !/结转|转过来|去年|上年/.test(rd.sentence)) return setCell(rd, `t3.new.${col}`, num.value, phrase);
  ask(rd, `「${phrase}」是本年新收的件数，还是连上年结转一起的？${received !== undefined ? `草稿中本年新收是${received}件，` : ''}没有改动；请说「新收N件」。`, [`t3.new.${col}`], num.value);
}

/** The rest of the sentence names results (rows) and no other applicant group. */
// (「涉及其他企业商业秘密的7件」: another company whose secrets a result protects is no applicant.)
const THIRD_PARTY = /(?:其他|别的|别家|另一家|其它|第三方|他人|人家)(?:企业|公司|个人|单位)/g;
function breakdownByResult(rd: Reader, phrase: string): boolean {
  const after = afterPhrase(rd, phrase).replace(THIRD_PARTY, '第三方');
  return cueKeys(rd, after, 't3row', false).length > 0 && cueKeys(rd, after, 't3col').length === 0;
}

/** The one 表三 result row or group named in the sentence after this clause. */
function resultNamedLater(rd: Reader, phrase: string): string | undefined {
  const rows = rowsAfter(rd, phrase).filter((k) => !T3_INTAKE.has(k) && k !== CARRY);
  return rows.length === 1 ? rows[0] : undefined;
}

function resultLaterInSentence(rd: Reader, phrase: string): string | undefined {
  const rows = rowsAfter(rd, phrase);
  return rows.length === 1 && !T3_INTAKE.has(rows[0]) && rows[0] !== CARRY && rows[0] !== 'next' ? rows[0] : undefined;
}

/** The 表三 rows the sentence names after this phrase (none when the phrase is not in it). */
function rowsAfter(rd: Reader, phrase: string): string[] {
  const at = rd.sentence.indexOf(phrase);
  return at < 0 ? [] : cueKeys(rd, rd.sentence.slice(at + phrase.length), 't3row', false);
}

/** 「法人」 names a group of columns: 0 is each one's; another count is asked (which kind of 法人). */
function legalGroup(rd: Reader, num: NumToken | null, cols: string[], phrase: string, row: string): boolean {
  if (cols[0] !== LEGAL_GROUP) return false;
  // 「法人申请0件」: none from any 法人 column — every one of them is 0 (only the 法人 columns).
  if (num && num.value === 0 && rd.mode.kind === 'exact') {
    negateT3Column(rd, { key: row }, LEGAL_GROUP, phrase);
    return true;
  }
  const legal = rd.t3Cols.filter((c) => c.group).map((c) => c.label);
  ask(rd, `「${phrase}」：法人或其他组织分为${legal.join('、')}，请说明是哪一类。`, rowTargets(rd, 't3', row).filter((id) => rd.t3Cols.some((c) => c.group && id.endsWith(`.${c.key}`))), num?.value);
  return true;
}

/** The applicant column when the clause names none: the one spoken of in this message or the turn before. */
function columnFromContext(rd: Reader, num: NumToken | null, result: boolean, phrase?: string): string | undefined {
  let col: string | undefined;
  if (rd.ctx.t3col && rd.ctx.t3col !== 'mixed') col = rd.ctx.t3col;
  if (!col && !num && rd.ctx.subject?.col) col = rd.ctx.subject.col;
  if (!col && rd.ctx.t3topic) col = rd.ctx.t3topic;
  // 「全年受理申请6件，均为自然人申请。…予以公开3件」: every application is this column's, so every result is.
  if (!col && rd.allOneColumn) col = rd.allOneColumn;
  // 「收到个人申请4件」 → 「公开了3件，还有1件在办」: the one column the previous turn spoke of, when this message names none.
  // (Not when the count is more than that column's applications: 「群众七件」「企业一件」→「七件都公开了」 is 群众's.)
  // (Results only: the applications themselves are never checked against themselves.)
  if (!col && rd.prevTurnCol) col = !result || fitsApplications(rd, rd.prevTurnCol, num) ? rd.prevTurnCol : onlyColumnOf(rd, num);
  // 「剩下那件涉及别的公司商业秘密」: the rest of the cases, when every application (the draft's and this message's) is
  // one column's, are that column's.
  // (Or whenever every other column's applications were said to be none: 「其他类别都没有」.)
  if (!col && result && num) {
    const all = { ...(rd.ec.cells ?? {}), ...rd.out.cells };
    const held = rd.t3Cols.filter((c) => applications(rd, c.key, all) > 0);
    const othersNone = held.length === 1 && rd.t3Cols.every((c) => c.key === held[0].key || all[`t3.new.${c.key}`] === 0);
    const rest = phrase !== undefined && /剩下|剩余|剩的|其余|余下|另外那|那\s*[一两二三四五六七八九十\d]?\s*件/.test(phrase);
    if (held.length === 1 && (rest || othersNone) && fitsApplications(rd, held[0].key, num)) col = held[0].key;
  }
  return col;
}

/** The 表三 result leaf rows (not the intake rows, not 结转下年度's count of the undecided, not a group). */
const resultRowsOf = (rd: Reader) => rd.t3Rows.filter((r) => !r.group && !r.sumOf && !T3_INTAKE.has(r.key) && r.key !== 'next').map((r) => r.key);

/** The applications a column holds in the draft (received and carried over), 0 when unknown. */
const applications = (rd: Reader, col: string, cells: Record<string, unknown> = rd.ec.cells ?? {}) => [...T3_INTAKE].reduce((a, r) => a + (Number(cells[`t3.${r}.${col}`] ?? 0) || 0), 0);
const fitsApplications = (rd: Reader, col: string, num: NumToken | null) => !num || applications(rd, col) === 0 || num.value <= applications(rd, col);
/** The one column whose applications are exactly this count. */
function onlyColumnOf(rd: Reader, num: NumToken | null): string | undefined {
  const exact = num ? rd.t3Cols.filter((c) => applications(rd, c.key) === num.value) : [];
  return exact.length === 1 ? exact[0].key : undefined;
}

/** The row and column this count speaks of become the context of the counts and decisions that follow. */
function noteSubject(rd: Reader, row: string, col: string | undefined, rowFromText: boolean, colFromText: boolean, num: NumToken | null, value: number, colBefore = false): void {
  if (colFromText && rd.allOneColumn && col !== rd.allOneColumn) rd.allOneColumn = undefined;
  // (a decision said without a count — 「给他公开了」 — is no row for the counts of later sentences)
  if (rowFromText && (num || T3_INTAKE.has(row))) [rd.ctx.t3row, rd.ctx.t3rowFromPrevious] = [row, false];
  if (T3_INTAKE.has(row) && rowFromText) {
    rd.ctx.subject = { row, col: colFromText ? col : undefined, value, sentence: rd.sentence, saidAt: rd.out.said.length + 1, ...(rd.mode.kind === 'exact' ? {} : { offered: true as const }) };
    rd.ctx.t3col = colFromText ? col : undefined;
  } else if (colFromText && !rowFromText) rd.ctx.t3col = 'mixed';
  // 「个人的结果 公开11 部分公开2」: a column named before a result's count is the column of the results that follow.
  // (Not 「予以公开12件（均为自然人）」: a column said after its count is that count's only.)
  else if (colFromText && rowFromText && colBefore && col) rd.ctx.t3col = col;
}

/** 「企业的不予公开（商业秘密）」: one applicant column and a decision, no number — all of that column's applications. */
export function oneColumnDecision(cs: CueToken[], clauseText: string) {
  return new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key)).size === 1 && /的/.test(clauseText) && namesDecision(cs, clauseText);
}

/** The one leaf of a 表三 group whose reason the current sentence names (「…，涉及国家秘密」). */
export function leafNamedInSentence(rd: Reader, group: string): string | undefined {
  const leaves = new Set(leavesOfGroup(rd, group).map((r) => r.key));
  const named = new Set(cueKeys(rd, rd.sentence, 't3row').filter((k) => leaves.has(k)));
  const leaf = named.size === 1 ? [...named][0] : undefined;
  if (leaf) rd.reasonGiven = { leaf, sentence: rd.sentence };
  return leaf;
}

/** A clause without a number gives the subject's count a result only when it names the decision (「公开了」「不予公开」). */
export function namesDecision(cs: CueToken[], clauseText: string) {
  return cs.some((c) => c.target.t === 't3row' && !c.weak && !T3_INTAKE.has((c.target as { key: string }).key)) || (cs.some((c) => c.target.t === 'bareOpen') && OPENED.test(clauseText));
}

/** 「还有个人要…」「有个老人问…」「一家公司来要…」: one application told by what was asked for. */
const ONE_REQUEST = /(?:^|[，,。；\s])(?:还|另外|另)?有(?:一)?(?:个|位|家)(?:人|老人|大爷|大妈|阿姨|村民|居民|市民|群众|公司|企业|律所|律师)?\s*(?:来)?(?:要|问|申请|查|索要)/;

/** 「（申请）全部公开」: each applicant column's new + carried applications get this result (all known, one result row). */
export function distributeAll(rd: Reader, cs: CueToken[], phrase: string): boolean {
  const rowCues = cs.filter((c) => (c.target.t === 't3row' && !c.weak && !T3_INTAKE.has((c.target as { key: string }).key)) || c.target.t === 'bareOpen');
  let keys = [...new Set(rowCues.map((c) => (c.target.t === 'bareOpen' ? 'r1' : (c.target as { key: string }).key)))];
  // 「不予公开（商业秘密）」 names the group and its leaf: the leaf is the place.
  keys = keys.filter((k) => !keys.some((o) => o !== k && leavesOfGroup(rd, k).some((r) => r.key === o)));
  // 「都不予公开，是过程性信息」: the group's reason named in the sentence gives the leaf.
  const leaf = keys.length === 1 && rd.t3Rows.find((r) => r.key === keys[0])?.group ? leafNamedInSentence(rd, keys[0]) : undefined;
  if (leaf) keys = [leaf];
  if (rd.period !== 'year' || keys.length !== 1 || keys[0] === 'next' || keys[0] === CARRY) return false;
  // 「还有个人要他儿子的考核档案 部分公开」: one request told — its result is not that of all the column's applications
  // (it had set 部分公开 to the column's 4).
  if (ONE_REQUEST.test(rd.sentence) && !/都|全部|全都|均|一律/.test(phrase)) {
    ask(rd, `「${rd.sentence.slice(0, 30)}」说的是一件申请：它是已说的件数中的一件，还是另外一件？结果没有填入；请说明，如「个人4件里有1件部分公开」。`);
    return true;
  }
  const merged: Record<string, number | null | undefined> = { ...(rd.ec.cells ?? {}), ...rd.out.cells };
  const group = rd.t3Rows.find((r) => r.key === keys[0])?.group;
  if (group) {
    // 「都是不予公开」: every application has this result, but the group is filled by reason — asked (offering the count).
    const named0 = new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key));
    const open = rd.t3Cols.filter((c) => (!named0.size || named0.has(c.key)) && (merged[`t3.new.${c.key}`] ?? 0) + (merged[`t3.carried.${c.key}`] ?? 0) > 0);
    if (!open.length) return false;
    const def = rd.t3Rows.find((r) => r.key === keys[0])!;
    ask(rd, `「${phrase}」：表三的「${def.label}」要按理由分项填写，请说明属于哪一项：${leavesOfGroup(rd, keys[0]).map((r) => r.label).join('；')}。`, leavesOfGroup(rd, keys[0]).flatMap((r) => open.map((c) => `t3.${r.key}.${c.key}`)));
    return true;
  }
  // 「个人的全部公开」: only the applicant column named, when one is.
  // (「企业那两件 都予以公开」: the column named in the clause before, in this sentence, is the one meant.)
  const named = new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key));
  const before = columnsBefore(rd, phrase).filter((k) => k !== LEGAL_GROUP);
  if (!named.size && before.length === 1) named.add(before[0]);
  const per = rd.t3Cols.filter((c) => !named.size || named.has(c.key)).map((c) => ({ col: c.key, n: (merged[`t3.new.${c.key}`] ?? 0) + (merged[`t3.carried.${c.key}`] ?? 0) }));
  if (!per.some((p) => p.n > 0)) return false;
  // Waiting totals without their column are settled by this only when one column has applications.
  // (「还有2件…我查查」→「都是部分公开」: a column with results already given has only some applications left, so
  // 「都」 is of those — asked, never all of the column's applications again.)
  const decided = (col: string) => resultRowsOf(rd).filter((r) => r !== keys[0]).reduce((a, r) => a + (Number(merged[`t3.${r}.${col}`] ?? 0) || 0), 0);
  for (const p of per) {
    if (p.n <= 0) continue;
    const done = decided(p.col);
    if (done > 0) ask(rd, `「${phrase}」：这一类申请已有${done}件填了其他结果，「都」是指剩下的几件吗？请说明件数，如「剩下${Math.max(p.n - done, 0)}件都是…」。`, [`t3.${keys[0]}.${p.col}`], Math.max(p.n - done, 0));
    else setCell(rd, `t3.${keys[0]}.${p.col}`, p.n, phrase);
  }
  return true;
}
