import { describe, expect, it } from 'vitest';
import { cellsOf, describeCell, FORMATS, formatForYear, SECTIONS, tableDef, T3_NOTE } from '../../server/format/index.js';

describe('official format declaration', () => {
  it('has the cell counts of spec §3–§4', () => {
    const count = (f: '2019' | '2021', t: string) => cellsOf(f).filter((c) => c.table === t).length;
    expect(count('2021', 't2')).toBe(10);
    expect(count('2021', 't3')).toBe(25 * 7);
    expect(count('2021', 't4')).toBe(15);
    expect(count('2019', 't2')).toBe(22);
    expect(count('2019', 't3')).toBe(23 * 7);
    expect(count('2019', 't4')).toBe(15);
  });

  it('sums 21 result leaves in 2021 and 19 in 2019 into （七）总计', () => {
    const r7 = (f: '2019' | '2021') => tableDef(f, 't3').blocks[0].rows.find((r) => r.key === 'r7')!;
    expect(r7('2021').sumOf).toHaveLength(21);
    expect(r7('2019').sumOf).toHaveLength(19);
  });

  it('keeps group rows without numbers', () => {
    const rows = tableDef('2021', 't3').blocks[0].rows;
    const groups = rows.filter((r) => r.group).map((r) => r.label);
    expect(groups).toEqual(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    expect(cellsOf('2021').some((c) => c.row.group)).toBe(false);
    // 2019: （六）其他处理 is a numeric row.
    expect(cellsOf('2019').some((c) => c.row.label === '（六）其他处理')).toBe(true);
  });

  it('uses the exact official labels', () => {
    const labels = tableDef('2021', 't3').blocks[0].rows.map((r) => r.label);
    expect(labels).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(labels).toContain('3.危及“三安全一稳定”');
    expect(labels).toContain('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    expect(T3_NOTE).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(SECTIONS.map((s) => `${s.numeral}、${s.title}`)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('maps years to formats and names cells in Chinese', () => {
    expect([2019, 2020, 2021, 2025].map(formatForYear)).toEqual(['2019', '2019', '2021', '2021']);
    expect(describeCell('2021', 't3.r1.total')).toBe('表三「（一）予以公开」行「总计」列');
    expect(describeCell('2021', 't2.fee.amount')).toBe('表二第二十条第（八）项「行政事业性收费」行「本年收费金额（单位：万元）」列');
    expect(describeCell('2021', 't4.direct.upheld')).toBe('表四「行政诉讼·未经复议直接起诉」行「结果维持」列');
    expect(FORMATS['2019'].signals).toContain('政府集中采购');
  });
});
