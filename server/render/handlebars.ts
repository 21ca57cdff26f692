// The Handlebars environments of the text renderers. Templates are precompiled at build time
// (scripts/precompile.ts → server/generated/templates.ts) and run with handlebars/runtime on both Node and Workers:
// nothing is compiled (no `new Function`) and nothing is read from disk at run time. HTML escapes every value
// ({{}} only); md/txt are precompiled with noEscape and escape with their own helpers.
import Handlebars from 'handlebars/runtime';
import { templates } from '../generated/templates.js';
import { neutraliseLinks } from './md-safe.js';

export type TextFormat = 'md' | 'html' | 'txt';
type Spec = keyof typeof templates;

/** Markdown text outside tables: no raw HTML may pass through a later md→HTML step, and no link but http(s)/mailto. */
export const mdText = (s: unknown): string => neutraliseLinks(String(s ?? '').replace(/</g, '&lt;'));
/** Markdown table cell: one line, no column breaks. */
export const mdCell = (s: unknown): string => mdText(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
/** HTML text and attribute escaping, exactly as `{{}}` does it. */
export const htmlEscape: (s: string) => string = Handlebars.Utils.escapeExpression;

function environment(partials: Record<string, Spec>) {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('md', mdText);
  hb.registerHelper('mdcell', mdCell);
  for (const [name, spec] of Object.entries(partials)) hb.registerPartial(name, hb.template(templates[spec]));
  return (name: Spec) => hb.template(templates[name]) as (ctx: unknown) => string;
}

const html = environment({ table_html: 'partials/table_html.hbs', report_css: 'partials/report_css.hbs' });
const plain = environment({ table_md: 'partials/table_md.hbs', table_txt: 'partials/table_txt.hbs' });

/** Document skeletons: tables arrive already rendered (see table-template.ts). */
export const DOCUMENT = {
  html: html('report.html.hbs'),
  md: plain('report.md.hbs'),
  txt: plain('report.txt.hbs'),
};

/** A table's partial applied to one table view, invoked exactly as the documents used to invoke it. */
const onTable = (t: (ctx: unknown) => string) => (table: unknown) => t({ tables: [table] });

/** The table partial of each output format, for precompiling tables (see table-template.ts). */
export const TABLE_PARTIAL: Record<TextFormat, (table: unknown) => string> = {
  html: onTable(html('inline/table_html')),
  md: onTable(plain('inline/table_md')),
  txt: onTable(plain('inline/table_txt')),
};
