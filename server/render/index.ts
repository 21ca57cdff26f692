// Render a report as Markdown, HTML or plain text from the handlebars templates in templates/.
// Templates are compiled once at module load. HTML escapes every value ({{}} only); md/txt compile with noEscape.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { AnyReport } from '../report/schema.js';
import { buildView } from './view.js';

export type TextFormat = 'md' | 'html' | 'txt';
export const TEXT_FORMATS: TextFormat[] = ['md', 'html', 'txt'];

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '../../templates');
const read = (name: string) => readFileSync(join(TEMPLATES, name), 'utf8');

/** Markdown text outside tables: no raw HTML may pass through a later md→HTML step. */
const mdText = (s: unknown) => String(s ?? '').replace(/</g, '&lt;');
/** Markdown table cell: one line, no column breaks. */
const mdCell = (s: unknown) => mdText(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');

function environment(escape: boolean, partials: Record<string, string>) {
  const hb = Handlebars.create();
  const opts = { noEscape: !escape, strict: true };
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: number, b: number) => a > b);
  hb.registerHelper('md', mdText);
  hb.registerHelper('mdcell', mdCell);
  for (const [name, file] of Object.entries(partials)) hb.registerPartial(name, hb.compile(read(file), opts));
  return (file: string) => hb.compile(read(file), opts);
}

const html = environment(true, { table_html: 'partials/table_html.hbs', report_css: 'partials/report_css.hbs' });
const plain = environment(false, { table_md: 'partials/table_md.hbs', table_txt: 'partials/table_txt.hbs' });

const CSS = readFileSync(join(TEMPLATES, 'partials/report_css.hbs'), 'utf8');
/** The stylesheet of the standalone page, for a host page that embeds the HTML fragment. */
export const reportCss = (): string => CSS;

const COMPILED = {
  html: html('report.html.hbs'),
  md: plain('report.md.hbs'),
  txt: plain('report.txt.hbs'),
};

/** Collapse the blank lines template control flow leaves behind (3+ newlines → one empty line). */
const tidy = (s: string) => s.replace(/[ \t]+\n(?=\n)/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';

export function renderReport(report: AnyReport, format: TextFormat, opts: { standalone?: boolean } = {}): string {
  const view = buildView(report);
  if (format === 'html') return tidy(COMPILED.html({ ...view, standalone: Boolean(opts.standalone) }));
  if (format === 'md') return tidy(COMPILED.md(view));
  // Plain text: a blank line separates table rows, so only collapse runs of them outside tables.
  return COMPILED.txt(view).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

export { buildView } from './view.js';
export { tableViews, tableView, occupancy, cellText } from './grid.js';
