// Sums the prose states itself: the application balance (with a table: each figure against its row; without:
// 新收 + 上年结转 = 办结 + 结转下年), totals against their 「其中」 parts, and shares of a stated total.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { parseText } from '../../server/parse/text.js';
import { leafCells, tablesFromNumbers } from '../../server/report/tables.js';
import type { AnyReport, Report } from '../../server/report/schema.js';
import { goodReport, withSection } from './helpers.js';

const REPORTS = 'corpus/reports';
const SEEDS = 'corpus/seeds';
const numeric = (r: AnyReport) => checkReport(r).filter((f) => f.rule === 'N-SELF-CONTRADICT' || f.rule === 'N-TEXT-TABLE');
const corpus = (file: string) => numeric(parseText(readFileSync(join(REPORTS, file), 'utf8'), { file }));

/** No tables at all (a truncated page): only the text can be compared with itself. */
const noTables = (text: string): Report => ({ ...withSection(goodReport(2), 1, text), tables: {} });

function withTable(n: { new: number; carried: number; closed: number; next: number }, text: string): Report {
  const zeros = Object.fromEntries(leafCells('2021').map((c) => [c.id, 0]));
  const tables = tablesFromNumbers('2021', { ...zeros, 't3.new.natural': n.new, 't3.carried.natural': n.carried, 't3.r1.natural': n.closed, 't3.next.natural': n.next });
  return withSection({ ...goodReport(2, { format: '2021' }), tables }, 1, text);
}

describe('application balance stated in prose', () => {
  it('r002: 新受理10件、上年结转0件，但办结0件、转下一年0件 → a warning quoting the sentence', () => {
    const f = corpus('r002.txt');
    expect(f.map((x) => [x.rule, x.severity, x.expected, x.actual])).toEqual([['N-SELF-CONTRADICT', 'W', 10, 0]]);
    expect(f[0].evidence.quote).toContain('新受理政府信息公开申请10件');
    expect(f[0].message).toContain('办结 0 件');
  });

  it('without a table: balanced figures, or wordings not tied to the four quantities, give nothing', () => {
    expect(numeric(noTables('全年新收政府信息公开申请3件，上年结转1件，全年办结4件，转下一年办理0件。'))).toEqual([]);
    expect(numeric(noTables('全年新收政府信息公开申请3件，上年结转1件，全年办结2件。'))).toEqual([]); // 结转下年 not stated
    expect(numeric(noTables('全年处理政府信息公开申请3件，办结率100%，上年结转1件，转下一年办理0件。'))).toEqual([]);
    expect(numeric(noTables('全年新收人大代表建议申请3件，上年结转1件，办结0件，转下一年办理0件。'))).toEqual([]);
    const bad = numeric(noTables('全年新收政府信息公开申请3件，上年结转1件，全年办结2件，转下一年办理0件。'));
    expect(bad.map((x) => [x.rule, x.severity, x.expected, x.actual])).toEqual([['N-SELF-CONTRADICT', 'W', 4, 2]]);
  });

  it('with a table: each stated figure is compared with its row of 表三 (N-TEXT-TABLE, cells as evidence)', () => {
    const n = { new: 2, carried: 1, closed: 3, next: 0 };
    expect(numeric(withTable(n, '全年新收政府信息公开申请2件，上年结转1件，全年办结3件，转下一年办理0件。'))).toEqual([]);
    const f = numeric(withTable(n, '全年新收政府信息公开申请2件，上年结转1件，全年办结2件，转下一年办理1件。'));
    expect(f.map((x) => [x.rule, x.severity, x.where.cells![0], x.expected, x.actual])).toEqual([
      ['N-TEXT-TABLE', 'E', 't3.r7.total', 3, 2],
      ['N-TEXT-TABLE', 'E', 't3.next.total', 0, 1],
    ]);
    expect(f[0].evidence.quote).toContain('全年办结2件');
    expect(f[0].evidence.cells![0]).toMatchObject({ id: 't3.r7.total', written: '3' });
  });
});

describe('totals and their 「其中」 parts, shares', () => {
  it('r017 (53 vs 54), r018 (21 vs 14), r038 (114.89 vs 115.89 亿元), r039 (10/572 written 1.8%)', () => {
    const one = (file: string) => corpus(file).filter((f) => f.rule === 'N-SELF-CONTRADICT');
    expect(one('r017.txt').map((f) => [f.actual, f.expected])).toEqual([[53, 54]]);
    expect(one('r018.txt').map((f) => [f.actual, f.expected])).toEqual([[21, 14]]);
    expect(one('r038.txt').map((f) => [f.actual, f.expected])).toEqual([[114.89, 115.89]]);
    expect(one('r039.txt').map((f) => [f.actual, f.expected])).toEqual([['1.8%', '1.7%']]);
    expect(one('r017.txt')[0].evidence.quote).toContain('其中组织机构2篇');
  });

  it('parts by channel, partial lists and correct sums give nothing', () => {
    expect(numeric(noTables('全年共公开信息100条，其中通过网站公开80条、通过微信公众号公开50条。'))).toEqual([]);
    expect(numeric(noTables('全年共公开信息100条，其中政策文件10条、工作动态20条等。'))).toEqual([]);
    expect(numeric(noTables('全年共公开信息100条，其中政策文件10条、工作动态20条。'))).toEqual([]); // two parts: may be a selection
    expect(numeric(noTables('全年共公开信息100条，其中政策文件10条、工作动态20条、财政信息70条；人事信息5条。'))).toEqual([]);
    expect(numeric(noTables('全年共公开信息572条。机构职能类信息10条，占总体的比例为1.7%。'))).toEqual([]);
    expect(numeric(noTables('全年共公开信息100条，其中政策文件10条、工作动态20条、财政信息60条。'))).toHaveLength(1);
  });

  it('no other numeric finding on the 48 corpus files', () => {
    const got: string[] = [];
    for (const [dir, files] of [
      [SEEDS, ['000_6c268c3b3a656887.txt', '001_633163d6db5cefeb.txt', '002_3abf4460f6dab16e.txt', '003_ce4c2bf3da69d030.txt', '004_5e6ce9ac00d09f28.txt']],
      [REPORTS, Array.from({ length: 43 }, (_, i) => `r${String(i + 1).padStart(3, '0')}.txt`)],
    ] as const)
      for (const file of files) for (const f of numeric(parseText(readFileSync(join(dir, file), 'utf8'), { file }))) got.push(`${file.slice(0, 4)} ${f.rule}`);
    expect(got.sort()).toEqual(['002_ N-SELF-CONTRADICT', 'r002 N-SELF-CONTRADICT', 'r017 N-SELF-CONTRADICT', 'r018 N-SELF-CONTRADICT', 'r038 N-SELF-CONTRADICT', 'r039 N-SELF-CONTRADICT']);
  });
});
