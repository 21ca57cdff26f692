// The six section headings, found AS WRITTEN: 「一、总体情况」, a renumbered 「3、 收到和处理…」, an old-style
// 「一、政府信息公开工作的基本情况」, a bare 「一、」, a heading cut off at the end of a page (「三、收到」).
// 表三's own 「一、本年新收…」…「四、结转下年度…」 rows are not headings.
import { SECTIONS } from '../format/index.js';
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

const TITLE_GRAMS = SECTIONS.map((s) => ({
  no: s.no,
  keys: [s.title, ...s.variants].map(keyOf),
  grams: [s.title, ...s.variants].map((t) => bigrams(keyOf(t))),
}));

const CN_HEAD = /^([一二三四五六])\s*[、.．,，]\s*(.*)$/;
const AR_HEAD = /^([1-6])\s*[、.．](?!\d)\s*(.*)$/;

function similarity(no: number, rest: string): number {
  const t = TITLE_GRAMS.find((x) => x.no === no)!;
  const k = keyOf(rest);
  if (t.keys.includes(k)) return 1;
  const g = bigrams(k);
  return Math.max(...t.grams.map((x) => dice(g, x)));
}

const isT3Row = (rest: string) => {
  const k = keyOf(rest);
  return k.length > 0 && T3_TOP_ROW_KEYS.some((r) => r.startsWith(k.slice(0, 4)) && k.slice(0, 4).length >= 2);
};

export function findHeadings(lines: Line[]): HeadingHit[] {
  const out: HeadingHit[] = [];
  let last = 0;
  let lastNonBlank = lines.length - 1;
  while (lastNonBlank >= 0 && lines[lastNonBlank].blank) lastNonBlank--;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.text.length > 50 || l.text.includes('|')) continue;
    const c = l.text.charCodeAt(0);
    // Cheap pre-check: a heading starts with 一..六 or 1..6.
    if (!((c >= 49 && c <= 54) || '一二三四五六'.includes(l.text[0]))) continue;
    const cn = CN_HEAD.exec(l.text);
    const ar = cn ? null : AR_HEAD.exec(l.text);
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
    const sim = rest ? similarity(no, rest) : 0;
    const cue = CUES[no].some((w) => rest.includes(w));
    const cut = i === lastNonBlank && rest.length >= 1 && TITLE_GRAMS[no - 1].keys.some((k) => k.startsWith(keyOf(rest)));
    const tabbed = l.raw.startsWith('\t');
    const ok = ar || tabbed ? sim >= 0.5 || cut : !rest || sim >= 0.3 || cue || cut;
    if (!ok) continue;
    out.push({ no, text: l.text, line: i });
    last = no;
  }
  return out;
}
