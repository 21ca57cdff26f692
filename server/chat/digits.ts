// 「尾数是3 不是8」「前面那个2应该是5」「千位上应该是5」「中间那个0是多打的」「后两位写反了」「后三位是420」: one digit
// (or a few) of a figure already held, corrected by its place. The new figure is computed from the held one; when the
// words fit more than one figure or more than one place (「1212 多打了一个1」: 212 or 122), the clerk is asked.
import { cellRef, factDef, type FormatId } from '../format/index.js';
import { parseNumber } from './numerals.js';
import { cueNames, kindOf } from './targets.js';
import { cuesFor } from './vocab.js';

/** A question; `wrong`: the one figure the clerk said is wrong, which is withdrawn while asked. */
export type DigitFix = { target: string; value: number | string; old: number | string } | { ask: string; targets: string[]; wrong?: string };

const DIGITS = '0123456789';
const CN = '零一二三四五六七八九';
const D = '[0-9零〇一二两三四五六七八九]';
const digitOf = (c: string): string => (/\d/.test(c) ? c : c === '〇' ? '0' : c === '两' ? '2' : String(CN.indexOf(c)));
const digitsOf = (s: string) => [...s].map(digitOf).join('');

/** A place in the figure: counted from the left, from the right, or after the decimal point. */
type Place = { from: 'left' | 'right' | 'decimal' | 'last'; k: number; width: number };
const PLACE_WORDS: [RegExp, (m: RegExpExecArray) => Place][] = [
  [/倒数第([1-9一二三四五六七八九])位/, (m) => ({ from: 'right', k: Number(digitOf(m[1])) - 1, width: 1 })],
  [/(?:后|最后|末尾|尾数)([2-6二三四五六两])位/, (m) => ({ from: 'right', k: 0, width: Number(digitOf(m[1])) })],
  [/(?:前|最前面?)([2-6二三四五六两])位/, (m) => ({ from: 'left', k: 0, width: Number(digitOf(m[1])) })],
  // (「尾号是301」: as many digits from the end as are said.)
  [/尾号/, () => ({ from: 'right', k: 0, width: 0 })],
  [/个位/, () => ({ from: 'right', k: 0, width: 1 })],
  // (「12.5万 尾数是8」: the last digit written, a decimal's too.)
  [/尾数|末位|最后(?:那|一)?位|末尾(?:那|一)?位|最末(?:那|一)?位/, () => ({ from: 'last', k: 0, width: 1 })],
  [/十位/, () => ({ from: 'right', k: 1, width: 1 })],
  [/百位/, () => ({ from: 'right', k: 2, width: 1 })],
  [/千位/, () => ({ from: 'right', k: 3, width: 1 })],
  [/万位/, () => ({ from: 'right', k: 4, width: 1 })],
  [/小数点后(?:面)?(?:那|一|第一)?位/, () => ({ from: 'decimal', k: 0, width: 1 })],
  [/首位|头一位|第一位|开头(?:那|的)?(?:一)?位|最前(?:面)?(?:那|一)?位/, () => ({ from: 'left', k: 0, width: 1 })],
  [/第([2-9二三四五六七八九])位/, (m) => ({ from: 'left', k: Number(digitOf(m[1])) - 1, width: 1 })],
];
const SAY = '(?:应该是|应为|应是|改成|改为|换成|其实是|是|为)';
/** A digit said ends its phrase (「最后一位是两口子…」「多写了一条」: 位 and 个 count people and lines there). */
const ENDS = '(?=\\s|$|[，,。；;！!？?]|不是|才对|吧|了|的)';
/** The same, or a unit (「那个3应该是5条」). */
const ENDS_UNIT = '(?=\\s|$|[，,。；;！!？?]|不是|才对|吧|了|的|[条件篇次项起份期场人])';

/** The held figure as digits: integer part, decimals. */
const split = (v: number) => {
  const [i, f = ''] = String(v).split('.');
  return { i, f };
};
const join = (i: string, f: string) => Number(f ? `${i}.${f}` : i);

/** Index into the integer part (or decimals) for a place, or -1 when the figure has no such place. */
function indexOf(v: number, p: Place): { part: 'i' | 'f'; at: number } | undefined {
  const { i, f } = split(v);
  if (p.from === 'decimal') return f.length > p.k ? { part: 'f', at: p.k } : undefined;
  if (p.from === 'last') return f ? { part: 'f', at: f.length - 1 } : i.length ? { part: 'i', at: i.length - 1 } : undefined;
  const at = p.from === 'left' ? p.k : i.length - p.k - p.width;
  return at >= 0 && at + p.width <= i.length ? { part: 'i', at } : undefined;
}

/** A number held that a correction of digits may change (a count or an amount; not a date, a phone, text). */
function isFigure(format: FormatId, id: string, v: unknown): v is number {
  if (typeof v !== 'number') return false;
  if (kindOf(id) === 'fact') return factDef(id.slice(5))?.type === 'number';
  if (kindOf(id) === 'fee') return id === 'fee.amountYuan' || id === 'fee.notices';
  return kindOf(id) === 'cell' && !cellRef(format, id)?.computed;
}

/** What the words change of a figure: the new figure(s) it could become (several: ask), or undefined when the words do not fit it. */
type Edit = (v: number) => number[] | undefined;

function replaceAt(p: Place, now: string, was?: string): Edit {
  return (v) => {
    const ix = indexOf(v, p);
    if (!ix || now.length !== p.width) return undefined;
    const { i, f } = split(v);
    const s = ix.part === 'i' ? i : f;
    if (was !== undefined && s.slice(ix.at, ix.at + p.width) !== was) return undefined;
    const t = s.slice(0, ix.at) + now + s.slice(ix.at + p.width);
    return [ix.part === 'i' ? join(t, f) : join(i, t)];
  };
}

/** The figures made by changing the integer part at each position (several positions: several figures, asked). */
const atEach = (i: string, f: string, at: number[], make: (k: number) => string): number[] | undefined =>
  at.length ? [...new Set(at.map((k) => join(make(k), f)))] : undefined;

/** Positions of a digit in the integer part, kept by where the words put it (前面/中间/后面). */
function positions(i: string, d: string, where: string): number[] {
  const all = [...i].flatMap((c, k) => (c === d ? [k] : []));
  if (/前|头|开头|第一个/.test(where)) return all.slice(0, 1);
  if (/后|尾|最后/.test(where)) return all.slice(-1);
  if (/中间/.test(where)) return all.filter((k) => k > 0 && k < i.length - 1);
  return all;
}

/** The edit the message asks for, and the figure it names (「16前头那个1」: 16), or undefined when it is no digit correction.
 * `checked`: the words say the digit it was (「不是8」), so a figure without it is not the one meant. */
function editOf(text: string): { edit: Edit; figure?: number; span: [number, number]; zeroAnywhere?: boolean; checked?: boolean } | undefined {
  // 「后两位写反了」: two digits swapped.
  const swap = /(前|后|最后|末尾)两位(?:数字|数)?(?:[写打弄记输填]|给)?(?:反|颠倒|倒)了/.exec(text);
  if (swap)
    return {
      span: [swap.index, swap.index + swap[0].length],
      edit: (v) => {
        const { i, f } = split(v);
        if (i.length < 2) return undefined;
        const t = /前/.test(swap[1]) ? i[1] + i[0] + i.slice(2) : i.slice(0, -2) + i.at(-1)! + i.at(-2)!;
        return [join(t, f)];
      },
    };
  // 「是54 看反了」: two neighbouring digits swapped, which two not said (the figure said, or a two-digit one, tells).
  const reversed = /(?:看|写|打|弄|记|填|输|读|念)(?:反|倒)了|颠倒了/.exec(text);
  if (reversed)
    return {
      span: [reversed.index, reversed.index + reversed[0].length],
      edit: (v) => {
        const { i, f } = split(v);
        const outs = new Set<number>();
        for (let k = 0; k + 1 < i.length; k++) if (i[k] !== i[k + 1]) outs.add(join(i.slice(0, k) + i[k + 1] + i[k] + i.slice(k + 2), f));
        return outs.size ? [...outs] : undefined;
      },
    };
  // 「中间那个0是多打的」「多打了一个1」「16前头那个1是手滑多按的」: a digit too many.
  const extra = new RegExp(`(\\d+)?([^，,。；\\s\\d]{0,4}?)(?:那个|这个|那|一个)?(${D})(?:是)?(?:手滑|手误|不小心)?多(?:打|写|输|敲|按|录|填)(?:了|出来)?(?:的)?|多(?:打|写|输|敲|按|录|填)了(?:一个|个|一位)?(${D})${ENDS}`).exec(text);
  if (extra) {
    const d = digitOf(extra[3] ?? extra[4]);
    const where = extra[2] ?? '';
    return {
      span: [extra.index, extra.index + extra[0].length],
      zeroAnywhere: d === '0' && !/前|头|开头|后|尾|最后|中间|第一个/.test(where),
      figure: extra[1] ? Number(extra[1]) : undefined,
      edit: (v) => {
        const { i, f } = split(v);
        return atEach(i, f, positions(i, d, where), (k) => i.slice(0, k) + i.slice(k + 1));
      },
    };
  }
  // 「5后面那位应该是9」: the digit after a digit named.
  const after = new RegExp(`(${D})(?:后面|后头|右边)(?:那|一)?位(?:数)?${SAY}\\s*(${D})${ENDS_UNIT}`).exec(text);
  if (after) {
    const [a, b] = [digitOf(after[1]), digitOf(after[2])];
    return {
      span: [after.index, after.index + after[0].length],
      edit: (v) => {
        const { i, f } = split(v);
        return atEach(i, f, positions(i, a, '').filter((k) => k + 1 < i.length), (k) => i.slice(0, k + 1) + b + i.slice(k + 2));
      },
    };
  }
  // 「前面那个2应该是5」: one digit by its value (and where it is).
  const byValue = new RegExp(`(前面|前头|开头|后面|最后|中间|第一个|头一个|最后一个)?(?:那个|这个|的那个|那位)\\s*(${D})\\s*${SAY}\\s*(${D})${ENDS_UNIT}`).exec(text);
  if (byValue) {
    const [a, b] = [digitOf(byValue[2]), digitOf(byValue[3])];
    return {
      span: [byValue.index, byValue.index + byValue[0].length],
      edit: (v) => {
        const { i, f } = split(v);
        return atEach(i, f, positions(i, a, byValue[1] ?? ''), (k) => i.slice(0, k) + b + i.slice(k + 1));
      },
    };
  }
  // 「尾数是3 不是8」「十位上不是二 是三」「千位上应该是5」「后三位是420」: digits at a place.
  for (const [re, place] of PLACE_WORDS) {
    const m = re.exec(text);
    if (!m) continue;
    const p = place(m as RegExpExecArray);
    const rest = text.slice(m.index + m[0].length);
    const said = new RegExp(`^(?:上|的)?(?:数字|数)?(?:[写打记填输弄]?错了|不对)?[，,\\s]*(?:不是\\s*(${D}+)[，,\\s]*(?:而)?)?${SAY}?\\s*(${D}+)${ENDS_UNIT}(?:[，,\\s]*不是\\s*(${D}+))?`).exec(rest);
    if (!said) return undefined;
    const now = digitsOf(said[2]);
    const was = said[1] ?? said[3];
    if (!p.width) p.width = now.length;
    if (now.length !== p.width) return undefined;
    return { checked: was !== undefined, span: [m.index, m.index + m[0].length + said[0].length], edit: replaceAt(p, now, was === undefined ? undefined : digitsOf(was)) };
  }
  return undefined;
}

/** The held figures the words name (a cue of the place, or the figure itself said), else the ones just given. */
function candidates(format: FormatId, text: string, before: Record<string, unknown>, lastSet: string[], figure?: number): string[] {
  const held = Object.keys(before).filter((id) => isFigure(format, id, before[id]));
  const cues = cuesFor(format).filter((c) => !c.weak && text.includes(c.text));
  // (「个人新收那个数」: the place named by the most kinds of words — a row and a column — over one named by either.)
  const score = (id: string) => new Set(cues.filter((c) => cueNames(c.target, id)).map((c) => c.target.t)).size;
  const best = Math.max(0, ...held.map(score));
  let named = best ? held.filter((id) => score(id) === best) : [];
  // (「企业那个数尾数应该是3」 with 企业 not filled: that one is meant, no other; a phone or a date just given may be
  // meant as well as a figure — asked.)
  if (!named.length && !cues.length && !lastSet.some((id) => /^meta\./.test(id))) named = lastSet.filter((id) => held.includes(id));
  if (figure !== undefined && named.some((id) => before[id] === figure)) named = named.filter((id) => before[id] === figure);
  return named;
}

const fitsOf = (edit: Edit, ids: string[], before: Record<string, unknown>) =>
  ids.map((id) => ({ id, old: before[id] as number, out: edit(before[id] as number) })).filter((x) => x.out?.length);

/** A correction of digits of a held figure: the change, a question, or undefined when the message is none. */
export function digitCorrection(format: FormatId, text: string, before: Record<string, unknown>, lastSet: string[], given: string[] = lastSet): DigitFix | undefined {
  const segment = /电话|号码|尾号|座机|手机|分机/.test(text) ? phoneSegment(text, before) : undefined;
  if (segment) return segment;
  if (!/位|尾数|尾号|区号|多(?:打|写|输|敲|按|录|填)|[看写打弄记填输读念](?:反|倒)了|颠倒/.test(text) && !new RegExp(`(?:那个|这个|那位)\\s*${D}\\s*${SAY}\\s*${D}(?![\\d十百千万])`).test(text)) return undefined;
  // (The phone just given and nothing else: 「最后两位反了 是51」 is of it.)
  const phoneOnly = lastSet.includes('meta.contact.phone') && !lastSet.some((id) => isFigure(format, id, before[id]));
  if ((/电话|号码|座机|手机/.test(text) || phoneOnly) && !/传真|邮编|日期|落款/.test(text)) return phoneDigits(text, before);
  if (/电话|号码|手机|座机|传真|邮编|日期|落款|号那个|月/.test(text)) return undefined; // phones and dates have their own path
  // (「报告年度写错了 最后一位应该是5」: a year named and no figure — asked, never a figure's digit nor the digit as a figure.)
  const figureNamed = cuesFor(format).some((c) => !c.weak && text.includes(c.text));
  if (/年度|年份|时间|日子/.test(text) && !figureNamed) return editOf(text) ? { ask: '这一位说的是哪个数？请把正确的数连同名称说一遍，如「网站发布信息245条」。', targets: [] } : undefined;
  const e = editOf(text);
  if (!e) return undefined;
  // (「多打了个2 是8件」「多写了个零 是六十」: the whole new figure said — the correction path takes it; so does a
  // zero too many with no place, a tenth of the figure: 「多敲了个零」.)
  // (Unless the figure said is what the digits make: 「多写了一个5 是75」 of 755.)
  const rest = (text.slice(0, e.span[0]) + ' ' + text.slice(e.span[1])).replace(/一下|一个|一位|一样|一遍/g, ' ');
  const said = /\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]{2,}|(?<=[是为成]\s*)[零〇一二两三四五六七八九十]/.exec(rest);
  if (said) {
    const n = parseNumber(said[0]);
    const agree = n === null ? [] : fitsOf(e.edit, candidates(format, text, before, lastSet, e.figure), before).filter((x) => x.out!.includes(n));
    return agree.length === 1 ? { target: agree[0].id, value: n!, old: agree[0].old } : undefined;
  }
  if (e.zeroAnywhere) return undefined;
  // (「尾数应该是5，另外信息处理费没收」: more is said than the digit — the whole message goes the general way.)
  // (Asked, never the digit stored as the figure.)
  if (/另外|还有|以及|并且|同时|另/.test(rest) || rest.replace(/[\s，,。；;！!]/g, '').length > 16) return { ask: '这句话里既改了一位数字又说了别的，请分开说：先说正确的数（连同名称），再说其他。', targets: [] };
  const fitting = (ids: string[]) => fitsOf(e.edit, ids, before);
  let fits = fitting(candidates(format, text, before, lastSet, e.figure));
  // (「总数尾数不是7 是2」 with 总数 no word of its own: the one figure given in the chat that has a 7 there.)
  const cueSaid = cuesFor(format).some((c) => !c.weak && text.includes(c.text));
  if (!fits.length && e.checked && !cueSaid) fits = fitting(given.filter((id) => isFigure(format, id, before[id])));
  if (!fits.length && e.checked && !cueSaid) fits = fitting(Object.keys(before).filter((id) => isFigure(format, id, before[id])));
  const ask = (why: string, targets: string[]): DigitFix => ({ ask: why, targets });
  if (!fits.length) return ask('这句话说的是哪个数的哪一位？没有找到对得上的数，没有修改。请连同名称说出正确的数，如「网站发布信息243条」。', []);
  if (fits.length > 1) return ask(`「${text.trim().slice(0, 20)}」说的是哪一个数？请连同名称说出正确的数。`, fits.map((x) => x.id));
  const [{ id, old, out }] = fits;
  if (out!.length > 1) return { ask: `${old}改一位后可能是${out!.join('或')}，是哪一个？请直接说正确的数。`, targets: [id], wrong: id };
  const value = out![0];
  // (Counts stay whole numbers; an amount in 万元 may have decimals.)
  if (!Number.isFinite(value) || value < 0 || value === old) return ask('这个改法对不上原来的数，没有修改。请直接说正确的数。', [id]);
  return { target: id, value, old };
}

/** 「电话最后两位是70 不是07」「倒数第二位是4不是3」「最后两位反了 是51」: digits of the phone number held, by their place
 * (the number's digits read as one figure; a leading 1 keeps its zeros). */
function phoneDigits(text: string, before: Record<string, unknown>): DigitFix | undefined {
  const phone = before['meta.contact.phone'];
  if (typeof phone !== 'string') return undefined;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 14) return undefined;
  // 「电话区号打错了 是0912」: the area code before the number.
  const area = /区号[^。；\n]{0,8}?(?:是|应该是|应为|改成|改为|换成)\s*(0\d{2,3})(?!\d)/.exec(text);
  if (area) return /^\s*[（(]?0\d{2,3}[）)]?\s*[-—－]?\s*\d{7,8}/.test(phone) ? { target: 'meta.contact.phone', value: phone.replace(/0\d{2,3}/, area[1]), old: phone } : undefined;
  const e = editOf(text);
  if (!e) return undefined;
  const rest = text.slice(e.span[1]);
  const said = /^\D{0,6}?(\d{2,})/.exec(rest)?.[1];
  const outs = (e.edit(Number(`1${digits}`)) ?? []).map((n) => String(n).slice(1)).filter((d) => d.length === digits.length && (!said || d.endsWith(said)));
  if (new Set(outs).size !== 1) return outs.length ? { ask: '电话号码改哪一位？请把完整的号码再说一遍。', targets: ['meta.contact.phone'] } : undefined;
  let k = 0;
  const value = phone.replace(/\d/g, () => outs[0][k++]);
  return value === phone ? undefined : { target: 'meta.contact.phone', value, old: phone };
}

/** 「电话里6523那段应该是6528」「尾号77改成07」: a run of the held phone's digits said with its replacement (the run must
 * be there once, the new one as long); 「后面加个分机 转206」: an extension appended. */
function phoneSegment(text: string, before: Record<string, unknown>): DigitFix | undefined {
  const phone = before['meta.contact.phone'];
  if (typeof phone !== 'string') return undefined;
  // (「换了新电话，0871-65238888」: a whole number given is the phone path's.)
  if (/\d{7,}|\d{3,4}\s*[-—－]\s*\d{7,8}/.test(text)) return undefined;
  const ext = /(?:加|添|补|带|后面|再)[^。；\d]{0,6}分机[^。；\d]{0,4}?(?:转|号)?\s*(\d{2,6})(?!\d)|分机(?:号)?(?:是|为|：|:)\s*(\d{2,6})(?!\d)/.exec(text);
  if (ext) {
    // (An extension already there — 「…1234转206」「…1234-206」 — is replaced.)
    const value = `${phone.replace(/(\d{7,8})\s*(?:转|[-—－])\s*\d{1,6}$/, '$1')}转${ext[1] ?? ext[2]}`;
    return value === phone ? undefined : { target: 'meta.contact.phone', value, old: phone };
  }
  // The run must be said to be the phone's: a phone word just before it (「电话里6523那段」「尾号77」).
  const said = /(?:电话|号码|尾号|座机|手机)(?:号)?(?:里|里面|的|中|上|中间|后面|前面)?(?:那个|的)?\s*(\d{2,})\s*(?:那段|那几位|那部分|那一段|这段|那几个数)?\s*(?:应该是|应为|应是|改成|改为|换成|改|是错的[，,\s]*(?:应该)?是)\s*(\d{2,})(?!\d)/.exec(text) ??
    /(?:电话|号码|尾号|座机|手机)(?:号)?(?:里|的|中)?[^\d，。；]{0,4}不是\s*(\d{2,})\s*(?:而)?是\s*(\d{2,})(?!\d)/.exec(text);
  if (!said || said[1].length !== said[2].length) return undefined;
  const [, was, now] = said;
  // (「尾号12改成21」 when the number does not end in 12: asked, never the middle.)
  if (/尾号|最后|末尾/.test(text) && !phone.endsWith(was)) return { ask: `电话号码的尾号不是「${was}」，改哪里？请把完整的号码再说一遍。`, targets: ['meta.contact.phone'] };
  const at = /尾号|最后|末尾/.test(text) ? [phone.length - was.length] : [...phone.matchAll(new RegExp(was, 'g'))].map((m) => m.index!);
  // (A run the phone does not hold is some other figure's correction: 「网站120改成125」.)
  if (!at.length) return undefined;
  if (at.length > 1) return { ask: `电话号码里有不止一处「${was}」，改哪里？请把完整的号码再说一遍。`, targets: ['meta.contact.phone'] };
  const value = phone.slice(0, at[0]) + now + phone.slice(at[0] + was.length);
  return value === phone ? undefined : { target: 'meta.contact.phone', value, old: phone };
}
