import { describe, expect, it } from 'vitest';
import { OPERATORS, type MutationContext } from '../../evals/suites/mutations.js';
import { rng, randomValidReport } from '../../server/report/generate.js';
import type { Report } from '../../server/report/schema.js';
import { computeTotals } from '../../server/report/tables.js';

const ctx = (seed = 1): MutationContext => ({ rand: rng(seed), otherAgencies: ['龙游县横山镇人民政府', '长春市绿园区春城街道办事处', '临西县教育局'] });

/** A 2023 base with some applications, so every operator has something to change. */
function base(seed = 5): Report {
  for (let s = seed; s < seed + 200; s++) {
    const r = randomValidReport(s, { year: 2023 });
    if ((r.tables['t3.new.total']?.value ?? 0) > 0) return r;
  }
  throw new Error('no base');
}

describe('mutation operators', () => {
  it('every operator changes the report and leaves its input untouched', () => {
    const r = base();
    const before = JSON.stringify(r);
    for (const op of OPERATORS) {
      const m = op.model(r, ctx());
      expect(m, op.id).not.toBeNull();
      expect(JSON.stringify(m!.report), op.id).not.toBe(before);
      expect(JSON.stringify(r), `${op.id} mutated its input`).toBe(before);
      expect(m!.description.length).toBeGreaterThan(3);
    }
  });

  it('t3-cell breaks an arithmetic rule: recomputing totals would change a value', () => {
    const r = base();
    const m = OPERATORS.find((o) => o.id === 't3-cell')!.model(r, ctx(3))!.report;
    const recomputed = computeTotals(m.format!, Object.fromEntries(Object.entries(m.tables).filter(([, c]) => c)));
    const t3 = Object.keys(m.tables).filter((k) => k.startsWith('t3.'));
    const changed = t3.filter((k) => m.tables[k].value !== r.tables[k].value);
    expect(changed).toHaveLength(1);
    // Either a total no longer equals its terms, or the leaf's row/column total is now stale.
    const stale = t3.some((k) => recomputed[k]?.value !== m.tables[k]?.value);
    const balance = (['natural', 'commercial', 'research', 'welfare', 'legal', 'other', 'total'] as const).some((c) => {
      const v = (row: string) => m.tables[`t3.${row}.${c}`]?.value ?? 0;
      return v('new') + v('carried') !== v('r7') + v('next');
    });
    expect(stale || balance).toBe(true);
  });

  it('t3-balance keeps every row sum but breaks 一+二=（七）+四', () => {
    const m = OPERATORS.find((o) => o.id === 't3-balance')!.model(base(), ctx(4))!.report;
    const v = (id: string) => m.tables[id]?.value ?? 0;
    const cols = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other'];
    expect(cols.reduce((s, c) => s + v(`t3.next.${c}`), 0)).toBe(v('t3.next.total'));
    expect(v('t3.new.total') + v('t3.carried.total')).not.toBe(v('t3.r7.total') + v('t3.next.total'));
  });

  it('cell operators write what CELL-INVALID looks for', () => {
    const r = base();
    const blank = OPERATORS.find((o) => o.id === 'cell-blank')!.model(r, ctx())!.report;
    expect(Object.values(blank.tables).some((c) => c.value === null && c.raw === '')).toBe(true);
    const zz = OPERATORS.find((o) => o.id === 'cell-00')!.model(r, ctx())!.report;
    expect(Object.values(zz.tables).some((c) => c.raw === '00')).toBe(true);
  });

  it('prose operators plant the named mistake', () => {
    const r = base();
    const sec = (rep: Report, no: number) => rep.sections.find((s) => s.no === no)!.text;
    const get = (id: string) => OPERATORS.find((o) => o.id === id)!.model(r, ctx())!.report as Report;
    expect(sec(get('stale-year'), 5)).not.toContain('2024年');
    expect(sec(get('stale-year'), 5)).toContain('2023年');
    expect(sec(get('self-ref'), 1)).toContain('我局');
    expect(sec(get('foreign-name'), 1)).toMatch(/横山镇|春城街道/);
    expect(sec(get('drop-fee'), 6)).not.toContain('信息处理费');
    const n = r.tables['t3.new.total'].value!;
    const claimed = Number(sec(get('text-table'), 1).match(/收到[^。]*?申请(\d+)件/)![1]);
    expect(claimed).not.toBe(n);
    const h = get('heading').sections.map((s) => s.heading);
    expect(h).not.toEqual(r.sections.map((s) => s.heading));
    const v = get('version');
    expect(v.format).toBe('2019');
    expect(v.meta.year).toBe(2023);
    expect(Object.keys(v.tables).some((k) => k.startsWith('t2.procurement.'))).toBe(true);
  });

  it('operators that do not apply say so (null) instead of planting nothing', () => {
    const old = randomValidReport(9, { format: '2019', year: 2020 });
    expect(OPERATORS.find((o) => o.id === 'drop-fee')!.model(old, ctx())).toBeNull();
    expect(OPERATORS.find((o) => o.id === 'version')!.model(old, ctx())).toBeNull();
    const bureau = { ...base(), meta: { ...base().meta, agency: '临西县教育局', level: '县级部门' as const } };
    expect(OPERATORS.find((o) => o.id === 'self-ref')!.model(bureau, ctx())).toBeNull();
  });

  it('text mutators change rendered text', () => {
    const text = '一、总体情况\n正文\n三、收到和处理政府信息公开申请情况\n六、其他需要报告的事项\n本机关全年未发出收费通知书，未收取信息处理费。其他事项无。';
    const r = base();
    for (const op of OPERATORS.filter((o) => o.text)) {
      const out = op.text!(text, r, ctx(2));
      if (out) expect(out.text, op.id).not.toBe(text);
    }
    expect(OPERATORS.find((o) => o.id === 'drop-fee')!.text!(text, r, ctx())!.text).not.toContain('信息处理费');
  });
});
