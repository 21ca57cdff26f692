// Title, agency, year, 落款 date, level and contact, from the lines before the first heading and the sign-off.
// Seed 001 has no sign-off but a page header 「日期:2024-01-26」; seed 003 has no title (agency from the preface).
import { classifyAgency, levelFromSelfReference, type Level } from '../format/index.js';
import type { ParseNote } from '../report/schema.js';
import { AGENCY_SUFFIX, consistent, contactName, frequentName, fuller, GENERIC, placeName, plausible, selfReferences, subjectNames } from './agency.js';
import { cnNumber, cnYear, halfWidth } from './normalise.js';
import type { Line } from './tokens.js';
import { COOPERATIVE, MASS_BODY, placeEndingAt, strictWinner } from '../format/levels.js';

export interface FrontMatter {
  title?: string;
  /** Lines of the title (excluded from the preface). */
  titleLines: number[];
  preface?: string;
}

export interface SignOff {
  agency?: string;
  date?: string;
  /** ISO date. */
  iso?: string;
  lines: number[];
}

const REPORT_WORDS = /(政府信息公开|信息公开|政务公开).{0,8}(年度)?(工作)?(年度)?(?:报告|年报)(〔\d{4}〕)?$/;
const TITLE_END = /(?:报告|年报)(〔\d{4}〕)?$/;
const SENTENCE = /[。；;！!？?]/;
const BREADCRUMB = /[>›»]|当前位置|所在位置/;
const MENU_ITEM = /^[•·●◆▪■►]/;

/** Title: one to three short lines near the top ending in 「…报告」 (seed 002 and 004 split it over two lines). */
export function findTitle(lines: Line[], end: number): FrontMatter {
  const idx: number[] = [];
  for (let i = 0; i < end && idx.length < 20; i++) if (!lines[i].blank) idx.push(i);
  for (let k = 0; k < idx.length; k++) {
    // 「舟山市民政局信息公开工作年度报告(2020年度)」: the year in brackets after the name of the report.
    // 「2019年浙江省…年度报告 |」: a page table's pipes around the title line are furniture.
    const line = lines[idx[k]].text.replace(/^[\s|]+|[\s|]+$/g, '');
    const t = line.replace(/\s*[（(]\s*((?:19|20)\d{2})\s*年度?\s*[）)]\s*$/, (_, y: string) => `〔${y}〕`);
    // 「• 乡镇政府信息公开年度报告」: a bulleted line is the page's menu of columns, not the title (j018).
    if (t.length > 80 || SENTENCE.test(t) || BREADCRUMB.test(t) || MENU_ITEM.test(t) || !/报告|年报$|政府信息公开$/.test(t)) continue;
    // 「南昌经济技术开发区2019年度政府信息公开工作年报」 is a title; 「信息公开年报」 alone is the site's column (j028).
    if (/年报$/.test(t) && (/[:：|]/.test(t) || !/^[\u4e00-\u9fff（）()]{2,40}?(?:19|20)\d{2}\s*年/.test(t))) continue;
    // 「热搜词:…政府工作报告…」: a labelled header line is furniture, never the first half of a title.
    // (「政府信息公开」 (the site's column) above a whole title 「喀什市2021年…报告」 is no first half of it.)
    if (!TITLE_END.test(t) && !/[:：]/.test(t) && k + 1 < idx.length && REPORT_WORDS.test(t + lines[idx[k + 1]].text) && lines[idx[k + 1]].text.length <= 20 && !(REPORT_WORDS.test(lines[idx[k + 1]].text.trim()) && YEAR_IN_TITLE.test(lines[idx[k + 1]].text))) {
      return { title: t + lines[idx[k + 1]].text, titleLines: [idx[k], idx[k + 1]] };
    }
    if (!REPORT_WORDS.test(t)) continue;
    // 「2023年度政府信息公开工作年度报告」 with the agency on the line above.
    const prev = k > 0 ? lines[idx[k - 1]].text : '';
    const needsAgency = /^((\d{4}|[〇零一二三四五六七八九]{4})\s*年度?)?(政府信息公开|信息公开|政务公开|年度)/.test(t);
    if (needsAgency && prev && prev.length <= 30 && !SENTENCE.test(prev) && !/[:：>|]|报告|年报|公开/.test(prev) && /[\u4e00-\u9fff]{2}/.test(prev)) {
      return { title: prev + t, titleLines: [idx[k - 1], idx[k]] };
    }
    // 「重庆市沙坪坝区人民政府小龙坎街道」 / 「办事处2023年…报告」: a name broken before its body's word (k027).
    if (/^(?:街道办事处|办事处|人民政府|政府|委员会|管理委员会|管委会)/.test(t) && prev && prev.length <= 30 && !SENTENCE.test(prev) && !/[:：>|]|报告|年报/.test(prev) && /[\u4e00-\u9fff]{2}$/.test(prev)) {
      return { title: prev + line, titleLines: [idx[k - 1], idx[k]] };
    }
    return { title: line, titleLines: [idx[k]] };
  }
  // A page flattened onto one line: 「清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,…」.
  if (idx.length) {
    const glued = /^\s*([^。，,；;]{4,60}?(?:政府信息公开|政务公开|信息公开)[^。，,；;\s]{0,8}报告)\s+(?=[一二三四五六七八九十]、|[（(]|根据|按照|依据)/.exec(lines[idx[0]].text);
    if (glued && lines[idx[0]].text.length > 80 && !BREADCRUMB.test(glued[1])) return { title: glued[1].replace(/\s+/g, ''), titleLines: [] };
  }
  return { titleLines: [] };
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年度?/;
const INFO = '(?:政府信息公开|政务公开|信息公开)';
/** 「饶河县小佳河镇人民政府2023年政府信息公开工作年度报告」: the name before the year. */
const NAME_YEAR = new RegExp(`([\\u4e00-\\u9fff（）()]{2,40}?)\\s*((?:19|20)\\d{2})\\s*年度?${INFO}[^。]{0,6}报告`);
/** 「现特向社会公布2024年合水镇人民政府信息公开工作年度报告」: the name after the year. */
const YEAR_NAME = new RegExp(`((?:19|20)\\d{2})\\s*年度?([\\u4e00-\\u9fff]{2,30}?)${INFO}[^。]{0,6}报告`);
/** 「石莲子镇人民政府根据…」「本报告由银川市网络信息化局根据…」. */
const NAME_LEAD = /^(?:本(?:年度)?报告由)?([\u4e00-\u9fff（）()]{2,30}?)(?:根据|按照|依据|依照|(?:特|现)?向社会公布|现公布|现将)/;
// (「内容涵盖2022年1月1日至12月31日期间…」 (bc024); 「统计期限为202111日到20211231日止」, the 年月 lost (bc019).)
const PERIOD = /(?:统计期限|统计期|统计时间|统计数据时间|时间段|截止日期|截至|涵盖)[^。]{0,12}?((?:19|20)\d{2})\s*(?:年\s*1\s*月\s*1\s*日|0?1\s*0?1\s*日)/;
const FULL_PERIOD = /(?:统计期限|统计期|统计时间|统计数据时间|时间段)[^。]{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日[^。]{0,12}?((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/;
const PERIOD_END = /((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/;

const LEAD_WORDS = /^.*?(现公开|现将|现就|现予公布|现公布|特向社会公布|特向社会公开|向社会公开|公布|制定|编制|编写|制作|发布|现编制并公布|(?<![自理经缘])由)了?/; // 「中国(河北)自由贸易试验区」 is no 「由」

/** Agency name as written around the year in a report name, lead words and brackets removed. */
function cleanAgency(s: string): string {
  // 「按照洪山区2024年政府信息公开工作年度报告编制有关要求」: another body's requirements, not this report's name.
  if (/^(?:按照|根据|依据|遵照|参照)/.test(s.trim())) return '';
  let a = s.replace(/[（(][^（()）]*[）)]?\s*$/, '').replace(/^[（(]|[）)]$/g, '').trim();
  a = a.replace(LEAD_WORDS, '');
  // 「名 称:阿里地区」: an info box's label before the name (a name has no colon).
  a = a.replace(/^.*[:：]\s*/, '');
  a = a.replace(/^关于/, '').replace(/关于$/, '').replace(/人民$/, '人民政府');
  // 「自治区人民政府办公厅2022」 (a year without 年), 「…事务厅政府信息公开工作」 (the words of the report's name).
  // (「吕洞山镇人民政府信息公开工作2024年度报告」: 政府 is both the name's end and the report's word.)
  a = a.replace(/\s*(?:19|20)\d{2}\s*$/, '').replace(/(?:政府信息公开|政务公开|信息公开)(?:工作)?$/, '').replace(/人民$/, '人民政府');
  return a.replace(/\s+/g, '');
}


const ABBREVIATED = /([\u4e00-\u9fff]{2,30}?)\s*[（(]\s*以下简称\s*[:：]?\s*[“"「‘]?\s*([\u4e00-\u9fff]{2,10})\s*[”"」’]?\s*[）)]/g;

/** The full name the text gives for an agency read only as its abbreviation (「(以下简称“市残联”)」). */
function spelledOut(agency: string, text: string): string {
  if (!agency) return agency;
  for (const m of text.matchAll(ABBREVIATED)) {
    // (「结合国家税务总局…税务局(以下简称…)」「今年公主岭市…」: words that lead into the name are no part of it; never one
    // character, which may begin a place: 和平区, 经开区.)
    const full = cleanAgency(m[1].replace(/^.*?(?:19|20)\d{2}\s*年度?/, '').replace(/^(?:结合|今年|本年度?|全年|一年来|按照|根据|依据)+/, ''));
    if (m[2] === agency && full.length > agency.length && plausible(full)) return full;
  }
  return agency;
}

export interface Meta {
  agency: string;
  shortName?: string;
  year: number | null;
  yearFrom?: string;
  level?: Level;
  contact?: { phone?: string; email?: string; address?: string };
}

/** How much running text (preface, then the sections) is searched for the agency's name as a sentence subject. */
const SUBJECT_SPAN = 8000;

/**
 * Agency and year from the title, else the preface, the statistical period, the first sentence of 一. `later` is
 * the text of the sections after 一 (the agency may first be named there, r007).
 */
/** Book titles 《…》 name other documents and are blanked — except a report's own name (「现发布《亳州市利辛县
 * 阚疃镇2024年政府信息公开工作年度报告》」), which names the agency. */
const OWN_REPORT = /^[^》]{2,60}?(?:19|20)\d{2}\s*年度?[^》]{0,8}(?:政府信息公开|信息公开|政务公开)[^》]{0,6}报告$/;
/** Other documents' names (「《莒南县人民政府办公室关于做好2021年度…》」) are blanked before names and years are read. */
const BOOK_TITLE = /《[^》]{0,80}》/g;
const keepOwnReport = (s: string) => s.replace(/《([^》]{0,80})》/g, (all, inner: string) => (OWN_REPORT.test(inner) && !/关于|通知|格式/.test(inner) ? all : '《》'));

/** 「由两城镇人民政府党政办公室编制」: the body a report says compiled it (its internal office left out). */
const COMPILED_BY = new RegExp(String.raw`由([\u4e00-\u9fff]{2,30}?(?:人民政府|街道办事处|办事处|(?<!人民政府)街道(?=党政)|局|委员会|委|中心|办公室|${COOPERATIVE}|${MASS_BODY}))(?:党政[\u4e00-\u9fff]{0,5}?办公室|党政办|综合办公室|办公室)?(?:编制|综合|汇总|负责(?:编制|汇总|起草|撰写)|根据|依据|按照|结合)`);

export function readMeta(title: string | undefined, preface: string, body: string, signoff: SignOff, notes: ParseNote[], later = ''): Meta {
  let agency = '';
  let year: number | null = null;
  let yearFrom: string | undefined;
  if (title) {
    // 「梅州市人民政府门户网站 梅州市人社局 政府信息公开年报 梅州市人社局2023年度…报告」: page furniture before the
    // title on one line; the last blank-separated piece that is a report name is the title.
    // (「标 题: | 井冈山市2020年…报告 |」: an info box's cell marks are no part of the title.)
    const pieces = halfWidth(title).replace(/^标\s*题\s*[:：]?\s*/, '').replace(/\|/g, ' ').trim().split(/\s{1,}/);
    const named = pieces.length > 2 ? pieces.findLast((x) => YEAR_IN_TITLE.test(x) && /报告/.test(x)) : undefined;
    // (「首页 政务公开 … 市政府信息公开年度报告」「索引号 … 组配分类 政府信息公开工作年度报告」: a breadcrumb or an info box
    // with no report name of a year in it names no body.)
    const furniture = /首页|索引号|组配分类|当前位置|您的位置|主题分类|发布机构/.test(title) || !YEAR_IN_TITLE.test(pieces.join(' '));
    const t = named ?? (pieces.length > 3 && furniture ? '' : pieces.join(' '));
    const tail = /[（(]\s*((?:19|20)\d{2})\s*年度?\s*[）)]\s*$/.exec(t);
    const y = tail ? null : YEAR_IN_TITLE.exec(t);
    if (tail) {
      year = Number(tail[1]);
      yearFrom = '标题';
      agency = cleanAgency(t.slice(0, tail.index).replace(new RegExp(`${INFO}.*$`), ''));
    } else if (y) {
      year = Number(y[1]);
      yearFrom = '标题';
      agency = cleanAgency(t.slice(0, y.index));
      if (!agency) agency = cleanAgency(t.slice(y.index + y[0].length).replace(new RegExp(`${INFO}.*$`), ''));
    } else agency = cleanAgency(t.replace(new RegExp(`${INFO}.*$`), ''));
    if (GENERIC.test(agency) || !/[\u4e00-\u9fff]/.test(agency)) agency = '';
  }
  // Running text: book titles 《…》 name other documents (「《莒南县人民政府办公室关于做好2021年度…》」).
  const pre = halfWidth(preface.slice(0, 5000)).replace(BOOK_TITLE, '《》');
  const fromText: string[] = [];
  // No name in the preface: a page that opens on 「一、总体情况」 says 「现将X2025年…报告予以公开」 there (t023).
  const opening = () => halfWidth(body.slice(0, 600).split('\n')[0] ?? '').replace(BOOK_TITLE, '《》');
  const a = NAME_YEAR.exec(pre) ?? (YEAR_NAME.test(pre) ? null : NAME_YEAR.exec(opening()));
  if (a) {
    fromText.push(cleanAgency(a[1]));
    if (year === null) [year, yearFrom] = [Number(a[2]), '前言'];
  }
  // The report's own name in 《》 names the agency; not its year (「编制了《田黄镇2020年…》」 may be last year's).
  const own = a ? null : NAME_YEAR.exec(keepOwnReport(halfWidth(preface.slice(0, 5000))));
  if (own) fromText.push(cleanAgency(own[1]));
  const b = YEAR_NAME.exec(pre);
  if (b) {
    fromText.push(cleanAgency(b[2]).replace(/人民$/, '人民政府'));
    if (year === null) [year, yearFrom] = [Number(b[1]), '前言'];
  }
  // A report named after its place (「现发布《黄石市2025年…》」「现向社会公布2024年兴和县政府信息公开…」) is that government's.
  const places = new Set(fromText.filter((n) => !plausible(n) && placeName(n) && /[省市县区旗州盟]$/.test(n) && n.length <= 12));
  const pageHead = halfWidth(preface.slice(0, 3000));
  // A page's info box that holds the title (「标 题: | 井冈山市2020年政府信息公开工作年度报告 |」, bj029).
  const boxTitle = /标\s*题\s*[:：]\s*\|?\s*([\u4e00-\u9fff]{2,30}?)(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开|信息公开)/.exec(pageHead);
  if (boxTitle) fromText.push(cleanAgency(boxTitle[1]));
  for (const line of pre.split('\n', 12)) {
    const c = NAME_LEAD.exec(line.trim());
    if (c && plausible(cleanAgency(c[1]))) {
      fromText.push(cleanAgency(c[1]));
      break;
    }
  }
  // 「现向社会公布钦州市钦北区审计局2023年度政府信息公开工作情况」: the body whose year of work is published (bd029).
  // (「特公布中国人民银行乌兰察布市中心支行(以下简称…)2020年政府信息公开工作年度报告」 (bm013) too.)
  const published = /(?:现向社会公布|现予公布|现公布|特向社会公布|特公布)([\u4e00-\u9fff]{2,30}?)(?:\(以下简称[^)]{0,16}\))?(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:情况|年度报告)/.exec(`${pre}\n${opening()}`);
  // (「特向社会公布青川县2021年度政府信息公开情况」: a bare place published is its government, as the places above.)
  const publishedName = published ? cleanAgency(published[1]) : '';
  if (publishedName && plausible(publishedName)) fromText.push(publishedName);
  else if (publishedName && placeName(publishedName) && /[省市县区旗州盟]$/.test(publishedName) && publishedName.length <= 12) {
    fromText.push(publishedName);
    places.add(publishedName);
  }
  // 「由两城镇人民政府党政办公室编制」「由徐水区人民政府综合全区…编制而成」: the compiler, without its internal office.
  // 「由无锡市锡山区人民政府厚桥街道党政和人大办公室编制」: a street's or township's internal office is the street's.
  const by = COMPILED_BY.exec(`${pre}\n${halfWidth(body.slice(0, 1500))}`);
  // 「由南宁市良庆区政务公开工作领导小组办公室编制」: a government's 公开 leading group compiles the government's report.
  const group = by ? /^(.{2,20}?[县区市旗州盟])(?:人民政府)?(?:政务公开|政府信息公开|信息公开)(?:工作)?领导小组办公室$/.exec(by[1]) : null;
  if (group) fromText.push(`${group[1]}人民政府`);
  else if (by && plausible(by[1])) fromText.push(by[1]);
  // 「汇总福建省财政厅2020年政府信息公开情况编制形成」: the body whose year of work is summed up (k035).
  // (「全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况」 (t028) too.)
  // (「结合遂溪县建新镇人民政府(以下简称“镇政府”)2025年度政府信息公开工作实际编制」 (al010) too.)
  const summed = /(?:汇总|综合|总结|结合)([\u4e00-\u9fff]{2,30}?)(?:\(以下简称[^)]{0,12}\))?(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开|信息公开)/.exec(pre);
  if (summed && plausible(summed[1])) fromText.push(summed[1]);
  if (signoff.agency) fromText.push(signoff.agency.replace(/\s+/g, ''));
  for (const name of fromText) if (plausible(name) || places.has(name)) agency = fuller(agency, name);
  // The body as the subject of a sentence, then the contact line: only names of the kind the text speaks as.
  const running = `${pre}\n${halfWidth(body)}\n${halfWidth(later)}`.slice(0, SUBJECT_SPAN).replace(BOOK_TITLE, '《》');
  const refs = selfReferences(running);
  const more = subjectNames(running);
  // (The contact line may close the report: 「对本报告如有疑问,请与鲤城区农业农村和水利局联系」 after the sections, ad017.)
  const inContact = contactName(pre, refs) ?? (agency ? undefined : contactName(halfWidth(`${body}\n${later}`).slice(-3000), refs));
  if (inContact) more.push(inContact);
  // 「本年度报告电子版可以从乌海市统计局门户网下载」: the body's own site, when it is of the kind the text speaks as (我局).
  const site = /电子版[^。\n]{0,12}?(?:在|从|于|登录)([\u4e00-\u9fff]{2,30}?)(?:门户网站|门户网|政府网站|网站|官网)/.exec(pre);
  if (site && plausible(site[1]) && refs.length) more.push(site[1]);
  for (const name of more) if (consistent(name, refs)) agency = fuller(agency, name);
  // 「一、总体情况 2022年,山西省退役军人事务厅准确把握…」: the subject of 一's first sentence is the publisher, whatever
  // the text calls its government (「我省」).
  if (!agency) {
    const opener = subjectNames(halfWidth(body.slice(0, 200)).split(/[。\n]/)[0] ?? '', 1)[0];
    if (opener && plausible(opener)) agency = opener;
  }
  if (!agency) {
    const rawRunning = `${halfWidth(preface.slice(0, 5000))}\n${halfWidth(body)}\n${halfWidth(later)}`.slice(0, SUBJECT_SPAN);
    agency = frequentName(rawRunning, refs) ?? '';
  }
  // 「昌图县七家子镇2023年政府信息公开 工作告年度报」: a title line the parser could not take (its words scrambled)
  // still names the body before its year, when that name is of the kind the text speaks as (我镇).
  if (!agency) {
    for (const line of pageHead.split('\n', 15)) {
      const m = /^\s*([\u4e00-\u9fff]{2,30}?)((?:19|20)\d{2})\s*年度?\s*(?:政府信息公开|政务公开|信息公开)/.exec(line);
      const name = m && line.length <= 60 && !/[。；,，]/.test(line) ? cleanAgency(m[1]) : '';
      if (name && plausible(name) && consistent(name, refs)) {
        agency = name;
        break;
      }
    }
  }
  // Last resort: the page's info box (「发布机构：林草局」「发文机关：X」); 「来源」 is often the portal, not the body.
  if (!agency) {
    const box = /(?:发布机构|发布单位|发文机关|发文单位)\s*[:：]?\s*([\u4e00-\u9fff]{3,30})/.exec(pageHead);
    // (「信息来源: 驻马店市人民政府」 (bi026) names the body too, when it is no portal: 「来源：某某网」 is the site.)
    const source = /信息来源\s*[:：]?\s*([\u4e00-\u9fff]{3,30})/.exec(pageHead);
    if (box && plausible(box[1]) && consistent(box[1], refs)) agency = box[1];
    else if (source && plausible(source[1]) && !/网|网站|门户|平台|日报|新闻/.test(source[1]) && consistent(source[1], refs)) agency = source[1];
  }

  // 「公布2018年度本街道…报告…统计期限自2019年1月1日起至2019年12月31日止」: a whole year's statistical period is
  // what the figures are of; a report name left from last year's text is not (p044; e044, h025 in their bodies).
  if (yearFrom === '前言') {
    const whole = FULL_PERIOD.exec(pre);
    if (whole && whole[1] === whole[2] && Number(whole[1]) !== year) [year, yearFrom] = [Number(whole[1]), '统计期限'];
  }
  if (year === null) {
    const head = halfWidth(body.slice(0, 3000)).replace(BOOK_TITLE, '《》');
    // The statistical period before a report named in the body: 「主动公开了…2022年政府信息公开工作年度报告」 in a
    // 2023 report lists last year's report among what was published (h025).
    const p = PERIOD.exec(pre) ?? PERIOD.exec(head) ?? PERIOD_END.exec(pre);
    const ny = p ? null : NAME_YEAR.exec(head);
    const yn = p || ny ? null : YEAR_NAME.exec(head);
    if (p) [year, yearFrom] = [Number(p[1]), '统计期限'];
    else if (ny) [year, yearFrom] = [Number(ny[2]), '正文中的报告名称'];
    else if (yn) [year, yearFrom] = [Number(yn[1]), '正文中的报告名称'];
  }
  if (year === null) {
    const first = /^\s*((?:19|20)\d{2})\s*年(?:度)?(?:以来)?[，,：:]/.exec(halfWidth(body.slice(0, 200)));
    if (first) [year, yearFrom] = [Number(first[1]), '第一部分首句'];
  }
  if (year === null) [year, yearFrom] = bodyYear(`${pageHead}\n${halfWidth(body.slice(0, 6000))}`);
  if (year === null && signoff.iso) [year, yearFrom] = [Number(signoff.iso.slice(0, 4)) - 1, '落款日期的上一年'];
  // 「现发布《利辛县教育局2022年…年度报告》」 and no other year, not even a signoff: the report's own name is the last
  // witness (it may be last year's name left in, so the signoff comes first).
  if (year === null && own) [year, yearFrom] = [Number(own[2]), '前言中的报告名称'];
  if (year !== null && (year < 2008 || year > 2100)) year = null;
  if (year !== null && yearFrom && yearFrom !== '标题') notes.push({ kind: 'info', where: '报告年度', message: `标题中未读到报告年度，按${yearFrom}取 ${year} 年` });

  // 「市残联政府信息公开工作年度报告」 then 「公主岭市残疾人联合会(以下简称“市残联”)」: the name the text abbreviates.
  agency = spelledOut(agency, `${halfWidth(preface.slice(0, 5000))}\n${halfWidth(body.slice(0, 3000))}`);
  // 「红花街道办事处办公室」「东亭街道综合办公室」: a township's internal office compiles the township's report (m001).
  agency = agency.replace(/^(.{2,40}?(?:街道办事处|街道|镇人民政府|乡人民政府|镇政府|乡政府|苏木人民政府|苏木))(?:综合|党政|党政综合)?(?:办公室|办)$/, '$1');
  // 「同江市临江镇」 in the title, 「同江市临江镇人民政府」 in the preface.
  if (agency && !AGENCY_SUFFIX.test(agency.replace(/(镇|乡|街道|苏木)$/, '')) && agency.length <= 30) {
    const at = preface.indexOf(agency);
    const longer = at >= 0 ? new RegExp(`^${escapeRe(agency)}(人民政府|街道办事处|办事处)`).exec(preface.slice(at, at + agency.length + 6)) : null;
    if (longer) agency = longer[0];
  }
  // 「由福州市商务局信息公开工作办公室编制」: a bureau's own 公开 office compiles the bureau's report.
  // (Not a government's 办公厅: 「山东省人民政府办公厅政务公开办公室」 compiles the province's report.)
  agency = agency.replace(/^(.{2,40}?(?:局|委员会|(?<!政府办公)厅))(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:领导小组)?办公室$/, '$1');
  // 「区自然资源局局认真落实…」: a suffix typed twice is the text's slip (P-DUP), not part of the name.
  agency = agency.replace(/(局|委|厅|办|镇|乡|署|中心)\1$/, '$1');
  if (agency.length > 100) agency = agency.slice(0, 100);
  agency = withPlace(agency, `${halfWidth(title ?? '')}\n${halfWidth(preface.slice(0, 5000))}\n${halfWidth(body.slice(0, 20000))}`);
  const meta: Meta = { agency, year, yearFrom };
  const level = levelOf(agency, running) ?? (agency ? departmentLevelFromText(agency, running) : levelFromSelfReference(running) ?? undefined);
  if (level) meta.level = level;
  const contact = readContact(preface.slice(0, 5000));
  if (contact) meta.contact = contact;
  return meta;
}

/**
 * The year the body speaks of: 「截至2024年12月31日」, or the year most clauses open with (「2024年，我镇…」
 * 「(一)主动公开。2024年,小营街道…」). [null] when neither is written.
 */
export function bodyYear(text: string): [number | null, string | undefined] {
  const t = text.replace(BOOK_TITLE, '《》');
  const end = /截至\s*((?:19|20)\d{2})\s*年\s*(?:12\s*月\s*31\s*日|底|末)/.exec(t);
  if (end) return [Number(end[1]), '截至日期'];
  // 「汇报我镇2023年政府信息公开工作情况」: the report's own subject, in the preface.
  const own = /((?:19|20)\d{2})\s*年度?\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|情况|工作)/.exec(t.slice(0, 1500));
  if (own) return [Number(own[1]), '前言中的报告名称'];
  const counts = new Map<number, number>();
  for (const m of t.matchAll(/(?:^|[。；;\n:：\s])\s*((?:19|20)\d{2})\s*年度?(?:以来|全年)?[，,]?(?=[\u4e00-\u9fff，,])/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? [best[0], '正文各段首句'] : [null, undefined];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 「住建局」「民政局」 with no place in the name: the government the text speaks of as its own (「全县」「县政府的部署」)
 * is the one it belongs to. */
function departmentLevelFromText(agency: string, text: string): Level | undefined {
  if (classifyAgency(agency, text).kind !== 'department' || /[省市州盟县区旗]/.test(agency.replace(/市场|社区|区域|县域/g, ''))) return undefined;
  const l = levelFromSelfReference(text);
  if (!l || l === '乡镇' || l === '街道' || l === '其他') return undefined;
  return l.replace('政府', '部门') as Level;
}

/** A department named without its place (「市审计局」「水务局」): the same name the text writes with a known place
 * (「太仓市水务局」 in the page header, 「天门市退役军人事务局」 in the contact line) is the full name; its place decides
 * the level (太仓 is a county-level city). The place must be one the gazetteer knows; the most frequent wins. */
const SUPERIOR_AFTER = /^(?:的)?(?:要求|指导|部署|领导|统一|安排|通知|文件|关于|印发)/;
const OTHER_BODY_BEFORE = /(?:按照|根据|依据|按|指导|督促|协助|配合|会同|联合|对|向|与|和|及|、|各)\s*$/;
function withPlace(agency: string, text: string): string {
  if (classifyAgency(agency).kind !== 'department') return agency;
  const lead = /^[市县区旗]/.exec(agency)?.[0] ?? '';
  const rest = agency.slice(lead.length);
  // A name that already carries its place (「宜城市应急管理局」) or is too short to be a body is left alone.
  if (rest.length < 3 || /[省市州盟县区旗](?!场|政|容|级|直|属|域|划)/.test(rest.replace(/社区|县域|区域/g, ''))) return agency;
  const counts = new Map<string, number>();
  for (const unit of lead ? [lead] : ['市', '县', '区', '旗', '自治县']) {
    const written = unit + rest;
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length)) {
      const before = text.slice(Math.max(0, at - 8), at);
      const place = placeEndingAt(before, unit);
      // (「按照郴州市财政局的要求」「指导江阴市民政局、宜兴市民政局」: a superior or a body below, not its own name.)
      if (!place || OTHER_BODY_BEFORE.test(before.slice(0, before.length - place.stem.length)) || SUPERIOR_AFTER.test(text.slice(at + written.length, at + written.length + 6))) continue;
      const full = place.stem + unit + rest;
      counts.set(full, (counts.get(full) ?? 0) + 1);
    }
  }
  return strictWinner(counts) || agency;
}

/** Level only when the name makes it clear (format/levels classifyAgency, the one place); otherwise none. */
export function levelOf(agency: string, text = ''): Level | undefined {
  return classifyAgency(agency, text).level ?? undefined;
}

function readContact(preface: string): Meta['contact'] | undefined {
  const p = halfWidth(preface);
  const phone = /(?:电话|联系方式)[：:\s]*((?:0\d{2,3}[-－—]?)?\d{7,8}(?:[-－]\d{1,4})?)/.exec(p)?.[1];
  const email = /([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/.exec(p)?.[1];
  const address = /(?:办公地址|通讯地址|地址)[：:]\s*([^，,。；;）)]{2,60})/.exec(preface)?.[1];
  if (!phone && !email && !address) return undefined;
  const c: NonNullable<Meta['contact']> = {};
  if (phone) c.phone = phone;
  if (email) c.email = email;
  if (address) c.address = address.trim();
  return c;
}

const DATE_LINE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CN_DATE_LINE = /^([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
const HEADER_DATE = /(?:^|[\s|])(?:发布|发文|生成|成文|发表|公开|印发|更新)?(?:日期|时间)\s*[:：|]?\s*\|?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
/** A page header line that is only a date (「2026.01.14」「2024-01-30 18:26 来源:」「(2021年1月19日)」). */
const BARE_DATE = /^\s*[•·●▪]?\s*[（(]?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[）)]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源.*|[\u4e00-\u9fff]{2,20}(?:网|网站|门户))?$/;

/** 「来源:云南省人民政府办公厅  2020-03-31 17:13:25 【字体:」: a page's time stamp inside a header line. */
const STAMP = /(?:^|\s)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}/;

const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;

/** The 落款: a date line near the end, with the agency on the line above it. */
export function findSignOff(lines: Line[], from: number): SignOff {
  let seen = 0;
  for (let i = lines.length - 1; i >= from && seen < 8; i--) {
    const l = lines[i];
    if (l.blank) continue;
    seen++;
    const t = halfWidth(l.text);
    let y: number | null = null;
    let m: number | null = null;
    let d: number | null = null;
    const a = DATE_LINE.exec(t);
    if (a) [y, m, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
    const b = a ? null : CN_DATE_LINE.exec(t);
    if (b) [y, m, d] = [cnYear(b[1]), cnNumber(b[2]), cnNumber(b[3])];
    if (y === null || m === null || d === null) continue;
    const out: SignOff = { date: l.text, iso: iso(y, m, d), lines: [i] };
    let j = i - 1;
    while (j >= from && lines[j].blank) j--;
    if (j >= from) {
      const prev = lines[j].text;
      if (prev.length <= 40 && !/[。，,；;：:]/.test(prev) && AGENCY_SUFFIX.test(prev)) {
        out.agency = prev;
        out.lines.unshift(j);
      }
    }
    return out;
  }
  return { lines: [] };
}

/** 「日期:2024-01-26」 in a web page header (first lines). */
/** 「• 2024-01-29」「• 2024-01-30」: an info box that lost its labels lists 成文日期 then 发布日期; the page was
 * published on the latest of the dates in a row (i004). */
function latestBareDate(lines: Line[], from: number, end: number): string | undefined {
  let best: string | undefined;
  for (let i = from; i < Math.min(end, from + 4); i++) {
    const m = BARE_DATE.exec(halfWidth(lines[i].text));
    if (!m) {
      if (lines[i].blank) continue;
      break;
    }
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d && (!best || d > best)) best = d;
  }
  return best;
}

export function headerDate(lines: Line[], end: number): string | undefined {
  for (let i = 0; i < Math.min(end, 30); i++) {
    const t = halfWidth(lines[i].text);
    const bare = BARE_DATE.exec(t);
    if (bare && !HEADER_DATE.test(t)) return latestBareDate(lines, i, end);
    const m = HEADER_DATE.exec(t) ?? STAMP.exec(t);
    if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return undefined;
}
