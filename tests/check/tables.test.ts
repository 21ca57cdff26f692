import { describe, expect, it } from 'vitest';
import { checkReport, TABLE_RULES } from '../../server/check/index.js';
import { cellsOf, type FormatId } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { AnyReport, Report } from '../../server/report/schema.js';
import { asParsed, goodReport } from './helpers.js';

const tableFindings = (r: AnyReport) => checkReport(r).filter((f) => TABLE_RULES.includes(f.rule));

function setCell(r: Report, id: string, cell: { value: number | null; raw?: string }): Report {
  return { ...r, tables: { ...r.tables, [id]: cell } };
}

/** Which rules a single +1 on this cell must trip. */
function expectedRules(format: FormatId, id: string): string[] {
  const [t, row, col] = id.split('.');
  if (t === 't4') return ['T4-SUM'];
  if (t !== 't3') return [];
  const out = ['T3-ROWSUM']; // every 表三 cell is in a row sum (a term or the 总计)
  const resultRow = row.startsWith('r'); // （一）…（七）
  if (resultRow) out.push('T3-RESULTSUM');
  if (['new', 'carried', 'r7', 'next'].includes(row)) out.push('T3-BALANCE');
  void format;
  void col;
  return out.sort();
}

describe('table rules — property', () => {
  for (const format of ['2019', '2021'] as const) {
    it(`200 random valid reports (${format}) give no table finding`, () => {
      for (let seed = 1; seed <= 200; seed++) {
        const r = randomValidReport(seed, { format });
        expect(tableFindings(r), `seed ${seed}`).toEqual([]);
      }
    });

    it(`a +1 on any 表三/表四 cell (${format}) is caught by the right rule`, () => {
      for (const seed of [3, 17]) {
        const base = randomValidReport(seed, { format });
        for (const ref of cellsOf(format)) {
          if (ref.table === 't2') continue; // 表二 has no arithmetic rule
          const v = base.tables[ref.id].value!;
          const found = tableFindings(setCell(base, ref.id, { value: v + 1 }));
          const got = [...new Set(found.map((f) => f.rule))].sort();
          expect(got, `${ref.id} seed ${seed}`).toEqual(expectedRules(format, ref.id));
          // Every finding names the changed cell among its evidence.
          for (const f of found) expect(f.evidence.cells!.map((c) => c.id)).toContain(ref.id);
        }
      }
    });
  }

  it('a fractional or negative 表二 count is CELL-INVALID; a negative 2019 本年增/减 is not', () => {
    const r21 = randomValidReport(5, { format: '2021' });
    expect(tableFindings(setCell(r21, 't2.license.decisions', { value: 2.5 })).map((f) => f.rule)).toEqual(['CELL-INVALID']);
    expect(tableFindings(setCell(r21, 't2.penalty.decisions', { value: -1 })).map((f) => f.rule)).toEqual(['CELL-INVALID']);
    expect(tableFindings(setCell(r21, 't2.fee.amount', { value: 0.35 }))).toEqual([]);
    const r19 = randomValidReport(5, { format: '2019' });
    expect(tableFindings(setCell(r19, 't2.license.delta', { value: -3 }))).toEqual([]);
  });
});

describe('table rules — examples', () => {
  it('T3-BALANCE names the column and the four cells with what was written', () => {
    const r = setCell(randomValidReport(9, { format: '2021' }), 't3.next.natural', { value: 7 });
    const f = checkReport(r).find((x) => x.rule === 'T3-BALANCE')!;
    expect(f.severity).toBe('E');
    expect(f.message).toContain('「自然人」列');
    expect(f.evidence.cells!.map((c) => c.id)).toEqual(['t3.new.natural', 't3.carried.natural', 't3.r7.natural', 't3.next.natural']);
    expect(f.evidence.cells![3].written).toBe('7');
  });

  it('CELL-INVALID: 「00」, blank and 「/」 as written; 「/」 in a 规章 row is a warning', () => {
    const base = asParsed(goodReport(2));
    const r = {
      ...base,
      tables: {
        ...base.tables,
        't3.r3_1.total': { value: 0, raw: '00' },
        't3.r5_1.total': { value: null, raw: '' },
        't4.review.other': { value: null, raw: '—' },
        't2.rules.issued': { value: null, raw: '/' },
      },
    };
    const fs = checkReport(r).filter((f) => f.rule === 'CELL-INVALID');
    const by = Object.fromEntries(fs.map((f) => [f.where.cells![0], f]));
    expect(Object.keys(by).sort()).toEqual(['t2.rules.issued', 't3.r3_1.total', 't3.r5_1.total', 't4.review.other']);
    expect(by['t3.r3_1.total'].message).toContain('「1.属于国家秘密」行「总计」列');
    expect(by['t3.r3_1.total'].evidence.cells![0].written).toBe('00');
    expect(by['t3.r5_1.total'].message).toContain('空白');
    expect(by['t2.rules.issued'].severity).toBe('W');
    expect(by['t4.review.other'].severity).toBe('E');
    // A blank cell does not also produce a sum finding (the sum cannot be checked).
    expect(checkReport(r).some((f) => f.rule === 'T3-ROWSUM' && f.where.cells![0] === 't3.r5_1.total')).toBe(false);
  });

  it('a missing cell (truncated page) is skipped, not failed', () => {
    const r = asParsed(goodReport(3), { complete: false });
    const tables = Object.fromEntries(Object.entries(r.tables).filter(([id]) => !id.startsWith('t3.r7') && !id.startsWith('t4')));
    expect(tableFindings({ ...r, tables })).toEqual([]);
  });

  it('T2-FEE-UNIT: a township fee of 3500 万元 looks like 元; 0.35 万元 does not', () => {
    const r = goodReport(4, { format: '2021' });
    const f = checkReport(setCell(r, 't2.fee.amount', { value: 3500 })).filter((x) => x.rule === 'T2-FEE-UNIT');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('W');
    expect(f[0].message).toContain('万元');
    expect(checkReport(setCell(r, 't2.fee.amount', { value: 0.35 })).some((x) => x.rule === 'T2-FEE-UNIT')).toBe(false);
  });
});

describe('a draft total that cannot be added up', () => {
  it('points at the empty cells to fill, not at the total', async () => {
    const { tablesFromNumbers, leafCells } = await import('../../server/report/tables.js');
    const { randomValidReport } = await import('../../server/report/generate.js');
    const { checkReport } = await import('../../server/check/index.js');
    const r = randomValidReport(2, { year: 2025 });
    const numbers = Object.fromEntries(leafCells('2021').map((c) => [c.id, r.tables[c.id].value]));
    delete numbers['t3.new.commercial'];
    r.tables = tablesFromNumbers('2021', numbers);
    const f = checkReport(r).filter((x) => x.rule === 'CELL-INVALID');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('E');
    expect(f[0].message).toBe('表三「一、本年新收政府信息公开申请数量」行「总计」列无法合计：表三「一、本年新收政府信息公开申请数量」行「商业企业」列尚未填写（无则填 0）');
    expect(f[0].where.cells).toContain('t3.new.commercial');
  });
});
