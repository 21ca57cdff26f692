// Format rules: F-VERSION, F-HEADINGS, F-LABELS, F-TITLE, F-NUMBERING, F-PREFACE.
import { cellsOf, CHINESE_ORDINALS, FORMATS, formatForYear, GOV_UNIT, PAREN_NUMBERED, SECTIONS, sectionHeading, T3_APPLICANT_HEADER, TABLE_NAMES, tableDef, type FormatId, type SectionDef, type TableKey } from '../format/index.js';
import { emit, prefaceOf, sectionText, SECTION_NAME, type Ctx } from './context.js';
import { fPreface } from './preface.js';
import { numberingOrder } from './numbering.js';
import { clip, cnToNumber, fold, normQuote, sentenceAt } from './text.js';

// ---------- F-VERSION ----------

const signalWords = new Map<FormatId, string[]>();
/** Signal words of a format in both bracket forms (the text is searched as written). */
function signalsOf(format: FormatId): string[] {
  let words = signalWords.get(format);
  if (!words) {
    const base = FORMATS[format].signals.filter((w) => w !== '行政规范性文件');
    words = [...new Set(base.flatMap((w) => [w, w.replace(/（/g, '(').replace(/）/g, ')')]))];
    signalWords.set(format, words);
  }
  return words;
}

const signalGates = new Map<FormatId, RegExp>();
/** One pass telling whether any signal word of a format occurs at all (most texts have none of the other format's). */
function signalGate(format: FormatId): RegExp {
  let re = signalGates.get(format);
  if (!re) {
    re = new RegExp(signalsOf(format).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    signalGates.set(format, re);
  }
  return re;
}

const CELL_EDGE = /[|\t\n]/;

/** Signal words of a format standing in table-cell-like fragments (short pieces between tabs, bars, line breaks). */
function signalHits(text: string, format: FormatId): string[] {
  if (!signalGate(format).test(text)) return [];
  const hits = new Set<string>();
  for (const w of signalsOf(format)) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
      let a = at;
      while (a > 0 && !CELL_EDGE.test(text[a - 1]) && at - a <= 30) a--;
      let b = at + w.length;
      while (b < text.length && !CELL_EDGE.test(text[b]) && b - at <= 30) b++;
      if (text.slice(a, b).replace(/\s+/g, '').length <= 30) {
        hits.add(fold(w));
        break;
      }
    }
  }
  return [...hits];
}

function fVersion(ctx: Ctx) {
  if (ctx.year === null) return;
  const expected = formatForYear(ctx.year);
  const wrong: FormatId = expected === '2021' ? '2019' : '2021';
  const hits = ctx.source?.text ? signalHits(ctx.source.text, wrong) : [];
  const want = FORMATS[expected];
  if (hits.length) {
    const mixed = ctx.format === expected;
    emit(ctx, 'F-VERSION', {
      message: `${ctx.year}年度报告应使用${want.name}（${want.issuedWith}），表格却${mixed ? '混用了' : '使用了'}${FORMATS[wrong].name}的栏目：${hits.map((h) => `「${h}」`).join('')}`,
      where: { table: 't2' },
      expected: want.name,
      actual: FORMATS[wrong].name,
      evidence: { quote: hits.join('；') },
    });
  } else if (ctx.format && ctx.format !== expected && !ctx.source?.text) {
    emit(ctx, 'F-VERSION', {
      message: `${ctx.year}年度报告应使用${want.name}（${want.issuedWith}），表格却为${FORMATS[ctx.format].name}`,
      where: {},
      expected: want.name,
      actual: FORMATS[ctx.format].name,
      evidence: { quote: `表格格式：${FORMATS[ctx.format].name}；报告年度：${ctx.year}` },
    });
  }
}

// ---------- F-HEADINGS ----------

interface Heading {
  no: number | null;
  text: string;
}

const CN_DIGITS = CHINESE_ORDINALS.join('');
const HEAD_RE = new RegExp(`^([${CN_DIGITS}]+|\\d+)\\s*([、.．，,]?)\\s*(.*)$`);

const NORM_TITLES = new Map(SECTIONS.map((s) => [s.no, { official: normQuote(s.title), variants: s.variants.map(normQuote) }]));

/** `t` is already normalised (normQuote). */
function titleMatches(s: SectionDef, t: string): 'official' | 'variant' | null {
  const n = NORM_TITLES.get(s.no)!;
  if (t === n.official) return 'official';
  return n.variants.includes(t) ? 'variant' : null;
}

function isPrefixOfTitle(s: SectionDef, t: string): boolean {
  const n = NORM_TITLES.get(s.no)!;
  return t.length > 0 && (n.official.startsWith(t) || n.variants.some((v) => v.startsWith(t)));
}

/** The heading is the last thing on a truncated page (nothing but blank lines after it). */
function isLastHeading(ctx: Ctx, h: Heading): boolean {
  const text = ctx.source?.text;
  if (!text) return false;
  const at = text.lastIndexOf(h.text.trim());
  return at >= 0 && text.slice(at + h.text.trim().length).trim().length === 0;
}

/** The text's first line numbered 「（一）」 with words after it, and whether it is the text's first line at all. */
function firstSubHeading(ctx: Ctx): { line: string; first: boolean } | null {
  const lines = (ctx.source?.text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.findIndex((l) => { const m = PAREN_NUMBERED.exec(l); return m?.[1] === CHINESE_ORDINALS[0] && !!m[2]; });
  return at < 0 ? null : { line: lines[at], first: at === 0 };
}

const TABLE_ROW_TITLE = /本年新收|上年结转|办理结果|结转下年度|申请数量|\|/;

/** The first short line opening with the section's numeral and 、 (no sentence in it), when the parser took none. */
function numberedLine(ctx: Ctx, s: SectionDef): string | null {
  const text = ctx.source?.text;
  if (!text) return null;
  // On its own line, or in a page flattened onto one line between blanks (「…报告如下: 一、2020年…成效 (一)…」).
  const re = new RegExp(`^\\s*${s.numeral}\\s*、\\s*([^。；\\n]{2,40})$|(?<=\\s)${s.numeral}、([^。；，,\\s]{2,40})(?=\\s)`, 'm');
  const m = re.exec(text);
  const title = m ? (m[1] ?? m[2]) : '';
  // The official heading itself (the parser missed it), or 表三's top rows (「一、本年新收…」), are no replaced title.
  if (!m || titleMatches(s, normQuote(title)) || TABLE_ROW_TITLE.test(title)) return null;
  return `${s.numeral}、${title.trim()}`;
}


/** The first non-blank line after a bare heading (「一、」), in the parsed text. */
function lineAfter(ctx: Ctx, h: Heading): string {
  const text = ctx.source?.text;
  if (!text) return '';
  const at = text.indexOf(h.text.trim());
  if (at < 0) return '';
  const next = text.slice(at + h.text.trim().length).split('\n').map((x) => x.trim()).find((x) => x);
  return next && next.length <= 30 ? normQuote(next) : '';
}

function headingsOf(ctx: Ctx): Heading[] {
  if (ctx.source) return ctx.source.headings.map((h) => ({ no: h.no, text: h.text }));
  return ctx.report.sections.map((s) => ({ no: s.no, text: s.heading }));
}

const tableIds = new Map<FormatId, [number, string[]][]>();
/** Which of 表二/三/四 have cells (one lookup per table in the usual case, not one per cell). */
function tablesPresent(ctx: Ctx): Set<number> {
  const seen = new Set<number>();
  if (!ctx.format) {
    for (const id of Object.keys(ctx.cells)) seen.add(id.charCodeAt(1) - 48); // 't3.…' → 3
    return seen;
  }
  let groups = tableIds.get(ctx.format);
  if (!groups) {
    const by = new Map<number, string[]>();
    for (const c of cellsOf(ctx.format)) {
      const no = c.table.charCodeAt(1) - 48;
      by.set(no, [...(by.get(no) ?? []), c.id]);
    }
    groups = [...by];
    tableIds.set(ctx.format, groups);
  }
  for (const [no, ids] of groups) if (ids.some((id) => ctx.cells[id] !== undefined)) seen.add(no);
  return seen;
}

// (「- 总体情况」: a Markdown list item of a saved page.)
const BULLET = /^\s*(?:[•·●▪◆■○◇]|[-*+](?=\s))\s*/;

/**
 * 「一、总体情况」 then 「一、主动公开」「二、依申请公开」「三、政府信息管理」: the items under 一 numbered again from 一 —
 * sub-headings in the sections' numbering, not renamed sections. Returns the headings to read as such (up to the
 * first one that is an official section title again), empty when the text does not restart.
 */
function restartedUnderOne(ctx: Ctx, heads: Heading[]): { items: string[]; skip: Set<Heading> } {
  const none = { items: [], skip: new Set<Heading>() };
  const lines = (ctx.source?.text ?? '').split('\n').map((l) => normQuote(l.trim())).filter(Boolean);
  const parts = (l: string) => HEAD_RE.exec(l);
  // (An official title, whole: 「主动公开」 is only the start of one, and is the item here.)
  const official = (rest: string) => SECTIONS.some((d) => titleMatches(d, rest));
  const first = lines.findIndex((l) => parts(l)?.[1] === SECTIONS[0].numeral && parts(l)?.[2] === '、' && titleMatches(SECTIONS[0], parts(l)![3]));
  if (first < 0) return none;
  const numbered = lines.slice(first + 1).filter((l) => { const m = parts(l); return !!m && m[2] === '、' && SECTIONS.some((d) => d.numeral === m[1]); });
  if (!numbered.length || parts(numbered[0])![1] !== SECTIONS[0].numeral || official(parts(numbered[0])![3]) || isPrefixOfTitle(SECTIONS[0], parts(numbered[0])![3])) return none;
  const items: string[] = [];
  for (const l of numbered) {
    if (official(parts(l)![3])) break;
    items.push(l);
  }
  // The headings the parser took from these lines (「二、依申请公开」) are the items, not sections.
  const skip = new Set(heads.filter((h) => items.some((x) => x.startsWith(normQuote(h.text.trim())) || normQuote(h.text.trim()).startsWith(x))));
  return { items, skip };
}

function fHeadings(ctx: Ctx) {
  const heads = headingsOf(ctx);
  const seen: number[] = [];
  const rewritten: Rewritten[] = [];
  const { items, skip: sub } = restartedUnderOne(ctx, heads);
  if (items.length) {
    emit(ctx, 'F-NUMBERING', {
      severity: 'W',
      message: `「${sectionHeading(SECTIONS[0])}」之下的小标题又从「一、」编号（${items.slice(0, 3).map((x) => `「${clip(x, 16)}」`).join('')}），与六个部分的编号冲突，应写作「（一）」「（二）」…`,
      where: { section: 1 },
      expected: '（一）（二）（三）',
      actual: items.join('；'),
      evidence: { quote: items[0] },
    });
  }
  for (const h of heads) {
    if (sub.has(h)) continue;
    // 「• 总体情况」: a web page's list item, whose numbering the page's markup draws — not visible in the text.
    const bullet = BULLET.exec(h.text);
    const text = normQuote(h.text.slice(bullet?.[0].length ?? 0));
    // 「(二)主动公开政府信息的情况」: numbered like a sub-heading.
    const paren = PAREN_NUMBERED.exec(text);
    const m = paren ? null : HEAD_RE.exec(text);
    const numeral = m?.[1] ?? '';
    const rest = paren ? paren[2] : m ? m[3] : text;
    const byTitle = SECTIONS.find((s) => titleMatches(s, rest));
    const n = h.no ?? (numeral ? (/\d/.test(numeral) ? Number(numeral) : cnToNumber(numeral)) : (byTitle?.no ?? null));
    const def = SECTIONS.find((s) => s.no === n);
    if (!def) continue;
    // 「2.依申请公开政府信息情况」 under an old-style 一 is a sub-heading, not a renumbered section heading.
    if (/\d/.test(numeral) && !byTitle && !isPrefixOfTitle(def, rest)) continue;
    seen.push(def.no);
    const official = sectionHeading(def);
    const problems: string[] = [];
    if (paren) problems.push(`编号写作「（${paren[1]}）」（小标题的编号），应为「${def.numeral}、」`);
    else if ((numeral || !bullet) && (numeral !== def.numeral || (m && m[2] !== '、'))) problems.push(numeral ? `编号写作「${numeral}${m?.[2] ?? ''}」，应为「${def.numeral}、」` : `缺少编号「${def.numeral}、」`);
    // 「一．总体情况」: the right numeral with another mark after it is a warning.
    const markOnly = numeral === def.numeral && !!m && m[2] !== '、';
    // A truncated page can stop inside a heading (「二、主」) or right after its numeral (「四、」): not a rewording.
    const cut = !ctx.complete && (!rest || isPrefixOfTitle(def, rest)) && isLastHeading(ctx, h);
    // 「一、」 on one line and 「总体情况」 on the next: the heading is whole, only broken.
    const title = rest || lineAfter(ctx, h);
    let widened = false;
    if (!titleMatches(def, title) && !cut) {
      // 「一、政府信息公开工作总体情况」 keeps the official words and adds some: a warning, not a wrong heading.
      // 「五、存在的主要问题和改进情况」: a conjunction or 的 changed, the words kept — a warning too.
      const loose = (x: string) => normQuote(x).replace(/[和及与、的]|工作|政府信息公开/g, '');
      widened = !!title && (normQuote(title).includes(normQuote(def.title)) || (loose(title) === loose(def.title) && loose(title).length > 0));
      problems.push(title ? (widened ? `在规定标题上增加了文字（「${title}」）` : `标题改写为「${title}」`) : '缺少标题文字');
    }
    if (!problems.length) continue;
    const warning = problems.length === 1 && (widened || (markOnly && titleMatches(def, title)));
    if (!warning && problems.length === 1 && problems[0].startsWith('标题改写')) {
      rewritten.push({ text: h.text, official, no: def.no, message: `${SECTION_NAME[def.no]}标题「${clip(h.text, 40)}」：${problems[0]}；规定标题为「${official}」` });
      continue;
    }
    emit(ctx, 'F-HEADINGS', {
      severity: warning ? 'W' : undefined,
      message: `${SECTION_NAME[def.no]}标题「${clip(h.text, 40)}」：${problems.join('，')}；规定标题为「${official}」`,
      where: { section: def.no },
      expected: official,
      actual: h.text,
      evidence: { quote: h.text },
    });
  }
  reportRewritten(ctx, rewritten);
  for (let i = 1; i < seen.length; i++) {
    if (seen[i] <= seen[i - 1]) {
      emit(ctx, 'F-HEADINGS', {
        message: `部分标题顺序错误：「${SECTIONS[seen[i] - 1].numeral}」出现在「${SECTIONS[seen[i - 1] - 1].numeral}」之后`,
        where: { section: seen[i] },
        expected: SECTIONS.map(sectionHeading).join('；'),
        actual: heads.map((h) => h.text).join('；'),
        evidence: { quote: heads.map((h) => h.text).join('；') },
      });
      break;
    }
  }
  // Missing: only where the report demonstrably covers that far (a later section, its table, or complete).
  const present = new Set(seen);
  const tablesSeen = tablesPresent(ctx);
  const reach = Math.max(0, ...seen, ...tablesSeen);
  for (const s of SECTIONS) {
    if (present.has(s.no)) continue;
    // A title alone on its line without its numeral is placed by the parser (parse/headings.ts withBareTitles) and
    // judged above with the other headings; one it did not place (out of order, a table of contents) is no heading.
    const established = ctx.complete || s.no < reach || tablesSeen.has(s.no);
    // 「一、2020年政务公开工作完成情况及成效」: a line numbered as the section, its title replaced. On an excerpt that
    // shows no official heading at all, a warning (the page may go on); where the heading must be there, an error.
    const replaced = established || !heads.length ? numberedLine(ctx, s) : null;
    // No section heading anywhere, and the text goes from its preface straight to 「(一)…」 (q035, u028): 一's heading
    // is missing where 一 begins — a warning, as the excerpt shows no more.
    const sub = s.no === 1 ? firstSubHeading(ctx) : null;
    if (sub && !heads.length && !replaced && !established && /\S/.test(prefaceOf(ctx))) {
      const quote = clip(sub.line, 20);
      emit(ctx, 'F-HEADINGS', { severity: 'W', message: `缺少${SECTION_NAME[1]}标题「${sectionHeading(s)}」：导语之后直接是「${quote}」`, where: { section: 1 }, expected: sectionHeading(s), actual: '缺失', evidence: { quote } });
      continue;
    }
    if (!established && !replaced) continue;
    if (replaced) {
      emit(ctx, 'F-HEADINGS', {
        severity: established ? undefined : 'W',
        message: `${SECTION_NAME[s.no]}标题写作「${replaced}」，不是规定标题「${sectionHeading(s)}」`,
        where: { section: s.no },
        expected: sectionHeading(s),
        actual: replaced,
        evidence: { quote: replaced },
      });
      continue;
    }
    const list = heads.length ? heads.map((h) => h.text).join('；') : '（未找到任何部分标题）';
    const at = tablesSeen.has(s.no) ? tableStartLine(ctx, s.no) : nextPlace(ctx, s.no, heads, tablesSeen);
    // A text whose very first line is already 一's first sub-heading (「(一)政府信息主动公开情况:…」, v016): the page
    // was saved from below its top — the heading may be lost with the title. A warning.
    emit(ctx, 'F-HEADINGS', {
      severity: sub?.first ? 'W' : undefined,
      message: `缺少${SECTION_NAME[s.no]}标题「${sectionHeading(s)}」${tablesSeen.has(s.no) ? '（该部分的表格存在，标题却没有）' : ''}`,
      where: { section: s.no },
      expected: sectionHeading(s),
      actual: '缺失',
      // (The line where the section's table begins, when it is there: the place a reviewer looks for the heading.)
      evidence: { quote: at ?? `已有标题：${list}` },
    });
  }
}

/** The heading or table that follows a missing section, the first in the text: the heading belongs before it. */
function nextPlace(ctx: Ctx, no: number, heads: Heading[], tables: Set<number>): string | null {
  const text = ctx.source?.text ?? '';
  const later = [...heads.filter((h) => (h.no ?? 0) > no).map((h) => h.text), ...[2, 3, 4].filter((n) => n > no && tables.has(n)).map((n) => tableStartLine(ctx, n))];
  const found = later.flatMap((q) => (q && text.indexOf(q.replace(/…$/, '')) >= 0 ? [{ q, at: text.indexOf(q.replace(/…$/, '')) }] : []));
  return found.sort((a, b) => a.at - b.at)[0]?.q ?? null;
}

/** The words a section's table begins with, from the format's own declaration (a traditional page is read simplified):
 * 表二's first caption (brackets either width), 表三's applicant header or first row, 表四's first and last result. */
function tableStartWords(format: FormatId, no: number): RegExp | undefined {
  // (A caption holds no pattern characters but its brackets, which a page writes either width.)
  const loose = (s: string) => s.replace(/[（(]/g, '[（(]\\s*').replace(/[）)]/g, '\\s*[）)]');
  if (no === 2) return new RegExp(loose(tableDef(format, 't2').blocks[0].caption ?? ''));
  if (no === 3) {
    const first = tableDef(format, 't3').blocks[0].rows.find((r) => r.key === 'new')!.label.replace(/^[一二三四五六七八九十]+、/, '');
    return new RegExp(`${T3_APPLICANT_HEADER}|${first.slice(0, first.indexOf('政府信息'))}`);
  }
  if (no === 4) return new RegExp(tableDef(format, 't4').blocks[0].columns.filter((c) => c.key === 'upheld' || c.key === 'pending').map((c) => c.label).join('|'));
  return undefined;
}
/** The line a section's table starts on, as written (clipped), when it can be found. */
function tableStartLine(ctx: Ctx, no: number): string | null {
  const re = tableStartWords(ctx.format ?? '2021', no);
  const line = re ? (ctx.source?.text ?? '').split('\n').find((l) => re.test(l)) : undefined;
  return line ? clip(line.trim(), 24) : null;
}

interface Rewritten {
  text: string;
  official: string;
  no: number;
  message: string;
}

/** Headings whose titles were rewritten: one finding each, or — three or more (a superseded or self-made layout, 「一、基本情况
 * 二、主动公开情况 … 五、政府信息公开事务收费情况」) — one finding for the whole structure, listing them all. */
function reportRewritten(ctx: Ctx, rewritten: Rewritten[]): void {
  if (rewritten.length >= 3) {
    emit(ctx, 'F-HEADINGS', {
      message: `${rewritten.length}个部分标题不是规定标题，报告沿用了旧版或自拟的结构：${rewritten.map((r) => `「${clip(r.text, 30)}」应为「${r.official}」`).join('；')}`,
      where: {},
      expected: rewritten.map((r) => r.official).join('；'),
      actual: rewritten.map((r) => r.text).join('；'),
      evidence: { quote: rewritten[0].text },
    });
    return;
  }
  for (const r of rewritten) emit(ctx, 'F-HEADINGS', { message: r.message, where: { section: r.no }, expected: r.official, actual: r.text, evidence: { quote: r.text } });
}

// ---------- F-LABELS ----------

/** The label as it stands in the text with what follows it (the next header cells), so a reviewer can find it. */
function labelContext(ctx: Ctx, written: string): string {
  const text = ctx.source?.text ?? '';
  const at = text.indexOf(written);
  return at < 0 ? written : text.slice(at, at + written.length + 24).trimEnd();
}

function fLabels(ctx: Ctx) {
  const seen = new Set<string>();
  for (const l of ctx.source?.labels ?? []) {
    // The same cut header repeated in every block of 表二 is one problem.
    if (seen.has(`${l.written}>${l.official}`)) continue;
    seen.add(`${l.written}>${l.official}`);
    const table = TABLE_NAMES[l.table as TableKey] ?? l.table;
    emit(ctx, 'F-LABELS', {
      message: `${table}固定栏目名称被改动：写作「${l.written}」，规定为「${l.official}」`,
      where: { table: l.table as 't2' | 't3' | 't4', row: l.key },
      expected: l.official,
      actual: l.written,
      evidence: { quote: labelContext(ctx, l.written) },
    });
  }
}

// ---------- F-TITLE ----------

const TITLE_RE = /^(.*?)(\d{4})年度?政府信息公开工作年度报告$/;
const YEAR_FIRST_RE = /^(\d{4})年度?(.*?)政府信息公开工作年度报告$/;

/** Page furniture around a title: 「• 标  题:」 metadata labels. */
const TITLE_LABEL = /^[•·|\s]*(?:标\s*题\s*[:：]?\s*)?/;
/** A line of the page header that carries the report's name (breadcrumb, metadata row, site title). */
const HEADER_NAMES_REPORT = /(年报|年度报告|工作报告|信息公开.{0,6}报告)/;
const FURNITURE = /^[•·●◆▪■►]|[>›»|]|当前位置|所在位置|首页|索引号|发布机构|来源|浏览|字号|打印|分享|标\s*题/;

/** The report named by the sentence that publishes it: 「现公布…2022年度政府信息公开工作报告」「编制《…报告》」. */
const NAMED_IN_PREFACE = /(?:公布|发布|编制|制定|形成)(?:了|如下)?《?([^。，,；《》\n]{0,30}?(?:19|20)\d{2}\s*年度?[^。，,；《》\n]{0,16}?(?:信息公开|政务公开)[^。，,；《》\n]{0,10}?报告)/;

function fTitle(ctx: Ctx) {
  // Page chrome around the title: a table pipe, the column's name glued before it (「政府信息公开贵阳市2020年…」), the
  // page's date after it (「…年度报告 2025-01-22」).
  const title = ctx.report.title?.trim().replace(TITLE_LABEL, '').replace(/^[|｜\s]+/, '').replace(/^(?:政府信息公开|信息公开)(?=[\u4e00-\u9fff]{2,}?(?:19|20)\d{2})/, '').replace(/\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*$/, '');
  const pattern = '机关全称+YYYY年政府信息公开工作年度报告';
  if (!title) {
    if (!ctx.source?.text) return; // a user's report gets its title from meta when rendered
    const top = ctx.source.text.split('\n', 40).map((l) => l.trim()).filter(Boolean).slice(0, 15);
    // A web page whose title sits in the page header (breadcrumb, metadata row): the report is not untitled.
    // A sentence is no header line (「关于印发<…格式>的通知」 has a 「>」 of its own: i015).
    if (top.some((l) => !/[。；]/.test(l) && FURNITURE.test(l) && HEADER_NAMES_REPORT.test(l))) return;
    // A garbled title (「政府信息公开年度报告2021」, a title broken by furniture) is reported as garbled.
    // (「七家子镇2023年政府信息公开 工作告年度报」: the words of the name scrambled, 报告 nowhere whole.)
    const garbled = top.find((l) => l.length <= 60 && !/[。；，,]/.test(l) && /(政府信息|政务公开|信息公开)/.test(l) && (/(年报|报告)/.test(l) || (/(?:19|20)\d{2}\s*年/.test(l) && /报/.test(l) && /告/.test(l))) && !FURNITURE.test(l));
    if (garbled) {
      emit(ctx, 'F-TITLE', { message: `标题「${clip(garbled, 50)}」写法有误，应为「${pattern}」`, where: {}, expected: pattern, actual: garbled, evidence: { quote: garbled } });
      return;
    }
    // No title line: the name the preface gives the report (「现公布哈尔滨市商务局2022年度政府信息公开工作报告」) is
    // its title; a name that is not a 年度报告 is wrong whatever the page header says.
    const named = NAMED_IN_PREFACE.exec(prefaceOf(ctx));
    // What the name itself gets wrong (「2025年拉萨市财政局…」「安顺市2024年度…年度报告」); a name without the agency
    // (「现公布2024年政府信息公开工作年度报告」) is how prefaces are written.
    const why = named ? prefaceNameProblem(named[1]) : '';
    if (named && why) {
      emit(ctx, 'F-TITLE', { message: `前言所称报告名称「${named[1]}」${withPattern(why, pattern)}`, where: {}, expected: pattern, actual: named[1], evidence: { quote: named[1] } });
      return;
    }
    // An excerpt of a page (the parser did not see the report's end) may simply not include the page header.
    if (!ctx.complete) return;
    const first = top[0] ?? '';
    emit(ctx, 'F-TITLE', {
      message: `报告缺少标题，应为「${pattern}」${ctx.agencyName && ctx.year ? `，如「${ctx.agencyName}${ctx.year}年政府信息公开工作年度报告」` : ''}`,
      where: {},
      expected: pattern,
      actual: '缺失',
      evidence: { quote: `全文首行：${clip(first, 50)}` },
    });
    return;
  }
  const why = titleProblem(title);
  if (why)
    emit(ctx, 'F-TITLE', {
      message: `标题「${title}」${withPattern(why, pattern)}`,
      where: {},
      expected: pattern,
      actual: title,
      evidence: { quote: title },
    });
  secondTitle(ctx, title, pattern);
}

/** The problem, then the official pattern — said as 「格式为」 when the problem already says what it should be. */
function withPattern(why: string, pattern: string): string {
  return why.includes('应为') ? `${why}；标题格式为「${pattern}」` : `${why}，应为「${pattern}」`;
}

/** What a preface's name of the report gets wrong in its words; a city named by its place and 「2020年度…年度报告」
 * are how prefaces speak (labellers leave them). */
function prefaceNameProblem(name: string): string {
  if (!/年度报告$/.test(name)) return '不是「年度报告」';
  const why = titleProblem(name);
  return /年份写在|关于|缺「年」/.test(why) ? why : '';
}

/** 「硚口区政府办公室」「贵州省卫生健康委」「…开发区管委会」: a body named by its usual short form, not its full name
 * (「…区人民政府」「…委员会」「…管理委员会」). Words in brackets after the name are the page's, not the title's. */
function shortAgencyName(name: string): string {
  // (「建平乡政府」「下湿壕镇政府」 too: a township's government is its 人民政府.)
  const gov = /^(.{0,12}?(?:[区县市州旗盟乡镇]|苏木))政府/.exec(name);
  if (gov && !/人民政府/.test(name)) return `机关名称「${name}」用了简称，「${gov[1]}政府」全称为「${gov[1]}人民政府」`;
  if (/管委会$/.test(name)) return `机关名称「${name}」用了简称，全称为「${name.replace(/管委会$/, '管理委员会')}」`;
  if (/(?<!员)委$/.test(name)) return `机关名称「${name}」用了简称，全称为「${name}员会」`;
  // 「咸宁市气象部门」「X市税务系统」: a sector named, not the agency that publishes.
  if (/(?:部门|系统)$/.test(name)) return `机关名称「${name}」是行业统称，不是发布机关的全称（如「…局」）`;
  return '';
}

/** What is wrong with a title as written, or '' when it follows 「机关全称+YYYY年政府信息公开工作年度报告」. */
function titleProblem(title: string): string {
  const t = normQuote(title);
  const m = TITLE_RE.exec(t);
  const yearFirst = YEAR_FIRST_RE.exec(t);
  if (!/\d{4}/.test(t)) return '缺少年份';
  // 「竹泓镇2025政府信息公开工作年度报告」: the year without its 年.
  if (/\d{4}(?:政府信息公开|信息公开)/.test(t)) return '年份后缺「年」';
  if (!m && !(yearFirst && yearFirst[2].length >= 2)) return '不符合规定的写法';
  if (m && m[1].length < 2 && !(yearFirst && yearFirst[2].length >= 2)) return '未写明机关名称';
  // 「2025年拉萨市财政局…」: TITLE_RE reads it with an empty name before the year.
  if ((!m || m[1].length < 2) && yearFirst) return '年份写在机关名称之前';
  if (m && /^[县市区省州旗]|^自治[区州县]/.test(m[1])) return `机关名称「${m[1]}」不是全称（未写地名）`;
  // 「住建局 2025 年…」: a department named with no place at all.
  if (m && /^[\u4e00-\u9fff]{2,8}(?:局|委员会|委|办公室|中心)$/.test(m[1].replace(/\s+/g, '')) && !/[省市县区州旗盟镇乡]|街道|国家/.test(m[1])) return `机关名称「${m[1].trim()}」不是全称（未写地名）`;
  // 「兰州市2020年…」「科尔沁右翼中旗2023年…」: a place, not the government's full name (spec: 机关全称).
  // A province's report for the whole province is titled by the province (「湖北省2019年…」) by custom.
  if (m && /^[\u4e00-\u9fff]{2,16}$/.test(m[1]) && GOV_UNIT.test(m[1]) && !/(?:省|自治区)$/.test(m[1]) && !/开发区|新区|园区|高新区|保税区|试验区|示范区/.test(m[1]))
    return `机关名称「${m[1]}」只写了地名，应为全称（如「${m[1]}人民政府」）`;
  // A township or street by its place (「同江市临江镇2020年…」「新港街2023年…」): its body is 「…镇人民政府」
  // 「…街道办事处」. The spec's seed 002 is titled so without the table listing it, as it does not list 004's
  // 「年度…年度报告」 either; the rule's 「机关全称」 and the reviewers of batches d–j fault it.
  const town = m ? /^[\u4e00-\u9fff]{2,20}?(镇|乡|苏木|街道|(?<!大)街)$/.exec(m[1]) : null;
  if (town) return `机关名称「${m![1]}」只写了地名，应为全称（如「${m![1].replace(/街$/, '街道')}${town[1] === '街道' || town[1] === '街' ? '办事处' : '人民政府'}」）`;
  const short = m ? shortAgencyName(m[1].replace(/[（(][^）)]*[）)]/g, '')) : '';
  if (short) return short;
  if (/关于/.test(t)) return '多了「关于」';
  // 「2021年度政府信息公开工作年度报告」: 「年度」 twice; the official name is 「2021年…年度报告」.
  if (/\d{4}年度/.test(t)) return '「年度」重复（应写「YYYY年」）';
  return '';
}

/** A page often carries the title twice — the site's header, then the report's own line above its text (c005, d031);
 * the second one is what the agency wrote, and is judged too. */
function secondTitle(ctx: Ctx, first: string, pattern: string): void {
  const text = ctx.source?.text;
  if (!text) return;
  const firstHead = ctx.source?.headings[0]?.text.trim();
  const key = normQuote(first);
  const lines: string[] = [];
  for (const raw of text.split('\n', 60)) {
    const l = raw.trim();
    if (firstHead && l === firstHead) break;
    if (l) lines.push(l);
  }
  for (const l of lines.slice(0, 20)) {
    if (l.length > 60 || /[。；，,《》]|通知/.test(l) || FURNITURE.test(l) || !/信息公开/.test(l) || !/报告$/.test(l)) continue;
    if (normQuote(l) === key) continue;
    // The agency often sits on the line above or in the header: only what the line itself gets wrong.
    const why = titleProblem(l);
    if (!/年份|年度|关于|缺「年」/.test(why) || (why === '缺少年份' && (/^(.*?)(?:政府)?信息公开/.exec(l)?.[1].length ?? 0) < 2)) continue;
    emit(ctx, 'F-TITLE', { message: `正文标题「${l}」${withPattern(why, pattern)}`, where: {}, expected: pattern, actual: l, evidence: { quote: l } });
    return;
  }
}

// ---------- F-NUMBERING ----------

const PAREN_ENUM = /^\s*[（(]\s*([一二三四五六七八九十]+|\d+)\s*[）)]/;

/** A finding needs both styles somewhere in the section: texts without one of them are not split into lines. */
const CN_ENUM_ANYWHERE = /[（(]\s*[一二三四五六七八九十]+\s*[）)]/;
const AR_ENUM_ANYWHERE = /[（(]\s*\d+\s*[）)]/;

function fNumbering(ctx: Ctx) {
  for (const [no, s] of ctx.sections) {
    const text = sectionText(s);
    if (!AR_ENUM_ANYWHERE.test(text) || !CN_ENUM_ANYWHERE.test(text)) continue;
    const lines = text.split('\n');
    const cn: string[] = [];
    const ar: string[] = [];
    const order: string[] = [];
    for (const line of lines) {
      const m = PAREN_ENUM.exec(line);
      if (!m) continue;
      const q = clip(line.trim(), 16);
      (/\d/.test(m[1]) ? ar : cn).push(q);
      order.push(q);
    }
    if (!cn.length || !ar.length) continue;
    emit(ctx, 'F-NUMBERING', {
      message: `${SECTION_NAME[no]}小标题编号样式混用：既有「（一）」式（${cn.length}处），又有「（1）」式（${ar.length}处），应统一`,
      where: { section: no },
      expected: '统一的编号样式',
      actual: order.map((q) => q.replace(/^\s*([（(][^）)]*[）)]).*$/, '$1')).join(''),
      evidence: { quote: order.join(' / ') },
    });
  }
}

export function checkFormat(ctx: Ctx): void {
  fVersion(ctx);
  fHeadings(ctx);
  fLabels(ctx);
  fTitle(ctx);
  fNumbering(ctx);
  numberingOrder(ctx);
  fPreface(ctx);
}
