// Prompts are handlebars files in prompts/; this module only fills them. Values are inserted, never re-parsed.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { ASPECTS, aspectHeading, cellsOf, describeCell, type FormatId } from '../format/index.js';
import type { Finding } from '../check/types.js';
import type { Meta, Fact } from '../report/schema.js';
import type { Cells } from '../report/tables.js';
import { factLines } from './facts.js';
import { headingOf, reportTitle, selfReference } from './fixed.js';
import type { MaskedPassage } from './mask.js';
import { styleOf } from './offline.js';
import type { NarrativeNo } from './types.js';

const hb = Handlebars.create();
const DIR = new URL('../../prompts/', import.meta.url);
const cache = new Map<string, HandlebarsTemplateDelegate>();
function fill(name: string, data: object): string {
  let t = cache.get(name);
  if (!t) {
    t = hb.compile(readFileSync(new URL(`${name}.hbs`, DIR), 'utf8'), { noEscape: true });
    cache.set(name, t);
  }
  return t(data).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The table numbers a narrative may cite, named by place. Zero cells of long tables are summarised, not listed,
 * to keep prompts short: the model may still say 「未收到申请」 from the totals.
 */
export function tableLines(format: FormatId, tables: Cells): string[] {
  const out: string[] = [];
  for (const ref of cellsOf(format)) {
    const v = tables[ref.id]?.value;
    if (v === undefined || v === null) continue;
    const keyCell =
      (ref.table === 't2' && ref.row.key === 'normative') ||
      (ref.table === 't3' && ref.col.key === 'total' && ['new', 'carried', 'r7', 'next'].includes(ref.row.key)) ||
      (ref.table === 't4' && ref.col.key === 'total');
    if (keyCell || v !== 0) out.push(`- ${describeCell(format, ref.id)}：${v}`);
  }
  return out;
}

export interface PromptInput {
  no: NarrativeNo;
  meta: Meta;
  format: FormatId;
  facts: Fact[];
  tables: Cells;
  examples: MaskedPassage[];
  instruction?: string;
  previous?: string;
}

export function buildPrompt(p: PromptInput): { system: string; user: string } {
  const self = selfReference(p.meta.agency);
  const next = p.meta.year + 1;
  const { concise } = styleOf(p.instruction);
  const structure =
    p.no === 1
      ? fill('structure-overview', { aspects: ASPECTS.map(aspectHeading), length: concise ? 500 : 800 })
      : fill('structure-problems', { next, self, length: concise ? 250 : 400 });
  const common = { agency: p.meta.agency, self, year: p.meta.year, next, heading: headingOf(p.no), title: reportTitle(p.meta) };
  return {
    system: fill('system', { ...common, structure }),
    user: fill('user', {
      ...common,
      level: p.meta.level,
      facts: factLines(p.facts),
      tableLines: tableLines(p.format, p.tables),
      instruction: p.instruction,
      previous: p.previous,
      examples: p.examples,
    }),
  };
}

export function repairPrompt(meta: Meta, problems: Finding[]): string {
  return fill('repair', {
    self: selfReference(meta.agency),
    year: meta.year,
    next: meta.year + 1,
    problems: problems.map((f) => ({ rule: f.rule, message: f.message, quote: f.evidence.quote })),
  });
}
