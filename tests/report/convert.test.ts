import { describe, expect, it } from 'vitest';
import { randomValidReport } from '../../server/report/generate.js';
import { convertLeaves } from '../../server/report/convert.js';
import { leafCells, tablesFromNumbers } from '../../server/report/tables.js';

describe('carrying numbers across the 2019/2021 format change', () => {
  it('keeps every 表三/表四 number and the renamed 表二 columns; 废止 and 收费金额 stay missing with a note', () => {
    const r = randomValidReport(3, { format: '2019' });
    for (const col of ['natural', 'commercial', 'research', 'welfare', 'legal', 'other']) r.tables[`t3.r6.${col}`] = { value: 0 };
    const { numbers, notes } = convertLeaves('2019', '2021', r.tables);
    for (const c of leafCells('2021').filter((x) => x.table === 't4' || (x.table === 't3' && !x.row.key.startsWith('r6'))))
      expect(numbers[c.id], c.id).toBe(r.tables[c.id].value);
    expect(numbers['t2.rules.issued']).toBe(r.tables['t2.rules.made'].value);
    expect(numbers['t2.normative.valid']).toBe(r.tables['t2.normative.total'].value);
    expect(numbers['t2.license.decisions']).toBe(r.tables['t2.license.decisions'].value);
    expect(numbers['t3.r6_2.natural']).toBe(0);
    expect(numbers['t2.rules.repealed']).toBeUndefined();
    expect(numbers['t2.fee.amount']).toBeUndefined();
    expect(notes.join()).toMatch(/请补填：.*本年废止件数/);
  });

  it('never splits a non-zero 2019 （六）其他处理 into the three 2021 rows', () => {
    const r = randomValidReport(4, { format: '2019' });
    r.tables['t3.r6.natural'] = { value: 2 };
    const { numbers, notes } = convertLeaves('2019', '2021', r.tables);
    expect(numbers['t3.r6_1.natural']).toBeUndefined();
    expect(notes.join()).toMatch(/（六）其他处理.*自然人.*为 2/);
  });

  it('sums the three 2021 rows into the 2019 row, and a round trip 2021 → 2019 → 2021 keeps 表三 balanced', () => {
    const r = randomValidReport(9, { format: '2021' });
    const { numbers } = convertLeaves('2021', '2019', r.tables);
    const t = tablesFromNumbers('2019', numbers);
    expect(t['t3.r6.total'].value).toBe(['r6_1', 'r6_2', 'r6_3'].reduce((s, k) => s + r.tables[`t3.${k}.total`].value!, 0));
    expect(t['t3.r7.total'].value).toBe(r.tables['t3.r7.total'].value);
  });

  it('copies a same-format table unchanged', () => {
    const r = randomValidReport(5);
    expect(tablesFromNumbers(r.format, convertLeaves(r.format, r.format, r.tables).numbers)).toEqual(r.tables);
  });
});
