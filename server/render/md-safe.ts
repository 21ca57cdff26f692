// Links in Markdown output (OWASP LLM05: model text is untrusted). Text written by a model or pasted by a clerk may
// carry `[点此](javascript:…)`, `![](data:…)` or a reference definition `[x]: vbscript:…`; once the exported
// Markdown is rendered, that is script. Only http(s) and mailto destinations stay links; any other (javascript:,
// data:, vbscript:, file:, relative, obfuscated with entities, percent-escapes, case or control characters) is
// reduced to its text.

const ALLOWED = /^(?:https?:\/\/|mailto:)/;

/** The scheme-bearing head of a destination as a browser would read it: entities and %-escapes decoded, controls and blanks gone. */
function decodeForScheme(url: string): string {
  let s = url.slice(0, 200);
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s
      .replace(/&#x([0-9a-f]+);?/gi, (_m, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
      .replace(/&#(\d+);?/g, (_m, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
      .replace(/&colon;?/gi, ':')
      .replace(/&tab;?|&newline;?/gi, '')
      .replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (s === before) break;
  }
  // Browsers drop ASCII whitespace and controls inside a scheme (「java\tscript:」), and backslashes are escapes in Markdown.
  return s.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff\\]/g, '').toLowerCase();
}

export const isSafeHref = (url: string) => ALLOWED.test(decodeForScheme(url.replace(/^<|>$/g, '')));

/** `[text](dest "title")` and `![alt](dest)`, the destination with one level of balanced parentheses. */
const INLINE = /(!?)\[((?:[^\[\]\\]|\\.){0,500})\]\(\s*(<[^<>\n]*>|(?:[^()\s\\]|\\.|\((?:[^()\s\\]|\\.)*\))*)((?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?)\s*\)/g;
/** Reference definitions `[label]: dest`. */
const DEFINITION = /^( {0,3})\[((?:[^\[\]\\]|\\.){1,500})\]:[ \t]*(\S+)/gm;

/** Markdown text with every non-http(s)/mailto link reduced to its text (images to their alt text). */
export function neutraliseLinks(md: string): string {
  if (!md.includes('](') && !md.includes(']:')) return md;
  let s = md;
  // A link's text may hold another link: repeat until nothing changes (bounded).
  for (let i = 0; i < 5; i++) {
    const before = s;
    s = s.replace(INLINE, (all, _bang: string, text: string, dest: string) => (isSafeHref(dest) ? all : text));
    if (s === before) break;
  }
  s = s.replace(DEFINITION, (all, lead: string, label: string, dest: string) => (isSafeHref(dest) ? all : `${lead}\\[${label}\\]: ${dest}`));
  // Whatever is left that a lax renderer might still read as a link (blanks in the destination, unbalanced
  // parentheses): its 「](」 is escaped unless what follows is a safe destination.
  return s.replace(/\]\((?!\\)([^)\n]{0,2000})/g, (all, rest: string) => (isSafeHref(rest.trim()) ? all : `]\\(${rest}`));
}
