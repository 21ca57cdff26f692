// Draft-specific guard on generated prose, complementing the checker (server/check) with what only drafting knows:
// the names of the agencies whose reports were shown to the model as examples. None of them may reach the draft.
import type { Finding } from '../check/types.js';
import type { Meta } from '../report/schema.js';

const quoteOf = (text: string, index: number, len: number) => {
  const start = Math.max(text.lastIndexOf('。', index) + 1, text.lastIndexOf('\n', index) + 1, 0);
  const ends = ['。', '\n'].map((c) => text.indexOf(c, index + len)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim().slice(0, 200);
};

export interface GuardContext {
  meta: Meta;
  /** Agency/place names of example passages shown to the model. */
  foreignNames?: string[];
}

export function guardSection(no: number, text: string, ctx: GuardContext): Finding[] {
  const out: Finding[] = [];
  for (const name of new Set(ctx.foreignNames ?? [])) {
    if (name.length < 2 || ctx.meta.agency.includes(name)) continue;
    const i = text.indexOf(name);
    if (i >= 0)
      out.push({
        rule: 'N-FOREIGN-ENTITY',
        severity: 'E',
        message: `第${no}部分出现了参考范文中其他机关或地名「${name}」，应删除或改为本机关的表述。`,
        where: { section: no },
        actual: name,
        evidence: { quote: quoteOf(text, i, name.length) },
      });
  }
  return out;
}
