import { describe, expect, it } from 'vitest';
import { agencyMatches, coreUnit, foreignNames } from '../../evals/lib/names.js';
import { groundingRate, lcsLength, ngramContainment, numbersIn, rougeL } from '../../evals/lib/text.js';
import { aspectsCovered, scoreDraft } from '../../evals/suites/draft.js';
import { scoreHits, sectionOneOpening } from '../../evals/suites/retrieval.js';
import { randomValidReport } from '../../server/report/generate.js';

describe('ROUGE-L (character LCS)', () => {
  it('computes the textbook LCS length', () => {
    expect(lcsLength('ABCBDAB', 'BDCABA')).toBe(4);
    expect(lcsLength('', 'abc')).toBe(0);
    expect(lcsLength('政府信息公开', '政务信息公开工作')).toBe(5);
  });

  it('gives 1 for identical text, 0 for disjoint text, ignoring punctuation and spaces', () => {
    expect(rougeL('我镇主动公开信息61条。', '我镇 主动公开信息61条').f).toBe(1);
    expect(rougeL('甲乙丙', '丁戊己').f).toBe(0);
    expect(rougeL('', '丁戊己').f).toBe(0);
  });

  it('separates precision (candidate) from recall (reference)', () => {
    const r = rougeL('主动公开', '主动公开信息');
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(4 / 6, 10);
    expect(r.f).toBeCloseTo((2 * 1 * (4 / 6)) / (1 + 4 / 6), 10);
  });

  it('folds full-width digits so ６１ equals 61', () => {
    expect(rougeL('公开６１条', '公开61条').f).toBe(1);
  });
});

describe('copy detection (n-gram containment)', () => {
  const source = '我镇高度重视政府信息公开工作，成立了由镇长任组长的领导小组，明确专人负责信息发布和审核。';
  it('is 1 for a pasted passage and 0 for unrelated text', () => {
    expect(ngramContainment(source, source)).toBe(1);
    expect(ngramContainment('本机关全年未发出收费通知书，未收取信息处理费。', source)).toBe(0);
  });
  it('is in between for a half-copied passage', () => {
    const half = `${source.slice(0, 24)}另外开展了三次业务培训并按季度开展督查检查工作确保公开质量`;
    const v = ngramContainment(half, source);
    expect(v).toBeGreaterThan(0.2);
    expect(v).toBeLessThan(0.8);
  });
});

describe('numbers and grounding rate', () => {
  it('reads numbers written in prose, including separators and full-width digits', () => {
    expect(numbersIn('收到申请12件，公开1,234条，其中３条，收费0.5万元').map((n) => n.value)).toEqual([12, 1234, 3, 0.5]);
  });
  it('rates grounded numbers; a text without numbers counts as fully grounded', () => {
    expect(groundingRate(0, 0)).toBe(1);
    expect(groundingRate(4, 1)).toBe(0.75);
    expect(groundingRate(2, 5)).toBe(0);
  });
});

describe('agency names', () => {
  it('matches short and full forms of the same agency', () => {
    expect(agencyMatches('酉阳县铜鼓镇人民政府', '酉阳土家族苗族自治县铜鼓镇人民政府')).toBe(true);
    expect(agencyMatches('临江市桦树镇人民政府', '桦树镇')).toBe(true);
    expect(agencyMatches('大川镇', '茅箭区大川镇人民政府')).toBe(true);
  });
  it('does not match different agencies or empty names', () => {
    expect(agencyMatches('同江市临江镇人民政府', '临江市桦树镇人民政府')).toBe(false);
    expect(agencyMatches('临西县教育局', '临西县财政局')).toBe(false);
    expect(agencyMatches('临西县教育局', '')).toBe(false);
  });
  it('finds other agencies named in a draft, but not the own agency or its parent', () => {
    expect(coreUnit('长春市绿园区春城街道办事处')).toBe('春城街道');
    const text = '我镇参照横山镇做法，在临江市人民政府统一部署下开展工作。';
    const others = ['龙游县横山镇人民政府', '临江市桦树镇人民政府', '下各镇'];
    expect(foreignNames(text, { agency: '临江市桦树镇人民政府', parent: '临江市人民政府' }, others)).toEqual(['横山镇']);
    expect(foreignNames('我镇认真落实条例。', { agency: '临江市桦树镇人民政府' }, others)).toEqual([]);
  });
});

describe('draft scoring', () => {
  it('counts the five aspects of 一 by their cue words', () => {
    expect(aspectsCovered('主动公开信息10条；依申请公开1件；规范性文件管理；网站平台建设；开展培训')).toBe(5);
    expect(aspectsCovered('我镇认真落实条例。')).toBe(0);
  });

  it('scores a draft: errors, leaked names, copying, ROUGE-L against the original', async () => {
    const r = randomValidReport(7, { year: 2023 });
    const one = r.sections.find((s) => s.no === 1)!;
    one.text = `${one.text}参照龙游县横山镇人民政府做法开展培训。`;
    const s = await scoreDraft(r, [{ rule: 'N-FOREIGN-ENTITY', severity: 'E' }, { rule: 'N-ARTIFACT', severity: 'W' }], {
      original: one.text,
      examples: [one.text],
      otherAgencies: ['龙游县横山镇人民政府'],
    });
    expect(s.errors).toBe(1);
    expect(s.errorRules).toEqual(['N-FOREIGN-ENTITY']);
    expect(s.leaked).toEqual(['龙游县横山镇']);
    expect(s.rouge).toBe(1);
    expect(s.copy).toBe(1);
    expect(s.lengthRatio).toBe(1);
  });
});

describe('retrieval scoring', () => {
  const hit = (level: string, agency: string, no: number, id = 1) => ({ chunkId: id, text: '', section: { no, title: '' }, report: { id, agency, level, year: 2023, source: '' }, score: 1 });
  it('computes same-level share, reciprocal rank, distinct agencies and self leaks', () => {
    const s = scoreHits({ level: '乡镇', agency: '甲镇' }, [hit('街道', '乙街道', 1, 1), hit('乡镇', '丙镇', 5, 2), hit('乡镇', '丁镇', 1, 3), hit('乡镇', '甲镇', 1, 4)]);
    expect(s.sameLevelShare).toBe(0.75);
    expect(s.reciprocalRank).toBeCloseTo(1 / 3, 10);
    expect(s.sameSectionShare).toBe(0.75);
    expect(s.distinctAgencies).toBe(4);
    expect(s.leaked).toBe(1);
  });
  it('takes the opening of section 一 from raw text', () => {
    expect(sectionOneOpening('标题\n一、总体情况\n（一）主动公开\n2023年，我镇全年公开信息61条。\n二、主动公开', 14)).toBe('2023年，我镇全年公开信息');
  });
});
