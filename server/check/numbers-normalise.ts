// Numbers as a reader sees them, whatever the writing: full-width or other Unicode digits (９９９９, 𝟗), digits split
// by invisible characters or thousands separators (9,999), digits inside quotes (「“9999”件」), Chinese numerals of any
// length (三千二百, 一万零五百, 二〇一九). N-GROUNDING reads numbers only through this module, so a figure cannot hide
// from the check by its spelling.

/** Text with quotes and invisible characters removed, digits folded to ASCII; `pos[i]` is the offset in the input. */
export interface Normalised {
  text: string;
  pos: number[];
}

/** Zero-width and formatting characters: deleted. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/;
/** Quote marks: deleted, so 「“9999”件」 reads as 9999件 (a slogan in quotes is still a slogan: see grounding.ts). */
const QUOTES = /["'“”‘’「」『』〝〞〟＂＇]/;
/** Enclosed numbers (①, ⑴, ⒈, ❶, ㈠…) are list markers, not figures: left as they are. */
const ENCLOSED = (cp: number) => (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x3200 && cp <= 0x32ff);

/** One character → its ASCII digit (or % or .) when it is one in disguise, else itself. */
function foldChar(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch;
  const cp = ch.codePointAt(0)!;
  if (ENCLOSED(cp)) return ch;
  if (ch === '％') return '%';
  if (ch === '．') return '.';
  const k = ch.normalize('NFKC');
  if (/^[0-9]$/.test(k)) return k;
  // Digits of other scripts (٣, ३, ๓…) are digits too.
  if (/^\p{Nd}$/u.test(ch)) {
    const zero = findZero(cp);
    if (zero >= 0) return String(cp - zero);
  }
  return ch;
}

/** The code point of 0 in the decimal-digit block of `cp` (blocks are runs of ten). */
function findZero(cp: number): number {
  for (let z = cp; z > cp - 10; z--) {
    const prev = String.fromCodePoint(z - 1);
    if (!/^\p{Nd}$/u.test(prev)) return z;
  }
  return -1;
}

/** Fold digits, delete quotes and invisible characters, drop thousands separators (9,999 / 9，999 → 9999). */
export function normaliseNumbers(input: string): Normalised {
  const chars: string[] = [];
  const pos: number[] = [];
  let i = 0;
  for (const ch of input) {
    const at = i;
    i += ch.length;
    if (INVISIBLE.test(ch) || QUOTES.test(ch)) continue;
    const f = foldChar(ch);
    for (const c of f) {
      chars.push(c);
      pos.push(at);
    }
  }
  // Thousands separators: a comma between a digit and exactly three digits (repeated: 1,234,567).
  const outChars: string[] = [];
  const outPos: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    if ((c === ',' || c === '，' || c === '\u2009' || c === '\u202f') && /\d/.test(chars[k - 1] ?? '') && /^\d{3}(?!\d)/.test(chars.slice(k + 1, k + 5).join(''))) continue;
    outChars.push(c);
    outPos.push(pos[k]);
  }
  outPos.push(input.length);
  return { text: outChars.join(''), pos: outPos };
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Chinese numerals of any length (lower and financial forms). */
export const CN_RUN = /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+/g;
const FINANCIAL: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };

/** 「三千二百」→3200, 「一万零五百」→10500, 「二〇一九」→2019, 「十二」→12, 「壹佰」→100. NaN when not a numeral. */
export function chineseValue(raw: string): number {
  const s = [...raw].map((c) => FINANCIAL[c] ?? c).join('');
  if (!s) return NaN;
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s)) return Number([...s].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let group = 0; // below 万
  let section = 0; // below 亿
  let digit = -1;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c];
    else if (c in SMALL) {
      group += (digit < 0 ? 1 : digit) * SMALL[c];
      digit = -1;
    } else if (c === '万') {
      section += (group + Math.max(digit, 0)) * 1e4;
      group = 0;
      digit = -1;
    } else if (c === '亿') {
      total += (section + group + Math.max(digit, 0)) * 1e8;
      section = 0;
      group = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + group + Math.max(digit, 0);
}

/** A run that reads as a number on its own: it has a place-value character, a zero, or is a 4-digit year form. */
export function isNumeralRun(run: string): boolean {
  const s = [...run].map((c) => FINANCIAL[c] ?? c).join('');
  if (/[十百千万亿零〇]/.test(s)) return !/^[万亿千百]+$/.test(s); // 「千万」 alone is an adverb (千万不要), 「万」 alone too
  return false;
}

/** The multiplier written right after a figure: 「1.2万」 → 10000. */
export function scaleAfter(text: string, end: number): number {
  const c = text[end];
  return c && c in BIG ? BIG[c] : 1;
}
