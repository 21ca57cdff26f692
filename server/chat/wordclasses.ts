// Word classes of the offline extractor: the phrasings that decide how a number or a clause is read (not yet known,
// a decision, a channel, a stock, a negation that denies no count…), and which units count the same thing.
// Each is a class of phrasing, named by what it means; extract.ts decides what to do with them.
import { FACTS, factDef, tableDef, type FormatId } from '../format/index.js';

/** A figure the clerk will give later (「下午再报」「回头给你」「先别填」; 「上午给的30」 was given before). */
export const LATER = /(?:下午|上午|晚上|明天|后天|晚点|晚些|过两天|过几天|回头|稍后|等会儿?|改天|下周|下个?月|过段时间|过一阵子?)(?:我)?(?:再|才)?(?:报|给|发|补|告诉)(?![的了过])|(?:回头|明天|后天|晚点|晚些|下午|稍后)给(?:你|您)|先别填|先不填/;
/** Not known yet (「还没统计」「先别填」「还要问执法队」): asked, never zero. */
export const NOT_YET = new RegExp(`${LATER.source}|` + /还在统计|正在统计|在统计中|还在汇总|正在汇总|还在核|还要问|还得问|要问一下|待核实|要核实|回头再|再告诉你|具体数(?:字)?(?:还|要|得|回头)|(?:还|尚|仲)(?:没|未)(?:有)?(?:跟[^，。；\s]{1,10})?(?:汇总|统计|算|出来|出|定|核|报|整理|完|弄|搞清|收齐|确定|对上|对好|对账|对完|拿到|攞到|要到|收到)|没(?:统计|汇总|算)(?:完|好|出来)|待定|未统计|没统计|没汇总|没算完/.source);
/** Verbs of making a document this year (a negation with one of them is about 本年制发 only). */
export const MAKING = /没发|未发|新增|新出|新制|新发|新定|新的|出台|制定|印发|发过|发了|发布/;
/** 「都给公开了」「已公开」: a decision to disclose; 「收到」「接到」: the intake. */
export const OPENED = /(?:都|已|给|予以|(?<!不)予|被|全)(?:给)?公开|公开了|(?:都|全)是(?:予以)?公开(?=\s*(?:了|[，。；！,;]|$))/;
/** 「都」「全部」 after a count: all of them. */
export const ALL_WORDS_AFTER = /都|全部|全都|均|一律/;
export const INTAKE_VERB = /收到|接到|新收|受理|来了|提出|提交|接收/;
/** 「个人申请2件都公开了」: a count right after 「申请」 is the applications received (then decided). */
export const INTAKE_COUNT = /申请\s*[\d一二两三四五六七八九十]+\s*件/;
/** 「都是自然人」「全是个人的」「就是群众」: every number waiting for its column has this one. */
export const ALL_OF_THEM = /^(?:是|都是|全是|均为|均是|全部是|全都是|只有|就是|都|全|均|全部)|都是|全是|均为|均是|全部是|全都是/;
/** 「还没办完」「还在办」: an application not finished. */
export const STILL_OPEN = /还没办完|没办完|还在办|正在办理|尚未办结|未办结|还没办结|还没答复|尚未答复/;
/** Marks a subject carried from the previous turn (equal to no sentence of this one). */
export const PREVIOUS_TURN = '\u0000previous';
export const CHANNEL_FACT = /^published_(website|newmedia|board)$/;
export const TOTAL_WORDS = /总数|总共|一共|共计|合计|总计|加起来/;
/** 「没有缴费」「都没交钱」: the fee was not paid. */
export const UNPAID = /(?:没|未|不)(?:有)?(?:来)?(?:缴费|交钱|交费|付费|缴纳|付钱|给钱|缴)/;
export const NUMERAL_CHAR = /[\d零〇一二两三四五六七八九十百千万]/;
/** The unit right after a vague amount (「三四十人」). */
export const VAGUE_UNIT = /人次|人|条|篇|次|件|个|起|场/;
/** 「许可不归我们管」: not this agency's business — a question, not a zero. */
export const NOT_OURS = /不归(?:我们|本机关|我们镇)?管|不是我们(?:管|负责)|不由我们|不归口|不属于我们/;
/** 「新开了」「新增」: an increment of a stock, not the stock. */
export const NEWLY = /新开|新增|新设|新建|新注册|新上线|新开通|增加了/;
/** 「注销了1个」「关停2个」: a decrease of a stock, not the stock. */
export const LESSENED = /注销|关停|关闭|停用|撤并|合并了|清理了|清理掉|下线|撤销了|减少了|少了/;
/** Two halves that make one count (「专职1人，兼职2人」). */
export const WHOLE_OF_PARTS: [string, string][] = [['专职', '兼职']];
/** 「都没发」「一条没发」「都没有」: nothing at all (not 「没来得及统计」). */
export const BARE_NONE = /^(?:今年|全年|本年|今年都|今年也)?(?:都|也|还|一直|压根|根本)?(?:没|未)(?:有)?(?:发|办|搞|开|做|写|收|出|过|发生)?(?:过)?(?:的)?[了吧啊呢]?$/;
/** Other units a clerk counts a fact in (「回应关切问题15个」). */
export const FACT_UNIT_ALIASES: Record<string, string[]> = { responses: ['个', '条', '件', '项'], interpretations: ['条', '个', '份'], catalog_updated: ['回'], published_newmedia: ['篇'], published_website: ['篇'], published_board: ['期', '次', '张', '回'], accountability: ['人', '名', '次', '件'] };
/** Facts that count what exists (not what happened this year). */
export const STOCK_FACTS = new Set(['website_columns', 'newmedia_accounts', 'public_area', 'staff']);
export const T3_INTAKE = new Set(['new', 'carried']);
/** 表三's leaf rows an application ends in (each result, and 结转下年度), from the format declaration. */
export const t3ResultLeaves = (format: FormatId): string[] => tableDef(format, 't3').blocks[0].rows.filter((r) => !r.group && !r.sumOf && !T3_INTAKE.has(r.key)).map((r) => r.key);
/** Publication channels: a count said with one of these is that channel's, never the total. */
export const CHANNEL_WORDS = /网站|官网|门户|挂网|公众号|微信|推文|推送|微博|抖音|新媒体|公开栏|公示栏|宣传栏|张贴|公报|客户端|视频号|头条号|APP|小程序|电子屏|广播/i;

/** 「培训两场，共60人次参加」: the one other fact of the topic's aspect with exactly this unit. */
export function sameAspectByUnit(topic: string, unit: string): string | undefined {
  // 「培训2场，来了100人」: people at a training are 参训人次.
  if (topic === 'trainings' && /^(?:人|名|人次)$/.test(unit)) return 'trainees';
  const aspect = factDef(topic)?.aspect;
  const hits = FACTS.filter((f) => f.type === 'number' && f.aspect === aspect && f.key !== topic && f.unit === unit);
  return hits.length === 1 ? hits[0].key : undefined;
}

// 「个」 counts people (工作人员3个) or things (专区1个), never visits: 「30人次」 is no count of 个.
const UNIT_FAMILIES = [['条', '篇', '件', '份', '项'], ['次', '场', '期', '回', '轮'], ['人', '名', '个'], ['人', '名', '人次']];
/** Whether a number said in unit `a` can count what is kept in unit `b` (「参训120人」 counts 人次; 「188人次」 counts no
 * staff: people counted once each are kept in 人, visits in 人次). */
export function compatibleUnits(a: string, b: string): boolean {
  if (a === '人次' && b !== '人次') return false;
  return a === b || UNIT_FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

/**
 * A sentence that states nothing for sure — a condition (「如果没有申请是不是填0」), a question (「是不是没有复议」),
 * doubt (「好像没有行政复议」「应该没有企业申请吧」), another agency (「隔壁镇公众号发了300条」) or a requirement
 * (「县里说网站要发够300条」): whatever it would fill is asked instead, with the reason.
 */
export const UNSURE_SENTENCE: [RegExp, string][] = [
  // (「二十四万一」 is a figure: 万一 after a numeral is no 「if」.)
  [/如果|(?<![主只还就需总重])要是|假如|假设|(?<![零〇一二两三四五六七八九十百千\d])万一|若是|(?:了|过)的话/, '是假设的说法'],
  // 「市局那边许可1.2万件」「县里汇总全县156件」: another body's figure (its own part of a message, see phrases).
  [/(?<!我们|咱们|我|本)(?:县里|市里|省里|区里|市局|县局|区局|省厅|上级)(?:那边|那里|汇总|统计|通报|排名)|\u2064/, '说的是别的机关'],
  [/吗[吧呀啊]?$|是不是|有没有|对不对|要不要/, '是问句'],
  [/不知道|不清楚|不确定|不太确定|不太清楚|不太记得|没把握|印象中|记不清|不记得|说不准|说不好|好像|似乎|估计|也许|(?<!尽)可能(?!性)|应该(?=没|不|无|未)|等我(?:再)?(?:核|查|问|确认|对)|(?:我)?再(?:核|查|对|确认)一下|(?:我)?再(?:看看|查查|核核|对对)/, '说得不确定'],
  // (「律所一件，别的单位没有」: in a sentence of applications, 别的单位 are the other applicants.)
  // 「许可910件，统计表上写的是901件」「也有人说写1月28日」: a second figure from another source — two answers.
  [/(?:表上|账上|系统里|系统上|台账上|报表上|统计表上|办公室|科室|财务|他们|别人|有人)[^，。；\d]{0,6}(?:写的|报的|记的|说的|统计的|算的)(?:是|为)|也有人说|有人说(?:是|写|填)/, '给了两个不同的数'],
  [/隔壁|邻镇|邻乡|别的(?:镇|乡|街道|部门)|别的单位(?![\s\S]*申请)(?<!申请[\s\S]*)|其他(?:乡镇|街道)|兄弟(?:乡镇|单位)/, '说的是别的机关'],
  [/(?:上级|县里|市里|省里|文件|考核)(?:说|要求|规定)|要求(?:每年|每月|全年|今年)|发够|不得少于|不低于/, '是上级的要求，不是实际的数'],
];
export const unsureSentence = (sentence: string): string | undefined => UNSURE_SENTENCE.find(([re]) => re.test(sentence))?.[1];

/** 「多写了个零」「少打了一个0」: a slipped zero, said to correct a figure (多: the old one is ten times the new). */
// (「漏了个零」 is 少: a zero left out.)
/** 「多打了个0」「漏了个零」, and said the other way round: 「末尾那个零是多的」 (the slip is the first group found). */
// (「末尾的零划掉」「后面的零去掉」: a zero to take away is one typed too many.)
export const ZERO_SLIP = /(多|少|漏)(?:(?:打|写|输|敲|填|按|录|加|看|抄|读|念)了?|了)(?:一)?个\s*(?:0|零)|(?:0|零)是(多)(?:余)?(?:打|写|输|按|敲)?的|(?:末尾|最后|后面|后边|尾巴)(?:的|那个|多的)?(?:一个)?\s*(?:0|零)\s*(?:给)?(?:要)?(?:划掉|去掉|删掉|删了|拿掉|不要)/;
export const slipOf = (z: RegExpExecArray) => z[1] ?? z[2] ?? '多';
/** 「漏了」「多打了」: the words before a digit typed or left out (「前面漏了个1 是1326」). */
export const DIGIT_SLIPPED = '(?:漏|少|多)(?:打|写|敲|输|按)?了';

/** 「人次应该是一百九」「人次104」: the unit said as a noun before a number without one of its own. */
export function unitSaidBefore(before: string): string | undefined {
  return /(人次|人数|次数|件数|条数|篇数|期数)\s*(?:那个|那块|那里)?\s*(?:应该是|应为|应该|是|为|有|改成|改为|共|一共)?\s*$/.exec(before)?.[1].replace(/数$/, '');
}
