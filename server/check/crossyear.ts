// Year-over-year rules, run only when last year's report is given: Y-CARRYOVER, Y-STOCK, Y-REUSE, Y-JUMP.
import { cellId, cellRef, cellsOf, describeCell, TABLE_NAMES } from '../format/index.js';
import { addExact } from '../report/tables.js';
import { buildContext, emit, sectionText, SECTION_NAME, type Ctx } from './context.js';
import { written } from './tables.js';
import { clip, sentences } from './text.js';

const val = (c: Ctx, id: string) => {
  const v = c.cells[id]?.value;
  return v === null || v === undefined ? null : v;
};

function carryover(ctx: Ctx, prev: Ctx) {
  if (!ctx.format || !prev.format) return;
  for (const ref of cellsOf(ctx.format).filter((c) => c.table === 't3' && c.row.key === 'carried')) {
    const col = ref.col.key;
    const now = val(ctx, ref.id);
    const prevId = cellId('t3', 'next', col);
    const before = val(prev, prevId);
    if (now === null || before === null || now === before) continue;
    emit(ctx, 'Y-CARRYOVER', {
      message: `${TABLE_NAMES.t3}「${ref.col.label}」列：本年「二、上年结转」为 ${now}，上年报告「${cellRef(prev.format, prevId)!.row.label}」为 ${before}，两者应相等`,
      where: { table: 't3', column: col, cells: [ref.id] },
      expected: before,
      actual: now,
      evidence: {
        cells: [
          { id: ref.id, place: `本年${describeCell(ctx.format, ref.id)}`, written: written(ctx.cells[ref.id]) },
          { id: `previous:${prevId}`, place: `上年${describeCell(prev.format, prevId)}`, written: written(prev.cells[prevId]) },
        ],
      },
    });
  }
}

function stock(ctx: Ctx, prev: Ctx) {
  // Not across the 2020→2021 format change: the 2019 columns mean something else.
  if (ctx.format !== '2021' || prev.format !== '2021') return;
  for (const row of ['rules', 'normative']) {
    const ids = { valid: cellId('t2', row, 'valid'), issued: cellId('t2', row, 'issued'), repealed: cellId('t2', row, 'repealed') };
    const valid = val(ctx, ids.valid);
    const issued = val(ctx, ids.issued);
    const repealed = val(ctx, ids.repealed);
    const before = val(prev, ids.valid);
    if (valid === null || issued === null || repealed === null || before === null) continue;
    const expected = addExact([before, issued, -repealed]);
    if (expected === valid) continue;
    emit(ctx, 'Y-STOCK', {
      message: `${describeCell('2021', ids.valid)}为 ${valid}，按上年现行有效 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} 应为 ${expected}（文件也可能因到期失效，请核对）`,
      where: { table: 't2', cells: [ids.valid, ids.issued, ids.repealed] },
      expected,
      actual: valid,
      evidence: {
        cells: [
          ...[ids.valid, ids.issued, ids.repealed].map((id) => ({ id, place: `本年${describeCell('2021', id)}`, written: written(ctx.cells[id]) })),
          { id: `previous:${ids.valid}`, place: `上年${describeCell('2021', ids.valid)}`, written: written(prev.cells[ids.valid]) },
        ],
      },
    });
  }
}

const SHINGLE = 8;
const normForReuse = (s: string) => s.replace(/[\s\p{P}\u3000]/gu, '').replace(/\d+/g, '#');

function shingles(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= s.length; i++) out.add(s.slice(i, i + SHINGLE));
  return out;
}

/** Share of this year's text (8-character pieces, digits masked) that also occurs in last year's. */
export function reuseRatio(now: string, before: string): number {
  const a = normForReuse(now);
  const b = shingles(normForReuse(before));
  if (a.length < SHINGLE || !b.size) return 0;
  let hit = 0;
  let total = 0;
  for (let i = 0; i + SHINGLE <= a.length; i++) {
    total++;
    if (b.has(a.slice(i, i + SHINGLE))) hit++;
  }
  return hit / total;
}

function reuse(ctx: Ctx, prev: Ctx) {
  for (const no of [1, 5]) {
    const now = sectionText(ctx.sections.get(no));
    const before = sectionText(prev.sections.get(no));
    if (normForReuse(now).length < 50 || !before) continue;
    const ratio = reuseRatio(now, before);
    if (ratio <= 0.5) continue;
    const prevNorm = normForReuse(before);
    const copied = sentences(now).filter((s) => s.text.length >= 10 && prevNorm.includes(normForReuse(s.text)));
    const pct = Math.round(ratio * 100);
    emit(ctx, 'Y-REUSE', {
      message: `${SECTION_NAME[no]}有 ${pct}% 的文字与上年报告相同（超过50%），应据本年实际重写${no === 5 ? '，并说明上年问题的整改情况' : ''}`,
      where: { section: no },
      expected: '≤ 50%',
      actual: `${pct}%`,
      evidence: { quote: copied.length ? copied.slice(0, 3).map((s) => clip(s.text, 60)).join(' / ') : clip(now, 120) },
    });
  }
}

function jump(ctx: Ctx, prev: Ctx) {
  if (!ctx.format || ctx.format !== prev.format) return;
  for (const ref of cellsOf(ctx.format)) {
    const watched = ref.table === 't2' || (ref.col.key === 'total' && (ref.row.key === 'new' || ref.row.key === 'r7' || ref.table === 't4'));
    if (!watched) continue;
    const a = val(prev, ref.id);
    const b = val(ctx, ref.id);
    if (a === null || b === null || Math.max(a, b) < 10 || a < 0 || b < 0) continue;
    const ratio = a === 0 ? Infinity : b / a;
    if (ratio <= 5 && ratio >= 0.2) continue;
    emit(ctx, 'Y-JUMP', {
      message: `${describeCell(ctx.format, ref.id)}由上年 ${a} 变为本年 ${b}（${a === 0 ? '由零增长' : `${Math.round(ratio * 100) / 100} 倍`}），变化超过5倍，请核对`,
      where: { table: ref.table, cells: [ref.id] },
      expected: `${addExact([a * 0.2])}–${addExact([a * 5])}`,
      actual: b,
      evidence: {
        cells: [
          { id: ref.id, place: `本年${describeCell(ctx.format, ref.id)}`, written: written(ctx.cells[ref.id]) },
          { id: `previous:${ref.id}`, place: `上年${describeCell(ctx.format, ref.id)}`, written: written(prev.cells[ref.id]) },
        ],
      },
    });
  }
}

export function checkCrossYear(ctx: Ctx, previous: Parameters<typeof buildContext>[0]): void {
  const prev = buildContext(previous);
  const consecutive = ctx.year === null || prev.year === null || prev.year === ctx.year - 1;
  if (consecutive) {
    carryover(ctx, prev);
    stock(ctx, prev);
    jump(ctx, prev);
  }
  reuse(ctx, prev);
}
