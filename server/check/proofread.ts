// Proofreading (W): slips a careful reader catches on a published page — a doubled word, a malformed 文号 or date,
// a stray numeral, a vague count, an unbalanced bracket, template instructions left in. Prose lines only: table
// rows (short cells, label vocabulary) are the table rules' business. ASCII punctuation is accepted throughout.
import { FORMATS } from '../format/index.js';
import { emit, type Ctx } from './context.js';
import { clip, fold } from './text.js';

/** Table rows and cells as they appear in a flattened page: not prose. */
const TABLE_WORDS = /勾稽关系|申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|本年新收|上年结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|结转下年度|结果维持|结果纠正|尚未审结|本年制发件数|现行有效件数|处理决定数量|收费金额|信息内容|\|/;

export interface ProseLine {
  text: string; // folded (full-width punctuation), same length as written
  raw: string;
  last: boolean;
}

/** Lines worth proofreading: prose, not table rows; a page flattened onto one line is cut into sentences. The last
 * piece is marked (it may be cut by the end of an excerpt). */
/** A long line cut into sentences, but never inside brackets: 「联系(地址:…28号;邮编:…)」 is one piece (g004). */
function splitOutsideBrackets(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ('（(《“'.includes(c)) depth++;
    else if ('）)》”'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth > 0 && i - start < 400) continue;
    const rest = line.slice(i + 1);
    if (/[。；;]/.test(c) || /^\s{2,}/.test(line.slice(i)) || (/\s/.test(c) && /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(rest))) {
      out.push(line.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(line.slice(start));
  return out.filter((x) => x.trim());
}

export function proseLines(text: string): ProseLine[] {
  const pieces: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= 300) pieces.push(line);
    else
      for (const s of splitOutsideBrackets(line))
        // A run of text with no sentence end is not prose (a 200,000-character line of junk): cut to bound the work.
        for (let i = 0; s && i < s.length; i += 600) pieces.push(s.slice(i, i + 600));
  }
  let lastIdx = pieces.length - 1;
  while (lastIdx > 0 && !pieces[lastIdx].trim()) lastIdx--;
  const out: ProseLine[] = [];
  pieces.forEach((raw, i) => {
    const t = raw.trim();
    if (t.length < 6 || t.includes('|')) return;
    const tableWords = t.match(TABLE_WORDS_G)?.length ?? 0;
    if (tableWords >= 3 || (tableWords >= 1 && t.length < 60)) return;
    if (/^[\d\s.,，、%\-—/]+$/.test(t)) return;
    out.push({ text: fold(t).replace(/〝/g, '“').replace(/〞/g, '”'), raw: t, last: i === lastIdx || t.includes('\uFFFD') });
  });
  return out;
}
const TABLE_WORDS_G = new RegExp(TABLE_WORDS.source, 'g');

/** Reduplication that is correct Chinese (AA words), never a slip. */
const REDUP_OK = new Set(
  [...'常人天一事年月日处层件个步家户时项条村样点滴方面实在扎认真紧牢好慢默深轻悄纷频久多刚渐往仅稍星谢户逐'].map((c) => c + c),
);
/** Single characters whose doubling is a slip (particles, self-reference units): 「的的」「我镇镇」. */
// (「累计计发布」: 计 is never doubled either.)
const DUP_CHAR = /([的了和与在是对将及并镇乡局县委计])\1/g;
const DISTRICT_TWICE = /区区(?=人民政府|政府|门户|委员会|党委|党工委)/g;
/** Two-character words of this genre: a character doubled before the second character of one is a slip
 * (「新开开设」), unless the character before also makes a word with it (「公开开展」 is 公开 + 开展). */
const WORK_WORDS = new Set('开设 开展 开通 公开 公布 发布 报送 办理 建设 推进 加强 完善 落实 执行 审核 更新 整改 宣传 培训 受理 答复 监督 管理 制定 印发 解读 回应 梳理 规范 健全 提升 信息 政府 政务 工作 申请 文件'.split(' '));
const DOUBLED = /([\u4e00-\u9fff])\1([\u4e00-\u9fff])/g;
/** A word of 2–4 characters written twice: 「落实落实」「政府政府」. */
const DUP_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
/** 「等等6个」: 等等 followed by a count repeats the 等. */
const DUP_DENG = /等等\s*(\d+|[一二三四五六七八九十两]+)\s*[个项类条件次]/g;
/** AABB (「认认真真」「方方面面」) and ABAB words that are correct. */
const WORD_OK = /^(研究|讨论|学习|看看|试试)$/;

/** At most this many findings of one proofreading rule per report: a page of junk is one problem, not thousands. */
const MAX_PER_RULE = 12;
const full = (ctx: Ctx, rule: string) => ctx.out.filter((f) => f.rule === rule).length >= MAX_PER_RULE;

/** A heading or a sentence printed twice in a row (「一、总体情况 / 一、总体情况」). */
function repeatedLines(ctx: Ctx, text: string): void {
  const lines = text.split('\n').map((x) => x.trim()).filter(Boolean);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] !== lines[i - 1] || lines[i].length < 4 || /^[•·]?[\d\s.,%|/:-]+$/.test(lines[i]) || lines[i].includes('|')) continue;
    // A page repeats the report's title in its header and above the article.
    if (/报告$|年报$/.test(lines[i])) continue;
    emit(ctx, 'P-DUP', { message: `同一行连续出现两次：「${clip(lines[i])}」`, where: {}, evidence: { quote: `${lines[i]}\n${lines[i]}` } });
    return;
  }
}

// (「全年共收到依申请公开共9件」: the second may be a bare 共 too.)
const TOTAL_TWICE = /(?<![总合累公])共(?!同|享|建|治|识|产|青|有)[^，。；,;\d]{1,24}?(?:共计|总计|合计|(?<![总合累公一])共)\s*\d/g;

/** 「其中,其中人事信息公开3件」: a linking word that opens a clause, said again after the comma (g035). */
const LINK_TWICE = /(其中|同时|此外|另外|并且|以及|根据|按照|依据|通过)[，,、]\s*\1/g;
/** 「行政处罚信息0条,行政处罚信息0条」: a whole clause typed twice (k031). */
const CLAUSE_TWICE = /([^，,。；;\n]{6,40})[，,]\1(?=[，,。；;\n]|$)/g;
/** 「可通过可以通过」: a phrase typed twice with its modal reworded, an edit left half done (c047). */
const MODAL_TWICE = /(?:可以?|能够?)([\u4e00-\u9fff]{1,2})(?:可以?|能够?)\1/g;

function checkDup(ctx: Ctx, lines: ProseLine[]): void {
  for (const l of lines) {
    if (full(ctx, 'P-DUP')) return;
    let last = -10;
    const hit = (at: number, what: string, quoteLen: number) => {
      if (Math.abs(last - at) < 4 || full(ctx, 'P-DUP')) return;
      last = at;
      const q = l.raw.slice(Math.max(0, at - 6), at + quoteLen + 6);
      emit(ctx, 'P-DUP', { message: `「${what}」重复：「${clip(q)}」`, where: {}, evidence: { quote: q } });
    };
    for (const m of l.text.matchAll(DUP_WORD)) {
      const w = m[1];
      if (WORD_OK.test(w) || /^(.)\1$/.test(w)) continue;
      // 「疏勒县人民政府政府信息公开工作」: a body's name ends where 政府信息公开 begins (l016).
      if (w === '政府' && l.text.startsWith('政府信息', m.index! + 2) && l.text.slice(Math.max(0, m.index! - 2), m.index!) === '人民') continue;
      // AABB written out (「认认真真」) matches as 「认认」? no: DUP_WORD needs a repeated 2–4 run; skip AABB halves.
      if (w.length === 2 && w[0] === w[1]) continue;
      hit(m.index!, w, w.length * 2);
    }
    for (const m of l.text.matchAll(DUP_CHAR)) {
      const at = m.index!;
      const pair = m[0];
      if (REDUP_OK.has(pair)) continue;
      // AABB: 「认认真真」 — the next two characters are a pair too.
      if (l.text[at + 2] && l.text[at + 2] === l.text[at + 3]) continue;
      if (at >= 2 && l.text[at - 2] === l.text[at - 1]) continue;
      // 「区工委委员」「党委委员」: a committee's member.
      if (pair === '委委' && l.text[at + 2] === '员') continue;
      // 「乡镇镇长」「县县长」 hardly occur; 「镇镇」 after a place name suffix (「我镇镇」) is the slip we want.
      hit(at, pair[0], 2);
    }
    // 「历下区区人民政府」: 区 doubled before the body it names (「区区几件」 alone is a word).
    for (const m of l.text.matchAll(DISTRICT_TWICE)) hit(m.index!, '区', 2);
    // 「共主动公开政务动态信息共计5942条」: 共 said twice for one count.
    for (const m of l.text.matchAll(TOTAL_TWICE)) hit(m.index!, '共', m[0].length - 6);
    for (const m of l.text.matchAll(DOUBLED)) {
      const [, x, next] = m;
      const prev = l.text[m.index! - 1] ?? '';
      if (REDUP_OK.has(x + x) || !WORK_WORDS.has(x + next) || WORK_WORDS.has(prev + x)) continue;
      hit(m.index!, x, 3);
    }
    for (const m of l.text.matchAll(DUP_DENG)) hit(m.index!, '等', m[0].length);
    for (const m of l.text.matchAll(LINK_TWICE)) hit(m.index!, m[1], m[0].length);
    for (const m of l.text.matchAll(CLAUSE_TWICE)) hit(m.index!, m[1], m[0].length);
    for (const m of l.text.matchAll(MODAL_TWICE)) hit(m.index!, m[1], m[0].length);
    // 「12月31日止,,如对」: a punctuation mark typed twice (「……」 and 「——」 are single marks).
    for (const m of l.raw.matchAll(/([，,。；;、])\1/g)) hit(m.index!, m[1], 2);
  }
}

/** 〔2019〕60号: an opening 〔 (or [) after which no closing bracket comes before the number ends. */
const DOC_OPEN = /[〔［]\s*((?:19|20)\d{2})(?![〕］\d])\s*\d{0,4}/g;
const DOC_OPEN_GLUED = /[〔［]\s*((?:19|20)\d{2})(\d{1,4})(?![\d〕］])/g;
const DOC_CLOSE_ONLY = /(?<![〔［\d])((?:19|20)\d{2})[〕］]\s*\d{1,4}\s*号/g;
/** 「便笺〔2025〕一43号」「〔2025〕-007」: a stray character between the year and the serial number. */
const DOC_SERIAL_JUNK = /〔\s*(?:19|20)\d{2}\s*〕\s*(?:[一二三四五六七八九十](?=\d)|[-—－](?=\d))\d+/g;
/** 「(〔2025〕-007)」: a 文号 opened by its year, the issuing body's code (「X政发」) missing. */
const DOC_NO_CODE = /(?<=[（(]\s*)〔\s*(?:19|20)\d{2}\s*〕/g;
/** 「天政办电〔20〕号」: a year of fewer than four digits in the brackets. */
const DOC_SHORT_YEAR = /[\u4e00-\u9fff]〔\s*\d{1,3}\s*〕\s*\d{0,4}\s*号/g;
/** 〔2021〕30 with no 号. */
const DOC_NO_HAO = /[〔［]\s*(?:19|20)\d{2}\s*[〕］]\s*\d{1,4}(?!\s*[号\d])/g;
/** 国务院令第711 with no 号; 国务院令711号 with no 第. */
const LING_NO_HAO = /令\s*第\s*\d{2,4}(?!\s*[号\d])/g;
const LING_NO_DI = /国务院令\s*\d{2,4}\s*号/g;
/** 「〔2021]30号」: the two halves of the year's brackets of different kinds. */
const MIXED_BRACKETS = /〔\s*(?:19|20)\d{2}\s*[\]］)）】]|[\[［(（【]\s*(?:19|20)\d{2}\s*〕/g;
/** 「国务院第711号令」 for 「国务院令第711号」. */
const LING_ORDER = /国务院第\s*\d{2,4}\s*号令/g;
const WRONG_BRACKETS = /[\u4e00-\u9fff][【﹝\[［]\s*(?:19|20)\d{2}\s*[】﹞\]］]\s*\d{1,4}\s*号/g;

/** The two notices on the annual report every report cites; a wrong issuing code (「国办发〔2021〕30号」) is a typo. */
const KNOWN_PREFIX: Record<string, string> = Object.fromEntries(
  Object.values(FORMATS).map((f) => {
    const [, prefix, year, no] = /^(.*?)〔(\d{4})〕(\d+)号$/.exec(f.issuedWith)!;
    return [`${year}-${no}`, prefix];
  }),
);
// (The notices' issuing codes come from the format declaration, as KNOWN_PREFIX does.)
const NOTICE_WRONG_YEAR = new RegExp(`(${[...new Set(Object.values(KNOWN_PREFIX))].join('|')})〔\\s*((?:19|20)\\d{2})\\s*〕\\s*(\\d{1,3})\\s*号`, 'g');
const KNOWN_NOTICE = new RegExp(
  `(国办[\\u4e00-\\u9fff]{0,4}?)〔\\s*(${Object.keys(KNOWN_PREFIX).map((k) => k.split('-')[0]).join('|')})\\s*〕\\s*(${Object.keys(KNOWN_PREFIX).map((k) => k.split('-')[1]).join('|')})\\s*号`,
  'g',
);

function checkDocNo(ctx: Ctx, lines: ProseLine[]): void {
  for (const l of lines) {
    if (full(ctx, 'P-DOCNO')) return;
    // (「﹝」「﹞」 are read as the brackets they stand for: 「国办公开办函﹝202130号」 lacks its close.)
    const t = l.text.replace(/[\[﹝]/g, '〔').replace(/[\]﹞]/g, '〕');
    const found: { at: number; len: number; why: string }[] = [];
    for (const m of t.matchAll(DOC_OPEN_GLUED)) found.push({ at: m.index!, len: m[0].length, why: '文号缺少「〕」' });
    for (const m of t.matchAll(DOC_OPEN)) found.push({ at: m.index!, len: m[0].length, why: '文号缺少「〕」' });
    for (const m of t.matchAll(DOC_CLOSE_ONLY)) found.push({ at: m.index!, len: m[0].length, why: '文号缺少「〔」' });
    for (const m of t.matchAll(DOC_NO_HAO)) found.push({ at: m.index!, len: m[0].length, why: '文号缺少「号」' });
    for (const m of t.matchAll(DOC_SERIAL_JUNK)) found.push({ at: m.index!, len: m[0].length, why: '文号年份与序号之间有多余的字符' });
    for (const m of t.matchAll(DOC_NO_CODE)) found.push({ at: m.index!, len: m[0].length, why: '文号缺少发文机关代字' });
    for (const m of t.matchAll(DOC_SHORT_YEAR)) found.push({ at: m.index!, len: m[0].length, why: '文号的年份不完整' });
    for (const m of t.matchAll(LING_NO_HAO)) found.push({ at: m.index!, len: m[0].length, why: '令号缺少「号」' });
    for (const m of t.matchAll(LING_NO_DI)) found.push({ at: m.index!, len: m[0].length, why: '令号应写作「国务院令第N号」' });
    for (const m of t.matchAll(LING_ORDER)) found.push({ at: m.index!, len: m[0].length, why: '令号应写作「国务院令第N号」' });
    for (const m of l.raw.matchAll(MIXED_BRACKETS)) found.push({ at: m.index!, len: m[0].length, why: '文号年份的括号前后不成对，应为「〔〕」' });
    // 「国办公开办函【2021】30号」「﹝2019﹞」「[2021]」: the year of a 文号 goes in 六角括号 〔〕 (read from the line as written).
    for (const m of l.raw.matchAll(WRONG_BRACKETS)) found.push({ at: m.index!, len: m[0].length, why: '文号中的年份应使用六角括号「〔〕」' });
    for (const m of t.matchAll(KNOWN_NOTICE)) {
      const right = KNOWN_PREFIX[`${m[2]}-${m[3]}`];
      if (right && m[1] !== right && /年度?报告|年报|格式/.test(t)) found.push({ at: m.index!, len: m[0].length, why: `年报格式通知的文号应为「${right}〔${m[2]}〕${m[3]}号」` });
    }
    // 「国办公开办函〔2022〕30号」: the format notice's number with another year (the notice is 〔2021〕30号).
    for (const m of t.matchAll(NOTICE_WRONG_YEAR)) {
      const known = Object.entries(KNOWN_PREFIX).find(([k, prefix]) => prefix === m[1] && k.split('-')[1] === m[3] && k.split('-')[0] !== m[2]);
      if (known && !KNOWN_PREFIX[`${m[2]}-${m[3]}`] && /年度?报告|年报|格式/.test(t)) found.push({ at: m.index!, len: m[0].length, why: `年报格式通知的文号应为「${m[1]}〔${known[0].split('-')[0]}〕${m[3]}号」` });
    }
    const used: number[] = [];
    for (const f of found.sort((a, b) => a.at - b.at)) {
      if (used.some((u) => Math.abs(u - f.at) < 6)) continue;
      // A cut last line: the number may simply be cut off.
      if (l.last && f.at + f.len >= t.length - 1) continue;
      used.push(f.at);
      const q = l.raw.slice(Math.max(0, f.at - 8), f.at + f.len + 2);
      emit(ctx, 'P-DOCNO', { message: `${f.why}：「${clip(q)}」`, where: {}, evidence: { quote: q } });
    }
  }
}

/** 「202111日」「20211230日」: year, month and day run together; 「2021年1230日」「2025年11日」: no 月; 「202112月」: no 年. */
const DATE_GLUED = /(?<![\d.])((?:19|20)\d{2})(\d{2,4})日/g;
const DATE_NO_MONTH = /(?<![\d.])((?:19|20)\d{2})\s*年\s*(\d{1,4})\s*日/g;
/** 「至1231日」: the end of a period with month and day run together (no 月). */
const DATE_MD_GLUED = /(?<=(?:至|到|于|在|自|从|截[至止])\s*)(?:1[0-2]|0?[1-9])(?:[0-2]\d|3[01])\s*日/g;
/** 「今年93日」「去年1231日」: a date after a year word, its 月 lost (not 「30日内」, a span of days). */
const DATE_WORD_NO_MONTH = /(?<=(?:今年|去年|本年|当年|同年|次年|明年)\s*)(?:1[0-2]|[1-9])(?:[0-2]?\d|3[01])\s*日(?!\s*(?:内|以内|之内|工作日|个))/g;
const DATE_NO_YEAR = /(?<![\d.])((?:19|20)\d{2})(\d{1,2})\s*月/g;
const DATE_FULL = /(?<![\d.])((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** 「我镇2020主动在」: a year between words with its 年 lost (not 「2020版」「2020届」, a 文号 or a code). */
// (Also opening a line or a sentence: 「2023受理政府信息依公开申请1件」.)
const YEAR_NO_NIAN = /(?<=[\u4e00-\u9fff]|^|[。；])(?:19|20)\d{2}(?=[\u4e00-\u9fff])(?![年版届级号期次条款项件条篇人个份元万余多名户家所台套场])/gm;
/** 「2024,在县委、县政府的正确领导下」: a sentence opening on a year and a comma lost its 年. */
const YEAR_COMMA = /(?:^|(?<=[。；]))\s*(?:19|20)\d{2}(?=\s*[,，]\s*[\u4e00-\u9fff])/gm;
/** 「（一）主动公开的内容2023,我单位…」: a year glued to a heading's words, then a comma — its 年 lost. */
// (Only after a heading's words: 「受理来电1987，」「累计发布信息2035，」 are counts.)
const YEAR_GLUED_COMMA = /(?<=(?:情况|内容|概况|工作|方面|要点)\s*)(?:19|20)\d{2}(?=\s*[,，]\s*[\u4e00-\u9fff])/g;
/** 「…作出了积极贡献。1222日,我市…」: a sentence opening on a date whose 月 was lost. */
const DATE_MD_OPEN = /(?:^|(?<=[。；]))\s*(?:1[0-2]|0?[1-9])(?:[0-2]\d|3[01])日(?=\s*[,，])/gm;
/** 「自2025年1月1日起至12月31日。」: a period opened with 自…起 closes with 止. */
const PERIOD_NO_END = /自\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起\s*至\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?!\s*止)/g;
/** 「统计期限为2020年1月1日至12月21日」: a year's period that does not end on 12月31日. */
const YEAR_PERIOD = /(?<![\d.])(?:19|20)\d{2}\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*至\s*(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** 「至202020年12月31日止」「20224年度」: a year typed with digits too many. */
const YEAR_LONG = /(?<![\d.])(?:19|20)\d{3,4}\s*年(?=\s*(?:\d{1,2}\s*月|度))/g;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 「2023年1月 1日」「2023年12月31 日」「2024年3 月 26日」: a space typed inside a date written tight (not a page
 * that spaces every date 「2023 年 1 月」). */
const DATE_SPACED = /(?<![\d\s])(?:19|20)\d{2}年\d{1,2}(?: +月\s*\d{1,2}\s*日|月 +\d{1,2}\s*日|月\d{1,2} +日)/g;
const UNTIL_NOW = /截[至止]目前[，,]?[^。；]{0,30}?\d+\s*(?:余|多)?\s*(?:条|件|篇|个|份|期|次)/g;

function checkDates(ctx: Ctx, lines: ProseLine[]): void {
  for (const l of lines) {
    if (full(ctx, 'P-DATE')) return;
    const t = l.text;
    const found: { at: number; len: number; why: string }[] = [];
    for (const m of t.matchAll(DATE_GLUED)) found.push({ at: m.index!, len: m[0].length, why: '日期缺少「年」「月」' });
    for (const m of t.matchAll(DATE_NO_MONTH)) found.push({ at: m.index!, len: m[0].length, why: '日期缺少「月」' });
    for (const m of t.matchAll(DATE_MD_GLUED)) found.push({ at: m.index!, len: m[0].length, why: '日期缺少「月」' });
    for (const m of t.matchAll(DATE_WORD_NO_MONTH)) found.push({ at: m.index!, len: m[0].length, why: '日期缺少「月」' });
    for (const m of t.matchAll(DATE_NO_YEAR)) if (Number(m[2]) >= 1 && Number(m[2]) <= 12) found.push({ at: m.index!, len: m[0].length, why: '日期缺少「年」' });
    for (const m of t.matchAll(YEAR_NO_NIAN)) found.push({ at: m.index!, len: m[0].length, why: '年份后缺少「年」' });
    for (const m of t.matchAll(YEAR_LONG)) found.push({ at: m.index!, len: m[0].length, why: '年份多了数字' });
    for (const m of t.matchAll(YEAR_COMMA)) found.push({ at: m.index!, len: m[0].length, why: '年份后缺少「年」' });
    for (const m of t.matchAll(YEAR_GLUED_COMMA)) found.push({ at: m.index!, len: m[0].length, why: '年份后缺少「年」' });
    for (const m of t.matchAll(DATE_MD_OPEN)) found.push({ at: m.index!, len: m[0].length, why: '日期缺少「月」' });
    for (const m of t.matchAll(PERIOD_NO_END)) found.push({ at: m.index!, len: m[0].length, why: '「自……起至……」缺少「止」' });
    for (const m of t.matchAll(YEAR_PERIOD))
      if (`${Number(m[1])}-${Number(m[2])}` !== '12-31' && /统计|期限|期间|时限|数据|涵盖/.test(t.slice(Math.max(0, m.index! - 16), m.index!)))
        found.push({ at: m.index!, len: m[0].length, why: `年度统计期限止于${Number(m[1])}月${Number(m[2])}日，应为12月31日` });
    for (const m of t.matchAll(DATE_SPACED)) found.push({ at: m.index!, len: m[0].length, why: '日期中间多了空格' });
    // 「截至目前,主动公开政府信息60条」: a year's report counts to 12月31日, not to the day it was written.
    for (const m of t.matchAll(UNTIL_NOW)) found.push({ at: m.index!, len: m[0].length, why: '年度报告写「截至目前」，统计时点不明（应为截至当年12月31日）' });
    for (const m of t.matchAll(DATE_FULL)) {
      const [mo, d] = [Number(m[2]), Number(m[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > DAYS[mo - 1]) found.push({ at: m.index!, len: m[0].length, why: `不存在的日期「${m[0]}」` });
    }
    const used: number[] = [];
    for (const f of found.sort((a, b) => a.at - b.at)) {
      if (used.some((u) => Math.abs(u - f.at) < 4)) continue;
      used.push(f.at);
      const q = l.raw.slice(Math.max(0, f.at - 4), f.at + f.len + 4);
      emit(ctx, 'P-DATE', { message: `${f.why}：「${clip(q)}」`, where: {}, evidence: { quote: q } });
    }
  }
}

/** 「（一）1主动公开」「二、3政府信息」: a numeral glued between an ordinal and the words of a heading. */
const STRAY_ORDINAL = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分条项章]?)\s*(\d)(?=[\u4e00-\u9fff])(?![年月日号条件个次项])/;
/** 「总体情况2」: a heading that ends in a lone digit. */
const STRAY_TAIL = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[\u4e00-\u9fff]{2,20}?[\u4e00-\u9fff](\d)$/;

function checkStray(ctx: Ctx, lines: ProseLine[]): void {
  for (const l of lines) {
    if (full(ctx, 'P-STRAY-NUM')) return;
    const m = STRAY_ORDINAL.exec(l.text) ?? (l.last ? null : STRAY_TAIL.exec(l.text));
    if (!m) continue;
    const q = l.raw.slice(0, Math.min(l.raw.length, 30));
    emit(ctx, 'P-STRAY-NUM', { message: `多出的数字「${m[1]}」：「${clip(q)}」`, where: {}, evidence: { quote: q } });
  }
}

/** 「260余条」「约30件」「近百条」: a count of published items or applications that should be exact. */
const CN_D = '[一二两三四五六七八九十百千]';
const VAGUE = new RegExp(
  [
    // (「政策文件近400个」 too; not 「近3个月」「超过20个工作日」, durations.)
    '(?:约|近|大约|将近|超过|超|逾)\\s*\\d+\\s*(?:余|多)?\\s*(?:件|条|篇|人次|期|场|个(?!工作日|月|小时|自然日|百分点)|项|份)',
    // 「互动回应约3000,」: 约 and a number with its unit left out.
    '约\\s*\\d{2,}(?=[，。；,;、]|$)',
    // 「5.1余条」 is one number (a 万 lost), not 「1余条」.
    '(?<![\\d.])\\d+(?:\\.\\d+)?\\s*(?:余|多)\\s*(?:件|条|篇|人次|期|场)',
    // 「27余个栏目」「50余项」: other counts the report states (not 「10余个工作日」, a duration).
    '\\d+\\s*余\\s*(?:个(?!工作日|月|小时|自然日)|项)',
    // 「公开政府工作90余次」「安全检测评估20余次」: a count of what was done (meetings held are told apart below).
    '\\d+\\s*余\\s*次',
    // 「…等领域信息共50余积极回应」「政府信息350余」: 余 after a count of information, the unit left out.
    '(?<=(?:信息|文件|共|累计|合计)\\s*)\\d+\\s*余(?![\\d件条篇人次期场个项万元年天日月名家户余多处所类种位批台部座栋村份本套张幅组支家])',
    '\\d+(?:\\.\\d+)?\\s*万\\s*(?:余|多)?\\s*(?:件|条|篇)',
    // 「数十条」「上百条」「百余件」「两百多条」「近千条」「三十余篇」: vague counts in words.
    `(?:数|几|上|近)(?:十|百|千)\\s*(?:余|多)?\\s*(?:件|条|篇|人次)`,
    `${CN_D}{1,3}(?:余|多)\\s*(?:件|条|篇|人次)`,
    // 「其他渠道公开信息若干」: 若干 where the count belongs (「若干措施」 in a document's name is a word).
    '(?:信息|公告|文件|通知|条目|资料)\\s*若干(?!政策|措施|意见|举措|问题|规定|个问题)',
  ].join('|'),
  'g',
);

function checkVague(ctx: Ctx, lines: ProseLine[]): void {
  for (const l of lines) {
    if (full(ctx, 'P-VAGUE-COUNT')) return;
    for (const m of l.text.matchAll(VAGUE)) {
      // A province adds up millions of items from its cities: 「842.13万条」 is how its totals are reported.
      // 「160万余条」 says it does not know the figure, at any level.
      if (m[0].includes('万') && !/[余多]/.test(m[0]) && ctx.level?.startsWith('省级')) continue;
      const at = m.index!;
      // 「召开专题会议10余次」, 「自助查询人次120余次」「提出政策咨询50余次」 (the spec's good example 001): how often people
      // met or the public used a service is not a count the report owes; what the agency published or did is.
      if (/余次$/.test(m[0]) && /会议?|召开|研究部署|查询|咨询|访问|浏览|点击|人次|来电|接听|接待/.test(l.text.slice(Math.max(0, at - 10), at))) continue;
      let a = at;
      while (a > 0 && at - a < 24 && !/[，。；、：\s]/.test(l.text[a - 1])) a--;
      // The words after it say what was counted (「27余个信息公开栏目」).
      let b = at + m[0].length;
      while (b < l.raw.length && b - at - m[0].length < 10 && !/[，。；、：,;:\s]/.test(l.raw[b])) b++;
      const q = l.raw.slice(a, b);
      emit(ctx, 'P-VAGUE-COUNT', { message: `「${m[0]}」不是确切数字，年度报告应写明具体件数或条数：「${clip(q)}」`, where: {}, evidence: { quote: q } });
    }
  }
}

const TITLE_CLOSED_EARLY = /《[^《》]*关于印发[^《》]*》的(?:通知|意见|决定)/;
const TITLE_IN_TITLE = /《[^《》]{0,60}《[^《》]{0,60}》[^《》]{0,8}》/;

const PAIRS: [string, string, string][] = [
  ['（', '）', '括号'],
  ['《', '》', '书名号'],
  ['“', '”', '引号'],
];

function checkBrackets(ctx: Ctx, lines: ProseLine[]): void {
  for (const l of lines) {
    if (full(ctx, 'P-BRACKET')) return;
    // 「三)政府信息管理情况」: a sub-heading missing its opening bracket (a cut at the line's end does not explain it).
    const head = /^([一二三四五六七八九十]{1,3})）/.exec(l.text);
    if (head) {
      const q = l.raw.slice(0, Math.min(l.raw.length, 16));
      emit(ctx, 'P-BRACKET', { message: `小标题缺少左括号：「${clip(q)}」，应为「（${head[1]}）」`, where: {}, evidence: { quote: q } });
      continue;
    }
    // 「《…关于印发中华人民共和国…格式》的通知」: the notice's title closed before its own 的通知 (g005);
    // 「《…关于印发《…格式》的通知》」: a title inside a title in the same marks, the inner should be 〈〉 (g039).
    const misplaced = l.last ? null : TITLE_CLOSED_EARLY.exec(l.text) ?? TITLE_IN_TITLE.exec(l.text);
    if (misplaced) {
      const at = misplaced.index + misplaced[0].length;
      const q = l.raw.slice(Math.max(0, at - 16), at + 4);
      emit(ctx, 'P-BRACKET', { message: `书名号用法有误（${misplaced[0].startsWith('《') && misplaced[0].slice(1).includes('《') ? '书名号内再用书名号，内层应为〈〉' : '书名号在「的通知」之前就已结束'}）：「${clip(q)}」`, where: {}, evidence: { quote: q } });
      continue;
    }
    for (const [open, close, name] of PAIRS) {
      let depth = 0;
      let bad = -1;
      for (let i = 0; i < l.text.length; i++) {
        if (l.text[i] === open) depth++;
        else if (l.text[i] === close) {
          depth--;
          if (depth < 0) {
            bad = i;
            break;
          }
        }
      }
      // A cut line leaves an opening unclosed; a closing mark with no opening before it the cut does not explain.
      if (bad < 0 && depth > 0 && !l.last) bad = l.text.lastIndexOf(open);
      if (bad < 0) continue;
      // A list item 「1）」「a)」 is not an unbalanced bracket.
      // (Not the end of an address: 「网http://www.suqian.gov.cn)政府信息公开年报专栏」.)
      if (open === '（' && /(?:^|[^\w.\/:@-])[\da-zA-Z①-⑩]{1,2}）$/.test(l.text.slice(Math.max(0, bad - 4), bad + 1))) continue;
      if (open === '（' && /^[\d①-⑩a-z]{1,2}）/.test(l.text)) continue;
      // An unclosed opening: quote on to where the closing mark was due (the end of the sentence).
      const end = depth > 0 ? l.text.indexOf('。', bad) : -1;
      const q = l.raw.slice(Math.max(0, bad - 10), end > bad ? Math.min(end + 1, bad + 80) : bad + 12);
      emit(ctx, 'P-BRACKET', { message: `${name}不成对：「${clip(q)}」`, where: {}, evidence: { quote: q } });
      break;
    }
  }
}

/** Wording of a template or of the format notice's instructions, left in the report. */
const TEMPLATE = [
  /政府[（(]机关[）)]/,
  /[（(](?:单位|机关|部门|行政机关)(?:名称|全称)?[）)](?=[\u4e00-\u9fff])/,
  /(?:根据|按照)(?:本机关|本单位|实际情况)[^。]{0,6}(?:填写|填报)/,
  /(?:填写|填报)说明/,
  /(?:如有|若有|如无)[^。]{0,12}(?:请|则)(?:填写|说明|删除|注明)/,
  /(?:本部分|此部分|该部分)(?:应|需|请)(?:写明|说明|填写|包括)/,
  /[（(](?:可选|选填|必填|示例|例如：?)[）)]/,
  /以表格形式报告|表格如下|其他认为需要(?:说明|报告)的(?:情况|事项)/,
  // The 2021 format notice's instruction for 一, copied: 「（含《条例》第五十条第四项规定的各级人民政府“工作考核…”）」.
  /[（(]含《[^》]{0,20}条例》第五十条第四项规定的/,
  // 「××单位2025年…」 filled in as 「五原县农牧和科技局单位2025年」: the template's 单位 left after the name.
  /(?:局|委员会|委|办公室|中心|人民政府|街道办事处)单位(?=\s*(?:19|20)\d{2}\s*年|办公室|政府信息)/,
];

function checkTemplate(ctx: Ctx, lines: ProseLine[]): void {
  for (const l of lines) {
    if (full(ctx, 'P-TEMPLATE')) return;
    for (const re of TEMPLATE) {
      const m = re.exec(l.text);
      if (!m) continue;
      const q = l.raw.slice(Math.max(0, m.index - 8), m.index + m[0].length + 6);
      emit(ctx, 'P-TEMPLATE', { message: `模板或格式说明的文字未替换：「${clip(q)}」`, where: {}, evidence: { quote: q } });
      break;
    }
  }
}

/** 「202135」 alone on a line: a date with its 年/月/日 lost (5–7 digits from 19xx/20xx; a year or a full 8-digit date is not). */
const STRAY_LINE = /^[ \t]*((?:19|20)\d{3,5})[ \t]*$/gm;

function checkStrayLines(ctx: Ctx, text: string): void {
  const t = text.slice(0, 200_000);
  for (const m of t.matchAll(STRAY_LINE)) {
    if (full(ctx, 'P-STRAY-NUM')) return;
    // A number among numbers is a table cell (a count of 20500 decisions), not a stray.
    const before = t.slice(Math.max(0, m.index! - 40), m.index!).split('\n').map((x) => x.trim()).filter(Boolean).pop() ?? '';
    const after = t.slice(m.index! + m[0].length, m.index! + m[0].length + 40).split('\n').map((x) => x.trim()).filter(Boolean)[0] ?? '';
    if (/^[\d.,|\s]+$/.test(before) || /^[\d.,|\s]+$/.test(after) || /\|/.test(before + after)) continue;
    emit(ctx, 'P-STRAY-NUM', { message: `孤立的数字「${m[1]}」，疑为残缺的日期或多余的数字`, where: {}, evidence: { quote: m[1] } });
  }
}

/** Wrong words that need no model: 「截止2024年12月31日」「截止目前」 (a point in time is 截至; 截止 is a deadline),
 * 「转结」「建全」「疑异」「3月分」 — each seen in real reports (P-TYPO labels of the DEV split). */
const WRONG_WORDS: [RegExp, string, string][] = [
  [/截止\s*(?=(?:19|20)\d{2}\s*年|目前|今年|本年|年底)/g, '截止', '截至'],
  // 「上年转结」「转结下年度」: the table's word is 结转.
  [/(?<=上年(?:度)?|上一年度?)转结|转结(?=下一?年度?)/g, '转结', '结转'],
  // Not 「搭建全面」「构建全方位」: 建 ending another word.
  [/(?<![搭构创组修筹兴新重扩改援承筑营])建全(?!面|方位|部|省|市|县|区|国|体|员|域|链)/g, '建全', '健全'],
  [/疑异/g, '疑异', '疑义'],
  [/(?<=\d\s*)月分(?![类批期解配别])/g, '月分', '月份'],
];

function checkWords(ctx: Ctx, lines: ProseLine[]): void {
  for (const [re, wrong, right] of WRONG_WORDS)
    for (const l of lines) {
      if (full(ctx, 'P-TYPO')) return;
      for (const m of l.text.matchAll(re)) {
        const q = l.raw.slice(Math.max(0, m.index! - 6), m.index! + 12);
        const why = wrong === '截止' ? `（表示到某一时间为止用「${right}」）` : '';
        emit(ctx, 'P-TYPO', { message: `「${wrong}」应为「${right}」：「${clip(q)}」${why}`, where: {}, expected: right, actual: wrong, evidence: { quote: q } });
        break;
      }
    }
}

export function checkProofread(ctx: Ctx): void {
  checkStrayLines(ctx, ctx.fullText);
  const lines = proseLines(ctx.fullText.length > 400_000 ? ctx.fullText.slice(0, 400_000) : ctx.fullText);
  repeatedLines(ctx, ctx.fullText.slice(0, 200_000));
  checkDup(ctx, lines);
  checkDocNo(ctx, lines);
  checkDates(ctx, lines);
  checkStray(ctx, lines);
  checkVague(ctx, lines);
  checkBrackets(ctx, lines);
  checkTemplate(ctx, lines);
  checkWords(ctx, lines);
}

/** The proofreading rules over a bare text (tests, the catalogue examples, the editor). */
export function proofreadText(text: string): import('./types.js').Finding[] {
  const ctx = { out: [], fullText: text } as unknown as Ctx;
  checkProofread(ctx);
  return ctx.out;
}
