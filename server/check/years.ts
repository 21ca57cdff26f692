// N-YEAR (wrong or stale report year) and N-STALE-REF (last year's 要点/notice as basis, 「新修订的《条例》」).
import { FORMATS, type FormatId } from '../format/index.js';
import { emit, foldedNarrative, narrativeText, prefaceOf, sectionSentences, SECTION_NAME, type Ctx } from './context.js';
import { clip, fold, sentences } from './text.js';
import { staleSpirit } from './plenums.js';

const TITLE_YEAR = /(\d{4})年度?政府信息公开/;
const PERIOD = /(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日[^。；]{0,8}?(?:至|到|—|－|-|~|～)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/;
const CUTOFF = /(?:截止|截至|截止日期为|截止到)\s*(\d{4})\s*年\s*(?:12\s*月\s*31\s*日|底|末)/;
const REPORT_AS_FOLLOWS = /现将[^。]{0,14}?(\d{4})\s*年度?[^。]{0,24}?(?:报告如下|情况如下)/;
/** 「我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》」: the report names itself with a year. */
/** (「公布2018年度本街道政府信息公开工作年度报告」: the body's self-name may sit between the year and the words.) */
const OWN_REPORT = /(?:编制|现公布|现公开|现予公布|向社会公布|特此公布|现将)[^。]{0,12}?《?([^《》。，,]{0,30}?)(\d{4})\s*年度?(?:[本我][\u4e00-\u9fff]{1,3}?)?(?:政府信息公开|政务公开|信息公开)[^。》]{0,8}报告》?/;
const PAST_REF = /上年度|上一年|去年|往年|历年/;
const PLAN_LEAD = /^[^。]{0,6}?(\d{4})\s*年度?/;
const FUTURE = /将|计划|拟|打算|力争|要进一步|着力/;
const PAST_DONE = /虽然|取得了|已经|已将|开展了|完成了|实现了/;
const DONE_REPORT = /(?:按时|如期|按期|及时)?(?:编制)?完成[^。；，,]{0,12}?(\d{4})\s*年度?(?:政府信息公开|政务公开|信息公开)[^。；]{0,6}?(?:年度)?(?:报告|年报)/;
const WORK_PLAN = /(\d{4})\s*年(?:度)?(?:工作)?(?:计划|打算|思路|安排|改进措施)/;
// (The year may run straight into its subject: 「2020年我局未收到…」「2021年没有…复议申请」.)
const WORK_LEAD = /^(\d{4})\s*年度?(?:[，,\s]|(?=[我本全共无未没该]))/;
const WORK_VERBS = /认真|扎实|积极|全面|紧紧围绕|坚持|按照|主动公开|收到|共公开|深入|受理|办理|申请|复议|诉讼|组织|强化|进一步/;
/** A sentence about another year on purpose: a comparison, a stock since, carried-over applications. */
const OTHER_YEAR_ON_PURPOSE = /同比|比|较|以来|累计|结转|上年|去年|遗留|转入|截至|截止/;

/**
 * The year a sentence of 一–四 wrongly gives this year's work, or 0: it opens on last year (「2019年,我镇通过…公开信息94条」
 * in 2020) or next year told as done (「2022年,侯家庄乡人民政府严格按照…」 in 2021), or on an older year with a count.
 * (A comparison, a stock since some year, carried-over applications and plans are about another year on purpose.)
 * (Next year is odd only where this year opens more of the body's sentences: else the stated year is what is stale.)
 */
function misdatedWork(f: string, Y: number, nextIsOdd: boolean, section: number): number {
  const wm = WORK_LEAD.exec(f);
  // (A sentence that also speaks of this year — 「本年度收到申请5件」「本年复议机关维持」 — compares or carries on.)
  if (!wm || f.includes(`${Y}年`) || OTHER_YEAR_ON_PURPOSE.test(f) || /本年|今年|当年/.test(f)) return 0;
  const wy = Number(wm[1]);
  // In 三 and 四 (cases may be last year's) only a year with none at all: 「2020年我局未收到信息公开申请」.
  if (section >= 3) return wy === Y - 1 && /(?:未|没有|无)(?:收到|发生|受理)|均为0|为零/.test(f) ? wy : 0;
  const count = /(?:公开|发布|公布)[^。；]{0,16}?\d+\s*(?:条|篇|件)/.test(f);
  // (「2025年，我镇继续深化…」: 继续/持续/进一步 speak of next year's plan as 将 does.)
  if (wy === Y + 1) return nextIsOdd && !FUTURE.test(f) && !/继续|持续|进一步|深化|不断/.test(f) ? wy : 0;
  return (wy === Y - 1 && (WORK_VERBS.test(f) || count)) || (wy >= Y - 3 && wy < Y && count) ? wy : 0;
}

function nYear(ctx: Ctx) {
  const Y = ctx.year;
  if (Y === null) return;
  const bad = (where: { section?: number }, quote: string, what: string, expected: number, actual: number) =>
    emit(ctx, 'N-YEAR', {
      message: `${what}写作 ${actual} 年，报告年度为 ${Y} 年，应为 ${expected} 年`,
      where,
      expected,
      actual,
      evidence: { quote },
    });
  const title = ctx.report.title;
  const tm = title ? TITLE_YEAR.exec(fold(title)) : null;
  if (tm && Number(tm[1]) !== Y) bad({}, title!, '标题中的年度', Y, Number(tm[1]));

  // Preface: statistical period, cut-off date, 「现将…年度…报告如下」.
  const preface = prefaceOf(ctx);
  const preFolded = fold(preface); // same length: slices at the same offsets
  const pre = sentences(preface).map((x) => ({ text: x.text, start: x.start, folded: preFolded.slice(x.start, x.start + x.text.length) }));
  const parts = [{ list: pre, section: undefined as number | undefined }, ...[...ctx.sections.keys()].map((no) => ({ list: sectionSentences(ctx, no), section: no }))];
  const seen = new Set<string>();
  const leads = (y: number) => parts.filter((p) => p.section !== undefined).flatMap((p) => p.list).filter((s) => s.folded.startsWith(`${y}年`)).length;
  const nextIsOdd = leads(Y + 1) < leads(Y);
  for (const { list, section } of parts) {
    for (const s of list) {
      const f = s.folded;
      if (!f.includes('年')) continue; // every rule here reads a year
      const pm = f.includes('31') ? PERIOD.exec(f) : null;
      if (pm) {
        for (const y of [Number(pm[1]), Number(pm[2])])
          if (y !== Y && !seen.has(`p${s.text}`)) {
            seen.add(`p${s.text}`);
            bad({ section }, s.text, '统计期限', Y, y);
          }
      } else {
        const cm = /31|年底|年末/.test(f) ? CUTOFF.exec(f) : null;
        // In 一/二 only a sentence that opens on the cut-off date and counts this year's work (d017 「截至2020年12月31日,
        // 我办通过…公开…」 in 2021), not a stock since some year or a comparison.
        // (In 三 a sentence opening on it about this year's applications: al026 「截至2021年底,我镇尚无…申请」 in 2022.)
        const opens = cm && (section === undefined || ((section === 1 || section === 2) && cm.index < 24 && /\d+\s*(?:条|篇|件)/.test(f) && !/同比|比|较|累计|以来/.test(f)) ||
          (section === 3 && cm.index < 24 && /申请/.test(f) && !/同比|比|较|累计|以来|结转|未办结|尚未|遗留|上年|转入/.test(f)));
        if (cm && opens && Number(cm[1]) !== Y) bad({ section }, s.text, '数据截止日期', Y, Number(cm[1]));
      }
      const rm = f.includes('现将') ? REPORT_AS_FOLLOWS.exec(f) : null;
      if (rm && Number(rm[1]) !== Y && !seen.has(`r${s.text}`)) {
        seen.add(`r${s.text}`);
        bad({ section }, s.text, '所报告工作的年度', Y, Number(rm[1]));
      }
      // The report naming itself with a stale year (last year's report copied as this year's).
      const om = !rm && section === undefined && /编制|公布|公开|现将/.test(f) ? OWN_REPORT.exec(f) : null;
      if (om && Number(om[2]) !== Y && !PAST_REF.test(f) && !seen.has(`o${s.text}`)) {
        seen.add(`o${s.text}`);
        bad({ section }, s.text, '本报告名称中的年度', Y, Number(om[2]));
      }
      // This year's work dated last year (一、二).
      if (section !== undefined && section <= 4 && !rm) {
        const wy = misdatedWork(f, Y, nextIsOdd, section);
        if (wy) bad({ section }, s.text, `${SECTION_NAME[section]}所述本年工作的年度`, Y, wy);
      }
      // 「依法按时完成长通街道2024年政府信息公开年度报告」 in the 2024 report: this year's work completed last year's
      // report (Y−1); this year's own report cannot be done within the year.
      if (section !== undefined && section <= 2) {
        const done = DONE_REPORT.exec(f);
        // (Not a plan — 「将于2023年1月31日前完成2022年…年度报告的编制」 — nor a sentence naming next year, which speaks of
        // this very report being done in January.)
        // (Nor the preface naming this very report: 「编制完成《…2021年…年度报告》(以下简称《报告》)」.)
        const selfNamed = done ? /^[^。；]{0,40}?以下简称/.test(f.slice(done.index + done[0].length)) : false;
        if (done && Number(done[1]) === Y && !selfNamed && !FUTURE.test(f.slice(0, done.index + done[0].length)) && !f.includes(`${Y + 1}年`)) bad({ section }, s.text, '本年完成的上一年度报告的年度', Y - 1, Y);
      }
      // Next year's plans (五) dated other than Y+1.
      if (section === 5) {
        const lm = PLAN_LEAD.exec(f);
        if (lm) {
          const y = Number(lm[1]);
          const after = f.slice(lm.index + lm[0].length, lm.index + lm[0].length + 40);
          if (y !== Y + 1 && FUTURE.test(after) && !PAST_DONE.test(after)) bad({ section }, s.text, '第五部分下一年度工作计划的年度', Y + 1, y);
        }
        const wp = WORK_PLAN.exec(f);
        if (wp && Number(wp[1]) !== Y + 1 && Number(wp[1]) !== Y && !lm) bad({ section }, s.text, '第五部分工作计划的年度', Y + 1, Number(wp[1]));
      }
    }
  }
}

// ---------- N-STALE-REF ----------

const DOC_TITLE = /《([^《》]{4,80})》/g;
const PLAN_DOC = /政务公开|政府信息公开|信息公开/;
const PLAN_KIND = /要点|方案|通知|安排|任务|计划|分解/;
const YEAR_IN_TITLE = /(\d{4})\s*(?:年|—|－|-|至)/g;
// (The last alternative: an excerpt cut inside the name, 「严格执行新修订的《政府信息公」.)
// (「新修订后的《…》」 too; and an excerpt cut anywhere inside the title or right after 「新修订的」.)
const NEW_REGULATION = /新修[订改]后?的?《(?:中华人民共和国)?政府信息公开条例》|新修[订改]后?的?(?:《[^《》。，]{0,14})?\s*$|新《条例》|《新条例》|新修[订改]后?的?《条例》|新《(?:中华人民共和国)?政府信息公开条例》|简称[“"]?新条例/;
/** The 文号 of the notice that issued a format (「国办公开办函〔2021〕30号」), spaces tolerated. */
function noticeNumber(format: FormatId): RegExp {
  const m = /〔(\d{4})〕(\d+)号/.exec(FORMATS[format].issuedWith)!;
  return new RegExp(`〔\\s*${m[1]}\\s*〕\\s*${m[2]}\\s*号`);
}
const notice2019 = noticeNumber('2019');
const notice2021 = noticeNumber('2021');
const NOTICE_2019_TITLE = /关于(?:政府信息公开)?(?:工作)?年度报告有关事项的通知/;
const NAME_2019_NUMBER_2021 = new RegExp(`${NOTICE_2019_TITLE.source}》?\\s*[（(]?[^）)。]{0,8}?${notice2021.source}`);

function nStaleRef(ctx: Ctx) {
  const Y = ctx.year;
  if (Y === null) return;
  const text = narrativeText(ctx);
  const f = foldedNarrative(ctx);
  // The sentence, or on a long one (a preface citing five documents) the words around what is cited.
  const quote = (at: number) => {
    const s = sentenceAround(text, at);
    return s.length <= 160 ? s : clip(text.slice(Math.max(0, at - 40), at + 120).trim(), 160);
  };
  // Stale basis documents: one finding listing them all (they are usually cited together).
  const stale: { title: string; year: number; at: number }[] = [];
  DOC_TITLE.lastIndex = 0;
  for (let m = DOC_TITLE.exec(f); m; m = DOC_TITLE.exec(f)) {
    const t = m[1];
    if (!PLAN_DOC.test(t) || !PLAN_KIND.test(t) || /年度报告/.test(t)) continue;
    const years = [...t.matchAll(YEAR_IN_TITLE)].map((x) => Number(x[1]));
    if (years.length !== 1 || /\d{4}\s*[—－\-至]/.test(t)) continue;
    if (years[0] < Y && !stale.some((s) => s.title === t)) stale.push({ title: t, year: years[0], at: m.index });
  }
  if (stale.length)
    emit(ctx, 'N-STALE-REF', {
      message: `${Y}年度报告以往年文件作为本年工作依据：${stale.map((s) => `《${s.title}》（${s.year}年）`).join('、')}，应引用${Y}年的要点或方案`,
      where: {},
      expected: `${Y}年的要点或方案`,
      actual: stale.map((s) => `${s.year}年`).join('、'),
      evidence: { quote: [...new Set(stale.map((s) => quote(s.at)))].join(' / ') },
    });
  // A 年度报告 notice for an earlier year (「关于做好2022年政府信息公开工作年度报告…」 in a 2023 report).
  const nr = /关于做好(\d{4})年度?政府信息公开工作年度报告/.exec(f);
  if (nr && Number(nr[1]) < Y)
    emit(ctx, 'N-STALE-REF', {
      message: `${Y}年度报告引用的编制通知是${nr[1]}年度的`,
      where: {},
      expected: Y,
      actual: Number(nr[1]),
      evidence: { quote: quote(nr.index) },
    });
  staleSpirit(ctx);
  if (Y >= 2021) {
    const found = f.includes('条例') || f.includes('新修') ? NEW_REGULATION.exec(f) : null; // every form names the 条例 or 新修
    const nm = found ? Object.assign([found[0].replace(/^简称[“"]?/, '')], { index: found.index }) : null;
    if (nm)
      emit(ctx, 'N-STALE-REF', {
        message: `${Y}年度报告仍称「${nm[0]}」：《条例》修订于2019年，已不宜称「新修订」`,
        where: {},
        expected: '《中华人民共和国政府信息公开条例》',
        actual: nm[0],
        evidence: { quote: quote(nm.index) },
      });
  }
  if (Y >= 2021) {
    const old = (f.includes('〔') ? notice2019.exec(f) : null) ?? (f.includes('年度报告有关事项') ? NOTICE_2019_TITLE.exec(f) : null);
    // Cited beside the 2021 notice it is still a superseded basis (b118: 「…〔2019〕60号)及…〔2021〕30号」).
    const both = !!old && notice2021.test(f);
    // 「《…年度报告有关事项的通知》(国办公开办函〔2021〕30号)」: the 2019 notice's name kept, the 2021 number put on it.
    const misnamed = both && !notice2019.test(f) ? NAME_2019_NUMBER_2021.exec(f) : null;
    if (misnamed)
      emit(ctx, 'N-STALE-REF', {
        message: `引用的通知名称是2019年的《关于政府信息公开工作年度报告有关事项的通知》，文号却是${FORMATS['2021'].issuedWith}（《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》），名称与文号不符`,
        where: {},
        expected: '关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知',
        actual: '关于政府信息公开工作年度报告有关事项的通知',
        evidence: { quote: quote(misnamed.index) },
      });
    if (old && (!both || notice2019.test(f)))
      emit(ctx, 'N-STALE-REF', {
        message: both
          ? `${Y}年度报告在现行格式通知（${FORMATS['2021'].issuedWith}）之外仍以已被取代的2019年年报格式通知（${FORMATS['2019'].issuedWith}）为依据`
          : `${Y}年度报告以2019年的年报格式通知（${FORMATS['2019'].issuedWith}）为依据，现行格式依据为${FORMATS['2021'].issuedWith}`,
        where: {},
        expected: FORMATS['2021'].issuedWith,
        actual: FORMATS['2019'].issuedWith,
        evidence: { quote: quote(old.index) },
      });
  }
}

const ENDS = '。！？；\n';
function sentenceAround(text: string, at: number): string {
  let a = at;
  while (a > 0 && !ENDS.includes(text[a - 1])) a--;
  let b = at;
  while (b < text.length && !ENDS.includes(text[b])) b++;
  return text.slice(a, Math.min(text.length, b + 1)).trim();
}

/** 「截至11月底,受理行政复议申请56件」: a year's report counting only part of the year. */
const PART_YEAR = /截[至止](?:(\d{4})年)?\s*([1-9]|1[01])\s*月(?:底|末|份|\s*\d{1,2}\s*日)[^。；]{0,30}?\d+\s*(?:件|条|篇|次|人次)/;

function partYear(ctx: Ctx) {
  const Y = ctx.year;
  if (Y === null) return;
  for (const no of [1, 2]) {
    for (const s of sectionSentences(ctx, no)) {
      const m = PART_YEAR.exec(fold(s.text));
      if (!m || (m[1] && Number(m[1]) !== Y)) continue;
      emit(ctx, 'N-YEAR', {
        severity: 'W',
        message: `${SECTION_NAME[no]}的数字只统计到${m[2]}月（「${clip(m[0], 24)}」），年度报告应统计全年（至12月31日）`,
        where: { section: no },
        expected: `${Y}年12月31日`,
        actual: `${m[2]}月`,
        evidence: { quote: s.text },
      });
      return;
    }
  }
}

/** 「今年以来」「截至目前」: words of a text written during the year; the report is read the next year, so the year must be
 * named. (「一年来」 sums up the year, and the spec's labelled reports leave a bare 「今年」 alone.) */
const VAGUE_NOW = /今年以来|今年来(?![访信电])|截[至止]目前|到目前为止/;

function vagueYear(ctx: Ctx) {
  const Y = ctx.year;
  if (Y === null) return;
  const hits: { no: number; text: string; word: string }[] = [];
  for (const no of [1, 2, 3, 4]) {
    for (const s of sectionSentences(ctx, no)) {
      const m = VAGUE_NOW.exec(s.folded);
      // (Plans and comparisons are not this year's work told: 「今年将…」「与今年同期相比」.)
      // (Nor a sentence naming the year already — 「截至目前，2022年我区公开…」 — nor a stock or a case still open at the
      // time of writing: 「截至目前，现行有效规范性文件19件」「…尚在审理中」.)
      if (!m || FUTURE.test(s.folded) || /同比|相比|比去年|比上年|继续|持续/.test(s.folded) || /[《“"][^》”"]*$/.test(s.folded.slice(0, m.index))) continue;
      if (s.folded.includes(`${Y}年`) || (/目前/.test(m[0]) && /现行有效|累计|粉丝|关注|用户|尚|仍|未发生|没有发生|均已|已全部/.test(s.folded))) continue;
      hits.push({ no, text: s.text, word: m[0] });
    }
  }
  if (!hits.length) return;
  const others = [...new Set(hits.slice(1).map((h) => clip(h.text, 20)))].slice(0, 3).map((x) => `「${x}」`).join('');
  emit(ctx, 'N-YEAR', {
    severity: 'W',
    message: `${SECTION_NAME[hits[0].no]}用「${hits[0].word}」指本年度（「${clip(hits[0].text, 30)}」）${others}：年度报告在次年发布，应写明${/目前/.test(hits[0].word) ? `「截至${Y}年12月31日」` : `「${Y}年」`}`,
    where: { section: hits[0].no },
    expected: /目前/.test(hits[0].word) ? `截至${Y}年12月31日` : `${Y}年`,
    actual: hits[0].word,
    evidence: { quote: hits[0].text },
  });
}

/** The notice on compiling this year's report (「关于做好2020年…年度报告…的通知》(永政办发明电〔2019〕28号)」) cannot be
 * numbered in an earlier year: the number was kept from last year's report. */
const NOTICE_NO = /关于[^《》]{0,20}?(\d{4})年度?[^《》]{0,20}?(?:年度报告|年报)[^《》]{0,30}?通知》?\s*[（(]\s*[\u4e00-\u9fff]{2,14}\s*〔\s*(\d{4})\s*〕\s*\d+\s*号/;

function staleNoticeNumber(ctx: Ctx) {
  const Y = ctx.year;
  if (Y === null) return;
  const f = foldedNarrative(ctx);
  if (!f.includes('〔')) return;
  const m = NOTICE_NO.exec(f);
  if (!m || Number(m[1]) !== Y || Number(m[2]) >= Y) return;
  emit(ctx, 'N-YEAR', {
    severity: 'W',
    message: `部署${Y}年度报告的通知，文号却是${m[2]}年的（「${clip(m[0].slice(m[0].lastIndexOf('〔') - 8), 30)}」），疑为沿用上年报告中的文号`,
    where: {},
    expected: `${Y}年或${Y + 1}年的文号`,
    actual: Number(m[2]),
    evidence: { quote: m[0] },
  });
}

export function checkYears(ctx: Ctx): void {
  nYear(ctx);
  partYear(ctx);
  vagueYear(ctx);
  staleNoticeNumber(ctx);
  nStaleRef(ctx);
}
