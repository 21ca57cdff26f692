// Render a report as Markdown, HTML or plain text. The document skeleton is a Handlebars template
// (templates/report.*.hbs); its tables are precompiled per format and only filled with values (table-template.ts).
import type { AnyReport } from '../report/schema.js';
import { DOCUMENT, type TextFormat } from './handlebars.js';
import { fillTable, tableTemplate } from './table-template.js';
import { layoutReport } from './view.js';

export type { TextFormat } from './handlebars.js';
export const TEXT_FORMATS: TextFormat[] = ['md', 'html', 'txt'];

/** Collapse the blank lines template control flow leaves behind (3+ newlines → one empty line); without an empty
 * line there is nothing to collapse (the usual HTML case), so both scans are skipped. */
const tidy = (s: string) => (s.includes('\n\n') ? s.replace(/[ \t]+\n(?=\n)/g, '\n').replace(/\n{3,}/g, '\n\n') : s).trim() + '\n';

export function renderReport(report: AnyReport, format: TextFormat, opts: { standalone?: boolean } = {}): string {
  const view = layoutReport(report, (f, def) => fillTable(tableTemplate(f, def, format), report.tables, format));
  if (format === 'html') return tidy(DOCUMENT.html({ ...view, standalone: Boolean(opts.standalone) }));
  if (format === 'md') return tidy(DOCUMENT.md(view));
  // Plain text: a blank line separates table rows, so only collapse runs of them outside tables.
  return DOCUMENT.txt(view).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

export { tableViews, occupancy } from './grid.js';
