// N-FOREIGN-ENTITY: another township's, street's or county's name copied into a report — found in short and full
// form, while the agency's own names, its superiors and generic references (「我镇政府」「各乡镇」) stay silent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { placesIn } from '../../server/check/places.js';
import { composeDraft, inputFromReport } from '../../server/draft/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { AnyReport, Report } from '../../server/report/schema.js';
import { parseText } from '../../server/parse/text.js';
import { goodReport, withSection } from './helpers.js';

const foreign = (r: AnyReport) => checkReport(r).filter((f) => f.rule === 'N-FOREIGN-ENTITY');
const errors = (r: AnyReport) => foreign(r).filter((f) => f.severity === 'E');

/** 龙游县横山镇人民政府, 2023, with `text` as section 一. */
function township(text: string, meta: Partial<Report['meta']> = {}): Report {
  const r = goodReport(3);
  const base = { ...r, meta: { ...r.meta, agency: '龙游县横山镇人民政府', shortName: '横山镇', parent: '龙游县人民政府', level: '乡镇' as const, ...meta } };
  return withSection({ ...base, title: `${base.meta.agency}2023年政府信息公开工作年度报告` }, 1, text);
}

function agencyReport(agency: string, level: Report['meta']['level'], text: string): Report {
  const r = goodReport(3);
  const base = { ...r, title: `${agency}2023年政府信息公开工作年度报告`, meta: { ...r.meta, agency, shortName: undefined, parent: undefined, level } };
  return withSection(withSection(base, 5, '一是公开内容还不够丰富。2024年，本机关将加强业务培训，完善公开目录。'), 1, text);
}

const LEAD = '（一）主动公开情况\n全年主动公开政府信息61条。';

describe('N-FOREIGN-ENTITY: another township or street', () => {
  it('short forms whose names hold 街/城/各/村 are found (大街乡, 东街街道, 春城街道, 下各镇, 中村乡)', () => {
    for (const name of ['大街乡人民政府', '东街街道办事处', '春城街道办事处', '下各镇人民政府', '中村乡政府', '牛街乡党委']) {
      const f = errors(township(`${LEAD}${name}政府信息公开工作领导小组定期研究部署政务公开工作。`));
      expect(f.map((x) => x.actual), name).toEqual([name.replace(/(人民政府|政府|办事处|党委)$/, '')]);
      expect(f[0].evidence.quote).toContain(name);
    }
  });

  it('full forms with a county prefix are found, with or without a body suffix', () => {
    for (const [text, actual] of [
      ['按照同江市临江镇人民政府的统一部署。', '同江市临江镇'],
      ['长春市绿园区春城街道办事处政府信息公开工作领导小组定期研究。', '绿园区春城街道'],
      ['指导龙游县大街乡开展工作。', '龙游县大街乡'],
      ['酉阳县铜鼓镇人民政府认真落实。', '酉阳县铜鼓镇'],
    ]) {
      expect(errors(township(`${LEAD}${text}`)).map((x) => x.actual), text).toEqual([actual]);
    }
  });

  it('the agency itself, its parent and superiors are fine: 龙游县, 衢州市, 浙江省, 县政府, 市政数局', () => {
    const text = [
      LEAD,
      '按照浙江省、衢州市和龙游县人民政府的部署，龙游县横山镇人民政府认真落实，横山镇党委高度重视。',
      '依据市政数局要求，按照县政府统一安排，我镇政府信息公开工作有序推进。',
      '地址：龙游县横山镇横山街1号。',
    ].join('\n');
    expect(foreign(township(text))).toEqual([]);
  });

  it('generic references are not names: 各乡镇、全镇、督促各街道办事处、城乡、2023年镇政府', () => {
    const text = [
      LEAD,
      '全县各乡镇人民政府和各街道办事处均建立了公开制度，督促各街道办事处及时更新。',
      '我镇政府、全镇政府系统、本镇党委以及城乡建设领域信息及时公开。2023年镇政府共召开专题会议2次。',
      '确保我镇政府信息公开工作落实，主动公开乡政府文件，一是镇党委重视，对镇政府网站及时维护。',
    ].join('\n');
    expect(foreign(township(text))).toEqual([]);
  });

  it('a street report: another street is found, its own district and name are not', () => {
    const r = agencyReport('西城区新街口街道办事处', '街道', `${LEAD}按照西城区人民政府要求，新街口街道办事处认真落实，荷塘区桂花街道办事处领导小组定期研究。`);
    expect(errors(r).map((f) => f.actual)).toEqual(['荷塘区桂花街道']);
  });
});

describe('N-FOREIGN-ENTITY: other counties, departments and governments', () => {
  it('a county body of another county is an error once the own county is known; the own county is fine', () => {
    expect(errors(township(`${LEAD}按照临西县人民政府要求，配合临西县教育局开展工作。`)).map((f) => f.actual)).toEqual(['临西县']);
    expect(errors(agencyReport('临西县教育局', '县级部门', `${LEAD}按照临西县人民政府要求，龙游县人民政府认真落实。`)).map((f) => f.actual)).toEqual(['龙游县']);
    expect(foreign(agencyReport('临西县教育局', '县级部门', `${LEAD}按照临西县人民政府和邢台市教育局要求认真落实。`))).toEqual([]);
    // 「大川镇」 does not say which county it is in: a county name cannot be judged.
    expect(foreign(township(`${LEAD}按照合江县人民政府要求。`, { agency: '大川镇', shortName: '大川镇', parent: undefined }))).toEqual([]);
  });

  it('a department naming a township government is an error; a government naming one gets a warning', () => {
    const text = `${LEAD}横山镇人民政府政府信息公开工作领导小组定期研究部署政务公开工作。`;
    expect(errors(agencyReport('葫芦岛市教育局', '市级部门', text)).map((f) => f.actual)).toEqual(['横山镇']);
    const gov = foreign(agencyReport('合江县人民政府', '县级政府', text));
    expect(gov.map((f) => [f.severity, f.actual])).toEqual([['W', '横山镇']]);
  });

  it('an address in the own county (「将乐县古镛镇滨河北路45号」) is not a foreign name', () => {
    expect(foreign(agencyReport('将乐县卫生健康局', '县级部门', `${LEAD}地址：将乐县古镛镇滨河北路45号。`))).toEqual([]);
    expect(errors(agencyReport('将乐县卫生健康局', '县级部门', `${LEAD}地址：龙游县古镛镇滨河北路45号。`)).map((f) => f.actual)).toEqual(['龙游县古镛镇']);
  });

  it('placesIn reads names up to the last verb or preposition', () => {
    const hits = placesIn('积极配合横山镇人民政府，2019年度大街乡人民政府，现公布荷塘区桂花街道办事处。');
    expect(hits.map((h) => `${h.county}${h.name}${h.unit}`)).toEqual(['横山镇', '大街乡', '荷塘区桂花街道']);
  });
});

describe('N-FOREIGN-ENTITY: no false positives', () => {
  const files = [
    ...readdirSync('corpus/seeds').filter((f) => f.endsWith('.txt')).map((f) => join('corpus/seeds', f)),
    ...readdirSync('corpus/reports').filter((f) => f.endsWith('.txt')).map((f) => join('corpus/reports', f)),
  ];

  it('the 48 corpus files: only r001\'s 「我局」 and seed 000\'s 「分中心」 warning', () => {
    expect(files).toHaveLength(48);
    const got = files.flatMap((file) => foreign(parseText(readFileSync(file, 'utf8'), { file })).map((f) => `${file.split('/').pop()} ${f.severity} ${f.actual}`));
    expect(got.sort()).toEqual(['000_6c268c3b3a656887.txt W 分中心', 'r001.txt E 我局']);
  });

  it('generated reports and offline drafts of the corpus', async () => {
    for (let seed = 1; seed <= 100; seed++) expect(foreign(randomValidReport(seed)), `seed ${seed}`).toEqual([]);
    let drafted = 0;
    for (const file of files) {
      const parsed = parseText(readFileSync(file, 'utf8'), { file });
      if (!parsed.meta.agency || !parsed.meta.year) continue;
      const res = await composeDraft(inputFromReport(parsed, { year: parsed.meta.year }), { mode: 'offline' });
      drafted++;
      expect(foreign(res.report), file).toEqual([]);
    }
    expect(drafted).toBeGreaterThan(30);
  });
});
