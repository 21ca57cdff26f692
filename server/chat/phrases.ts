// Colloquial phrasings rewritten to the canonical words the cues know, before numbers and cues are read.
// Each rule is a CLASS of phrasing (every way of saying 「carried over from last year」), not one sentence:
// a missed phrase here otherwise falls back to a weaker cue (「申请」 → 本年新收) and fills the wrong row.

import { FORMATS, tableDef, type FormatId } from '../format/index.js';
import { parseNumber } from './numerals.js';

/** A month, quarter or half of the year, as a list item (「3月」「二季度」「下半年」). */
const TIME_ITEM = '(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|底|初|中)?|第?[一二三四1-4]季度|上半年|下半年|年初|年中|年底|年末)';

/** What an application asks for (「…的材料」「…的营业执照」「…的处罚决定」). */
const REQUESTED_DOC = '材料|资料|文件|记录|档案|名单|合同|协议|批复|报表|执照|证明|方案|纪要|数据|决定书?|复印件|原件|图纸|清单|明细|台账|账目|报告|通知|公告';

const LAST_YEAR = '(?:上一?年度?|去年|前一年)';
/** Words before an error word that name nothing (「前面写错了」「哎看错了」). */
const FILLER = /^(?:前面|上面|之前|刚才|刚刚|我|我们|哎|唉|哦|噢|啊|嗯|呃|额|这个|那个|这里|那里|不好意思|抱歉|对不起|sorry)+$/i;
const NEXT_YEAR = '(?:下一?年度?|明年|次年|来年|新的一年)';

/** Publication channels as a clerk names them. */
const CHANNELS = '网站|官网|门户网站|公众号|微信|微博|抖音|视频号|头条号|新媒体|公开栏|公示栏|宣传栏|公告栏|政府公报|公报';

const APPLICANTS = '个人|自然人|群众|老百姓|村民|居民|市民|企业|公司|律所|律师事务所|律师|科研机构|研究所|大学|高校|社会组织|公益组织|基金会|协会|其他组织';
const COUNT = '[\\d一二两三四五六七八九十]+';
const NUMS = '[\\d零〇一二两三四五六七八九十百千万.]+';

/** 「网站、公众号、公开栏分别发布了300、200、100条」 → 「网站300条，公众号200条，公开栏100条」 (respectively). */
const MONTH = '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])';
const SPAN = new RegExp(`^(${MONTH})月?(?:份)?(?:到|至|-|~|—)(${MONTH})月(?:份|底)?`);
const QUARTER = /^(?:第?([一二三四1-4])季度|([一二三四1-4])季(?!度)|(上|下)半年)/;
const monthOf = (t: string) => (/^\d+$/.test(t) ? Number(t) : parseNumber(t) ?? NaN);

/** The months a period name spans (「一到三月」「二季度」「下半年」) and the words after it, or undefined. */
function spanOf(name: string): { from: number; to: number; rest: string } | undefined {
  const m = SPAN.exec(name);
  if (m) return { from: monthOf(m[1]), to: monthOf(m[2]), rest: name.slice(m[0].length) };
  const q = QUARTER.exec(name);
  if (!q) return undefined;
  if (q[3]) return q[3] === '上' ? { from: 1, to: 6, rest: name.slice(q[0].length) } : { from: 7, to: 12, rest: name.slice(q[0].length) };
  const k = '一二三四'.indexOf(q[1] ?? q[2]) + 1 || Number(q[1] ?? q[2]);
  return { from: 3 * k - 2, to: 3 * k, rest: name.slice(q[0].length) };
}

/**
 * 「一到三月、四到六月、七到九月、十到十二月网站分别发了80、95、102、110条」: periods that together make the whole year,
 * each with its count, are the year's parts — the year's figure is their sum (said once, of the subject named).
 */
function wholeYearOfParts(names: string[], vs: string[], verb: string, unit: string): string | undefined {
  const spans = names.map(spanOf);
  if (spans.some((x) => !x) || names.length !== vs.length) return undefined;
  const ss = spans as { from: number; to: number; rest: string }[];
  if (ss.slice(0, -1).some((x) => x.rest.trim())) return undefined;
  const order = [...ss].sort((a, b) => a.from - b.from);
  let next = 1;
  for (const x of order) {
    if (x.from !== next || x.to < x.from) return undefined;
    next = x.to + 1;
  }
  if (next !== 13) return undefined;
  const values = vs.map((v) => (/^\d+$/.test(v) ? Number(v) : parseNumber(v)));
  if (values.some((v) => v === undefined || v === null || !Number.isInteger(v))) return undefined;
  const sum = (values as number[]).reduce((a, b) => a + b, 0);
  return `${ss[ss.length - 1].rest.trim()}全年${verb}${sum}${unit}`;
}

const UNITS = '条|件|次|篇|个|期|人次|起';
/** 表二's column words (「制发 废止 有效」), which a row named before them leads. */
const COLUMN_WORD = /^(?:本年)?(?:新)?(?:制发|制定|发布|废止|废除|修改|有效|现行有效|现行|决定|处理决定|新增|减少|增减)(?:件数|数量|数|的)?$/;

/** 「网站四个季度分别是86 91 77 102条」: the four quarters (or twelve months) of one subject, named as such. */
const ALL_PERIODS = /^(.*?)(?:四个季度|各季度|每个?季度|1-4季度|一至四季度)$|^(.*?)(?:十二个月|12个月|每个?月|各月)$/;

function respectively(m: string, names: string, nums: string, unit = ''): string {
  const vs = nums.split(/\s*[、和及]\s*|\s+/).map((s) => s.trim().replace(new RegExp(`(?:${UNITS})$`), '')).filter(Boolean);
  const named = names.trim();
  const periods = ALL_PERIODS.exec(named);
  if (periods && vs.length === (periods[1] !== undefined ? 4 : 12)) {
    const values = vs.map((v) => (/^\d+$/.test(v) ? Number(v) : parseNumber(v)));
    if (values.every((v) => typeof v === 'number' && Number.isInteger(v)))
      return `${(periods[1] ?? periods[2]).trim()}全年${(values as number[]).reduce((a, b) => a + b, 0)}${unit || (/期/.test(nums) ? '期' : '')}`;
  }
  // 「规范性文件 制发 废止 有效 分别是 4 2 31」: names beyond the figures' count lead each of the others.
  const parts = named.split(/\s*[、和及]\s*|\s+/).map((s) => s.trim()).filter(Boolean);
  // (Only a row followed by its columns: 「网站 公众号 公开栏 分别是 120 200」 has a name too many — asked.)
  const lead = parts.length === vs.length + 1 && parts.slice(1).every((n) => COLUMN_WORD.test(n)) ? parts[0] : '';
  const ns = lead ? parts.slice(parts.length - vs.length).map((n) => lead + n) : parts;
  const verb = /分别((?:为|是|有|发布了|发了|发布|办了|收到了?|推送了?|推了|开展了?|举办了?|组织了?|受理了?|办理了?|公开了?)?)/.exec(m)?.[1] ?? '';
  const whole = wholeYearOfParts(ns, vs, verb, unit);
  if (whole) return whole;
  return ns.length > 1 && ns.length === vs.length ? ns.map((n, i) => `${n}${vs[i]}${unit}`).join('，') : m;
}

/** 表二's items of one row, by the numeral of their caption 「第二十条第（八）项」: the item said → its row's name. An
 * item of several rows in one format and one row in another (2019's （五）) is that row; two different rows name none. */
function itemRules(): [RegExp, string][] {
  const rows = new Map<string, string | null>();
  for (const f of Object.keys(FORMATS) as FormatId[])
    for (const b of tableDef(f, 't2').blocks) {
      const n = /第（([一二三四五六七八九十]+)）项$/.exec(b.caption ?? '')?.[1];
      if (!n) continue;
      if (b.rows.length !== 1) continue;
      const label = b.rows[0].label;
      rows.set(n, rows.has(n) && rows.get(n) !== label ? null : label);
    }
  return [...rows].flatMap(([n, label]) =>
    label ? [[new RegExp(`(?:第二十条|20条)?第[（(]?(?:${n}|${parseNumber(n)})[）)]?项(?:的)?(?:${label}|${label.slice(-2)})?`, 'g'), label] as [RegExp, string]] : [],
  );
}

const RULES: [RegExp, string | ((...groups: string[]) => string)][] = [
  // 「收到答复后」: the applicant received the reply — no application received.
  [/收到(?:了)?(?:我们|我局|我镇|我们的|我局的|我镇的|局里的|镇里的)?(?=答复|回复|告知书|决定书)/g, '拿到'],
  // 「我们乡没有自己单独的网站 信息都挂在县政府门户」: a site of its own lacking — no count denied.
  [/(?:没|没有)(?:自己|单独|独立)(?:的)?(?:单独|独立)?(?:的)?(?:网站|门户网站|门户|公众号|政务新媒体|微博)(?:账号|号)?(?:(?:和|与|及|、|跟)(?:网站|门户网站|门户|公众号|政务新媒体|微博)(?:账号|号)?)*/g, ''],
  // 「网站上没有单独设解读栏目」「公众号没开留言功能」: a feature the site lacks — no count of anything denied.
  // (「没有开设专栏」 alone may be 专栏 0: only a named kind of column or a feature is dropped.)
  [/(?:没|没有|未)(?:单独|专门|另外|再)?(?:设|设置|开设|开通|开|建|做)(?:立|过|了)?(?![设置通立新]|任何|更多|其他|别的|什么)(?:[^，。；\s\d没也不无未]{1,8}(?:栏目|专栏)|[^，。；\s\d没也不无未]{0,8}(?:功能|板块|窗口|入口|模块))/g, ''],
  // 「个人那件交了300」: money paid, said without its unit — 元, never a count.
  [/((?:交|缴|缴纳|付)(?:了)?(?:费|钱)?\s*)(\d+)(?!\s*(?:元|块|件|条|次|份|万|个|期|篇|\d))/g, '$1$2元'],
  // 「两微一端」: the WeChat, Weibo and app accounts — 政务新媒体.
  [/两微一端|两微一抖/g, '政务新媒体'],
  // 「这件不属于国家秘密那类 你别放错」「不是什么国家秘密」: a category denied is no category given.
  // (Not a bare 「不是X 是Y」: that corrects a reason.)
  [/(?:不属于|不算|不是什么)(?:国家秘密|商业秘密|个人隐私|内部事务|过程性信息|行政执法案卷|行政查询事项|信访|举报|投诉)[^，。；\s]{0,3}?(?:那类|那一类|这类|这一类|类|的)?(?=[\s，,。；]|$)/g, ''],
  // 「律所今年来了一件」: an applicant that came, counted in 件, applied.
  [new RegExp(`(?<=(?:${APPLICANTS}|科研院所|研究院)[^，。；\\s\\d]{0,4})(?<![又再还另外])来(?:了|过)(?=\\s*[\\d一两二三四五六七八九十]+\\s*件)`, 'g'),
    (...g: string[]) => (/再加|另加|加上|再添/.test(g[g.length - 1]) ? g[0] : '申请了')],
  // (「再加一个 农业大学也来了1件」「又来了」: one more — the added-part readers take 来了 as it is.)
  // 「今年没啥人来申请公开 就一个」: few, then how many — no denial.
  [/没(?:啥|什么|多少|几个)人(?:来)?(?=[^，。；]{0,10}(?:就|只)(?:有)?\s*(?:一|1|两|2|俩|几|三|3))/g, '很少人'],
  // 「补正后还是没说清要什么的2」: after 补正 the request is still unclear (无法提供 3), no negation.
  [/补正(?:以)?后(?:还是|仍然?|依然|也|都)?(?:没|没有|未)(?:能)?(?:说|讲|写|表述|描述)(?:清|清楚|明白)(?:楚)?(?:到底)?(?:要什么|要啥|要的是什么)?/g, '补正后申请内容仍不明确'],
  // 「社会组织2件 一个社工服务中心 一个慈善协会 都公开了」: the cases counted, then who each was — a list of as many
  // 「一个X」 as the count says names the applicants; it counts nothing of its own.
  [/((?:^|[^\d])([2-9二两三四五六七八九])\s*件)((?:[\s，,、]+(?:一个|一家|一位|一名)[^\s，,、。；\d]{2,12}){2,9})(?=[\s，,。；]|$)/g,
    // (「上年结转的两件 一个是研究所的 一个是基金会的」 says whose each was: kept.)
    (all: string, head: string, n: string, list: string) => (list.match(/一(?:个|家|位|名)/g)!.length === (parseNumber(n) ?? -1) && !/要|申请|问|查|是/.test(list) ? head : all)],
  // 「3月、6月、9月、12月各更新了一次」: times of the year listed, then 「各N次」 — as many times N as the list holds.
  [new RegExp(`(${TIME_ITEM}(?:[、和及与]\\s*${TIME_ITEM}){1,11})(?:份)?各(?:自)?([^，。；\\d零一二两三四五六七八九十百]{0,6}?)([\\d零一二两三四五六七八九十百]+)\\s*次`, 'g'),
    (_: string, list: string, verb: string, n: string) => `${verb}${list.split(/[、和及与]/).length * (parseNumber(n) ?? 1)}次`],
  // 「来要过他家宅基地审批的材料」「问某小贷公司的处罚决定」「要另一家公司的营业执照」: what an applicant asked for — the
  // words inside it name no row of 表二 and no applicant of 表三 (they had filled 许可 1 and moved cases to 商业企业).
  [new RegExp(`((?:要过?|要的是|来要|索要|申请公开|想看|想要|查阅|调取|问)(?:的是)?)([^，。；\\s\\d]{1,16}?)(?=的?(?:${REQUESTED_DOC}))`, 'g'),
    (_: string, verb: string, span: string) => verb + span.replace(/审批|许可|处罚|强制|公司|企业|律所|律师事务所|研究所|研究院|协会|基金会|村委会|居委会|大学|学校/g, '某方')],
  // 「表三个人那一列」: the table's name, then the column 个人 (no 「三个人」).
  [/表([二三四])(?=个(?:人|体))/g, '表$1 '],
  // 「县政府还没作决定」「法院还没判」: the review or lawsuit is still open (尚未审结), no 「none」.
  [/(?:还|尚|至今|目前)(?:没|未)(?:有)?(?:作|做|出)(?:出)?(?:决定|结果|判决|裁决|复议决定)|(?:还|尚)(?:没|未)(?:有)?(?:判|审完|审结|结案|出结果)(?!的)/g, '尚未审结'],
  // 「四百挂零」「三百挂点零头」: a little over — a vague amount (its 零 is no zero).
  [/挂(?:点|个)?零(?:头)?/g, '多'],
  // Typos of the table's words as clerks type them (「行政复义」「处发」「规犯性文件」「政策jiedu」).
  [/复义|复意|复仪|付议/g, '复议'],
  [/诉松|述讼|诉颂/g, '诉讼'],
  [/公开兰|公开拦|公开蓝/g, '公开栏'],
  [/(?:徐可|许克)(?=决定|事项)/g, '许可'],
  [/公众浩|公重号|公众好/g, '公众号'],
  [/倍训|陪训|培迅|培巡/g, '培训'],
  [/工做(?=人员)/g, '工作'],
  // Pinyin and English for the channels and rows (「weibo和douyin」「website上」「fuyi 0 susong 0」「wx一个 dy一个」).
  [/\bweibo\b/gi, '微博'],
  [/\bdouyin\b|(?<![a-z])dy(?=[\u4e00-\u9fa5\d\s]|$)/gi, '抖音'],
  [/\bwebsite\b|\bwangzhan\b/gi, '网站'],
  [/(?<![a-z])wx(?=[\u4e00-\u9fa5\d\s]|$)|\bweixin\b/gi, '微信'],
  [/\bfuyi\b/gi, '行政复议'],
  [/\bsusong\b/gi, '行政诉讼'],
  // Initials as clerks abbreviate the report's words (「zcjd11篇 hygz6次」「ysq 3件」「gkl 12期」).
  // (Only whole letter runs: 「cf」 inside a file name or an address is no 处罚.)
  ...([['zcjd', '政策解读'], ['hygz', '回应关切'], ['zdgk', '主动公开'], ['ysq', '依申请'], ['ysqgk', '依申请公开'], ['bfgk', '部分公开'], ['bygk', '不予公开'],
    ['gkl', '公开栏'], ['gzh', '公众号'], ['xzfy', '行政复议'], ['xzss', '行政诉讼'], ['gfxwj', '规范性文件'],
    ['xzxk', '行政许可'], ['xzcf', '行政处罚'], ['xzqz', '行政强制'], ['xxclf', '信息处理费']] as const).map(
    ([abbr, word]) => [new RegExp(`(?<![A-Za-z./@])${abbr}(?![A-Za-z./@])`, 'gi'), word] as [RegExp, string]),
  // 「申请量都没超标准」「件数没达到收费标准」: below a threshold, no denial of what is named.
  [/(?:都|也|均)?(?:没有?|未)(?:超过?|超出|超标|达到)/g, '低于'],
  // 「钱一分没收到」: the fee was not paid — nothing of applications received.
  [/钱(?:一分)?(?:都|也)?没(?:有)?收到/g, '未收取信息处理费'],
  [/节转/g, '结转'],
  // 「从去年接过来的申请」: carried over from last year.
  [/(?:从)?(?:去年|上年|上一年)(?:接|转|留|剩)(?:过来|下来)的?/g, '上年结转的'],
  // 「都没来要过信息」「来要信息」: to ask for information is to apply.
  // (Only 来要/要过: 「需要信息」「主要信息」 are other words.)
  [/来要(?:过)?(?:政府)?信息|(?<![需主重想概摘只])要过(?:政府)?信息/g, '申请'],
  [/行证(?=处罚|许可|强制|复议|诉讼)/g, '行政'],
  [/处[发法](?=决定)/g, '处罚'],
  // 「表四都没有」: no review and no lawsuit.
  [/表四(?:里|中|的|那块|这块)?(?:全部|全都|都|全)?(?:没有|无|空着|是空的|空)(?=\s*(?:[，。；,;]|$)|\s+(?:一个|一件|一起)?(?:案子|案件)?(?:都|也)?没有)/gm, '没有行政复议和行政诉讼'],
  // 「没有往下年结的」「没有转到明年的」: 结转下年度 said short.
  [/跨年(?:还)?(?:没|未)(?:有)?(?:答复|办|办理|处理)(?:完|结)(?:的)?|(?:往|到|至)(?:下年|下一年|明年|次年)(?:结|转)(?:的)?|(?<!结)(?:结|转)(?:到|至)(?:下年|下一年|明年|次年)(?:接着办|继续办)?(?:的)?|(?:明年|下年|次年)(?:接着|继续)办(?:的)?/g, '结转下年度的'],
  [/规犯性|规范信(?=文件)|规范姓(?=文件)/g, '规范性'],
  // 「现行61部」「现行的有12件」: in force, said short (「按现行办法制发」 is no count of it).
  [/现行(?:的)?(?:有)?(?=\s*[\d一二两三四五六七八九十]+\s*[件部个])/g, '现行有效'],
  [/jiedu|jie du/gi, '解读'],
  // 「收费0.3万」「收费1.2万元」: an amount in 万 said of 收费 is 表二's 行政事业性收费 (信息处理费 is in 元).
  [/(?<![信息处理性])收费(?:金额)?(?=\s*(?:是|为|有|共)?\s*[\d零一二两三四五六七八九十.]+\s*万)/g, '行政事业性收费'],
  // 「规章废止一部 现行有效三部」: documents counted in 部 after a column word are 件 (「三部门」 stays a word).
  [/(?<=(?:制发|废止|有效|制定|出台|印发)[^，。；\d]{0,3})([\d一二两三四五六七八九十]+)部(?![门分署长委])/g, '$1件'],
  // 「第二十条第八项收费」「第（五）项」: 表二's items by their number in 《条例》第二十条 (from the declaration).
  ...itemRules(),
  // 「过程性的 没给」「属于国家秘密没公开」: after a reason to withhold, 没给/没公开 is the result 不予公开 — no 「none」.
  [/((?:过程性|内部事务|内部管理|讨论记录|国家秘密|涉密|隐私|商业秘密|第三方|执法案卷|三安全一稳定)[^，。；\n]{0,10}?)(?:没有?|未|不)(?:给|公开|提供)(?!过)/g, '$1不予公开'],
  // Reasons for not providing, said as what the office has or would have to do — each is the reason's row, no 「none」:
  // 「我们手上没有」「手里压根没这东西」: the office does not hold it (本机关不掌握).
  // (Only hands: 「我们这边没有」 may deny a review or a count.)
  // (Not of applications or reviews: 「依申请的我们手头没有」「我们手上没有 复议也没有」 deny them.)
  [/(?:手里|手上|手头)(?:也|都|压根|根本|本来就)?(?:没有|没)(?:这(?:个|些|份|种|样的?)?)?(?:东西|材料|文件|资料|信息|数据)?(?![\u4e00-\u9fa5])/g,
    ((m: string, at: number, all: string) => {
      // (The words just before, within the sentence: 「申请了三件 要的是…文件 我们局手里没有」 is of the document;
      // 「给了 复议 手上也没有」 of the review.)
      const head = all.slice(Math.max(0, at - 12), at);
      const before = head.slice(Math.max(0, ...['。', '；', '！', '？', '\n'].map((c) => head.lastIndexOf(c) + 1)));
      const after = all.slice(at + m.length, at + m.length + 12);
      const k = before.search(/申请|复议|诉讼/);
      const ofApplications = k >= 0 && !/要/.test(before.slice(k));
      return ofApplications || /复议|诉讼|申请/.test(after) ? m : '本机关不掌握';
    }) as unknown as (...groups: string[]) => string],
  // 「要竞争对手的抽检报告原件 …原件我们局里根本没有」: after what was asked for, 「(we) don't have (it)」 closing its
  // part is the office not holding it. (「复议 我们局里没有」 names no document: a denial, left alone.)
  [/(?<=(?:原件|(?<!规范性)文件|档案|材料|资料|报告|合同|批复|数据|名单|记录|东西|底档|图纸|方案|台账|明细)[^，。；\n]{0,12}?)(?:我们|我局|本局|局里|单位里|镇里|乡里|街道里|这边|这里|这儿)+(?:里|手上|手里)?(?:也|都|压根|根本|本来就|确实|就)?(?:没有|没)(?=\s|$|[，。；,;])/gm, '本机关不掌握'],
  // 「没这种现成的表」「没有现成的数据 得重新统计」「要我们专门给他统计一份」: it would have to be made (另行制作).
  // (「没有现成的数 个人申请我数了一下」: the clerk's own figure, no reason.)
  [/(?:没有?|无)现成的?(?:数(?!据)|数字|统计数)/g, '暂无统计数'],
  [/(?:没有?|无)(?:这种|这样的?|这个|这类|这份)?现成的?(?!数|统计)/g, '没有现成'],
  // (Only for the applicant: 「我得重新统计一下」 is the clerk recounting.)
  // (Only for what was asked for — 「要的东西得另外做」「人家要我们汇总… 得重新做」 —: 「我得重新统计一下」 is the clerk recounting.)
  [/(?:得|要|需要|需)?(?:我们)?(?:得|要|需要)?(?:重新|专门|另外|单独)(?:给他|为他|给人家|给申请人)?(?:统计|整理|汇总|制作|做)/g,
    ((m: string, at: number, all: string) => {
      const before = all.slice(Math.max(0, all.lastIndexOf('\n', at) + 1, at - 24), at);
      // (Not a superior's request — 「领导要我们重新做一下表三」 — nor one made and given: 「单独给他整理了一份 给了」.)
      const forApplicant = /(?:他|她|人家|对方|申请人|老汉|大爷|村民|居民|公司|企业|律所|件|个)?要(?:的|我们|了)|想要|给他|为他/.test(before + m) && !/领导|上级|局里|县里|市里/.test(before);
      const given = /^[^，。；]{0,8}?(?:给了|给他了|提供了|拿走了)/.test(all.slice(at + m.length));
      return forApplicant && !given && /得|要|需|给他|为他|给人家|给申请人/.test(m) ? '需要另行制作' : m;
    }) as unknown as (...groups: string[]) => string],
  // 「处理费收了1500块」: the fee for answering applications, said short.
  // (Only where no other word ends in it: 「污水处理费」「垃圾处理费」 are 行政事业性收费.)
  [/(?<=^|[\s，。；,;：:的这那个申请])处理费/g, '信息处理费'],
  // 「今年没追过谁的责」: no 追究责任.
  [/追(?:了|过)?(?:谁|任何人|哪个人?)?的?责(?!任)/g, '追究责任'],
  // Spoken negations (「一件都木有」「么有」): 没有.
  [/木有|么有|冇有|冇/g, '没有'],
  // 「收费通知书发了没」「你那边有记录没」: 没 closing a question after 了/过/有 asks — it denies nothing.
  // (After 有… only a bare 没: 「现行有效的没有」 is none of the 现行有效.)
  [/((?:了|过)(?:没有|没)|有(?!效)[^，。；\s]{0,6}?没)(?=\s*(?:[？?。，,！!]|$))/gm, (m: string) => `${m.replace(/没有?$/, '')}吗`],
  // 「刚才发的收到没」「弄好没」: a verb's result then 没 closing the message asks; it denies nothing.
  [/(?<=[\u4e00-\u9fa5](?:到|完|好|清|齐))(?:没有|没)(?=\s*(?:[？?。，,！!]|$))/gm, '吗'],
  // 「打算明年开始收信息处理费 今年没收」: a space before another year's word starts a clause with its own time.
  [/(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=(?:今年|本年|全年|去年|上年|明年|下一年)(?!度?结转)[\u4e00-\u9fa5])/g, '，'],
  // 「今年没有新出台规范性文件 废止的倒有两件」: a denial, then a part set against it (倒/但/却) with its own count — two clauses.
  [/((?:没有|没|未)[^\s，。；\d]{1,12})[ \t\u3000]+(?=[^\s，。；\d]{0,6}(?:倒|但|却|可是|而)[^\s，。；\d]{0,4}[\d一二两三四五六七八九十]+\s*[件条个篇次起部])/g, '$1，'],
  // 「依申请都没有 个人申请了两件」: 「都没有」 closes its clause; typed without punctuation, the space is the comma.
  [/((?:都|也)(?:没有|没|无)(?:了)?)[ \t\u3000]+(?=[\u4e00-\u9fa5])/g, '$1，'],
  // (So do 「规章我们没有 …」 and 「政策解读没发 …」: a negation after its subject, or of a verb, before a space.)
  // 「处罚那个改成54 规章没有」: after a number, a space then a subject said to be none is a clause of its own.
  [/(\d)[ \t\u3000]+(?=[\u4e00-\u9fa5]{2,10}?(?:都|也)?(?:没有|没|无)\s*(?:[，。；,;]|$))/gm, '$1，'],
  // (「法人没有申请 个人申请九件」「自然人的没有 都是…」 too.)
  [/((?:我们|咱们|我这|这边|的)(?:都|也)?(?:没有|没)|没有?人(?:提|来|申请|要)?(?:过)?|(?:没有?|未)(?:发|出|搞|开展|做|办|收|弄|组织|制发|发布|申请|提|来)(?:过|了)?(?:新的?)?)[ \t\u3000]+(?=[\u4e00-\u9fa5])/g, '$1，'],
  // 「复义没有 公众好发了五百三」「公开栏没用 网站发了107条」: a subject said to be none, then a space and another
  // subject with its count — two clauses.
  [/(?<=[\u4e00-\u9fa5]{2})((?:没有|没|无|未)(?:来|去)?(?:用|写|发|搞|做|出|办|开|报|申请|提|废止|制发|制定|出台)?(?:过|了)?(?:的)?)[ \t\u3000]+(?=[\u4e00-\u9fa5]{1,10}[\d一二两三四五六七八九十百千])/g, '$1，'],
  // Negations said around their noun: 「没有追究谁的责任」 is no 追究责任; 「没打过官司」 no lawsuit;
  // 「没有向申请人收过费」 no fee charged.
  [/追究(?:了|过)?(?:谁|任何人|哪个人?|什么人|个人|人员|干部)?的?责任/g, '追究责任'],
  [/(?:打|吃)(?:过|了)?(?:什么|任何)?官司/g, '打官司'],
  // (the applicant pays only the 信息处理费: 「没向申请人收过钱」 is that fee, not 表二's 行政事业性收费)
  [/(?:没有?|未|不)(?:曾)?(?:向|对|跟|找|问)(?:信息公开)?申请人(?:收取?|收过|要过?)(?:过|了)?(?:任何)?(?:费用|费|钱)/g, '未收取信息处理费'],
  [/((?:没有?|未|不)(?:曾)?)(?:向|对|跟|找|问)(?:申请人|群众|老百姓|企业|公司|任何人|个人|谁|人)(?:家)?(?:收取?|收过|要过?)(?:过|了)?(?:任何)?(费用|费|钱)/g, '$1收取$2'],
  // 「都在规定期限内答复了」「15个工作日以内就回复了」: answered within the time limit → 按期办结.
  [/(?:在|于)?(?:规定|法定|法律规定)(?:的)?(?:期限|时限|时间|期限内)(?:内|之内|以内)?(?:就|都)?(?:作出了?|做出了?)?(?:答复|回复|办结|办完|处理完?|答复完)(?:了)?/g, '按期办结'],
  [/(?:在)?(?:[\d一二两三四五六七八九十]+)个?工作日(?:以内|之内|内)(?:就|都)?(?:答复|回复|办结|办完|处理完?)(?:了)?/g, '按期办结'],
  // 「去年收了50元今年没收」: this year's negation after last year's figure is a statement of its own.
  [/([\d零〇一二两三四五六七八九十百千万]\s*(?:元|块钱|块|件|条|次|篇|个|起|场|期))(?=(?:今年|本年|今年度)(?:都|也|就|却|还|倒)?(?:没|未|不))/g, '$1，'],
  // 「收费通知书两张」「开了3张缴费通知」: notices counted in 张 are so many 份.
  [/(?:缴费|交费)通知/g, '收费通知'],
  [/((?:收费|缴费|交费)?通知书?[^，。；\d]{0,3}?[\d一二两三四五六七八九十]+)张/g, '$1份'],
  [/([\d一二两三四五六七八九十]+)张(?=(?:收费|缴费|交费)通知)/g, '$1份'],
  // 「规范性文件发了两件 废止一件」: 「发了」 set against 废止 or 现行有效 in the same sentence is 制发 (alone it is asked).
  [/((?:行政)?规范性文件|规章)((?:今年|本年|全年|一共|共)?)(?<!没有?|未)(?:下)?发(?:布|出)?了(?=[^。；\n]*(?:废止|有效|失效))/g, '$1$2制发了'],
  // 表三 reasons said in plain words — the 「公开」 inside a reason is no 予以公开:
  // 「法律法规明确不让公开」 is 法律行政法规禁止公开; 「公开出版的年鉴」 is a 公开出版物.
  [/法律(?:行政)?法规(?:上|里)?(?:明确|明文|有)?(?:规定)?(?:了)?(?:不让|不准|不许|禁止|不得|不能|不允许)(?:对外)?公开/g, '法律法规禁止公开'],
  [/(?:已经|已)?公开(?:出版|发行|印发)(?:过)?的?(?:年鉴|书籍?|图书|刊物|期刊|杂志|报纸|资料|志书|地方志|出版物)/g, '公开出版物'],
  // 「要执法卷宗的」「要执法档案」: 行政执法案卷.
  [/(?:行政)?执法(?:卷宗|档案|案卷材料|卷)/g, '执法案卷'],
  // 「补完还是看不懂要什么」「补正了还是说不清」: 补正后申请内容仍不明确.
  [/补(?:正|完|了|过)(?:了|以后|之后|后)?(?:材料)?[^，。；\n]{0,4}?(?:还是|仍然|依然|仍|也还是|还)(?:看不懂|不明确|不清楚|说不清|搞不清|不知道)(?:要什么|要的是什么|申请什么)?/g, '补正后仍不明确'],
  // 「叫他补材料他一直没补」: 逾期不补正.
  [/补(?:材料|正)[^。；\n\d]{0,7}?(?:一直|始终|到期|逾期|过期|最后)?(?:都|也)?(?:没有?|未|不)(?:补|交)(?:上来|过来|材料)?/g, '逾期不补正'],
  // 「交费期限过了也没缴」: 逾期未缴纳费用.
  [/(?:交|缴)(?:费|款)(?:的)?(?:期限|时间|日期)(?:都|已经|已)?(?:过了?|到了?)[^，。；\n]{0,3}?(?:没有?|未|不)(?:缴|交)(?:费|钱|纳)?/g, '逾期未缴纳费用'],
  // 「确认他手里那份文件是不是真的」: 要求确认或重新出具已获取信息.
  [/(?:确认|核实|鉴定|看看|证明)[^，。；\n]{0,14}?(?:是不是真的|是否真实|是不是真实的|真不真|真假|是真是假)/g, '确认真伪'],
  // 「同一个人第二回来要一模一样的东西」: 重复申请 too.
  // (Only with the same person or the same thing said: 「第二次申请的那件予以公开了」 is no repeat.)
  [/(?:是)?同一个?人第[二两三](?:回|次|遍)(?:来)?(?:要|申请)(?:了)?(?:一模一样|一样|同样|相同)?(?:的)?(?:东西|内容|信息|材料)?|(?:是)?第[二两三](?:回|次|遍)(?:来)?(?:要|申请)(?:了)?(?:一模一样|一样|同样|相同)(?:的)?(?:东西|内容|信息|材料)?/g, '重复申请'],
  // 「同一个人同样的内容又申请了一件」: 重复申请.
  [/(?:同一个?人|同一申请人|同一家)?(?:的|用|拿|就|把)?(?:同样|相同|一样)的?(?:内容|事项|信息|问题)[^，。；\n]{0,3}?(?:又|再次|再|重复)(?:来)?申请(?:了)?/g, '重复申请'],
  // 「第三方8」「第三方的3件」: a count right after 第三方 is the row 保护第三方合法权益 (「征求第三方意见」 is a procedure).
  // (Not consulted — 「书面征求了第三方3件 都同意公开了」 — nor agreed to and disclosed.)
  [/(?<!(?:征求|征询|听取|涉及|向)[^，。；\s]{0,3})第三方(?=的?\s*(?:\d+|[一两二三四五六七八九十]+\s*件)(?![^，。；]{0,8}(?<!不)同意))/g, '第三方权益'],
  // 「遮了再给的」「把别人的身份证号涂掉后提供」「打码以后公开」: given with a part hidden is 部分公开.
  [/(?:遮(?:挡|掉|住|盖)?|涂(?:掉|黑|抹)?|打(?:了)?码|隐去|隐藏|抹(?:掉|去)|删(?:掉|去|除)|屏蔽|脱敏)(?:了|处理)?[^，。；\n\d不没未]{0,4}?(?<![不没未])(?:再|后|以后|之后|然后)(?:才)?(?:给|提供|公开)(?:的|了|给他|给她)?/g, '部分公开'],
  // 「做了区分处理，部分公开」: 区分处理 is how 部分公开 is done (one statement).
  [/(?:做了|作了|进行了|予以)?区分处理(?:了)?[，\s]*(?=部分公开)/g, ''],
  // 「通知他补正 他过了时间没动静」: no 补正 within the time — 逾期不补正.
  [/补正[^。；\n\d]{0,16}?(?:过了时间|过了期限|逾期|过期|超期|到期)?[^。；\n\d]{0,8}?(?:没动静|没补|没有补|不补|没回音|没回应|没理|没下文)/g, '逾期不补正'],
  // 「复议机构把答复撤了」「法院把我们的告知书撤销了」: our reply revoked by the reviewing body or court — 纠正.
  [/(?:复议机关|复议机构|复议部门|上级|法院|法官)(?:把|将)(?:我们|我局|我镇|本机关)?的?(?:答复|决定|告知书?|答复书|处理决定)(?:给)?撤(?:销)?(?:了|掉了?)?/g, '撤销'],
  // 「法院把他的诉求驳回了」: the claim rejected on its merits — 驳回诉讼请求 (维持); 「驳回复议申请」 likewise.
  [/(?:把|将)(?:他|她|对方|原告|申请人|人家)?的?(?:诉求|诉讼请求|请求)(?:给)?驳回(?:了)?/g, '驳回诉讼请求'],
  [/(?:把|将)(?:他|她|对方|申请人|人家)?的?复议申请(?:给)?驳回(?:了)?/g, '驳回复议申请'],
  // 「里面有第三人的个人信息 遮挡以后提供的」: 个人 before 信息/隐私/电话 is what was withheld, never an applicant.
  [/个人(?=信息|隐私|电话|资料|身份|住址|号码|手机)/g, '私人'],
  // 「县政府给我们撤了2个」: the reviewing government or court revoked ours (纠正), said without the thing revoked.
  [/(?:政府|复议机关|复议机构|复议部门|上级|法院|法官)(?:给|把)(?:我们|我局|我镇|本机关)(?:的)?(?:答复|决定|告知书?|答复书)?撤(?:销)?(?:了|掉了?)?/g, '撤销'],
  // 「复议2件，1件申请人中途撤了」: in a sentence of review or lawsuit, a withdrawal is 撤诉 (其他结果).
  [/(?<=(?:复议|诉讼|官司|法院|起诉)[^。；\n]*)(?:申请人|原告|对方|当事人)?(?:自己|后来|中途|主动)*(?:撤了|撤回了?|撤掉了|撤诉了?)(?:复议申请|申请|诉讼|起诉)?/g, '撤诉'],
  // 「申请人自己不要了，撤了」: an application withdrawn (撤回) — in a sentence of no review or lawsuit.
  [/(?<![复议诉讼官司法院起告][^。；\n]*)(?:自己)?(?:不要了|不申请了|不想要了)?[，\s]*(?:又|就|后来|主动)?撤(?:了|回了|掉了)(?:申请)?(?![^。；\n]*(?:复议|诉讼|官司|法院|起诉))/g, '撤回申请'],
  // 「规章我们没有制定权」: no power to make them — not this agency's business (a question), not 制发 0.
  [/(?:我们|本机关|我们镇|乡镇)?(?:没有|没|无)(?:规章)?(?:制定|制发|立法)(?:的)?(?:权|权限|职权)/g, '不归本机关管'],
  // 「信息处理费没收到」「钱也没到账」: the fee was not received — not 「no application received」.
  // (「钱没收上来」: money is the fee the applicant was to pay.)
  // (「钱还没到账」「钱还没收到」: not yet — nothing said of whether it was charged, and no count denied.)
  [/(钱|款|费用)(?:也|都)?还(?:没有|没|未)(?:收到|到账|收上来|交上来)/g, '$1待到账'],
  [/(信息处理费|处理费|费用|钱|款)(?:也|都)?(?:没有|没|未)(?:收到|到账|收上来)/g, (_: string, w: string) => `${/^(?:钱|款)$/.test(w) ? '信息处理费' : w}未收取`],
  // 「没收到钱」「一直没拿到费用」: the same, said verb first.
  [/(?:一直|也|都|还)?(?:没有|没|未)(?:收到|拿到|收着)(?:任何)?(?:钱|费用|款项?)/g, '，信息处理费未收取'],
  // 「没有一个人来申请」「没人申请」: nobody applied — no application at all, not one person's column
  // (「没人申请复议」 is about 复议).
  [/(?:没有|没|无)(?:一个)?人(?:来|提出|提交|提)?(?:申请|要求公开)(?!过?(?:行政)?(?:复议|诉讼))(?:过)?/g, '没有收到申请'],
  // 「A、B、C分别为x、y、z」 pairs each name with its number (never their sum).
  // (「许可 处罚 强制 分别是 85 12 3」「公开栏四个季度分别是5期 6期 4期 7期」: spaces part them too, each figure may carry
  // its unit.)
  [new RegExp(`([^，。；：:\\n]{2,40}?)分别(?:为|是|有|发布了|发了|发布|办了|收到了?|推送了?|推了|开展了?|举办了?|组织了?|受理了?|办理了?|公开了?)?\\s*((?:${NUMS}\\s*(?:${UNITS})?(?:\\s*[、和及]\\s*|\\s+))+${NUMS})\\s*(${UNITS})?(?![\\d\\u4e00-\\u9fff])`, 'g'),
    (m: string, names: string, nums: string, unit?: string) => respectively(m, names, nums, unit)],
  // 「去年没办完转过来的」「2023年没办结转到今年的」: unfinished last year and carried into this one → 上年结转.
  [new RegExp(`(?:从|由)?(?:20\\d\\d年|${LAST_YEAR})(?:年底|底)?(?:还)?(?:没有?|未)(?:办结|办完|答复完?|处理完)(?:的)?[，,]?\\s*(?:结)?转(?:到|至|入|进)?(?:今年|本年度?|这一?年)?(?:过来|来)?(?:的)?`, 'g'), '上年结转的'],
  // 「从去年转过来的」「上一年度结转过来」「去年遗留下来的」 → 上年结转 (a row, not last year's figure).
  // (「去年年底压下来的」「前一年剩下没办完的」: the same, said of the year's end and of what was left.)
  [new RegExp(`(?:从|由)?${LAST_YEAR}(?:年底|年末|底|末)?(没有|没|无)?(?:结转|转|遗留|留|跨年|压|积压|剩下|剩余|剩|滞留)(?:过来|下来|来)?(?:的)?(?:(?:没有?|未)(?:办结|办完|处理完|答复完?)的?)?`, 'g'), '$1上年结转的'],
  // 「上年的1件结转过来的」: the count between 上年 and 结转.
  [/(?:上年|去年|上一年度?)的?([\d一二两三四五六七八九十]+件)(?:结转|转)(?:过来|下来)?的?/g, '上年结转的$1'],
  // 「去年12月底收到、今年1月才答复的」: received last year, answered this year — carried over.
  [/(?:去年|上年|上一年)[^，。；]{0,8}(?:收到|受理|接到|申请)的?[、，]?(?:今年|本年)[^，。；]{0,8}(?:答复|办结|办理|处理)的/g, '上年结转的'],
  // 「转到下一年办理」「留到明年办」「结转至次年」 → 结转下年度.
  [new RegExp(`(?:结转|转|留|顺延|延)(?:到|至|入|进)?${NEXT_YEAR}(?:继续)?(?:办理|处理|办|答复)?`, 'g'), '结转下年度'],
  // 「有两件 申请人是个人」「申请人都是企业」: the applicants of the counts said — all of them this column.
  [/(?<![的])申请人(?:是|为)(?=个人|自然人|群众|老百姓|村民|居民|市民|企业|公司|律所|律师|科研|高校|大学|研究所|社会组织|公益组织|协会|基金会)/g, '申请人都是'],
  // 「那个人次改成130」: 那个 before 人次, not 个人 (an applicant).
  [/(?<=[那这哪])个(?=人次)/g, ''],
  // 「上一条的公开栏写错了」「第二条那个人次改成130」: a message of this conversation pointed at, no count of anything.
  [/(?:上一?条|前一条|刚才那条|上一句|第[一二三四五六七八九1-9]条(?=\s*(?:那个|那句|说的|消息|里的?|的那)))(?:消息|信息|说的)?(?:里|中)?(?:的)?/g, '刚才'],
  // 「收费写错了 是一万两千五百元」「通知书那个数不对 应为4份」: the subject named before the error word is the one the
  // new value is of (else the value is read without it and lands on the last one given). No numeral in the subject:
  // in 「发了三百条不对 是310条」 the words before 不对 hold the value taken back, not a name.
  // (「刚才说错了，应该是…」 names nothing: 说 is no subject's word.)
  [new RegExp(`((?:(?![零〇一二两三四五六七八九十百千万说刚])[\\u4e00-\\u9fa5]){2,10}?)(?:那个数|这个数|的数字?|那(?:一)?行|那(?:一)?项|那个|这块)?(?:我|刚才|之前)?(?:写|记|填|弄|搞|打|报|算|看|听)?(?:错了|岔了|不对|有误)[，,。\\s]*(?:应该|应|实际|其实)?(?:是|为)\\s*(?=${NUMS})`, 'g'),
    (m: string, subject: string) => {
      const core = subject.replace(/[看听写记填弄搞打报算]$/, '');
      return core.length < 2 || FILLER.test(core) ? m : `${core}是`;
    }],
  // 「处罚决定有的台账记九十 有的记一百零九」: two records of one figure — the second 「有的」 is of the same subject
  // (then both are read as that subject's, and two figures for one place are asked).
  [/(^|[，。；,\n\s])((?:(?!有的)[^，。；,\n\s\d]){2,10}?)(有的[^，。；,\n\s]{0,6}?(?:记|写|说|算|统计|报)[^，。；\n]*?[\s，,]+)(?=(?:也有的|另有的|有的)[^，。；,\n\s]{0,6}?(?:记|写|说|算|统计|报))/g, '$1$2$3$2'],
  // 「要求我们新做一个统计表」「给他出具一份证明」: a thing made or asked for, not a count of one.
  [/((?:做|制作|出具|弄|搞|汇总|整理|统计|要|给)(?:了)?)一(?:个|份|张|本|套)(?=(?:新的|专门的)?(?:统计)?(?:表|证明|材料|说明|清单|名单|汇总|台账|复印件))/g, '$1'],
  // 「另一个表上写的650条」「另一份台账」: another record, not a count of one.
  [/另(?:外)?一(?:个|份|张|本|套)(?=(?:表|台账|本子|系统|报表|统计|记录|账))/g, '另'],
  // 「许可三十一 处罚九」: a single-digit numeral right after a 表二 row's name, ending its statement, is its count.
  [/(许可|处罚|强制|收费)([一二两三四五六七八九])(?=$|[\s，,。；])/g, (_: string, row: string, d: string) => `${row}${'一二三四五六七八九'.indexOf(d === '两' ? '二' : d) + 1}`],
  // 「直接告的一件」「直接去法院告了」: a lawsuit without review first.
  [/直接(?:去|到|上)?(?:法院)?(?:告|打官司)(?:的|了)?/g, '直接起诉的'],
  // 「有两件是问的讨论稿 没给 个人的」: after a count, 「没给」 is how those were answered (不予公开), not 「none」.
  // (「我跟他讲不是不给你」 denies a refusal: no result.)
  [/(?<=[\d一二两三四五六七八九十]+\s*件[^。；\n]{0,30}?)(?<!不是|并不是|也不是)(?:也)?(?:没有给|没给|不给)(?![全了他她们你您])/g, '不予公开'],
  // 「重复来申请的」「重复地要」: 重复申请.
  // (「大量反复申请」 is its own reason.)
  [/(?<!大量|反)重复(?:来|地)(?:申请|要)(?:的)?/g, '重复申请的'],
  // 「…所以不公开」「按规定没给」 closing a sentence about what an applicant asked for: how it was answered (不予公开),
  // never 「none」 of anything named in it (a 0 of the reason, or of 表二's 处罚 in 「处罚案子的卷宗」).
  [/(?<=(?:要|申请|想要|问)[^。；\n]{2,40}?)(?:所以|因此|就|按规定|依法|也)?(?:没有给|没给|不给|不公开|未公开)(?:了)?(?=\s*(?:$|[。；\n]))/g, '，结果是不予公开'],
  // 「还在讨论没定下来的方案」: a draft under discussion (过程性信息), no negation of anything.
  [/(?:还)?(?:在讨论)?(?:还)?(?:没|未)(?:有)?(?:定下来|定稿|最终确定|敲定)(?:的)?/g, '讨论稿的'],
  // 「无一人被问责」「无一例」: none, not a count of one.
  [/(?:无|没有)一(?:人|例|起|件|次|个)/g, '没有'],
  // 「政务公开专区一处」「查阅点3处」: places counted in 处 (elsewhere 处 counts nothing of the report).
  [/((?:专区|查阅点|查阅室|阅览室|公开点|查阅场所)[^，。；\d]{0,6}?)([\d一二两三四五六七八九十]+)\s*处(?![罚理分置])/g, '$1$2个'],
  // Dialect and spoken negations: 「莫得」「么得」「冇」「木有」「没得」 are 没有.
  [/莫得|莫有|么得|冇得?|木有|没得(?![到])/g, '没有'],
  // 「公开栏贴了六十二张」: sheets posted on a board are the items it published.
  [/(公开栏[^，。；]{0,8}?(?:贴|张贴|贴出|公布|公示)(?:了|出)?)\s*([\d一二两三四五六七八九十百千]+)\s*张(?:公告|通知|信息)?/g, '$1$2条'],
  // 「更新了一趟」: 趟 counts times like 次.
  [/([\d一二两三四五六七八九十]+)\s*趟/g, '$1次'],
  // 「处罚那个是六十八 少算了十二月的」: the months left out say why the figure was wrong; the figure is the year's.
  [/((?:少|漏)(?:算|统计|计|报)了?)(?:[一二三四五六七八九十\d]{1,3}月(?:份)?|[一二三四1-4]季度|上半年|下半年|年底|年初)(?:的|那些)?(?:数)?/g, '$1'],
  // 「13件 漏了一件」: after the corrected count, what was missed is the reason, no second value.
  [/((?:\d+|[一二两三四五六七八九十百]+)\s*件[^，。；\d]{0,3}?)(?:漏|少)(?:了|算了|记了|登了|数了|登记了)(?:一|1)件(?![\d一二两三四五六七八九十])/g, '$1漏了'],
  // 「嗯十七 刚才听错了」: a filler before a number said alone is no word of its subject.
  [/^(?:嗯|哦|噢|啊|呃|额)+(?=[零〇一二两三四五六七八九十百千\d])/gm, ''],
  // 「许可决定1w2 处罚3k」「1k多」: w and k as clerks type 万 and 千.
  [/(\d+(?:\.\d+)?)\s*[wW](\d)?(?![a-zA-Z\d])/g, (_: string, a: string, b?: string) => String(Math.round(Number(a) * 10000 + (b ? Number(b) * 1000 : 0)))],
  [/(\d+(?:\.\d+)?)\s*[kK](?![a-zA-Z\d])/g, (_: string, a: string) => String(Math.round(Number(a) * 1000))],
  // 「废的是4个」: 废止 (not 「没废的」, which are still in force).
  [/(?<![没未不])废的(?=是|有|\s*[\d一两二三四五六七八九十])/g, '废止的'],
  // 「没废的有12件」: the ones not repealed are the ones in force.
  [/(?:没|未|没有)(?:被)?(?:废|废止|废掉)的(?=是|有|还有|\s*[\d一两二三四五六七八九十])/g, '现行有效的'],
  // 「去年没办完拖到今年的」: carried in from last year, never next year's.
  [/(?:去年|上年|上一年)(?:没|未)(?:办完|办结|处理完|答复完)(?:的)?(?:拖|转|留|延)?(?:到|至)?(?:今年)?(?:来)?(?:的)?/g, '上年结转的'],
  // 「今年企业又来了5件」: this year's applications after last year's carried ones (「年底又来了1件」 stays a part of the year).
  // (Only before a count of cases: 「今年局里又来了两个人」 is no application.)
  [/(今年|本年)([^，。；\s\d]{0,6}?)(?:又来了|又收了?|(?<!重)新(?:申请|递交|交)了?)(?=[^，。；\s\d]{0,4}?[\d一两二三四五六七八九十百]+\s*件)/g, '$1$2新收'],
  // 「没全给」「给了一部分」: some of it disclosed — 部分公开.
  // (「部分给了部分没给的」「老的那件给了部分」「只给了一半」 too.)
  [/部分给了[，,\s]*部分没给(?:的)?|给了一部分[，,\s]*没给一部分(?:的)?|没(?:有)?全(?:部)?给|没给全|只给了一部分|给了一部分|(?:只|就)?给了(?:一)?(?:部分|一半|半截)(?![的人])/g, '部分公开'],
  // 「许可 2千5 处罚 四十一」: a 表二 row's name, a space, then its number — one pair (the space only separates pairs).
  [/(许可|处罚|强制|事业性收费|行政收费)[ \t\u3000]+(?=[\d一二两三四五六七八九十百千万])/g, '$1'],
  // 「一件不落全公开了」: every one, no count of one.
  [/一(?:件|个|条|项)不落(?:地)?/g, '全部'],
  // 「跟去年一个样」: the same, no count of one.
  [/一个样|一模一样/g, '一样'],
  // 「跟去年一个数」: the same figure as last year, no count of one.
  [/((?:跟|和|与|同)(?:去年|上年|往年))一个数/g, '$1一样'],
  // 「申请过两回」: 回 counts times like 次 (not 回复、回应、回访、回头).
  [/([\d一二两三四五六七八九十]+)\s*回(?![事复答应访头来去收])/g, '$1次'],
  // 「这是去年报告的一句：全年共开展培训5次」: a line quoted from last year's report is last year's, whatever it says.
  [/((?:去年|上一?年度?|20\d\d年度?)(?:的)?(?:年度)?(?:年报|报告)(?:里|中|上)?(?:的)?(?:一句|一段|原文|原话|内容|写的|写着|是这么写的)?(?:话)?[：:])([^\n]*)/g,
    (_: string, lead: string, rest: string) => `${lead}去年${rest.replace(/全年|本年度?|今年/g, '')}`],
  // 「有个人去法院告了我们」「把我们告到法院」: a lawsuit against this agency.
  [/(?:去|到|上)法院(?:把我们|将我们)?告(?:了)?(?:我们|本机关|我局|我镇|我街道|我办)?|(?:把|将)(?:我们|本机关|我局|我镇)告(?:了|到法院|上法院)/g, '起诉'],
  // 「六改九」「72改27」: the old figure changed to the new one (改 alone, between two numbers).
  [/(?<=[零〇一二两三四五六七八九十百千万\d])\s*改\s*(?=[零〇一二两三四五六七八九十百千万\d])(?!一下)/g, '改成'],
  // 「罚的那个多敲了个8 应该是8件」: a digit typed twice names a slip, not a count of 8 (the new figure follows).
  [/多(?:敲|打|输|按|写)了(?:一)?个([1-9])(?![\d件条篇次个人])/g, '多打了一位'],
  // 「末尾那个零是多的」「最后一个0是多打的」: a zero too many, said the other way round (no number of its own).
  [/(?:末尾|最后|后面|后边)?(?:那个|那|一个)?(?:0|零)是多(?:余)?(?:打|写|输|按|敲)?的/g, '多打了个零'],
  // 「规章三项均为0」: every column of the row (「三项」 counts the columns, it is no figure).
  [/(?:[三3两2]|这几|几)(?:项|列)(?=\s*(?:均|都|全)(?:为|是))/g, '各项'],
  // 「没人告我们」: no lawsuit; 「没人交申请」: no application (交/递/提 are how one is handed in).
  [/(?:没人|没有人|没谁)(?:来)?(?:告|起诉)(?:过)?(?:我们|我局|我镇|我乡|咱们)/g, '没有行政诉讼'],
  [/(?<=没人|没有人|没单位|没谁)(?:来)?(?:交|递交|递|提交|提)(?:过)?申请/g, '申请'],
  // 「没先走复议」「没经过复议就去起诉」: a lawsuit without review first (未经复议直接起诉), no review denied.
  // (「没复议 直接去法院告」: the verb left out.)
  [/(?:没有?|未)(?:先)?(?:走|经过?|申请|提)?(?:过)?(?:行政)?复议(?:程序)?(?:就|直接)?(?=[，,\s]*(?:就|直接)?(?:去|到|上)?(?:法院|起诉|告|打官司))/g, '未经复议直接起诉'],
  // (Only with a lawsuit said after it, not denied: 「没提复议 也没去法院告」 is neither.)
  [/(?:没有?|未)(?:先)?(?:走|经过?|申请|提)(?:过)?(?:行政)?复议(?:程序)?(?:就|直接)?(?=([^。；\n]{0,16}))/g,
    // (「有个人去法院告了我们，没先走复议」: the lawsuit said before it counts too.)
    (...g: string[]) => {
      const [all, rest, at, text] = [g[0], g[1], Number(g[2]), g[3]];
      const sentence = text.slice(Math.max(0, text.lastIndexOf('。', at) + 1), at) + rest;
      return /(?<!没|没有|未|不|没去|没有去|未去|不去|没到|没上)(?:去|到|上)?(?:法院|起诉|告(?!诉)|打官司)/.test(sentence) ? '未经复议直接起诉' : all;
    }],
  // 「个人的三件和企业的一件都予以公开了」: a result said of two counts at once is each count's result.
  [new RegExp(`((?:${APPLICANTS})的?${COUNT}件)(?:和|、|及|以及|跟)((?:${APPLICANTS})的?${COUNT}件)(?:都|全都|全部|均)([^，。；\\s]{2,14})`, 'g'), '$1$3，$2$3'],
  // 「一个都没废止」「一次也没搞」「一件都没有」「一条没发」: the 「一」 is no count, the clause is a negation.
  [/(?<![\d.])(?:一|1)[个件次条篇起项场期份人名家]?(?:都|也)(?=没|未|不)/g, '都'],
  // (「一条没发」: an action not done; 「一件没有现成信息」 is one application's reason, kept.)
  // (「还有一件没判下来」「有一件没办完」: one that is left — a count.)
  [/(?<![\d.一二三四五六七八九十百千万有剩])一[个件次条篇起项场期份](?=(?:没有?|未)(?:发|推|更新|办|收|受理|开展|组织|搞|做|出|下|作|判|罚))/g, '都'],
  // 「多打了个0」「少打了一个0」: a slip of the keyboard, said to correct the figure — its 0 is no value.
  [/(?:多|少)(?:打|写|输|敲|填)?了?(?:一)?个\s*(?:[0-9]|[零一二三四五六七八九])(?![0-9])/g, '写错了'],
  // 「依申请收费这块…免收了」: the fee for answering applications, waived.
  [/依申请(?:公开)?(?:的)?(?:收费|费用)/g, '信息处理费'],
  // 「依申请公开收了信息处理费三百元」: the service named before its fee is no count of applications.
  [/依申请(?:公开)?(?:工作)?(?:中|的|方面)?(?=\s*(?:共)?(?:收了?|收取了?)?\s*(?:信息)?处理费)/g, ''],
  [/(信息处理费[^，。；\n]{0,12}?)(?:按规定)?免(?:收|费|除)了?/g, '$1未收取'],
  // 「依申请公开收取费用 共计三百元」: the fee charged for answering applications is the 信息处理费.
  [/依申请(?:公开)?(?:的)?(?:收取|收了?|收)(?:了)?(?:的)?费用/g, '收取信息处理费'],
  // 「规章一个都没废」「没废过」: 废 alone is 废止.
  [/(没有?|未)废(?!止|除)/g, '$1废止'],
  // 「律所的申请没有部分公开也没有予以公开」: a result denied — said the way round the reader takes (「予以公开没有」).
  [/(?:没有|没)(予以公开|部分公开|全部公开)/g, '$1没有'],
  // 「全年零申请」: no application.
  [/零申请/g, '没有申请'],
  // (「一件没公开」 is one application not disclosed — of the several spoken of — not 「none disclosed」.)
  // (「企业一家没来申请」: 家/位/名 count applicants the same way.)
  [/(?<![\d.零〇一二两三四五六七八九十百千万第这那哪每有剩])(?:一|1)[个件次条篇起项场期份家位名](?=(?:没|未)(?!有?(?:公开|给|答复|办结|办完|处理|提供|批|通过|补正|缴|交|现成|掌握|这个|相关|该)))/g, '都'],
  // 「一次督查都没搞」: the noun between 「一次」 and 「都没」.
  // (「一件过了期限也没补正」 is one that also did not: an event between, with 了/过, is no 「not a single」; nor is
  // 「研究所1件 剩下的都没有」: the rest, after a space, is another subject.)
  [/(?<![\d.零〇一二两三四五六七八九十百千万第这那哪每])(?:一|1)[个件次条篇起项场期份](?![^\d，。；都也]{0,6}?[了过已])(?!\s*(?:剩|其他|其余|别的|另外))([^\d，。；\s]{1,6}?)(?=(?:都|也)(?:没|未|不))/g, '$1'],
  // 「网站、公众号合计500条」: a list of channels is one subject (the count is asked), not two clauses.
  [new RegExp(`(${CHANNELS})[、/](?=${CHANNELS})`, 'g'), '$1和'],
  // 「有个律所的申请」「有个申请人撤回了」: 「有个」 before an applicant or a case is one.
  // (「没有个人申请」 is the 个人 column negated, not 「有个」.)
  // (「有个基金会申请过两次」: a count said after it is the count; the 「个」 is an article.)
  [/(?<![没无未])有(?:一)?(?:个|位|家)(?=[^，。；\d]{0,8}(?:申请|复议|诉讼|起诉|律所|律师|企业|公司|村委会|居委会))(?![^，。；\s]{0,12}?(?:[\d]+|[两二三四五六七八九十]+)\s*[件次起])/g, '有1个'],
  // 「有个政务公开专区」「开了个专栏」: 「个」 before a stock is one.
  [/(有|设了|设有|设立了|建了|开了|开通了)(?:一)?个(?=[^，。；\d]{0,8}(?:专区|专栏|新媒体账号|账号))/g, '$11个'],
  // 「这一项是零」「那一行」: a demonstrative's 「一」 is no count; 「是零」 is the number 0.
  [/([这那哪每])一(?=[项块行栏列格])/g, '$1'],
  [/(是|为|填|写|算)零(?![一二三四五六七八九十百千万零〇件条次个篇起项])/g, '$10'],
  // 「工作人员4名（专职1名、兼职3名）」: the breakdown in brackets after the total is detail, not two more values.
  [/([\d一二两三四五六七八九十]+\s*[名人个])（(?:其中)?(?:专职|兼职)[^（）]*）/g, '$1'],
  // 「共1024条（其中网站780条）」: the bracketed part is a clause of its own.
  [/（(其中[^（）]*)）/g, '，$1，'],
  // 「那件」「剩下那件」「这件」: one application or case already talked about.
  [/(那|这)(?:一)?件(?!事|东西|衣服)/g, '$11件'],
  // 「要的信息我们没有」「申请的东西我们这儿没有」: the agency does not hold the information (a reason, not a negation).
  [/(?:(?:所|他|她)?要的|申请(?:公开)?的)(?:信息|材料|东西|资料)(?:我们|本机关|我们这|我们这里|我们这儿)?(?:也)?(?:没有|不掌握|没掌握)|(?:所|他|她)?要的(?:我们|我们这里|我们这儿)(?:也)?(?:没有|不掌握|没掌握)/g, '本机关不掌握'],
  [/(?:我们|本机关|我们这|我们这里|我们这儿)?(?:根本)?(?:就)?(?:也)?(?:没有|没|不掌握)(?:这个|该|相关|这些|这方面的?|那个?|那些)(?:信息|资料|材料|东西)(?!公开|申请)/g, '本机关不掌握'],
  // 「到年底还没答复，要结转」: a carry-over still to happen is to next year.
  [/(?:要|需要|得|准备|将|只能)结转(?!下年度)/g, '结转下年度'],
  // 「3件给了」「都给了」: disclosed.
  [/(?<=[件都全])给(?:他|她|他们|人家)?了/g, '公开了'],
  // 「复议以后起诉」: a lawsuit after review.
  [/复议(?:以后|之后)/g, '复议后'],
  // Common input-method slips for the channel names (same pinyin).
  [/公从号|公总号|公重号|公中号|工众号|公众好/g, '公众号'],
  [/网占|网战|往站|网沾/g, '网站'],
  // 「1件是一家公司的」: 「一家」 is an article there, not a second count.
  [/是(?:一|1)(?:家|个|位|名)(?=[\u4e00-\u9fa5])/g, '是'],
  // 「培训2次，一次是线上的」: 「一次是…」 after a count describes one of them.
  [/([，,])(?:一|1)([次件个场期篇条])是/g, '$1其中1$2是'],
  // 「2千零40」「1万零300」: digits after 零 are the units below (2,040), never a second number.
  [/(?<![\d.万千百十])(\d+)([万千百])零(\d{1,3})(?![\d.万千百十])/g, (m: string, a: string, u: string, b: string) => {
    const unit = u === '万' ? 10000 : u === '千' ? 1000 : 100;
    if (Number(b) >= unit / 10) return m;
    const v = Number(a) * unit + Number(b);
    // (\u2063 before the digits: a number written out, never a year — 「2千零20」 is 2,020 of something.)
    return u === '万' ? `${Math.round((v / 10000) * 1e6) / 1e6}万` : `\u2063${v}`;
  }],
  // 「3百12条」「1千250条」: all the places below 百 (two digits) or 千 (three) — one number, never 3 and 12.
  [/(?<![\d.万千百十])(\d+)百(\d{2})(?![\d.万千百十])/g, (_: string, a: string, b: string) => `\u2063${Number(a) * 100 + Number(b)}`],
  [/(?<![\d.万千百十])(\d+)千(\d{3})(?![\d.万千百十])/g, (_: string, a: string, b: string) => `\u2063${Number(a) * 1000 + Number(b)}`],
  // 「1万200元」「3万0500条」: digits after 万 are the units below it (10,200), never a second number.
  [/(?<![\d.])(\d+)万零?(\d{2,4})(?![\d.千百十])/g, (_: string, a: string, b: string) => `${Math.round(((Number(a) * 10000 + Number(b)) / 10000) * 1e6) / 1e6}万`],
  // 「3千零五十」「2万三千」: a digit, its unit, then the rest in Chinese numerals — one number (3,050), never 3.
  [/(?<![\d.])(\d)([万千百])(零?[一二两三四五六七八九十百千]+)(?![\d.一二两三四五六七八九十百千万])/g, (m: string, d: string, u: string, rest: string) => {
    const v = parseNumber(`${'零一二三四五六七八九'[Number(d)]}${u}${rest}`);
    if (v === null) return m;
    return u === '万' ? `${Math.round((v / 10000) * 1e6) / 1e6}万` : `\u2063${v}`;
  }],
  // 「12万6」: one digit after 万 is its tenth (126,000), as 「4万6」 below with more digits before 万.
  [/(?<![\d.])(\d{2,})万(\d)(?![\d.千百十万])/g, (_: string, a: string, b: string) => `${a}.${b}万`],
  // 「4万6」「1千3」「2千5百零6」: single digits between units, spoken short forms too (1万2 is 12,000); a run with 万
  // stays in 万 (「4.6万」) so 万元 amounts keep their unit.
  [/(?<![\d.])\d(?:[万千百十]零?\d)+[千百十]?(?![\d.])/g, (m: string) => {
    const v = parseNumber(m.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]));
    if (v === null) return m;
    return /万/.test(m) ? `${Math.round((v / 10000) * 1e6) / 1e6}万` : String(v);
  }],
  // 「1万2千条」「1万200条」: Arabic digits with 万/千 written out.
  [/(\d+)万(?:零)?(\d)千/g, (_: string, a: string, b: string) => String(Number(a) * 10000 + Number(b) * 1000)],
  // 「5千元」「3千条」「2百条」: Arabic digits with 千/百 (read as 5 before).
  // (「2千多条」「3百来条」: the same, with a hedge after — then the vague amount is asked, never stored as 2.)
  // (「许可3千出头强制7件」: a hedge right after 千 converts too, so the hedge is read with the whole number.)
  [/(\d+(?:\.\d+)?)千(?=(?:多|余|来|左右|上下|出头)|[\s条件次篇个人起项元块份名场]|万?元|$)/g, (_: string, a: string) => String(Math.round(Number(a) * 1000 * 1e6) / 1e6)],
  [/(\d+)百(?=(?:多|余|来|左右|上下|出头)?(?:[\s条件次篇个人起项元块份名场]|$))/g, (_: string, a: string) => String(Number(a) * 100)],
  // 「零点五万元」「一点五万」: a Chinese decimal in Arabic digits (its 「五」 alone was read as 5).
  // (The whole part may have 百 and 千: 「一千二百三十四点五万」 is 1234.5 万.)
  [/([零〇一二两三四五六七八九十百千万]+)点([零〇一二三四五六七八九]+)/g, (m: string, a: string, b: string) => {
    const i = parseNumber(a);
    const f = [...b].map((c) => '零一二三四五六七八九'.indexOf(c === '〇' ? '零' : c)).join('');
    return i === null || f.includes('-') ? m : `${i}.${f}`;
  }],
  // 「1 234件」: a space as thousands separator before a unit.
  [/(?<![\d.])(\d{1,3}) (\d{3})(?=\s*[条件次篇个人起项元])/g, '$1$2'],
  // 「按撤回处理」「视为撤回」 describe the handling of a reason named before, not a second reason.
  [/(?:按|视为|作为)(?:自动)?撤回(?:处理)?/g, ''],
  // 「没有按公开申请处理」 explains a reason; it is no negation of the applications.
  [/(?:没有|没|未|不)(?:按|作为)(?:政府信息)?(?:公开)?申请(?:处理|办理)/g, ''],
  // 「企业的2件：1件公开、1件…」: the applicant column as the topic of the results after the colon.
  // (Its count, when said, heads the results: 「村民的2件：公开1件…」 keeps the 2.)
  [/(个人|自然人|群众|村民|企业|公司|律所|律师事务所|科研机构|社会组织|公益组织|其他组织)的([\d一二两三四五六七八九十]+件)?(?:申请)?[：:]/g, (_m: string, who: string, n?: string) => (n ? `${who}申请中，${n}里` : `${who}申请中，`)],
  // 「群众220件办结情况：公开97…」「企业32件：公开20…」「律所27：公开9…」: an applicant's count before a colon (with or
  // without 件, 的, or 「办结情况」) heads the results after it, as 「村民的2件：」 does — only when results follow (「个人30件：
  // 网上申请20 当面10」 is no list of results); each heading opens its own clause, and an aside (「含上年结转4件」) is kept.
  [/(个人|自然人|群众|村民|居民|企业|商业企业|公司|律所|律师事务所|法律服务机构|科研机构|社会组织|公益组织|其他组织|村委会|居委会)(?:的|那)?\s*(\d+|[一二两三四五六七八九十百]+)\s*件?\s*(?:[（(]([^）)：:]{1,16})[）)])?\s*(?:的)?(?:办结情况|办理情况|办理结果|结果|情况)?\s*[：:](?=\s*(?:全部|都|均)?\s*(?:予以公开|公开|部分公开|不予公开|不公开|不掌握|无法提供|不予处理|其他处理|涉及|按|属于|第三方|商业秘密|信访|投诉|举报|重复|另行|补正|行政查询|查询|执法|国家秘密|内部|过程性|结转|办结|答复|给了))/g, (_m: string, who: string, n: string, aside?: string) => `；${who}申请中，${n}件里 ${aside ? `（${aside}） ` : ''}`],
  // 「企业的1件公开1件不掌握」: the applicant before a breakdown into two counts is the topic of both.
  [/(个人|自然人|群众|村民|企业|公司|律所|律师事务所|科研机构|社会组织|公益组织|其他组织)的(?=[^，。；\s\d一二两三四五六七八九十]{0,4}[\d一二两三四五六七八九十]+件[^，。；\s\d一二两三四五六七八九十]{1,8}[\d一二两三四五六七八九十]+件)/g, '$1申请中，'],
  // (「居民的8件里 6件公开 2件部分公开」: so is a count of theirs said with 里/中, whatever spacing follows.)
  [/(个人|自然人|群众|村民|居民|企业|公司|律所|律师事务所|科研机构|社会组织|公益组织|其他组织)的(?=\s*[\d一二两三四五六七八九十]+\s*件\s*(?:里面?|里头|中间?|当中|之中)\s*[^，。；\s]*[\d一二两三四五六七八九十]+\s*件)/g, '$1申请中，'],
  // 「个人申请：公开2件，不掌握1件」: the same without 的.
  [/(个人|自然人|群众|村民|企业|公司|律所|律师事务所|科研机构|社会组织|公益组织|其他组织)申请[：:](?=[^\d，。；]{0,6}(?:公开|不予|不掌握|无法|部分|结转|不予处理|其他处理))/g, '$1申请中，'],
  // (A topic after a negation opens its own clause: 「没有企业申请 村民的2件：…」 denies no 村民.)
  [/((?:没有|没|无|未)[^，。；\s]{0,8})\s+((?:个人|自然人|群众|村民|企业|公司|律所|律师事务所|科研机构|社会组织|公益组织|其他组织)申请中，)/g, '$1，$2'],
  // 「予以公开 个人21 公司7｜部分公开 个人4」: a full-width bar after a figure and before words parts what was said, as
  // 「；」 does (an ASCII bar is a Markdown table's, read as a table).
  [/(?<=\d)\s*｜\s*(?=[\u4e00-\u9fa5])/g, '；'],
  // 「元月20日」 is January.
  [/元月/g, '1月'],
  // 「有2件没公开」「没公开的1件」: not disclosed is 不予公开 (its reason is asked), never 予以公开.
  // (「公开栏没有公开信息」 is no publication at all, not a decision on an application.)
  // (「没有公开申请」: 公开申请 is the application for disclosure — none came, no decision.)
  [/(?:没有|没|未)(?:给|予以|予)?公开(?!栏|信息|政府信息|内容|过信息|申请(?!人|表|指南|流程|书|材料|条件|方式|渠道)|的申请(?!人|表|指南|流程|书|材料))/g, '不公开'],
  // 「驳回了原告的诉讼请求」「驳回了申请人的复议申请」: the claim was dismissed on its merits (结果维持).
  // 「一审判我们输了 撤销答复 我们上诉了 二审改判…」: a judgment appealed is no result of the case; the last instance is.
  [/一审(?:(?!另一件|另外一件|一件)[^。；\n]){0,20}?[，,\s]*(?:我们|我局|我方|对方|原告|他们?|她)?(?:又|就|已经?|随后|后来)?(?:提起了?|提出了?)?(?<!没有?|未|不|放弃|没有提起|未提起|没再|没有再)上诉(?!期)(?:了)?(?![^。；\n]{0,3}(?:没|未))/g, '上诉'],
  // 「二审改判 驳回原告诉讼请求」: 改判 followed by what it was changed to says no result of its own.
  [/(?:二审|终审)?改判(?=[，,\s]*(?:驳回|维持|撤销|确认违法|责令))/g, '二审判决'],
  // 「没盖律所章」「盖的公司公章」: the seal's owner named before 章 is no applicant (nor denied as one).
  [/(?:律所|律师事务所|公司|企业|单位|村委会|居委会)(?:的)?(?=公章|印章|章(?![程节]))/g, ''],
  // 「申请了法院强制执行」: the court enforces; no 行政强制 decision of this body.
  [/申请(?:了)?(?:人民)?法院(?:强制)?执行/g, '法院执行'],
  // 「有一部分是复印工本费 不是信息处理费」: the fee denied is not named as one.
  [/(?:不是|不属于|并非|不算)(?:收取的?)?信息处理费/g, '别的费用'],
  [/驳回(?:了)?(?:原告|申请人|对方|当事人)?(?:的)?诉讼请求/g, '驳回诉讼请求'],
  [/驳回(?:了)?(?:原告|申请人|对方|当事人)?(?:的)?复议申请/g, '驳回复议申请'],
  // 「没有结转过来的」: carried over to this year (过来 is incoming) — 上年结转.
  [/(?<!上年|去年|上一年|上年度|上一年度|上年的?[\d一二两三四五六七八九十]+件)结转过来/g, '上年结转'],
  // 「没收到一件申请」「没发生一起复议」: 「一件」 after a negation says not a single one — no count.
  [/((?:没|未)(?:有)?(?:收到|接到|受理|收|发生|发|出|办|搞|开展|组织|制发|废止|出台|印发|作出|做出|下|作|做|开|立)(?:过)?)一(?:件|个|份|条|次|起|篇|场|项)/g, '$1'],
  // 「对复议结果不服 又去法院起诉我们」: a lawsuit over a review's result is 复议后起诉.
  [/对(?:行政)?复议(?:结果|决定)(?:不服|不满意|不认可)[^，。；\d]{0,4}?(?:又|再|就|便|还)?(?:去|到|向|上)?(?:了)?(?:法院)?(?:起诉|告|打官司|提起诉讼)(?:我们|我局|我镇)?/g, '复议后起诉'],
  // 「复议以后再打官司的」「复议完又告到法院」: a lawsuit after review is 复议后起诉 (not every lawsuit).
  // (「先复议再起诉」「先走复议然后起诉」: the same, told in order.)
  [/先(?:走|申请|提|经过?)?(?:了)?(?:行政)?复议(?:的)?[，,\s]?(?:(?:然后|之后|以后|后)(?:又|再|才)?|又|再|才)(?:去|到|向|上)?(?:法院)?(?:打官司|起诉|告状|告|提起诉讼|诉讼)/g, '复议后起诉'],
  [/(?:行政)?复议(?:以后|之后|完了?|后|结束后|过后|结束了)(?:还是)?(?:不服|不满意|不认可)?(?:又|再|还|才|接着)?(?:(?:去|到|向|上)?(?:了)?(?:法院)?(?:打官司|起诉|告状|告|提起诉讼|诉讼)(?:到法院|到了法院|法院)?|(?:去|到|上)(?:了)?法院)/g, '复议后起诉'],
  // 「一分没收」「一分钱都没收」「分文未收」: not a cent charged — the negation, no count.
  // (Kept as 分文 — no numeral, still money: 「依申请公开我们一分钱也没收过」 is the fee, not 「没收到申请」.)
  [/(?:一分钱?|一毛钱?|分文|一块钱)(?:都|也)?(?=没|未|不)/g, '分文'],
  // 「直接向法院起诉」「直接去法院告」: a lawsuit without review first; 「没经过复议就起诉」 the same.
  [/直接(?:向|到|去|上)(?:县|市|区)?(?:人民)?法院(?:提起)?(?:起诉|诉讼|告)/g, '直接起诉'],
  [/直接(?:提起|提出)(?:行政)?诉讼/g, '直接起诉'],
  // 「直接诉到法院的一起」「直接告上法院」: the same, said the other way round (au116).
  [/直接(?:诉|告|起诉)(?:到|上|至)(?:县|市|区)?(?:人民)?法院/g, '直接起诉'],
  [/(?:没|未)(?:有)?经过?复议(?:就|直接|便)?/g, '未经复议'],
  // 「逾期没补正」「一直没补正材料」: 逾期不补正.
  [/(?:逾期|过期|到期|超期)?(?:没有?|未|不)补正(?:材料)?/g, '逾期不补正'],
  // 「收费零」「强制零」: a bare 「零」 closing a clause after its subject is the number 0.
  // (「漏了个零」: the digit slipped, no count of 0.)
  [/(?<=[\u4e00-\u9fa5：:]\s?)(?<![零〇一二两三四五六七八九十百千万第个]\s?)零(?=[，。；,;！!\s]|$)/g, '0'],
  // 「政务公开工作由两名同志负责」「由1名干部兼职负责信息公开」: the people doing the work are 工作人员.
  [/(?:政务公开|信息公开|公开)工作由([\d一二两三四五六七八九十]+)(?:名|个|位)(?:同志|干部|人员|工作人员|人)(?:专门|专职|兼职)?(?:负责|承担|兼任|兼管)/g, '政务公开工作人员$1名'],
  [/由([\d一二两三四五六七八九十]+)(?:名|个|位)(?:同志|干部|人员|工作人员|人)(?:专门|专职|兼职)?(?:负责|承担|兼任|兼管)(?:政务公开|信息公开)/g, '政务公开工作人员$1名'],
  // 「两个村委会各来申请了1件」「3家企业各申请2件」: so many applicants with so many each is their product.
  [/(?<![\d零一二两三四五六七八九十百])(?!一(?:个|家|位|名))([\d一二两三四五六七八九十]+)(?:个|家|位|名)((?:律所|律师事务所|企业|公司|科研机构|研究所|研究院|大学|高校|社会组织|公益组织|村委会|居委会|协会|基金会|申请人|群众|市民|村民|居民)(?:的人)?)(?:都)?各(?:自)?(来|都)?(申请|提交|提出|要)(?:了)?([\d一二两三四五六七八九十]+)\s*件(?!\s*(?:和|、|或|到|至|-)\s*[\d一二两三四五六七八九十])/g,
    (_m: string, n: string, who: string, come: string | undefined, verb: string, k: string) => {
      const total = (parseNumber(n) ?? NaN) * (parseNumber(k) ?? NaN);
      return Number.isFinite(total) ? `${who}${come ?? ''}${verb}了${total}件` : _m;
    }],
  // 「一家律所和一家企业各申请了一件」: 「一家」 before an applicant is an article when a count follows.
  // (「一个申请人大量反复申请 不予处理3件」: so is 「一个」 before a person.)
  [/(?<![\d一二两三四五六七八九十])一(?:家|个|位|名)(?=(?:律所|律师事务所|企业|公司|科研机构|科研院所|研究所|研究院|大学|高校|学校|社会组织|公益组织|村委会|居委会|协会|基金会|申请人|群众|市民|村民|公民|居民)[^，。；]*?[\d一二两三四五六七八九十]+\s*[件次个])/g, ''],
  // 「申请人都是个人」: the applications are all that column's (「申请人」 is no cue of its own).
  [/申请人(?:都|全|均|全部)(?:是|为)/g, '申请都是'],
  // 「企业的呢？2件」: a topic asked back, then its count — one statement.
  [/([\u4e00-\u9fa5]{1,8}?)呢[。？?]\s*(?=[\d一二两三四五六七八九十])/g, '$1，'],
  // 「从10个增加到12个」「由8件减至6件」: the figure it became is the one there is now.
  [/(?:从|由)[\d零〇一二两三四五六七八九十百千万]+\s*[个件条篇次名人]?\s*(?:增加|增长|增|减少|下降|降低|减|调整|变|提高|提升)(?:到|至|为|成)/g, '现有'],
  // 「培训搞了两回，一回线上一回线下」: 「一回…一回…」 after a count of events is its breakdown, no second count.
  [/([，,])(?:一|1)(次|回|场|期)[^，。；\d]{1,8}(?:一|1)\2[^，。；\d]{0,8}(?=$|[，。；])/g, '$1'],
  // 「去年12月底收了1件个人申请，今年1月份才答复」: received last year, answered this year — carried over.
  [/(?:去年|上年|上一年)(?:底|年底|12月(?:底|份|下旬)?)?[^，。；\d]{0,4}(?:收到|收了|受理|接到|接了)(?:了)?([\d一二两三四五六七八九十]+件)?([^，。；]{0,8}?)[，、]?(?:今年|本年)[^，。；]{0,8}?(?:才|再)?(?:答复|办结|办理|处理|办完)(?:的)?/g, '上年结转的$1$2'],
  // 「申请人按时缴费50元」: paying an amount is the 信息处理费 received.
  [/(?:缴费|交费|缴纳了?|交了|付了)(?:信息处理费)?\s*(?=[\d零一二两三四五六七八九十百千万.]+\s*(?:元|块))/g, '缴纳信息处理费'],
  // 「现行有效的还是去年那8件」「专栏仍是去年的12个」: the same figure as last year is this year's.
  [/(?:还是|仍是|仍然是|依旧是|依然是)(?:跟|和|同)?(?:去年|上年)(?:一样)?(?:的|那)?\s*(?=[\d一二两三四五六七八九十]+\s*[件个条篇次名人])/g, '共'],
  // 「工作人员2名，一名专职一名兼职」「3人，其中专职1人、兼职2人」「有两个同志 一个专职一个兼职」: a breakdown after
  // the total (a few words such as 同志 between, a comma or a space before it) is detail.
  [/([\d一二两三四五六七八九十]+\s*[名人个位])([^，,。；\n\d]{0,4}?)(?:[，,]\s*|\s+)(?:其中)?(?:[\d一二两三四五六七八九十]+\s*[名人个位]?\s*是?(?:专职|兼职)的?|(?:专职|兼职)\s*[\d一二两三四五六七八九十]+\s*[名人个位]?)[、，,和\s]?\s*(?:另)?(?:[\d一二两三四五六七八九十]+\s*[名人个位]?\s*是?(?:专职|兼职)的?|(?:专职|兼职)\s*[\d一二两三四五六七八九十]+\s*[名人个位]?)/g, '$1$2'],
  // 「收了两笔，一笔20元一笔30元」「一笔100，一笔50，一笔30」: the payments add up (a 笔 is money: 元).
  [/(?:[，,]?\s*(?:一笔|1笔)\s*[\d零一二两三四五六七八九十百千万.]+\s*(?:元|块钱|块)?){2,}/g, (m: string) => {
    const parts = [...m.matchAll(/(?:一笔|1笔)\s*([\d零一二两三四五六七八九十百千万.]+)/g)].map((x) => parseNumber(x[1]));
    return parts.some((v) => v === null) ? m : `，共${parts.reduce((a, b) => a! + b!, 0)}元`;
  }],
  // 「都是同一家公司」「同一个人」: identity, no count.
  [/同一(?=家|个|位|名|人)/g, '同'],
  // 「复议：维持1，纠正0，其他0」: 「其他」 among 表四's results is 其他结果.
  [/((?:维持|纠正|纠错)[^。；\n]{0,16}?[，,、\s])其他(?=\s*[\d零〇一二两三四五六七八九十])/g, '$1其他结果'],
  // 「发布规范性文件4件」「规范性文件发布了2件」: 发布 of a document is 制发 (elsewhere 发布 is a publication).
  [/发布(?:了)?(?=(?:行政)?规范性文件|规章)/g, '制发'],
  [/((?:行政)?规范性文件|规章)(今年|本年|全年)?发布(?:了)?/g, '$1$2制发'],
  // 「公开了一部分」「只公开了部分内容」: 部分公开, never 予以公开.
  [/(?:只|仅)?公开了?(?:其中)?(?:一)?部分(?:内容|信息)?|(?:只|仅)(?:给|提供)了?(?:一)?部分/g, '部分公开'],
  // 「没掌握相关信息」「未掌握该信息」: 本机关不掌握.
  [/(?:我们|本机关)?(?:没有?|未)掌握(?:相关|该|这个|这些)?(?:政府)?(?:信息|资料|材料)?/g, '本机关不掌握'],
  // 「共计公开信息1108条（网站720、公众号301、公开栏87）」: a bracketed breakdown by channel after the total.
  [/([\d]+\s*条)（([^（）]*?(?:网站|公众号|公开栏|新媒体|微信|微博|公示栏)[^（）]*)）/g, '$1，其中$2，'],
  // 「1件我们这里没有，告知了申请人」: the agency does not hold it (没有 with nothing after it).
  // 「企业的嘛 咱这没这信息」「俺们这儿没有这个材料」: said of a group's applications, 不掌握.
  [/(?<=(?:[\d一二两三四五六七八九十]\s*件|的)[^，。；\d]{0,6})(?:咱|俺|俺们|咱们)(?:这|这儿|这里|手上|手里)?(?:也)?(?:没有|没)(?:这|这个|这些|相关)?(?:信息|东西|材料|资料)?(?=\s|$|[，。；,;])/g, '本机关不掌握'],
  [/(?<=[\d一二两三四五六七八九十]\s*件[^，。；\d]{0,6})(?:我们|本机关)(?:这里|这儿|这边|这|手上|手里|手头)?(?:也)?(?:没有|没)(?:的)?(?=\s|$|[，。；,;])/g, '本机关不掌握'],
  // 「表三第一行」「表三第二行」: 本年新收, 上年结转.
  [/表三(?:的)?第(?:一|1)行/g, '本年新收'],
  [/表三(?:的)?第(?:二|2)行/g, '上年结转'],
  // 「俩」「仨」 are two and three of something.
  [/俩(?=[回次件条场期篇份])/g, '两'],
  [/俩/g, '两个'],
  [/仨/g, '三个'],
  // 「就我一个人」「3个人」: people are counted in 人 (「个人申请」 stays the applicant column).
  [/([\d一二两三四五六七八九十]+)个人(?!申请|的申请|来申请|信息|隐私)/g, '$1人'],
  // 「有1个人申请公开…」: one application by a natural person.
  [/([\d一二两三四五六七八九十]+)个人(?=申请|的申请|来申请)/g, '$1件个人'],
];

/** Rewrite colloquial phrasings to canonical cue words. Positions change: run before tokenising. */
/**
 * 「主动公开总数｜网站｜公众号\n820｜500｜220」: a header line of names and the next line of as many numbers, copied from
 * a spreadsheet, pair up name by name (「主动公开总数820，网站500，公众号220」).
 */
function pastedTable(text: string): string {
  const lines = text.split('\n');
  const SEP = /\s*[｜|\t]\s*/;
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i].trim().split(SEP).filter(Boolean);
    const vals = lines[i + 1].trim().split(SEP).filter(Boolean);
    if (head.length < 2 || head.length !== vals.length || head.some((h) => /\d/.test(h)) || vals.some((v) => !/^[\d.]+\s*[条件次篇个人元]*$/.test(v))) continue;
    lines.splice(i, 2, head.map((h, k) => `${h}${vals[k]}`).join('，'));
  }
  return lines.join('\n');
}

/** 「复议维持了2件 纠正的记不太清 估计一件」: typed without punctuation, a doubt covers the space-separated parts it
 * is said in — a certain part before it is a sentence of its own. */
// (So does a question: 「网站发了300条 公众号要不要填？」 states the 300 and asks about the other; and another body's
// figure: 「市局那边许可1.2万件 我们县局是1234件」.)
export const OTHER_BODY = /(?<!我们|咱们|我|本)(?:县里|市里|省里|区里|市局|县局|区局|省厅|上级|隔壁|邻镇|邻乡|兄弟单位|别的(?:镇|乡|街道|部门|单位))(?:那边|那里|汇总|统计)?/;
function doubtApart(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (/[，；,;！!]|[？?。](?!\s*$)/.test(line)) return line;
      const parts = line.trim().split(/[ \t\u3000]+/);
      if (parts.length < 2) return line;
      // (「补正后还不清楚的」 is a reason — the application still unclear — not the clerk's doubt.)
      const kind = parts.map((p) => p.replace(/补(?:正|完|了)[^，。；\s]{0,6}?(?:还是|仍然|仍|还)?(?:不清楚|不明确|说不清)/g, '')).map((p) =>
        /不知道|不清楚|不确定|不太确定|不太清楚|不太记得|没把握|印象中|记不清|记不太清|不记得|说不准|说不好|好像|似乎|估计|也许/.test(p) ? 'doubt'
        : OTHER_BODY.test(p) ? 'other'
        : /要不要|吗[？?]?$|是不是|有没有|填不填|怎么填|咋填|[？?]$/.test(p) ? 'question' : 'plain');
      // (Another body's part counts only beside the clerk's own: 「市局的…1.2万件 我们县局是1234件」.)
      const own = parts.some((p) => /(?:我们|咱们|本)(?:县|乡|镇|街道|局|单位|区|市|县局|区局)?[^，。；\s]{0,3}(?:是|有)/.test(p));
      const k2 = kind.map((k) => (k === 'other' && !own ? 'plain' : k));
      if (k2.every((k) => k === 'plain') || k2.every((k) => k === k2[0])) return line;
      // (\u2064, invisible, marks the part as another body's for the reader's certainty check.)
      return parts.map((p, i) => (i === 0 ? (k2[0] === 'other' ? `\u2064${p}` : p) : `${k2[i] !== k2[i - 1] ? '。' : ' '}${k2[i] === 'other' ? '\u2064' : ''}${p}`)).join('');
    })
    .join('\n');
}

export function canonicalPhrases(text: string): string {
  let out = doubtApart(pastedTable(text));
  for (const [re, to] of RULES) out = out.replace(re, to as (...groups: string[]) => string);
  // (Rules that each name the lawsuit can leave 「起诉起诉」 in the echo a reply quotes.)
  return out.replace(/(?:起诉){2,}/g, '起诉');
}

/**
 * 「没收费」「没有收取任何费用」「啥费用都没收」: no charge at all. Said while the 信息处理费 is the subject (this message
 * or the turn before names it) it answers that question; said out of the blue it could as well be 表二's 行政事业性收费
 * (asked). The sentence naming 行政事业性收费 keeps it its own subject.
 */
/** 「一分钱没收」「分文未取」: no money taken, said without naming what for. */
export const NO_MONEY_TAKEN = /(?:一分钱|一分|分文)(?:都|也)?(?:没|未|不)(?:有)?(?:收取?|收过|取)(?:过)?/g;
const NO_CHARGE: RegExp[] = [
  // (「没收过老百姓一分钱」: whose money it was may stand between.)
  /(?<!(?:事业性|行政)收费[^。；\n]{0,8})(?:(?:政府信息)?依申请公开(?:的|工作|服务)?\s*)?(?:没|未|不)(?:有)?(?:收取?|收过)(?:过)?(?:任何|[^，。；\s\d]{1,5}?(?=一分|分文))?(?:费用|费|钱|一分钱|分文)(?![^。；\n]{0,12}(?:事业性|行政)收费)(?!通知)/g,
  /(?<!(?:事业性|行政)收费[^。；\n]{0,8})(?:任何|什么|啥)费用?(?:都|也)(?:没|未|不)(?:有)?(?:收取?|收过)(?:过)?(?![^。；\n]{0,12}(?:事业性|行政)收费)/g,
  // 「一分钱没收」「分文未取」「都是免费的」: no money taken (au081).
  // The service named with it (「依申请公开都是免费的」) goes too: it is the fee's subject, not applications received.
  new RegExp(
    `(?:(?:政府信息)?依申请公开(?:的|工作|服务)?\\s*)?(?:(?<!(?:事业性|行政)收费[^。；\\n]{0,8})(?:${NO_MONEY_TAKEN.source})|(?<!(?:事业性|行政)收费[^。；\\n]{0,8})(?:都是|全部|一律|全都)?免费(?:的|提供|办理)?(?![^。；\\n]{0,12}(?:事业性|行政)收费))`,
    'g',
  ),
];
export const saysNoCharge = (text: string) => NO_CHARGE.some((re) => new RegExp(re.source).test(text));
export const noChargeIsFee = (text: string) => NO_CHARGE.reduce((t, re) => t.replace(re, '未收取信息处理费'), text);
