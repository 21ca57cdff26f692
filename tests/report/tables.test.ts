import { describe, expect, it } from 'vitest';
import { cellsOf } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import { ReportSchema } from '../../server/report/schema.js';
import { addExact, computeTotals, leafCells, tablesFromNumbers, termsOf, zeroTables } from '../../server/report/tables.js';

describe('table engine', () => {
  it('computes every total from the leaves a user enters', () => {
    const t = tablesFromNumbers('2021', {
      't3.new.natural': 2,
      't3.new.commercial': 1,
      't3.r1.natural': 2,
      't3.r2.commercial': 1,
      't4.review.upheld': 1,
      't4.review.pending': 2,
    });
    // Other applicant columns were not entered → the total is missing, not a guess.
    expect(t['t3.new.total']).toEqual({ value: null });
    expect(t['t3.r7.natural']).toEqual({ value: null });
    expect(t['t3.carried.total']).toBeUndefined(); // nothing entered in the row at all
    expect(t['t4.review.total']).toEqual({ value: null });
    const full = tablesFromNumbers('2021', {
      ...Object.fromEntries(leafCells('2021').map((c) => [c.id, 0])),
      't3.new.natural': 2,
      't3.r1.natural': 1,
      't3.r3_4.natural': 1,
      't4.review.upheld': 1,
      't4.review.pending': 2,
    });
    expect(full['t3.r7.natural']).toEqual({ value: 2 });
    expect(full['t3.r7.total']).toEqual({ value: 2 });
    expect(full['t3.new.total']).toEqual({ value: 2 });
    expect(full['t4.review.total']).toEqual({ value: 3 });
  });

  it('ignores totals typed by a user and recomputes them', () => {
    const t = tablesFromNumbers('2021', { ...Object.fromEntries(leafCells('2021').map((c) => [c.id, 1])), 't3.new.total': 99 });
    expect(t['t3.new.total'].value).toBe(6);
    expect(t['t3.r7.natural'].value).toBe(21);
    expect(t['t3.r7.total'].value).toBe(126);
  });

  it('zero tables have a value in every cell and all totals zero', () => {
    for (const f of ['2019', '2021'] as const) {
      const z = zeroTables(f);
      expect(Object.keys(z).sort()).toEqual(cellsOf(f).map((c) => c.id).sort());
      expect(Object.values(z).every((c) => c.value === 0)).toBe(true);
    }
  });

  it('adds amounts exactly', () => {
    expect(addExact([0.1, 0.2])).toBe(0.3);
    expect(addExact([282.1, 0.0001])).toBe(282.1001);
  });

  it('generated reports are schema-valid and their totals are consistent', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const r = randomValidReport(seed, { format: seed % 2 ? '2019' : '2021' });
      expect(ReportSchema.safeParse(r).success).toBe(true);
      expect(computeTotals(r.format, r.tables)).toEqual(r.tables);
      for (const ref of cellsOf(r.format).filter((c) => c.computed)) {
        const sum = addExact(termsOf(ref).map((id) => r.tables[id].value!));
        expect(r.tables[ref.id].value).toBe(sum);
      }
      // 一 + 二 = （七） + 四 per column
      for (const col of ['natural', 'commercial', 'research', 'welfare', 'legal', 'other', 'total']) {
        const v = (row: string) => r.tables[`t3.${row}.${col}`].value!;
        expect(v('new') + v('carried')).toBe(v('r7') + v('next'));
      }
    }
  });
});

describe('generated reports', () => {
  it('pass the whole validator (not only the table rules), both formats', async () => {
    const { checkReport } = await import('../../server/check/index.js');
    for (let seed = 0; seed < 100; seed++) {
      const r = randomValidReport(seed, seed % 2 ? { format: '2019' } : {});
      expect(checkReport(r).map((f) => `${f.rule}: ${f.message}`), `seed ${seed}`).toEqual([]);
    }
  });
});
