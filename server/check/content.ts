// Content rules: N-FEE-STATEMENT, N-FEE-CONSISTENCY, N-SEC1-COVERAGE, N-SEC5-VAGUE, N-PLACEHOLDER, N-ARTIFACT.
import { ASPECTS, describeCell, sectionByNo, sectionHeading } from '../format/index.js';
import { emit, foldedNarrative, foldedSection, isParsed, narrativeText, sectionSentences, sectionText, type Ctx } from './context.js';
import { written } from './tables.js';
import { paragraphCoverage } from './aspects.js';
import { pageChrome } from './chrome.js';
import { clip, CN_NUM, fold, foldKeepBrackets, sentenceAt, sentences } from './text.js';

// ---------- fees ----------

const FEE_STATEMENT = /信息处理费|收费通知|收取[^。]{0,8}费|处理费/;
const NO_NOTICE = /(?:未|没有)(?:发出|发放|出具|送达)[^。，]{0,4}收费通知/;
const FEE_CHARGED = /(?<![未没无不])收取(?:了)?(?:信息处理费)?[^。，]{0,10}?(\d+(?:\.\d+)?)\s*(万)?元/;

function fees(ctx: Ctx) {
  const Y = ctx.year;
  const six = ctx.sections.get(6);
  const text6 = sectionText(six);
  if (Y !== null && Y >= 2021 && (six || ctx.complete)) {
    if (!FEE_STATEMENT.test(text6)) {
      const narr = narrativeText(ctx);
      const at = narr.indexOf('信息处理费');
      const elsewhere = at >= 0 ? [sentenceAt(narr, at)] : null;
      const heading = six?.heading || sectionHeading(sectionByNo(6)!);
      emit(ctx, 'N-FEE-STATEMENT', {
        severity: elsewhere ? 'W' : undefined,
        message: elsewhere
          ? `${Y}年度报告第六部分未说明信息处理费收取情况（其他部分提到了：「${clip(elsewhere[0], 40)}」），应在「${heading}」中说明`
          : `${Y}年度报告第六部分缺少信息处理费收取情况说明（《政府信息公开信息处理费管理办法》自2021年起施行），如「本机关全年未发出收费通知书，未收取信息处理费。」`,
        where: { section: 6 },
        expected: '信息处理费说明',
        actual: six ? clip(text6 || '（空）', 40) : '第六部分缺失',
        evidence: { quote: six ? `${heading}\n${text6}`.trim() : `缺少「${heading}」` },
      });
    }
  }
  // 表三（六）2 > 0 needs a 收费通知; 信息处理费 charged needs a non-zero 表二（八）.
  const r62Id = 't3.r6_2.total';
  const r62 = ctx.cells[r62Id];
  const all = narrativeText(ctx);
  const denies = NO_NOTICE.exec(all);
  if (ctx.format === '2021' && r62?.value && r62.value > 0 && (denies || !/收费通知/.test(all)))
    emit(ctx, 'N-FEE-CONSISTENCY', {
      message: `${describeCell('2021', r62Id)}为 ${r62.value}，说明发出过收费通知，正文却${denies ? `称「${clip(sentenceAt(all, denies.index), 30)}」` : '未提及收费通知'}`,
      where: { table: 't3', cells: [r62Id] },
      expected: '正文说明收费通知情况',
      actual: '未提及',
      evidence: { quote: denies ? sentenceAt(all, denies.index) : undefined, cells: [{ id: r62Id, place: describeCell('2021', r62Id), written: written(r62) }] },
    });
  const fee = ctx.cells['t2.fee.amount'];
  const charged = FEE_CHARGED.exec(fold(text6));
  if (ctx.format === '2021' && fee?.value === 0 && charged && /信息处理费|处理费/.test(text6))
    emit(ctx, 'N-FEE-CONSISTENCY', {
      message: `第六部分称收取信息处理费 ${charged[1]}${charged[2] ?? ''}元，而${describeCell('2021', 't2.fee.amount')}为 0（信息处理费属于行政事业性收费）`,
      where: { section: 6, cells: ['t2.fee.amount'] },
      expected: '表二（八）行政事业性收费含信息处理费',
      actual: 0,
      evidence: { quote: sentenceAt(text6, charged.index), cells: [{ id: 't2.fee.amount', place: describeCell('2021', 't2.fee.amount'), written: written(fee) }] },
    });
}

// ---------- 一 covers five aspects ----------

const COUNT = new RegExp(`(?:\\d+|${CN_NUM})\\s*(?:余|多)?\\s*(?:条|篇|件|项|期|则|个)`);
const ACTIVE_CUE = /主动公开|公开[^。，]{0,12}信息|发布[^。，]{0,12}信息|公开[^。，]{0,6}(?:文件|动态)/;
const statesPublished = (s: { text: string }) => ACTIVE_CUE.test(s.text) && COUNT.test(s.text.replace(/\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日/g, ''));
const PLATFORM_NAMED = /网站|公示栏|公开栏|公众号|微信|微博|新媒体|门户|LED|显示屏|专栏|抖音|客户端/;
const NO_PLATFORM = /(?:无|没有|暂无|未(?:建立|开设|开通|建设))[^。，]{0,6}(?:网络平台|平台|网站|新媒体)/;

const PARTS = /总体情况|主动公开政府信息(?:情况)?|收到和处理|行政复议|行政诉讼|存在的主要问题|其他需要报告/g;

function coverage(ctx: Ctx) {
  const Y = ctx.year;
  const one = ctx.sections.get(1);
  if (Y === null || Y < 2019 || !one) return;
  // A truncated page may stop inside 一: judge only when 一 ended (a later section was read).
  if (!ctx.complete && ![...ctx.sections.keys()].some((n) => n > 1)) return;
  const text = sectionText(one);
  // Substance only: a sentence that lists the report's parts (「主要从总体情况,主动公开政府信息情况,收到和处理…汇报」)
  // names the aspects without covering them; a one-sentence 一 covers none.
  const all = sectionSentences(ctx, 1);
  const ss = all.filter((x) => (x.text.match(PARTS)?.length ?? 0) < 3);
  const f = ss.length === all.length ? foldedSection(ctx, 1) : ss.map((x) => x.folded).join('。');
  const thin = ss.length <= 1 && text.replace(/\s/g, '').length < 120;
  if (thin) return; // a one-sentence 一 is reported once, as such (aspects.ts thinOverview)
  const absent: string[] = [];
  for (const a of ASPECTS) {
    // Stating how many items were published covers 主动公开 whatever the wording (「公开政府信息243条」).
    const covered = a.cues.some((c) => f.includes(c)) || (a.key === 'active' && ss.some(statesPublished));
    let why = '';
    let quote = '';
    if (!covered) absent.push(a.title);
    else if (a.key === 'active') {
      const stated = ss.some(statesPublished);
      if (!stated) {
        why = `「${a.title}」未写明主动公开信息的数量`;
        quote = ss.filter((s) => s.text.includes('主动公开')).map((s) => s.text).slice(0, 2).join(' / ') || clip(text, 80);
      }
    } else if (a.key === 'platform') {
      // 「我乡无网络平台」 alone; 「无新增平台建设，主要通过公示栏和政府网站…」 names its platforms.
      const neg = ss.find((s) => NO_PLATFORM.test(s.text) && !PLATFORM_NAMED.test(s.text.replace(NO_PLATFORM, '')));
      if (neg) {
        why = `「${a.title}」只写了「${clip(neg.text, 30)}」，未说明实际使用的公开平台（网站、公开栏、政务新媒体等）`;
        quote = neg.text;
      }
    }
    if (why) emitCoverage(ctx, a.key, why, a.title, quote);
  }
  // The aspects not touched at all: one finding naming them all (a reviewer writes one remark, not five).
  if (absent.length) {
    const key = ASPECTS.find((a) => a.title === absent[0])!.key;
    emitCoverage(ctx, key, `未涉及${absent.map((t) => `「${t}」`).join('')}`, absent.join('、'), `${one.heading}\n${clip(text, 80)}`);
  }
}

function emitCoverage(ctx: Ctx, row: string, why: string, expected: string, quote: string): void {
  emit(ctx, 'N-SEC1-COVERAGE', {
    message: `第一部分「${sectionByNo(1)!.title}」${why}；总体情况应涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面`,
    where: { section: 1, row },
    expected,
    actual: '缺失或不完整',
    evidence: { quote },
  });
}

// ---------- 五 ----------

const PROBLEM_CUE = /问题|不足|差距|薄弱|短板|有待|不够|不强|不高|欠缺|滞后|不到位|不及时|不完善|不规范/;
const MEASURE_CUE = /将|措施|改进|加强|进一步|下一步|下步|计划|持续|推进|完善|提升|强化/;

function sec5(ctx: Ctx) {
  const five = ctx.sections.get(5);
  if (!five) return;
  if (!ctx.complete && !ctx.sections.has(6)) return; // may be cut
  const text = sectionText(five).trim();
  const plain = text.replace(/[\s。．.，,；;]/g, '');
  const problems: string[] = [];
  if (!plain || /^(无|暂无|没有)$/.test(plain)) problems.push('内容为空或只写「无」');
  else {
    if (plain.length < 40) problems.push(`只有 ${plain.length} 个字，过于简短`);
    if (!PROBLEM_CUE.test(text)) problems.push('未写明存在的具体问题');
    if (!MEASURE_CUE.test(text)) problems.push('未写明改进措施');
  }
  if (!problems.length) return;
  emit(ctx, 'N-SEC5-VAGUE', {
    message: `第五部分「${sectionByNo(5)!.title}」${problems.join('，')}；应逐条写明问题（一是…二是…）和下一年度的改进措施`,
    where: { section: 5 },
    expected: '具体问题和改进措施',
    actual: clip(text || '（空）', 40),
    evidence: { quote: `${five.heading}\n${text || '（空）'}` },
  });
}

// ---------- template residue and junk ----------

// 「二○○八年」 writes a year with ○; 「请填写《申请表》」 tells applicants what to do: only 「（请填写…）」 is a blank.
const PLACEHOLDER = /(?<![A-Za-z])[XＸ]{2,}(?![A-Za-z])|[×╳]{2,}|○{2,}(?![\s\S]{0,3}年)|【\s*】|〔\s*〕|（\s*）|\(\s*\)|\{\{[^}]{0,40}\}\}|[（(]\s*(?:具体网址|网址|具体时间|单位名称|机关名称|机关全称|具体内容|具体数字)\s*[）)]|[\[【［〔]\s*(?:具体|填写|输入)[\u4e00-\u9fff]{1,8}\s*[\]】］〕]|此处填写|[（(【\[]\s*请填写|待填写|作为(?:一个)?(?:AI|人工智能|语言模型)/g;
/** Cheap pre-test: characters one of the placeholder patterns needs. */
const PLACEHOLDER_GATE = /[XＸ×╳○【〔（({\[［]|填写|作为/;
/** 「{{ title }}」「{{item.name}}」: a variable of the page's own template language. */
const PAGE_VARIABLE = /^\{\{\s*[A-Za-z_$][\w$.]*\s*\}\}$/;
const CHROME_LINE = /字体|字号|浏览次数|发布时间|索引号|发布机构|分享到|打印|关闭|有\s*效\s*性/;
const PINYIN_WHAT = '转载站加注的拼音';
/** [pattern, what, literals of which the text must contain one for the pattern to be worth running, severity] */
const ARTIFACTS: [RegExp, string, string[], 'E'?][] = [
  // 「365bet平台客户端」「美高梅娛樂城办公厅」: a defaced page (a gambling site's name injected into the text, often in
  // place of a word). Brand names only: 博彩、赌场、投注 also occur in a 公安局's own report.
  [/\d+bet|bet\d+|betway|娱乐城|娛樂城|娛樂場|威廉希尔|美高梅|新葡京|即时比分|图库资料大全/gi,
    '与报告无关的博彩网站文字（网页可能被篡改，应立即核查）', ['bet', 'BET', '娱乐城', '娛樂', '威廉希尔', '美高梅', '新葡京', '即时比分', '图库资料大全'], 'E'],
  // 「坚江南体育官网持以」「省政府欧洲杯足球网:推进」: the same, named by what it is; a warning, as a word like it may be real.
  [/(?:体育|足球|电竞)(?:官网|官方网站|网页版|客户端)|(?:欧洲杯|世界杯)(?:足球网|投注网|买球)/g,
    '疑似与报告无关的网站广告文字（网页可能被篡改）', ['官网', '官方网站', '网页版', '客户端', '足球网', '投注网', '买球']],
  // 「坚持以365体育投注,365备用网址:新时代…」「青川县德赢VWIN门户网站」「足彩app哪个是正规的」: a mirror's ads put in place
  // of words (the copy, not the agency's text, is wrong — but what the reader sees is not the report).
  // (Only as the copies write them: 「体育公园」「体育彩票网点」「电力线路检测」 are a report's own words.)
  // (「在伟德app官网下载苹果版安装信息公开发布平台上」「盛京棋牌办公厅」: an app's download ad, a card-game brand before
  // a government's or its office's name; 「棋牌室」「棋牌类」「棋牌协会」「网络棋牌游戏赌博」「伟德东路」 are a report's own words.)
  [/\d*体育投注|备用网址|足彩app|彩票(?:app|平台)|\d{3,}线路检测中心|VWIN|德赢|伟德(?=app|官网|体育|国际)|app哪个是正规的?|app官网下载|官网下载苹果版|苹果版安装|棋牌(?:app|官网|平台|下载)|棋牌游戏(?=app|官网|下载)|棋牌(?![室类协市区])(?=[\u4e00-\u9fff]{0,3}(?:办公厅|人民政府|政府))|(?<=[\u4e00-\u9fff]{2})棋牌(?=[\u4e00-\u9fff]{2,3}(?:区|县|旗)(?![\u4e00-\u9fff]*(?:棋牌|麻将)))|海棠直播|澳门金沙|金沙城中心|\d*比分直播|(?:欧洲)?五大联赛|足球比分|比分网/gi,
    '与报告无关的广告文字（网页可能被篡改或为转载站）', ['投注', '备用网址', '足彩', '彩票', '线路检测中心', 'VWIN', 'vwin', '德赢', '伟德', '哪个是正规', '官网下载', '苹果版', '棋牌', '海棠直播', '澳门金沙', '金沙城', '比分', '五大联赛']],
  // 「UedBet体育」「沙巴体育娱乐场,中国足彩在线印发」「立博平台,立博官网」「bob最新官网根据」: more of the same kind — a
  // brand in Latin letters before 体育 or 官网, a betting word, or one brand named twice as 平台 and 官网.
  // (「文化娱乐场所」「AI体育进校园」「赛事体育直播」「APP官网」「申博」 (a doctoral programme) are a report's own words.)
  [/(?<![A-Za-z])[A-Za-z]*bet[A-Za-z]*\s?(?:体育|官网)|(?<![A-Za-z])(?:IM|KY|BOB|bob|beplay|BEPLAY|OB)\s?体育(?![局馆场中公总协课项赛活])|[A-Za-z]{2,12}最新官网|足彩(?:在线|网)|体育娱乐场|赌城|澳门太阳城|雷速体育|([\u4e00-\u9fff]{2})(?:平台|官网)[,，]\s*\1(?:平台|官网)/gi,
    '与报告无关的广告文字（网页可能被篡改或为转载站）', ['体育', '官网', '足彩', '赌城', '太阳城', '雷速']],
  // 「我鎮(zhèn)按照」: a mirror's pinyin with tone marks after a character.
  [/[\u4e00-\u9fff][（(][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/g, PINYIN_WHAT, ['ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì', 'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù', 'ǖ', 'ǘ', 'ǚ', 'ǜ']],
  // 「点击收听年报语音朗读」: the page's read-aloud button.
  [/点击(?:收听|接收|播放|开始)[^。\n]{0,6}语音(?:朗读|播报)/g, '网页语音朗读按钮', ['语音']],
  // 「?。ㄒ唬┲鲃庸_情況」: text decoded in the wrong character set (注音 letters and box lines amid Chinese).
  // (A table drawn with box lines has no 注音 letter.)
  [/[\u3105-\u312f][^\n]{0,6}[\u3105-\u312f\u2500-\u257f]|[\u2500-\u257f][^\n]{0,6}[\u3105-\u312f]/g, '乱码（文字编码错误）', ['ㄅ', 'ㄆ', 'ㄇ', 'ㄈ', 'ㄉ', 'ㄊ', 'ㄋ', 'ㄌ', 'ㄍ', 'ㄎ', 'ㄏ', 'ㄐ', 'ㄑ', 'ㄒ', 'ㄓ', 'ㄔ', 'ㄕ', 'ㄖ', 'ㄗ', 'ㄘ', 'ㄙ', 'ㄚ', 'ㄛ', 'ㄜ', 'ㄝ', 'ㄞ', 'ㄟ', 'ㄠ', 'ㄡ', 'ㄢ', 'ㄣ', 'ㄤ', 'ㄥ', 'ㄦ', 'ㄧ', 'ㄨ', 'ㄩ', '┲', '┳', '┮', '┯', '┬', '┭']],
  // 「…年度报告格式>全文包括」: a breadcrumb's tail (「…格式>的通知》」 is a quoted title written with < >).
  [/报告格式\s*>(?!\s*的?通知)/g, '网页导航栏残留', ['格式>', '格式 >']],
  // 「索引号:…/2022-None」: a page program printed an empty value.
  [/(?<=[\d\-/:：\u4e00-\u9fff]\s?)(?:None|undefined|null|NaN)(?![A-Za-z])/g, '网页程序输出的空值', ['None', 'undefined', 'null', 'NaN']],
  // 「7pt; ">桃江县」「⠼/span>本报告」: markup of the page copied as text.
  [/<\/?[a-z]+\d?(?:\s[^<>\n]{0,80})?>|\/(?:span|div|p|td|tr|table|font|strong|br)>|\d+(?:pt|px);\s*"?>|&(?:nbsp|amp|lt|gt|quot|ensp|emsp);/g, '网页代码残留', ['>', '&']],
  [/\[bookmark:[^\]\n]*\]/g, '文字处理软件书签标记', ['bookmark']],
  [/\{\{\s*[A-Za-z_$][\w$.]*\s*\}\}/g, '网页模板变量残留', ['{{']],
  // (Page chrome — 字号、打印、分享、扫一扫 — is told once, every line of it, by chrome.ts.)
  // 「gablogo.png关爱版」「b7961a2ec5f91.jpg」: an image's file name where the image was.
  // (「捕获2.PNG」: a screenshot's Chinese file name too.)
  [/(?:[\w-]{3,}|[\u4e00-\u9fff][\w\u4e00-\u9fff-]{1,12})\.(?:png|jpe?g|gif|bmp)(?![\w/])/gi, '图片文件名残留', ['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.PNG', '.JPG']],
  // 「门户网站(/)查询」「门户网站()下载」: a link whose address was lost.
  [/[（(]\s*\/\s*[）)]|(?<=(?:网站|网址|门户|平台)\s*)[（(]\s*[）)]/g, '网址缺失的链接残留', ['/)', '/）', '()', '（）', '( )']],
  // 「邀您city?walk」: a character the page's encoding lost, between Latin letters next to Chinese.
  [/[\u4e00-\u9fff][A-Za-z]{1,12}\?[A-Za-z]{1,12}(?![\w.=&\/])|\?{3,}/g, '乱码（字符编码丢失）', ['?']],
  // 「一、总体情况?」「…工作。?」「??(二)依申请公开方面」: a space or line-end character the page's encoding lost.
  [/(?<=[\u4e00-\u9fff。；])(?<![吗呢么吧啊办何])[ \t]?\?{1,2}(?=[ \t]*$)|^[ \t]*\?{1,2}(?=[\u4e00-\u9fff（(])|^[ \t]*\?{1,2}[ \t]*$/gm, '行首或行尾的乱码「?」（字符编码丢失）', ['?']],
  [/(?<!bookmark: )_(?:Toc\d+|Hlk\d+)|MERGEFORMAT|PAGEREF/g, '文字处理软件域代码', ['_Toc', '_Hlk', 'MERGEFORMAT', 'PAGEREF']],
  // 「网址:http://www.wltzq.gov.」 at a line's end: the address broken by a line break (or cut).
  [/https?:\/\/[\w.-]*\.(?=[ \t]*\n)/g, '被断行拆开的网址', ['http']],
  // 「各类主体公开数量占比图」 alone on a line: a chart's caption whose chart did not come with the text.
  [/^[ \t]*[\u4e00-\u9fff（）()\d]{2,24}(?:占比图|统计图|示意图|柱状图|饼图|折线图|趋势图|截图)[ \t]*$/gm, '图表标题残留（图未显示）', ['图']],
];

/** Every gate literal in one pattern: one pass over the text when none occurs (the usual case). */
const ARTIFACT_GATE = new RegExp(ARTIFACTS.flatMap(([, , gate]) => gate).map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** 「申请人张××」「申请人：张××」: one character (a surname) before the marks, with none before it but a word like 人
 * or a colon, and no unit after — a name withheld on purpose, as published decisions do; 「××镇」「由XX负责」 is a blank. */
function withheldName(f: string, at: number, marks: string): boolean {
  if (!/^(?:[XＸ]{2,}|[×╳]{2,})$/.test(marks)) return false;
  const surname = /[\u4e00-\u9fff]$/.test(f.slice(Math.max(0, at - 1), at));
  const twoWords = /[\u4e00-\u9fff]{2}$/.test(f.slice(Math.max(0, at - 2), at).replace(/^[人某的与和、，,：:]/, ''));
  return surname && !twoWords && !/^[镇乡县市区省局年月日号村街]/.test(f.slice(at + marks.length));
}

function junk(ctx: Ctx) {
  const narr = narrativeText(ctx);
  const f = /[【】]/.test(narr) ? foldKeepBrackets(narr) : foldedNarrative(ctx);
  PLACEHOLDER.lastIndex = PLACEHOLDER_GATE.test(f) ? 0 : f.length;
  const seen = new Set<string>();
  for (let m = PLACEHOLDER.exec(f); m; m = PLACEHOLDER.exec(f)) {
    if (seen.has(m[0])) continue;
    const line = narr.slice(narr.lastIndexOf('\n', m.index) + 1, m.index + 40);
    if (/^[\[〔【(（\s]/.test(m[0]) && CHROME_LINE.test(line)) continue; // 「字体:[  ]」 is page furniture (N-ARTIFACT)
    // A site's name before it: the link's address was lost (N-ARTIFACT below).
    if (/^[（(]\s*[）)]$/.test(m[0]) && /(?:网站|网址|门户|平台)\s*$/.test(f.slice(Math.max(0, m.index - 6), m.index))) continue;
    // 「文号 〔〕号」 in a page's info box and 「[]()」 (an empty link) are page furniture too.
    if (/^[〔(（]/.test(m[0]) && (/文\s*号/.test(line) || /\[\]\(\)/.test(line))) continue;
    // 「{{ errorMessage }}」: a web page's own template variable (English), page debris (N-ARTIFACT below), no blank of the report.
    if (PAGE_VARIABLE.test(m[0])) continue;
    seen.add(m[0]);
    // An empty pair of brackets is as often a link or image the page lost as a blank left in a template: a warning.
    const empty = /^[【〔（(]\s*[】〕）)]$/.test(m[0]);
    const masked = withheldName(f, m.index, m[0]);
    emit(ctx, 'N-PLACEHOLDER', {
      severity: empty || masked ? 'W' : undefined,
      message: empty
        ? `正文有空括号「${m[0]}」（模板未填写，或网页链接、图片丢失），请核实：「${clip(sentenceAt(narr, m.index), 40)}」`
        : masked
          ? `正文有「${clip(f.slice(Math.max(0, m.index - 1), m.index + m[0].length), 10)}」：若是有意隐去的姓名可保留，若是模板残留需填写：「${clip(sentenceAt(narr, m.index), 40)}」`
          : `正文有模板残留「${m[0]}」，需填写或删除`,
      where: {},
      expected: '实际内容',
      actual: m[0],
      evidence: { quote: sentenceAt(narr, m.index) },
    });
  }
  // The pinyin a mirror inserted was taken out before parsing (names and headings read right); its places are kept as written.
  const pinyin = isParsed(ctx.report) ? ctx.report.source.pinyin ?? [] : [];
  if (pinyin.length) {
    seen.add(PINYIN_WHAT);
    emit(ctx, 'N-ARTIFACT', {
      message: `文中有${PINYIN_WHAT}${pinyin.map((x) => `「${x}」`).join('')}，发布前应删除`,
      where: {},
      expected: '删除',
      actual: pinyin[0],
      evidence: { quote: pinyin[0] },
    });
  }
  const full = ctx.fullText;
  if (!ARTIFACT_GATE.test(full)) return;
  for (const [re, what, gate, severity] of ARTIFACTS) {
    if (!gate.some((g) => full.includes(g))) continue;
    re.lastIndex = 0;
    const m = re.exec(full);
    if (!m || seen.has(what)) continue;
    seen.add(what);
    // The line it is on, or on a long line the words around it.
    const start = full.lastIndexOf('\n', m.index) + 1;
    const end = (full.indexOf('\n', m.index) + 1 || full.length + 1) - 1;
    const line = (end - start > 80 ? full.slice(Math.max(start, m.index - 30), Math.min(end, m.index + m[0].length + 30)) : full.slice(start, end)).trim();
    // Every different piece (up to four), so the clerk finds them all: 「{{ title }}」「{{ errorMessage }}」.
    // A piece too short to find (「?」) is shown with the words before it on its line.
    const shown = (x: RegExpMatchArray) => {
      const piece = x[0].trim();
      if (piece.length >= 4 || x.index === undefined) return piece;
      const lineStart = full.lastIndexOf('\n', x.index) + 1;
      return `${full.slice(Math.max(lineStart, x.index - 8), x.index).trimStart()}${piece}`;
    };
    const first = shown(m);
    const others = [...new Set([...full.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map(shown))].filter((x) => x && x !== first).slice(0, 3);
    emit(ctx, 'N-ARTIFACT', {
      severity,
      message: `文中有${what}「${first}」${others.map((x) => `「${clip(x, 20)}」`).join('')}，发布前应删除`,
      where: {},
      expected: '删除',
      actual: m[0].trim(),
      evidence: { quote: clip(line, 80) },
    });
  }
}

export function checkContent(ctx: Ctx): void {
  fees(ctx);
  coverage(ctx);
  paragraphCoverage(ctx);
  sec5(ctx);
  junk(ctx);
  pageChrome(ctx);
}
