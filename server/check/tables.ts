// Table rules: T3-BALANCE, T3-ROWSUM, T3-RESULTSUM, T4-SUM, CELL-INVALID, T2-FEE-UNIT.
// A rule that needs a cell the report does not have (truncated page) or cannot read (blank) is skipped:
// the blank itself is what CELL-INVALID reports.
import { blockOf, cellId, cellsOf, describeCell, TABLE_NAMES, type CellRef, type FormatId, type TableKey } from '../format/index.js';
import { addExact, termsOf } from '../report/tables.js';
import type { Cell } from '../report/schema.js';
import { emit, memo, type Ctx } from './context.js';

/** What was written in a cell, for evidence. */
export function written(c: Cell | undefined): string {
  if (!c) return '（缺）';
  if (c.raw !== undefined) return c.raw.trim() === '' ? '（空白）' : c.raw;
  return c.value === null ? '（空白）' : String(c.value);
}

const fmtNum = (n: number) => String(addExact([n]));

interface SumCheck {
  rule: string;
  target: string;
  terms: string[];
  /** Positions of target and terms in the format's cell list (values are read once per report into an array). */
  at: number;
  termsAt: number[];
  label: string;
}

interface Plan {
  ids: string[];
  sums: SumCheck[];
}

/** 「结果维持、结果纠正、其他结果、尚未审结之和」, 「自然人与法人或其他组织各列之和」: the summed columns as the format names them. */
function sumLabel(format: FormatId, ref: CellRef): string {
  const cols = blockOf(format, ref.table, ref.row.key)!.columns.filter((c) => ref.col.sumOf!.includes(c.key));
  const parts: string[] = [];
  for (const c of cols) {
    const part = c.group ? `${c.group}各列` : c.label;
    if (parts.at(-1) !== part) parts.push(part);
  }
  return `${parts.join(parts.length === 2 ? '与' : '、')}之和`;
}

/** Every arithmetic relation of a format, built once per format. */
const planCache = new Map<FormatId, Plan>();
function plan(format: FormatId): Plan {
  const hit = planCache.get(format);
  if (hit) return hit;
  const cells = cellsOf(format);
  const ids = cells.map((c) => c.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const sums: SumCheck[] = [];
  const add = (rule: string, target: string, terms: string[], label: string) =>
    sums.push({ rule, target, terms, at: index.get(target)!, termsAt: terms.map((t) => index.get(t)!), label });
  for (const ref of cells) {
    if (ref.table !== 't2' && ref.col.sumOf)
      add(ref.table === 't3' ? 'T3-ROWSUM' : 'T4-SUM', ref.id, ref.col.sumOf.map((c) => cellId(ref.table, ref.row.key, c)), sumLabel(format, ref));
    if (ref.table === 't3' && ref.row.sumOf) add('T3-RESULTSUM', ref.id, ref.row.sumOf.map((r) => cellId('t3', r, ref.col.key)), '各项办理结果之和');
  }
  const p = { ids, sums };
  planCache.set(format, p);
  return p;
}

const colCache = new Map<FormatId, { ref: CellRef; ids: string[] }[]>();
/** 表三 columns with the four cells of the balance 一 + 二 = （七） + 四. */
function t3Columns(format: FormatId) {
  let hit = colCache.get(format);
  if (!hit) {
    hit = cellsOf(format)
      .filter((c) => c.table === 't3' && c.row.key === 'new')
      .map((ref) => ({ ref, ids: ['new', 'carried', 'r7', 'next'].map((r) => cellId('t3', r, ref.col.key)) }));
    colCache.set(format, hit);
  }
  return hit;
}

function sumRules(ctx: Ctx, format: FormatId, vals: (number | null | undefined)[]) {
  const cells = ctx.cells;
  const { sums } = plan(format);
  const ev = (list: string[]) => list.map((id) => ({ id, place: describeCell(format, id), written: written(cells[id]) }));
  for (const chk of sums) {
    const target = vals[chk.at];
    if (target === null || target === undefined) continue;
    let scaled = 0;
    let missing = false;
    for (const i of chk.termsAt) {
      const v = vals[i];
      if (v === null || v === undefined) {
        missing = true;
        break;
      }
      scaled += Math.round(v * 10000);
    }
    if (missing) continue;
    const expected = scaled / 10000;
    if (expected === target) continue;
    const place = describeCell(format, chk.target);
    emit(ctx, chk.rule, {
      message: `${place}应为${chk.label} ${fmtNum(expected)}，实际填写 ${written(cells[chk.target])}`,
      where: { table: chk.target.startsWith('t4') ? 't4' : 't3', cells: [chk.target, ...chk.terms] },
      expected,
      actual: target,
      evidence: { cells: ev([chk.target, ...chk.terms]) },
    });
  }
  // 一 + 二 = （七）总计 + 四, per column.
  for (const { ref, ids } of t3Columns(format)) {
    const col = ref.col.key;
    const [a, b, c, d] = ids.map((id) => cells[id]?.value);
    if (a == null || b == null || c == null || d == null) continue;
    const left = addExact([a!, b!]);
    const right = addExact([c!, d!]);
    if (left === right) continue;
    emit(ctx, 'T3-BALANCE', {
      message: `${TABLE_NAMES.t3}「${ref.col.label}」列：一（本年新收 ${fmtNum(a!)}）加二（上年结转 ${fmtNum(b!)}）为 ${fmtNum(left)}，应等于（七）总计（${fmtNum(c!)}）加四（结转下年度 ${fmtNum(d!)}），实际为 ${fmtNum(right)}`,
      where: { table: 't3', column: col, cells: ids },
      expected: left,
      actual: right,
      evidence: { cells: ev(ids) },
    });
  }
}

const BLANKISH = /^(|\/|／|—+|－+|-+|–+|无|空|\\)$/;
const PLAIN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const FULLWIDTH_DIGITS = /[０-９．－]/g;

/** Why a cell is not a valid number of its kind (cellRules has already passed plain valid numbers), or null. */
function invalidReason(ref: CellRef, c: Cell): string | null {
  // 「1,113」 (an023): digits grouped by thousands are how large counts are often typed, and read as one number.
  const raw = c.raw?.trim().replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/^[1-9]\d{0,2}(?:[,，]\d{3})+$/, (m) => m.replace(/[,，]/g, ''));
  if (c.value === null) {
    if (raw === undefined || raw === '') return '空白';
    if (BLANKISH.test(raw)) return `填写「${raw}」而不是数字`;
    return `「${raw}」不是数字`;
  }
  // 「+1」 in 本年增/减 is how an increase is written.
  if (raw !== undefined && !PLAIN.test(ref.kind === 'delta' ? raw.replace(/^\+(?=\d)/, '') : raw)) return `「${raw}」不是规范的数字写法`;
  if (c.value < 0 && ref.kind !== 'delta') return `负数 ${c.value}`;
  if (!Number.isInteger(c.value) && ref.kind !== 'amount') return `小数 ${c.value}（应为整数）`;
  return null;
}

/** Each cell of the format read once (same order as cellsOf); its value for the sums (null/undefined = missing or blank). */
function cellRules(ctx: Ctx, format: FormatId): (number | null | undefined)[] {
  const refs = cellsOf(format);
  const vals: (number | null | undefined)[] = new Array(refs.length);
  const blanks = new Map<string, Unfilled[]>();
  const dashes = new Map<string, Unfilled[]>();
  const cutBefore = new Set<string>();
  const filled = new Set<string>();
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    const c = ctx.cells[ref.id];
    if (!c) {
      if (refs[i + 1]?.table !== ref.table) cutBefore.add(ref.table); // the table's last cell is not on the page
      continue;
    }
    vals[i] = c.value;
    if (c.value !== null || (c.raw ?? '').trim()) filled.add(ref.table);
    // The common case first: a plain number as typed.
    if (c.raw === undefined && c.value !== null && (c.value >= 0 || ref.kind === 'delta') && (ref.kind === 'amount' || Number.isInteger(c.value))) continue;
    const why = invalidReason(ref, c);
    if (!why) continue;
    if (ref.computed && c.raw === undefined && c.value === null) {
      // A total the table engine could not add up (a draft with cells still empty): point at the cells to fill,
      // not at the total, which nobody types.
      const missing = termsOf(ref).filter((id) => ctx.cells[id]?.value === null || ctx.cells[id]?.value === undefined);
      const places = missing.map((id) => describeCell(format, id));
      emit(ctx, 'CELL-INVALID', {
        message: `${describeCell(format, ref.id)}无法合计：${places.slice(0, 6).join('、')}${places.length > 6 ? `等 ${places.length} 格` : ''}尚未填写（无则填 0）`,
        where: { table: ref.table, cells: [...missing, ref.id], row: ref.row.key, column: ref.col.key }, // first: where to type
        expected: '由各项合计',
        actual: '（空白）',
        evidence: { cells: [ref.id, ...missing].slice(0, 8).map((id) => ({ id, place: describeCell(format, id), written: '（空白）' })) },
      });
      continue;
    }
    // Blank cells are gathered: a table printed with every cell empty is one problem per table, not hundreds.
    if (c.value === null && !(c.raw ?? '').trim()) {
      blanks.set(ref.table, [...(blanks.get(ref.table) ?? []), { ref, written: '（空白）', mark: '' }]);
      continue;
    }
    if (unitInCell(ctx, format, ref, c)) continue;
    // 「/」「—」 typed for 0 in many cells is one habit, said once per table (h023: every cell of 表三 is 「/」); 规章 alone
    // written 「/」 is a body without rule-making power, a warning (below), unless the whole table has the habit.
    if (BLANKISH.test((c.raw ?? '').trim())) {
      dashes.set(ref.table, [...(dashes.get(ref.table) ?? []), { ref, written: written(c), mark: (c.raw ?? '').trim() }]);
      continue;
    }
    const expected = ref.kind === 'amount' ? '非负数' : ref.kind === 'delta' ? '整数' : '非负整数';
    emit(ctx, 'CELL-INVALID', {
      message: `${describeCell(format, ref.id)}${why}，应填写${expected}（无则填 0）`,
      where: { table: ref.table, cells: [ref.id], row: ref.row.key, column: ref.col.key },
      expected,
      actual: written(c),
      evidence: { cells: [{ id: ref.id, place: describeCell(format, ref.id), written: written(c) }] },
    });
  }
  // A page cut inside a table whose labels came with no value at all (rows missing at its end) may have cut the
  // values printed after the labels: a note of the parser, never an E.
  for (const [table, list] of blanks) if (ctx.complete || !cutBefore.has(table) || filled.has(table)) emitUnfilled(ctx, format, table, list);
  for (const [table, list] of dashes) {
    const rules = list.filter((x) => x.ref.table === 't2' && x.ref.row.key === 'rules' && /^[/／]$/.test(x.mark));
    const others = list.filter((x) => !rules.includes(x));
    if (others.length >= 3 || !rules.length) emitUnfilled(ctx, format, table, list);
    else {
      emitUnfilled(ctx, format, table, others);
      for (const x of rules) slashRule(ctx, format, x);
    }
  }
  return vals;
}

/** A number with a unit typed into the cell (「43.788万元」「12件」): readable, so a warning, not an invalid cell. */
const WITH_UNIT = /^(\d+(?:\.\d+)?)\s*(万元|元|件|条|项|个|次|份|人次)$/;

function unitInCell(ctx: Ctx, format: FormatId, ref: ReturnType<typeof cellsOf>[number], c: Cell): boolean {
  const m = WITH_UNIT.exec(c.raw?.trim() ?? '');
  if (!m || c.value === null || Number(m[1]) !== c.value) return false;
  const isAmount = ref.kind === 'amount';
  if (!isAmount && !Number.isInteger(c.value)) return false;
  const place = describeCell(format, ref.id);
  const yuan = isAmount && m[2] === '元';
  emit(ctx, isAmount ? 'T2-FEE-UNIT' : 'CELL-INVALID', {
    severity: 'W',
    message: yuan
      ? `${place}写作「${c.raw}」：表头单位为万元，按元填写时应换算（${c.value} 元 = ${addExact([c.value / 10000])} 万元）`
      : `${place}写作「${c.raw}」：单元格内不写单位（表头已注明），应只填数字 ${c.value}`,
    where: { table: ref.table, cells: [ref.id], row: ref.row.key, column: ref.col.key },
    expected: isAmount && !yuan ? c.value : '只填数字',
    actual: written(c),
    evidence: { cells: [{ id: ref.id, place, written: written(c) }] },
  });
  return true;
}

/** A filled table repeats its 「0」 lines; a one-cell-per-line text in which no line repeats at all, yet a value is
 * written, lost its repeated lines on the way (a page store that de-duplicates lines: e018), so its blanks may not be. */
function repeatsDropped(ctx: Ctx): boolean {
  return memo(ctx, 'repeats-dropped', () => {
    const lines = (ctx.source?.text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length < 25 || !lines.some((l) => /^\d+(?:\.\d+)?$/.test(l))) return false;
    return new Set(lines).size === lines.length;
  });
}

/** 「规章」 written 「/」 by a body that makes no rules: a warning that it should be 0. */
function slashRule(ctx: Ctx, format: FormatId, { ref, written, mark }: Unfilled): void {
  emit(ctx, 'CELL-INVALID', {
    severity: 'W',
    message: `${describeCell(format, ref.id)}填写「${mark}」而不是数字（无规章制定权的机关应填 0）`,
    where: { table: ref.table, cells: [ref.id], row: ref.row.key, column: ref.col.key },
    expected: '非负整数',
    actual: written,
    evidence: { cells: [{ id: ref.id, place: describeCell(format, ref.id), written }] },
  });
}

/** A cell that holds no number: blank, or a mark typed for 0 (「/」「—」). */
interface Unfilled {
  ref: CellRef;
  /** As shown in the evidence: 「/」, or （空白）. */
  written: string;
  /** The mark typed, '' when blank. */
  mark: string;
}
const expectedOf = (ref: CellRef) => (ref.kind === 'amount' ? '非负数' : ref.kind === 'delta' ? '整数' : '非负整数');

/** Unfilled cells of one table: each on its own when few; one finding naming the rows when many (a table printed
 * blank, or 「/」 typed in every cell, is one habit, not hundreds of errors). */
function emitUnfilled(ctx: Ctx, format: FormatId, table: string, list: Unfilled[]): void {
  const blank = list.every((x) => !x.mark);
  const what = (marks: string[]) => (blank ? '空白' : `写作${marks.map((m) => `「${m}」`).join('')}而不是数字`);
  if (list.length < 3) {
    for (const { ref, written, mark } of list)
      emit(ctx, 'CELL-INVALID', {
        message: `${describeCell(format, ref.id)}${blank ? '空白' : `填写「${mark}」而不是数字`}，应填写${expectedOf(ref)}（无则填 0）`,
        where: { table: ref.table, cells: [ref.id], row: ref.row.key, column: ref.col.key },
        expected: expectedOf(ref),
        actual: written,
        evidence: { cells: [{ id: ref.id, place: describeCell(format, ref.id), written }] },
      });
    return;
  }
  const rows = [...new Set(list.map((x) => x.ref.row.label))];
  const marks = [...new Set(list.map((x) => x.mark))];
  const deduped = blank && repeatsDropped(ctx);
  emit(ctx, 'CELL-INVALID', {
    severity: deduped ? 'W' : undefined,
    message: `${TABLE_NAMES[table as TableKey] ?? table}有 ${list.length} 个单元格${what(marks)}（${rows.slice(0, 6).map((r) => `「${r}」`).join('')}${rows.length > 6 ? `等 ${rows.length} 行` : '行'}），应填写数字（无则填 0）${deduped ? '；全文没有一行重复（表格中的「0」只出现一次），可能是转存网页时删去了重复的行，请对照原文核实' : ''}`,
    where: { table: table as 't2' | 't3' | 't4', cells: list.map((x) => x.ref.id), row: list[0].ref.row.key, column: list[0].ref.col.key },
    expected: '数字（无则填 0）',
    actual: blank ? '（空白）' : marks.join(''),
    evidence: { cells: list.map(({ ref, written }) => ({ id: ref.id, place: describeCell(format, ref.id), written })) },
  });
}

/** 万元 ceilings beyond which a fee looks written in 元 (a township collecting over 1 million yuan of fees is implausible). */
const FEE_CEILING: Record<string, number> = { 乡镇: 100, 街道: 100, 县级政府: 10000, 县级部门: 10000, 市级政府: 100000, 市级部门: 100000, 省级政府: 1000000, 省级部门: 1000000 };

function feeUnit(ctx: Ctx, format: FormatId) {
  if (format !== '2021') return;
  const id = 't2.fee.amount';
  const c = ctx.cells[id];
  if (!c || c.value === null) return;
  const ceiling = FEE_CEILING[ctx.level ?? ''] ?? 100000;
  if (c.value <= ceiling) return;
  emit(ctx, 'T2-FEE-UNIT', {
    message: `${describeCell(format, id)}填写 ${written(c)}，按万元计为 ${c.value} 万元，对${ctx.level ?? '该'}机关明显偏大，疑似以元填报（${c.value} 元 = ${addExact([c.value / 10000])} 万元）`,
    where: { table: 't2', cells: [id] },
    expected: `不超过 ${ceiling} 万元`,
    actual: c.value,
    evidence: { cells: [{ id, place: describeCell(format, id), written: written(c) }] },
  });
}

/** 表二 (一): what is in force (2021) or publicly available in total (2019) includes this year's new documents. */
function stockBelowNew(ctx: Ctx, format: FormatId) {
  for (const row of ['rules', 'normative']) {
    const [newId, stockId, minus] = format === '2021' ? [`t2.${row}.issued`, `t2.${row}.valid`, `t2.${row}.repealed`] : [`t2.${row}.published`, `t2.${row}.total`, null];
    const made = ctx.cells[newId]?.value;
    const stock = ctx.cells[stockId]?.value;
    const gone = minus ? (ctx.cells[minus]?.value ?? null) : 0;
    if (made == null || stock == null || gone == null || made - gone <= stock) continue;
    const ids = [newId, stockId, ...(minus ? [minus] : [])];
    emit(ctx, 'N-SELF-CONTRADICT', {
      severity: 'W',
      message: `${describeCell(format, stockId)}为 ${stock}，少于${describeCell(format, newId)} ${made}${minus ? `减去本年废止 ${gone}` : ''}：本年新${format === '2021' ? '制发' : '公开'}的文件应计入其中`,
      where: { table: 't2', cells: ids },
      expected: `不少于 ${made - gone}`,
      actual: stock,
      evidence: { cells: ids.map((id) => ({ id, place: describeCell(format, id), written: written(ctx.cells[id]) })) },
    });
  }
}

export function checkTables(ctx: Ctx): void {
  const format = ctx.format;
  if (!format) return;
  sumRules(ctx, format, cellRules(ctx, format));
  feeUnit(ctx, format);
  stockBelowNew(ctx, format);
}
