// 「其中3件其实是部分公开」「企业那两件算到律所」「在审的那件出结果了 也是维持」: part of a 表三 or 表四 count the clerk
// gave belongs somewhere else. The part leaves its count and joins the other (same table, one coordinate changed);
// nothing moves unless the count is one this conversation holds, large enough, and the other place is named once.
import { cellRef, tableDef, type FormatId } from '../format/index.js';
import { parseNumber } from './numerals.js';
import { canonicalPhrases } from './phrases.js';
import { cuesFor, LEGAL_GROUP, type Target } from './vocab.js';
import { T3_INTAKE } from './wordclasses.js';

export interface PartMove {
  from: string;
  to: string;
  value: number;
  /** The whole count was in the wrong place: its cell is emptied, not set to 0. */
  whole: boolean;
  /** Cases moved to another applicant take their other cell along (the applications received, or their one result). */
  also?: { from: string; to: string };
}

/** Words that say a count was put in the wrong place (or, for a case still pending, that it has its result now). */
/** Words that say a move only together with words pointing back at a count (they also state a new count's result). */
const WEAK_MOVE = /属于|应该|应当|后来/g;
const MOVE_WORD = /其实|不对|错了|有误|不算|属于|改一下|搞混|弄混|实际上|实际|应该|应当|应算|应归|应划|划给|转给|算给|归给|调过去|挪过去|算到|算作|算进|算在|归到|归入|归为|划到|划入|计入|改到|改成|改算|挪|记到|记在|转到|移到|调到|放到|不是|记混|弄混|搞混|搞错|写错|放错|后来/;
/** 「那两件」「其中3件」「有一件」「俩」: a count of cases (那件 is one; 「那个」 is the whole count pointed at, 0 here). */
// (A figure in digits before 里 is a count too: 「不掌握150里有10件…」.)
const COUNT = /([\d]+|[一两二三四五六七八九十]+|俩|仨)\s*(?:件|起|个|(?<=\d\s*)(?=里|当中|之中))|俩|仨|[那这](?=件)|[那这](?:个|条|项)(?!数)/g;
/** Words before the part that point without naming: 「其中」「刚才…那」「有」, error words, counts. */
const FILLER = /其中|里面|里头|里边|当中|之中|中|里|有|刚才|刚刚|前面|上面|那|这|的|了|还|也|就|我们|其实|把|搞错|弄错|写错|记错|记混|搞混|弄混|错|不对|更正一下|更正|改一下|哦|噢|啊|嗯|[\d一两二三四五六七八九十俩仨]+\s*(?:件|起|个)?|[，,。；\s]/g;

/** Where the words of the place a part moves to begin (「调到…」「是…」「算…」). */
// (「挪一件给部分公开」「记到复议后起诉去」 too.)
const SPLIT = /划给|转给|算给|归给|调到|挪到|挪给|(?<=挪\s*(?:[\d一两二三四五六七八九十]+\s*件)?\s*)给|记到|记在|转到|移到|改到|归到|算到|划到|放到|算进|算在|归入|计入|应归|应算|算作|算为|改成|改为|应该是|应当是|其实是|实际上是|实际是|不是|是|算/;

/** Results in plain words the cue list leaves to the sentence reader. */
const PLAIN: [RegExp, Target['t'], string][] = [
  [/全(?:部)?公开|全文给|全给|都给了|给(?:他|她|人家|对方)?公开了?|给了全部/, 't3row', 'r1'],
  // 「公开的32件里有3件…」「公开那4件」: 公开 pointing at a count of its own is 予以公开.
  [/(?<!部分|不予|不|未)公开(?:的|那)(?:那)?(?=\s*[\d一两二三四五六七八九十]+\s*件)/, 't3row', 'r1'],
  // 「其实公开了」「其实是给了的」: 公开 or 给了 alone, said of where a part belongs, is 予以公开 (not 部分/不予/没…).
  // (Not after a negation a few words back, 「法律法规不让公开的」, nor 「其他给了」, the rest of a partial disclosure.)
  // (Nor what was asked for: 「他们一直要求公开」.)
  [/(?<!部分|予以|依申请|主动|(?:不|没|未|禁止|无法|要求|申请|请求|要|想|希望)[^，。；\s]{0,3})公开(?:了|的)?(?![栏信政内])\s*$|(?<!没|没有|不|未|其他|其余|别的|剩下的?)给了(?:的)?\s*$/, 't3row', 'r1'],
  [/(?:只)?给了?(?:一)?部分|部分给了?/, 't3row', 'r2'],
  [/我们赢|赢了|胜诉|判我们(?:没错|对)/, 't4col', 'upheld'],
  [/(?:先|之前|已经)(?:走过?|经过?|申请过?|打过?)?复议|复议(?:过|完)?了?(?:以后|之后|后)?(?:再|又|才)(?:去)?(?:起诉|告|打官司)?/, 't4row', 'after'],
  [/(?:申请)?内容(?:仍|还)?不明确|说不清(?:要什么)?/, 't3row', 'r4_3'],
  [/撤回|撤诉|终止|撤了|算(?:作|为|到)?其他/, 't4col', 'other'],
  [/还?没(?:判|审完|结案|出结果|出决定|下决定|作出决定)|未(?:判|审结|结案)|在审|审理中/, 't4col', 'pending'],
  [/重复/, 't3row', 'r5_2'],
  [/没(?:有)?(?:按(?:通知)?)?(?:交|缴)(?:钱|费)|未(?:按通知)?缴(?:费|纳)|不交钱|逾期未缴/, 't3row', 'r6_2'],
  // (What is not held is said, or nothing follows: 「我们没犹豫 当天就给了」 is no 不掌握.)
  [/(?:我们|我这|这边|单位|手里|手上)[^，。；\s]{0,3}(?:压根|根本)?没(?:有)?(?:(?:这|那|相关)[个份些项]?(?:信息|东西|材料|文件|资料|数据)?|信息|东西|材料|文件|资料|数据|(?=\s*(?:$|[，。；])))|不掌握|查无/, 't3row', 'r4_1'],
  [/另行制作|另外(?:做|制作|整理|加工|统计)|重新(?:制作|加工|汇总)|(?:做|制作|汇总)(?:个|一个|一份)?(?:统计)?表/, 't3row', 'r4_2'],
  [/(?:出|有)(?:了)?结果/, 't4col', ''],
];

/** The keys of one kind of place named in some words, the longest cue winning where cues overlap (复议后起诉, not 复议). */
export function namedKeys(format: FormatId, text: string, kind: Target['t']): string[] {
  const found: { at: number; len: number; key: string }[] = [];
  // Plain words first: 「先走过复议」 is 复议后起诉, and its 「复议」 no second place.
  for (const [re, t, key] of PLAIN) {
    const m = t === kind && key ? re.exec(text) : null;
    if (m) found.push({ at: m.index, len: m[0].length, key });
  }
  const cues = cuesFor(format).filter((c) => c.target.t === kind && !c.weak && 'key' in c.target).sort((a, b) => b.text.length - a.text.length);
  for (const c of cues) {
    for (let i = text.indexOf(c.text); i >= 0; i = text.indexOf(c.text, i + 1)) {
      if (!found.some((f) => i < f.at + f.len && f.at < i + c.text.length)) found.push({ at: i, len: c.text.length, key: (c.target as { key: string }).key });
    }
  }
  return [...new Set(found.filter((f) => !f.key.startsWith('@')).map((f) => f.key))];
}

const countValue = (m: RegExpExecArray) => (m[1] ? (m[1] === '俩' ? 2 : m[1] === '仨' ? 3 : parseNumber(m[1])) : m[0] === '俩' ? 2 : m[0] === '仨' ? 3 : /[个条项]$/.test(m[0]) ? 0 : 1);
/** Words with 一 in them that count nothing. */
export const NOT_A_COUNT = /同一(?:个|批|家|位|拨|伙|户|天|件|份|次|事|内容|单位)?|一下|一遍|一趟|一回|一些|一样|一模一样|一起|一直|一般|一点|唯一|统一|一并|一律|一概/g;

/** 「12月底」「3月5日」「2024年」: dates in a move's words are no figures of it. */
const DATE_WORDS = /\d{4}\s*年|\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?(?:底|初|中旬|上旬|下旬|份|末)?/g;

/** A 表三 row a count can move between: a result (or still pending next year), never the applications received. */
const isResultRow = (table: string, row: string) => table === 't4' || !T3_INTAKE.has(row);

/**
 * Part of a count the clerk gave moves (see the top of this file). `given` are the places this conversation filled,
 * `last` those of the turn before (「其中…」 and words naming no place speak of those).
 */
export function partMoved(format: FormatId, text: string, before: Record<string, unknown>, given: string[], last: string[]): PartMove | null {
  // (「同一个人」「同一件事」 count no cases.)
  const t = canonicalPhrases(text).replace(/[。！!]+$/, '').replace(/同一?个(?=人)|同一(?=[批家位件份次户天]|事|内容)/g, '同');
  const counts = [...t.matchAll(COUNT)];
  // 「其他组织那两件 村委会的是一件 另一件其实是个人」: the middle part stays where it is; the first and last say the move.
  const segs = t.split(/[\s，,]+/).filter(Boolean);
  // (When the middle part is itself the move, 「公开的七件 挪一件给部分公开 那件把身份证号涂了」, the last only says why.)
  if (counts.length === 3 && segs.length === 3) return partMoved(format, `${segs[0]} ${/挪|记到|调到|转到|移到|划到|归到|算到/.test(segs[1]) ? segs[1] : segs[2]}`, before, given, last);
  // 「搞混了 是社会组织申请的」: no count said — the last turn's count, whole, is what was put in the wrong place.
  if (!counts.length && /搞混|弄混|记混|搞错|弄错|写错|填错|不对|错了/.test(t) && !text.startsWith('那个 ')) return partMoved(format, `那个 ${text}`, before, given, last);
  // 「律所那8件里有2件是…个人名义递的 …这2件都是公开的」: the part pointed at again (这/那) is the same cases.
  if (counts.length === 3 && counts[1][1] && counts[2][1] && /[这那]\s*$/.test(t.slice(0, counts[2].index)) && countValue(counts[1]) === countValue(counts[2]) && (countValue(counts[0]) ?? 0) > (countValue(counts[1]) ?? 0))
    return partMoved(format, `${text.slice(0, text.lastIndexOf(counts[2][0]))}它们${text.slice(text.lastIndexOf(counts[2][0]) + counts[2][0].length)}`, before, given, last);
  if (!counts.length || counts.length > 2) return null;
  // Every figure of the message is a count of cases here (「十件里有两件…」); any other number is some other fact.
  // (A numeral starts with a digit: 「老百姓」 holds none.)
  if ((t.replace(NOT_A_COUNT, ' ').replace(DATE_WORDS, ' ').match(/\d+|[一两二三四五六七八九十][零〇一二两三四五六七八九十百千万]*/g) ?? []).length > counts.filter((c) => c[1]).length) return null;
  // The part is the count the move's verb follows (「把其中两件调到无法提供 那两件…」: the first); a larger count before it
  // is the total it is part of (「十件里有两件」), an equal one the same cases said twice (「有一件弄错了 那件是…」).
  const verb = SPLIT.exec(t.slice(counts[0].index! + counts[0][0].length));
  const verbAt = verb ? counts[0].index! + counts[0][0].length + verb.index : t.length;
  const part = [...counts].reverse().find((c) => c.index! < verbAt) ?? counts[counts.length - 1];
  const n = countValue(part);
  if (n === null || n < 0) return null;
  // 「那个企业的改成四件」: a new figure after the verb corrects a value; it moves nothing.
  if (counts.some((c) => c.index! > verbAt && c[1]) && (n === 0 || /^(?:改成|改为)/.test(verb?.[0] ?? ''))) return null;
  const first = counts[0] !== part ? countValue(counts[0]) : null;
  const total = first !== null && first > n ? first : undefined;
  // Source words: before the part, and 「不是X」 after it; target words: the rest after it.
  const after = t.slice(part.index! + part[0].length);
  const denied = /(?:不是|不算|不属于)\s*([^，,。；\s]{1,12})/.exec(after);
  const sourceWords = t.slice(0, part.index) + (denied ? ` ${denied[1]}` : '');
  const targetWords = denied ? after.replace(denied[0], ' ') : after;
  // Of the counts the source words fit, the one the target words can take a part of (「七件里…部分公开」: 居民's 7
  // answered, not the 7 received).
  const moves = source(format, sourceWords, before, given, last, n, total)
    .map((cell) => ({ cell, to: movedTo(format, cell, targetWords) }))
    .filter((m) => m.to);
  // 「企业那5件里有一件其实是律所申请的」 when 企业 5 all 公开: the applications and their one result are the same cases.
  const paired = moves.length === 2 ? pairedMove(moves.map((m) => ({ cell: m.cell, to: m.to! })), before) : null;
  // (「那个社会组织的」 points at one count: the count held when it is one case; several are asked, never all moved.)
  const pairedValue = paired ? n || Number(before[paired.intake.cell]) : 0;
  if (paired && n === 0 && pairedValue > 1) return null;
  if (paired) return { from: paired.intake.cell, to: paired.intake.to, value: pairedValue, whole: pairedValue === before[paired.intake.cell], also: { from: paired.result.cell, to: paired.result.to } };
  // (「有1件部分公开的 其实是科研所的」: the applications and the result named both fit; the result's cases move, with
  // their applications as the companion. A result row not named — 「律所今年那2件」 — leaves the applications alone moving.)
  const results = moves.filter((m) => !T3_INTAKE.has(m.cell.split('.')[1]));
  if (moves.length === 2 && results.length === 1 && namedKeys(format, t, 't3row').includes(results[0].cell.split('.')[1]) && moves.every((m) => m.cell.split('.')[2] === results[0].cell.split('.')[2] && m.to!.split('.')[2] === results[0].to!.split('.')[2])) moves.splice(0, 2, results[0]);
  if (moves.length !== 1) return null;
  const { cell } = moves[0];
  const to = moves[0].to!;
  const [table, row, col] = cell.split('.');
  // (So does a 表三 case carried to next year that was answered after all: 「四件中一件年底前答复了 部分公开」.)
  const pendingGetsResult = (table === 't3' && row === 'next' && /答复|办结|办完|处理完|结了/.test(targetWords)) || (table === 't4' && col === 'pending' && /(?:出|有)(?:了)?结果|判了|判下来|判决|审结|结案|撤了|撤回|撤诉|驳回|维持|纠正|赢|输/.test(targetWords));
  // Without a word of moving, a part of a stated total (「六件里头两件只给了一部分」) or a case of another kind (a 表四 row:
  // one case is never two kinds) still moves.
  const otherKind = table === 't4' && to.split('.')[1] !== row;
  if (!MOVE_WORD.test(t) && !pendingGetsResult && total === undefined && !otherKind) return null;
  // 「1件属于过程性信息 没公开」: 属于/应该/后来 alone state a new count's result; they move a part only when the words
  // point back at a count (「其中」「那两件里」「有一件」).
  if (total === undefined && !pendingGetsResult && !otherKind && !MOVE_WORD.test(t.replace(WEAK_MOVE, '')) && !/其中|里|当中|之中|中的|那|这|有一件|有两件|另一件|另外一件/.test(t)) return null;
  // 「6件」「4件公开了」→「2件其实是来告状的 转走了」: as many cases as are still unaccounted for are the rest, not a part
  // of the last count (nothing named, no total said).
  if (table === 't3' && total === undefined && !pendingGetsResult && n > 0 && !/其中|里|当中|之中|中的|那|这/.test(sourceWords) && unaccounted(format, before, col) >= n) return null;
  const value = n || (before[cell] as number);
  // A count put in the wrong place entirely is taken out (emptied); a pending case decided leaves 0 pending.
  return { from: cell, to, value, whole: value === before[cell] && !pendingGetsResult, ...companion(cell, to, value, before, namedKeys(format, targetWords, 't3row')) };
}

/** Two counts the words fit, one the applications and one their only result, of the same size, moving to one column. */
function pairedMove(ms: { cell: string; to: string }[], before: Record<string, unknown>): { intake: { cell: string; to: string }; result: { cell: string; to: string } } | null {
  const [a, b] = ms.map((m) => ({ ...m, p: m.cell.split('.'), q: m.to.split('.') }));
  if (a.p[0] !== 't3' || b.p[0] !== 't3' || a.p[2] !== b.p[2] || a.q[2] !== b.q[2] || a.p[2] === a.q[2] || before[a.cell] !== before[b.cell]) return null;
  const intake = [a, b].find((m) => T3_INTAKE.has(m.p[1]));
  const result = [a, b].find((m) => !T3_INTAKE.has(m.p[1]));
  return intake && result ? { intake, result } : null;
}

/** A result moved to another applicant column takes its application along, when the column has only this year's. */
function companion(cell: string, to: string, value: number, before: Record<string, unknown>, resultsNamed: string[] = []): { also?: { from: string; to: string } } {
  const [table, row, col] = cell.split('.');
  const [, toRow, toCol] = to.split('.');
  if (table !== 't3' || row !== toRow || col === toCol) return {};
  // (Applications moved with their one result named, 「…算企业 都是公开的」: that result's cases move along.)
  if (T3_INTAKE.has(row)) {
    const r = resultsNamed.filter((k) => !T3_INTAKE.has(k));
    return r.length === 1 && Number(before[`t3.${r[0]}.${col}`] ?? 0) >= value ? { also: { from: `t3.${r[0]}.${col}`, to: `t3.${r[0]}.${toCol}` } } : {};
  }
  const held = Number(before[`t3.new.${col}`] ?? 0);
  const carried = Number(before[`t3.carried.${col}`] ?? 0);
  return held >= value && !carried ? { also: { from: `t3.new.${col}`, to: `t3.new.${toCol}` } } : {};
}

/** A column's applications (new and carried in) not yet given a result (or carried to next year). */
function unaccounted(format: FormatId, before: Record<string, unknown>, col: string): number {
  const num = (id: string) => (typeof before[id] === 'number' ? (before[id] as number) : 0);
  const placed = Object.keys(before).filter((id) => { const [t, row, c] = id.split('.'); return t === 't3' && c === col && !T3_INTAKE.has(row) && !cellRef(format, id)?.computed; });
  return [...T3_INTAKE].reduce((a, r) => a + num(`t3.${r}.${col}`), 0) - placed.reduce((a, id) => a + num(id), 0);
}

/** The place a part of `cell` moves to, if the target words name one (never itself, never a computed total). */
function movedTo(format: FormatId, cell: string, words: string): string | undefined {
  const [table, row, col] = cell.split('.');
  const to = target(format, table, row, col, words);
  return to && to !== cell && cellRef(format, to) && !cellRef(format, to)!.computed ? to : undefined;
}

/** The counts held that the source words point at (by row and column words, and by its total when said). */
// (Words naming no place, 「其中」「有两件」, speak of the turn before's counts; a stated total, 「七件里」, of any count
// of that size this conversation gave.)
function source(format: FormatId, words: string, before: Record<string, unknown>, given: string[], last: string[], n: number, total?: number): string[] {
  // The rows and columns the words name, per table (read once, not once per count held).
  const byTable = { t3: [namedKeys(format, words, 't3row'), namedKeys(format, words, 't3col')], t4: [namedKeys(format, words, 't4row'), namedKeys(format, words, 't4col')] };
  const anyNamed = Object.values(byTable).some((ks) => ks.some((k) => k.length));
  // 「让补材料的那件」: words that could name a count but name none the format knows are not guessed at.
  if (!anyNamed && words.replace(FILLER, '').length >= 2) return [];
  const hits = (anyNamed || total !== undefined ? given : last).filter((id) => {
    const [table, row, col] = id.split('.');
    const v = before[id];
    if ((table !== 't3' && table !== 't4') || typeof v !== 'number' || v < Math.max(n, 1) || (total !== undefined && v !== total && groupTotal(format, before, table, row) !== total)) return false;
    const [rows, cols] = byTable[table];
    if (anyNamed && !rows.length && !cols.length) return false;
    return (!rows.length || rows.includes(row)) && (!cols.length || cols.includes(col));
  });
  return [...new Set(hits)];
}

/** What a stated total (「诉讼那4件里」) may count besides one cell: its 表四 row. (A 表三 column's 「个人14件里」 is its
 * intake cell already; its results are not taken by the column's total — that made 「律所那3件里…」 move a result alone.) */
function groupTotal(format: FormatId, before: Record<string, unknown>, table: string, row: string): number {
  if (table !== 't4') return NaN;
  const num = (id: string) => (typeof before[id] === 'number' ? (before[id] as number) : 0);
  // (The row's result columns as the format declares them, not its 总计.)
  return tableDef(format, 't4').blocks[0].columns.filter((c) => !c.sumOf).reduce((a, c) => a + num(`t4.${row}.${c.key}`), 0);
}

/** The place the part moves to: one other row (a result) or one other column named, the other coordinate kept. */
function target(format: FormatId, table: string, row: string, col: string, words: string): string | undefined {
  // (A group named with one of its leaves, 「无法提供…我们手里没有」, is that leaf: a group has no cell of its own.)
  const rows = namedKeys(format, words, table === 't3' ? 't3row' : 't4row').filter((k) => k !== row && (table === 't4' || isResultRow(table, k)) && cellRef(format, `${table}.${k}.${col}`));
  // (「里面有个人电话我们删掉了」: 个人 before 电话/信息/隐私 is what was withheld, no applicant.)
  const cols = namedKeys(format, words.replace(/(?:个人|企业|公司|单位)(?:的)?(?:电话|信息|隐私|姓名|名字|身份证?|住址|资料|号码)/g, ' '), table === 't3' ? 't3col' : 't4col').filter((k) => k !== col && k !== 'total');
  if (rows.length === 1 && !cols.length && isResultRow(table, row)) return `${table}.${rows[0]}.${col}`;
  // (Applications moving to another applicant keep their results: 「…算企业 都是公开的」 names what they were.)
  if (cols.length === 1 && (!rows.length || (table === 't3' && !isResultRow(table, row)))) return `${table}.${row}.${cols[0]}`;
  return undefined;
}

/** 「更正 不是企业 是科研单位」「个人那几件搞错了 其实是律所的」 with no count: the applicant of every case told was said
 * wrong. Only when the named column holds this conversation's cases and the other column holds none: each of its
 * 表三 cells moves across whole (never merged into another applicant's counts — that is asked). */
export function columnRenamed(format: FormatId, text: string, before: Record<string, unknown>, last: string[]): { from: string; to: string; cells: string[] } | null {
  const t = canonicalPhrases(text);
  // (A count, or one of them — 「其中有件不是企业的」「有一家」 — is a part: the part-move readers take it, or ask.)
  if (/\d|[一两二三四五六七八九十]\s*(?:件|个|家|位|名)|有(?:件|个|家)|其中|里面|当中/.test(t)) return null;
  const said = /不是\s*([^，,。；\s]{1,8}?)(?:的|申请的|那(?:几|两|些)?件)?[\s，,]*(?:而)?(?:是|算)\s*([^。；]{1,24})$/.exec(t) ??
    /^(?:更正|纠正)?[\s，,]*([^，,。；\s]{1,8}?)(?:的|那(?:几|两|些)?件)?[\s，,]*(?:搞错了|弄错了|写错了|记错了|搞混了|不对)[\s，,]*(?:其实|实际上?|应该)?(?:是|算)\s*([^。；]{1,24})$/.exec(t);
  if (!said) return null;
  // Said of the applications, nothing else (「那笔费用不是个人交的」「培训对象不是群众」「罚款的不是个人」 are other things):
  // only filler or the applications before 「不是」, and the turn before set this column or the words name applications.
  const lead = t.slice(0, said.index);
  if (!/^(?:[\s，,。]|更正|纠正|刚才|刚刚|前面|说错了|搞错了|弄错了|写错了|记错了|不对|对了|对|哦|噢|啊|嗯|呃|其实|那个|这个|申请人|申请的|申请|这些|那些|都|全|也)*$/.test(lead)) return null;
  const cols = (s: string) => [...new Set(cuesFor(format).filter((c) => c.target.t === 't3col' && !c.weak && s.includes(c.text)).map((c) => (c.target as Target & { key: string }).key))];
  const [a, b] = [cols(said[1]), cols(said[2])];
  if (a.length !== 1 || b.length !== 1 || a[0] === b[0] || a[0] === LEGAL_GROUP || b[0] === LEGAL_GROUP) return null;
  const inCol = (c: string) => Object.keys(before).filter((id) => id.startsWith('t3.') && id.endsWith(`.${c}`) && typeof before[id] === 'number' && (before[id] as number) > 0);
  const cells = inCol(a[0]);
  if (!cells.length || inCol(b[0]).length) return null;
  if (!last.some((id) => id.startsWith('t3.') && id.endsWith(`.${a[0]}`)) && !/申请|件/.test(t)) return null;
  // (「不是个人隐私 是企业的商业秘密」: a reason said with the applicant — not the applicant corrected.)
  if (cuesFor(format).some((c) => c.target.t === 't3row' && !c.weak && (said[1] + said[2]).includes(c.text))) return null;
  return { from: a[0], to: b[0], cells };
}

/** 「我写串行了 刚才那串是规范性文件的」: the last turn's values of one row were another row's. Each moves across whole,
 * only when the other row's cells are blank and the words name exactly one other row of the same table. */
export function rowRenamed(format: FormatId, text: string, before: Record<string, unknown>, last: string[]): { moves: { from: string; to: string }[] } | null {
  const t = canonicalPhrases(text);
  // (「行政强制那一行是指查封扣押吗？」 asks about a row.)
  if (!/串行|错行|串了行|那一?串(?:数|数字)?(?:是|应该是|其实是)/.test(t) || /\d|吗|[？?]/.test(t) || /吗|[？?]/.test(text)) return null;
  const cells = last.filter((id) => typeof before[id] === 'number' && /^t[234]\./.test(id));
  const rows = new Set(cells.map((id) => id.split('.').slice(0, 2).join('.')));
  if (!cells.length || rows.size !== 1) return null;
  const [table, from] = [...rows][0].split('.');
  const named = [...new Set(cuesFor(format).filter((c) => c.target.t === `${table}row` && !c.weak && t.includes(c.text)).map((c) => (c.target as Target & { key: string }).key))].filter((k) => k !== from);
  if (named.length !== 1) return null;
  const moves = cells.map((id) => ({ from: id, to: `${table}.${named[0]}.${id.split('.')[2]}` }));
  if (moves.some((m) => !cellRef(format, m.to) || (before[m.to] !== undefined && before[m.to] !== null))) return null;
  return { moves };
}

/** 「那个230不是网站的 是公众号的」: a figure said to be one fact's, not another's. Already so: nothing to do; held by
 * the denied one with the other blank: it moves; anything else is asked (never a figure on the place denied). */
export function valueRenamed(format: FormatId, text: string, before: Record<string, unknown>): { kind: 'same' } | { kind: 'move'; from: string; to: string; value: number } | { kind: 'ask'; targets: string[] } | null {
  const t = canonicalPhrases(text);
  const m = /(\d+)\s*(?:条|篇|次|期)?\s*不是([^\s，,。；\d]{1,8}?)(?:的|那个)[，,\s]*(?:而)?是([^\s，,。；\d]{1,8}?)(?:的|那个)(?=[\s，,。；]|$)/.exec(t);
  if (!m) return null;
  const fact = (s: string) => [...new Set(cuesFor(format).filter((c) => c.target.t === 'fact' && !c.weak && s.includes(c.text)).map((c) => `fact:${(c.target as Target & { key: string }).key}`))];
  const [x, y] = [fact(m[2]), fact(m[3])];
  if (x.length !== 1 || y.length !== 1 || x[0] === y[0]) return null;
  const n = Number(m[1]);
  if (before[y[0]] === n && before[x[0]] !== n) return { kind: 'same' };
  if (before[x[0]] === n && (before[y[0]] === undefined || before[y[0]] === null)) return { kind: 'move', from: x[0], to: y[0], value: n };
  return { kind: 'ask', targets: [x[0], y[0]] };
}
