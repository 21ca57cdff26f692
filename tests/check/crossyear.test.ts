import { describe, expect, it } from 'vitest';
import { checkReport, fingerprint, ungroundedNumbers } from '../../server/check/index.js';
import type { GroundingSources } from '../../server/check/index.js';
import type { Report } from '../../server/report/schema.js';
import { asParsed, goodReport, withSection } from './helpers.js';

const only = (rule: string, r: Report, previous?: Report) => checkReport(r, { previous }).filter((f) => f.rule === rule);

function pair(): { prev: Report; now: Report } {
  const prev = goodReport(11, { year: 2022, format: '2021' });
  const now = goodReport(12, { year: 2023, format: '2021' });
  return { prev, now };
}
const set = (r: Report, cells: Record<string, number>): Report => ({
  ...r,
  tables: { ...r.tables, ...Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, { value: v }])) },
});

describe('cross-year rules', () => {
  it('run only when last year\'s report is given', () => {
    const { prev, now } = pair();
    const mismatch = set(now, { 't3.carried.natural': 9 });
    expect(checkReport(mismatch).some((f) => f.rule.startsWith('Y-'))).toBe(false);
    expect(checkReport(mismatch, { previous: prev }).some((f) => f.rule === 'Y-CARRYOVER')).toBe(true);
  });

  it('Y-CARRYOVER: this year\'s 二 must equal last year\'s 四, column by column', () => {
    const { prev, now } = pair();
    const p = set(prev, { 't3.next.natural': 2 });
    const ok = set(now, { 't3.carried.natural': 2 });
    expect(only('Y-CARRYOVER', ok, p).filter((f) => f.where.column === 'natural')).toEqual([]);
    const bad = only('Y-CARRYOVER', set(now, { 't3.carried.natural': 3 }), p).find((f) => f.where.column === 'natural')!;
    expect(bad).toMatchObject({ severity: 'W', expected: 2, actual: 3 });
    expect(bad.evidence.cells!.map((c) => c.id)).toEqual(['t3.carried.natural', 'previous:t3.next.natural']);
  });

  it('Y-STOCK: 现行有效 = last year + 制发 − 废止; not across the 2019→2021 format change', () => {
    const { prev, now } = pair();
    const p = set(prev, { 't2.normative.valid': 10, 't2.rules.valid': 0 });
    const good = set(now, { 't2.normative.valid': 12, 't2.normative.issued': 3, 't2.normative.repealed': 1, 't2.rules.valid': 0, 't2.rules.issued': 0, 't2.rules.repealed': 0 });
    expect(only('Y-STOCK', good, p)).toEqual([]);
    const bad = set(good, { 't2.normative.valid': 15 });
    expect(only('Y-STOCK', bad, p)).toMatchObject([{ expected: 12, actual: 15, severity: 'W' }]);
    const old = goodReport(11, { year: 2020, format: '2019' });
    const first2021 = { ...bad, meta: { ...bad.meta, year: 2021 } };
    expect(only('Y-STOCK', first2021, old)).toEqual([]);
  });

  it('Y-REUSE: 一 copied from last year (only the year changed) is found; rewritten text is not', () => {
    const { prev, now } = pair();
    const body = (y: number) =>
      `${y}年，我镇坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，紧紧围绕全镇工作中心，健全工作机制，扎实推进政府信息公开工作，不断提高政府工作透明度，充分发挥政府信息公开对人民群众生产生活的服务作用。全年主动公开政府信息${y - 1960}条。`;
    const p = withSection(prev, 1, body(2022));
    // 五 of both is the same template text: found too.
    const f = only('Y-REUSE', withSection(now, 1, body(2023)), p);
    expect(f.map((x) => x.where.section)).toEqual([1, 5]);
    expect(f[0].evidence.quote).toContain('认真贯彻落实');
    expect(only('Y-REUSE', now, p).map((x) => x.where.section)).toEqual([5]);
  });

  it('Y-JUMP: a figure ×10 is noted (I); small numbers are not', () => {
    const { prev, now } = pair();
    const p = set(prev, { 't2.license.decisions': 12 });
    expect(only('Y-JUMP', set(now, { 't2.license.decisions': 130 }), p).filter((f) => f.where.cells![0] === 't2.license.decisions')).toMatchObject([{ severity: 'I' }]);
    const p2 = set(prev, { 't2.license.decisions': 1 });
    expect(only('Y-JUMP', set(now, { 't2.license.decisions': 6 }), p2).filter((f) => f.where.cells![0] === 't2.license.decisions')).toEqual([]);
  });
});

describe('ungroundedNumbers and N-GROUNDING', () => {
  const sources: GroundingSources = {
    facts: [
      { key: 'published_total', label: '主动公开政府信息', value: 61, unit: '条' },
      { key: 'trainings', label: '开展培训', value: '全年培训两次' },
    ],
    tables: { 't3.new.total': { value: 12 } },
    meta: { year: 2023 },
  };

  it('years, dates, ordinals, legal citations, phone numbers and the report year are not facts', () => {
    const prose =
      '2023年，我镇依据《条例》第二十条第（一）项和国办发〔2022〕8号文件，一是主动公开政府信息61条；二是收到申请十二件，于1月19日前全部办结。（三）2024年将继续推进。联系电话：0439-5826678。全年培训两次。';
    expect(ungroundedNumbers(prose, sources)).toEqual([]);
  });

  it('a number that is in no fact or cell is reported with its sentence; Chinese numerals count', () => {
    const out = ungroundedNumbers('全年主动公开政府信息62条。开展培训三次，解读率100%。', sources);
    expect(out.map((u) => u.value)).toEqual(['62', '100%', '三']);
    expect(out[0].quote).toBe('全年主动公开政府信息62条。');
  });

  it('N-GROUNDING findings only for the generated sections', () => {
    const r = withSection(goodReport(1), 1, '全年主动公开政府信息62条。');
    const f = checkReport(r, { generated: { sections: [1], sources } }).filter((x) => x.rule === 'N-GROUNDING');
    expect(f).toMatchObject([{ severity: 'E', actual: '62', where: { section: 1 } }]);
    expect(checkReport(r, { generated: { sections: [5], sources } }).some((x) => x.rule === 'N-GROUNDING')).toBe(false);
  });
});

describe('fingerprint', () => {
  it('survives re-punctuation, whitespace and message wording; changes with the evidence', () => {
    const text = '2023年，采取公众号等形式，主动公开信息15条，重点公开了政府动态。2023年共公开92条信息。';
    const a = asParsed(withSection(goodReport(1), 1, text));
    const b = asParsed(withSection(goodReport(1), 1, text.replace(/，/g, ',').replace(/。/g, '。\n ')));
    const fa = checkReport(a).find((f) => f.rule === 'N-SELF-CONTRADICT')!;
    const fb = checkReport(b).find((f) => f.rule === 'N-SELF-CONTRADICT')!;
    expect(fingerprint(fa, a)).toBe(fingerprint({ ...fb, message: '另一种措辞' }, b));
    const c = asParsed(withSection(goodReport(1), 1, text.replace('92', '93')));
    const fc = checkReport(c).find((f) => f.rule === 'N-SELF-CONTRADICT')!;
    expect(fingerprint(fc, c)).not.toBe(fingerprint(fa, a));
    expect(fingerprint(fa, a)).toMatch(/^[0-9a-f]{16}$/);
  });
});
