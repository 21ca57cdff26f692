// Mentions: what a clause says about its numbers besides their subject — time scope (this year, last year, a
// quarter or half), exactness (「两百多」「将近500」「约150」), comparisons (「比去年多3篇」), corrections — and the
// spans that hold digits but are not data (文号, 第二十条, dates, phone numbers), masked before numbers are read.
import { parseNumber } from './numerals.js';
import type { NumToken } from './tokens.js';
import { DIGIT_SLIPPED, ZERO_SLIP } from './wordclasses.js';

/** Time scope of a clause: the full report year, last year, or a part of the year. */
export type Period = 'year' | 'last' | 'h1' | 'h2' | 'q1' | 'q2' | 'q3' | 'q4' | 'q123' | 'part' | 'next';

export interface Scope {
  period: Period;
  /** A comparison with another figure (「比去年多3篇」「同比增长」): the number is a difference, not a value. */
  relative: boolean;
}

/** Row and column names that contain 「上年」「去年」 but are not a time scope. */
const NOT_TIME = /(?:上年|去年|上一年|上年度|上一年度)(?:度)?(?:结转|结余|项目)|本年(?:度)?(?=制发件数|处理决定数量|收费金额)|(?:结转|转|留|跨)(?:到|至|入)?(?:下年|下一年|明年)/g;

/** 「比去年」「较上年」「同去年」: the year compared with is not the clause's time scope (the clause is relative). */
const COMPARED = /(?:比|较|跟|和|与|同)(?:去年|上年|上一年|上年度|往年|前年)(?:同期)?/g;

const PERIODS: [RegExp, Period][] = [
  [/上半年|(?:头|前)半年/, 'h1'],
  [/下半年|后半年/, 'h2'],
  [/(?:第一|一)季度|1季度|一季|Q1/i, 'q1'],
  [/(?:第二|二)季度|2季度|二季|Q2/i, 'q2'],
  [/(?<!前)(?:第三|三)季度|(?<!前)3季度|(?<!前)三季(?!度)|Q3/i, 'q3'],
  [/(?:第四|四)季度|4季度|四季|Q4/i, 'q4'],
  [/前三个?季度|前3个?季度/, 'q123'],
  // 「截至12月31日」「到年底」: the stock at the year's end is the full year's.
  [/(?:截至|截止|截止到|截至到|到)(?:20\d\d年)?12月(?:31日|31号|底)|截至年底|截止年底|到年底|(?<![去上前])年末|(?<![去上前])年底/, 'year'],
  // 「1到12月」 is the whole year; 「十到十二月」「4-6月份」 a part of it.
  [/(?<![\d十])(?:1|一)月?(?:份)?(?:到|至|-|~|—)(?:12|十二)月/, 'year'],
  [/(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月?(?:份)?(?:到|至|-|~|—)(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月/, 'part'],
  [/截至目前|截止目前|到目前为止|目前为止|截至现在|到现在为止|部分月份|前两季度|前[\d一二三四五六七八九十两]+个?月|[1-9一二三四五六七八九十]+(?:个)?月份?(?:以来|份|里|中|内)|(?:截至|截止)[^，。]{0,8}月|到[^，。]{0,6}月底|[上本这]个?月|本季度|这个季度/, 'part'],
  // 「11月12月新媒体发了四十条」「十一、十二月」「那两个月」: some months named, not the year.
  [/(?<![\d十])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])(?:月(?:份)?(?:和|、|与|跟)?|、|和)(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?!\d{1,2}[日号])|(?:那|这)[两三四五六七八九十]个月/, 'part'],
  // 「12月20日开了1次培训会」: one day's event is a part of the year (unless the clause says the whole year).
  [/(?<!(?:全年|今年|本年|一年|截至|截止|到)[^，。；]{0,12})(?<![\d年自至])\d{1,2}月\d{1,2}[日号](?![至到~-])(?=[^，。；]{0,10}[\d一二两三四五六七八九十]+\s*(?:次|场|件|条|篇|期|起|份))/, 'part'],
  // 「2023年度报告里…」: a figure read from another year's report (the report's own year is 'year' below).
  [/20\d\d年度?报告/, 'last'],
  [/去年|上年|上一年|前年|20\d\d年(?!度?报告)|(?<![\d第])[12]\d年(?!度)/, 'last'],
  // 「明年计划培训4次」「下一步新建2个专栏」: a plan, not what was done this year.
  [/明年|下一年度?|来年|下一步|今后|将来|计划(?=[^，。；]{0,8}[\d一二两三四五六七八九十])/, 'next'],
  [/今年|本年|全年|这一年|年度内|一年来|当年/, 'year'],
  // 「本来计划搞4次 实际搞了2次」「明年不打算再开了 现在就3个」: what was actually done, or is now, after a plan.
  [/实际(?:上)?(?:搞|做|办|开|发|完成|开展|举办)|实际上|(?<![截至止到])现在(?:就|一共|共|有|还是)/, 'year'],
];

/** The period a clause names (undefined when it names none: the sentence's earlier period applies). */
export function periodOf(clause: string, reportYear?: number): Period | undefined {
  const t = clause.replace(NOT_TIME, ' ').replace(COMPARED, ' ');
  for (const [re, p] of PERIODS) {
    const m = re.exec(t);
    if (!m) continue;
    // Which year's report is named can only be told against the draft's year.
    if (p === 'last' && /报告$/.test(m[0]) && reportYear === undefined) continue;
    if (p === 'last' && /^\d\d/.test(m[0])) {
      const y = /^20\d\d/.test(m[0]) ? Number(m[0].slice(0, 4)) : 2000 + Number(m[0].slice(0, 2));
      if (reportYear !== undefined && y === reportYear) return 'year';
    }
    return p;
  }
  return undefined;
}

const RELATIVE = /(?:再|还得|还要|得)(?:加|减)(?:上|去)?\s*[\d零一二两三四五六七八九十百]|[一二两三四五六七八九十\d]+倍|同上年|同去年|与上年相同|和去年相同|(?:跟|和|与|同)(?:去年|上年|往年)(?:一个样|一模一样|一样|差不多|持平|相同)|持平|翻了?一番|(?:的|是)(?:一半|[一二两三四五六七八九十]分之[一二三四五六七八九])|比(?:去年|上年|上一年|前年|往年|之前|原来|上次)[^，。；]{0,6}(?:多|少|增|减|高|低)|同比|环比|(?:调走|调离|调出|离职|辞职|退休|借调走|调进来|调来|新来|新进)了|较(?:去年|上年|上一年)[^，。；]{0,4}(?:多|少|增|减)|增长了|多了|少了|(?<=今年[^，。；\d]{0,3})(?:多|少)了?\s*(?=[\d一二两三四五六七八九十])|有所(?:增加|增长|减少|下降|提高|提升|回落)|(?:比|较|与|同|跟)(?:去年|上年|上一年|上年度|往年)(?:同期)?的\s*[\d零一二两三四五六七八九十百千]/;
// 「多了个零」「人次报多了」 say a figure was mistyped or misreported (a correction), not that it grew.
export const isRelative = (clause: string) => RELATIVE.test(clause.replace(NOT_TIME, ' ').replace(/(?:多|少)(?:打|写|输|敲|填)?了?一?个零|(?:报|写|说|算|记|填|统计)(?:多|少)了/g, ' '));

/** The period named nearest before `pos` in the clause, else anywhere in it. */
export function periodAt(clause: string, pos: number, reportYear?: number, end?: number): Period | undefined {
  const t = clause.replace(NOT_TIME, (m) => ' '.repeat(m.length)).replace(COMPARED, (m) => ' '.repeat(m.length));
  let best: { at: number; text: string } | undefined;
  for (const [re] of PERIODS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of t.matchAll(g)) if (m.index! < pos && (!best || m.index! > best.at)) best = { at: m.index!, text: m[0] };
  }
  if (best) return periodOf(best.text, reportYear);
  // (「处罚14件里有3件是上半年的」: a period said after a later count is that count's, not the one before it.)
  const next = end === undefined ? -1 : t.slice(end).search(/\d|[一二两三四五六七八九十]+\s*[件条篇次个起项人]/);
  if (next < 0) return periodOf(clause, reportYear);
  // (Only a part of the year after a later count is that count's: 「解读15篇有3篇是去年发的」 stays last year's, offered.)
  const whole = periodOf(clause, reportYear);
  return periodOf(t.slice(0, end! + next), reportYear) ?? (whole && whole !== 'last' && whole !== 'next' ? 'year' : whole);
}

/** 「一百来篇」「二十几」「三四百条」「几千块钱」「有几起」「好多」: a quantity with no number to offer. */
// (「百八十条」「千把人」: a round figure's neighbourhood, never 180 or 1000.)
export const VAGUE = /(?<![\d零〇一二三四五六七八九两十百千万])(?:百八十|千八百|万八千)|[百千万个]把(?=[篇条件次个起人项块元]|$)|[一二三四五六七八九两][百千万][一二三四五六七八九][一二三四五六七八九](?![十百千万零〇])|[一二两三四五六七八九十百千万\d]+出头|[一二两三四五六七八九][两二三四五六七八九](?:次|条|件|篇|个|起|项|人|名|场|回|期|份|张|家|位)|[一二三四五六七八九十两百千万\d]+来[篇条件次个起人项]?|[二三四五六七八九]?十几|[一二三四五六七八九两][二三四五六七八九][十百千万]|几[十百千万]|几[篇条件次个起人项块]|有几|上[百千万]|小[一两]?[十百千万]|大几[十百千]|好多|好几|一些|不少|若干|很多/;

/** Hedges that make every number after them in the clause inexact. */
const HEDGE = /最少|最多|少说|顶多|至多|(?<!尽)可能|大约|大概|约莫|大致|将近|接近|差不多|估计|估摸|粗略|至少|起码|不到|不足|不少于|超过|最多|好像|也许|左右|印象中|印象里|依稀/;

/** 「约150」「将近500」「两百多」「150左右」「百来件」: a number that is not exact. */
export function isApprox(clause: string, n: NumToken): boolean {
  if (n.approx) return true;
  const before = clause.slice(Math.max(0, n.start - 4), n.start);
  // (「200 篇左右」: the words after the unit, a space between or not.)
  const after = clause.slice(n.end).replace(/^\s*(?:人次|[件条次个篇起项人名场期份元])?\s*/, '').slice(0, 3);
  // (「快五百条了」: 快 before a figure is nearly.)
  if (/(?:约|大约|大概|将近|接近|近|差不多|估计|超过|不到|不少于|不足|至少|起码|最多|上百|几|(?<![很最飞较更太])快)(?:是|有|就是|在|为|到)?$/.test(before)) return true;
  // A hedge earlier in the clause covers its numbers (「公众号大约发了180条」「好像是发了30条」).
  if (HEDGE.test(clause.slice(0, n.start))) return true;
  if (VAGUE.test(clause.slice(Math.max(0, n.start - 2), n.end + 1))) return true;
  if (/^(?:多|余|左右|上下|出头|几|以上|以下|开外)/.test(after) || (!n.unit && /^来/.test(after))) return true;
  // 「一千条是拍脑袋估的」「二十篇是打不住的」: the number said, then said to be a guess or a floor.
  if (/^\s*[件条次个篇起项人名场期份元]?(?:是|那是|也是|都是)?(?:我)?(?:拍脑袋|估(?![值算价计])|估算|大概估|粗估|瞎估|随便估|打不住|不止|起步|往上(?![级报交传送推]))/.test(clause.slice(n.end))) return true;
  // 「2件还是3件」「两件或者三件」: the clerk offers two figures and is not sure which.
  const ALT = '(?:还是|或者|或是|或)';
  if (new RegExp(`^\\s*${ALT}\\s*[\\d零〇一二两三四五六七八九十百千]`).test(clause.slice(n.end).replace(/^[件条次个篇起项人名场期份元]/, ''))) return true;
  if (new RegExp(`[\\d零〇一二两三四五六七八九十百千]\\s*[件条次个篇起项人名场期份元]?\\s*${ALT}\\s*$`).test(clause.slice(Math.max(0, n.start - 8), n.start))) return true;
  return /[几数]十|[几数]百|若干|好几/.test(n.raw);
}

/** Corrections of what the clerk said before. */
const CORRECTION = new RegExp(`${ZERO_SLIP.source}|^(?:哦|噢|啊|呃|额)[，,]?\\s*是|少说了|多说了|说少了|说多了|记少了|记多了|写多了|写少了|算多了|算少了|少算了|多算了|漏算了|报多了|报少了|填多了|填少了|写反了|弄反了|(?:敲|输|按|打|抄|填|记)(?:反|错|颠倒)了|颠倒了|以此为准|以这个为准|为准|按这个改|更新为|更新成|修改为|调整为|调整成|(?:其实|实际上|实际)是(?!来|去|想|要|问|找|反映|咨询|打听)|核实后|核对后|重新统计|准确(?:地)?说|确切(?:地)?说|哦不|啊不|呃不|不不|不是(?![不没])[^，。；]{0,12}?[，,\\s]\\s*(?:而)?是|不是\\s*[\\d零〇一二两三四五六七八九十百千万.]+\\s*(?:件|条|篇|次|个|人次|元|人)?\\s*(?:而)?是|不是\\s*[\\d零〇一二两三四五六七八九十百千万.]+\\s*(?:件|条|篇|次|个|人次|元|人)?[，,\\s]+(?:(?:台账|账|系统|表|报表|统计表|底子)(?:上|里)?|实际上?|其实|核实后|应该)?\\s*(?:是|为)\\s*[\\d零〇一二两三四五六七八九十百千万]|(?:只|只是|仅)?是(?:上半年|下半年|[一二三四1-4]季度|前三季度|部分月份)的|(?:最后|末尾|第)[^，。；]{0,4}是\\s*\\S{1,3}\\s*不是|(?:[零〇一二两三四五六七八九十百千万\\d.]+)\\s*(?:条|件|篇|次|个|人次|元)?\\s*是(?:去年|上年|往年|前年|两年|几年|两年合起来|全部)[^，。；\\d]{0,4}的|(?:那个|这个|那)(?:数)?是(?:去年|上年|往年)底?的(?:数)?[^，。；\\d]{0,3}(?:今年|本年)底?(?:的)?(?:是|为)|(?:看|当|算|记|抄)成(?:了)?(?:去年|上年)的|(?:看|抄|写|数)漏了(?:一位|一个数|个数)?|漏了一位|少了一位|多了一位|抄串行了|串行了|抄错了|记成|打成|重新说|重说|重报|说错了|说错|听错了|听错|看岔了|看(?:错|串)行了?|写错了|搞错了|弄错了|记错了|看错了|看错|有误|更正|纠正|不对[，,。]?|应该是|应为|改成|改为|换成|换为|改一下|错了|是错的|才对|才是对的|应写成|应写为|应该写成|应填成|应该填|[\\d零〇一二两三四五六七八九十百千万]\\s*改\\s*[\\d零〇一二两三四五六七八九十百千万]`);
/** 「中间那个是3」「第二个是十七」: a value of the last turn named by its place, given a figure that ends the clause. */
const BY_POSITION = /(?:第[一二三1-3]个|中间(?:的)?那(?:个|项)|最后(?:一个|那个)|(?:前面|后面)(?:的)?那个)(?:数)?\s*(?:应该)?(?:是|为)\s*[\d零〇一二两三四五六七八九十百千万]+\s*(?:件|条|篇|次|个|期)?\s*(?=[，,。；\s]|$)/;
/** 「前面漏了个1 是1326」「中间多打了个5」: a digit typed or left out, then (or not) the figure it should be. */
const DIGIT_SLIP = new RegExp(`${DIGIT_SLIPPED}(?:个|一个)\\s*[1-9一二三四五六七八九]`);
export const isCorrection = (text: string) => CORRECTION.test(text) || BY_POSITION.test(text) || DIGIT_SLIP.test(text);

/** 「不是149条，是150条」「149改成150」 → keep the new value only. */
export function dropReplacedValues(text: string): string {
  const NUM = '[\\d零〇一二两三四五六七八九十百千万.]+';
  // 「参训人次分别是30、40、50」: the parts of one figure add up.
  // 「参训人次分别是30、40、50」「分别是三十元和五十元」: the parts of one figure add up.
  const PART = '[\\d零〇一二两三四五六七八九十百千万]+';
  const PUNIT = '人次|条|件|次|篇|个|元|块钱|块';
  text = text.replace(new RegExp(`(${PUNIT})?分别(?:是|为|有)\\s*((?:${PART}\\s*(?:${PUNIT})?\\s*[、和及]\\s*)+${PART}\\s*(${PUNIT})?)`, 'g'), (m: string, before: string | undefined, list: string, unit?: string) => {
    const parts = list.split(/[、和及]/).map((x) => parseNumber(x.replace(new RegExp(`\\s*(?:${PUNIT})\\s*$`), '').trim()));
    if (parts.some((v) => v === null)) return m;
    const u = unit ?? before ?? '';
    return `${before ?? ''}共${parts.reduce((a, b) => a! + b!, 0)}${u === '块钱' || u === '块' ? '元' : u}`;
  });
  const U = '[件条次个篇起项人名场期份元万]*';
  // 「54是立案数 决定数是49」「24是废止前的数」: a figure (in digits) said to be a count the report has no place for
  // (立案, 受理, 废止前…) is the value being corrected. (「80是网站发布的数」 states the figure of its place.)
  // (「120是总数」「80是今年的数」 state the value: only another count's name — 立案, 废止前, 受理 — takes it back.)
  text = text.replace(new RegExp(`(?<![\\d.])\\d+(?:\\.\\d+)?\\s*${U}\\s*(?:那个|这个)?\\s*(?:是|为)\\s*(?:立案|受理|废止前|修订前|申报|上报|报送|(?:去年|上年|前年|往年)(?:底|末)?|登记|收文|来访|咨询|办件|预算|计划)(?:的)?(?:数|数字|数据)(?![量目额])`, 'g'), ' ');
  // 「行政处罚17件，不对，强制17件」: taken back with another subject named — the whole statement taken back goes.
  text = text.replace(new RegExp(`[^，。；\\n\\s]*?${NUM}\\s*${U}\\s*[，,\\s]\\s*(?:不对|哦不对|啊不对|不不|说错了|搞错了|记错了|错了)[，,\\s]+(?!(?:应该|应当|应|其实|实际)?(?:是|为)?\\s*${NUM})(?=[\\u4e00-\\u9fa5]{2,6}?${NUM})`, 'g'), '');
  // 「个人申请3件 哦 是4件」: 「哦，是…」 right after a number takes it back.
  text = text.replace(new RegExp(`${NUM}\\s*${U}\\s*[，,]?\\s*(?:哦|噢|呃|额|啊)\\s*[，,]?\\s*(?:不对\\s*[，,]?\\s*)?(?=(?:还)?是\\s*${NUM})`, 'g'), '');
  // 「培训三次，其实就两次」: 「其实（就/只有）…」 with a number takes back the one before.
  text = text.replace(new RegExp(`${NUM}\\s*${U}\\s*[，,\\s]\\s*(?:其实|实际上|实际|准确地?说|确切地?说)(?:就|只有|只|才|是|就是|也就)*\\s*(?=${NUM})`, 'g'), '');
  // 「网站发了300条，不对，是310条」「300条，不对，310条」: the number taken back in the same sentence is dropped.
  text = text.replace(new RegExp(`${NUM}\\s*[件条次个篇起项人名场期份元万]*\\s*[，,]?\\s*(?:不对|哦不对|啊不对|不不|哦不|啊不|呃不|(?:刚才|刚刚|前面|上面|之前|我)?(?:我)?(?:说|写|记|填|打|报|算)?错了)[，,]?\\s*(?=(?:[\\u4e00-\\u9fa5]{1,6}?)?(?:应该|应)?(?:是|为)|[\\d零〇一二两三四五六七八九十])`, 'g'), '');
  // 「回应那个记成十五了 实际十三」: the figure it was wrongly put down as is no value.
  text = text.replace(new RegExp(`(?<!应该|应当|(?<!回)应|就|得|要|改)(?:记成|打成|写成|填成)(?:了)?\\s*${NUM}\\s*${U}\\s*了`, 'g'), '记错了 ');
  // 「刚才报的328条是错的」「十五是错的」: a figure said to be wrong is no value.
  text = text.replace(new RegExp(`${NUM}\\s*${U}\\s*(?=是错的|是错误的)`, 'g'), '');
  // 「督查检查是2次不是3次」: the number denied after the one given is dropped.
  text = text.replace(new RegExp(`(是\\s*${NUM}\\s*[件条次个篇起项人名场期份元]*)\\s*[，,]?\\s*(?:而)?不是\\s*${NUM}\\s*[件条次个篇起项人名场期份元]*`, 'g'), '$1');
  // 「不对，是4件，漏了1件」: the reason of a correction (what was left out) is no value.
  text = text.replace(new RegExp(`(是\\s*${NUM}\\s*[件条次个篇起项人名场期份元]*[^。；\\n]{0,12}?)[，,\\s]\\s*(?:漏|少算|多算|少报|多报|漏报|漏算|漏掉|少统计|多统计|少写|多写)了?\\s*${NUM}\\s*[件条次个篇起项人名场期份]*`, 'g'), '$1');
  return text
    .replace(new RegExp(`(?:不是|并非|而非)\\s*${NUM}\\s*[件条次个篇起项人名场期份元万]*\\s*[，,]?\\s*(?:而)?(?=是|应该是|应为)`, 'g'), '')
    .replace(new RegExp(`(?:从|由)\\s*${NUM}\\s*[件条次个篇起项人名场期份元万]*\\s*(?=改成|改为|改到|变成|更正为)`, 'g'), '')
    // (「次数改为6 人次改成315」: a number, a space, then another subject's words is a new value, not an old one.)
    .replace(new RegExp(`${NUM}(?:[件条次个篇起项人名场期份元]+|(?![\\s]+[\\u4e00-\\u9fff]))\\s*[，,]?\\s*(?:改成|改为|更正为|修改为|调整为|更改为)`, 'g'), '为');
}

/** Digits that are not data: 文号, article numbers, URLs. Replaced by spaces of the same length. */
const NOT_DATA: RegExp[] = [
  // A frequency said of a period with any verb (「半个月换一次」「一周一次」「每周换一回」「一个月更新两次」) is no
  // year's count; read before 「一周」 alone is taken as a length of time.
  // (「一季度」 is the first quarter and 「一月」 January: a part of the year, not a frequency.)
  /(?:半个?月|每\s*个?\s*(?:季度|月(?!份)|周|星期|礼拜|旬|天|日)|[一1]\s*(?:个\s*(?:季度|月)|周|星期|礼拜|旬|天))\s*[^，。；\d\s]{0,4}?(?:一|两|二|三|[1-3])\s*(?:次|回|期)(?!\s*(?:左右|上下|多|来))/g,
  /https?:\/\/\S+|[\w.-]+@[\w.-]+\.\w+/g,
  // 「前面漏了个1」「多打了个5」: the digit typed or left out, not a value.
  new RegExp(`(?<=${DIGIT_SLIPPED}(?:个|一个)\\s*)[1-9](?![\\d.])`, 'g'),
  // 「俩数颠倒了」「这两个数对调一下」「两项都对」: the values spoken of, not a count.
  /(?:这|那)?(?:两|俩|二)(?:个)?(?:数字?|项)(?=[^\d零〇一二两三四五六七八九十百千万]|$)/g,
  /[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*号/g,
  /[\u4e00-\u9fa5]{1,8}[发函字办]\s*[〔\[【]\s*\d{4}\s*[〕\]】]\s*\d+\s*号/g,
  /第\s*[（(]?\s*[\d一二三四五六七八九十百零〇]+\s*[）)]?\s*[条项款章节次版]/g,
  /《[^》]{0,60}》/g,
  // Hotline numbers (「12345热线工单」「“12345”政务服务热线」) are names, not counts.
  /(?:12345|12315|12369|12110|110|119|120)(?=[”"」]?\s*(?:政务服务|便民服务)?(?:热线|工单|平台|接警|转办))/g,
  // Audience figures (「粉丝1.2万」「阅读量3000」「访问500人次」) are no publication counts.
  /(?:粉丝|关注(?:者|人数|量)?|订阅(?:数|量)?|阅读(?:量|数)?|点击(?:量|数)?|浏览(?:量|数)?|访问(?:量|数)?|点赞(?:量|数)?|转发(?:量|数)?|播放(?:量|数)?)(?:数|量)?\s*(?:有|达|达到|约|超过|共|是|为|[：:])?\s*[\d零〇一二两三四五六七八九十百千万.]+\s*(?:万|千)?\s*(?:人次|人|次|个|条)?(?:多|余)?/g,
  // Money spent (「网站改版花了5万」「投入经费2万元」) is no count and no fee.
  /(?:花了|花费|投入|投资|经费|资金|预算|造价)[^，。；\d]{0,4}[\d零〇一二两三四五六七八九十百千万.]+\s*(?:万|千)?\s*(?:元|块钱|块)?/g,
  // Copies printed or handed out (「解读材料印了200份」「发放宣传资料500份」) are no count of articles.
  /(?:印了|印制了?|发放了?|分发了?|派发了?)[^，。；\d]{0,6}[\d零〇一二两三四五六七八九十百千万]+\s*(?:份|册|本|张)/g,
  // Amounts in units the report does not count in (「停了3天」「宽3米」「2小时」「来了2位」) are no counts.
  // (「系统里是31 台账里是28」: 台账 is a ledger, no 台.)
  /[\d零〇一二两三四五六七八九十百千万.]+\s*(?:天|米|小时|分钟|秒钟?|位|岁|平方米?|公里|台(?![账帐])|户|亩|吨|辆|套|周|个月|个小时)(?![\u4e00-\u9fa5]{0,2}(?:申请|信息|村民|群众|市民|居民|老人|律师|个人|企业|公民))/g,
  // Counts of other things (「公开栏有5处」「3楼」「3种形式」「5大板块」「3个方面」) are no counts of the report.
  // (「许可300 处罚45」: 处 before 罚/理/分 is a word, not a counter.)
  /\d+\s*(?:处(?!罚|理|分|置)|楼|层|种|类|大(?=[\u4e00-\u9fa5])|方面|领域|环节|板块|座(?!机)|所|级|星级|届)(?!\s*(?:申请|信息))/g,
  // 「第三轮巡视」「两轮整改」 are no counts; 「督查检查开展3轮」 is (rounds done of a counted activity).
  /(?<!(?:开展|组织|进行|督查|检查|培训|举办|搞|开|办|做)了?\s*)(?:\d+|(?<![表第\d零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十百千万]+)\s*轮(?!\s*(?:申请|信息))/g,
  /(?<![表第\d零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十百千万]+(?:处(?!罚|理|分|置)|楼|层|种|类|方面|领域|环节|板块|座|届)(?!\s*(?:申请|信息))/g,
  /[\d零〇一二两三四五六七八九十百千万]+\s*个\s*(?=方面|领域|环节|板块|类别|类型|种类|部门|单位|重点|维度|渠道|平台|窗口)/g,
  // 「县政府网站那边转载了我们136条」: copies another site made of ours — no publication of this body's.
  /转载(?:了)?(?:我们|我局|我镇|我乡|我们局|我们镇|本单位)?(?:的)?(?:信息|稿件|文章)?\s*[\d零〇一二两三四五六七八九十百千万]+\s*(?:条|篇|次)/g,
  // 「全县28个乡镇里头 我们乡…排第三」: how many bodies a ranking is among, and the rank — no count of the report.
  /(?:全县|全市|全区|全省|全旗|全州|全镇|全乡|全街道)(?:的|一共|共|总共)?\s*[\d零〇一二两三四五六七八九十百]+\s*个\s*(?:乡镇|乡|镇|村|社区|街道|部门|单位|县|区|市|县区|县市区)|(?<![安编并彩])排(?:在|名)?第\s*[\d一二三四五六七八九十]+\s*(?:名|位)?|(?<![安编并彩])排名\s*[\d一二三四五六七八九十]+\s*(?:名|位)?/g,
  // 「培训日期3月5 参训80人次」「会定在3月5」: a day written without 日 after a word of dates is no count.
  // (Not a 落款: 「落款就月底那天 1月31」「日子定1月24」 are read by the date reader.)
  /(?:培训|会议|开会|活动|检查|督查|截止|统计|考试|调研|座谈)[^，。；\s\d]{0,4}?(?:日期|日子|时间|那天)[^，。；\s\d]{0,3}(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])(?![\d日号件条次篇个人期场份项])/g,
  // 「三个执法数里就强制错了」「这两个数」: how many figures are spoken of — no count of the report.
  /[\d一二两三四五六七八九十]+\s*个[^，。；\d\s]{0,4}?(?:数字|数据|数值|数)(?![量额])/g,
  // An average (「平均每个乡镇30期」「人均2次」) is no count of this body's year.
  /(?:平均|人均|户均|村均|镇均)(?:每(?:个|家|人|户|村|镇|乡镇|单位|部门|季度|月)?)?[^，。；\d\s]{0,8}?[\d零〇一二两三四五六七八九十百千万.]+\s*(?:条|件|篇|次|期|场|个|人次|人)?/g,
  // A frequency (「每季度1次」「每月更新20条」「半年1次」) is no year's count.
  /每\s*(?:个)?(?:季度|半年|年度|月|周|星期|天|日)\s*(?:都|各|均|约|大概)?\s*(?:更新|推送|发布|发|开展|搞|组织|检查|督查|培训)?(?:了)?\s*[\d零〇一二两三四五六七八九十百千万]+\s*(?:次|条|篇|期|场|回)?/g,
  /(?<![上下前后])半年\s*(?:一|1)\s*次/g,
  // Scores, rates, serial numbers and bare years (「得了95分」「平均分85」「及时率100」「编号1到18」「域名里有个2024」).
  /(?:平均分|得分|评分|分数|打分|考核分)\s*(?:为|是|有|达到?|[：:])?\s*[\d.]+\s*分?|[\d.]+\s*分(?![钟之别类期批项])/g,
  /率\s*(?:为|是|有|达到?|[：:])?\s*[\d.]+\s*[%％]?/g,
  /(?:编号|序号|门牌号?|排名|名次)\s*(?:为|是|[：:])?\s*[\d一二三四五六七八九十]+(?:\s*(?:到|至|-|—|~)\s*\d+)?/g,
  // (a year is one a report could name: 1990–2035; 「许可写2040」 is a count, and so is 2040 written 「2千零40」.)
  /(?<![\d.\/\-—－\u2063])(?<!(?:年度|年份|年)\s*(?:是|为|改为|改成|[：:])?\s*)(?:199\d|20[0-3]\d)(?![\d.\/\-—－年]|\s*(?:多|余|来)?\s*(?:万|千)?\s*(?:条|件|次|篇|个|起|项|人|名|场|期|份|元|块|年|月|日|号))/g,
  // One item described by a superlative (「最大的一笔3万」「阅读量最高的一篇1万」) is no total.
  /最(?:大|高|多|少|小|长|短)的?(?:一|1)(?:笔|篇|条|次|件|个|期)[^，。；\d]{0,4}[\d零〇一二两三四五六七八九十百千万.]+\s*(?:万|千)?\s*(?:元|块|人次|人|条|次)?/g,
  // Things counted in 张/幅/面 (「二维码贴了30张」) are no counts of the report.
  /[\d零〇一二两三四五六七八九十百千万]+\s*(?:张|幅|面)(?![\u4e00-\u9fa5]{0,2}(?:申请|信息|公告|通知|公示|告示))/g,
  // 「同一份材料」「同一个事项」「同一件事」: the same one, not a count of one.
  /同一(?=[份个件次条项家人批])/g,
  // 「一起发的」「一起搞」: together, not one case (「复议一起」「一起诉讼」 stay).
  /(?<![\d零〇一二两三四五六七八九十有共])一起(?=[发做搞办提来去开学参报交送讨研弄推贴挂])/g,
  // A time of day (「下午3点前」「9点半」) is no count.
  /(?<![\d.])(?:[01]?\d|2[0-4]|[一二两三四五六七八九十]|十[一二])\s*点(?:半|钟|整|前|后|以前|之前|\d{1,2}分?)?(?![击赞])/g,
  // A rate (「每件30元」「每次2小时」) is no amount or count.
  // (「每次30人」 stays: people per session speak of 参训人次, asked where it is read.)
  // (The whole numeral or none: 「每次三四十人」 had left 「十人」 behind as a count of 10.)
  /每\s*[件次回笔个人条篇份页张天]\s*[\d零一二两三四五六七八九十百千万.]+(?![\d零一二两三四五六七八九十百千万.])(?!\s*(?:人|名))\s*(?:元|块钱|块|小时|分钟|页|张)?/g,
  // 「新媒体账号2个（公众号、抖音各1）」: a bracket of 各 right after a count breaks that count down; it is no new figure.
  /(?<=\d\s*[个条件次篇名人项]\s*)[（(][^（()）]{0,30}各[^（()）]{0,10}[）)]/g,
];

/** Slogans in quotes (「“一次告知、一窗受理”」): their 「一次」 is no count. Quoted labels (「“三安全一稳定”」) stay. */
const QUOTED = /[“‘"][^”’"\d]{1,30}[”’"]/g;
const QUOTED_COUNT = /[零〇一二两三四五六七八九十百千]+(?:次|个|件|条|篇|项|场|期|份|人|名|批)/g;

/** Month ranges (「1到11月」「1-6月」「前三个月」) are a part of the year: one marker word, no numbers. */
const HALVES: Record<string, string> = { '1-6': '上半年', '7-12': '下半年', '1-3': '一季度', '4-6': '二季度', '7-9': '三季度', '10-12': '四季度', '1-9': '前三季度', '1-12': '全年' };
const MONTH_RANGE = /\d{1,2}\s*(?:到|至|-|—|~|～|－)\s*\d{1,2}\s*月份?|前[\d一二三四五六七八九十两]+个?月/g;

/** List numbering at a line's or sentence's start (「1、主动公开：…」「（二）依申请公开」「3.复议诉讼」). */
const ENUMERATOR = /(^|[\n。；：])(\s*)((?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．）)]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])(?![\d.])/g;

export function maskNotData(text: string): string {
  let out = text.replace(ENUMERATOR, (_, lead: string, space: string, mark: string) => `${lead}${space}${' '.repeat(mark.length)}`);
  // 「第一批」「第3期」: one batch of the year's figures, not the year's.
  out = out.replace(/第\s*[\d一二三四五六七八九十]+\s*(?:批|期)(?:次)?/g, '部分月份');
  // 「1～6月」「7-12月」「10到12月」: ranges that are a half or a quarter are named so (their parts add up).
  out = out.replace(/(\d{1,2})\s*(?:到|至|-|—|~|～|－)\s*(\d{1,2})\s*月份?/g, (m, a: string, b: string) => HALVES[`${Number(a)}-${Number(b)}`] ?? m);
  out = out.replace(MONTH_RANGE, '部分月份').replace(QUOTED, (q) => q.replace(QUOTED_COUNT, (m) => ' '.repeat(m.length)));
  for (const re of NOT_DATA) {
    re.lastIndex = 0;
    out = out.replace(re, (m) => ' '.repeat(m.length));
  }
  return out;
}

/** Commands that act on the conversation itself. */
/** 「不是，是今年的」「就是全年的」: the number offered is this year's full figure after all. */
const THIS_YEAR_AFTER_ALL = /^(?:不是[，,]?\s*)?(?:就|其实)?是(?:今年|本年|全年)(?:的|全年的)(?:数)?[。！!，,\s]*$/;
export const isConfirm = (t: string) => THIS_YEAR_AFTER_ALL.test(t.trim()) || /^(?:是|是的|对|对的|确认|确定|好|好的|可以|行|没错|嗯|同意|改吧|改|覆盖|ok|yes)[。！!，,\s]*(?:确认|改吧|就这样|覆盖)?[。！!\s]*$/i.test(t.trim());
export const isDecline = (t: string) => /^(?:不|不是|否|不用|不要|算了|取消|别改|不改|先不改|不对)[。！!，,\s]*$/.test(t.trim());
export const isUndo = (t: string) =>
  /^(?:撤销|撤回|回退|undo)(?:上一步|刚才的?(?:修改|操作)?|本轮|这一步|一下)?[。！!\s]*$/i.test(t.trim()) ||
  // 「撤销 那个诉讼是去年的」: undo, then why (no figure, and words of a mistake).
  /^(?:撤销|撤回|回退)(?:上一步|刚才的?(?:修改|操作)?|本轮|这一步|一下)?[，,。\s]+[^\d零一二两三四五六七八九十]{0,24}$/.test(t.trim()) && /是去年|是上年|不对|错了|不算|不要了|多了|重复了|搞混|说错|记错|填错|弄错/.test(t);
