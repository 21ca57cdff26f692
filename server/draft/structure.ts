// Section text ↔ report sections: sub-headings of 一 as structured subsections, and the skeleton of a draft.
import { ASPECTS, CHINESE_ORDINALS, formatForYear, type FormatId } from '../format/index.js';
import type { Report, Section } from '../report/schema.js';
import { tablesFromNumbers, leafCells, type Cells } from '../report/tables.js';
import { headingOf, otherMatters, preface, reportTitle, tableIntro } from './fixed.js';
import type { DraftInput, Generator } from './types.js';

/** 「（一）主动公开情况」 lines split 一's text into its five aspects. */
export function subsectionsOf(text: string): Section['subsections'] {
  const out: NonNullable<Section['subsections']> = [];
  let cur: (typeof out)[number] | undefined;
  for (const line of text.split('\n')) {
    const m = /^（([一二三四五六七八九十])）(.{1,30})$/.exec(line);
    if (m) {
      const i = CHINESE_ORDINALS.indexOf(m[1]);
      const aspect = ASPECTS.find((a) => a.title === m[2])?.key ?? ASPECTS[i]?.key;
      cur = { heading: line, aspect, text: '' };
      out.push(cur);
    } else if (cur) cur.text = cur.text ? `${cur.text}\n${line}` : line;
  }
  return out.length ? out : undefined;
}

export function section(no: number, text: string, generator: Generator): Section {
  return { no, heading: headingOf(no), text, generator, ...(no === 1 ? { subsections: subsectionsOf(text) } : {}) };
}

/** Leaf numbers of the input: explicit numbers win over cells carried from a parsed report. */
export function inputNumbers(input: DraftInput, format: FormatId): Record<string, number | null> {
  const leaves = new Set(leafCells(format).map((c) => c.id));
  const out: Record<string, number | null> = {};
  for (const [id, cell] of Object.entries(input.tables ?? {})) if (leaves.has(id)) out[id] = cell.value;
  for (const [id, v] of Object.entries(input.numbers)) if (leaves.has(id)) out[id] = v;
  return out;
}

export interface Skeleton {
  report: Report;
  format: FormatId;
  tables: Cells;
  notices: string[];
}

/** Everything deterministic: title, preface, tables, 二/三/四 intros, 六, sign-off. 一 and 五 are left empty. */
export function skeleton(input: DraftInput): Skeleton {
  const format = input.format ?? formatForYear(input.meta.year);
  const notices: string[] = [];
  if (input.format && input.format !== formatForYear(input.meta.year))
    notices.push(`所选表格格式（${input.format}年版）与报告年度${input.meta.year}年不符，应使用${formatForYear(input.meta.year)}年版。`);
  const tables = tablesFromNumbers(format, inputNumbers(input, format));
  const missingCells = leafCells(format).filter((c) => tables[c.id]?.value === undefined || tables[c.id]?.value === null).length;
  if (missingCells) notices.push(`表格有${missingCells}个单元格未填写，合计中涉及的格子留空，请补齐后再发布。`);
  const pre = preface(input.meta); // what it lacks is a D-MISSING-PREFACE finding on the draft (validate.ts)
  if (pre.missing.length) notices.push(`未提供${pre.missing.join('和')}，前言中未写这一项，请补充。`);
  const six = otherMatters({ fee: input.fee, format, meta: input.meta, tables });
  if (six.notice) notices.push(six.notice);
  if (!input.meta.date) notices.push('未提供落款日期，请补充。');
  const report: Report = {
    format,
    meta: input.meta,
    title: reportTitle(input.meta),
    preface: pre.text,
    sections: [
      section(1, '', 'template'),
      section(2, tableIntro(2, format, tables, input.meta), 'template'),
      section(3, tableIntro(3, format, tables, input.meta), 'template'),
      section(4, tableIntro(4, format, tables, input.meta), 'template'),
      section(5, '', 'template'),
      section(6, six.text, 'template'),
    ],
    tables,
    facts: input.facts,
    fee: input.fee,
    signoff: { agency: input.meta.agency, date: input.meta.date },
  };
  return { report, format, tables, notices };
}

export const withSection = (report: Report, s: Section): Report => ({
  ...report,
  sections: report.sections.map((x) => (x.no === s.no ? s : x)),
});
