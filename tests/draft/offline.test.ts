// The offline drafter: always a complete draft, grounded, in the official structure, with 0 E findings.
import { describe, expect, it } from 'vitest';
import { composeDraft, styleOf } from '../../server/draft/index.js';
import { selfReference } from '../../server/draft/fixed.js';
import { ASPECTS, SECTIONS, sectionHeading } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import { leafCells } from '../../server/report/tables.js';
import { INPUT } from './fixtures.js';

const numbersOf = (r: ReturnType<typeof randomValidReport>) =>
  Object.fromEntries(leafCells(r.format).map((c) => [c.id, r.tables[c.id]?.value ?? null]));

describe('offline drafter', () => {
  it('drafts random valid reports of both formats with 0 E findings and every number grounded', async () => {
    const seeds = Array.from({ length: 24 }, (_, i) => i + 1);
    for (const seed of seeds) {
      const r = randomValidReport(seed, seed % 3 === 0 ? { format: '2019' } : {});
      const res = await composeDraft({ meta: r.meta, numbers: numbersOf(r), facts: [{ key: 'published_total', label: '主动公开政府信息', value: seed * 7 }], fee: { charged: false } }, { mode: 'offline' });
      const errors = res.findings.filter((f) => f.severity === 'E');
      expect(errors, `seed ${seed}: ${errors.map((e) => e.message).join('; ')}`).toEqual([]);
      expect(res.report.sections.map((s) => s.heading)).toEqual(SECTIONS.map(sectionHeading));
      expect(res.report.tables).toEqual(r.tables); // tables exact: same leaves → same totals
      expect(res.report.sections[0].text).toContain(`主动公开政府信息${seed * 7}条`);
      expect(res.report.sections[4].text).toContain(`${r.meta.year + 1}年`);
      expect(res.report.title).toBe(`${r.meta.agency}${r.meta.year}年政府信息公开工作年度报告`);
    }
  });

  it('writes the five aspects as （一）…（五） sub-headings and the fee statement from the answer', async () => {
    const res = await composeDraft(INPUT, { mode: 'offline' });
    const s1 = res.report.sections[0];
    expect(s1.subsections?.map((s) => s.heading)).toEqual(ASPECTS.map((a, i) => `（${'一二三四五'[i]}）${a.title}`));
    expect(res.report.sections[5].text).toBe('本机关全年未发出收费通知书，未收取信息处理费。');
    const charged = await composeDraft({ ...INPUT, fee: { charged: true, notices: 2, amountYuan: 150 } }, { mode: 'offline' });
    expect(charged.report.sections[5].text).toContain('发出收费通知书2件');
    expect(charged.report.sections[5].text).toContain('150元');
    const noFee = await composeDraft({ ...INPUT, fee: undefined }, { mode: 'offline' });
    expect(noFee.notices.join('')).toContain('未填写信息处理费情况');
    expect(res.report.preface).toContain('统计期限自2023年1月1日起至2023年12月31日止');
    expect(res.report.preface).toContain('六个部分');
    expect(res.report.signoff).toEqual({ agency: INPUT.meta.agency, date: '2024-01-20' });
    expect(res.sections.map((s) => s.generator)).toEqual(['offline', 'template', 'template', 'template', 'offline', 'template']);
  });

  it('uses the clerk\'s problems and plans for 五, and says so when it had to use general wording', async () => {
    const res = await composeDraft(INPUT, { mode: 'offline' });
    expect(res.report.sections[4].text).toContain('一是政策解读形式较为单一；二是公开栏更新不够及时。');
    expect(res.report.sections[4].text).toContain('2024年，我镇将');
    expect(res.notices.join('')).not.toContain('通用表述');
    const none = await composeDraft({ ...INPUT, facts: [] }, { mode: 'offline' });
    expect(none.notices.join('')).toContain('未提供存在的主要问题');
  });

  it('honours instructions: shorter, emphasised aspect, training', async () => {
    expect(styleOf('更简洁')).toEqual({ concise: true, emphasis: undefined });
    expect(styleOf('突出平台建设').emphasis).toBe('platform');
    expect(styleOf('增加培训情况').emphasis).toBe('supervision');
    const base = await composeDraft(INPUT, { mode: 'offline' });
    const short = await composeDraft(INPUT, { mode: 'offline', instruction: '更简洁' });
    expect(short.report.sections[0].text.length).toBeLessThan(base.report.sections[0].text.length);
    const platform = await composeDraft(INPUT, { mode: 'offline', instruction: '突出平台建设' });
    const sub = (r: typeof base) => r.report.sections[0].subsections!.find((s) => s.aspect === 'platform')!.text;
    expect(sub(platform).length).toBeGreaterThan(sub(base).length);
    const training = await composeDraft({ ...INPUT, facts: [] }, { mode: 'offline', instruction: '增加培训情况' });
    expect(training.notices.join('')).toContain('未提供培训次数');
  });

  it('names itself by its kind of agency', () => {
    expect(selfReference('临江市桦树镇人民政府')).toBe('我镇');
    expect(selfReference('繁峙县集义庄乡人民政府')).toBe('我乡');
    expect(selfReference('某区某某街道办事处')).toBe('我街道');
    expect(selfReference('某市生态环境局')).toBe('我局');
    expect(selfReference('某县人民政府')).toBe('我县');
  });
});

describe('offline drafter wording', () => {
  it('says 「其中」 only when a channel count fits in the published total (公众号149条 is not part of 61条)', async () => {
    const meta = { agency: '繁峙县集义庄乡人民政府', level: '乡镇' as const, year: 2025 };
    const draft = async (newmedia: number) =>
      (
        await composeDraft(
          { meta, facts: [{ key: 'published_total', label: '主动公开政府信息', value: 61 }, { key: 'published_newmedia', label: '通过政务新媒体发布信息', value: newmedia }] },
          { mode: 'offline' },
        )
      ).report.sections[0].text;
    expect(await draft(149)).toContain('主动公开政府信息61条，另通过政务新媒体发布信息149条');
    expect(await draft(40)).toContain('主动公开政府信息61条，其中通过政务新媒体发布信息40条');
  });
});
