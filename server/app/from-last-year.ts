// Start this year's draft from last year's published report (txt, html, docx, pdf): agency, level, contact,
// 上年结转 (from last year's 结转下年度, column by column) and 现行有效 stock prefilled and marked as carried over;
// last year's report is kept with the draft so the cross-year rules (Y-*) run on every check.
import { inputFromReport } from '../draft/from-report.js';
import { UserError } from '../errors.js';
import { cellsOf, describeCell, formatForYear } from '../format/index.js';
import { readDocument } from '../parse/readers/index.js';
import { parseText } from '../parse/text.js';
import type { DraftRecord } from '../ports/index.js';
import type { ParsedReport } from '../report/schema.js';
import { createDraft, type DraftsDeps } from './drafts.js';

export interface CarryOver {
  input: ReturnType<typeof inputFromReport> & { carried: Record<string, string>; previous: ParsedReport };
  notes: string[];
}

/** Last year's parsed report → this year's input (no number of this year is invented). */
export function carryOver(last: ParsedReport, year?: number): CarryOver {
  if (last.meta.year === null) throw new UserError('读不到上年报告的年度（标题或正文中的「YYYY年」），无法确定今年的年度，请手动新建草稿。', 422);
  const target = year ?? last.meta.year + 1;
  if (target !== last.meta.year + 1) throw new UserError(`上传的是${last.meta.year}年的报告，只能作为${last.meta.year + 1}年草稿的上年报告。`, 422);
  const notes: string[] = [];
  const base = inputFromReport(last, { year: target, onNote: (n) => notes.push(n) });
  const format = formatForYear(target);
  const numbers = { ...(base.numbers ?? {}) };
  const carried: Record<string, string> = {};
  for (const id of Object.keys(numbers)) carried[id] = `取自${last.meta.year}年报告「结转下年度继续办理」`;
  // 现行有效件数 starts from last year's stock (same format only: the 2019 tables count other things).
  if (last.format === format && format === '2021')
    for (const c of cellsOf(format).filter((x) => x.table === 't2' && x.col.key === 'valid')) {
      const v = last.tables[c.id]?.value;
      if (typeof v === 'number') {
        numbers[c.id] = v;
        carried[c.id] = `取自${last.meta.year}年报告的现行有效件数，请按本年制发、废止调整`;
      }
    }
  if (!Object.keys(carried).length) notes.push(`${last.meta.year}年报告中没有读到可结转的数字（表三「结转下年度继续办理」或表二「现行有效件数」）。`);
  else notes.push(`已从${last.meta.year}年报告带入 ${Object.keys(carried).length} 个数字：${Object.keys(carried).slice(0, 4).map((id) => describeCell(format, id)).join('、')}${Object.keys(carried).length > 4 ? ' 等' : ''}。`);
  const meta = { ...base.meta, date: undefined };
  return { input: { ...base, meta, numbers, carried, previous: last }, notes };
}

export async function draftFromLastYear(
  deps: DraftsDeps,
  bytes: Uint8Array,
  filename: string,
  opts: { year?: number; canCreate?: (agency: string) => void } = {},
): Promise<{ draft: DraftRecord; notes: string[] }> {
  const doc = await readDocument(bytes, filename);
  const last = parseText(doc.text, { file: filename });
  if (!last.meta.agency) throw new UserError(`「${filename}」中读不到机关全称，无法据此新建草稿。请确认上传的是本机关上年的政府信息公开工作年度报告。`, 422);
  const { input, notes } = carryOver(last, opts.year);
  opts.canCreate?.(input.meta.agency);
  const draft = await createDraft(deps, input, `从${last.meta.year}年报告新建`);
  return { draft, notes: [...doc.notes, ...notes] };
}
