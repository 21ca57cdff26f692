// N-GROUNDING: every number in generated prose must come from the user's facts or tables.
// Not facts: years, dates, ordinals (一是, （三）, 第一), legal citations (第二十条, 〔2022〕8号), phone
// numbers, statutory 工作日, slogans (「两个维护」「一网通办」), the report year and year+1.
import type { Cell, Fact } from '../report/schema.js';
import { emit, SECTION_NAME, type Ctx } from './context.js';
import { CN_NUM, sentenceAt, toNumber } from './text.js';

export interface GroundingSources {
  facts: Fact[];
  tables: Record<string, Cell>;
  meta: { year?: number | null; contact?: { phone?: string } };
}

const CN = CN_NUM;
/** Spans that contain digits but are not figures; masked (same length) before numbers are read. */
const NOT_FIGURES: RegExp[] = [
  /https?:\/\/\S+|[\w.-]+@[\w.-]+\.\w+/g,
  /《[^》]{0,80}》/g,
  /[“"「][^”"」\n]{0,16}[”"」]/g,
  /[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*号/g,
  new RegExp(`第\\s*[（(]?\\s*(?:\\d+|${CN})\\s*[）)]?`, 'g'),
  new RegExp(`[（(]\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*[）)]`, 'g'),
  /[一二三四五六七八九十]+是/g,
  new RegExp(`(?:^|\\n)\\s*(?:\\d+|${CN})\\s*[、.．]`, 'g'),
  /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/g,
  /\d{4}\s*年度?/g,
  /[〇零一二三四五六七八九]{4}年度?/g,
  /\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*[日号](?=[，,。；\s起至到前])/g,
  /[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?/g,
  /\d{3,4}\s*[-－]\s*\d{7,8}|1[3-9]\d{9}|\d{7,}/g,
  /\d{1,2}\s*[:：]\s*\d{2}/g,
  /\d+\s*(?:热线|便民)|7\s*[×x*]\s*24|24\s*小时/g,
  new RegExp(`(?:\\d+|${CN})\\s*个?工作日`, 'g'),
  /三会一课|一网通办|一网统管|一件事|一次办|一窗|一站式|一张网|一门式|两学一做|三严三实|五位一体|最多跑一次|两个维护|两个确立|四个意识|四个自信|四个全面|[二十]+大|十[三四五]五|三农|五险一金|两会|三安全一稳定|放管服|一把手|一线|一体化|一批|一些|一定|一直|一致|一般|一起|一步|一方面|一年来|一年|统一|唯一|之一|同一|逐一|万一|第一/g,
];

const ARABIC = /\d+(?:\.\d+)?\s*[%％]?/g;
const CN_COUNT = new RegExp(`(${CN})(?=\\s*(?:余|多)?\\s*(件|条|次|个|篇|人次|人|名|项|期|场|起|家|份|类|处|所|户|位|本|套|台|部|栏|万|余|多))`, 'g');
const ONE_OK = /^(件|条|篇|名|人次|场|期|份)$/;

function mask(s: string): string {
  let out = s;
  for (const re of NOT_FIGURES) {
    re.lastIndex = 0;
    out = out.replace(re, (m) => ' '.repeat(m.length));
  }
  return out;
}

/** Every number a source gives (numbers inside string facts included). */
function sourceNumbers(src: GroundingSources): { all: Set<number>; facts: Set<number> } {
  const facts = new Set<number>();
  const addText = (t: string) => {
    const m = mask(t);
    for (const x of m.matchAll(ARABIC)) facts.add(Number(x[0].replace(/[%％\s]/g, '')));
    for (const x of m.matchAll(CN_COUNT)) {
      const v = toNumber(x[1]);
      if (Number.isFinite(v)) facts.add(v);
    }
  };
  for (const f of src.facts) {
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
  return ungrounded(prose, sourceNumbers(sources), sources.meta.year ?? null);
}

function ungrounded(prose: string, { all, facts }: ReturnType<typeof sourceNumbers>, year: number | null): { value: string; quote: string }[] {
  const masked = mask(prose);
  const out: { value: string; quote: string }[] = [];
  const seen = new Set<string>();
  const report = (value: string, at: number) => {
    const quote = sentenceAt(prose, at);
    const key = `${value}|${quote}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ value, quote });
  };
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(masked); m; m = ARABIC.exec(masked)) {
    const text = m[0].trim();
    const pct = /[%％]$/.test(text);
    const v = Number(text.replace(/[%％\s]/g, ''));
    if (!Number.isFinite(v)) continue;
    if (!pct && year !== null && (v === year || v === year + 1)) continue;
    if (pct ? has(facts, v) : has(all, v)) continue;
    report(text, m.index);
  }
  CN_COUNT.lastIndex = 0;
  for (let m = CN_COUNT.exec(masked); m; m = CN_COUNT.exec(masked)) {
    const before = masked[m.index - 1] ?? '';
    if (/[第每进统唯之同逐单万千]/.test(before)) continue;
    const v = toNumber(m[1]);
    if (!Number.isFinite(v)) continue;
    if (m[1] === '一' && !ONE_OK.test(m[2])) continue;
    if (has(all, v)) continue;
    report(m[1], m.index);
  }
  return out;
}

export function checkGrounding(ctx: Ctx, generated: { sections: number[]; sources: GroundingSources }): void {
  // The sources are the same for every section: their numbers are read once.
  const known = sourceNumbers(generated.sources);
  const year = generated.sources.meta.year ?? null;
  for (const no of generated.sections) {
    const s = ctx.report.sections.find((x) => x.no === no);
    if (!s) continue;
    const text = [s.text, ...(s.subsections ?? []).flatMap((x) => [x.heading, x.text])].join('\n');
    for (const u of ungrounded(text, known, year)) {
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
