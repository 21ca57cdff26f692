// Numbers as a clerk types them: 「149」「１４９」「十二」「两」「一百零五」「一千二百三十四」「二〇二三」「3.5」.
// Chinese numerals are read in canonical and common spoken forms (「一百五」 150, 「两万三」 23,000); anything else is
// not a number (no guessing).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Full-width digits and separators to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A section below 万: 「一千二百三十四」「十二」「一百零五」「两千零三」. Returns null when malformed. */
function parseBelowWan(s: string): number | null {
  if (s === '') return null;
  // Digit-by-digit form (「二〇二三」): only when no unit character occurs and length ≥ 2.
  if (s.length >= 3 && [...s].every((c) => c in DIGITS)) {
    if ([...s].some((c) => c === '两')) return null;
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let pending: number | null = null; // digit waiting for its unit
  let lastUnit = 10_000;
  let sawZero = false;
  for (const c of s) {
    if (c in DIGITS) {
      if (pending !== null) return null; // two digits in a row (「一二」) is not canonical
      const d = DIGITS[c];
      if (d === 0) {
        sawZero = true;
        continue;
      }
      pending = d;
    } else if (c in UNITS) {
      const u = UNITS[c];
      if (u >= lastUnit) return null; // units must decrease: 「十百」 is malformed
      // 「十二」: a leading 十 means 一十; elsewhere a unit needs its digit (「一百十」 is tolerated as 一百一十).
      const d = pending ?? (total === 0 || u === 10 ? 1 : null);
      if (d === null) return null;
      total += d * u;
      lastUnit = u;
      pending = null;
      sawZero = false;
    } else return null;
  }
  if (pending !== null) {
    // Spoken short forms: 「一百五」 is 150 and 「一千二」 1,200 (the digit takes the next unit down), never 105;
    // with a zero written (「一百零五」) the digit is units.
    total += lastUnit > 10 && lastUnit < 10_000 && !sawZero ? (pending * lastUnit) / 10 : pending;
  }
  return total;
}

/** Parse one Chinese numeral (up to 99,999,999). Null when the string is not a well-formed numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  if (s === '零' || s === '〇') return 0;
  const wan = s.indexOf('万');
  if (wan >= 0) {
    if (s.indexOf('万', wan + 1) >= 0) return null;
    const hi = parseBelowWan(s.slice(0, wan));
    if (hi === null) return null;
    const rest = s.slice(wan + 1);
    if (rest === '') return hi * 10_000;
    // 「一万五」 is spoken 15,000, never 10,005.
    if (/^[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]$/.test(rest)) return hi * 10_000 + DIGITS[rest] * 1000;
    const lo = parseBelowWan(rest.replace(/^[零〇]/, ''));
    if (lo === null) return null;
    return hi * 10_000 + lo;
  }
  // A lone 两 is fine (「两次」); a digit string containing 两 is not.
  return parseBelowWan(s);
}

/** Parse an Arabic or Chinese number as typed: 「149」「1,234」「3.5」「十二」. Null when not a number. */
export function parseNumber(s: string): number | null {
  const t = toHalfWidth(s.trim());
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}

/** Write a non-negative integer below 10,000 in canonical Chinese (used by tests and replies). */
export function toChineseNumeral(n: number): string {
  const d = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new Error(`out of range: ${n}`);
  if (n === 0) return '零';
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  let started = false;
  digits.forEach((x, i) => {
    if (x === 0) {
      if (started) zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += d[x] + units[i];
    started = true;
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 「收了23500块」→「不对 账上是32500」: a bare figure for a 万元 amount is in 元 when read so it is near the amount it
 * corrects (a fifth to five times). */
export const nearAsYuan = (old: unknown, yuan: number): boolean => typeof old === 'number' && old > 0 && yuan / 10000 / old >= 0.2 && yuan / 10000 / old <= 5;
