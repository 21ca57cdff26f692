// 表二 (the agency's own documents, licences, penalties, fees): a count's row and column, amounts in 万元.
import { nearAsYuan } from '../numerals.js';
import { tableDef } from '../../format/index.js';
import type { CueToken, NumToken } from '../tokens.js';
import { place, type Reader, rowTargets } from './reader.js';
import { ask, setCell } from './record.js';

/** A 表二 count or amount: its row (or each row, with 各), its column, and its unit (万元 for amounts). */
export function handleT2(rd: Reader, num: NumToken, cs: CueToken[], phrase: string): void {
  const rowKeys = [...new Set(cs.filter((c) => c.target.t === 't2row').map((c) => (c.target as { key: string }).key))];
  // 「处罚和强制各3件」: 各 gives each row named the count (a zero needs no 各: 「许可、强制：0」).
  if (rowKeys.length > 1 && (/各/.test(phrase) || (num.value === 0 && rd.mode.kind === 'exact'))) {
    for (const k of rowKeys) handleT2(rd, num, cs.filter((c) => c.target.t !== 't2row' || (c.target as { key: string }).key === k), phrase);
    return;
  }
  if (rowKeys.length > 1) return ask(rd, `「${phrase}」同时提到了几项，请分开说明。`, rowKeys.flatMap((k) => rowTargets(rd, 't2', k)));
  // 「收费金额：0」: a column that only one row has names that row.
  const colKeys = cs.filter((c) => c.target.t === 't2col').map((c) => (c.target as { key: string }).key);
  const onlyRow = tableDef(rd.format, 't2').blocks.filter((b) => b.rows.length === 1 && colKeys.length && colKeys.every((k) => b.columns.some((c) => c.key === k)));
  const row = rowKeys[0] ?? rd.ctx.t2row ?? (onlyRow.length === 1 ? onlyRow[0].rows[0].key : undefined);
  if (!row) return ask(rd, `「${phrase}」是表二哪一项的数字？`);
  rd.ctx.t2row = row;
  const { block, colCue, ...named } = columnOf(rd, cs, row);
  // 「规范性文件今年发的11件」: documents sent out this year in 件 (the table's unit), no other column named, are 本年制发.
  // (「发了3个」 is asked: 个 may count notices sent rather than documents made.)
  const col = named.col ?? (num.unit === '件' && /(?<![没未不])(?:下)?发(?:了|的|过|布了?)?(?:今年|本年|全年|一共|总共|共)?\s*[\d一两二三四五六七八九十百]+\s*件/.test(phrase) ? block.columns.find((k) => k.key === 'issued') : undefined);
  // 「规章三项均为0」「规章各项都是0」: every column of the row is 0.
  if (!col && num.value === 0 && rd.mode.kind === 'exact' && /[三3]项|各项|三列|各列|全部|都是|均为/.test(phrase)) {
    for (const k of block.columns) setCell(rd, `t2.${row}.${k.key}`, 0, phrase);
    return;
  }
  if (!col) return ask(rd, `「${phrase}」：表二这一项有${block.columns.map((c) => `「${c.label}」`).join('')}几列，请说明是哪一列。`, rowTargets(rd, 't2', row), num.value);
  if (num.approx) return ask(rd, `「${phrase}」是约数，表格需要准确数字，请给出确切的数。`, [`t2.${row}.${col.key}`], num.value);
  const id = `t2.${row}.${col.key}`;
  const value = col.kind === 'amount' ? amountOf(rd, num, id, phrase) : countOf(rd, num, id, col.label, colCue, phrase);
  if (value !== undefined) setCell(rd, id, value, phrase);
}

/** The column named (or carried from the row before in this sentence, or the row's only one). */
function columnOf(rd: Reader, cs: CueToken[], row: string) {
  const block = tableDef(rd.format, 't2').blocks.find((b) => b.rows.some((r) => r.key === row))!;
  const colCue = cs.find((c) => c.target.t === 't2col' && block.columns.some((k) => k.key === (c.target as { key: string }).key));
  // 「废止规章0件，规范性文件2件」: the column named before carries to the next row of a parallel list.
  const carriedCol = !colCue && rd.ctx.t2col?.sentence === rd.sentence ? block.columns.find((k) => k.key === rd.ctx.t2col!.key) : undefined;
  // 「规章那个不对 零」: a correction naming a row corrects the one column of it the clerk gave.
  const given = block.columns.filter((k) => rd.ec.corrects?.includes(`t2.${row}.${k.key}`));
  const corrected = given.length === 1 ? given[0] : undefined;
  const col = colCue ? block.columns.find((k) => k.key === (colCue.target as { key: string }).key)! : block.columns.length === 1 ? block.columns[0] : (carriedCol ?? corrected);
  if (colCue) rd.ctx.t2col = { key: (colCue.target as { key: string }).key, sentence: rd.sentence };
  return { block, col, colCue };
}

/** An amount in 万元 (from 元, or 万 said alone); undefined when asked (no unit, more than four decimals). */
function amountOf(rd: Reader, num: NumToken, id: string, phrase: string): number | undefined {
  let value = num.value;
  if (num.unit === '元' && rd.format === '2021') value = Math.round(value) / 10000;
  // 「收费有2万」「一万二」: a number said with 万 and no 元 was read in 元 (20000, 12000); the column is in 万元.
  if (!num.unit && /万/.test(num.raw)) value = num.value / 10000;
  // 「收费6800」: a large amount with no unit could be 元 or 万元 — asked.
  // (「收了23500块」→「不对 收费账上是32500」: a bare figure correcting an amount is in 元 when that puts it near the old one.)
  else if (!num.unit && value >= 100 && nearAsYuan(rd.ec.cells?.[id], value)) value = Math.round(value) / 10000;
  else if (!num.unit && value >= 100) return asked(rd, `「${phrase}」：金额请写明单位（元或万元）。`, [id], num.value);
  // 6800元 is 0.68万元 (compared with a tolerance: 0.68 × 10000 is 6800.000000000001 in floating point).
  if (Math.abs(value * 10000 - Math.round(value * 10000)) > 1e-6)
    return asked(rd, `「${phrase}」：${place(rd, id)}以万元为单位，最多保留四位小数（到元），请核对金额。`, [id]);
  return value;
}

/** A count of documents or decisions (a decrease is negative); undefined when asked (money, people, a fraction). */
function countOf(rd: Reader, num: NumToken, id: string, label: string, colCue: CueToken | undefined, phrase: string): number | undefined {
  let value = num.value;
  // (「处罚3万」 may be thirty thousand decisions or a fine of 3万元: 万 without 件 is asked, as money is.)
  if ((num.unit && /元|块/.test(num.unit)) || (!num.unit && /万[余多]?$/.test(num.raw))) return asked(rd, `「${phrase}」是金额还是件数？没有填入；是件数请说「${label}N件」。`, [id]);
  // 「处罚了15个人」: people are no count of decisions (one decision may name several, or one person several).
  if (num.unit && /^(?:人|名|人次)$/.test(num.unit)) return asked(rd, `「${phrase}」说的是人数，${place(rd, id)}是件数，没有填入，请说明件数。`, [id], num.value);
  if ((colCue?.target as { sign?: number } | undefined)?.sign === -1) value = -value;
  if (!Number.isInteger(value)) return asked(rd, `「${phrase}」：${place(rd, id)}应为整数。`, [id]);
  return value;
}

/** Ask, and give no value. */
function asked(...args: Parameters<typeof ask>): undefined {
  ask(...args);
  return undefined;
}
