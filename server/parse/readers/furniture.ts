// Page furniture of government web pages: what is dropped, and nothing more. When unsure, text is kept —
// the checker's N-ARTIFACT rule flags what survives.
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';

/** Elements whose content is never report text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'option',
  'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'nav', 'aside', 'map', 'audio', 'video',
]);

const TAG_REASON: Record<string, string> = { nav: '导航', aside: '侧栏', script: '脚本', style: '样式', head: '网页头部', noscript: '脚本', iframe: '内嵌框架' };

// class/id tokens that name navigation, breadcrumbs, share/print bars, QR codes, footers.
const FURNITURE_TOKEN =
  /(^|[-_])(nav|navbar|menu|breadcrumbs?|crumbs?|bread|footer|copyright|share|bdsharebuttonbox|qrcode|erweima|ewm|gotop|fontsize|toolbar|topbar|dqwz|weizhi|position|location)([-_]|$)/i;

/** Text a furniture-looking container may hold before we distrust the label and keep it. */
const MAX_FURNITURE_CHARS = 400;

function insideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (DomUtils.isTag(p) && (p.name === 'article' || p.name === 'main')) return true;
  }
  return false;
}

/** Why an element is page furniture, or undefined to keep it. */
export function furnitureReason(el: Element): string | undefined {
  if (DROP_TAGS.has(el.name)) return TAG_REASON[el.name] ?? '网页元素';
  const isHeaderFooter = el.name === 'header' || el.name === 'footer';
  const tokens = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.split(/\s+/).filter(Boolean);
  const byClass = tokens.some((t) => FURNITURE_TOKEN.test(t) || FURNITURE_TOKEN.test(t.replace(/[-_]/g, '')));
  if (!isHeaderFooter && !byClass) return undefined;
  if (isHeaderFooter && insideArticle(el)) return undefined;
  // A "nav" or "footer" that holds a table, a main heading or a lot of text is not furniture.
  if (DomUtils.findOne((n) => n.name === 'table' || n.name === 'h1', el.children, true)) return undefined;
  if (DomUtils.textContent(el).replace(/\s+/g, '').length > MAX_FURNITURE_CHARS) return undefined;
  return isHeaderFooter ? (el.name === 'header' ? '页眉' : '页脚') : '导航或工具栏';
}

/** Whole lines that are furniture. */
const FURNITURE_LINES: RegExp[] = [
  /^(当前位置|您(现在)?的?(当前)?位置|所在位置|当前页面)\s*[:：]/,
  /^首页\s*[>＞›»→]/,
  /^(【|\[)?(打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|加入收藏|保存本页)(】|\])?$/,
  /^分享到\s*[:：]?/,
  /^(上一篇|下一篇)\s*[:：]/,
  /^(访问量|浏览次数|阅读次数|点击数|浏览量|访问次数|阅读量)\s*[:：]?\s*\d*\s*次?$/,
];

/** Furniture tokens removed from inside a line (the rest of the line, e.g. a 发布日期, stays). */
const FURNITURE_TOKENS: RegExp[] = [
  /扫一扫在手机(上)?打开当前页/g,
  /[【\[]?\s*字[号体]\s*[:：]\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*[|｜]?\s*){0,3}[】\]]?/g,
  /[【\[]\s*(打印本页|打印|关闭窗口|关闭)\s*[】\]]/g,
  /(打印本页|关闭窗口)/g,
  /(访问量|浏览次数|阅读次数|点击数|浏览量|访问次数)\s*[:：]\s*\d+\s*次?/g,
];

export interface LineCleanResult {
  lines: string[];
  removed: string[];
}

/** Drops furniture lines and tokens. Pipe rows (tables) are left alone. */
export function stripFurnitureLines(lines: string[]): LineCleanResult {
  const out: string[] = [];
  const removed: string[] = [];
  for (const line of lines) {
    if (line.startsWith('|')) {
      out.push(line);
      continue;
    }
    if (FURNITURE_LINES.some((re) => re.test(line))) {
      removed.push(line);
      continue;
    }
    let l = line;
    for (const re of FURNITURE_TOKENS) {
      l = l.replace(re, (m) => {
        removed.push(m.trim());
        return ' ';
      });
    }
    l = l.replace(/[ \u00a0]{2,}/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (l || !line.trim()) out.push(l);
  }
  return { lines: out, removed };
}
