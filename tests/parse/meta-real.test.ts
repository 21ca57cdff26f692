// Meta from real published pages (corpus/real): agency, year, level and publish date, each from a real text that
// was read wrong before; and the one function that derives an agency's kind and level.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { classifyAgency } from '../../server/format/index.js';
import { parseText } from '../../server/parse/text.js';

const real = (f: string) => parseText(readFileSync(new URL(`../../corpus/real/${f}`, import.meta.url), 'utf8'), { file: `real/${f}` });

describe('meta from real pages', () => {
  it('year from the body: 「2024年,在区政府…小营街道办事处…」 (a028, no title, no period)', () => {
    expect(real('a028.txt').meta).toMatchObject({ year: 2024, level: '街道' });
  });
  it('a title with the year in brackets: 「舟山市民政局信息公开工作年度报告(2020年度)」 (b018)', () => {
    expect(real('b018.txt').meta).toMatchObject({ agency: '舟山市民政局', year: 2020, level: '市级部门', date: '2021-01-28' });
  });
  it('agency from 「由两城镇人民政府党政办公室编制」 (a088), not the office', () => {
    expect(real('a088.txt').meta).toMatchObject({ agency: '两城镇人民政府', level: '乡镇' });
  });
  it('no trailing 「关于」: 「鹤庆县人民政府关于2019年度…」 (a015)', () => {
    expect(real('a015.txt').meta).toMatchObject({ agency: '鹤庆县人民政府', year: 2019, level: '县级政府' });
  });
  it('a name the text repeats when no sentence names it: 「上营乡微信公众号」「《上营乡…机制》」 with 「我乡」 (a019)', () => {
    expect(real('a019.txt').meta).toMatchObject({ agency: '上营乡', level: '乡镇' });
  });
  it('publish date from a header cell 「发布日期 | 2026-01-19」 (a061) and a bare header line 「2026.01.14」 (a078)', () => {
    expect(real('a061.txt').meta.date).toBe('2026-01-19');
    expect(real('a078.txt').meta.date).toBe('2026-01-14');
  });
});

describe('classifyAgency: the one place for kind and level', () => {
  it.each([
    ['额济纳旗温图高勒苏木人民政府', '', '镇', '乡镇'],
    ['吉村镇人民政府办公室', '', '镇', '乡镇'],
    ['县人社局', '', 'department', '县级部门'],
    ['市应急局', '', 'department', '市级部门'],
    ['乌兰察布市区域经济合作局', '', 'department', '市级部门'],
    ['湘潭县市场监督管理局', '', 'department', '县级部门'],
    ['上海市人民政府参事室', '', 'department', '省级部门'],
    ['西藏自治区国有资产监督管理委员会', '', 'department', '省级部门'],
    ['新疆维吾尔自治区气象局', '', 'department', '其他'],
    ['天津经济技术开发区', '', 'department', '其他'],
    ['大英县人民政府', '', 'government', '县级政府'],
    ['四川省', '', 'government', '省级政府'],
    // The office named as the agency (its title 「府谷县人民政府办公室2024年…」) publishes its own report, even when its
    // text speaks of the whole county (labellers of batches b–m rank it so, 64 to 7); a county's report compiled by the
    // office is named for the county (「由府谷县人民政府办公室编制」 gives the county: see the 由 tests).
    ['府谷县人民政府办公室', '全县各乡镇、各部门认真落实，全县政务公开工作', 'department', '县级部门'],
    ['府谷县人民政府办公室', '我办认真落实', 'department', '县级部门'],
    ['安宁市人民政府', '各乡镇(街道)认真落实', 'government', '县级政府'],
    // A bare place ranks as its government would: 「青岛市」 as 「青岛市人民政府」, 「安宁市」 by what its text governs.
    ['青岛市', '', 'government', '市级政府'],
    ['安宁市', '各乡镇(街道)认真落实', 'government', '县级政府'],
    // A zone's own bodies and a nature reserve's administration rank with the zones; 浦东新区 is a district.
    ['中国(河北)自由贸易试验区雄安片区管理委员会', '', 'department', '其他'],
    ['云南滇中新区临空先进制造业发展局', '', 'department', '其他'],
    ['内蒙古辉河国家级自然保护区管理局', '', 'department', '其他'],
    ['上海市浦东新区教育局', '', 'department', '县级部门'],
  ])('%s → %s / %s', (name, text, kind, level) => {
    expect(classifyAgency(name, text)).toEqual({ kind, level });
  });
});

describe('F-TITLE on real titles', () => {
  const titleFinding = (f: string) => checkReport(real(f)).filter((x) => x.rule === 'F-TITLE').map((x) => x.message);
  it('year before the name (a078 「2025年上海市青浦区徐泾镇政府信息公开工作年度报告」), abbreviated name (b010 「县人社局…」)', () => {
    expect(titleFinding('a078.txt').join()).toContain('年份写在机关名称之前');
    expect(titleFinding('b010.txt').join()).toContain('不是全称');
  });
  it('a correct title is left alone (a025 「宁阳县华丰镇人民政府2023年政府信息公开工作年度报告」)', () => {
    expect(titleFinding('a025.txt')).toEqual([]);
  });
});

describe('agency from real pages without a title line (corpus/real, DEV)', () => {
  const meta = (f: string) => real(f).meta;
  it('c010: 「2024年,朔州市认真落实…」 — a government named by its place as the subject', () => {
    expect(meta('c010.txt')).toMatchObject({ agency: '朔州市', level: '市级政府' });
  });
  it('d021: 「现发布《亳州市利辛县阚疃镇2024年政府信息公开工作年度报告》」 — the report\'s own name in 《》', () => {
    expect(meta('d021.txt')).toMatchObject({ agency: '亳州市利辛县阚疃镇', level: '乡镇' });
  });
  it('a003: 「编制了《田黄镇2020年…年度报告》」 in a 2021 report does not set the year', () => {
    expect(meta('a003.txt').year).toBe(2021);
  });
  it('d037: 「热搜词:…政府工作报告…」 above the title is furniture, not the agency', () => {
    expect(meta('d037.txt').agency).not.toMatch(/热搜/);
  });
  it('b118: 「贵阳市人民政府(市人民政府办公厅)2021年…」 — the bracketed compiler is not part of the name', () => {
    expect(meta('b118.txt').agency).toBe('贵阳市人民政府');
  });
});

describe('agency: the title\'s bare place against the contact office', () => {
  it('f041: title 「正定县2022年…」, contact 「正定县人民政府办公室」 — the county\'s report', () => {
    expect(real('f041.txt').meta).toMatchObject({ agency: '正定县人民政府', level: '县级政府' });
  });
  it('f008: 「现发布《黄石市2025年政府信息公开工作年度报告》」 names the city', () => {
    expect(real('f008.txt').meta).toMatchObject({ agency: '黄石市', level: '市级政府' });
  });
  it('f037: 「中国(河北)自由贸易试验区…」 — 自由 holds no 由', () => {
    expect(real('f037.txt').meta.agency).toBe('中国(河北)自由贸易试验区雄安片区管理委员会');
  });
});

describe('agency as the subject: more real openings', () => {
  it('a073: 「新开河街道党工委、办事处按照…」 — the street named with its Party committee', () => {
    expect(real('a073.txt').meta).toMatchObject({ agency: '新开河街道', level: '街道' });
  });
  it('e009: 「2023年,山东省人民政府办公厅以习近平…」 with 「我省」 in the text', () => {
    expect(real('e009.txt').meta.agency).toBe('山东省人民政府办公厅');
  });
});

describe('publish date from the page header', () => {
  it('g001: 「更新时间:2025-01-23浏览次数:…」', () => expect(real('g001.txt').meta.date).toBe('2025-01-23'));
  it('g040: 「2019-07-07 19:35 湖北省人民政府网」', () => expect(real('g040.txt').meta.date).toBe('2019-07-07'));
  it('d037: 「来源:云南省人民政府办公厅  2020-03-31 17:13:25 【字体:」', () => expect(real('d037.txt').meta.date).toBe('2020-03-31'));
});

describe('level from how the text speaks of itself', () => {
  it('g017: 「我街深入贯彻…」 is a street', () => expect(real('g017.txt').meta.level).toBe('街道'));
  it('aa004: 「我厅全面贯彻…」 with no name anywhere is a province\'s department', () => expect(real('aa004.txt').meta.level).toBe('省级部门'));
  it('ab034 「津市市统计局」: 津市 is a county-level city whose name ends in 市', () => {
    expect(classifyAgency('津市市统计局').level).toBe('县级部门');
    expect(classifyAgency('湖南省津市市统计局').level).toBe('县级部门');
  });
  it('ad001 「益阳市生态环境局安化分局」: a city bureau\'s branch named for a county is county-level', () => {
    expect(classifyAgency('益阳市生态环境局安化分局').level).toBe('县级部门');
    expect(real('ad001.txt').meta.level).toBe('县级部门');
  });
  it('ab006 「城口县人民政府机关」: the government\'s organs are the government', () => expect(classifyAgency('城口县人民政府机关')).toEqual({ kind: 'government', level: '县级政府' }));
  it('aa010: 「经开区」 is a zone (其他), not a county', () => {
    expect(real('aa010.txt').meta.level).toBe('其他');
    expect(classifyAgency('经开区').level).toBe('其他');
  });
});

describe('prefectures (地区) and their bodies', () => {
  it.each([
    ['大兴安岭地区行政公署', 'government', '市级政府'],
    ['阿里地区人民政府', 'government', '市级政府'],
    ['喀什地区发展和改革委员会', 'department', '市级部门'],
  ])('%s is %s, %s', (name, kind, level) => {
    expect(classifyAgency(name)).toEqual({ kind, level });
  });
});

describe('meta: names broken, glued or summed up, and the level they give (batches k–n)', () => {
  it.each([
    ['k027.txt', '重庆市沙坪坝区人民政府小龙坎街道办事处', '街道', 'a title broken before 「办事处2023年…」'],
    ['l003.txt', '大源街', '街道', '「2024年,大源街严格按照…」 (a 广州 street by its short name)'],
    ['k035.txt', '福建省财政厅', '省级部门', '「汇总福建省财政厅2020年政府信息公开情况编制形成」'],
    ['l014.txt', '自治区人民政府办公厅', '省级部门', 'a title 「自治区人民政府办公厅2022 / 政府信息公开工作年度报告」'],
    ['l034.txt', '甘肃省退役军人事务厅', '省级部门', '「…事务厅政府信息公开工作2022年度报告」'],
    ['l039.txt', '南昌市人民政府办公室', '市级部门', '「南昌」 is a city and a county: 南昌市 is the prefecture'],
    ['m001.txt', '秦淮区人民政府红花街道办事处', '街道', 'the street office\'s internal 办公室 compiles the street\'s report'],
    ['m004.txt', '东亭街道', '街道', '「东亭街道综合办公室」'],
    ['m038.txt', '江苏省科学技术厅', '省级部门', '「2024年,江苏省科学技术厅深入学习…」: a 厅 as the subject'],
    ['n029.txt', '临夏州乡村振兴局', '市级部门', 'an autonomous prefecture\'s bureau'],
    ['n033.txt', '咸宁市政务服务和大数据管理局', '市级部门', '「咸宁市政务…」 is 市 + 政务, not 市政'],
  ])('%s: %s, %s (%s)', (file, agency, level) => {
    const m = real(file).meta;
    expect([m.agency, m.level]).toEqual([agency, level]);
  });
  it('「喀什市」 sits in 喀什地区: county-level', () => {
    expect(classifyAgency('喀什市人民政府').level).toBe('县级政府');
  });
});

describe('meta: 市政 is a word, not a place\'s 市', () => {
  it('「市政园林局」 still has no 市 of its own', () => expect(classifyAgency('某某县市政园林局').level).toBe('县级部门'));
});

describe('a county\'s report compiled by its office', () => {
  it('「本报告由府谷县人民政府办公室编制」 under no title: the county government, 县级政府', () => {
    const p = parseText('本报告由府谷县人民政府办公室编制。\n一、总体情况\n2024年，全县各乡镇、各部门认真落实，全县主动公开政府信息1200条。');
    expect([p.meta.agency, p.meta.level]).toEqual(['府谷县人民政府', '县级政府']);
  });
});

describe('meta: what is no agency name', () => {
  it('c036: 「西藏自治区地震局门户网站是西藏自治区地震局在…」 is a sentence about the site; the agency is the bureau', () => {
    expect(real('c036.txt').meta.agency).toBe('西藏自治区地震局');
  });
  it('j044: 「国家林草局累计转发我省信息」 names a superior, not the publisher', () => {
    expect(real('j044.txt').meta.agency).not.toBe('国家林草局');
  });
});

describe('meta: a whole year\'s statistical period over a stale report name in the preface', () => {
  it('p044: 「公布2018年度本街道…报告…统计期限自2019年1月1日起至2019年12月31日止」 is the 2019 report; the name is the stale year', () => {
    expect(real('p044.txt').meta.year).toBe(2019);
    const years = checkReport(real('p044.txt')).filter((f) => f.rule === 'N-YEAR');
    expect(years.map((f) => f.evidence.quote).join()).toContain('公布2018年度本街道');
    expect(years.map((f) => f.evidence.quote).join()).not.toContain('统计期限自2019年');
  });
  it('the same preface without a period keeps the name\'s year', () => {
    expect(parseText('特向社会公布2018年度本街道政府信息公开工作年度报告。\n一、总体情况\n本年度主动公开信息10条。').meta.year).toBe(2018);
  });
});

describe('classifyAgency: words that end in a unit character', () => {
  it('o042/o037: 「北京市城市管理委员会」「北京市重点站区管理委员会」 are the municipality\'s (省级部门), as their texts are', () => {
    expect(real('o042.txt').meta.level).toBe('省级部门');
    expect(classifyAgency('北京市重点站区管理委员会').level).toBe('省级部门');
  });
  it('a city whose name ends in 城 (盐城市) and a scenic area that is a district (东湖…风景区分局) keep their units', () => {
    expect(classifyAgency('盐城市生态环境局').level).toBe('市级部门');
    expect(classifyAgency('北京市海淀区城市管理委员会').level).toBe('县级部门');
    expect(classifyAgency('武汉市生态环境局东湖生态旅游风景区分局').level).toBe('县级部门');
  });
});

describe('meta: a street\'s internal office, and a bare 「街道办事处」', () => {
  it('o029: 「由无锡市锡山区人民政府厚桥街道党政和人大办公室编制」 is the street\'s report', () => {
    expect(real('o029.txt').meta.level).toBe('街道');
    expect(real('o029.txt').meta.agency).toContain('厚桥街道');
  });
  it('o028: 「现公布街道办事处2025年度…」 names no street; the contact line 「南大街街道党政和人大办公室」 does', () => {
    expect(real('o028.txt').meta.agency).toContain('南大街街道');
  });
});

describe('meta: an info box label, and a government\'s 公开 leading group', () => {
  it('q026: 「名 称:阿里地区2020年…」 gives 阿里地区, not 「称:阿里地区」', () => {
    expect(real('q026.txt').meta.agency).toBe('阿里地区');
  });
  it('q029: 「由南宁市良庆区政务公开工作领导小组办公室编制」 is the district government\'s report (县级政府)', () => {
    expect([real('q029.txt').meta.agency, real('q029.txt').meta.level]).toEqual(['南宁市良庆区人民政府', '县级政府']);
  });
});

describe('meta: a subject before 以…为', () => {
  it('s010: 「2025 年,湖口县政府办公室以提升政务公开质效为核心」 names the office', () => {
    expect(real('s010.txt').meta.agency).toBe('湖口县政府办公室');
  });
});

describe('meta: the name where a page keeps its preface', () => {
  it('t023: a page opening on 「一、总体情况」 then 「现将西安市雁塔区小寨路街道2025年…报告予以公开」', () => {
    expect([real('t023.txt').meta.agency, real('t023.txt').meta.level]).toEqual(['西安市雁塔区小寨路街道', '街道']);
  });
  it('t028: 「全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况」', () => {
    expect(real('t028.txt').meta.agency).toBe('西宁市城中区人民政府礼让街街道办事处');
  });
});

describe('meta: the subject of 一\'s first sentence, and a contact line\'s 受理机构', () => {
  it('g023: 「2022年,山西省退役军人事务厅准确把握…」 names the publisher though the text says 我省', () => {
    expect([real('g023.txt').meta.agency, real('g023.txt').meta.level]).toEqual(['山西省退役军人事务厅', '省级部门']);
  });
  it('b092: 「请与重庆市渝中区医疗保障局政府信息公开申请受理机构联系」 is the bureau', () => {
    expect(real('b092.txt').meta.agency).toBe('重庆市渝中区医疗保障局');
  });
});

describe('meta: a 委 as the subject, and 贯彻 after a subject', () => {
  it('w008: 「2024年,保山市卫生健康委严格按照…」; u026: 「2024年,皇姑区贯彻执行…」', () => {
    expect(real('w008.txt').meta.agency).toBe('保山市卫生健康委');
    expect(real('u026.txt').meta.level).toBe('县级政府');
  });
  it('a Party committee (县委, 党委) is no publisher', () => {
    expect(parseText('一、总体情况\n2024年,县委高度重视政务公开工作，全年主动公开信息10条。').meta.agency).not.toBe('县委');
  });
});

describe('meta: the report\'s own name as the last witness of its year, and who maintains a platform', () => {
  it('「现发布《利辛县教育局2022年…年度报告》」 and no other year: 2022 (au009; had no year)', () => {
    expect(real('au009.txt').meta).toMatchObject({ year: 2022 });
  });
  it('a made-up page in other words: 「特公布《某某镇2023年…报告》」 with no year elsewhere', () => {
    const text = '依据有关规定，特公布《青石镇2023年政府信息公开工作年度报告》。\n一、总体情况\n本年度我镇主动公开信息120条。';
    expect(parseText(text).meta).toMatchObject({ year: 2023 });
  });
  it('「由…下属事业单位…中心负责…平台管理」 names no compiler of the report (au018 had that centre as its agency)', () => {
    expect(real('au018.txt').meta.agency).not.toMatch(/中心/);
  });
});

describe('meta: a supply-and-marketing cooperative is a department', () => {
  it('「由如东县供销合作总社编制而成」 (ax014) and 「由宜城市供销联社结合工作实际编制」 (ax016) name the body; level 县级部门', () => {
    expect(real('ax014.txt').meta).toMatchObject({ agency: '如东县供销合作总社', level: '县级部门' });
    expect(real('ax016.txt').meta).toMatchObject({ agency: '宜城市供销联社', level: '县级部门' });
  });
  it('classifyAgency in other words: 「南丰县供销社」 is a 县级部门', () => {
    expect(classifyAgency('南丰县供销社', '我县').level).toBe('县级部门');
  });
});

describe('meta: people\'s organisations, abbreviations spelled out, and words that look like units', () => {
  it('「本报告由临沂市供销合作社联合社按照…编制」 (ay002, had no agency): the 联合社 is the body, 市级部门', () => {
    expect(real('ay002.txt').meta).toMatchObject({ agency: '临沂市供销合作社联合社', level: '市级部门' });
  });
  it('「现发布《亳州市谯城区残疾人联合会2025年…》」 (az007, had no agency): a 联合会 publishes; a 区\'s body is 县级部门', () => {
    expect(real('az007.txt').meta).toMatchObject({ agency: '亳州市谯城区残疾人联合会', level: '县级部门' });
  });
  it('title 「市残联…」 and 「公主岭市残疾人联合会(以下简称 “市残联”)」 (ay008): the name the text abbreviates', () => {
    expect(real('ay008.txt').meta).toMatchObject({ agency: '公主岭市残疾人联合会', level: '县级部门' });
  });
  it('in other words: 「(以下简称「区红会」)」 spells out a title\'s abbreviation; a name never abbreviated stays', () => {
    const text = '区红会政府信息公开工作年度报告\n2024年,松山区红十字会(以下简称「区红会」)认真落实条例。\n一、总体情况\n全年主动公开信息20条。';
    expect(parseText(text).meta.agency).toBe('松山区红十字会');
    expect(parseText(text.replace('(以下简称「区红会」)', '')).meta.agency).not.toBe('松山区红十字会');
  });
  it('「上海市静安区地区工作办公室」 (az022) is a 区\'s office: 地区 after 静安区 is a word, not a prefecture', () => {
    expect(classifyAgency('上海市静安区地区工作办公室').level).toBe('县级部门');
    expect(classifyAgency('大兴安岭地区林业局').level).toBe('市级部门');
  });
  it('「北部湾经济区」 is no district: 广西壮族自治区北部湾经济区规划建设管理办公室 stays 省级部门; 绿园区 is a district', () => {
    expect(classifyAgency('广西壮族自治区北部湾经济区规划建设管理办公室').level).toBe('省级部门');
    expect(classifyAgency('长春市绿园区退役军人事务局').level).toBe('县级部门');
  });
});

describe('agency from a page\'s info box and a preface (2026-12-07, fourth session)', () => {
  it('「信息来源: 驻马店市人民政府」 when nothing else names the body (bi026), and in other words', () => {
    expect(real('bi026.txt').meta).toMatchObject({ agency: '驻马店市人民政府', level: '市级政府' });
    const text = '发布时间：2025-02-11\n信息来源：临澧县人民政府\n一、总体情况\n2024年，全县政务公开工作稳步推进。';
    expect(parseText(text).meta.agency).toBe('临澧县人民政府');
  });
  it('a portal as 信息来源 names no body', () => {
    const text = '信息来源：中国常德网\n一、总体情况\n2024年，全县政务公开工作稳步推进。';
    expect(parseText(text).meta.agency ?? '').not.toContain('网');
  });
  it('the title cell of an info box, its cell marks dropped: 「标 题: | 井冈山市2020年…报告 |」 (bj029)', () => {
    expect(real('bj029.txt').meta).toMatchObject({ level: '县级政府', year: 2020 });
    expect(real('bj029.txt').meta.agency).toContain('井冈山市');
    expect(real('bj011.txt').meta).toMatchObject({ agency: '重庆市', level: '省级政府' });
  });
  it('「特公布X(以下简称…)2020年政府信息公开工作年度报告」 names X, a bank branch too (bm013)', () => {
    expect(real('bm013.txt').meta.agency).toBe('中国人民银行乌兰察布市中心支行');
    const text = '根据《条例》，特公布国家金融监督管理总局衡水监管分局(以下简称衡水监管分局)2023年政府信息公开工作年度报告。\n一、总体情况\n2023年，衡水监管分局扎实推进政务公开。';
    expect(parseText(text).meta.agency).toBe('国家金融监督管理总局衡水监管分局');
  });
});

describe('meta: the title and its compiler (2026-12-07, fifth session)', () => {
  it('「吕洞山镇人民政府信息公开工作2024年度报告」: 政府 is the name\'s end and the report\'s word (bx029)', () => {
    expect(real('bx029.txt').meta).toMatchObject({ agency: '保靖县吕洞山镇人民政府', level: '乡镇', year: 2024 });
    expect(parseText('青山乡人民政府信息公开工作2023年度报告\n一、总体情况\n2023年，我乡认真落实条例。').meta.agency).toBe('青山乡人民政府');
  });
  it('the site\'s column 「政府信息公开」 above a whole title is no half of it; 喀什市 is county-level (bu023)', () => {
    expect(real('bu023.txt').meta).toMatchObject({ agency: '喀什市人民政府', level: '县级政府' });
    expect(parseText('政府信息公开\n\n宜兴市2022年政府信息公开工作年度报告\n一、总体情况\n2022年，宜兴市扎实推进政务公开。').meta.agency).toContain('宜兴市');
  });
  it('a place\'s report compiled by one of its departments stays the place\'s: 「本报告由正蓝旗政务服务局…汇总」 (d012, l030)', () => {
    expect(real('l030.txt').meta).toMatchObject({ level: '县级政府' });
    const text = '临川县2023年政府信息公开工作年度报告\n本报告由临川县数据资源管理局根据《条例》要求，汇总各乡镇和县直各部门年度报告编制。\n一、总体情况\n2023年，全县政务公开工作稳步推进。';
    expect(parseText(text).meta).toMatchObject({ level: '县级政府' });
    expect(parseText(text).meta.agency).not.toContain('管理局');
  });
});

describe('meta: furniture and function words are no agency (2026-12-07, sixth session)', () => {
  it('a breadcrumb line with no dated report name names no body; the info box does (cf023)', () => {
    expect(real('cf023.txt').meta).toMatchObject({ agency: '淄博市人民政府', level: '市级政府' });
  });
  it('an info box 「索引号 … 组配分类 政府信息公开工作年度报告」 is no title (cj007)', () => {
    expect(real('cj007.txt').meta.agency).toBe('盐都区张庄街道办事处');
  });
  it('「…结合本街道实际,就街道2024年度政府信息公开…」: 就 is no part of a name (ci005)', () => {
    expect(real('ci005.txt').meta.agency).not.toMatch(/^就/);
    expect(parseText('一、总体情况\n2024年，城南街道认真落实条例。结合本街道实际，就街道2024年度政府信息公开工作情况报告如下。').meta.agency).toBe('城南街道');
  });
  it('places that begin with 和 stay names: 和平县教育局 (b002)', () => {
    expect(real('b002.txt').meta.agency).toBe('和平县教育局');
  });
});

describe('meta: a department named without its place takes the level of the government it speaks of (seventh session)', () => {
  const doc = (body: string) => parseText(`统计局2024年政府信息公开工作年度报告\n一、总体情况\n${body}`).meta;
  it('「在县委、县政府的领导下，我局…」 is a county bureau', () => {
    expect(doc('2024年，在县委、县政府的坚强领导下，我局认真贯彻《条例》，全年主动公开信息120条。')).toMatchObject({ agency: '统计局', level: '县级部门' });
  });
  it('「立足我市…」 with counties below it is a city bureau', () => {
    expect(doc('2024年，我局立足我市实际，指导各县区统计部门做好公开工作，全年主动公开信息88条。')).toMatchObject({ level: '市级部门' });
  });
  it('a text that names no government leaves the level open', () => {
    expect(doc('2024年，我局认真贯彻《条例》，全年主动公开信息120条。').level).toBeUndefined();
  });
  it('「特向社会公布X县2021年度政府信息公开情况」: the bare place published is its government (cs032)', () => {
    expect(parseText('根据《条例》规定，特向社会公布兴和县2021年度政府信息公开情况。\n一、总体情况\n2021年，全县认真落实条例。').meta).toMatchObject({ agency: '兴和县', level: '县级政府' });
  });
});

describe('meta: a county-level city shows through the places its text names (eighth session)', () => {
  it('「市民政局」 whose page header spells 「永康市民政局」 is that bureau, county-level (bu010, cg002)', () => {
    const m = parseText('首页 > 政府信息公开 > 永康市民政局 > 年报\n市民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真落实市委、市政府部署，全年主动公开信息66条。').meta;
    expect(m).toMatchObject({ agency: '永康市民政局', level: '县级部门' });
  });
  it('the same name spelled with a prefecture (「金华市民政局」) stays a city bureau', () => {
    const m = parseText('首页 > 政府信息公开 > 金华市民政局 > 年报\n市民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真落实市委、市政府部署，全年主动公开信息66条。').meta;
    expect(m).toMatchObject({ agency: '金华市民政局', level: '市级部门' });
  });
  it('a bureau with no place that answers to 市委、市政府 and names 「宜都市」 twice is county-level (bh028, by026)', () => {
    const m = parseText('一、总体情况\n2024年，我局在市委、市政府领导下落实条例，在宜都市政府网站公开信息40条。\n二、其他\n联系地址：宜都市园林大道8号。').meta;
    expect(m.level).toBe('县级部门');
  });
  it('a verb that reads as a place (「会同市林业局」 is 会同 + 市林业局) does not make a city county-level (b095)', () => {
    const m = parseText('一、总体情况\n2024年，我局在市委、市政府领导下落实条例。会同市林业局清理文件12份，会同市农业局清理文件3份。').meta;
    expect(m.level).toBe('市级部门');
  });
});

describe('meta review (eighth session): a superior\'s or a subordinate\'s name is not the agency\'s own', () => {
  const meta = (body: string) => parseText(`市财政局2023年政府信息公开工作年度报告\n一、总体情况\n${body}`).meta;
  it('「按照衡阳市财政局要求」「在衡阳市财政局指导下」: the superior bureau', () => {
    expect(meta('2023年，我局按照衡阳市财政局要求，在衡阳市财政局指导下，公开信息20条。').agency).toBe('市财政局');
  });
  it('「指导常宁市财政局、耒阳市财政局」: bodies below it', () => {
    expect(meta('2023年，我局指导常宁市财政局、耒阳市财政局做好公开工作，公开信息20条。').agency).toBe('市财政局');
  });
  it('cities a bureau audits or inspects do not make it county-level', () => {
    expect(meta('2023年，我局在市委、市政府领导下，对常宁市、耒阳市等地开展督查，督促常宁市整改，完成对常宁市人民政府的审计。').level).toBe('市级部门');
  });
});

describe('a mirror site\'s pinyin inside the words is read without it (da030, cw015; ninth session)', () => {
  const page = '当前位置：首页\n河西区(qū)人民政府东湖街道办事处2024年政府信息公开工作年度报(bào)告\n本报告统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n2024年，东湖街道办事处认真落实生态(tài)环(huán)境信息公开。\n';
  it('the title names the agency and its level, the year is read', () => {
    const p = parseText(page);
    expect(p.meta.agency).toBe('河西区人民政府东湖街道办事处');
    expect(p.meta.level).toBe('街道');
    expect(p.meta.year).toBe(2024);
    expect(p.source.notes.map((n) => n.message).join()).toContain('拼音注音');
  });
  it('the checker still tells the reviewer, quoting the place as the page writes it', () => {
    const a = checkReport(parseText(page)).find((f) => f.rule === 'N-ARTIFACT');
    expect(a?.evidence.quote).toContain('区(qū)');
    expect(page).toContain(a!.evidence.quote!);
  });
  it('still: brackets that are not tone-marked pinyin stay (「（a）」「(PDF)」「(试行)」)', () => {
    const p = parseText('X镇2024年政府信息公开工作年度报告\n一、总体情况\n发布文件(PDF)3份，制度(试行)1项，条款(a)已修订。\n');
    expect(p.source.pinyin).toBeUndefined();
    expect(p.sections.find((s) => s.no === 1)?.text).toContain('(PDF)3份');
  });
});

describe('review (ninth session): one pronunciation note is the author\'s, not a mirror\'s pinyin', () => {
  it('「埭(dài)头村」 alone stays as written', () => {
    const p = parseText('X镇2024年政府信息公开工作年度报告\n一、总体情况\n全年在埭(dài)头村公开栏公开信息20条。\n');
    expect(p.source.pinyin).toBeUndefined();
    expect(p.sections.find((s) => s.no === 1)?.text).toContain('埭(dài)头村');
  });
});

describe('agency from the contact line that closes the report (ad017; tenth session)', () => {
  it('「对本报告如有疑问,请与鲤城区农业农村和水利局联系」 after the sections names the body when nothing before does', () => {
    const p = parseText('一、总体情况\n2023年，我局公开信息40条。\n二、主动公开政府信息情况\n（略）\n六、其他需要报告的事项\n本机关未收取信息处理费。对本报告如有疑问，请与青石县农业农村和水利局联系（电话：0595-22222222）。\n');
    expect(p.meta.agency).toBe('青石县农业农村和水利局');
    expect(p.meta.level).toBe('县级部门');
  });
  it('still: a name read before it is kept', () => {
    const p = parseText('青石县民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局公开信息40条。\n六、其他需要报告的事项\n如有疑问，请与县政务服务中心联系。\n');
    expect(p.meta.agency).toBe('青石县民政局');
  });
});
