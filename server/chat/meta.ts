// Meta (agency, year, phone, level) and list facts (problems, plans) from a clerk's message.
// Each pattern is cut out of the text once read, so its digits are not taken for counts.
import { FACTS, LEVELS, type Level } from '../format/index.js';
import { CAPITAL } from './tokens.js';

export interface MetaFound {
  agency?: string;
  year?: number;
  phone?: string;
  level?: Level;
  /** 落款日期 YYYY-MM-DD. */
  date?: string;
  /** A 落款 date without its year: the reply asks (the year after the report year is offered). */
  dateNoYear?: { month: number; day: number; phrase: string };
  /** 电子版发布位置: the address where the report is published. */
  website?: string;
  /** A phone number said without saying it is the report's contact phone (asked). */
  phoneMaybe?: string;
  /** 「落款就写1月底」: a 落款 named without a day (asked). */
  dateVague?: string;
  /** Two different 落款 dates in one message (asked, neither stored). */
  dateTwice?: boolean;
}

const AGENCY_SUFFIX = '人民政府|办事处|委员会|管理局|局|办公室|中心|委|厅|院|署';
const AGENCY = new RegExp(`(?:机关|单位|我们|本单位|本机关)(?:全称|名称)?(?:是|为|：)\\s*([\\u4e00-\\u9fa5（）]{2,40}?(?:${AGENCY_SUFFIX}))`);
const YEAR = /(?:报告年度|年度)(?:是|为|：)?\s*(\d{4})|(\d{4})\s*年度?(?:的)?(?:政府信息公开工作)?(?:年度)?(?:年报|报告)/;
const PHONE = /(?:联系电话|咨询电话|办公电话|联系方式|联系号码|电话号码|热线电话|电话|热线|座机|手机号?|尾号|号码)(?:号码)?(?:写错了|错了|有误|不对)?[，,]?(?:是|为|：|改为|改成|换成|应该是|应为|用|写|留|就用|就写|留的是)?(?:(?!打|找|问)[^\d。；\n，]){0,8}?\s*([（(]?\d[\d \-－—–（）()转、/]{5,40}\d)(?![\d-])/;
/** The whole number as typed, never a truncated part (「138 0577 1234」「0577-67137027、67137028」). */
const PHONE_DIGITS = (s: string) => s.replace(/\D/g, '').length;
const PHONE_LIKE = /(?:0\d{2,3}[-－—–])\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)1[3-9]\d[\s-]\d{4}[\s-]\d{4}(?!\d)/;
const CN_DIGIT = '〇零一二三四五六七八九十';
// (「盖章那天」: the day the report is sealed is its 落款; 「统计截止日期」「培训日期」 are other days.)
const DATE_CUE = '(?:落款日期|落款时间|落款|成文日期|印发日期|发布日期|报告日期|签发日期|报告(?:末尾|最后|结尾|末)(?:的)?(?:时间|日期)|盖章(?:的)?(?:日期|那天|那日|时间)|(?<![止计训议会试动])日期|(?<![会议训动试])日子)';
const DATE_FULL = new RegExp(`${DATE_CUE}(?:[^。；\\n\\d${CN_DIGIT}]|一下){0,8}(\\d{4}|[〇零一二三四五六七八九]{4})\\s*(?:年|[-./])\\s*(\\d{1,2}|[${CN_DIGIT}]{1,2})\\s*(?:月|[-./])\\s*(\\d{1,2}|[${CN_DIGIT}]{1,3})\\s*[日号]?`);
const DATE_SHORT = new RegExp(`${DATE_CUE}(?:[^。；\\n\\d${CN_DIGIT}]|一下){0,8}(\\d{1,2}|[${CN_DIGIT}]{1,2})\\s*月\\s*(\\d{1,2}|[${CN_DIGIT}]{1,3})\\s*(?:[日号]|(?=\\s*(?:$|[，。；,;！!吧啊呀了])))`);
/** 「落款1月20 电话…」: after a 落款 word only, a space also ends the date (「培训日期3月5 参训…」 is another day). */
const DATE_SHORT_SPACED = new RegExp(`(?:落款|盖章)(?:[^。；\\n\\d${CN_DIGIT}]|一下){0,8}(\\d{1,2}|[${CN_DIGIT}]{1,2})\\s*月\\s*(\\d{1,2}|[${CN_DIGIT}]{1,3})(?=\\s+(?![\\d${CN_DIGIT}]))`);
const cnNum = (s: string): number => {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
  const d = (c: string) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + d(s[1]);
  if (s.endsWith('十')) return d(s[0]) * 10;
  if (s.includes('十')) return d(s[0]) * 10 + d(s[2]);
  return d(s);
};
const pad = (n: number) => String(n).padStart(2, '0');
const LEVEL = new RegExp(`(?:层级|级别)(?:是|为|：)?\\s*(${LEVELS.join('|')})`);

/** 「改成1月22日」 right after a 落款 was given: the date without its cue word. */
// (「落款推迟到一月二十六了」: moved by a verb of time, the 日 left off at the end of the statement.)
const DATE_FOLLOW_UP = new RegExp(`(?:改成|改为|换成|应该是|应为|写成|改到|挪到|推到|推迟到|延到|延后到|顺延到|提前到|(?:改|换|调)(?:一)?下|改(?=\\s*(?:\\d|[${CN_DIGIT}]))|不对|错了|更正|其实是|(?:写|填|弄|定)(?:早|晚)了)[，,：:\\s]*(?:成|为|是|到)?\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2}|[${CN_DIGIT}]{1,2})\\s*月\\s*(\\d{1,2}|[${CN_DIGIT}]{1,3})\\s*(?:[日号]|(?=了|吧|$|\\s|[，。,]))`);

/** 「本报告电子版可在…网站（http://www.hsz.gov.cn）查阅」「网址：www.xx.gov.cn」 (read before URLs are masked). */
const WEBSITE = /(?:网址|网站地址|电子版|网站)[^。\n]{0,40}?((?:https?[:：]\/\/|www\.)[\w.\-/%?=&#~:：]+[\w/])/i;
export function readWebsite(text: string): { website: string; phrase: string } | undefined {
  const m = WEBSITE.exec(text);
  // The text was normalised (「:」 became 「：」): the address gets its ASCII colon back.
  return m ? { website: m[1].replace(/：/g, ':'), phrase: m[0] } : undefined;
}

/** A pasted report ends with its 落款: the agency, then the date alone on the last line. */
const DATE_LAST_LINE = /\n\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[〇零一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*日\s*$/;

/** 「改到20号吧」 right after a 落款: the same month, another day. */
const DAY_FOLLOW_UP = new RegExp(`(?:改成|改为|换成|应该是|应为|写成|改到|挪到|推到|(?:改|换|调)(?:一)?下|改(?=\\s*(?:\\d|[${CN_DIGIT}]))|不对|错了|更正|其实是|(?:写|填|弄|定)(?:早|晚)了)[，,：:\\s]*(?:成|为|是|到)?\\s*(\\d{1,2}|[${CN_DIGIT}]{1,3})\\s*[日号]`);

/** 「落款日期」 alone in the turn before: this turn's date leading the message is the 落款. */
// (「算了 就写一月二十号吧」: words of choosing before the bare date.)
const DATE_BARE = new RegExp(`^\\s*(?:算了|那|好吧|嗯)?[，,\\s]*(?:就|那就)?(?:写|填|定|用|改成|改为)?(?:成|为|在)?\\s*(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年)?\\s*(\\d{1,2}|[${CN_DIGIT}]{1,2})\\s*月\\s*(\\d{1,2}|[${CN_DIGIT}]{1,3})\\s*(?:[日号])?(?=\\s*(?:吧|啊|呀|$|[，。；,;！!]))`);
const DATE_BEFORE = new RegExp(`(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年)?\\s*(\\d{1,2}|[${CN_DIGIT}]{1,2})\\s*月\\s*(\\d{1,2}|[${CN_DIGIT}]{1,3})\\s*[日号](?:的)?\\s*(?:作为|当作?|为|做)?\\s*落款`);
/** A message that only names the 落款 (「落款日期」「落款呢？」): the next turn's bare date is its value. */
// (「落款日期你先帮我空着」「落款日期还没定」: named and put off — the next turn's bare date is its value too.)
// (「落款我改一下」「落款日期定了」: a short message naming the 落款 with no figure.)
export const namesDateOnly = (text: string) =>
  (/^\s*(?:落款|落款日期|落款时间|成文日期)(?!单位|机关|名称|署名|处)[^\d\n]{0,8}$/.test(text.trim()) && !/[〇零一二三四五六七八九十两]\s*[月日号]/.test(text)) ||
  /^\s*(?:落款|落款日期|落款时间|成文日期|日期)\s*(?:呢|(?:你看|您看)?(?:(?:写|定|填|选)?(?:哪天|哪一天|几号)(?:好|合适|比较好)?|怎么写|写什么)|(?:你|我)?(?:先)?(?:帮我)?(?:空着|留空|不填|放着)|还没定|待定|回头再说|等等再说)?[？?。，,：:\s吧]*$/.test(text);

/** Spoken and short forms of a date, written out: 「元月」, a two-digit year before a month (「25年1月」「二五年」),
 * and 「落款1.18」 (a month and day after a date word). */
function dateForms(text: string): string {
  const twoDigits = (y: string) => (/^\d+$/.test(y) ? y : [...y].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
  return text
    // 「贰零贰伍年壹月贰拾日」: 大写 numerals of a date, one by one.
    .replace(/[零壹贰叁肆伍陆柒捌玖拾](?=[零壹贰叁肆伍陆柒捌玖拾]*[年月日号])/g, (c) => CAPITAL[c] ?? c)
    .replace(/元月/g, '1月')
    .replace(new RegExp(`(?<![\\d${CN_DIGIT}])(\\d{2}|[〇零一二三四五六七八九]{2})\\s*年(?=\\s*(?:\\d{1,2}|[${CN_DIGIT}]{1,2})\\s*月)`, 'g'), (_, y: string) => `20${twoDigits(y)}年`)
    .replace(new RegExp(`(${DATE_CUE}(?:[^。；\\n\\d]|一下){0,6}?)(1[0-2]|0?[1-9])[.．/](3[01]|[12]\\d|0?[1-9])(?![\\d.．/%])`, 'g'), '$1$2月$3日');
}

export function readMeta(text: string, opts: { dateFollowUp?: string; dateTopic?: boolean; unmasked?: string } = {}): { found: MetaFound; understood: string[]; rest: string } {
  const found: MetaFound = {};
  const understood: string[] = [];
  let rest = dateForms(text);
  const cut = (m: RegExpExecArray) => {
    rest = rest.slice(0, m.index) + '。' + rest.slice(m.index + m[0].length);
  };
  let m = AGENCY.exec(rest);
  if (m) {
    found.agency = m[1];
    understood.push(`「${m[0]}」→ 机关全称：${m[1]}`);
    cut(m);
  }
  m = YEAR.exec(rest);
  // 「2023年度报告里主动公开是680条」: a figure read in a report, not the report year; the clause keeps its year.
  if (m && /^\s*(?:里|中|上|里面|当中|显示|写的|写着)/.test(rest.slice(m.index + m[0].length))) m = null;
  if (m) {
    const y = Number(m[1] ?? m[2]);
    if (y >= 2008 && y <= 2100) {
      found.year = y;
      understood.push(`「${m[0]}」→ 报告年度：${y}`);
    }
    cut(m);
  }
  m = DATE_FULL.exec(rest);
  if (m) {
    const [y, mo, d] = [cnNum(m[1]), cnNum(m[2]), cnNum(m[3])];
    found.date = `${y}-${pad(mo)}-${pad(d)}`;
    understood.push(`「${m[0]}」→ 落款日期：${found.date}`);
    cut(m);
  } else {
    m = DATE_SHORT.exec(rest) ?? DATE_SHORT_SPACED.exec(rest);
    if (m) {
      found.dateNoYear = { month: cnNum(m[1]), day: cnNum(m[2]), phrase: m[0] };
      cut(m);
    }
  }
  // 「一月二十号落款」「2025年1月20日作为落款」: the date before its cue word.
  m = !found.date && !found.dateNoYear ? DATE_BEFORE.exec(rest) : null;
  if (m) {
    if (m[1]) found.date = `${cnNum(m[1])}-${pad(cnNum(m[2]))}-${pad(cnNum(m[3]))}`;
    else found.dateNoYear = { month: cnNum(m[2]), day: cnNum(m[3]), phrase: m[0].trim() };
    cut(m);
  }
  m = !found.date && !found.dateNoYear && opts.dateTopic ? DATE_BARE.exec(rest) : null;
  if (m) {
    if (m[1]) found.date = `${cnNum(m[1])}-${pad(cnNum(m[2]))}-${pad(cnNum(m[3]))}`;
    else found.dateNoYear = { month: cnNum(m[2]), day: cnNum(m[3]), phrase: m[0].trim() };
    cut(m);
  }
  m = !found.date && rest.split('\n').length >= 3 ? DATE_LAST_LINE.exec(rest.trimEnd()) : null;
  if (m) {
    found.date = `${cnNum(m[1])}-${pad(cnNum(m[2]))}-${pad(cnNum(m[3]))}`;
    understood.push(`「${m[0].trim()}」（落款）→ 落款日期：${found.date}`);
    rest = rest.trimEnd().slice(0, m.index);
  }
  m = !found.date && !found.dateNoYear && opts.dateFollowUp ? DATE_FOLLOW_UP.exec(rest) : null;
  if (m) {
    if (m[1]) found.date = `${m[1]}-${pad(cnNum(m[2]))}-${pad(cnNum(m[3]))}`;
    else found.dateNoYear = { month: cnNum(m[2]), day: cnNum(m[3]), phrase: m[0] };
    if (found.date) understood.push(`「${m[0]}」→ 落款日期：${found.date}`);
    cut(m);
  }
  // 「落款往后挪一天」「提前两天」: the 落款 given before, moved by whole days.
  const shift = !found.date && !found.dateNoYear && opts.dateFollowUp && /^\d{4}-\d{2}-\d{2}$/.test(opts.dateFollowUp) && (/落款|日期/.test(rest) || opts.dateTopic)
    ? /(往后|向后|推后|延后|推迟|顺延|往前|向前|提前)(?:挪|推|延|移|提|调)?(?:了)?\s*(\d{1,2}|[一两二三四五六七八九十])\s*天/.exec(opts.unmasked ?? rest) : null;
  if (shift) {
    const days = (/\d/.test(shift[2]) ? Number(shift[2]) : shift[2] === '两' ? 2 : cnNum(shift[2])) * (/往前|向前|提前/.test(shift[1]) ? -1 : 1);
    const d = new Date(`${opts.dateFollowUp}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    found.date = d.toISOString().slice(0, 10);
    understood.push(`「${shift[0]}」→ 落款日期：${found.date}`);
  }
  m = !found.date && !found.dateNoYear && opts.dateFollowUp ? DAY_FOLLOW_UP.exec(rest) : null;
  if (m && opts.dateFollowUp) {
    found.date = `${opts.dateFollowUp.slice(0, 8)}${pad(cnNum(m[1]))}`;
    understood.push(`「${m[0]}」→ 落款日期：${found.date}`);
    cut(m);
  }
  m = PHONE.exec(rest);
  // (「最后一位是0 0731-8867200」: the digit said about the old number, then the whole new one — the whole one.)
  const lone = m ? /^\d\s+(?=0\d{2,3}[-－—–]\d{7,8}$|1[3-9]\d{9}$)/.exec(m[1]) : null;
  if (m && lone) m[1] = m[1].slice(lone[0].length);
  if (m && (PHONE_DIGITS(m[1]) < 7 || PHONE_DIGITS(m[1]) > 30)) m = null;
  // A personal mobile (「打我手机…」) is not the report's contact phone unless the clerk says so: asked.
  // A mobile number (11 digits, 1[3-9]…) is a person's — 「联系人小王 电话188…」 — unless said to be the report's contact.
  const mobile = m && /^1[3-9]\d{9}$/.test(m[1].replace(/[\s\-－—–]/g, ''));
  if (m && (/手机/.test(m[0]) || mobile) && !/联系电话|咨询电话|办公电话|联系方式|报告/.test(rest.slice(Math.max(0, m.index - 12), m.index + m[0].length))) m = null;
  let maybe = m ? null : PHONE_LIKE.exec(rest);
  // 「电话号码最后一位是6不是5，0571-88776656」: a landline in a sentence about the phone number is the phone.
  // (「尾巴两位反了 改成0743-6632180」: a landline a change verb leads to is the phone corrected.)
  const changedTo = maybe && /(?:改成|改为|换成|应该是|应为|更正为|改)\s*$/.test(rest.slice(0, maybe.index));
  if (maybe && /^0\d{2,3}[-－—–]\d{7,8}$/.test(maybe[0]) && (changedTo || /联系电话|电话号码|办公电话|咨询电话|号码(?:错|写错|打错|记错|不对|有误)/.test(rest)) && !/手机|联系人|传真/.test(rest)) {
    m = Object.assign([maybe[0], maybe[0]], { index: maybe.index, input: rest }) as unknown as RegExpExecArray;
    maybe = null;
  }
  // 「不懂的我再去问县政务公开办 他们电话0745-2218800」: another office's number said to be theirs is asked, never stored.
  // (「他们办公室电话0739-… 你别填到表里哈 那是县里的」: said to be another office's, or not to be filled.)
  // (「市局信息中心的电话是0598-… 系统登不上我打过去问」: a superior's or a help desk's number, or one the clerk calls.)
  // (A pasted notice to all towns — 「各乡镇：请于…报送…联系人：李某，电话…」 — gives the sender's number.)
  // (「联系电话…有事打过去就行」「我们数据局的电话」: the report's contact or the clerk's own office is ours whatever follows.)
  const ownPhone = m ? /联系电话|我们|咱们|本单位|本机关|我局|我镇|我乡|我办/.test(rest.slice(0, m.index + m[0].length - m[1].length)) : false;
  const notOurs = /别填|不要填|不用填|别往[^，。；]{0,4}填|那是(?:县里|市里|区里|省里|他们|人家|别人)/.test(rest) || (!ownPhone && (
    /(?:市局|县局|省局|区局|省厅|市里|县里|区里|上级|信息中心|政务公开办|公开办|政数局|大数据局|数据局|技术支持|客服|运维)[^，。；\d]{0,4}(?:电话|号码|座机|热线)/.test(rest) ||
    /打过去|打给(?:他|她|他们|人家)|打电话(?:去)?问|拨打/.test(rest) || /各(?:乡镇|乡|镇|街道|单位|部门)[^，。；]{0,6}[：:][^。]{0,40}请于|请于[^。]{0,30}(?:报送|上报|报至|报给)/.test(rest)));
  if (m && !maybe && (notOurs || /(?:他们|他|她|人家|对方)(?:的)?(?:办公室|单位)?(?:的)?(?:电话|号码|座机)[^。；]{0,4}$/.test(rest.slice(0, m.index + m[0].length - m[1].length)))) {
    maybe = Object.assign([m[1].trim()], { index: m.index + m[0].indexOf(m[1].trim()), input: rest }) as unknown as RegExpExecArray;
    m = null;
  }
  if (maybe) {
    found.phoneMaybe = maybe[0];
    cut(maybe);
  }
  // 「落款1月25日 也有人说写1月28日」「落款1月20日吧 主任又说签1月22日」: a second date left in the message — two answers, neither is stored.
  // (A deadline, today's date or the same date said again is no second answer: only a date offered instead is.)
  const other = /(?:也有人说|有人说|又说|说|或者|还是|要么|也可以|或)[^，。；\d]{0,4}?(?:是|写|填|用|定|签|落)?\s*(?:\d{4}\s*年)?\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/.exec(rest);
  const given = found.date ? { month: Number(found.date.slice(5, 7)), day: Number(found.date.slice(8, 10)) } : found.dateNoYear;
  // Two answers: neither date is stored, the reply asks.
  const twoDates = () => {
    delete found.date;
    delete found.dateNoYear;
    for (let i = understood.length - 1; i >= 0; i--) if (understood[i].includes('落款日期')) understood.splice(i, 1);
    found.dateTwice = true;
  };
  if (other && given && (cnNum(other[1]) !== given.month || cnNum(other[2]) !== given.day)) twoDates();
  // 「定稿是1月25号 挂网要到2月5号 落款写哪个」: two dates and the question which — asked.
  const dates = new Set([...text.matchAll(/(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/g)].map((x) => `${cnNum(x[1])}-${cnNum(x[2])}`));
  if ((found.date || found.dateNoYear) && dates.size >= 2 && /哪个|哪天|哪一个|哪一天|(?:用|写|填|选)哪/.test(text)) twoDates();
  if (!found.date && !found.dateNoYear && /落款|日期/.test(rest) && /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?!\s*[\d一二三四五六七八九十])|(?<![\d年月])(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?!\s*[\d一二三四五六七八九十])|月(?:底|初|中|下旬|上旬|中旬)|过年前|年前|年后|春节|节前|节后|元旦|下个月|月底前|到时候|交的时候|今天|明天|当天|那天|跟去年一样|和去年一样|同去年|照旧|老样子|发布那天|印发那天|下周|下星期|这周|周[一二三四五六日末]|星期[一二三四五六日天]|等[^，。；\d]{0,6}定|待定|还没定|没定|未定|再定|定不下来/.test(rest)) found.dateVague = '落款日期';
  // 「电话0577-6713」: an area code with too short a local number is a truncated phone — asked, never stored.
  if (m) {
    const local = /^[（(]?0\d{2,3}[）)]?[\s\-－—–]*(\d[\d\s]*)$/.exec(m[1].trim());
    if (local && local[1].replace(/\s/g, '').length < 7) {
      found.phoneMaybe = m[1].trim();
      m = null;
    }
  }
  if (m) {
    found.phone = m[1].trim().replace(/[－—–]/g, '-').replace(/\s*-\s*/g, '-').replace(/^[（(]/, '').replace(/[（(]/g, '').replace(/[）)]\s*/g, '-').replace(/-+/g, '-');
    understood.push(`「${m[0]}」→ 联系电话：${m[1]}`);
    cut(m);
  }
  m = LEVEL.exec(rest);
  if (m) {
    found.level = m[1] as Level;
    understood.push(`「${m[0]}」→ 机关层级：${m[1]}`);
    cut(m);
  }
  return { found, understood, rest };
}

const LIST_FACTS = FACTS.filter((f) => f.type === 'list' && (f.key === 'problems' || f.key === 'plans'));
const LIST_HEAD: Record<string, RegExp> = {
  problems: /(?:存在的?(?:主要)?问题|主要问题|不足之处|不足)(?:是|有|主要是|：)+/,
  plans: /(?:改进措施|下一步(?:打算|计划)?|明年(?:计划|打算)|下一年度?(?:计划|打算)?)(?:是|有|：)+/,
};

/** 「存在的问题：一是…；二是…」 → problems list. Takes the rest of the sentence after the heading. */
export function readLists(text: string): { facts: Record<string, string[]>; understood: string[]; rest: string } {
  const facts: Record<string, string[]> = {};
  const understood: string[] = [];
  let rest = text;
  for (const f of LIST_FACTS) {
    const m = LIST_HEAD[f.key].exec(rest);
    if (!m) continue;
    const start = m.index + m[0].length;
    // The list ends at a blank line or where the other list begins.
    const tail = rest.slice(start);
    const ends = [tail.search(/\n\n/), ...LIST_FACTS.filter((o) => o !== f).map((o) => tail.search(LIST_HEAD[o.key]))].filter((i) => i >= 0);
    const endRel = ends.length ? Math.min(...ends) : tail.length;
    const body = rest.slice(start, start + endRel);
    const items = body
      .split(/[；;。\n]|(?=[一二三四五六七八九十]是)/)
      .map((s) => s.replace(/^[一二三四五六七八九十]是/, '').replace(/^\d+[.、]/, '').trim())
      .filter((s) => s.length >= 2)
      .slice(0, 20);
    if (!items.length) continue;
    facts[f.key] = items;
    understood.push(`「${m[0]}…」→ ${f.label}：${items.length}条`);
    rest = rest.slice(0, m.index) + rest.slice(start + endRel);
  }
  return { facts, understood, rest };
}
