// Place names in prose, for N-FOREIGN-ENTITY: bodies of a township/street (「横山镇人民政府」「东街街道办事处」,
// 「龙游县横山镇」) and county-level bodies (「临西县教育局」「龙游县人民政府」).
// Chinese has no word breaks, so a name's start is found by walking back from the unit (镇/乡/街道/县) to
// punctuation, a digit, an administrative prefix (县/市/区…) or the last verb/preposition of a small lexicon.
// Generic references (「我镇政府」「各乡镇」「全县」「督促各街道办事处」) are not names.
// A bare name (「桦树镇」「红星乡」, no body, no county) counts only when the gazetteer knows it (gazetteer.ts), so
// ordinary words before the unit (「覆盖乡村」「包括镇政府」) are never names.
import { townEntry, type TownEntry } from './gazetteer.js';

export interface PlaceHit {
  /** The name without unit: 「横山」. */
  name: string;
  /** 镇 | 乡 | 街道 | 县 | 旗 | 区 */
  unit: string;
  /** County-level prefix written before a township name (「龙游县」), or ''. */
  county: string;
  /** Offset of the name's first character in the text. */
  at: number;
  /** The name as written with prefix, unit and body suffix (for messages). */
  written: string;
  /** A bare township name (no body, no county prefix) read from the gazetteer, with where such places are. */
  bare?: TownEntry;
}

/** A township-level unit followed by a body (「…镇人民政府」「…街道办事处」「…乡党委」). */
const TOWN_BODY = /^(?:人民政府|政府|党委|党政办|办事处|党工委|纪委|人大)/;
/** What follows a county name when it is a body: the government, a committee, a bureau (「教育局」「发展和改革委员会」). */
const COUNTY_BODY = /^(?:人民政府|政府|县?委|人大|政协|[\u4e00-\u9fa5]{1,8}?(?:局|委员会))/;
/** Characters that cannot be inside a name (walking back stops before them). */
const STOP = /[^\u4e00-\u9fa5]|[的了着过之号]/; // 「玉明路254号县人民政府」: an address number ends a name
/** Administrative units that end a prefix: a township name starts right after them. */
const ADMIN = /[省市县区旗州盟]/;
/** Two-character work verbs of a report (「创新街道信息公开渠道」「完善乡镇…」): one list for the two uses below. */
const WORK_VERBS = '创新|深化|强化|优化|提升|完善|健全|规范|夯实|拓展|拓宽|丰富|畅通|统筹|压实|做好|做实|抓好|抓实|实现|加强|推进|推动|落实|更新|张贴|公示|通报|走访|深入';
/** Verbs and prepositions that often precede a body: a name starts after the last of them. */
const LEAD = new RegExp(
  `(?:${WORK_VERBS}|覆盖|涵盖|包含|延伸|下沉|走进|面向|辐射|惠及|涉及|针对|所有|全体|各个|配合|指导|督促|协助|协调|联合|会同|组织|带领|要求|确保|保证|通过|依托|结合|按照|根据|依据|依照|遵照|参照|制定|印发|成立|设立|调整|明确|负责|具体|包括|报送|报请|提请|上报|联系|咨询|致电|公开|公布|发布|编制|编写|撰写|关于|对于|以及|并且|还有|其中|向|对|由|与|和|及|同|在|为|经|据|按|是|将|把|让|使|从|给|请|以|至|到|或|等)$`,
);
/** A name that is nothing but one of those verbs and prepositions. */
const LEAD_WORD = new RegExp(`^${LEAD.source}`);
/** Verbs of a work report that end right before a unit (「创新街道…」「完善乡镇…」) make the unit a common noun. */
const WORK_VERB_BEFORE = new RegExp(`^(?:${WORK_VERBS})$`);
/** A name that is a generic reference (「我」「各」「全县」…), or ends like one. */
const GENERIC_NAME = /^(?:[我本全该各每此这那其所外邻周]|相关|有关|所属|辖区|下辖|属地|上级|各级|同级|其他|其它|周边|邻近|兄弟|部分|重点|中心|特色|试点|示范|贫困|先进|乡|城|村|集|市|区)$|^[我本全该各每此这那其所]/;

/** County names are 1–3 characters, or long only as 「…自治」 (「酉阳土家族苗族自治县」); 「县委县政府」 names no 「委县」. */
const plausibleCounty = (name: string) => !!name && (name.length <= 3 || /族自治$/.test(name)) && !GENERIC_NAME.test(name) && !/委$/.test(name);

/** A generic determiner right before the unit (「我镇政府」「全乡」「该县」「本街道」) makes a reference, never a name. */
const DETERMINER = /[我本全该各每此这那其所]/;

/** Words ending in 局 that are no bureau (「围绕全县经济社会发展大局」). */
const NOT_BUREAU = /(?:大局|格局|布局|全局|当局|结局|开局|僵局|胜局|变局|新局)$/;

/** Formal bodies: an unknown name before them is still a name (「横山镇人民政府」); before 政府/党委 alone it may be a
 * verb phrase (「紧紧围绕镇党委」「更新镇政府」), so the gazetteer must know it. */
const FORMAL_BODY = /^(?:人民政府|办事处)/;

/** Walk back from `end` over name characters (at most `max`), then cut after the last lead word. */
function nameBefore(f: string, end: number, max: number, minRest = 2): { name: string; stop: string } {
  let a = end;
  while (a > 0 && end - a < max && !STOP.test(f[a - 1]) && !ADMIN.test(f[a - 1]) && f[a - 1] !== '镇' && f[a - 1] !== '乡') a--;
  // 「2023年下各镇」: 年 after a digit is a date, not part of the name.
  if (f[a] === '年' && /\d/.test(f[a - 1] ?? '')) a += f[a + 1] === '度' ? 2 : 1;
  let name = f.slice(a, end);
  // 「按照县政府」「一是镇党委」「主动公开乡政府」: nothing but a lead word before the unit.
  if (LEAD.test(name)) return { name: '', stop: '' };
  // The last lead word whose remainder is still a name (≥ 2 characters) or a generic one-character reference.
  for (let i = name.length - 1; i > 0; i--) {
    const m = LEAD.exec(name.slice(0, i));
    if (!m) continue;
    const rest = name.slice(i);
    if (rest.length >= minRest || GENERIC_NAME.test(rest)) {
      name = rest;
      a = end - rest.length;
      break;
    }
  }
  return { name, stop: a > 0 ? f[a - 1] : '' };
}

/** The county-level prefix ending just before `at` (「龙游县」 before 「横山镇」), or ''. */
function prefixBefore(f: string, at: number): string {
  const unit = f[at - 1];
  if (!unit || !/[县市区旗]/.test(unit)) return '';
  const { name } = nameBefore(f, at - 1, 15);
  if (!plausibleCounty(name)) return '';
  return `${name}${unit}`;
}

const UNIT_RE = /镇|乡|街道|县|旗/g;
const TOWN_RE = /镇|乡|街道/g;

/** First characters of what may follow a township unit (a cheap test before the body pattern). */
const BODY_START = new Set(['人', '政', '党', '办', '纪']);

/** What cannot follow a bare place name: the unit is then part of a word (「乡村」「镇村」「街道两侧」). */
const NOT_AFTER: Record<string, RegExp> = { 乡: /[村镇亲贤土愁情音里间下风邻俗野]/, 镇: /[村街域长]/, 街道: /[路口两边旁上里面]/ };

/** Ordinary words ending in a unit (「村镇」「城镇」「下乡」): after a conjunction or preposition (「和村镇银行」) the
 * gazetteer name that spans both (和村镇) is not meant. */
const WORD_WITH_UNIT = /^(?:村镇|城镇|集镇|小镇|重镇|名镇|古镇|城乡|下乡|返乡|家乡|故乡|老乡|同乡|异乡|街道)$/;
const FUNCTION_CHAR = /^[和与及在对向为把被从到给等或并同跟将]$/;

/** A bare township name ending at `at` (where its unit starts) that the gazetteer knows; the longest wins. */
function bareTown(f: string, at: number, unit: string): PlaceHit | null {
  if (NOT_AFTER[unit]?.test(f[at + unit.length] ?? '')) return null;
  // 「创新街道信息公开渠道」 in a street's report: a work verb, then the street itself — no place called 创新街道.
  if (WORK_VERB_BEFORE.test(f.slice(Math.max(0, at - 2), at))) return null;
  let a = at;
  while (a > 0 && at - a < 6 && /[\u4e00-\u9fa5]/.test(f[a - 1]) && f[a - 1] !== '镇' && f[a - 1] !== '乡') a--;
  for (let s = a; s <= at - 2; s++) {
    const name = f.slice(s, at);
    const where = townEntry(`${name}${unit}`);
    if (where && name.length === 2 && FUNCTION_CHAR.test(name[0]) && WORD_WITH_UNIT.test(`${name[1]}${unit}`)) continue;
    // 「持续联合街道各部门」: a verb the gazetteer also knows as a name (联合街道), with no administrative unit before it.
    if (where && LEAD_WORD.test(name) && !ADMIN.test(f[s - 1] ?? '')) continue;
    // 「文明村镇」: the name's last character and the unit make a word, and the name does not start at a boundary.
    if (where && WORD_WITH_UNIT.test(`${name.at(-1)}${unit}`) && /[\u4e00-\u9fa5]/.test(f[s - 1] ?? '')) continue;
    if (where) return { name, unit, county: '', at: s, written: `${name}${unit}`, bare: where };
  }
  return null;
}

/** The longest ending of `name` (≥ 2 characters) that the gazetteer knows as a township with this unit. */
export function knownSuffix(name: string, unit: string): string | null {
  for (let s = 0; s <= name.length - 2; s++) if (townEntry(`${name.slice(s)}${unit}`)) return name.slice(s);
  return null;
}

/** Township bodies, and (with `counties`) county bodies, named in `f` (a folded text). */
export function placesIn(f: string, counties = true): PlaceHit[] {
  const out: PlaceHit[] = [];
  const re = counties ? UNIT_RE : TOWN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const unit = m[0];
    const county = unit === '县' || unit === '旗';
    const next = f[m.index + unit.length];
    // A township unit needs a body after it or an administrative unit before its name (「龙游县横山镇」), or
    // the gazetteer must know the name.
    if (!county && !BODY_START.has(next) && !/[县市区旗]/.test(f.slice(Math.max(0, m.index - 6), m.index))) {
      // 「其中本镇自主产生信息」: 本镇 is the report's own town after 其中, no town called 中本镇.
      if (/[本我该此]/.test(f[m.index - 1] ?? '') && /(?:其中|之中|当中|集中|其他|其余)$/.test(f.slice(Math.max(0, m.index - 3), m.index - 1))) continue;
      const bare = bareTown(f, m.index, unit);
      if (bare) out.push(bare);
      continue;
    }
    // 「我镇政府」「全县」 are references; 「下各镇」 is a name the gazetteer knows.
    if (DETERMINER.test(f[m.index - 1] ?? '') && (county || !knownSuffix(f.slice(Math.max(0, m.index - 5), m.index).replace(/^.*[^\u4e00-\u9fa5]/, ''), unit))) continue;
    const after = f.slice(m.index + unit.length, m.index + unit.length + 12);
    if (county) {
      const body = COUNTY_BODY.exec(after);
      if (!body || NOT_BUREAU.test(body[0])) continue;
      // County names may be one character (宁县, 珙县): 「配合宁县卫生健康局」 is cut after 配合.
      const { name } = nameBefore(f, m.index, 15, 1);
      if (!plausibleCounty(name)) continue;
      out.push({ name, unit, county: '', at: m.index - name.length, written: `${name}${unit}${body[0]}` });
      continue;
    }
    // 「城乡」「乡镇」 and 「镇街」: a unit right after another unit is part of a generic word.
    if (unit === '乡' && after[0] === '镇') continue;
    const { name, stop } = nameBefore(f, m.index, 5);
    if (name.length < 2 || GENERIC_NAME.test(name)) continue;
    const prefix = ADMIN.test(stop) ? prefixBefore(f, m.index - name.length) : '';
    const body = TOWN_BODY.exec(after);
    // A bare township name counts in its full form (「龙游县横山镇」) or when the gazetteer knows it.
    if (!body && !prefix) {
      const bare = bareTown(f, m.index, unit);
      if (bare) out.push(bare);
      continue;
    }
    if (!prefix && !FORMAL_BODY.test(after)) {
      const known = knownSuffix(name, unit);
      if (!known) continue;
      out.push({ name: known, unit, county: '', at: m.index - known.length, written: `${known}${unit}${body?.[0] ?? ''}` });
      continue;
    }
    out.push({ name, unit, county: prefix, at: m.index - name.length - prefix.length, written: `${prefix}${name}${unit}${body?.[0] ?? ''}` });
  }
  return out;
}

export interface OwnUnits {
  /** Township/street names in the agency's own names (「横山」). */
  towns: string[];
  /** County-level names (「龙游」「临江」 of 临江市桦树镇): a township of another county is foreign. */
  counties: string[];
  /** Every administrative name in the own names (superiors included). */
  all: string[];
}

// A name has two characters or more, except a county of one (「宁县」「珙县」): 「播州区」 is 播州, not 播 + 州 (i016).
const SEGMENT = /([\u4e00-\u9fa5]{2,}?|[\u4e00-\u9fa5](?=县))(自治区|省|市|州|盟|县|旗|区|镇|乡|街道)/g;
const YEAR_ON = /\d{4}\s*年.*$/;
const BLANKS = /\s+/;
const TOWN_UNIT = /^(?:镇|乡|街道)$/;

/** What the agency's own names (agency, parent, signoff, title) say about where it is. */
export function ownUnits(names: string[], level: string | null): OwnUnits {
  const towns = new Set<string>();
  const counties = new Set<string>();
  const all = new Set<string>();
  // Split at blanks: 「标   题 县政府办…」 must not read as a county 「标题县」.
  const segs: { name: string; unit: string }[] = [];
  for (const x of names) {
    for (const n of x.replace(YEAR_ON, '').split(BLANKS)) {
      segs.length = 0;
      SEGMENT.lastIndex = 0;
      for (let m = SEGMENT.exec(n); m; m = SEGMENT.exec(n)) segs.push({ name: m[1], unit: m[2] });
      for (let i = 0; i < segs.length; i++) {
        const s = segs[i];
        all.add(s.name);
        if (s.unit === '镇' || s.unit === '乡' || s.unit === '街道') towns.add(s.name);
        else if (!plausibleCounty(s.name)) continue;
        else if (s.unit === '县' || s.unit === '旗' || s.unit === '区') counties.add(s.name);
        // 「临江市桦树镇」: a 市 right above a township is county-level; so is a 市 of a 县级 body.
        else if (s.unit === '市' && (TOWN_UNIT.test(segs[i + 1]?.unit ?? '') || level?.startsWith('县级'))) counties.add(s.name);
      }
    }
  }
  return { towns: [...towns], counties: [...counties], all: [...all] };
}

/** 「酉阳」 and 「酉阳土家族苗族自治」 name the same county; 「和珙」 (a cut missed) still names 「珙」. */
export const sameName = (a: string, b: string) => a === b || a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
