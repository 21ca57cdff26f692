// F-NUMBERING beyond mixed （一）/（1） styles: the order of official numbering levels (一、→（一）→1.→（1）, GB/T 9704),
// and the enumerations clerks write in prose (一是、二是…). Real reports skip 二是, restart 一是 inside 三是, write
// 「1是」, put a 顿号 after 「（一）」, leave the first sub-heading unnumbered, or number 一's sub-headings 「1.」.
import { ASPECTS } from '../format/index.js';
import { emit, sectionText, SECTION_NAME, type Ctx } from './context.js';
import { clip, cnToNumber } from './text.js';

const SHI = /([一二三四五六七八九十]{1,2}|\d{1,2})是(?![否非的])/g;

/** 「一是…三是」 (a gap) or 「三是…一是」 (a restart) within one paragraph; 「1是」 written with a digit. */
function shiSequence(line: string): { why: string; at: number } | null {
  let prev = 0;
  for (const m of line.matchAll(SHI)) {
    const before = line[m.index - 1] ?? '';
    // 「其一是」「唯一是」「统一是」: not an enumeration; an enumeration opens a clause.
    if (before && !/[。；;，,：:\s）)]/.test(before)) continue;
    if (/\d/.test(m[1])) return { why: `用阿拉伯数字写作「${m[0]}」，应为「${'一二三四五六七八九十'[Number(m[1]) - 1] ?? m[1]}是」`, at: m.index };
    const n = cnToNumber(m[1]);
    if (!Number.isInteger(n) || n < 1) continue;
    // A paragraph may open with 「三是」 (the enumeration runs across paragraphs): count on from there.
    if (!prev || n === prev + 1) prev = n;
    else if (n > prev + 1) return { why: `「${'一二三四五六七八九十'[prev - 1]}是」之后是「${m[0]}」，缺少中间的序号`, at: m.index };
    else if (prev >= 2 && n === 1) return { why: `「${'一二三四五六七八九十'[prev - 1]}是」之后又从「一是」编起，层次混乱`, at: m.index };
  }
  return null;
}

const PAREN_CN = /^\s*[（(]([一二三四五六七八九十]{1,2})[）)]/;
const DOT_AR = /^\s*(\d{1,2})[.．、](?!\d)/;

function subHeadings(text: string): { extraComma: string | null; paren: number[]; dots: string[]; firstLine: string } {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const paren: number[] = [];
  const dots: string[] = [];
  let extraComma: string | null = null;
  for (const l of lines) {
    const p = PAREN_CN.exec(l);
    if (p) {
      paren.push(cnToNumber(p[1]) ?? 0);
      if (/^\s*[（(][一二三四五六七八九十]{1,2}[）)]\s*[、，,]/.test(l) && !extraComma) extraComma = clip(l, 20);
    } else if (DOT_AR.test(l) && l.length <= 60) dots.push(clip(l, 20));
  }
  return { extraComma, paren, dots, firstLine: lines[0] ?? '' };
}

/** An aspect's own heading, whole on its line (「依申请公开情况。」): its declared words, then 情况/工作 at most. */
const ASPECT_HEAD = new RegExp(`^(?:政府信息(?:公开)?)?(?:${ASPECTS.flatMap((a) => a.heads).sort((a, b) => b.length - a.length).join('|')})(?:公开)?(?:政府信息)?(?:情况|工作)?(?:[。：:]|$)`);

/** The first line of 一 that is an aspect's heading with no number, after a numbered sub-heading. */
function unnumberedAspect(text: string): string | null {
  let last = ''; // the last numbered sub-heading
  const key = (s: string) => ASPECTS.find((a) => a.cues.some((c) => s.includes(c)))?.key ?? s;
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (PAREN_CN.test(l)) last = l;
    else if (last) {
      const m = ASPECT_HEAD.exec(l);
      // 「（二）依申请公开」 then 「依申请公开政府信息情况。…」: that sub-heading's own text, repeating its name.
      if (m && key(m[0]) !== key(last)) return m[0];
    }
  }
  return null;
}

/** Section headings numbered 「1.」 among 「二、」「三、」: one style for the top level. */
function topLevel(ctx: Ctx): void {
  const heads = ctx.source?.headings ?? [];
  const arabic = heads.filter((h) => /^\s*\d{1,2}\s*[.．、]/.test(h.text));
  const chinese = heads.filter((h) => /^\s*[一二三四五六]\s*[、.．]/.test(h.text));
  if (!arabic.length || !chinese.length) return;
  emit(ctx, 'F-NUMBERING', {
    message: `部分标题编号样式混用：「${clip(arabic[0].text.trim(), 16)}」与「${clip(chinese[0].text.trim(), 16)}」，一级标题应为「一、」「二、」…`,
    where: {},
    expected: '一、二、三、…',
    actual: arabic.map((h) => h.text.trim()).join('；'),
    evidence: { quote: arabic[0].text },
  });
}

export function numberingOrder(ctx: Ctx): void {
  topLevel(ctx);
  for (const [no, s] of ctx.sections) {
    const text = sectionText(s);
    const problems: { why: string; quote: string }[] = [];
    for (const line of text.split('\n')) {
      const bad = shiSequence(line);
      if (bad) problems.push({ why: bad.why, quote: line.slice(Math.max(0, bad.at - 12), bad.at + 16) });
    }
    const h = subHeadings(text);
    if (h.extraComma) problems.push({ why: `序号「（一）」后多了顿号`, quote: h.extraComma });
    // 「（二）…」「（三）…」 with no 「（一）」: the first sub-heading was left unnumbered.
    if (h.paren.length >= 2 && h.paren[0] === 2 && !h.paren.includes(1)) problems.push({ why: '第一个小标题缺少序号「（一）」', quote: h.firstLine.slice(0, 30) });
    // 「（一）…（二）…」 then 「政府信息管理情况。根据…」: an aspect's sub-heading written without its number.
    if (no === 1 && h.paren.length) {
      const bare = unnumberedAspect(text);
      if (bare) problems.push({ why: `小标题「${bare.replace(/[。：:]$/, '')}」缺少序号（其他小标题编为「（一）」「（二）」…）`, quote: bare });
    }
    // Under 「一、」 the next level is 「（一）」: sub-headings numbered 「1.」 with no 「（一）」 skip a level.
    if (no === 1 && !h.paren.length && h.dots.length >= 2) problems.push({ why: `小标题用「${h.dots[0].slice(0, 2)}」编号，「一、」之下应为「（一）」`, quote: h.dots[0] });
    for (const p of problems.slice(0, 3))
      emit(ctx, 'F-NUMBERING', {
        message: `${SECTION_NAME[no]}序号有误：${p.why}`,
        where: { section: no },
        expected: '一是、二是…；（一）（二）…',
        actual: p.quote,
        evidence: { quote: p.quote },
      });
  }
}
