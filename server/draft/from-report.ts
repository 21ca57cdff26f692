// A parsed or earlier report (e.g. `nianbao parse --json`) as drafting input: agency, year and every number kept.
import { convertLeaves } from '../report/convert.js';
import { leafCells } from '../report/tables.js';
import type { AnyReport } from '../report/schema.js';
import { UserError } from '../errors.js';
import { formatForYear } from '../format/index.js';
import type { DraftInputIn } from './types.js';

/** `onNote` hears what could not be carried over (a 2019-format report redrafted in the 2021 format…). */
export function inputFromReport(r: AnyReport, opts: { year?: number; onNote?: (note: string) => void } = {}): DraftInputIn {
  const year = opts.year ?? r.meta.year;
  if (!r.meta.agency || r.meta.agency.length < 2) throw new UserError('报告中读不到机关全称，请在 JSON 的 meta.agency 中补充。');
  if (year === null || year === undefined) throw new UserError('报告中读不到报告年度，请用 --year YYYY 指定。');
  const format = formatForYear(year);
  // The year advances → last year's numbers are not this year's: keep only what is carried over (none is invented).
  const sameYear = year === r.meta.year;
  const numbers: Record<string, number | null> = {};
  if (sameYear && r.format === format)
    for (const c of leafCells(format)) {
      const v = r.tables[c.id]?.value;
      if (v !== undefined) numbers[c.id] = v;
    }
  else if (sameYear && r.format) {
    // Written in the wrong format (a 2023 report in the 2019 tables): carry every number that has a counterpart.
    const converted = convertLeaves(r.format, format, r.tables);
    Object.assign(numbers, converted.numbers);
    converted.notes.forEach((n) => opts.onNote?.(n));
  }
  // Last year's 「结转下年度继续办理」 is this year's 「上年结转」 (same column).
  if (!sameYear && r.meta.year !== null && year === r.meta.year + 1)
    for (const c of leafCells(format).filter((x) => x.table === 't3' && x.row.key === 'carried')) {
      const v = r.tables[`t3.next.${c.col.key}`]?.value;
      if (typeof v === 'number') numbers[c.id] = v;
    }
  return {
    meta: { ...r.meta, agency: r.meta.agency, year, date: sameYear ? r.meta.date : undefined },
    format,
    numbers,
    facts: sameYear ? (r.facts ?? []) : [],
    fee: sameYear ? r.fee : undefined,
  };
}
