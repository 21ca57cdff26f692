// Text helpers shared by the narrative rules: punctuation folding, sentences, Chinese numerals, quotes.
// Folding is one character for one character, so an index found in the folded text quotes the original.

const FOLD: Record<string, string> = { '(': '（', ')': '）', ':': '：', ';': '；', '!': '！', '?': '？', '[': '〔', ']': '〕', '【': '〔', '】': '〕' };
const FOLD_RE = /[():;!?]|\[|\]|【|】|,(?!\d)/g;

/** ASCII punctuation (as the corpus was normalised) → full width; 【】[] → 〔〕. Same length as the input. */
export function fold(s: string): string {
  return s.replace(FOLD_RE, (c) => (c === ',' ? '，' : FOLD[c]));
}

/** Same as fold but keeps 【】 (the placeholder rule needs to see empty 【】). */
export function foldKeepBrackets(s: string): string {
  return s.replace(/[():;!?]|,(?!\d)/g, (c) => (c === ',' ? '，' : FOLD[c]));
}

export interface Sentence {
  text: string; // as written, trimmed
  start: number; // offset in the text it was cut from
}

/** Where sentences end (shared with the per-section sentence lists of context.ts). */
export const SENTENCE_END_SOURCE = '[。！？；!?;\\n]+';
const SENTENCE_END = new RegExp(SENTENCE_END_SOURCE, 'g');

/** Sentences (and lines): cut at 。！？； and line breaks. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); ; m = SENTENCE_END.exec(text)) {
    const end = m ? m.index : text.length;
    const raw = text.slice(last, end);
    const t = raw.trim();
    if (t) out.push({ text: t, start: last + raw.indexOf(t[0]) });
    if (!m) break;
    last = m.index + m[0].length;
  }
  return out;
}

const SENTENCE_ENDS = '。！？；!?;\n';

/** The sentence around offset `at` (for quoting a hit in a long text). */
export function sentenceAt(text: string, at: number, max = 160): string {
  let a = at;
  while (a > 0 && !SENTENCE_ENDS.includes(text[a - 1]) && at - a < max) a--;
  let b = at;
  while (b < text.length && !SENTENCE_ENDS.includes(text[b]) && b - at < max) b++;
  if (b < text.length && text[b] !== '\n' && SENTENCE_ENDS.includes(text[b])) b++;
  return text.slice(a, b).trim();
}

/** Shorten a quote for a message, keeping it recognisable. */
export function clip(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CN_NUM = '[零〇一二两三四五六七八九十百千万]+';

/** 「十二」→12, 「两」→2, 「一百零五」→105, 「三千二百」→3200, 「二〇二三」→2023. NaN when not a numeral. */
export function cnToNumber(s: string): number {
  if (!s) return NaN;
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s)) return Number([...s].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c];
    else if (c in UNIT) {
      section += (digit < 0 ? 1 : digit) * UNIT[c];
      digit = -1;
    } else if (c === '万') {
      total += (section + Math.max(digit, 0)) * 10000;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

/** A numeral as written (「61」「十二」「1.5」) → number. */
export function toNumber(s: string): number {
  const t = s.replace(/[,，]/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : cnToNumber(t);
}

/** Normalise a quote for fingerprints and comparisons: no whitespace, folded punctuation, 〔〕 brackets. */
export function normQuote(s: string): string {
  return fold(s).replace(/[\s\u3000]+/g, '');
}
