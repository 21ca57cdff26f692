// N-GROUNDING: every number in generated prose must come from the user's facts or tables.
// Numbers are read through numbers-normalise.ts (full-width, invisible characters, quotes, thousands separators,
// Chinese numerals of any length), so spelling cannot hide a figure.
// Not facts (masked, each kept narrow so it cannot be used as a hiding place): dates (valid months and days),
// times, ordinals (一是, （三）≤ 20, 第N ≤ 100 but never 第N号), legal and document citations (第二十条,
// 〔2022〕8号, 国务院令第711号, a year inside 《…》), a phone number after 电话/热线… or the agency's own, the
// national service hotlines (12345…), statutory 工作日 (≤ 60), slogans (「两个维护」「一网通办」), the six parts.
// Years: the report year and the next are free; any other year (2019年以来) is a fact and must be grounded.
import type { Cell, Fact } from '../report/schema.js';
import { emit, SECTION_NAME, type Ctx } from './context.js';
import { chineseValue, CN_RUN, isNumeralRun, normaliseNumbers, scaleAfter } from './numbers-normalise.js';
import { sentenceAt } from './text.js';

export interface GroundingSources {
  facts: Fact[];
  tables: Record<string, Cell>;
  meta: { year?: number | null; contact?: { phone?: string } };
}

const CN = '[零〇一二两三四五六七八九十百千万]+';
const blank = (m: string) => ' '.repeat(m.length);
const small = (raw: string, max: number) => {
  const v = /^\d+$/.test(raw) ? Number(raw) : chineseValue(raw);
  return Number.isFinite(v) && v <= max;
};

/** National service hotlines: numbers, but not figures. */
const HOTLINES = '12345|12315|12348|12320|12366|12333|12388|12319|12369|12358|12365|12310|12350|12351|12328|12361|12380|12339|12306|12329|12123|12331|12356|12355|12338';

/** Masks over the normalised text: [pattern, replacer]. Same length out, so offsets stay valid. */
const MASKS: [RegExp, (m: string, ...g: string[]) => string][] = [
  [/https?:\/\/\S+|[\w.-]+@[\w.-]+\.\w+/g, blank],
  // Document numbers: 国办函〔2020〕109号, [2021]30号, 国务院令第711号.
  [/[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*第?\s*\d{1,4}\s*号/g, blank],
  [/令\s*第\s*\d{1,4}\s*号/g, blank],
  // A citation's title may carry a year (《2023年政务公开工作要点》); only the year is masked, other digits stay.
  [/《[^》\n]{0,80}》/g, (m) => m.replace(/(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?/g, blank)],
  // Slogans and set phrases with numerals.
  [
    /三会一课|一网通办|一网统管|一件事|一次办|一窗|一站式|一张网|一门式|两学一做|三严三实|五位一体|最多跑一次|两个维护|两个确立|四个意识|四个自信|四个全面|党的[一二三四五六七八九十]+大|[一二三四五六七八九十]+届[一二三四五六七八九]中全会|(?:十[一二三四五六七八九]|二十)大|十[三四五]五|三农|五险一金|两会|三安全一稳定|放管服|一把手|一线|一体化|一批|一些|一定|一直|一致|一般|一起|一步|一方面|一年来|一年|统一|唯一|之一|同一|逐一|万一|第一|[六6]\s*个?部分/g,
    blank,
  ],
  // Ordinals: 第二十条, 第（一）项, 第3次 — small only, and never 第N号 (a document or serial number is a fact).
  [new RegExp(`第\\s*[（(]?\\s*(\\d+|${CN})\\s*[）)]?(?!\\s*\\d)(?!\\s*号)`, 'g'), (m, n) => (small(n, 100) ? blank(m) : m)],
  [new RegExp(`[（(]\\s*(\\d+|[一二三四五六七八九十]+)\\s*[）)]`, 'g'), (m, n) => (small(n, 20) ? blank(m) : m)],
  [/[一二三四五六七八九十]+是/g, blank],
  [new RegExp(`(^|\\n)(\\s*)(\\d+|${CN})(\\s*[、.．])(?!\\d)`, 'g'), (m, a, b, n, c) => (small(n, 20) ? `${a}${b}${blank(n)}${blank(c)}` : m)],
  // Dates and times: valid months and days only (the year before them is read as a year below).
  [/(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g, (m, mo, d) => (Number(mo) >= 1 && Number(mo) <= 12 && (!d || (Number(d) >= 1 && Number(d) <= 31)) ? blank(m) : m)],
  [/(\d{1,2})\s*[日号](?=[，,。；\s起至到前])/g, (m, d) => (Number(d) >= 1 && Number(d) <= 31 ? blank(m) : m)],
  [/(?<=\d{4}\s*)[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g, (m, mo, d) => (Number(mo) <= 12 && Number(d) <= 31 ? blank(m) : m)],
  [/[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?/g, blank],
  [/([01]?\d|2[0-3])\s*[:：]\s*[0-5]\d/g, blank],
  // Phone numbers only where the text says they are one.
  [/((?:电话|热线|手机|传真|联系方式|号码|拨打|致电)[：:\s]*(?:为|是)?[：:\s]*)(\d{3,4}\s*[-－]\s*\d{7,8}|1[3-9]\d{9}|\d{7,8})(?!\d)/g, (m, a, n) => `${a}${blank(n)}`],
  [new RegExp(`(?<!\\d)(?:${HOTLINES})(?!\\d)(?=\\s*(?:政务|服务|便民|热线|平台|投诉|举报|电话|等|、|，|。))`, 'g'), blank],
  [new RegExp(`(?<=(?:拨打|热线|服务热线)\\s*)(?:${HOTLINES})(?!\\d)`, 'g'), blank],
  [/7\s*[×x*]\s*24|24\s*小时/g, blank],
  // Statutory time limits (20个工作日, 十五个工作日): plausible ones only.
  [new RegExp(`(\\d+|${CN})(\\s*个?工作日)`, 'g'), (m, n) => (small(n, 60) ? blank(m) : m)],
];

function maskText(s: string, phone?: string): string {
  let out = s;
  if (phone) {
    const p = normaliseNumbers(phone).text.replace(/[^\d-－]/g, '');
    if (p.length >= 7) out = out.split(p).join(blank(p));
  }
  for (const [re, f] of MASKS) {
    re.lastIndex = 0;
    out = out.replace(re, f as (m: string, ...g: string[]) => string);
  }
  return out;
}

const ARABIC = /\d+(?:\.\d+)?\s*%?/g;
const COUNT_UNIT = /^\s*(?:余|多)?\s*(件|条|次|个|篇|人次|人|名|项|期|场|起|家|份|类|处|所|户|位|本|套|台|部|栏|万|余|多|号|元|天|批|种|家|期|轮|届)/;
const ONE_OK = /^(件|条|篇|名|人次|场|期|份|号|元)$/;
const YEAR_AFTER = /^\s*(?:年|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})/;

export interface NumberSeen {
  value: number;
  /** As written (for messages). */
  text: string;
  /** Offset in the original prose. */
  at: number;
  kind: 'year' | 'pct' | 'number';
  /** Value times a 万/亿 written after it. */
  scaled: number;
}

/** Every figure in `prose` that the masks leave: Arabic (any script) and Chinese numerals, years marked. */
export function figuresIn(prose: string, phone?: string): NumberSeen[] {
  const n = normaliseNumbers(prose);
  const masked = maskText(n.text, phone);
  const orig = (i: number) => n.pos[i] ?? prose.length;
  /** The original text of normalised [a, b): from the first character to the end of the last (quotes after it left out). */
  const written = (a: number, b: number) => {
    const last = orig(b - 1);
    const cp = prose.codePointAt(last) ?? 0;
    return prose.slice(orig(a), last + (cp > 0xffff ? 2 : 1)).trim();
  };
  const out: NumberSeen[] = [];
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(masked); m; m = ARABIC.exec(masked)) {
    const raw = m[0].trim();
    const pct = raw.endsWith('%');
    const value = Number(raw.replace(/[%\s]/g, ''));
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const isYear = !pct && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2199 && YEAR_AFTER.test(n.text.slice(end, end + 12));
    const text = written(m.index, m.index + m[0].trimEnd().length) || raw;
    out.push({ value, text, at: orig(m.index), kind: isYear ? 'year' : pct ? 'pct' : 'number', scaled: value * scaleAfter(masked, end) });
  }
  CN_RUN.lastIndex = 0;
  for (let m = CN_RUN.exec(masked); m; m = CN_RUN.exec(masked)) {
    const run = m[0];
    const end = m.index + run.length;
    const after = masked.slice(end, end + 6);
    const text = written(m.index, end) || run;
    if (/^[零〇一二三四五六七八九]{4}$/.test(run) && /^\s*年/.test(after)) {
      out.push({ value: chineseValue(run), text, at: orig(m.index), kind: 'year', scaled: chineseValue(run) });
      continue;
    }
    let value = NaN;
    if (isNumeralRun(run)) value = chineseValue(run);
    else if ([...run].length === 1) {
      // A single numeral counts only before a unit (「三件」), and 一 only before units it is never idiomatic with.
      const unit = COUNT_UNIT.exec(after);
      const before = masked[m.index - 1] ?? '';
      if (!unit || /[第每进统唯之同逐单]/.test(before)) continue;
      if (run === '一' && !ONE_OK.test(unit[1])) continue;
      if (/[万亿千百]/.test(run)) continue;
      value = chineseValue(run);
    }
    if (!Number.isFinite(value)) continue;
    out.push({ value, text, at: orig(m.index), kind: 'number', scaled: value });
  }
  return out;
}

/** Every number a source gives (numbers inside string facts and labels included, years too: nothing masked). */
function sourceNumbers(src: GroundingSources): { all: Set<number>; facts: Set<number> } {
  const facts = new Set<number>();
  const addText = (t: string) => {
    const n = normaliseNumbers(t).text;
    for (const x of n.matchAll(/\d+(?:\.\d+)?/g)) {
      const v = Number(x[0]);
      facts.add(v);
      const s = scaleAfter(n, x.index! + x[0].length);
      if (s !== 1) facts.add(v * s);
    }
    for (const x of n.matchAll(CN_RUN)) {
      const v = chineseValue(x[0]);
      if (Number.isFinite(v)) facts.add(v);
    }
  };
  for (const f of src.facts) {
    addText(f.label ?? '');
    if (typeof f.value === 'number') facts.add(f.value);
    else if (typeof f.value === 'string') addText(f.value);
    else for (const v of f.value) addText(v);
  }
  const all = new Set(facts);
  for (const c of Object.values(src.tables)) if (c && typeof c.value === 'number') all.add(c.value);
  return { all, facts };
}

const has = (set: Set<number>, v: number) => set.has(v) || [...set].some((x) => Math.abs(x - v) < 1e-9);

/** Numbers in prose that appear in none of the facts or table cells. */
export function ungroundedNumbers(prose: string, sources: GroundingSources): { value: string; quote: string }[] {
  return ungrounded(prose, sourceNumbers(sources), sources.meta.year ?? null, sources.meta.contact?.phone);
}

function ungrounded(prose: string, { all, facts }: ReturnType<typeof sourceNumbers>, year: number | null, phone?: string): { value: string; quote: string }[] {
  const out: { value: string; quote: string }[] = [];
  const seen = new Set<string>();
  for (const x of figuresIn(prose, phone)) {
    if (x.kind === 'year') {
      if (year !== null && (x.value === year || x.value === year + 1)) continue;
      if (has(facts, x.value)) continue;
    } else if (x.kind === 'pct') {
      if (has(facts, x.value)) continue;
    } else {
      if (year !== null && (x.value === year || x.value === year + 1)) continue;
      if (has(all, x.value) || (x.scaled !== x.value && has(all, x.scaled))) continue;
    }
    const quote = sentenceAt(prose, x.at);
    const key = `${x.text}|${quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value: x.text, quote });
  }
  return out;
}

export function checkGrounding(ctx: Ctx, generated: { sections: number[]; sources: GroundingSources }): void {
  // The sources are the same for every section: their numbers are read once.
  const known = sourceNumbers(generated.sources);
  const year = generated.sources.meta.year ?? null;
  const phone = generated.sources.meta.contact?.phone;
  for (const no of generated.sections) {
    const s = ctx.report.sections.find((x) => x.no === no);
    if (!s) continue;
    const text = [s.text, ...(s.subsections ?? []).flatMap((x) => [x.heading, x.text])].join('\n');
    for (const u of ungrounded(text, known, year, phone)) {
      emit(ctx, 'N-GROUNDING', {
        message: `${SECTION_NAME[no]}生成的文字中有数字「${u.value}」，在填报的事实和表格中均找不到来源，请核实或删除`,
        where: { section: no },
        expected: '来自事实或表格的数字',
        actual: u.value,
        evidence: { quote: u.quote },
      });
    }
  }
}
