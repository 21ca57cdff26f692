// Draft-specific guards on generated prose. They complement the checker (server/check) with what only drafting
// knows: the names of the agencies whose reports were shown to the model as examples. When the checker is not
// available they also cover grounding, placeholders, years and self-references, so drafting is never unchecked.
import type { Finding } from '../check/types.js';
import { SELF_REFERENCES } from '../format/index.js';
import type { Fact, Meta } from '../report/schema.js';
import type { Cells } from '../report/tables.js';
import { selfReference } from './fixed.js';

const quoteOf = (text: string, index: number, len: number) => {
  const start = Math.max(text.lastIndexOf('。', index) + 1, text.lastIndexOf('\n', index) + 1, 0);
  const ends = ['。', '\n'].map((c) => text.indexOf(c, index + len)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim().slice(0, 200);
};

const finding = (rule: string, section: number, message: string, quote: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'E',
  message,
  where: { section },
  evidence: { quote },
  ...extra,
});

/** Every number a draft may state: fact values (and digits inside text facts), table cells, the year and the next. */
export function allowedNumbers(ctx: { facts: Fact[]; tables: Cells; meta: Meta }): Set<string> {
  const ok = new Set<string>([String(ctx.meta.year), String(ctx.meta.year + 1)]);
  const addText = (s: string) => {
    for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) ok.add(String(Number(m[0])));
  };
  for (const f of ctx.facts) {
    if (typeof f.value === 'number') ok.add(String(f.value));
    else if (Array.isArray(f.value)) f.value.forEach(addText);
    else addText(f.value);
    addText(f.label);
  }
  for (const c of Object.values(ctx.tables)) if (c.value !== null) ok.add(String(c.value));
  addText(ctx.meta.agency);
  return ok;
}

/** Numbers in prose that come from nowhere (N-GROUNDING). Years are left to the year guard. */
export function localUngrounded(prose: string, ctx: { facts: Fact[]; tables: Cells; meta: Meta }) {
  const ok = allowedNumbers(ctx);
  const out: { value: string; index: number }[] = [];
  for (const m of prose.matchAll(/\d+(?:\.\d+)?/g)) {
    if (/^(19|20)\d\d$/.test(m[0]) && prose[m.index! + m[0].length] === '年') continue;
    if (!ok.has(String(Number(m[0])))) out.push({ value: m[0], index: m.index! });
  }
  return out;
}

const PLACEHOLDERS = [/X{2,}|×{2,}|Ｘ{2,}/, /【[^】]*】/, /\{\{[^}]*\}\}/, /此处填写|作为AI|作为一个AI|作为人工智能/, /（\s*）|\[\s*\]/];

export interface GuardContext {
  meta: Meta;
  facts: Fact[];
  tables: Cells;
  /** Agency/place names of example passages shown to the model (never to appear in the draft). */
  foreignNames?: string[];
  /** Skip grounding/placeholder/year checks the checker already does. */
  foreignOnly?: boolean;
}

export function guardSection(no: number, text: string, ctx: GuardContext): Finding[] {
  const out: Finding[] = [];
  const own = ctx.meta.agency;
  for (const name of new Set(ctx.foreignNames ?? [])) {
    if (name.length < 2 || own.includes(name)) continue;
    const i = text.indexOf(name);
    if (i >= 0)
      out.push(finding('N-FOREIGN-ENTITY', no, `第${no}部分出现了参考范文中其他机关或地名「${name}」，应删除或改为本机关的表述。`, quoteOf(text, i, name.length), { actual: name }));
  }
  if (ctx.foreignOnly) return out;
  const mine = selfReference(own);
  for (const ref of SELF_REFERENCES) {
    if (ref === mine || mine === '本机关') continue;
    // 「我区」 inside 「我区域」 etc. is not a self-reference; keep it simple: whole token followed by a non-noun char.
    const i = text.indexOf(ref);
    if (i >= 0 && !mine.startsWith(ref) && !ref.startsWith(mine))
      out.push(finding('N-FOREIGN-ENTITY', no, `第${no}部分自称「${ref}」，与本机关（${own}）不符，应为「${mine}」。`, quoteOf(text, i, ref.length), { expected: mine, actual: ref }));
  }
  for (const u of localUngrounded(text, ctx))
    out.push(finding('N-GROUNDING', no, `第${no}部分的数字「${u.value}」在填写的事实和表格中都没有来源。`, quoteOf(text, u.index, u.value.length), { actual: u.value }));
  for (const re of PLACEHOLDERS) {
    const m = re.exec(text);
    if (m) out.push(finding('N-PLACEHOLDER', no, `第${no}部分有模板残留「${m[0]}」。`, quoteOf(text, m.index, m[0].length), { actual: m[0] }));
  }
  const y = ctx.meta.year;
  for (const m of text.matchAll(/((?:19|20)\d\d)年/g)) {
    const v = Number(m[1]);
    if (v === y || v === y + 1) continue;
    if (v === 2019 && /条例/.test(text.slice(Math.max(0, m.index! - 20), m.index! + 30))) continue;
    out.push(finding('N-YEAR', no, `第${no}部分出现「${m[0]}」：本报告年度为${y}年，下一年度计划应写${y + 1}年。`, quoteOf(text, m.index!, m[0].length), { expected: `${y}年或${y + 1}年`, actual: m[0] }));
  }
  if (no === 5) {
    for (const m of text.matchAll(/((?:19|20)\d\d)年[^。]{0,30}(将|计划|拟)/g)) {
      if (Number(m[1]) !== y + 1)
        out.push(finding('N-YEAR', no, `第五部分的下一年度计划写成了「${m[1]}年」，应为${y + 1}年。`, quoteOf(text, m.index!, m[0].length), { expected: `${y + 1}年`, actual: `${m[1]}年` }));
    }
  }
  return out;
}
