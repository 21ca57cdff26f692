// The rule catalogue and severity words, as the server declares them (GET /api/rules): plain Chinese titles for
// clerks and reviewers, the rule code only in a tooltip. Shared by both pages.
let cached;
export async function loadRules() {
  if (!cached) {
    const res = await fetch('/api/rules');
    cached = res.ok ? await res.json() : { severities: { E: '错误', W: '警告', I: '提示' }, rules: [] };
  }
  return cached;
}

export const severityWord = (rules, s) => rules?.severities?.[s] ?? s ?? '';
export const ruleLabel = (rules, id) => rules?.rules?.find((r) => r.id === id)?.title ?? id;

/** Server-rendered HTML (the report renderer: escaped values, no scripts) → nodes for the page. DOMParser runs
 * nothing; only the elements themselves are moved in. */
export function fragmentFromHtml(html) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  for (const el of doc.querySelectorAll('script,style,iframe,object,link,meta')) el.remove();
  for (const el of doc.querySelectorAll('*')) for (const a of [...el.attributes]) if (/^on/i.test(a.name) || a.name === 'style') el.removeAttribute(a.name);
  const frag = document.createDocumentFragment();
  for (const n of [...doc.body.childNodes]) frag.append(document.importNode(n, true));
  return frag;
}
