// F-PREFACE: the preface's account of the report. It must name the six parts by their official titles (spec §2);
// real prefaces list five, seven or the 2008 structure (概述、支出和收费、申诉), rename a part (「依申请公开政府信息
// 情况」), claim a count other than six, or call the annual report a 「总结」/「汇报」.
import { SECTIONS } from '../format/index.js';
import { emit, prefaceOf, sectionText, type Ctx } from './context.js';
import { cnToNumber, fold } from './text.js';

/** Cue words that make a listed item name a part, most specific first (「其它」「其进他」 are typos of 其他). */
const PART_CUES: [number, RegExp][] = [
  [6, /其[他它进]{1,2}.{0,3}(?:报告|事项)/],
  [5, /问题|改进/],
  [4, /复议|诉讼/],
  [3, /收到和|依申请|申请/],
  [2, /主动公开/],
  [1, /总体|概述|概况|基本情况/],
];
/** What each part's name must keep. The 条例's own wording (「行政机关主动公开政府信息的情况」) and small rewordings
 * (「存在主要问题和改进情况」) are accepted; a part renamed (「依申请公开政府信息情况」「其他需要汇报事项」), a word lost
 * (「收到和处理政府信息申请情况」) or the 2008 structure is not. */
const KEEPS: Record<number, (s: string) => boolean> = {
  1: (s) => /总体/.test(s),
  2: (s) => /主动公开(?:政府)?信息/.test(s),
  3: (s) => /收到和[处办]理政府信息公开申请的?情况/.test(s),
  4: (s) => /复议/.test(s) && /诉讼/.test(s) && !/类/.test(s),
  // 「存在问题及改进情况」 lost 主要, 「其他报告的事项」 lost 需要: words of the title, not rewordings.
  // 「改进措施」 is the 2008 structure's name of the part (spec §2: 「存在的主要问题及改进情况」).
  5: (s) => /问题/.test(s) && /改进/.test(s) && /主要/.test(s) && !/改进措施/.test(s),
  6: (s) => /其[他它].{0,3}需要报告/.test(s),
};
/** Items of the 2008 structure (国办 2008 notice), gone since 2019. */
const OLD_ITEMS = /支出|收费|申诉|举报|咨询|投诉/;
/** How a listing sentence ends: 「等六个部分组成」「等内容」「公开如下」. */
const LIST_END = /(?:等|共)?(?:[一二三四五六七八九十\d]+(?:个|大)?(?:部分|方面)|内容|几个部分|部分)?(?:组成|构成)?(?:。|$)|(?:等|共)(?:[一二三四五六七八九十\d]+(?:个|大)?(?:部分|方面))|(?:公开|报告|公布|汇报|总结)如下/;
const CLAIMED = /([一二三四五六七八九十\d]+)(?:个|大)?(?:部分|方面)/;
/** What a listing's first item carries before the part's name: 「本报告包括」「全文由」「现将X2021年度」. */
const LEAD = /^.*?(?:包括|包含|涵盖|分为|由|有|[:：]|(?:19|20)\d{2}年度?)/;
/** 「其他需要报告的事项等六项」「…等内容」: what follows the last part's name. */
const TAIL = /(?:等|共)*(?:[一二三四五六七八九十\d]+(?:个|大)?(?:部分|方面|项|块))?(?:等?内容|等?方面)?(?:组成|构成)?$/;

/** 「存在的主要问题及改进情况和其他需要报告的事项」: two parts joined by 和/及, cut where the second part's cue opens. */
function splitJoined(item: string): string[] {
  for (let i = item.length - 1; i > 0; i--) {
    if (!/[和及]/.test(item[i])) continue;
    const left = item.slice(0, i);
    const right = item.slice(i + 1).replace(/^以?及/, '');
    const p = partOf(right);
    if (p !== null && partOf(left) !== null && partOf(left) !== p && partOf(right.slice(0, 8)) === p) return [...splitJoined(left), right];
  }
  return [item];
}

interface Item {
  text: string;
  part: number | null;
}

function partOf(item: string): number | null {
  for (const [no, re] of PART_CUES) if (re.test(item)) return no;
  return null;
}

/** The sentence of the preface that lists the parts, cut into items (null when the preface lists none). */
function listing(pre: string): { sentence: string; items: Item[]; claimed: number | null } | null {
  for (const sentence of pre.split(/(?<=[。])|\n/)) {
    const s = fold(sentence);
    const cues = new Set(PART_CUES.filter(([, re]) => re.test(s)).map(([no]) => no));
    // 「由概述、政务信息公开情况…四部分组成」: a count of parts after a listing verb makes a listing of few cues.
    const counted = /(?:由|包括|包含|分为)[^。]{2,200}?(?:[一二三四五六七八九十\d]+(?:个|大)?部分|等?部分组成)/.test(s);
    const start = s.search(counted ? /(?<=由|包括|包含|分为)/ : /总体|概述|概况|基本情况|主动公开/);
    if (start < 0 || (cues.size < 3 && !(counted && cues.size >= 1))) continue;
    const end = LIST_END.exec(s.slice(start));
    const body = end ? s.slice(0, start + end.index) : s;
    // A listing is one run of text: 「二、主动公开…\n三、…」 across headings is a table of contents, not a preface.
    if (/\n/.test(body.slice(start).trim())) continue;
    const raw = body.split(/[、，,；;]/).flatMap(splitJoined).map((x) => x.trim()).filter(Boolean);
    const first = raw.findIndex((x) => partOf(x) !== null);
    if (first < 0) continue;
    raw[first] = raw[first].replace(LEAD, '').replace(/^[:：\s]+/, '') || raw[first];
    // Page furniture before the listing: the part's name starts at its cue (with 「政府信息公开」 or 「本年度」 in front).
    if (raw[first].length > 30) raw[first] = /(?:本年度)?(?:政府信息公开(?:工作)?的?)?(?:总体|概述|概况|基本情况|主动公开).*$/.exec(raw[first])?.[0] ?? raw[first];
    raw[raw.length - 1] = raw[raw.length - 1].replace(TAIL, '');
    const items: Item[] = [];
    for (const text of raw.slice(first)) {
      const part = partOf(text);
      const prev = items.at(-1);
      // 「政府信息公开行政复议、行政诉讼情况」 is one part written with its own 顿号; 「概述、总体情况」 are two (l016).
      if (prev && part !== null && prev.part === part && (part === 4 || !PART_CUES.some(([no, re]) => no === part && re.test(prev.text) && re.test(text) && prev.text.length >= 2 && text.length >= 4))) prev.text += `、${text}`;
      else items.push({ text: text.replace(/^(?:以及|及|和)/, ''), part });
    }
    // Parts are named in a few words: a clause of prose is a sentence about the work, not a listing (k029).
    if (items.some((i) => i.text.length > 40)) continue;
    const c = CLAIMED.exec(s);
    const claimed = c ? (/\d/.test(c[1]) ? Number(c[1]) : cnToNumber(c[1])) : null;
    return { sentence: sentence.trim(), items, claimed };
  }
  return null;
}

function problemsOf(l: NonNullable<ReturnType<typeof listing>>): string[] {
  const out: string[] = [];
  if (l.claimed !== null && l.claimed !== 6) out.push(`称报告由${l.claimed}部分组成，规定为六部分`);
  const old = l.items.filter((i) => OLD_ITEMS.test(i.text) && (i.part === null || i.part === 3 || i.part === 4));
  if (old.length) out.push(`列出已废止的旧版组成部分${old.map((i) => `「${i.text}」`).join('')}`);
  const found = new Set(l.items.map((i) => i.part).filter((x): x is number => x !== null));
  const missing = SECTIONS.filter((s) => !found.has(s.no));
  if (missing.length && missing.length <= 4) out.push(`所列部分缺少${missing.map((s) => `「${s.title}」`).join('')}`);
  // A part listed twice under two names (「概述、总体情况」): the first is one part too many.
  const twice = l.items.filter((i, k) => i.part !== null && i.part !== 4 && l.items.slice(k + 1).some((j) => j.part === i.part));
  if (twice.length) out.push(`多列了${twice.map((i) => `「${i.text}」`).join('')}（与「${SECTIONS[twice[0].part! - 1].title}」同为一部分），规定为六部分`);
  const renamed = l.items.filter((i) => i.part !== null && !old.includes(i) && !twice.includes(i) && !KEEPS[i.part](i.text));
  if (renamed.length) out.push(`部分名称与规定标题不符：${renamed.map((i) => `「${i.text}」应为「${SECTIONS[i.part! - 1].title}」`).join('，')}`);
  return out;
}

const ASPECTS_AS_PARTS = /(?:全文|本报告|报告(?:内容)?)(?:主要)?(?:包括|包含|涵盖|由)[^。]{0,6}主动公开、依申请公开、政府信息管理、(?:政府信息公开)?平台建设、监督保障/;

/** 「现将…工作总结如下」「汇报如下」: the annual report is a report, not a summary or a briefing to superiors. */
const SUMMARY = /(?:总结|汇报)(?:报告)?如下|工作总结报告如下/;

/** The preface, and the opening paragraph of 一 when the page put the preface after the first heading or the
 * clerk wrote it there (「一、总体情况 \n 2020年,…现将有关情况总结汇报如下」). */
function prefaceRegion(ctx: Ctx): string {
  const first = sectionText(ctx.sections.get(1)).trim().split('\n')[0] ?? '';
  return `${prefaceOf(ctx)}\n${first.slice(0, 600)}`;
}

export function fPreface(ctx: Ctx): void {
  const pre = prefaceRegion(ctx);
  if (!pre.trim()) return;
  const l = listing(pre);
  const problems = l ? problemsOf(l) : [];
  const summary = SUMMARY.exec(fold(pre));
  // 「全文包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面」: the aspects of 一 given as the report's parts.
  const aspects = l ? null : ASPECTS_AS_PARTS.exec(fold(pre));
  if (aspects) problems.push('把第一部分「总体情况」的几个方面当作全文的组成部分，应列明六个部分');
  if (summary) problems.push(`把年度报告写成「${summary[0].replace(/如下$/, '')}」，应为「报告如下」或「公布如下」`);
  if (!problems.length) return;
  const quote = [l && problemsOf(l).length ? l.sentence : '', aspects ? sentenceOf(pre, aspects[0]) : '', summary ? sentenceOf(pre, summary[0]) : ''].filter(Boolean).join(' … ');
  emit(ctx, 'F-PREFACE', {
    message: `前言${problems.join('；')}`,
    where: {},
    expected: '六部分：' + SECTIONS.map((s) => s.title).join('、'),
    actual: l ? l.items.map((i) => i.text).join('、') : summary?.[0] ?? '',
    evidence: { quote: quote.slice(0, 400) },
  });
}

function sentenceOf(pre: string, words: string): string {
  const f = fold(pre);
  const at = f.indexOf(words);
  if (at < 0) return words;
  const start = Math.max(f.lastIndexOf('。', at) + 1, 0);
  return f.slice(start, at + words.length).trim();
}
