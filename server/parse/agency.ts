// Where a report names its own agency besides the title: as the subject of a sentence (「2022年，春城街道办事处
// 按照…」), in the contact line (「请与将乐县卫生健康局办公室联系」), by its self-reference (「我局」). Only names
// the text writes are returned; a name is never composed from parts found in different places.
import { DEPARTMENT_SELF_REFERENCES, SELF_REFERENCES } from '../format/index.js';
import { COOPERATIVE, knownPlace, MASS_BODY } from '../format/levels.js';

export const AGENCY_SUFFIX = new RegExp(`(人民政府|政府|街道办事处|办事处|街道|(?<![大路])街|镇|乡|局|委员会|委|办公室|办公厅|厅|中心|院|署|馆|所|站|管委会|管理委员会|处|队|中心支行|分行|${COOPERATIVE}|${MASS_BODY})$`);
// (全州县, 全椒县, 全南县 and 本溪 are places, not 「全县」「本单位」.)
// (A function word before it — 「就街道2024年度…」「的政府」 — or page furniture — 「首页」「索引号…组配分类」 — is no name.)
export const GENERIC = /^(我|本(?![溪])|全(?!州县|椒县|南县)|各|该|上述|单位|机关|部门|就(?!业)|的|把|被)|^(人民)?政府$|^[县市区乡镇](人民)?政府|^(?:街道)?办事处$|^街道(?:办事处)?$|我[镇乡局委区县市办]|以人民为中心|目前|首页|索引号|组配分类|当前位置|您的位置|发布机构|信息来源/;

/** A name read from running text is kept only when it looks like a body's name. */
export const plausible = (a: string) => a.length >= 2 && a.length <= 40 && !GENERIC.test(a) && AGENCY_SUFFIX.test(a);

// Self-reference → the endings a name of that kind of body has.
const KIND: Record<string, RegExp> = {
  我镇: /镇(人民政府|政府)?$/,
  我乡: /乡(人民政府|政府)?$/,
  我街道: /街道(办事处)?$/,
  我办: /(办公室|办公厅|办|办事处)$/,
  我办公室: /办公室$/,
  // A government's general office speaks of its government (「2023年,山东省人民政府办公厅以…」 and 「我省」).
  我区: /区(人民政府(办公室)?)?$|管委会$|管理委员会$/,
  我县: /县(人民政府(办公室)?)?$/,
  我市: /市(人民政府(办公室|办公厅)?)?$/,
  我省: /省(人民政府(办公厅)?)?$/,
  我局: /局$/,
  我委: /(委|委员会|管委会)$/,
  我厅: /厅$/,
  我中心: /中心$/,
  我署: /署$/,
  我院: /院$/,
};
const GOVERNMENT_REFS = new Set(['我区', '我县', '我市', '我省']);
const DEPARTMENT_REFS = new Set<string>(DEPARTMENT_SELF_REFERENCES);

/** Self-references the text uses (「我镇」「我局」…). */
export function selfReferences(text: string): string[] {
  return SELF_REFERENCES.filter((r) => KIND[r] && text.includes(r) && !(r === '我办' && text.includes('我办公室') && !/我办(?!公室)/.test(text)));
}

/** A name agrees with the text's self-references (a 镇's report says 「我镇」), or the text uses none. */
export function consistent(name: string, refs: string[]): boolean {
  return !refs.length || refs.some((r) => KIND[r].test(name));
}

// Verbs that follow a body's name as the subject of a clause.
// (「湖口县政府办公室以提升政务公开质效为核心」: 以…为 opens the clause after its subject.)
const VERBS = '以习近平|以党的|以\u300a|以(?=[^，。；,]{1,16}?为)|贯彻|准确|及时|依法|规范|加强|做好|推进|落实|完善|强化|立足|着眼|精心|稳步|有序|狠抓|注重|突出|深化|未收到|未发生|没有收到|共收到|共受理|高度重视|严格|积极|认真|深入|坚持|按照|通过|紧紧|紧扣|围绕|全面|持续|进一步|扎实|始终|切实|不断|聚焦|坚决|主动|充分|累计|依据|根据|结合|继续|大力|着力|共公开|共发布|在';
// A clause opening with the body's name and a verb: 「春城街道办事处按照…」「将乐县卫健局积极…」.
// (「将区医保局在全年…开展的重大事项…报告公开」: 将/把 before a bare 区/县… leads an object (al003); 将乐县 is a place.)
const CLAUSE_LEAD = /^(?:(?:19|20)\d{2}\s*年度?(?:以来)?|截[至止].{0,14}日|截[至止]目前|一年(?:以)?来|全年|本年度|今年以来|(?:将|把)(?=[区县市镇乡省州旗盟]))\s*/;
const SUBJECT = new RegExp(
  `^([\\u4e00-\\u9fff]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府|街道办事处|办事处|管委会|管理委员会|委员会|(?<![党县市区省纪团工])委|街道|(?<![大路])街|镇|乡|局|厅|中心|院|办公室|办公厅))(?=${VERBS})`,
);
/** 「新开河街道党工委、办事处按照…」「X镇党委、政府高度重视…」: the township named with its Party committee. */
const WITH_COMMITTEE = new RegExp(`^([\\u4e00-\\u9fff]{2,24}?(?:街道|镇|乡))(?:党工委|党委)[、和及]?(?:办事处|人民政府|政府)(?=${VERBS})`);
/** A government named by its place alone (「2024年,朔州市认真落实…」「三亚市坚持…」). */
const PLACE_SUBJECT = new RegExp(`^([\\u4e00-\\u9fff]{2,10}?(?:自治区|自治州|自治县|省|市|州|县|区|旗|盟))(?=${VERBS})`);
// (「兴和县」 has 和 in it, which the heuristic reads as a conjunction: a county the gazetteer lists is a place.)
export const placeName = (n: string) => !GENERIC.test(n) && !/^[县市区省州旗盟乡镇]/.test(n) && (![...n.slice(0, -1)].some((c) => NOT_PLACE.test(c)) || knownPlace(n));
/** Where a name ending meets a verb (a clause can only have a subject where this matches). */
const ENDING_VERB = new RegExp(`[府处会局镇乡道街心院室厅市县区旗省州盟委](?=${VERBS})|(?:党工委|党委)[、和及]?(?:办事处|人民政府|政府)(?=${VERBS})`, 'g');
const BREAK_CODES = new Set([...'，,。；;：:\n！？'].map((c) => c.charCodeAt(0)));

/** Committees and offices inside a body (「领导小组下设办公室」), not the body. */
// 「西藏自治区地震局门户网站是西藏自治区地震局在…」: a sentence about the site, not a name (c036); a national body
// (「国家林草局累计转发…」) is a superior, never the publisher of a report of these levels (j044).
const NOT_A_BODY = /小组|下设|工作|公开|科室|各|网站|门户|是|^(?:国家|国务院|中央)/;

/**
 * Names standing as the subject of a clause, in text order (book titles 《…》 already blanked by the caller).
 * Only clauses where a name ending meets a verb are read (found by one scan of the text).
 */
export function subjectNames(text: string, max = 8): string[] {
  const out: string[] = [];
  let done = -1; // start of the last clause read
  ENDING_VERB.lastIndex = 0;
  for (let m = ENDING_VERB.exec(text); m; m = ENDING_VERB.exec(text)) {
    let s = m.index;
    while (s > 0 && !BREAK_CODES.has(text.charCodeAt(s - 1))) s--;
    if (s === done) continue;
    done = s;
    let e = m.index + 1;
    while (e < text.length && !BREAK_CODES.has(text.charCodeAt(e))) e++;
    ENDING_VERB.lastIndex = e;
    const raw = text.slice(s, e);
    if (raw.length < 4) continue;
    // 「…要求,由东丽湖街道办事处结合自身工作实际」: the body after 由 is the subject (j026).
    const clause = raw.trim().replace(CLAUSE_LEAD, '').replace(/^由(?=[\u4e00-\u9fff]{4})/, '');
    if (clause.length < 4) continue;
    const n = SUBJECT.exec(clause) ?? WITH_COMMITTEE.exec(clause) ?? PLACE_SUBJECT.exec(clause);
    const ok = n && (plausible(n[1]) || placeName(n[1])) && !NOT_A_BODY.test(n[1]);
    if (n && ok && !out.includes(n[1])) {
      out.push(n[1]);
      if (out.length >= max) break;
    }
  }
  return out;
}

const CONTACT = /(?:请联系|请与|可与|直接与)[:：\s]*([\u4e00-\u9fff]{2,40}?)(?:联系|[（(，,。;；:：\s]|$)/;
/** An internal office of the body named in a contact line. */
const SUB_OFFICE = /(政府信息公开(?:申请)?受理机构|信息公开受理机构|受理机构|信息公开领导小组办公室|政务公开(?:工作)?领导小组办公室|信息公开办公室|政务公开办公室|党政[\u4e00-\u9fff]{0,5}?办公室|综合办公室|党政办|办公室信息科|信息科|综合科|办公室|办公厅)$/;

/**
 * The body named in the contact line, without its internal office (「经济开发区管委会党政办公室」 → 「经济开发区管委会」).
 * A government's 办公室/办公厅 is the body itself unless the text speaks as the government (「我市」: r041).
 */
export function contactName(text: string, refs: string[]): string | undefined {
  const m = CONTACT.exec(text);
  if (!m) return undefined;
  const written = m[1];
  const sub = SUB_OFFICE.exec(written);
  if (!sub) return plausible(written) ? written : undefined;
  let name = written.slice(0, sub.index);
  // 「合江县人民政府信息公开办公室」: the office is 「信息公开办公室」, the body 「…人民政府」.
  if (name.endsWith('人民')) name += '政府';
  // A county-or-above government's 办公室 is a body of its own (r036), a township government's is internal (r035).
  if (/[省市县区州旗盟]人民政府$/.test(name) && /^办公[室厅]/.test(sub[1]) && !refs.some((r) => GOVERNMENT_REFS.has(r))) name += sub[1].slice(0, 3);
  return plausible(name) ? name : undefined;
}

/** Of two names of the same body, the fuller one (「桦树镇」 vs 「临江市桦树镇人民政府」, 「卫健局」 vs 「卫生健康局」). */
export function fuller(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  // 「民族宗教宗教事务局」 (ap008): a word typed twice is the text's slip, not a fuller name.
  if (b.replace(/([\u4e00-\u9fff]{2})\1/g, '$1') === a) return a;
  const core = (s: string) => s.replace(/(人民政府|政府|办事处)$/, '');
  // b may add a place in front (「临江市」) and/or a suffix (「人民政府」), nothing else.
  const at = b.indexOf(core(a));
  // A government named in full stays itself: 「子长市人民政府」 is not 「子长市政府政务服务中心」, its contact office.
  const rest = at >= 0 ? b.slice(at + core(a).length) : '';
  // 「镇宁自治县政府」 (the title) is not its office 「镇宁自治县人民政府办公室」 (the contact line).
  const bodyKept = core(a) === a || /^(人民政府|政府|街道办事处|办事处)?$/.test(rest);
  // 「正定县」 (a bare place in the title) is the government, not 「正定县人民政府办公室」, its contact office.
  // (Nor 「临洮县人民政府信息中心」, a unit of the government named in the contact line, al013.)
  // (Nor 「黄金园街道政务中心」, a street's service centre, aq010.)
  // (Nor 「正蓝旗政务服务局」「福清市政务与外事服务中心」, the department that compiled the place's report.)
  if (/(?:[省市县区旗州盟]|街道|镇|乡)$/.test(a) && (/办公[室厅]$/.test(rest) || /^(?:人民)?政府[\u4e00-\u9fff]{2,}$/.test(rest) || /^(?:政务(?:服务)?中心|便民服务中心|综合办|党政办)$/.test(rest) ||
    (/[省市县区旗州盟]$/.test(a) && /^[^县区市镇乡旗]{2,12}(?:局|委员会|中心|(?<!行政公)署|厅)$/.test(rest)))) return a;
  if (at >= 0 && b.length > a.length && bodyKept && (at === 0 || /(省|市|县|区|州|旗|盟)$/.test(b.slice(0, at)))) return b;
  // b spells out an abbreviation a uses: same first and last character, a's characters in order in b.
  // 「吉林市人民政府昌邑区…乡人民政府」 (a contact line naming the path) does not spell out 「吉林市昌邑区…乡人民政府」.
  // 「区医保局」 (a body named by its place's kind, al003) is 「昭化区医疗保障局」 spelled out.
  if (/^[省市县区州旗盟]/.test(a) && a.length >= 4 && b.indexOf(a[0]) > 0) {
    const rest = b.slice(b.indexOf(a[0]) + 1);
    const own = a.slice(1);
    if (rest !== own && (rest.endsWith(own) || (rest[0] === own[0] && rest.at(-1) === own.at(-1) && subsequence(own, rest)))) return b;
  }
  const innerGov = (s: string) => s.slice(0, -2).includes('政府');
  if (b.length > a.length && a.length >= 4 && !(innerGov(b) && !innerGov(a)) && a[0] === b[0] && a[a.length - 1] === b[b.length - 1] && subsequence(a, b)) return b;
  return a;
}

function subsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
  return j === a.length;
}

const FREQ_KIND: Record<string, RegExp> = {
  我县: /([\u4e00-\u9fff]{2,3})县(?:人民政府|政府)?/g,
  我区: /([\u4e00-\u9fff]{2,3})区(?:人民政府|政府)?/g,
  我市: /([\u4e00-\u9fff]{2,3})市(?:人民政府|政府)?/g,
  我镇: /([\u4e00-\u9fff]{2,3})镇(?:人民政府|政府)?/g,
  我乡: /([\u4e00-\u9fff]{2,3})乡(?:人民政府|政府)?/g,
  我街道: /([\u4e00-\u9fff]{2,4})街道(?:办事处)?/g,
};
/** Characters that never end or start a place name: a clause around the unit, not a name (「通过乡村」「各乡镇」). */
const NOT_PLACE = /[的在和与对了是各全本我该过及等乡镇村县区市省个到由从向为把将被年月日府、，。]/;

/**
 * The body's short name when no sentence names it as a subject: the name of the kind the text speaks as (「我乡」)
 * written at least twice anywhere, book titles included (「《上营乡信息公开保密审查机制》」「上营乡微信公众号」).
 */
export function frequentName(text: string, refs: string[]): string | undefined {
  // A text that also speaks as a department (「我局」) names its city or county by 「我市」, not itself (b095).
  const speaksAsDepartment = refs.some((r) => DEPARTMENT_REFS.has(r));
  for (const r of refs) {
    if (speaksAsDepartment && GOVERNMENT_REFS.has(r)) continue;
    const re = FREQ_KIND[r];
    if (!re) continue;
    const counts = new Map<string, number>();
    for (const m of text.matchAll(re)) {
      // 「人民政府大溪沟街道」: the name starts after the last character that cannot be in one.
      const stem = m[1].replace(new RegExp(`^.*${NOT_PLACE.source}`), '');
      if (stem.length < 2) continue;
      const unit = r === '我街道' ? '街道' : r.slice(1);
      // A government speaking as 「我县」 is the 「X县人民政府」.
      const name = stem + unit + (/^我[县区市]$/.test(r) ? '人民政府' : '');
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= 2 && !GENERIC.test(best[0])) return best[0];
  }
  return undefined;
}
