// N-SEC1-COVERAGE by substance, paragraph by paragraph: a paragraph of 一 that opens as one of the five aspects
// (「（一）主动公开情况」「主动公开方面，」「二是依申请公开」) must report that aspect. Real reports title a paragraph
// 主动公开 and give no count, title it 依申请公开 and give no number of requests, or title it 政府信息管理 and
// write about publicity work.
import { ASPECTS, type AspectKey } from '../format/index.js';
import { emit, sectionText, type Ctx } from './context.js';
import { CN_NUM } from './text.js';

type Key = 'active' | 'request' | 'management';
/** An aspect's name at the start of a line (after its ordinal): the declared words its sub-heading opens with. */
const headRe = (k: AspectKey) => new RegExp(`^(?:政府信息(?:公开)?)?(?:${ASPECTS.find((a) => a.key === k)!.heads.join('|')})`);

/** How a paragraph opens when it is about an aspect: an ordinal, then the aspect's name near the start. */
const ORDINAL = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]是)?\s*/;
const OPENS: [Key, RegExp][] = (['active', 'request', 'management'] as const).map((k) => [k, headRe(k)]);

const NUMBER = `(?:\\d+|${CN_NUM})`;
/** A count of items published (「公开信息115条」), dates removed first. */
const PUBLISHED = new RegExp(`${NUMBER}\\s*(?:余|多)?\\s*(?:条|篇|则)|(?:公开|发布|推送|更新|信息)[^。，,；]{0,12}?${NUMBER}\\s*(?:余|多)?\\s*(?:件|个|项|期|份)`);
/** Requests counted or declared none (「收到申请3件」「未收到政府信息公开申请」「0件」). */
const REQUESTS = new RegExp(`${NUMBER}\\s*(?:件|人次|条|份)|${NUMBER}\\s*个(?!工作日|自然日|月|小时)|未(?:新)?(?:收到|受理|接到)|没有(?:新)?(?:收到|受理)|无(?:依)?申请|零申请`);
/** What managing information means in these reports (spec: 属性认定、审核、清理、目录…). */
const MANAGES = /属性|审核|审查|三审|清理|保密|源头|发布(?:机制|流程|制度|前)|动态更新|目录|指南|规范性文件|台账|归档|解读|制度|流程|规范/;

const WHY: Record<Key, string> = {
  active: '以「主动公开」开头的段落未写明主动公开信息的数量',
  request: '以「依申请公开」开头的段落未写明收到申请的件数（没有申请也应写明）',
  management: '以「政府信息管理」开头的段落未写信息管理工作（属性认定、发布审核、清理、目录等）',
};

function lacks(key: Key, body: string): boolean {
  const t = body.replace(/\d{4}\s*年(?:度)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|第[一二三四五六七八九十\d]+/g, '');
  if (key === 'active') return !PUBLISHED.test(t);
  if (key === 'request') return !REQUESTS.test(t);
  return !MANAGES.test(t);
}

/** Paragraphs of 一 with the aspect they open as; a paragraph runs until the next one that opens as an aspect. */
function aspectParagraphs(text: string): { key: Key; head: string; body: string }[] {
  const out: { key: Key; head: string; body: string }[] = [];
  let open = false; // the last paragraph still takes lines
  for (const line of text.split('\n')) {
    const rest = line.replace(ORDINAL, '');
    const hit = OPENS.find(([, re]) => re.test(rest));
    const last = out.at(-1);
    // 「3.政府信息管理」 alone on its line, its text opening with the same words on the next.
    if (hit && open && last && last.key === hit[0] && !last.body.trim()) last.body += `\n${line}`;
    else if (hit) {
      out.push({ key: hit[0], head: line.trim(), body: rest.replace(hit[1], '') });
      open = true;
    } else if (/^\s*[（(][一二三四五六七八九十]{1,2}[）)]/.test(line)) open = false; // another sub-heading ends it
    else if (open && last) last.body += `\n${line}`;
  }
  return out;
}

/** Sentences about the report itself, not the work: how it was compiled, its period, whom to ask. */
const ABOUT_REPORT = /本(?:年度)?报告|编制(?:本|而成|[。，,]|$)|部分组成|[六6]个?部分|统计期限|统计时限|如对本报告|有任何疑问|联系电话|联系地址|请与|邮编|网址|链接|下载/;

/** 一 that says nothing of the year's work: only the compiling note (「由…党政办公室编制」), or one short sentence. */
function thinOverview(ctx: Ctx, text: string): void {
  const sentences = text.split(/(?<=[。；!！])|\n/).map((x) => x.trim()).filter((x) => x.length > 4);
  if (!sentences.length) return;
  const work = sentences.filter((x) => !ABOUT_REPORT.test(x));
  const compiledOnly = work.length === 0;
  // A one-sentence 一 is judged here, once (coverage leaves it alone).
  const short = !compiledOnly && work.length <= 1 && work.join('').length < 120;
  if (!compiledOnly && !short) return;
  emit(ctx, 'N-SEC1-COVERAGE', {
    message: compiledOnly ? '第一部分「总体情况」只有本报告的编制说明，没有写本年度政府信息公开工作的情况' : '第一部分「总体情况」只有一句话，没有写明主动公开、依申请公开等工作情况和数量',
    where: { section: 1 },
    expected: '本年度工作的总体情况',
    actual: compiledOnly ? '只有编制说明' : '过于简略',
    evidence: { quote: text.slice(0, 300) },
  });
}

/** Sub-headings of 一 (an ordinal, then an aspect's name, a short line) by the aspect each names. */
const SUB_ORDINAL = /^\s*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]是|\d{1,2}\s*[、.．])\s*/;
function aspectHeads(text: string): { heads: Map<AspectKey, string>; subs: number } {
  const out = new Map<AspectKey, string>();
  let subs = 0;
  for (const line of text.split('\n')) {
    const o = SUB_ORDINAL.exec(line);
    if (!o) continue;
    subs++;
    const rest = line.slice(o[0].length).trim();
    // 「(一)提高主动公开实效情况」: the aspect's name a few words in.
    const lead = rest.split(/[。，,；:：]/)[0].slice(0, 16);
    for (const a of ASPECTS) if (!out.has(a.key) && [0, 1, 2, 3, 4].some((i) => headRe(a.key).test(lead.slice(i)))) out.set(a.key, line.trim());
  }
  return { heads: out, subs };
}

/** 一 organised under the aspects' own sub-headings (three or more), one aspect with none (a066 「(一)主动公开」
 * 「(二)政府信息管理」…, no 依申请公开): that aspect is missing, whatever words elsewhere touch it. */
function missingAspectHeads(ctx: Ctx, text: string, whole: boolean): void {
  const { heads, subs } = aspectHeads(text);
  // Every sub-heading names an aspect: one under another name (「(三)强化组织领导」) may cover what seems missing.
  if (heads.size < 3 || heads.size === ASPECTS.length || subs !== heads.size) return;
  if (ctx.out.some((f) => f.rule === 'N-SEC1-COVERAGE' && !f.where.row)) return; // said already for the whole section
  // In a cut text only aspects that come before the last one found are surely missing (the rest may follow).
  const last = Math.max(...ASPECTS.map((a, i) => (heads.has(a.key) ? i : -1)));
  // …and whose name is not written anywhere in 一 (a paragraph on 平台 under another heading covers it).
  const missing = ASPECTS.filter((a, i) => !heads.has(a.key) && (whole || i < last) && !a.heads.some((h) => text.includes(h)));
  if (!missing.length) return;
  emit(ctx, 'N-SEC1-COVERAGE', {
    severity: 'W',
    message: `第一部分按方面分列小标题（${[...heads.values()].map((h) => `「${h.slice(0, 14)}」`).join('')}），缺少${missing.map((a) => `「${a.title}」`).join('')}方面`,
    where: { section: 1 },
    expected: missing.map((a) => a.title).join('、'),
    actual: '缺失',
    evidence: { quote: [...heads.values()].join('\n').slice(0, 300) },
  });
}

export function paragraphCoverage(ctx: Ctx): void {
  const one = ctx.sections.get(1);
  if (!one) return;
  missingAspectHeads(ctx, sectionText(one), ctx.complete || [...ctx.sections.keys()].some((n) => n > 1));
  // A truncated page may stop inside 一: a thin 一 is judged only when 一 ended.
  if (ctx.complete || [...ctx.sections.keys()].some((n) => n > 1)) thinOverview(ctx, sectionText(one));
  // A truncated page may stop inside 一: its last paragraph may be cut, the ones before it are whole.
  const paragraphs = aspectParagraphs(sectionText(one));

  const text = sectionText(one).trim();
  if (!ctx.complete && ![...ctx.sections.keys()].some((n) => n > 1) && !/[。！;；]$/.test(text)) paragraphs.pop();
  // The whole-section rule may have said it already (no count anywhere in 一).
  const seen = new Set<Key>(ctx.out.filter((f) => f.rule === 'N-SEC1-COVERAGE' && f.where.row).map((f) => f.where.row as Key));
  for (const p of paragraphs) {
    if (seen.has(p.key) || !lacks(p.key, p.body)) continue;
    seen.add(p.key);
    emit(ctx, 'N-SEC1-COVERAGE', {
      message: `第一部分${WHY[p.key]}：「${p.head.slice(0, 40)}」`,
      where: { section: 1, row: p.key },
      // (「…未写明收到申请的件数」 → 「写明收到申请的件数」, not 「写明写明…」.)
      expected: WHY[p.key].replace(/^.*未(?:写明|写)?/, '写明'),
      actual: '缺失',
      // The head line already holds the start of the body (「(二)依申请公开情况」 + 「公开情况…」): its other lines follow it.
      evidence: { quote: `${p.head}${p.body.replace(/^[^\n]*/, '')}`.slice(0, 400) },
    });
  }
}
