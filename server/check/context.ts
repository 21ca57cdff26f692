// What every rule sees: the report plus what is derived once (format, year, agency kind, sections, text),
// and `emit`, which fills severity from the catalogue and drops a finding that has no evidence.
import { classifyAgency, levelFromSelfReference, SECTIONS, type AgencyClass, type FormatId, type Level } from '../format/index.js';
import type { AnyReport, Cell, ParsedReport, Section } from '../report/schema.js';
import { ruleDef } from './catalogue.js';
import { fold, SENTENCE_END_SOURCE, type Sentence } from './text.js';
import type { Finding, Severity } from './types.js';

/** What kind of body writes the report, for self-references and place names. */
export type AgencyKind = AgencyClass;

export interface Ctx {
  report: AnyReport;
  format: FormatId | null;
  year: number | null;
  cells: Record<string, Cell>;
  source: ParsedReport['source'] | null;
  /** First section with each number. */
  sections: Map<number, Section>;
  /** Whole text as published (parsed) or assembled (user/generated). */
  fullText: string;
  preface: string;
  agencyName: string;
  kind: AgencyKind | null;
  level: Level | null;
  /** The parser saw the whole report (false on truncated web pages). */
  complete: boolean;
  out: Finding[];
  /** Per-run memo of derived texts (folded text, sentences…), so each is computed once. */
  memo: Map<string, unknown>;
}

export function isParsed(r: AnyReport): r is ParsedReport {
  return 'source' in r && !!(r as ParsedReport).source;
}

/** Kind from the name (format/levels classifyAgency, the one place), else from a declared level. */
export function kindOf(name: string, level?: Level | null): AgencyKind | null {
  const k = classifyAgency(name).kind;
  if (k) return k;
  if (level === '乡镇') return null; // 镇 or 乡 unknown
  if (level === '街道') return '街道';
  if (level && level.endsWith('政府')) return 'government';
  if (level && level.endsWith('部门')) return 'department';
  return null;
}

export function buildContext(report: AnyReport): Ctx {
  const source = isParsed(report) ? report.source : null;
  const sections = new Map<number, Section>();
  for (const s of report.sections) if (!sections.has(s.no)) sections.set(s.no, s);
  // The tables are read in the format they were written in; F-VERSION compares it with the year.
  const format = (source?.formatDetected ?? report.format ?? null) as FormatId | null;
  const agencyName = report.meta.agency || report.signoff?.agency || (report.title ?? '').replace(/\d{4}年.*$/, '') || '';
  const titleKind = report.title ? kindOf(report.title.replace(/\d{4}年.*$/, '')) : null;
  const kind = kindOf(agencyName, report.meta.level ?? null) ?? titleKind;
  const fullText0 = isParsed(report) ? report.source.text : '';
  const level = report.meta.level ?? classifyAgency(agencyName, fullText0).level ?? (report.title ? classifyAgency(report.title.replace(/\d{4}年.*$/, '')).level : null) ?? (fullText0 ? levelFromSelfReference(fullText0) : null);
  const fullText =
    source?.text ??
    [report.title ?? '', report.preface ?? '', ...report.sections.flatMap((s) => [s.heading, s.text])].join('\n');
  return {
    report,
    format,
    year: report.meta.year ?? null,
    cells: report.tables ?? {},
    source,
    sections,
    fullText,
    preface: report.preface ?? '',
    agencyName,
    kind,
    level,
    complete: source ? source.complete : true,
    out: [],
    memo: new Map(),
  };
}

export type Draft = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** Record a finding. No evidence (an empty quote and no cells) → no finding. */
export function emit(ctx: Ctx, rule: string, f: Draft): void {
  const hasQuote = !!f.evidence.quote && f.evidence.quote.trim().length > 0;
  const hasCells = !!f.evidence.cells && f.evidence.cells.length > 0;
  if (!hasQuote && !hasCells) return;
  const { severity, ...rest } = f;
  ctx.out.push({ rule, severity: severity ?? ruleDef(rule).severity, ...rest });
}

/** Section text (subsection headings and texts included when the parser split them out). */
export function sectionText(s: Section | undefined): string {
  if (!s) return '';
  if (!s.subsections?.length) return s.text;
  // Joined once per section object (every rule asks); recomputed if the text was changed in place.
  const hit = joined.get(s);
  if (hit && hit.text === s.text && hit.subs === s.subsections) return hit.out;
  const sub = s.subsections.map((x) => `${x.heading}\n${x.text}`).join('\n');
  const out = s.text.includes(s.subsections[0].text.slice(0, 20)) ? s.text : `${s.text}\n${sub}`;
  joined.set(s, { text: s.text, subs: s.subsections, out });
  return out;
}
const joined = new WeakMap<Section, { text: string; subs: Section['subsections']; out: string }>();

/** 「第三部分」, indexed by section number. */
export const SECTION_NAME = ['', ...SECTIONS.map((s) => `第${s.numeral}部分`)];

export function memo<T>(ctx: Ctx, key: string, make: () => T): T {
  const hit = ctx.memo.get(key);
  if (hit !== undefined || ctx.memo.has(key)) return hit as T;
  const v = make();
  ctx.memo.set(key, v);
  return v;
}

/** Title, preface (or the text before 「一、」 of a parsed report) and sections: where prose is, no tables. */
export function narrativeText(ctx: Ctx): string {
  return memo(ctx, 'narrative', () => {
    const parts = [ctx.report.title ?? '', ctx.preface];
    if (!ctx.preface && ctx.source?.text) parts.push(prefaceOf(ctx));
    for (const s of ctx.sections.values()) parts.push(sectionText(s));
    return parts.join('\n');
  });
}

export const foldedNarrative = (ctx: Ctx) => memo(ctx, 'narrative:folded', () => fold(narrativeText(ctx)));

/** The preface as given, or the published text before the first 「一、」 heading. */
export function prefaceOf(ctx: Ctx): string {
  if (ctx.preface) return ctx.preface;
  return memo(ctx, 'preface', () => {
    const text = ctx.source?.text ?? '';
    const at = text.search(/\n\s*(?:\[bookmark:[^\]]*\])?\s*一\s*[、.．]/);
    return (at > 0 ? text.slice(0, at) : text.slice(0, 1500)).slice(0, 2500);
  });
}

export interface FoldedSentence extends Sentence {
  folded: string;
}

/** Same cut as sentences() in text.ts. */
const SENTENCE_CUT = new RegExp(SENTENCE_END_SOURCE, 'g');

/** Sentences of a section, each with its folded form. */
export function sectionSentences(ctx: Ctx, no: number): FoldedSentence[] {
  return memo(ctx, SENTENCES_KEY[no] ?? `sentences:${no}`, () => {
    const text = sectionText(ctx.sections.get(no));
    const folded = foldedSection(ctx, no); // same length: a sentence's folded form is a slice at the same offsets
    // As sentences(text), each built once with its folded slice.
    const out: FoldedSentence[] = [];
    let last = 0;
    SENTENCE_CUT.lastIndex = 0;
    for (let m = SENTENCE_CUT.exec(text); ; m = SENTENCE_CUT.exec(text)) {
      const end = m ? m.index : text.length;
      const raw = text.slice(last, end);
      const t = raw.trim();
      if (t) {
        const start = last + raw.indexOf(t[0]);
        out.push({ text: t, start, folded: folded.slice(start, start + t.length) });
      }
      if (!m) break;
      last = m.index + m[0].length;
    }
    return out;
  });
}

/** A section's text, folded (computed once per report). */
export function foldedSection(ctx: Ctx, no: number): string {
  return memo(ctx, FOLDED_KEY[no] ?? `folded:${no}`, () => fold(sectionText(ctx.sections.get(no))));
}

// Memo keys of sections 0–9, built once (a template string per call is built and hashed every time).
const SENTENCES_KEY = Array.from({ length: 10 }, (_, i) => `sentences:${i}`);
const FOLDED_KEY = Array.from({ length: 10 }, (_, i) => `folded:${i}`);
