// Text normalisation for the parser: clean input once, and a "key" form for matching labels whatever the
// punctuation (ASCII `,():;` or full width), spacing or numbering style a report used.

/** Characters that are never text: C0 controls except tab/newline, DEL, zero-width marks, BOM. */
const JUNK_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff\ufffe]/g;

/** Markdown markup that is never report text: heading markers and table separator rows (`| --- | --- |`). */
const MD_HEADING = /^#{1,6}[ \t]+/gm;
const MD_TABLE_RULE = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*\n/gm;

/** CRLF/CR → LF, junk controls and Markdown markup removed. The result is what `source.text` keeps. */
export function cleanInput(text: string): string {
  const t = unflatten((text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).replace(JUNK_CHARS, ''));
  return t.includes('---') || t.includes('#') ? t.replace(MD_TABLE_RULE, '').replace(MD_HEADING, '') : t;
}

/** Pinyin a mirror site glued after characters (「张店区(qū)人民政府」「生态(tài)环(huán)境局」): always tone-marked. */
const PINYIN_RUBY = /(?<=[\u4e00-\u9fff])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]/g;

/** The text without the pinyin a mirror site inserted, and the first few places as written (with a word around).
 * (A mirror glues it after many characters; one note alone, 「埭(dài)头村」, is the author's own and stays.) */
export function withoutPinyin(text: string): { text: string; removed: number; places: string[] } {
  if ((text.match(PINYIN_RUBY) ?? []).length < 2) return { text, removed: 0, places: [] };
  const places: string[] = [];
  let removed = 0;
  const out = text.replace(PINYIN_RUBY, (m: string, at: number) => {
    removed++;
    const place = text.slice(Math.max(0, at - 3), at + m.length + 2).replace(/^[^\n]*\n/, '').replace(/\n[^\n]*$/, '').trim();
    if (places.length < 4 && !places.includes(place)) places.push(place);
    return '';
  });
  return { text: out, removed, places };
}

/** Where a page flattened onto one line had its line breaks: before a numbered heading set off by blanks. */
// (At a line's start too: 「日期…\n一、总体情况 2019年,…」, the flattened line opening on the first heading, bd013.)
const FLAT_BREAK = /(?:^|[ \t\u3000]+)((?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[^\s]{2,40})[ \t\u3000]+/gm;

/** A web page saved as one long line (「…报告如下: 一、总体情况 (一)主动公开…」): its headings go back on lines of
 * their own, so sections are read. A text that already has lines is left as it is. */
function unflatten(t: string): string {
  if (t.length < 300) return t;
  let longest = 0;
  let breaks = 0;
  for (const line of t.split('\n', 50)) {
    longest = Math.max(longest, line.length);
    if (line.trim()) breaks++;
  }
  if (breaks > 8 || longest < 300) return t;
  return t.replace(FLAT_BREAK, '\n$1\n');
}

/** Full-width digits/letters → ASCII. */
export function halfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Web/word-processor junk that can sit in front of a heading (「[bookmark: _GoBack]四、…」). */
export const ARTIFACT_PREFIX = /^(?:\s*\[bookmark:[^\]]*\])+/;

/**
 * Matching key of a label: full-width → ASCII, lower case, punctuation/space/brackets/quotes removed.
 * 「（二）部分公开（区分处理的，只计这一情形…）」 and 「(二)部分公开(区分处理的,只计这一情形…)」 share a key.
 * (One loop over char codes: this runs on every cell of every report.)
 */
export function keyOf(s: string): string {
  let out = '';
  let start = 0; // copy unchanged runs in one slice
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    // Kept as is (the common case: CJK, lower-case ASCII, digits, 〇).
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x3007) continue;
    let keep = true;
    let repl = -1;
    if (c >= 0xff10 && c <= 0xff5a) {
      c -= 0xfee0;
      repl = c;
    }
    if (c >= 65 && c <= 90) repl = c + 32;
    else if (!((c >= 0x3400 && c <= 0x9fff) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x3007)) keep = false;
    if (keep && repl < 0) continue;
    if (!changed) changed = true;
    out += s.slice(start, i);
    if (keep) out += String.fromCharCode(repl);
    start = i + 1;
  }
  return changed ? out + s.slice(start) : s;
}

/** Key without a leading list number (「1.属于国家秘密」 → 「属于国家秘密」, 「（三）不予公开」 → 「不予公开」). */
export function unnumberedKey(s: string): string {
  return keyOf(s.replace(/^\s*[（(]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）、.．,，]?\s*/, ''));
}

/** Levenshtein distance with an early exit once it exceeds `max` (labels are short: O(n·m) is fine). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Edits tolerated between a written label and the official one: none for short labels, ~1 per 8 characters. */
export const tolerance = (len: number) => (len < 8 ? 0 : Math.floor(len / 8));

/** Character bigrams of a key (for a cheap similarity before an edit distance). */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient of two bigram sets. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 「十九」→19, 「二十六」→26, 「三」→3; null when not a small Chinese numeral. */
export function cnNumber(s: string): number | null {
  if (!s) return null;
  // One character (a heading's numeral): no pattern needed.
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c >= 48 && c <= 57) return c - 48;
    if (s === '十') return 10;
    return CN_DIGIT[s] ?? null;
  }
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九两]?)十([一二三四五六七八九]?)$/.exec(s);
  if (m) return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[2] ? CN_DIGIT[m[2]] : 0);
  if (s.length === 1 && s in CN_DIGIT) return CN_DIGIT[s];
  return null;
}

/** 「二〇二四」→2024 (digit by digit, as years are written). */
export function cnYear(s: string): number | null {
  if (!/^[〇零一二三四五六七八九]{4}$/.test(s)) return null;
  return Number([...s].map((c) => CN_DIGIT[c]).join(''));
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);

/** Trim ASCII and full-width spaces, NBSP (a loop: `/\s+$/` is quadratic on long runs of spaces). */
export function trimAll(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
