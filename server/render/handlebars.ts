// The Handlebars environments of the text renderers, compiled once at module load. HTML escapes every value
// ({{}} only); md/txt compile with noEscape and escape with their own helpers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { neutraliseLinks } from './md-safe.js';

export type TextFormat = 'md' | 'html' | 'txt';

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '../../templates');
const read = (name: string) => readFileSync(join(TEMPLATES, name), 'utf8');

/** Markdown text outside tables: no raw HTML may pass through a later md→HTML step, and no link but http(s)/mailto. */
export const mdText = (s: unknown): string => neutraliseLinks(String(s ?? '').replace(/</g, '&lt;'));
/** Markdown table cell: one line, no column breaks. */
export const mdCell = (s: unknown): string => mdText(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
/** HTML text and attribute escaping, exactly as `{{}}` does it. */
export const htmlEscape: (s: string) => string = Handlebars.Utils.escapeExpression;

function environment(escape: boolean, partials: Record<string, string>) {
  const hb = Handlebars.create();
  const opts = { noEscape: !escape, strict: true };
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('md', mdText);
  hb.registerHelper('mdcell', mdCell);
  for (const [name, file] of Object.entries(partials)) hb.registerPartial(name, hb.compile(read(file), opts));
  return { file: (name: string) => hb.compile(read(name), opts), source: (src: string) => hb.compile(src, opts) };
}

const html = environment(true, { table_html: 'partials/table_html.hbs', report_css: 'partials/report_css.hbs' });
const plain = environment(false, { table_md: 'partials/table_md.hbs', table_txt: 'partials/table_txt.hbs' });

/** Document skeletons: tables arrive already rendered (see table-template.ts). */
export const DOCUMENT = {
  html: html.file('report.html.hbs'),
  md: plain.file('report.md.hbs'),
  txt: plain.file('report.txt.hbs'),
};

/** A table's partial applied to one table view, invoked exactly as the documents used to invoke it. */
const onTable = (t: (ctx: unknown) => string) => (table: unknown) => t({ tables: [table] });

/** The table partial of each output format, for precompiling tables (see table-template.ts). */
export const TABLE_PARTIAL: Record<TextFormat, (table: unknown) => string> = {
  html: onTable(html.source('{{#each tables}}\n{{> table_html}}\n{{/each}}\n')),
  md: onTable(plain.source('{{#each tables}}\n{{#each flat}}\n{{> table_md}}\n{{/each}}\n{{/each}}\n')),
  txt: onTable(plain.source('{{#each tables}}\n{{> table_txt}}\n{{/each}}\n')),
};
