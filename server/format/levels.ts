// Agency levels as the corpus and the UI name them, and what each implies (deadline, self-reference).
import { GAZETTEER_PLACES } from './gazetteer-data.js';
export const LEVELS = ['乡镇', '街道', '县级政府', '县级部门', '市级政府', '市级部门', '省级政府', '省级部门', '其他'] as const;
export type Level = (typeof LEVELS)[number];

export const isGovernment = (l: Level) => l === '乡镇' || l === '街道' || l.endsWith('政府');

/** Self-references an agency of this level may use (「我镇」 for a 镇…); see N-FOREIGN-ENTITY. */
export const SELF_REFERENCES = ['我镇', '我乡', '我街道', '我办', '我区', '我县', '我市', '我省', '我局', '我委', '我厅', '我办公室', '我中心', '我署', '我院', '本部门', '我部门'];
/** How a department speaks of itself (「我局」); 「我办」 is also a township's or a government's office, so not here. */
export const DEPARTMENT_SELF_REFERENCES = ['我局', '我委', '我厅', '我中心', '我署', '我院'] as const;

/** Statutory deadline (month, day) of the report for the year after the report year (spec §1, Art. 49). */
export function deadlineFor(level: Level): { month: number; day: number; basis: string } {
  if (level === '县级政府' || level === '市级政府' || level === '省级政府')
    return { month: 3, day: 31, basis: '各级人民政府年度报告应于每年3月31日前公布（《条例》第四十九条）' };
  if (level === '乡镇' || level === '街道')
    return { month: 3, day: 31, basis: '乡镇、街道的公布时限由地方规定，此处按不晚于3月31日检查' };
  return { month: 1, day: 31, basis: '县级以上人民政府部门应于每年1月31日前公布（《条例》第四十九条）' };
}

/** The kind of agency its name ends with: 镇, 乡, 街道, 局, 委, 办, 院, 县, 市 … ('' when unknown). */
export function agencyKind(agency: string): string {
  const name = agency.replace(/(人民政府|办事处|管理委员会|管委会)$/, '');
  if (name.endsWith('街道')) return '街道';
  return /[镇乡局委办院厅署县区市省]$/.test(name) ? name.slice(-1) : '';
}

/** Agency kinds a search query names as a word of its own (「镇 主动公开」, 「乡镇」 → 镇 and 乡). */
export function kindsInQuery(query: string): Set<string> {
  const out = new Set<string>();
  for (const w of query.split(/[\s,，、;；]+/)) {
    if (w === '乡镇') out.add('镇').add('乡');
    else if (w === '街道' || /^[镇乡局委办院厅署县区市省]$/.test(w)) out.add(w);
  }
  return out;
}

/** What kind of body writes a report: a township, a street office, a government (its office included), a department. */
export type AgencyClass = '镇' | '乡' | '街道' | 'government' | 'department';

const VERTICAL = /国家税务总局|税务局$|气象局$|(?:气象|税务)(?:部门|系统)$|海关$|烟草专卖局$|邮政管理局$|地震局$|调查队$|金融监管|银保监|证监局$|海事局$/;
/** 「如东县供销合作总社」「宜城市供销联社」: a supply-and-marketing cooperative ranks with the departments. */
export const COOPERATIVE = '供销合作总社|供销合作社|供销社|供销联社|联合社|联社';
/** 「公主岭市残疾人联合会」「市残联」: people's organisations that publish reports rank with the departments. */
export const MASS_BODY = '联合会|残联|红十字会|总工会|妇联';
const DEPT_END = new RegExp(`(局|委员会|委|厅|办公室|办公厅|办|室|中心|院|署|所|站|馆|管委会|管理委员会|处|队|支队|大队|${COOPERATIVE}|${MASS_BODY})$`);
/** The administrative units a government is named by (「X市」「X自治县」), at the end of a name. */
export const GOV_UNIT = /(省|自治区|市|州|盟|地区|县|自治县|旗|自治旗|区|特区|林区)$/;

/**
 * The one place where an agency's kind and level are derived from its name (parser, checker, deadline, self-reference
 * all call this). A government's own report compiled by its office (「温州市人民政府办公室」) is the government's
 * report. `level` is null when the name does not make it clear (「安宁市人民政府」 may be county-level: the text decides).
 */
export function classifyAgency(agency: string, text = ''): { kind: AgencyClass | null; level: Level | null } {
  const n = agency.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
  if (!n) return { kind: null, level: null };
  // 「广州市黄埔区人民政府广州开发区管委会」: a government and a zone publishing as one are ranked as the government.
  const joint = /^(.{2,20}?(?:县|区|市|旗)人民政府)(?=.{2,20}(?:管委会|管理委员会)$)/.exec(n);
  if (joint) return classifyAgency(joint[1], text);
  if (/街道(办事处|办|工作委员会|党工委)?$/.test(n)) return { kind: '街道', level: '街道' };
  // 「郑州高新技术产业开发区双桥办事处」「海滨街」 (天津): a street office by another name; 「驻京办事处」 is no street.
  if ((/办事处$/.test(n) && !/驻|人民政府办事处$/.test(n)) || /[^大]街$/.test(n)) return { kind: '街道', level: '街道' };
  if (/(镇|苏木)(人民政府|政府)?(办公室|党政办公室|党政办)?$/.test(n)) return { kind: '镇', level: '乡镇' };
  if (/乡(人民政府|政府)?(办公室|党政办公室|党政办)?$/.test(n)) return { kind: '乡', level: '乡镇' };
  // 「大兴安岭地区行政公署」: a prefecture's government (its 办公室 is the government's office, as for a city).
  if (/行政公署$/.test(n)) return { kind: 'government', level: '市级政府' };
  // Vertically managed bodies and development zones: ranked by neither a government nor its departments.
  if (VERTICAL.test(n)) return { kind: 'department', level: '其他' };
  if (/(开发区|经开区|高新区|新区|保税区|示范区|试验区|产业园|工业园|科技园|园区|合作区)(管委会|管理委员会)?$/.test(n)) return { kind: 'department', level: '其他' };
  // A zone's own bodies (「中国(河北)自由贸易试验区雄安片区管理委员会」「滇中新区临空先进制造业发展局」) and a nature reserve's
  // administration rank with the zones; 浦东新区 and 滨海新区 are districts.
  if (/自然保护区|保护区管理|片区管理|试验区|(?<!浦东|滨海)新区(?!人民政府)|开发区|经开区|高新区|保税区/.test(n) && !/人民政府|街道|镇|乡/.test(n)) return { kind: 'department', level: '其他' };
  // 「X县人民政府」「X县人民政府办公室」「X区政府」: the government itself.
  // The office speaks as a body of its own (「我厅」「我办」): a department by kind, the government's level.
  // 「城口县人民政府机关」: the government's organs publish as the government.
  const gov = /^(.+?)(人民政府|政府)(办公室|办公厅|机关)?$/.exec(n);
  if (gov && GOV_UNIT.test(gov[1])) {
    const level = govLevel(gov[1], text);
    if (!gov[3] || gov[3] === '机关' || !level) return { kind: 'government', level };
    // 「X县人民政府办公室」 named as the agency: the office's own report, a department of that government's level
    // (the labellers of every batch but one rank it so; a county's report compiled by the office is named for the county).
    // A 市's own office: prefecture or county-level city cannot be told unless the gazetteer or the text shows it.
    if (level === '市级政府' && /市$/.test(gov[1]) && gazetteerSaysCounty(gov[1].replace(/^.*(?:省|自治区)/, '').replace(/市$/, '')) === null) return { kind: 'department', level: null };
    return { kind: 'department', level: level.replace('政府', '部门') as Level };
  }
  // A bare place (「青岛市」「合江县」): a government, ranked as 「青岛市人民政府」 would be (a 市 by the gazetteer or the
  // text: county-level when it speaks only of townships below it).
  if (GOV_UNIT.test(n) && n.length <= 12 && !DEPT_END.test(n)) return { kind: 'government', level: govLevel(n, text) };
  // 「益阳市生态环境局安化分局」: a city bureau's branch named for a county works at the county's level.
  const branch = /局([\u4e00-\u9fff]{2,4}?)分局$/.exec(n);
  if (branch && gazetteerSaysCounty(branch[1]) === true) return { kind: 'department', level: '县级部门' };
  if (DEPT_END.test(n)) return { kind: 'department', level: deptLevel(n, text) };
  return { kind: null, level: null };
}

let countyCities: { counties: Set<string>; cities: Set<string> } | null = null;
/** County-level cities named as the 地区 they sit in. */
const PREFECTURE_SEATS = new Set(['阿克苏', '喀什', '和田', '塔城', '阿勒泰']);

/** 「兴和县」「青州市」: a county or city the gazetteer lists (its name before 县/市/区/旗). */
export function knownPlace(name: string): boolean {
  const stem = name.replace(/^.*(?:省|自治区)/, '').replace(/(?:自治县|自治旗|县|市|区|旗)$/, '');
  if (!stem || stem === name) return false;
  const { counties, cities } = countyCityIndex();
  return counties.has(stem) || cities.has(stem);
}

/** The gazetteer's counties (county-level names) and the prefecture-level cities they sit in, built once. */
function countyCityIndex(): { counties: Set<string>; cities: Set<string> } {
  if (!countyCities) {
    countyCities = { counties: new Set(), cities: new Set() };
    for (const pair of GAZETTEER_PLACES.split(';')) {
      const [county, city] = pair.split('/');
      countyCities.counties.add(county);
      if (city) countyCities.cities.add(city);
    }
  }
  return countyCities;
}

const PREFECTURE_NO_COUNTIES = new Set(['东莞', '中山', '嘉峪关', '儋州', '三沙']);

/** 「宜兴」 is a county-level city: the gazetteer lists it as a county and as no prefecture-level city. */
function gazetteerSaysCounty(place: string): boolean | null {
  if (!place) return null;
  const { counties, cities } = countyCityIndex();
  // 东莞、中山、嘉峪关、儋州: prefecture-level cities with no counties under them (their name may also be a county's
  // stem elsewhere: 大连's 中山区).
  if (PREFECTURE_NO_COUNTIES.has(place)) return false;
  const isCounty = counties.has(place);
  const isCity = cities.has(place);
  if (isCounty !== isCity) return isCounty;
  // Both (「南昌」: 南昌市 and 南昌县): a 市 of a prefecture's name is the prefecture — except the seats of the
  // prefectures that are 地区 (「喀什市」 under 喀什地区).
  if (isCounty && isCity) return PREFECTURE_SEATS.has(place);
  return null;
}

/** A 市 whose text speaks of the townships below it and of no counties is a county-level city (「安宁市」「高平市」);
 * the gazetteer decides first when it knows the name. */
function cityIsCounty(text: string, place = ''): boolean {
  // 「市审计局」 with no place: the 市 the text names most is its own (「阿尔山市人民政府」「东阳市」 in the contact line).
  const known = gazetteerSaysCounty(place.replace(/市$/, '') || dominantCity(text.slice(0, 30000)));
  if (known !== null) return known;
  const t = text.slice(0, 30000);
  return /各乡镇|乡镇[（(]街道[）)]|各镇[（(]街道|镇[（(]街道[）)]|[镇乡]人民政府/.test(t) && !/各县|县[（(]市|县区|区县|县[、，,]\s*市|各区[、，,]/.test(t);
}


/** The known 市 a text names most often, at least twice and more than any other (「凌源市」 twice); '' otherwise
 * (「会同市林业局」 is 会同 + 市林业局 once, not 会同市). */
const OBJECT_BEFORE = /(?:对|督促|指导|协助|帮助|深入|前往|赴|到|走访|检查|审计|督查|、)\s*$/;
const VERB_PLACES = new Set(['会同', '协同', '联合']); // 「会同市林业局」: jointly with the city's bureau
function dominantCity(text: string): string {
  const counts = new Map<string, number>();
  const t = text.replace(/《[^》]{0,80}》/g, '');
  for (const m of t.matchAll(/([\u4e00-\u9fff]{2,6})市/g)) {
    const place = placeEndingAt(m[1], '市');
    if (!place || VERB_PLACES.has(place.stem)) continue;
    // (「对昆山市人民政府、昆山市财政局的审计」「对江阴市、宜兴市等地开展督查」: a city the bureau works on, not its own.)
    const at = m.index! + m[1].length - place.stem.length;
    if (OBJECT_BEFORE.test(t.slice(Math.max(0, at - 6), at)) || /^市?[、，,]|^市等/.test(t.slice(at + place.stem.length + 1, at + place.stem.length + 3))) continue;
    counts.set(place.stem, (counts.get(place.stem) ?? 0) + 1);
  }
  const best = strictWinner(counts);
  return best && counts.get(best)! >= 2 ? best : '';
}

/** The longest gazetteer place whose name (before its unit) ends `before`: 「按照太仓」 + 市 → 太仓 (2–8 characters). */
export function placeEndingAt(before: string, unit: string): { stem: string } | undefined {
  for (let n = Math.min(8, before.length); n >= 2; n--) if (knownPlace(before.slice(-n) + unit)) return { stem: before.slice(-n) };
  return undefined;
}

/** The key counted more often than any other ('' on a tie or when nothing was counted). */
export function strictWinner(counts: Map<string, number>): string {
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : '';
}

/** 「X省」→省级, 「X市X区」「X县」「X旗」→县级, 「X市」「X州」→市级 (a county-level 市 cannot be told by name). */
function govLevel(place: string, text = ''): Level | null {
  if (MUNICIPALITY.test(place) && place.length <= 3) return '省级政府';
  if (/(省|自治区)$/.test(place)) return '省级政府';
  if (/(县|自治县|旗|自治旗|(?<!地)区|特区|林区)$/.test(place)) return '县级政府'; // 「大兴安岭地区」 is a prefecture
  if (/市$/.test(place) && cityIsCounty(text, place.replace(/^.*(?:省|自治区)/, ''))) return '县级政府';
  if (/(市|州|盟|地区)$/.test(place)) return '市级政府';
  return null;
}

/** Department level from the government unit it belongs to: the last 省/市/州/县/区 in the name before the body. */
function deptLevel(name: string, text: string): Level | null {
  // 「市场」「区域」「县直」…: the unit character inside a word, not a place.
  // 「咸宁市政务服务…局」: 市 and 政务, not 市政 (municipal works).
  // 「北京市城市管理委员会」「北京市重点站区管理委员会」: 城市 and 站区 are words, not a city and a district.
  const units = [...name.matchAll(/(自治区|自治县|自治州|地区|省|市|州|盟|县|旗|区)(?=[\u4e00-\u9fff])/g)].filter(
    // (「静安区地区工作办公室」: 地区 right after a place's own unit is a word, not a prefecture.)
    (m) => !(m[1] === '地区' && /[区县市旗]$/.test(name.slice(0, m.index))) && (!NOT_UNIT.has(name.slice(m.index, m.index + 2)) || name.startsWith('市政务', m.index)) && !WORD_BEFORE_UNIT.test(name.slice(Math.max(0, m.index - 2), m.index + 1)) && !PLACE_ZHOU.test(name.slice(m.index, m.index + 2)),
  );
  if (!units.length) return null;
  const last = units[units.length - 1];
  const u = last[1];
  // 「上海市人民政府参事室」: a 直辖市's departments are provincial.
  if (u === '市' && MUNICIPALITY.test(name.slice(0, last.index + 1)) && units.length === 1) return '省级部门';
  if (u === '省' || u === '自治区') return '省级部门';
  if (u === '县' || u === '自治县' || u === '旗' || u === '区') return '县级部门';
  // 「大兴安岭地区林业局」「临夏州乡村振兴局」: a prefecture's, an autonomous prefecture's or a league's bureau.
  if (u === '地区' || u === '州' || u === '自治州' || u === '盟') return '市级部门';
  // 「市教育局」 (no place) or 「宜兴市文体广电和旅游局」: a county-level city shows in its text.
  const before = units[units.length - 2];
  // 「津市市统计局」: a city whose own name ends in 市 (津市) — the first 市 is part of the place.
  const doubled = before && before[1] === '市' && before.index + 1 === last.index;
  const place = name.slice(before && !doubled ? before.index + before[1].length : 0, doubled ? last.index + 1 : last.index).replace(/^.*(?:省|自治区)/, '');
  return cityIsCounty(text, place) ? '县级部门' : '市级部门';
}


const MUNICIPALITY = /^(北京|上海|天津|重庆)市/;
/** 「青州市」「通州区」: 州 right before 市/县/区 is part of the place's name, not a prefecture. */
const PLACE_ZHOU = /^州[市县区]$/;
/** A unit character that ends a common word names no place: 城市 right after a unit (「北京市城市管理委员会」, not
 * 「盐城市」), 站区, 社区, 小区, 片区, 辖区, 学区. */
const WORD_BEFORE_UNIT = /^(?:[市区县省]城市|.[站社小片辖学]区|经济区)$/; // (惠济区 is a district)
const NOT_UNIT = new Set(['市场', '市政', '市容', '市级', '市直', '市属', '区域', '区划', '县域', '县级', '县直', '县属', '省级', '省直', '省属', '州级']);

/** Level from how the text speaks of itself (「我街道」「本乡」) when the name is unknown; null when unclear. */
export function levelFromSelfReference(text: string): Level | null {
  const t = text.slice(0, 20000);
  const count = (re: RegExp) => t.match(re)?.length ?? 0;
  const street = count(/[我本]街道|[我本]街办|[我本]办事处|我街(?![道办头巷])/g); // 「我街深入贯彻…」 (g017)
  const town = count(/[我本][镇乡](?![村])/g);
  if (street > town && street >= 1) return '街道';
  if (town > street && town >= 1) return '乡镇';
  // 「我厅」: only a province's departments (and its government's 办公厅) are 厅.
  if (count(/[我本]厅(?![长级])/g) >= 1) return '省级部门';
  // A department (「我局」「我委」「我办」) names the government it answers to: 「在县委、县政府的领导下」.
  const dept = count(new RegExp(`[我本](?:${[...DEPARTMENT_SELF_REFERENCES.map((r) => r.slice(1)), '办'].join('|')})(?![员会])`, 'g'));
  const gov = { 县: count(/[我本全](?:县|区|旗)(?![委局])/g), 市: count(/[我本全]市(?![委局])/g), 省: count(/[我本全]省(?![委局])/g) };
  if (dept >= 1) {
    // The lowest government it answers to is its own (「按照区政府的部署」); 「各县区政府」 are below a city's bureau.
    const superior = (u: string) => count(new RegExp(`(?<![各县区市省])${u}(?:委|(?:人民)?政府)(?![各所])`, 'g'));
    // 「立足我市」: the government it speaks of as its own decides before the bodies it names (b095).
    const mine = { 县: count(/我(?:县|区|旗)(?![委局])/g), 市: count(/我市(?![委局])/g) };
    if (mine.市 > 0 && !mine.县) return cityIsCounty(t) ? '县级部门' : '市级部门';
    if (superior('[县区旗]') > 0) return '县级部门';
    if (superior('市') > 0) return gazetteerSaysCounty(dominantCity(t)) ? '县级部门' : '市级部门';
    if (superior('省') > 0) return '省级部门';
    return null;
  }
  const top = (Object.entries(gov) as [keyof typeof gov, number][]).sort((a, b) => b[1] - a[1])[0];
  // 「我市」 alone cannot tell a prefecture from a county-level city; 「我县」「我区」 and 「我省」 can.
  if (top[1] >= 2) return top[0] === '县' ? '县级政府' : top[0] === '省' ? '省级政府' : null;
  return null;
}
