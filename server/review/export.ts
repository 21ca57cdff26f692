// Export a reviewed batch: .xlsx (a summary sheet, then one sheet per report) and CSV (UTF-8 with BOM, one row per
// finding). Headers in Chinese; severities as 错误 / 警告 / 提示; each finding's current reviewer decision is read
// from the store by fingerprint at export time, so the file shows what was decided, not what the page last saw.
import ExcelJS from 'exceljs';
import { RULES } from '../check/catalogue.js';
import { SEVERITY_NAME } from '../check/present.js';
import type { Severity } from '../check/types.js';
import { sectionByNo, TABLE_NAMES } from '../format/index.js';
import type { ReviewDecision, Storage } from '../ports/index.js';

type Store = Pick<Storage, 'reviews'>;

/** What the page sends back: a row of the batch without its text. */
export interface ExportRow {
  file: string;
  agency?: string;
  level?: string;
  year?: number | null;
  format?: string | null;
  error?: string;
  previous?: { name: string; year: number } | null;
  findings: {
    id: string;
    rule: string;
    severity: Severity;
    message: string;
    where?: { section?: number; table?: 't2' | 't3' | 't4' };
    expected?: string | number;
    actual?: string | number;
    evidence?: { quote?: string; cells?: { place: string; written: string }[] };
  }[];
}

const DECISION = { confirm: '已确认', dismiss: '已驳回' } as const;
const title = (rule: string) => RULES.find((r) => r.id === rule)?.title ?? rule;

function place(w: ExportRow['findings'][number]['where']): string {
  if (!w) return '';
  const parts: string[] = [];
  if (w.section) {
    const s = sectionByNo(w.section);
    parts.push(s ? `第${s.numeral}部分「${s.title}」` : `第${w.section}部分`);
  }
  if (w.table && TABLE_NAMES[w.table]) parts.push(TABLE_NAMES[w.table]);
  return parts.join('，');
}

function evidence(f: ExportRow['findings'][number]): string {
  const out: string[] = [];
  if (f.evidence?.quote) out.push(`「${f.evidence.quote}」`);
  for (const c of f.evidence?.cells ?? []) out.push(`${c.place} 填写「${c.written}」`);
  return out.join('；');
}

interface Decided {
  row: ExportRow;
  decisions: (ReviewDecision | undefined)[];
}

async function withDecisions(store: Store, rows: ExportRow[]): Promise<Decided[]> {
  const out: Decided[] = [];
  for (const row of rows) {
    const decisions: (ReviewDecision | undefined)[] = [];
    for (const f of row.findings) decisions.push(await store.reviews.get(f.id));
    out.push({ row, decisions });
  }
  return out;
}

function counts(d: Decided) {
  const standing = d.row.findings.filter((_, i) => d.decisions[i]?.decision !== 'dismiss');
  const n = (s: Severity) => standing.filter((f) => f.severity === s).length;
  const decided = d.decisions.filter(Boolean).length;
  const status = d.row.error ? '读取失败' : !d.row.findings.length ? '无问题' : decided === d.row.findings.length ? '已审核' : decided ? '部分审核' : '待审核';
  return { E: n('E'), W: n('W'), I: n('I'), dismissed: d.row.findings.length - standing.length, status };
}

export const SUMMARY_HEADERS = ['序号', '文件', '机关', '层级', '年度', '表格格式', '错误', '警告', '提示', '已驳回', '审核状态', '上年报告', '读取问题'];
export const FINDING_HEADERS = ['序号', '严重程度', '问题', '规则编号', '说明', '位置', '应为', '实际', '原文或单元格', '审核决定', '理由', '审核时间', '指纹'];

/** Excel sheet names: ≤ 31 characters, none of []:*?/\, unique. */
function sheetName(used: Set<string>, i: number, row: ExportRow): string {
  const base = `${i + 1} ${(row.agency || row.file.split('/').pop() || '报告').replace(/[[\]:*?/\\]/g, '')}${row.year ? ` ${row.year}` : ''}`;
  let name = base.slice(0, 31);
  for (let k = 2; used.has(name); k++) name = `${base.slice(0, 27)}（${k}）`;
  used.add(name);
  return name;
}

function styleHeader(ws: ExcelJS.Worksheet) {
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function batchXlsx(store: Store, rows: ExportRow[]): Promise<Buffer> {
  const all = await withDecisions(store, rows);
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报助手';
  const summary = wb.addWorksheet('汇总');
  summary.columns = SUMMARY_HEADERS.map((h, i) => ({ header: h, width: [6, 36, 30, 8, 8, 10, 6, 6, 6, 8, 10, 30, 50][i] }));
  all.forEach((d, i) => {
    const c = counts(d);
    const r = d.row;
    summary.addRow([i + 1, r.file, r.agency ?? '', r.level ?? '', r.year ?? '', r.format ?? '', c.E, c.W, c.I, c.dismissed, c.status,
      r.previous ? `${r.previous.year}年度：${r.previous.name}` : '', r.error ?? '']);
  });
  styleHeader(summary);

  const used = new Set(['汇总']);
  all.forEach((d, i) => {
    if (d.row.error) return;
    const ws = wb.addWorksheet(sheetName(used, i, d.row));
    ws.columns = FINDING_HEADERS.map((h, k) => ({ header: h, width: [6, 9, 36, 16, 60, 24, 10, 10, 50, 10, 24, 22, 18][k] }));
    d.row.findings.forEach((f, k) => {
      const dec = d.decisions[k];
      const row = ws.addRow([k + 1, SEVERITY_NAME[f.severity] ?? f.severity, title(f.rule), f.rule, f.message, place(f.where), f.expected ?? '', f.actual ?? '',
        evidence(f), dec ? DECISION[dec.decision] : '未审核', dec?.reason ?? '', dec?.at ?? '', f.id]);
      row.alignment = { wrapText: true, vertical: 'top' };
      if (f.severity === 'E') row.getCell(2).font = { color: { argb: 'FFB3261E' }, bold: true };
    });
    if (!d.row.findings.length) ws.addRow(['', '', '未发现问题']);
    styleHeader(ws);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const CSV_HEADERS = ['文件', '机关', '层级', '年度', '严重程度', '问题', '规则编号', '说明', '位置', '原文或单元格', '审核决定', '理由', '指纹', '读取问题'];

/** One row per finding (a report without findings or unreadable: one row); UTF-8 BOM so Excel reads Chinese. */
export async function batchCsvExport(store: Store, rows: ExportRow[]): Promise<string> {
  const lines = [CSV_HEADERS.join(',')];
  for (const d of await withDecisions(store, rows)) {
    const r = d.row;
    const head = [r.file, r.agency ?? '', r.level ?? '', r.year ?? ''];
    if (!r.findings.length) lines.push([...head, '', '', '', r.error ? '' : '未发现问题', '', '', '', '', '', r.error ?? ''].map(csvCell).join(','));
    r.findings.forEach((f, k) => {
      const dec = d.decisions[k];
      lines.push([...head, SEVERITY_NAME[f.severity] ?? f.severity, title(f.rule), f.rule, f.message, place(f.where), evidence(f),
        dec ? DECISION[dec.decision] : '未审核', dec?.reason ?? '', f.id, ''].map(csvCell).join(','));
    });
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
