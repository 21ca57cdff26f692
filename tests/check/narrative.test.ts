import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { tablesFromNumbers, leafCells } from '../../server/report/tables.js';
import type { AnyReport, Report } from '../../server/report/schema.js';
import { asParsed, goodReport, withSection } from './helpers.js';

const only = (rule: string, r: AnyReport) => checkReport(r).filter((f) => f.rule === rule);

/** A 2021 report with N new applications from 自然人, all 予以公开. */
function withApplications(n: number, carried = 0): Report {
  const r = goodReport(1, { format: '2021' });
  const zeros = Object.fromEntries(leafCells('2021').map((c) => [c.id, 0]));
  const tables = tablesFromNumbers('2021', { ...zeros, 't3.new.natural': n, 't3.carried.natural': carried, 't3.r1.natural': n + carried });
  return { ...r, tables };
}

describe('N-TEXT-TABLE', () => {
  it('「收到申请N件」 is 表三 一 (本年新收); a different number is an error with the sentence and the cell', () => {
    const r = withSection(withApplications(2), 1, '2023年，我镇共收到政府信息公开申请3件，均已按时答复。');
    const f = only('N-TEXT-TABLE', r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'E', expected: 2, actual: 3 });
    expect(f[0].evidence.quote).toContain('收到政府信息公开申请3件');
    expect(f[0].evidence.cells![0]).toMatchObject({ id: 't3.new.total', written: '2' });
    expect(only('N-TEXT-TABLE', withSection(withApplications(3), 1, '2023年，我镇共收到政府信息公开申请3件，均已按时答复。'))).toEqual([]);
  });
  it('「收到申请N件（含上年结转）」 is compared with 一 + 二; 「两件」 is read as 2', () => {
    const r = withApplications(2, 1);
    expect(only('N-TEXT-TABLE', withSection(r, 1, '全年收到申请3件（含上年结转1件）。'))).toEqual([]);
    expect(only('N-TEXT-TABLE', withSection(r, 1, '全年共受理政府信息公开申请两件。'))).toEqual([]);
    expect(only('N-TEXT-TABLE', withSection(r, 1, '全年共受理政府信息公开申请3件。'))).toHaveLength(1);
  });
  it('「未收到…申请」 against a non-zero table; wording not tied to one cell gives nothing', () => {
    expect(only('N-TEXT-TABLE', withSection(withApplications(1), 1, '2023年，我镇未收到政府信息公开申请。'))).toHaveLength(1);
    expect(only('N-TEXT-TABLE', withSection(withApplications(1), 1, '历年来累计受理申请12件。依申请公开工作规范有序。'))).toEqual([]);
  });
  it('复议/诉讼 counts against 表四', () => {
    const r = withApplications(0);
    expect(only('N-TEXT-TABLE', withSection(r, 1, '全年发生政府信息公开行政复议1件。'))[0].evidence.cells![0].id).toBe('t4.review.total');
    expect(only('N-TEXT-TABLE', withSection(r, 1, '我镇未发生因政府信息公开引发的行政复议和行政诉讼。'))).toEqual([]);
  });
});

describe('N-SELF-CONTRADICT', () => {
  it('「主动公开信息15条」 vs 「共公开92条信息」', () => {
    const r = withSection(goodReport(1), 1, '2020年，采取公众号等形式，主动公开信息15条，重点公开了政府动态。2020年共公开92条信息。');
    const f = only('N-SELF-CONTRADICT', r);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('W');
    expect(f[0].evidence.quote).toContain('15条');
    expect(f[0].evidence.quote).toContain('92条');
  });
  it('a total and its breakdown by channel are not a contradiction', () => {
    const r = withSection(goodReport(1), 1, '全年主动公开政府信息61条，其中通过政府网站公开40条，通过公众号发布信息21条。');
    expect(only('N-SELF-CONTRADICT', r)).toEqual([]);
  });
});

describe('N-YEAR', () => {
  it('next year\'s plan dated this year, a wrong statistical period, a wrong title year', () => {
    const r = goodReport(1);
    const plan = withSection(r, 5, '一是公开内容不够丰富。为此，在2023年我镇对政府信息公开工作，将坚持问题导向，加大力度进行改进。');
    const f = only('N-YEAR', plan);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: 2024, actual: 2023 });
    expect(only('N-YEAR', { ...r, preface: '所列数据统计期限自2022年1月1日起至2022年12月31日止。' })).toHaveLength(1);
    expect(only('N-YEAR', { ...r, title: r.title!.replace('2023', '2022') })).toHaveLength(1);
  });
  it('last year\'s work described as a comparison, and plans for Y+1, are fine', () => {
    const r = withSection(goodReport(1), 5, '2023年，我镇工作虽然取得了一定进展，但仍有不足。2024年，我镇将加强培训，提升质量。');
    expect(only('N-YEAR', r)).toEqual([]);
  });
});

describe('N-STALE-REF', () => {
  it('last year\'s 工作要点 as basis, 「新修订的《条例》」 in 2023, the 2019 notice', () => {
    const r = withSection(
      goodReport(1),
      1,
      '按照新修订的《中华人民共和国政府信息公开条例》的要求，认真贯彻落实《国务院办公厅关于印发2022年政务公开工作要点的通知》（国办发〔2022〕8号）。',
    );
    const f = only('N-STALE-REF', r);
    expect(f.some((x) => x.message.includes('《国务院办公厅关于印发2022年政务公开工作要点的通知》（2022年）'))).toBe(true);
    expect(f.some((x) => String(x.actual).includes('新修订'))).toBe(true);
    const notice = withSection(goodReport(1), 1, '认真贯彻落实《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》文件精神。');
    expect(only('N-STALE-REF', notice)).toHaveLength(1);
  });
  it('this year\'s 要点 and a 2020 report saying 「新修订」 are fine', () => {
    expect(only('N-STALE-REF', withSection(goodReport(1), 1, '认真落实《2023年政务公开工作要点》。'))).toEqual([]);
    const r20 = withSection(goodReport(1, { format: '2019', year: 2020 }), 1, '按照新修订的《中华人民共和国政府信息公开条例》要求。');
    expect(only('N-STALE-REF', r20)).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY', () => {
  it('a 镇 writing 「我局」 is an error; 「市政数局」 (a superior body) is fine; 「分中心」 warns', () => {
    const r = withSection(goodReport(1), 1, '依据《条例》和市政数局要求，我局积极配合调整，及时完善分中心政府信息公开指南。');
    const f = only('N-FOREIGN-ENTITY', r);
    const self = f.find((x) => x.actual === '我局')!;
    expect(self.severity).toBe('E');
    expect(self.evidence.quote).toContain('我局积极配合调整');
    expect(f.find((x) => x.actual === '分中心')!.severity).toBe('W');
    expect(f.some((x) => String(x.actual).includes('数局'))).toBe(false);
  });
  it('another township\'s government is found; the own name and parent county are not', () => {
    const r = goodReport(1); // 「…镇人民政府」 of one of the generator's counties
    const own = r.meta.shortName!;
    const ok = withSection(r, 1, `${r.meta.parent}统一部署，${own}人民政府认真落实，${own}党委高度重视。`);
    expect(only('N-FOREIGN-ENTITY', ok)).toEqual([]);
    const bad = withSection(r, 1, `按照要求，大兴镇人民政府认真落实各项工作。`);
    expect(only('N-FOREIGN-ENTITY', bad).map((f) => f.actual)).toEqual(['大兴镇']);
  });
  it('a department writing 「我镇」', () => {
    const r = goodReport(1);
    const dept = { ...withSection(r, 1, '我镇高度重视政务公开工作。'), meta: { ...r.meta, agency: '临江市教育局', level: '市级部门' as const, shortName: undefined } };
    expect(only('N-FOREIGN-ENTITY', dept).map((f) => f.actual)).toEqual(['我镇']);
  });
});

describe('N-FEE-STATEMENT and N-FEE-CONSISTENCY', () => {
  it('a 2023 report without a 信息处理费 statement in 六; a 2020 one is not faulted', () => {
    const f = only('N-FEE-STATEMENT', withSection(goodReport(1), 6, '我镇暂无其他应报告事项。'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('E');
    expect(f[0].evidence.quote).toContain('我镇暂无其他应报告事项');
    expect(only('N-FEE-STATEMENT', withSection(goodReport(1, { format: '2019', year: 2020 }), 6, '无。'))).toEqual([]);
    expect(only('N-FEE-STATEMENT', goodReport(1))).toEqual([]);
  });
  it('表三（六）2 > 0 without 收费通知; 信息处理费 charged while 表二（八） is 0; non-zero 表二（八） alone is fine', () => {
    const r = goodReport(1, { format: '2021' });
    const t = { ...r.tables, 't3.r6_2.total': { value: 1 } };
    expect(only('N-FEE-CONSISTENCY', { ...r, tables: t })).toHaveLength(1);
    const charged = withSection({ ...r, tables: { ...r.tables, 't2.fee.amount': { value: 0 }, 't3.r6_2.total': { value: 0 } } }, 6, '本机关全年收取信息处理费200元。');
    expect(only('N-FEE-CONSISTENCY', charged)).toHaveLength(1);
    expect(only('N-FEE-CONSISTENCY', { ...r, tables: { ...r.tables, 't2.fee.amount': { value: 12.5 }, 't3.r6_2.total': { value: 0 } } })).toEqual([]);
  });
});

describe('N-SEC1-COVERAGE, N-SEC5-VAGUE', () => {
  it('no 主动公开 count and 「我乡无网络平台」', () => {
    const text = '（一）主动公开政府信息情况\n主动通过公示栏的方式，主动公开各类政府信息。\n（二）依申请公开\n未收到申请。\n（三）政府信息管理\n及时更新公开目录。\n（四）政府信息公开平台建设\n我乡无网络平台。\n（五）监督保障\n加强监督检查。';
    const f = only('N-SEC1-COVERAGE', withSection(goodReport(1), 1, text));
    expect(f.map((x) => x.where.row).sort()).toEqual(['active', 'platform']);
    expect(f.find((x) => x.where.row === 'platform')!.evidence.quote).toBe('我乡无网络平台');
    expect(only('N-SEC1-COVERAGE', goodReport(1))).toEqual([]);
  });
  it('五 that is only 「无」, or has problems but no measures', () => {
    expect(only('N-SEC5-VAGUE', withSection(goodReport(1), 5, '无。'))).toHaveLength(1);
    expect(only('N-SEC5-VAGUE', withSection(goodReport(1), 5, '一是公开内容不够丰富，二是业务水平有待提高，三是群众知晓率不高，四是信息质量参差不齐、时效性差。'))[0].message).toContain('改进措施');
    expect(only('N-SEC5-VAGUE', goodReport(1))).toEqual([]);
  });
});

describe('N-PLACEHOLDER, N-ARTIFACT', () => {
  it('XX, 【】 and 「此处填写」 are template residue; a URL with xx is not', () => {
    const r = withSection(goodReport(1), 1, '全年主动公开政府信息XX条。联系人：【】。此处填写平台名称。网址 http://www.rhxxgk.gov.cn。');
    const f = only('N-PLACEHOLDER', r);
    expect(f.map((x) => x.actual).sort()).toEqual(['XX', '【】', '此处填写'].sort());
    expect(only('N-PLACEHOLDER', goodReport(1))).toEqual([]);
  });
  it('Word bookmarks and web-page junk in the published text', () => {
    const r = asParsed(goodReport(1), { text: '标题\n日期:2024-01-26\n字号:\n[bookmark: _GoBack]2024年，我镇将…\n扫一扫在手机打开当前页' });
    const f = only('N-ARTIFACT', r);
    // The bookmark, and the page's chrome told once with both its lines.
    expect(f).toHaveLength(2);
    expect(f.map((x) => x.message).join()).toMatch(/字号:[\s\S]*扫一扫在手机打开当前页/);
    expect(f.every((x) => x.severity === 'W')).toBe(true);
    expect(only('N-ARTIFACT', asParsed(goodReport(1)))).toEqual([]);
  });
});

describe('D-DEADLINE', () => {
  it('a department signing in March is late; a township in January is not', () => {
    const r = goodReport(1);
    const dept = { ...r, meta: { ...r.meta, agency: '霞山区教育局', level: '县级部门' as const }, signoff: { date: '2024年3月5日' } };
    const f = only('D-DEADLINE', dept);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.quote).toBe('2024年3月5日');
    expect(only('D-DEADLINE', { ...r, signoff: { date: '2024年1月19日' } })).toEqual([]);
  });
});

describe('N-YEAR: the report naming itself with a stale year (real/a003.txt)', () => {
  it('「我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》」 in a 2021 preface; publishing last year\'s report in 一 is fine', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseText } = await import('../../server/parse/text.js');
    const { checkReport } = await import('../../server/check/index.js');
    const a003 = checkReport(parseText(readFileSync(new URL('../../corpus/real/a003.txt', import.meta.url), 'utf8'))).filter((f) => f.rule === 'N-YEAR');
    expect(a003.some((f) => f.evidence.quote?.includes('《田黄镇2020年政府信息公开工作年度报告》'))).toBe(true);
    const b028 = checkReport(parseText(readFileSync(new URL('../../corpus/real/b028.txt', import.meta.url), 'utf8'))).filter((f) => f.rule === 'N-YEAR');
    expect(b028.filter((f) => f.evidence.quote?.includes('2022年度政府信息公开工作报告'))).toEqual([]);
  });
});
