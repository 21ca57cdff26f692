// Report view-model shared by every output format: title, preface, six sections with their tables, sign-off.
// Only wording comes from the report or the format declaration; nothing is invented here.
import { sectionByNo, sectionHeading, FORMATS, formatForYear, type FormatId, type TableDef } from '../format/index.js';
import type { AnyReport } from '../report/schema.js';
import { tableView, type GridRow, type TableView } from './grid.js';

export type ParaKind = 'p' | 'sub';

export interface Para {
  text: string;
  kind: ParaKind;
}

export interface TableViewHtml extends TableView {
  head: GridRow[];
  body: GridRow[];
}

/** 「（一）」「（1）」 sub-headings written on a line of their own. */
const SUB_HEADING = /^[（(]([一二三四五六七八九十]+|\d+)[）)]/;

function paragraphs(text: string | undefined): Para[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, kind: SUB_HEADING.test(t) && t.length <= 40 ? 'sub' : 'p' }));
}

/** 「2024-01-19」 → 「2024年1月19日」; anything else as written. */
export function chineseDate(date: string | undefined): string {
  const m = date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : (date ?? '');
}

/** The format to lay tables out in: declared, else by year; null lays out no table. */
export function reportFormat(report: AnyReport): FormatId | null {
  if (report.format) return report.format;
  if (report.meta.year) return formatForYear(report.meta.year);
  return null;
}

export function reportTitle(report: AnyReport): string {
  if (report.title) return report.title;
  const { agency, year } = report.meta;
  return agency && year ? `${agency}${year}年政府信息公开工作年度报告` : agency || '政府信息公开工作年度报告';
}

function sectionParas(s: AnyReport['sections'][number]): Para[] {
  const own = paragraphs(s.text);
  const subs = s.subsections ?? [];
  // A text that already contains its sub-headings is the whole section: do not print them twice.
  if (!subs.length || subs.some((x) => x.heading && s.text.includes(x.heading))) return own;
  return [...own, ...subs.flatMap((x) => [...(x.heading ? [{ text: x.heading.trim(), kind: 'sub' as const }] : []), ...paragraphs(x.text)])];
}

export interface Layout<T> {
  title: string;
  preface: Para[];
  sections: { no: number; heading: string; paragraphs: Para[]; tables: T[] }[];
  signoff: { agency: string; date: string };
}

/**
 * Title, preface, sections in the order written with each table placed, sign-off. `table` makes what a section
 * carries for a table of the report's format: the full grid view (DOCX) or a precompiled template (text formats).
 */
export function layoutReport<T>(report: AnyReport, table: (format: FormatId, def: TableDef) => T): Layout<T> {
  const format = reportFormat(report);
  // One table per section; keyed by section like the official layout (表二/三/四 in 二/三/四).
  const bySection = new Map<number, T>(format ? FORMATS[format].tables.map((t) => [t.section, table(format, t)]) : []);
  // Sections in the order written (a misordered report stays misordered: the checker must still see it).
  const sections: Layout<T>['sections'] = report.sections.map((s) => ({
    no: s.no,
    heading: s.heading.trim() || sectionHeading(sectionByNo(s.no)!),
    paragraphs: sectionParas(s),
    tables: [],
  }));
  for (const [no, t] of bySection) {
    // The table follows the last block of its section; a section the report lacks gets its official heading.
    let at = sections.findLastIndex((s) => s.no === no);
    if (at < 0) {
      const before = sections.findIndex((s) => s.no > no);
      at = before < 0 ? sections.length : before;
      sections.splice(at, 0, { no, heading: sectionHeading(sectionByNo(no)!), paragraphs: [], tables: [] });
    }
    sections[at].tables.push(t);
  }
  return {
    title: reportTitle(report),
    preface: paragraphs(report.preface),
    sections,
    signoff: {
      agency: report.signoff?.agency ?? report.meta.agency ?? '',
      date: chineseDate(report.signoff?.date ?? report.meta.date),
    },
  };
}

/** The grid view with its header rows (<thead>) split from the body rows. */
export function htmlTableView(def: TableDef, cells: AnyReport['tables']): TableViewHtml {
  const v = tableView(def, cells);
  const firstBody = v.grid.rows.findIndex((r) => !r.header);
  const split = firstBody < 0 ? v.grid.rows.length : firstBody;
  return { ...v, head: v.grid.rows.slice(0, split), body: v.grid.rows.slice(split) };
}
