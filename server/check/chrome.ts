// N-ARTIFACT, page chrome: the lines of a web page around the report copied with it — breadcrumbs, font-size and
// print buttons, view counters, welcome banners, login and accessibility toggles. One finding per report lists
// every such line, so a reviewer removes them in one go (each line alone would be one mistake told many times).
import { emit, type Ctx } from './context.js';
import { clip } from './text.js';

/** Pieces that are chrome wherever they stand in a line (a report's own sentences never hold them). */
const CHROME = new RegExp(
  [
    // 「当前位置: 首页 > 政务公开」「您现在所在的位置: 网站首页」「首页 | 政务公开 | 渝快办」
    String.raw`(?:当前位置|当前页面|所在位置|您(?:现在)?(?:所在)?的?位置)\s*[:：]`,
    String.raw`首\s*页\s*(?:>{1,2}|»|›|＞|→|\/|\|)`,
    // 「浏览次数:4234次」「访问量:」「点击数:人次」「发布时间:2025-01-17阅读:」
    String.raw`(?:浏览|访问|阅读|点击)(?:次数|量|数)?\s*[:：]`,
    // 「字体:[ ]」「【字号」「文字大小:」「背景色:」「字号: 〖大 小〗」「【字体: 大 中 小】」
    String.raw`(?:字\s*[体号]|文字大小|字体大小|背景色|保护视力色)\s*[:：【\[〖]|[【\[〖]\s*字\s*[体号]|〖\s*大\s*小\s*〗|(?:^|[【\[〖\s])大\s+中\s+小(?=$|[】\]〗\s])`,
    // 「【打印本页】」「[关闭本页]」「打印: 保存:」「分享到:」「设为首页 加入收藏」「扫一扫在手机打开当前页」
    String.raw`打印本页|关闭本页|关闭窗口|【打印(?:文本)?】|\[打印\]|【关闭】|【下载(?:Word|PDF|WORD)】|打印\s*[:：]|保存\s*[:：]|分享到\s*[:：]?\s*$|设为首页|加入收藏|扫一扫在手机(?:上)?打开当前页|打开微信\s*[，,]?\s*[“"]?\s*扫一扫|微信扫一扫|用微信扫描二维码\s*分享|扫描(?:下方|上方|右侧|左侧|页面)的?二维码(?:关注|下载|分享)|人工智能朗读|Ai政务问答`,
    // 「您好,欢迎来到鄂托克旗人民政府!」「欢迎访问…网站! 今天是:」「2019年12月3日星期二」
    String.raw`欢迎(?:来到|访问|光临)[^\n。，,]{0,24}?(?:网站|政府|门户|办事处|街道)|今天是\s*[:：]|\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]`,
    // 「搜索位置:⏎匹配度:⏎排序:」「登录 |  注册」
    String.raw`搜索位置|匹配度\s*[:：]|登录\s*[|｜]\s*注册`,
  ].join('|'),
);
/** Toggles that are chrome only together on a short line (「关怀版 无障碍」「无障碍 简体| 繁体」): a report may speak of 无障碍. */
const TOGGLE = /无障碍|关怀版|长者(?:版|助手|模式)|长辈版|适老(?:化)?版|简体版?|繁体版?|中文版|英文版|English|蒙文版|藏文版|维文版|智能问答|政务邮箱|办公平台|开启/g;

function chromeLine(line: string): boolean {
  if (line.length > 90) return false;
  if (CHROME.test(line)) return true;
  const toggles = line.match(TOGGLE) ?? [];
  return line.length <= 40 && toggles.length >= 2 && line.replace(TOGGLE, '').replace(/[\s|｜/、,，]/g, '').length <= 2;
}

/** A long line shown from a little before its first piece of chrome (「…作者: 【字体: 【下载Word】」). */
function around(line: string): string {
  if (line.length <= 40) return line;
  const at = Math.max(0, (line.search(CHROME) + 1 || 1) - 11);
  return `${at ? '…' : ''}${clip(line.slice(at), 40)}`;
}

export function pageChrome(ctx: Ctx): void {
  const lines = [...new Set(ctx.fullText.split('\n').map((l) => l.trim()).filter(chromeLine))];
  if (!lines.length) return;
  const others = lines.slice(1, 6).map((l) => `「${around(l)}」`).join('');
  emit(ctx, 'N-ARTIFACT', {
    message: `文中有网页页面元素（导航栏、字号、打印、浏览次数等）「${around(lines[0])}」${others}${lines.length > 6 ? `等${lines.length}处` : ''}，发布前应删除`,
    where: {},
    expected: '删除',
    actual: lines[0],
    evidence: { quote: clip(lines[0], 80) },
  });
}
