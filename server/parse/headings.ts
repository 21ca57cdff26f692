// The six section headings, found AS WRITTEN: 「一、总体情况」, a renumbered 「3、 收到和处理…」, an old-style
// 「一、政府信息公开工作的基本情况」, a bare 「一、」, a heading cut off at the end of a page (「三、收到」).
// 表三's own 「一、本年新收…」…「四、结转下年度…」 rows are not headings.
import { ASPECTS, PAREN_NUMBERED, SECTIONS } from '../format/index.js';
import { T3_TOP_ROW_KEYS } from './labels.js';
import { bigrams, cnNumber, dice, keyOf } from './normalise.js';
import type { Line } from './tokens.js';

export interface HeadingHit {
  no: number;
  /** As written (trimmed, web artifacts in front removed). */
  text: string;
  line: number;
}

// Words by which a reworded heading is still recognisably that section (old 2008-style headings included).
const CUES: Record<number, string[]> = {
  1: ['总体', '概述', '概况', '基本情况'],
  2: ['主动公开'],
  3: ['申请'],
  4: ['复议', '诉讼'],
  5: ['问题', '改进', '不足'],
  6: ['其他', '需要报告'],
};

/** A candidate that lacks its own section's cue but carries another section's is that other topic's sub-heading
 * (「2.依申请公开政府信息情况」 inside 一 is not 二、主动公开…). */
function foreignCue(no: number, rest: string): boolean {
  if (CUES[no].some((w) => rest.includes(w))) return false;
  for (let k = 1; k <= 6; k++) if (k !== no && CUES[k].some((w) => rest.includes(w))) return true;
  return false;
}

const namesAspect = (rest: string) => ASPECTS.some((a) => a.cues.some((c) => rest.includes(c)));

const TITLE_GRAMS = SECTIONS.map((s) => ({
  no: s.no,
  keys: [s.title, ...s.variants].map(keyOf),
  grams: [s.title, ...s.variants].map((t) => bigrams(keyOf(t))),
}));

const CN_NUMERAL_CODES = [...'一二三四五六'].map((x) => x.charCodeAt(0));
const CN_HEAD = /^([一二三四五六])\s*[、.．,，]\s*(.*)$/;
const AR_HEAD = /^([1-6])\s*[、.．](?!\d)\s*(.*)$/;
/** Any arabic-numbered line (a sub-heading or a numbered paragraph). */
const SUB_AR = /^(\d{1,2})\s*([、.．])(?!\d)/;
/** 「.」 and 「．」 are one style, 「、」 another. */
const sepOf = (s: string) => (s.includes('、') ? '、' : '.');

// Headings repeat across reports: similarities are remembered (bounded).
const SIM_MEMO = new Map<string, number>();

function similarity(no: number, rest: string): number {
  const memo = `${no}${rest}`;
  const known = SIM_MEMO.get(memo);
  if (known !== undefined) return known;
  const t = TITLE_GRAMS[no - 1];
  const k = keyOf(rest);
  let sim = 0;
  if (t.keys.includes(k)) sim = 1;
  else {
    const g = bigrams(k);
    for (const x of t.grams) sim = Math.max(sim, dice(g, x));
  }
  if (SIM_MEMO.size >= 5000) SIM_MEMO.clear();
  SIM_MEMO.set(memo, sim);
  return sim;
}

const isT3Row = (rest: string) => {
  const k = keyOf(rest);
  return k.length > 0 && T3_TOP_ROW_KEYS.some((r) => r.startsWith(k.slice(0, 4)) && k.slice(0, 4).length >= 2);
};

export function findHeadings(lines: Line[]): HeadingHit[] {
  const out: HeadingHit[] = [];
  let last = 0;
  let cnStyle = false; // the document numbers its sections 「一、」
  // Arabic-numbered prose lines since the last section heading (「1.」「2、」: that section's sub-headings), as
  // number + separator.
  const subs = new Set<string>();
  let lastNonBlank = lines.length - 1;
  while (lastNonBlank >= 0 && lines[lastNonBlank].blank) lastNonBlank--;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const c = l.text.charCodeAt(0);
    // Cheap pre-check: a heading (or a 「1.」 sub-heading) starts with 一..六 or a digit and has more after it.
    const digit = c >= 48 && c <= 57;
    if (!(digit || CN_NUMERAL_CODES.includes(c)) || l.text.length < 2 || l.text.includes('|')) continue;
    const cn = digit ? null : CN_HEAD.exec(l.text);
    const ar = cn ? null : AR_HEAD.exec(l.text);
    if (digit && !l.raw.startsWith('\t')) {
      const d = SUB_AR.exec(l.text);
      if (d) subs.add(`${Number(d[1])}${sepOf(d[2])}`);
    }
    if (l.text.length > 50) continue;
    const m = cn ?? ar;
    if (!m) continue;
    const no = cnNumber(m[1]) ?? Number(m[1]);
    const rest = m[2].trim();
    if (no <= last) continue;
    if (/[。；;]./.test(rest) || /[，,]/.test(rest.replace(/行政复议[、,，]行政诉讼/, ''))) continue;
    if (isT3Row(rest)) continue;
    if (!rest) {
      // 「三、」 alone: a heading only if the next line is not 表三's 「本年度办理结果」.
      let j = i + 1;
      while (j < lines.length && lines[j].blank) j++;
      if (j < lines.length && isT3Row(lines[j].text)) continue;
      if (ar) continue;
    }
    if (ar) {
      // 「2.」 after 「1.」 in the same section is that section's next sub-heading, not section 二 — unless it is
      // the section's own title, renumbered (seed 000 「4、 政府信息公开行政复议…」 after 表三's 「3.」 rows).
      const sim = rest ? similarity(no, rest) : 0;
      if (subs.has(`${no - 1}${sepOf(m[0])}`) && sim < 0.9) continue;
      // Inside 一 of a 「一、」-numbered report, an arabic line naming one of 一's aspects is a sub-heading.
      if (cnStyle && last === 1 && namesAspect(rest) && sim < 0.9) continue;
    }
    if (rest && foreignCue(no, rest)) continue;
    const sim = rest ? similarity(no, rest) : 0;
    const cue = CUES[no].some((w) => rest.includes(w));
    const cut = i === lastNonBlank && rest.length >= 1 && TITLE_GRAMS[no - 1].keys.some((k) => k.startsWith(keyOf(rest)));
    const tabbed = l.raw.startsWith('\t');
    const ok = ar || tabbed ? sim >= 0.5 || cut : !rest || sim >= 0.3 || cue || cut;
    if (!ok) continue;
    out.push({ no, text: l.text, line: i });
    if (out.length === 1) cnStyle = !!cn;
    last = no;
    subs.clear();
  }
  return withBareTitles(lines, out);
}

/** A section's official title alone on a line without its numeral (「总体情况」) still opens that section — placed
 * only where it fits the order of the headings found (the checker reports the missing numeral). */
function withBareTitles(lines: Line[], found: HeadingHit[]): HeadingHit[] {
  const out = [...found];
  for (const t of TITLE_GRAMS) {
    if (out.some((h) => h.no === t.no)) continue;
    const after = Math.max(-1, ...out.filter((h) => h.no < t.no).map((h) => h.line));
    const before = Math.min(lines.length, ...out.filter((h) => h.no > t.no).map((h) => h.line));
    for (let i = after + 1; i < before; i++) {
      const l = lines[i];
      if (l.blank || l.text.length > 30 || l.text.includes('|')) continue;
      // 「(二)主动公开政府信息的情况」: a section numbered like a sub-heading, with its own number (i021).
      // Only in a report with no numbered section heading at all: under 「一、报告内容」 they are its parts (g035).
      const paren = found.length ? null : PAREN_NUMBERED.exec(l.text);
      if (paren && (cnNumber(paren[1]) !== t.no || !paren[2])) continue;
      const k = keyOf(paren ? paren[2] : l.text).replace(/^政府信息公开/, '');
      if (!t.keys.includes(k) && !(paren && similarity(t.no, paren[2]) >= 0.8)) continue;
      out.push({ no: t.no, text: l.text, line: i });
      break;
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
