// The batch review use-case: read each file through the document readers (by extension, so .pdf works once its
// reader lands), parse, refuse what is not a report, run the validator with last year's report of the same agency
// (from this batch or the corpus store) so the Y-* rules run, and attach reviewer decisions by fingerprint.
// Results are reported one at a time (`onRow`) so the page can show progress.
import { ruleDef } from '../check/catalogue.js';
import { checkReportWithModel, fingerprint, type Finding } from '../check/index.js';
import type { LanguageModel } from 'ai';
import { SEVERITY_NAME } from '../check/present.js';
import { isUserError } from '../errors.js';
import { readDocument } from '../parse/readers/index.js';
import { parseText } from '../parse/text.js';
import { renderReport } from '../render/index.js';
import { ParsedReportSchema, type AnyReport, type ParsedReport } from '../report/schema.js';
import type { ReviewDecision, Storage } from '../ports/index.js';

type Store = Pick<Storage, 'reports' | 'reviews'>;
import type { BatchItem } from './expand.js';

export interface ReviewFinding extends Finding {
  /** Fingerprint: the key of reviewer decisions (the CLI's `nianbao review <指纹>`). */
  id: string;
  title: string;
  severityName: string;
  decision: ReviewDecision | null;
}

export interface PreviousRef {
  from: 'batch' | 'corpus';
  name: string;
  year: number;
}

export interface ReviewRow {
  index: number;
  file: string;
  kind?: string;
  agency: string;
  level: string;
  year: number | null;
  format: string | null;
  /** Why the file was not checked (Chinese); the rest of the batch goes on. */
  error?: string;
  notes: string[];
  previous: PreviousRef | null;
  findings: ReviewFinding[];
  /** The document text the evidence quotes come from. */
  text: string;
  /** The report's tables as published (renderer HTML; value cells carry data-cell ids). */
  tablesHtml: string;
}

const agencyKey = (s: string) => s.replace(/\s+/g, '');
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Text that parses to nothing a report has is refused with a reason, not checked into 29 findings. */
function notAReport(text: string, report: ParsedReport): string | undefined {
  const cells = Object.values(report.tables ?? {}).filter((c) => c && c.value !== null).length;
  const headings = report.source.headings.filter((h) => h.no !== null).length;
  if (!/信息公开/.test(text)) return '文件中没有「政府信息公开」字样，看起来不是政府信息公开工作年度报告，未校验。';
  if (headings < 2 && cells === 0 && !/信息公开工作(?:年度)?报告/.test(text)) return '文件中找不到年度报告的部分标题（一、总体情况……）和表格，看起来不是政府信息公开工作年度报告，未校验。';
  return undefined;
}

function tablesOf(report: AnyReport): string {
  if (!report.format) return '';
  const html = renderReport(report, 'html');
  return [...html.matchAll(/<div class="table-wrap">[\s\S]*?<\/div>/g)].map((m) => m[0]).join('\n');
}

interface Read {
  item: BatchItem;
  kind?: string;
  text?: string;
  report?: ParsedReport;
  notes: string[];
  error?: string;
}

/** One slow file (a huge PDF) must not hold up the batch for ever: it gets a row saying so. */
export const READ_TIMEOUT_MS = 30_000;
class Timeout extends Error {}
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout()), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

async function readOne(item: BatchItem): Promise<Read> {
  if (item.error !== undefined || !item.bytes) return { item, notes: [], error: item.error ?? "文件是空的。" };
  try {
    const doc = await withTimeout(readDocument(item.bytes, item.name), READ_TIMEOUT_MS);
    const report = parseText(doc.text, { file: item.name });
    const refused = notAReport(doc.text, report);
    if (refused) return { item, kind: doc.kind, notes: doc.notes, error: refused };
    return { item, kind: doc.kind, text: doc.text, report, notes: doc.notes };
  } catch (e) {
    if (e instanceof Timeout) return { item, notes: [], error: `读取超过 ${READ_TIMEOUT_MS / 1000} 秒仍未完成（文件可能过大或页数过多），已跳过。请拆分后单独上传。` };
    const error = isUserError(e) ? `${e.message}。`.replace(/。。$/, '。') : '读取时出现内部错误，未能校验此文件。';
    return { item, notes: [], error };
  }
}

/** Last year's report of each agency from the corpus store (agency → year → report), loaded on demand. */
async function corpusPrevious(store: Store, agency: string, year: number): Promise<{ report: AnyReport; name: string } | undefined> {
  const rows = (await store.reports.list()).filter((r) => agencyKey(r.agency) === agencyKey(agency) && r.year === year);
  for (const row of rows) {
    const d = await store.reports.detail(row.id);
    const parsed = d && ParsedReportSchema.safeParse(d.parsed);
    if (parsed?.success) return { report: parsed.data, name: row.source };
  }
  return undefined;
}

export interface BatchProgress {
  onRead?: (done: number, total: number, name: string) => void | Promise<void>;
  onRow?: (row: ReviewRow) => void | Promise<void>;
  /** The model that proofreads each report's text (P-TYPO); none → that pass is skipped. */
  model?: LanguageModel;
}

/** Check a batch: read all (so a previous-year report later in the batch is found), then check each. */
export async function reviewBatch(store: Store, items: BatchItem[], progress: BatchProgress = {}): Promise<ReviewRow[]> {
  const read: Read[] = [];
  for (const item of items) {
    read.push(await readOne(item));
    await progress.onRead?.(read.length, items.length, item.name);
    await tick();
  }
  const byAgencyYear = new Map<string, Read>();
  for (const r of read) if (r.report?.meta.agency && r.report.meta.year) byAgencyYear.set(`${agencyKey(r.report.meta.agency)}|${r.report.meta.year}`, r);
  const decisions = new Map((await store.reviews.list()).map((d) => [d.fingerprint, d] as const));

  const rows: ReviewRow[] = [];
  for (const [index, r] of read.entries()) {
    const row = await checkRead(store, r, index, byAgencyYear, decisions, progress.model);
    rows.push(row);
    await progress.onRow?.(row);
    await tick();
  }
  return rows;
}

async function checkRead(store: Store, r: Read, index: number, batch: Map<string, Read>, decisions: Map<string, ReviewDecision>, model?: LanguageModel): Promise<ReviewRow> {
  const base = { index, file: r.item.name, kind: r.kind, notes: r.notes, previous: null, findings: [], text: '', tablesHtml: '' };
  if (!r.report) return { ...base, agency: '', level: '', year: null, format: null, error: r.error };
  const report = r.report;
  const { agency, year } = report.meta;
  let previous: { report: AnyReport; ref: PreviousRef } | undefined;
  if (agency && year) {
    const inBatch = batch.get(`${agencyKey(agency)}|${year - 1}`);
    if (inBatch?.report) previous = { report: inBatch.report, ref: { from: 'batch', name: inBatch.item.name, year: year - 1 } };
    else {
      const stored = await corpusPrevious(store, agency, year - 1);
      if (stored) previous = { report: stored.report, ref: { from: 'corpus', name: stored.name, year: year - 1 } };
    }
  }
  let findings: ReviewFinding[];
  let notes = r.notes;
  try {
    const checked = await checkReportWithModel(report, { previous: previous?.report, model });
    // (Without a model the batch says once that proofreading was skipped; a model's own trouble is this file's note.)
    if (model && checked.notice) notes = [...notes, checked.notice];
    findings = checked.findings.map((f) => {
      const id = fingerprint(f, report);
      return { ...f, id, title: ruleDef(f.rule).title, severityName: SEVERITY_NAME[f.severity], decision: decisions.get(id) ?? null };
    });
  } catch {
    return { ...base, agency, level: report.meta.level ?? '', year, format: report.format, error: '校验时出现内部错误，未能校验此文件。' };
  }
  return {
    ...base,
    notes,
    agency,
    level: report.meta.level ?? '',
    year,
    format: report.format,
    previous: previous?.ref ?? null,
    findings,
    text: report.source.text ?? r.text ?? '',
    tablesHtml: tablesOf(report),
  };
}
