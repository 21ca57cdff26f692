// Split a clerk's message into sentences, clauses and tokens (numbers with units, cues, negations).
import { parseNumber, toHalfWidth } from './numerals.js';
import { toSimplified, traditionalCount } from '../parse/traditional.js';
import { ALL_WORDS, DIALECT, HOMOPHONES, NEGATIONS, QUANTITY_UNITS, type Cue, type Target } from './vocab.js';

export interface NumToken {
  type: 'num';
  value: number;
  unit?: string;
  approx: boolean;
  raw: string;
  start: number;
  end: number;
}
/** The words before a number: at its own offset when the phrase is its clause, else before its last occurrence (a phrase
 * joined from several clauses keeps offsets of the clause only). */
export const textBeforeNumber = (phrase: string, num: NumToken) => phrase.slice(0, phrase.slice(num.start, num.end) === num.raw ? num.start : Math.max(0, phrase.lastIndexOf(num.raw)));

export interface CueToken {
  type: 'cue';
  text: string;
  target: Target;
  weak: boolean;
  start: number;
  end: number;
}
export type Token = NumToken | CueToken;

export interface Clause {
  text: string;
  tokens: Token[];
  nums: NumToken[];
  negated: boolean;
  all: boolean;
}

/** Normalise punctuation (the corpus uses ASCII ,():; too) and digits; thousands separators go first. */
/** 大写 numerals (「叁佰零贰」) in a run of two or more are ordinary numerals; one alone is a word (收拾, 陆续). */
export const CAPITAL: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千', 萬: '万' };
const CAPITAL_RUN = /[零壹贰貳叁肆伍陆柒捌玖拾佰仟萬]{2,}/g;

export function normalise(text: string): string {
  // 「網站公開信息…」: a message typed in traditional characters is read as simplified (one character for one).
  // (One is enough: 「多打了個零」 is typed with the IME left on traditional.)
  // (Not for 乾县、於 and other characters also written in simplified text.)
  if (traditionalCount(text.replace(/[乾於昇徵藉瞭著]/g, '')) >= 1) text = toSimplified(text);
  // 「起业」「于以公开」「复意」: a pinyin IME's homophones of the report's words (vocab.ts).
  text = HOMOPHONES.reduce((t, [re, to]) => t.replace(re, to), text);
  const out = toHalfWidth(text)
    .replace(CAPITAL_RUN, (run) => [...run].map((c) => CAPITAL[c] ?? c).join(''))
    // 「一月廿六」「卅日」: the old numerals for twenty and thirty.
    .replace(/廿/g, '二十').replace(/卅/g, '三十')
    // 「12,087」「1,560,000元」: thousands separators, every group of them.
    .replace(/(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])/g, (m) => m.replace(/,/g, ''))
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[!?！？]/g, '。')
    // 「…都公开了🙂 复议诉讼都是0」: an emoji closes the statement before it, like a comma.
    .replace(/\s*[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+\s*/gu, '，')
    .replace(/，{2,}/g, '，')
    .replace(/^，|，$/g, '');
  // 「唔系28系38」「额们乡」「莫得」: dialect words read as the Mandarin meant (vocab.ts), after full-width digits.
  return DIALECT.reduce((t, [re, to]) => t.replace(re, to), out);
}

export const splitSentences = (text: string) =>
  text
    .split(/[。；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const HAS_NUMERAL = /[\d零〇一二两三四五六七八九十百千万]/;

/**
 * 「督查检查开展了两次 没有追责」「收到个人申请3件 个人的全公开了」: a clerk who types no punctuation separates
 * statements by a space. A space ends a clause when the words before it already hold a number and words (not a
 * number) follow, or after a finished statement (「…全公开了 …」) — 「规章 制发 0」 and 「自然人 3 0 0」 stay one clause.
 */
/** 「许可有的」「居民倒是有来申请的」: words ending by saying their subject exists. */
export const AFFIRMED_END = /(?:^|[^没])有(?:来|人来)?(?:申请|办|发|做|弄|搞)?(?:的|啊|呢|哦|嘛|滴)?$|多的是$|(?<!不)(?:不少|挺多|很多|好多)(?:的|啊|呢)?$/;

function spaceClauses(part: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of part.matchAll(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g)) {
    const left = part.slice(from, m.index);
    // (「没组织培训 督查倒是有两次」: a negation with its subject is a finished statement too.)
    // (「没有行政复议 行政诉讼」 stays one: the negation ends only where a count follows.)
    const negationDone = /^(?:今年|本年|全年)?(?:也|都|还)?(?:没有?|未)[\u4e00-\u9fa5]{2,}$/.test(left) && HAS_NUMERAL.test(part.slice(m.index! + m[0].length));
    // (「规范性文件没废止 规章也没出」: a subject's negation, then another subject's own negation — two statements.)
    const twoNegations = /[\u4e00-\u9fa5]{2,}(?:也|都|还)?(?:没有?|未)[\u4e00-\u9fa5]{1,4}$/.test(left) && /^[^没未]{2,}(?:也|都|还)?(?:没有?|未)/.test(part.slice(m.index! + m[0].length));
    // (「许可有的 处罚没有」「居民倒是有来申请的 公司一家都没有」: a subject said to exist, then another denied.)
    const affirmedThenDenied = AFFIRMED_END.test(left) && !/没|未|无|不/.test(left) && /没|未|无/.test(part.slice(m.index! + m[0].length));
    // (「没印发新的规范性文件 清理废止倒是有三件」「处罚多的是 但…强制一次没用」: 但/倒是/不过 turn to another statement.)
    const turned = /^(?:但|但是|不过|可是|倒是)/.test(part.slice(m.index! + m[0].length)) || (/没|未/.test(left) && /倒是|但是|不过/.test(part.slice(m.index! + m[0].length)));
    // (「公开栏今年没贴过东西 网站照旧发」: a subject denied, then another said to go on as usual — outside the denial.)
    const right = part.slice(m.index! + m[0].length);
    // (Only when the right names a subject of its own before those words: 「处罚数没变 还是正常的 34件」 is one statement.)
    const deniedThenAffirmed = /[\u4e00-\u9fa5]{2,}.*(?:没|未|冇|无)(?!变|改)/.test(left) && !/没|未|冇|无|不/.test(right) && /^[\u4e00-\u9fa5]{2,6}?(?:那边|这边|那块|的)?(?:照旧|照常|照样|正常|继续|一直在|都有|还在)/.test(right) && !/^(?:还是|也是|都是|就是)/.test(right);
    // (「复议1件 维持 诉讼没有」: a result said alone, then another subject denied — the result is the count's before it.)
    const resultThenDenied = /^(?:维持|纠正|撤销|驳回|公开|部分公开|全部公开|不予公开)$/.test(left) && /没|未|无/.test(right);
    // (「属于执法案卷 没给」: a refusal said after its reason is the same decision, its own clause — no denial of the reason.)
    const reasonThenRefused = !/没|未|无|不/.test(left) && /^(?:就|所以|都|也)?(?:没|不|未)(?:有)?(?:给|公开|提供)(?:他|她|对方|人家)?(?:了)?$|^(?:就|所以)?不予公开$/.test(right.trim());
    // (「规章今年没有新制定的 现行有效的还是3件」: a subject's column denied, then another column counted — two statements.)
    const deniedThenCounted = /(?:没有?|未)[\u4e00-\u9fa5]{1,10}$/.test(left) && HAS_NUMERAL.test(right) && /^(?:现行有效|有效的|废止|制发|印发|出台|新制定|网站|公众号|新媒体|公开栏|许可|处罚|强制|收费|规章|规范性文件)/.test(right);
    // (「其实没有律所来申请 是一个律师用他个人名义申请的」: a denial, then what it was instead — outside the denial.)
    // (Not when a count follows: 「培训没有单独搞 是跟业务培训合在一起搞的 一共两次」 is one statement.)
    const deniedThenIs = /没有?|未/.test(left) && /^(?:是|而是|其实是|实际是|实际上是)/.test(right) && !/^(?:是不是|是否)/.test(right) && !HAS_NUMERAL.test(right.replace(/一(?:个|家|位|名)/g, ''));
    if (!HAS_NUMERAL.test(left) && !/[了过]$/.test(left) && !negationDone && !deniedThenCounted && !deniedThenIs && !twoNegations && !affirmedThenDenied && !turned && !deniedThenAffirmed && !resultThenDenied && !reasonThenRefused) continue;
    out.push(left);
    from = m.index! + m[0].length;
  }
  out.push(part.slice(from));
  return out;
}

/**
 * Clauses split at 「，」 and 「、」; a 「、」 list of names without numbers stays one clause, so that a negation
 * before it covers every name (「未发生行政复议、行政诉讼案件」「无行政许可、行政强制事项」).
 */
export function splitClauses(sentence: string): string[] {
  const out: string[] = [];
  // (「纠正1件 / 直接起诉的 维持2件」: a slash between words parts clauses like a comma; not one in a date or a number.)
  for (const part of sentence.split(/，+|(?<=[\u4e00-\u9fa5])\s*[/／]\s*(?=[\u4e00-\u9fa5])/).flatMap(spaceClauses)) {
    const items = part.split(/、+/);
    let cur = items[0];
    for (const item of items.slice(1)) {
      // (「复议、诉讼：0」: the list before a 「：」 stays whole too.)
      if (!HAS_NUMERAL.test(cur) && !HAS_NUMERAL.test(item.split('：')[0])) cur = `${cur}和${item}`;
      else {
        out.push(cur);
        cur = item;
      }
    }
    out.push(cur);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

const UNIT_RE = QUANTITY_UNITS.slice().sort((a, b) => b.length - a.length).join('|');
// (「188 人次」「200 篇左右」: a space before a unit that ends the phrase — 「6 人次改成315」 is two statements; only units that
// cannot begin another word — 「2 个人」 is a person.)
const ARABIC = new RegExp(`(约|近|超过)?(\\d+(?:\\.\\d+)?(?:万(?!元))?)(余|多)?(${UNIT_RE}|(?<=\\d)[ \\t](?:人次|条|篇|件|场|期)(?=\\s|$|[，。；,、吧啊呢了左上多余]))?(余|多)?`, 'g');
const CHINESE = new RegExp(`(约|近|超过)?([零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)(余|多)?(${UNIT_RE})(余|多)?`, 'g');

// 「行政处罚 三十五」「参训人次一百五」: a numeral with its unit character (十百千万) closing the clause after the words
// it counts needs no 是 either.
// (「一百二十六」 alone, answering the turn before, is a number too; 「改成六」「是二」 a single digit ending a message.)
const CHINESE_BARE = /(?:(?:改成|改为|改到|写成|填成|制发|废止|有效|制定|出台|维持|纠正|未结|(?<!不)是|应为|(?<![作成认以因行称])为)\s*([一二两三四五六七八九十])(?![零〇一二两三四五六七八九十百千万个件条次])|^\s*([零〇一二两三四五六七八九十百千万]*[十百千万][零〇一二两三四五六七八九十百千万]*)|(?:是|为|：|有|共|计|达到?|改成|改为|改到|写成|填成)\s*([零〇一二两三四五六七八九十百千万]*[十百千万][零〇一二两三四五六七八九十百千万]*|[一二两三四五六七八九][一二三四五六七八九十])|(?<=[\u4e00-\u9fff]\s*)(?<![第零〇一二两三四五六七八九十百千万])([一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*[十百千万][零〇一二两三四五六七八九十百千万]*|十[一二三四五六七八九]))\s*(?:吧|啊|呢|了)?$/g;

const CHINESE_HEDGED = /([零〇一二两三四五六七八九十百千万]*[十百千万][零〇一二两三四五六七八九十百千万]*?)(?:挂零|挂点零头|左右|上下|出头|多|余|来)|((?<![零〇一二两三四五六七八九十百千万])[一二两三四五六七八九]?十)几/g;

function findNumbers(clause: string): NumToken[] {
  const out: NumToken[] = [];
  const take = (m: RegExpExecArray, chinese: boolean) => {
    const numStart = m.index + (m[1]?.length ?? 0);
    const before = clause[numStart - 1];
    const after = clause[m.index + m[0].length];
    if (before === '第') return; // ordinal: 「第二十条」「第三方」
    // 「三到四件」「3至5条」: the upper end of a range is a vague amount (asked, never stored).
    const rangeUpper = /[\d零一二两三四五六七八九十百千]\s*(?:到|至)\s*$/.test(clause.slice(Math.max(0, numStart - 4), numStart)) || /^\s*(?:到|至)\s*[\d零一二两三四五六七八九十百千]/.test(clause.slice(m.index + m[0].length));
    if (chinese && before === '几' && /^[十百千万]/.test(m[2]) && /元|块/.test(m[4] ?? '')) return; // 「几百块」: no amount at all (asked, never offered as 100)
    if (!m[4] && /^[年月日号%％.]/.test(after ?? '')) return; // 2023年, 12月, 50%
    if (m[4] && after === '性') return; // 「一次性」
    // 「不是一回事」「一码事」「一件事」: the same thing, no count.
    if (chinese && m[2] === '一' && /^(?:回|码|件)$/.test(m[4] ?? '') && /^事/.test(after ?? '')) return;
    if (m[4] === '期' && /^间/.test(after ?? '')) return;
    // 「培训3-4次」: the upper end of a range with its unit is a vague amount (asked); phone numbers are skipped.
    const range = Boolean(m[4]) && /[-—~～]/.test(before ?? '') && /\d/.test(clause[numStart - 2] ?? '') && !/\d{5,}$/.test(clause.slice(0, numStart - 1));
    if (!range && (/[-—]/.test(before ?? '') || /^[-—]/.test(after ?? ''))) return; // phone numbers, ranges
    if (/^[~～]\s*\d/.test(clause.slice(m.index + m[0].length))) return; // the lower end of a range 「300~350条」
    // 「没有一件超期」「无一条」: 「一」 there says none of them, it is no count.
    if (chinese && /^一/.test(m[2]) && m[2].length === 1 && /(?:没有?|无|未有)$/.test(clause.slice(0, numStart))) return;
    if (!chinese && !m[4] && m[2].length >= 7) return; // phone-like digit runs
    const wan = !chinese && m[2].endsWith('万');
    const parsed = parseNumber(wan ? m[2].slice(0, -1) : m[2]);
    const value = parsed === null ? null : wan ? Math.round(parsed * 10000) : parsed;
    if (value === null) return;
    out.push({
      type: 'num',
      value,
      unit: m[4] === '块钱' || m[4] === '块' ? '元' : m[4]?.trim() || undefined,
      approx: Boolean(m[1] || m[3] || m[5]) || range || rangeUpper,
      raw: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  };
  for (const m of clause.matchAll(ARABIC)) take(m as RegExpExecArray, false);
  for (const m of clause.matchAll(CHINESE)) take(m as RegExpExecArray, true);
  // 「许可决定数量是二十」: a Chinese numeral closing the clause after 是/为/： needs no unit.
  for (const m of clause.matchAll(CHINESE_BARE)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4];
    const value = parseNumber(raw);
    const start = clause.lastIndexOf(raw, (m.index ?? 0) + m[0].length);
    if (value !== null && !out.some((t) => t.start < start + raw.length && t.end > start))
      out.push({ type: 'num', value, approx: false, raw, start, end: start + raw.length });
  }
  // 「参训人次五十左右」「五十来人」: a Chinese numeral with a hedge after it needs no unit — an inexact amount.
  // (「五百多」「十几起」 without a unit too: an amount the clerk does not know exactly, asked.)
  for (const m of clause.matchAll(CHINESE_HEDGED)) {
    const raw = m[1] ?? m[2];
    const value = parseNumber(raw);
    const start = m.index ?? 0;
    if (value !== null && clause[start - 1] !== '第' && !out.some((t) => t.start < start + raw.length && t.end > start))
      out.push({ type: 'num', value, approx: true, raw: m[0], start, end: start + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  // Drop overlaps (an Arabic digit inside a Chinese run cannot happen, but be safe).
  return out.filter((t, i) => i === 0 || t.start >= out[i - 1].end);
}

function findCues(clause: string, cues: Cue[], taken: boolean[]): CueToken[] {
  const out: CueToken[] = [];
  for (const c of cues) {
    let from = 0;
    for (;;) {
      const i = clause.indexOf(c.text, from);
      if (i < 0) break;
      from = i + 1;
      let free = true;
      for (let k = i; k < i + c.text.length; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = i; k < i + c.text.length; k++) taken[k] = true;
      out.push({ type: 'cue', text: c.text, target: c.target, weak: Boolean(c.weak), start: i, end: i + c.text.length });
    }
  }
  return out;
}

/**
 * Negation words inside phrases that deny something else than the count (「没问题」「无差错」「没有漏发」「未来」):
 * removed before looking for a negation, so 「网站运行没问题，发布信息280条」 is no 「网站 0条」 (and 「按重复申请没处理」
 * says how one was handled, not that there were none).
 */
const NOT_A_COUNT_NEGATION =
  /(?<![有人件])没(?:有)?(?:说|讲|写明|写清|给|批|定稿|补|回复|答复|办完|办好|审完|下来|同意)(?![过])|(?:没有?|无|未)(?:啥|什么|多大|太大|太多|多少)?\s{0,8}(?:变动|变化|调整|增减|更换|换人|改变)|没(?:有)?一[件个条次起项人名](?:都|也)?(?:没有?)?(?:问题|差错|错|漏|超期|逾期|延误|投诉|出错|失误|拖延)|没(?:有)?(?:停更|断更|停止更新|停过|中断|间断|停止运行|关停|制定权|立法权|权限|职权|这个权|这项职能)|未(?:停更|断更|中断|间断)|没(?:有)?(?:问题|想到|差错|错|漏|坏|延误|超期|异议|发现问题|投诉|出错|失误|拖延|耽误)|无(?:一|差错|误|纸化|删减|异议|偿|障碍|超期|延误|遗漏|漏|论)|未(?:来|成年|发现问题|出现差错|超期|延误)|不(?:断|仅|但|少|多|管|止|错|超过|超期)|(?:没有?|不)再(?:处理|办理?|管|理|受理|答复)|(?:现在|目前)?还没(?:去)?(?:告|起诉)|没(?:法|办法)(?:办理?|处理)|没来得及(?:答复|回复|办理?|处理|审)?|没(?:有)?(?:提交|提供|拿出|补充)(?:什么|任何)?(?:新的?)?(?:证据|理由|依据)|(?:也)?没(?:有)?再(?:说|问|讲|提|找|吭声|来问)(?:啥|什么|别的|了)?|不是不(?:给|公开|提供|办)|没(?:有)?(?:答|答复|办|办理|处理|弄|搞|审|批|做|回)(?:完|好|结|下去)|没(?:有)?(?:当|按)(?:成|作)?[^，。；]{0,10}(?:办|处理|受理)|(?:再(?:也)?没(?:有)?|没(?:有)?再)(?:露面|露过面|来过?|回来|联系|消息|音讯|下文|动静|回音|找过?|出现)|没多久|没过多久|没怎么|没什么|没太|没那么|(?:没有?|未|没能)(?:按时|及时|按期|按规定|按要求|准时|到位|如期)|(?<=按[^，。；]{1,12})(?:没有?|未|不予?)(?:再)?(?:处理|受理|办理)/g;

/** 「予以公开 群众十二 公司三」「部分公开 群众四 律所一」: one Chinese digit right after a place's name, closing a run's
 * item (a space, a comma or the end after it), is that place's count. */
function digitsAfterCues(text: string, cues: CueToken[], nums: NumToken[]): NumToken[] {
  const out: NumToken[] = [];
  for (const c of cues) {
    const d = text[c.end];
    if (c.weak || !d || !/[一二两三四五六七八九十]/.test(d) || !(c.end + 1 === text.length || /[\s，,。；;、]/.test(text[c.end + 1]))) continue;
    if (nums.some((n) => n.start <= c.end && n.end > c.end)) continue;
    out.push({ type: 'num', value: parseNumber(d)!, approx: false, raw: d, start: c.end, end: c.end + 1 });
  }
  return out;
}

export function tokenizeClause(text: string, cues: Cue[]): Clause {
  const nums = findNumbers(text);
  const taken = new Array<boolean>(text.length).fill(false);
  for (const n of nums) for (let k = n.start; k < n.end; k++) taken[k] = true;
  const cueTokens = findCues(text, cues, taken);
  nums.push(...digitsAfterCues(text, cueTokens, nums));
  nums.sort((a, b) => a.start - b.start);
  for (const n of nums) for (let k = n.start; k < n.end; k++) taken[k] = true;
  const rest = [...text].map((ch, i) => (taken[i] ? ' ' : ch)).join('').replace(NOT_A_COUNT_NEGATION, ' ');
  const tokens: Token[] = [...nums, ...cueTokens].sort((a, b) => a.start - b.start);
  return {
    text,
    tokens,
    nums,
    // 「跟依申请公开无关」「不用填」: said about relevance, not a count of none.
    negated: NEGATIONS.some((w) => rest.includes(w)) && !/不是没|并非没|不是不|无关|没关系|没有关系|不相关|不涉及|不算|不属于|不计入|不用填|不用写|不需要填|不用管/.test(rest),
    all: ALL_WORDS.some((w) => rest.includes(w)),
  };
}

/**
 * Pair each number with the cue run just before or just after it. Each run serves one number; the pairing that
 * names the most numbers wins, ties going to 「cue then number」 (「予以公开2件」) over 「number then cue」 (「两件公开」).
 */
export function pairNumbers(clause: Clause): { num: NumToken; cues: CueToken[] }[] {
  const runs: CueToken[][] = [[]];
  for (const t of clause.tokens) {
    if (t.type === 'num') runs.push([]);
    else runs[runs.length - 1].push(t);
  }
  const nums = clause.nums;
  const n = nums.length;
  // 「3件公开 1件是来反映问题的」: a cue touching one number and parted from the other by a space or mark is the first's.
  // (「纠正1件 / 直接起诉的 维持2件」: a slash parts two statements too.)
  const apart = (from: number, to: number) => (/[\s，,、；;：:/／]/.test(clause.text.slice(from, to)) ? 0.02 : 0);
  // best[i][usedPrev] = max matched for numbers i.. given whether run i was already used by number i-1.
  const memo = new Map<string, { score: number; picks: number[] }>();
  const solve = (i: number, runUsed: boolean): { score: number; picks: number[] } => {
    if (i === n) return { score: 0, picks: [] };
    const key = `${i}:${runUsed}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const options: { score: number; picks: number[] }[] = [];
    if (!runUsed && runs[i].length) {
      const r = solve(i + 1, false);
      options.push({ score: r.score + 1 - apart(runs[i][runs[i].length - 1].end, nums[i].start), picks: [i, ...r.picks] });
    }
    if (runs[i + 1].length) {
      const r = solve(i + 1, true);
      // slight preference for before, unless only the words after touch the number
      options.push({ score: r.score + 1 - 0.01 - apart(nums[i].end, runs[i + 1][0].start), picks: [i + 1, ...r.picks] });
    }
    const r = solve(i + 1, false);
    options.push({ score: r.score, picks: [-1, ...r.picks] });
    const best = options.reduce((a, b) => (b.score > a.score ? b : a));
    memo.set(key, best);
    return best;
  };
  const { picks } = solve(0, false);
  // A number's other neighbouring run, when no number took it, completes its subject
  // (「废止了2件规范性文件」: 「废止」 before, 「规范性文件」 after).
  const used = new Set(picks.filter((p) => p >= 0));
  return clause.nums.map((num, i) => {
    if (picks[i] < 0) return { num, cues: [] };
    const other = picks[i] === i ? i + 1 : i;
    // (Never across a slash or a full stop: 「纠正1件 / 直接起诉的」 are two statements.)
    const between = other > i ? clause.text.slice(num.end, runs[other][0]?.start ?? num.end) : clause.text.slice(runs[other].at(-1)?.end ?? num.start, num.start);
    const extra = !used.has(other) && runs[other].length && !/[/／。；;]/.test(between) ? runs[other] : [];
    if (extra.length) used.add(other);
    return { num, cues: [...runs[picks[i]], ...extra] };
  });
}
