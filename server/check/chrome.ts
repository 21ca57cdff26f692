// N-ARTIFACT, page chrome: the lines of a web page around the report copied with it — breadcrumbs, font-size and
// print buttons, view counters, welcome banners, login and accessibility toggles. One finding per report lists
// every such line, so a reviewer removes them in one go (each line alone would be one mistake told many times).
import { emit, type Ctx } from './context.js';

/** Pieces no sentence of a report holds: chrome wherever they stand, on a line of any length. */
const STRONG = /打印本页|关闭本页|关闭窗口|【打印(?:文本)?】|\[打印\]|【关闭】|【下载(?:Word|PDF|WORD)】|字\s*[体号]\s*[:：]\s*[\[【〔]\s*(?:[大中小]\s*){0,3}[\]】〕]|分享到\s*[:：]|设为首页|加入收藏|扫一扫在手机(?:上)?打开当前页|打开微信\s*[，,]?\s*[“"]?\s*扫一扫|微信扫一扫|用微信扫描二维码|扫描(?:下方|上方|右侧|左侧|页面)的?二维码(?:关注|下载|分享)|人工智能朗读|Ai政务问答|登录\s*[|｜]\s*注册|搜索位置|匹配度\s*[:：]/;
/** Pieces that are chrome on a short line that is no sentence (a report may say 「网站访问量：29454460次。」). */
const CHROME = new RegExp(
  [
    // 「当前位置: 首页 > 政务公开」「您现在所在的位置: 网站首页」「首页 | 政务公开 | 渝快办」
    String.raw`(?:当前位置|当前页面|所在位置|您(?:现在)?(?:所在)?的?位置)\s*[:：]`,
    String.raw`首\s*页\s*(?:>{1,2}|»|›|＞|\|)`,
    // 「浏览次数:4234次」「访问量:」「点击数:人次」「发布时间:2025-01-17阅读:」
    String.raw`(?:浏览|访问|阅读|点击)(?:次数|量|数)?\s*[:：]`,
    // 「【字号」「文字大小:」「背景色:」「字号: 〖大 小〗」「【字体: 大 中 小】」
    String.raw`(?:字\s*[体号]|文字大小|字体大小|背景色|保护视力色)\s*[:：【\[〖]|[【\[〖]\s*字\s*[体号]|〖\s*大\s*小\s*〗|(?:^|[【\[〖\s])大\s+中\s+小(?=$|[】\]〗\s])`,
    String.raw`打印\s*[:：]|保存\s*[:：]|分享到\s*$`,
    // 「您好,欢迎来到鄂托克旗人民政府!」「欢迎访问…网站! 今天是:」「2019年12月3日星期二」
    String.raw`欢迎(?:来到|访问|光临)[^\n。，,]{0,24}?(?:网站|政府|门户|办事处|街道)|今天是\s*[:：]|^\S{0,20}\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]\s*$`,
  ].join('|'),
);
/** Toggles that are chrome only together on a short line (「关怀版 无障碍」「无障碍 简体| 繁体」): a report may speak of 无障碍. */
const TOGGLE = /无障碍|关怀版|长者(?:版|助手|模式)|长辈版|适老(?:化)?版|简体版?|繁体版?|中文版|英文版|English|蒙文版|藏文版|维文版|智能问答|政务邮箱|办公平台|开启/g;
/** A sentence of the report: its punctuation, or a figure with its unit after a colon's label. */
const PROSE = /[。；]|[:：]\s*\d[\d,.]*\s*万?\s*(?:人次|次|条|份|篇|件|个)[，,]/;

function chromeLine(line: string): boolean {
  if (STRONG.test(line)) return true;
  if (line.length > 90 || PROSE.test(line)) return false;
  if (CHROME.test(line)) return true;
  const toggles = line.match(TOGGLE) ?? [];
  return line.length <= 40 && toggles.length >= 2 && line.replace(TOGGLE, '').replace(/[\s|｜/、,，]/g, '').length <= 2;
}

/** What a line shows of its chrome: the line itself, or on a long line the words around its first piece (never cut
 * with an ellipsis, so the quote is found in the text). */
function shown(line: string): string {
  if (line.length <= 40) return line;
  const m = STRONG.exec(line) ?? CHROME.exec(line);
  const at = Math.max(0, (m?.index ?? 0) - 10);
  return line.slice(at, at + 40).trim();
}

export function pageChrome(ctx: Ctx): void {
  // (「用微信扫描二维码⏎分享至好友」: a piece broken across two lines is read on the line it starts.)
  const lines = [...new Set(ctx.fullText.split('\n').map((l) => l.trim()).filter(chromeLine))];
  if (!lines.length) return;
  const others = lines.slice(1, 6).map((l) => `「${shown(l)}」`).join('');
  emit(ctx, 'N-ARTIFACT', {
    message: `文中有网页页面元素（导航栏、字号、打印、浏览次数等）「${shown(lines[0])}」${others}${lines.length > 6 ? `等${lines.length}处` : ''}，发布前应删除`,
    where: {},
    expected: '删除',
    actual: shown(lines[0]),
    evidence: { quote: lines[0].length <= 90 ? lines[0] : shown(lines[0]) },
  });
}
