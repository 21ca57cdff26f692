// The real-corpus scorer: a fixed split by sha1 of the path, quote overlap, agency matching.
import { describe, expect, it } from 'vitest';
import { agencyMatches, quotesOverlap, splitOf } from '../../evals/lib/real.js';
import { labelFound } from '../../evals/suites/check-real.js';

describe('check-real scoring', () => {
  it('split: TEST when sha1(path) starts 0–4, fixed', () => {
    const n = Array.from({ length: 300 }, (_, i) => splitOf(`real/a${String(i).padStart(3, '0')}.txt`)).filter((s) => s === 'test').length;
    expect(n).toBeGreaterThan(60);
    expect(n).toBeLessThan(140);
    expect(splitOf('real/a001.txt')).toBe(splitOf('real/a001.txt'));
  });

  it('a label is found only by the same rule with an overlapping quote', () => {
    const label = { kind: 'P-DATE', quote: '自202111日起至20211230日止' };
    const f = (rule: string, quote: string) => ({ rule, severity: 'W' as const, message: '', where: {}, evidence: { quote } });
    expect(labelFound(label, [f('P-DATE', '计期限自202111日起至20')])).toBe(true);
    expect(labelFound(label, [f('N-YEAR', '计期限自202111日起至20')])).toBe(false);
    expect(labelFound(label, [f('P-DATE', '落款日期2022年1月30日')])).toBe(false);
    expect(quotesOverlap('一、概述', '第一部分标题「一、概述」')).toBe(true);
  });

  it('a blank cell labelled by its row\'s name is found by the same rule naming that row, not by another row or rule', () => {
    const label = { kind: 'CELL-INVALID', quote: '行政强制\n\n \n\n第二十条第(八)项' };
    const cell = (rule: string, row: string) => ({ rule, severity: 'E' as const, message: `表二「${row}」行空白`, where: {}, evidence: { cells: [{ id: 't2.coercion.decisions', place: `表二第二十条第（六）项「${row}」行「本年处理决定数量」列`, written: '' }] } });
    expect(labelFound(label, [cell('CELL-INVALID', '行政强制')])).toBe(true);
    expect(labelFound(label, [cell('CELL-INVALID', '行政许可')])).toBe(false);
    expect(labelFound(label, [cell('T2-SUM', '行政强制')])).toBe(false);
  });

  it('agency: the county prefix and 人民政府 optional, a government and its office one body', () => {
    const l = (agency: string, agency_in_text = '') => ({ file: 'x', agency, agency_in_text, year: 2021, level: '乡镇', anomalies: [] });
    expect(agencyMatches('榆盘镇', l('武山县榆盘镇人民政府'))).toBe(true);
    expect(agencyMatches('小营街道办事处', l('杭州市上城区小营街道办事处'))).toBe(true);
    expect(agencyMatches('镇宁自治县人民政府办公室', l('镇宁布依族苗族自治县人民政府', '镇宁自治县'))).toBe(true);
    expect(agencyMatches('坚持以人民为中心', l('贵阳市人民政府'))).toBe(false);
    expect(agencyMatches('', l('贵阳市人民政府'))).toBe(false);
  });
});
