// What a user may type into a cell, by the cell's kind in the format declaration. One rule for API, chat and UI.
import { cellRef, describeCell, type FormatId } from '../format/index.js';

/** Chinese reason why `value` cannot go into cell `id`, or null when it can. */
export function cellInputError(format: FormatId, id: string, value: number | null): string | null {
  const ref = cellRef(format, id);
  if (!ref) return `「${id}」不是${format}年版格式的单元格`;
  const place = describeCell(format, id);
  if (ref.computed) return `${place}是合计，由程序计算，不能填写`;
  if (value === null) return null;
  if (!Number.isFinite(value)) return `${place}应为数字`;
  if (ref.kind === 'count' && (!Number.isInteger(value) || value < 0)) return `${place}应为非负整数，实为 ${value}`;
  if (ref.kind === 'delta' && !Number.isInteger(value)) return `${place}应为整数（可为负），实为 ${value}`;
  if (ref.kind === 'amount') {
    if (value < 0) return `${place}金额不能为负，实为 ${value}`;
    if (Math.abs(value * 10000 - Math.round(value * 10000)) > 1e-6) return `${place}金额最多四位小数（万元精确到元），实为 ${value}`;
  }
  return null;
}
