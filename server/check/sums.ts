// Sums the prose states itself: the application balance (新收 + 上年结转 = 办结 + 结转下年) and totals broken down
// after 「其中」 (「累计发布信息53篇，其中组织机构2篇、部门文件5篇、工作动态43篇、财政预算4篇」).
// Each figure must be tied to its quantity by its own wording; anything less gives no finding (spec §5 notes).
import { describeCell } from '../format/index.js';
import { addExact } from '../report/tables.js';
import { emit, foldedSection, memo, sectionSentences, sectionText, SECTION_NAME, type Ctx } from './context.js';
import { written } from './tables.js';
import { clip, CN_NUM, toNumber } from './text.js';

const NUM = `(\\d+(?:\\.\\d+)?|${CN_NUM})`;
const PIECE = `\\s*(?:件|个|宗)`;

type Quantity = 'new' | 'carried' | 'closed' | 'next';

/** Wordings of the four quantities of 表三's balance, each tied to exactly one row. */
const QUANTITY: Record<Quantity, RegExp> = {
  new: new RegExp(`(?:新收|新受理|新接收|本年(?:度)?(?:收到|受理)|全年(?:共)?(?:收到|受理)|共(?:收到|受理))[^，。；、]{0,14}?申请${NUM}${PIECE}`),
  carried: new RegExp(`(?:上年|去年|上一年)(?:度)?(?:结转|转结)[^，。；、]{0,14}?${NUM}${PIECE}`),
  closed: new RegExp(`(?:全年|本年(?:度)?|共|已)?(?:办结|办理完毕|处理完毕|办理完成)${NUM}${PIECE}`),
  next: new RegExp(`(?:结转|转入|转)(?:至)?下(?:一)?年(?:度)?(?:继续)?(?:办理)?${NUM}${PIECE}`),
};
/** Sentences about other matters (复议, 建议提案, 信访) can use the same verbs. */
const OTHER_MATTER = /复议|诉讼|建议|提案|信访|投诉|举报/;
const ROW: Record<Quantity, string> = { new: 't3.new.total', carried: 't3.carried.total', closed: 't3.r7.total', next: 't3.next.total' };
const NAME: Record<Quantity, string> = { new: '本年新收申请', carried: '上年结转申请', closed: '办结申请', next: '结转下年度办理的申请' };

function balance(ctx: Ctx): void {
  // A table to compare with: the four rows all read (the same for every sentence).
  const format = ctx.format && Object.values(ROW).every((id) => typeof ctx.cells[id]?.value === 'number') ? ctx.format : null;
  for (const no of ctx.sections.keys()) {
    if (no > 5) continue;
    for (const s of sectionSentences(ctx, no)) {
      const f = s.folded;
      if (!f.includes('件') || !f.includes('申请') || !/结转|转结|办结|办理完毕|处理完毕|下一?年/.test(f) || OTHER_MATTER.test(f)) continue;
      const got: Partial<Record<Quantity, number>> = {};
      for (const q of Object.keys(QUANTITY) as Quantity[]) {
        const m = QUANTITY[q].exec(f);
        if (m) got[q] = toNumber(m[1]);
      }
      if (format) {
        // Each stated figure against its row (「收到申请」 is compared in narrative.ts).
        for (const q of ['carried', 'closed', 'next'] as Quantity[]) {
          const v = got[q];
          const id = ROW[q];
          const table = ctx.cells[id]!.value!;
          if (v === undefined || !Number.isFinite(v) || v === table) continue;
          emit(ctx, 'N-TEXT-TABLE', {
            message: `${SECTION_NAME[no]}正文称${NAME[q]} ${v} 件，与${describeCell(format, id)}（${table}）不符`,
            where: { section: no, cells: [id] },
            expected: table,
            actual: v,
            evidence: { quote: s.text, cells: [{ id, place: describeCell(format, id), written: written(ctx.cells[id]) }] },
          });
        }
        continue;
      }
      const { new: a, carried: b, closed: c, next: d } = got;
      if ([a, b, c, d].some((x) => x === undefined || !Number.isFinite(x))) continue;
      const left = addExact([a!, b!]);
      const right = addExact([c!, d!]);
      if (left === right) continue;
      emit(ctx, 'N-SELF-CONTRADICT', {
        severity: 'W',
        message: `${SECTION_NAME[no]}正文所述申请数不平衡：新收 ${a} 件加上年结转 ${b} 件为 ${left} 件，应等于办结 ${c} 件加结转下年度 ${d} 件（${right} 件）`,
        where: { section: no },
        expected: left,
        actual: right,
        evidence: { quote: s.text },
      });
    }
  }
}

// ---------- totals and their parts ----------

const UNITS = '亿元|万元|元|条|篇|件|个|项|宗|场次|人次|次|期';
const FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:余)?\\s*(${UNITS})`, 'g');
/** Parts by channel overlap (a notice is on the website and on WeChat): their sum says nothing. */
const CHANNEL = /网站|微信|公众号|微博|抖音|头条|客户端|新媒体|平台|公开栏|公示栏|宣传栏|报纸|电视|广播|通过/;
/** A segment that starts another total, or compares with last year, ends the breakdown; a part's own 「其他信息共计2004条」
 * (e047) does not. */
// A later 「；」 clause with its own total, comparison or 「其中」 (「；政协提案18件,其中主办7件…」) is another breakdown.
const NEW_TOTAL = /^\s*(?:累计|共|合计|总计|全年)|同比|比\d{4}年|增长|减少|其中/;
const COUNT_UNITS = /^(?:条|篇|件|个|项|宗|场次|人次|次|期)$/;
/** Items published are counted in 条 or 篇 alike (「信息45条，其中规范性文件2篇…」). */
const sameUnit = (a: string, b: string) => a === b || (/^[条篇]$/.test(a) && /^[条篇]$/.test(b));
const NEW_LOCUS = /^\s*(?:在|通过|另外|另|此外|同时|并)/;

/** A segment's list: its comma clauses up to the first with no part in the unit (「…7个,发布…公报4期,…微信公众号」
 * goes on to other topics: i016); a clause before the first part (「其中:」) is kept. */
function listPart(seg: string, unit: string): string {
  let out = '';
  let seen = false;
  for (const c of seg.split(/(?<=[，,])/)) {
    const has = figures(c).some((x) => sameUnit(x.unit, unit));
    if (!has && seen) break;
    seen ||= has;
    out += c;
  }
  return out;
}

function figures(s: string): { value: number; unit: string; at: number }[] {
  FIGURE.lastIndex = 0;
  const out: { value: number; unit: string; at: number }[] = [];
  for (let m = FIGURE.exec(s); m; m = FIGURE.exec(s)) {
    // 「2022年」「12月」 are dates; 「8.02%」 has no unit here.
    out.push({ value: Number(m[1]), unit: m[2], at: m.index });
  }
  return out;
}

/** Sentences cut at 。！？ and line ends only: a breakdown after 「其中」 may run over several 「；」. */
function fullSentences(ctx: Ctx, no: number): { text: string; folded: string }[] {
  return memo(ctx, `full-sentences:${no}`, () => {
    const text = sectionText(ctx.sections.get(no));
    const folded = foldedSection(ctx, no);
    const out: { text: string; folded: string }[] = [];
    let last = 0;
    for (const m of folded.matchAll(/[。！？\n]+/g)) {
      if (m.index > last) out.push({ text: text.slice(last, m.index).trim(), folded: folded.slice(last, m.index) });
      last = m.index + m[0].length;
    }
    if (last < folded.length) out.push({ text: text.slice(last).trim(), folded: folded.slice(last) });
    return out;
  });
}

/** Where a breakdown opens: 「其中」, or 「包括：」 right after a total (「共计3437条，包括：人事信息12条…」). */
// 「…346条,内容包括…」「经济发展栏目4篇,(部门计划2篇,…)」: a list after a count, in words or in brackets (k027, k033).
// (A sentence opening 「具体包括…」 breaks down the total of the sentence before: ai022.)
const BREAKDOWN = /其中|^\s*具体(?:包括|为|有)[：:]?|(?<=\d\s*(?:余)?\s*(?:条|篇|件|个|项|人次|次)[，,]?\s*(?:内容|具体)?)包括[：:]?|(?<=\d\s*(?:条|篇|件|个|项)[，,]?\s*)[（(](?=[^（()）]*\d)/;

function parts(ctx: Ctx): void {
  for (const no of ctx.sections.keys()) {
    if (no > 5) continue;
    const text = sectionText(ctx.sections.get(no));
    if (!text.includes('其中') && !text.includes('包括') && !text.includes('具体') && !/\d\s*(?:条|篇|件|个|项)[，,]?\s*[（(]/.test(text)) continue;
    const list = fullSentences(ctx, no);
    for (const [k, s] of list.entries()) {
      const f = s.folded;
      const b = BREAKDOWN.exec(f);
      if (!b) continue;
      const at = b.index;
      // 「共公开信息N条。其中，…」: the total is the last figure of the sentence before.
      const prev = list[k - 1]?.folded ?? '';
      const pre = at > 0 ? f.slice(0, at) : prev;
      // Across sentences only a plain total (「…共公开信息308条。」), not a sentence that is itself a breakdown.
      const across = at === 0;
      // (Or a sentence whose one count is such a total, words after it: 「全年主动公开政府信息数465条,内容涉及…」, v001.)
      const plainTotal = /(?:共|累计|合计|总计|全年|公开|发布)[^，。；]{0,12}\d+\s*(?:余)?\s*(?:条|篇|件|个|项|人次|次)[^，。；\d]{0,4}$/.test(prev) || (/(?:共|累计|合计|总计|全年)[^，。；]{0,12}\d+\s*(?:条|篇|件)/.test(prev) && figures(prev).length === 1);
      if (across && (/其中|包括|占/.test(prev) || !plainTotal)) continue;
      const totals = across ? figures(pre).slice(-1) : figures(pre);
      if (!totals.length) continue;
      // 「(其中:…8条),发布政策解读10条」: a bracketed breakdown ends at its bracket; a part's own 「(含…)」 is not a part.
      let rest = f.slice(at + b[0].length);
      if (/[（(]\s*$/.test(f.slice(0, at)) || /^[（(]/.test(b[0])) rest = rest.split(/[）)]/)[0];
      const segments = rest.replace(/[（(](?:含|包括|其中)[^）)]*[）)]/g, '').split('；');
      for (const unit of new Set(totals.map((t) => t.unit))) {
        const candidates = totals.filter((t) => t.unit === unit);
        const total = candidates[0];
        const terms: number[] = [];
        const counted: string[] = []; // the segments the parts came from
        let otherCounts = false;
        let partial = false;
        let channel = false;
        let matched = false; // the parts up to some 「；」 already make the total: what follows is another topic
        for (const [i, whole] of segments.entries()) {
          const seg = listPart(whole, unit);
          const fs = figures(seg);
          const mine = fs.filter((x) => sameUnit(x.unit, unit));
          // 「；在…微信公众号公布信息230条」: a clause opening on another place is another topic.
          // A later 「；」 clause on a channel, after a breakdown that named none, is the next topic (「；“霞山教育”微信公众号发布信息158条」).
          if (!mine.length || (i > 0 && (NEW_TOTAL.test(seg) || NEW_LOCUS.test(seg) || (CHANNEL.test(seg) && !channel && terms.length >= 2)))) break;
          terms.push(...mine.map((x) => x.value));
          counted.push(seg);
          if (addExact(terms) === total.value) matched = true;
          // Another count inside the list mixes measures; one after its last part (「…7个,发布公报4期」) is the next topic (i016).
          const lastMine = mine[mine.length - 1].at;
          if (COUNT_UNITS.test(unit) && fs.some((x) => x.at < lastMine && !sameUnit(x.unit, unit) && COUNT_UNITS.test(x.unit))) otherCounts = true;
          // Channels overlap unless the list closes with a catch-all (「通过其他形式公开信息600余条」): then it partitions.
          if (CHANNEL.test(seg) && !/其他|其它/.test(segments.join('；'))) channel = true;
          // 「通知公告,工作动态等信息307条」 names one part; 「…5篇等」 leaves the list open.
          // Words after the list (「…等领域信息公开」) still say it is not the whole (g037).
          if (/等(?![^，,、；]*\d)|以及其他|部分|主要/.test(whole)) partial = true;
        }
        // A part larger than the whole is wrong whatever the parts overlap (「…162条。其中…微信公众号发布信息293篇」, ab025).
        // (Only a list of two or more parts that makes none of the counts before it: 「发布信息539条,…新媒体2279条,其中微博943条,
        // 微信1336条」 divides the second.)
        const over = terms.length >= 2 && !candidates.some((c) => c.value === addExact(terms)) && !totals.some((t) => t.value === addExact(terms)) ? terms.find((t) => t > total.value) : undefined;
        if (over !== undefined && channel && !matched && !partial) {
          emit(ctx, 'N-SELF-CONTRADICT', {
            severity: 'W',
            message: `${SECTION_NAME[no]}正文称合计 ${total.value}${unit}，其下所列分项 ${over}${unit}比合计还大`,
            where: { section: no },
            expected: `不大于 ${total.value}`,
            actual: over,
            evidence: { quote: clip(at > 0 ? s.text : `${list[k - 1].text}。${s.text}`, 240) },
          });
          continue;
        }
        if (terms.length < 2 || channel || matched) continue;
        const sum = addExact(terms);
        // Two counts before 「其中」 (「要闻812条,主动公开政府信息779条,其中…」): the parts may divide either; they are
        // consistent if they make one of them, else they are judged against the first (「成交金额114.89亿元,节约资金…」).
        if (candidates.some((c) => c.value === sum)) continue;
        // Parts beyond the total are a contradiction; parts short of it only when the list looks complete.
        // Across sentences only a list closed by its catch-all (「…其他类信息8173条」) claims to be the whole.
        const closed = /其[他它][^，,、；]{0,8}\d/.test(counted.join('；'));
        // (A long list in the next sentence that comes within a tenth of the total, 「…363条。其中…=360条」 (q001),
        // means to be the whole; one far short of it names some kinds only.)
        const near = terms.length >= 5 && sum >= total.value * 0.9;
        const short = (!across || closed || near) && sum < total.value && terms.length >= 3 && !otherCounts && !partial && COUNT_UNITS.test(unit);
        if (!(sum > total.value) && !short) continue;
        emit(ctx, 'N-SELF-CONTRADICT', {
          severity: 'W',
          message: `${SECTION_NAME[no]}正文称合计 ${total.value}${unit}，${b[0] === '其中' ? '「其中」' : ''}所列分项 ${terms.join('+')}=${sum}${unit}，合计与分项之和不符`,
          where: { section: no },
          expected: sum,
          actual: total.value,
          evidence: { quote: clip(at > 0 ? s.text : `${list[k - 1].text}。${s.text}`, 240) },
        });
      }
    }
  }
}

// ---------- shares of a stated total ----------

const TOTAL = new RegExp(`(?:共|累计|合计|总计)[^，。；、]{0,16}?(\\d+)\\s*(条|篇|件|个|项)`, 'g');
/** 「机构职能类信息10条，占总体的比例为1.8%」: a share of the whole, not of a sub-group. */
// 「信息公开年报1条,占比1.1%」 (m032): 占比 and an ASCII comma too.
const SHARE = /(\d+)\s*(条|篇|件|个|项)[，,、]?\s*(?:约)?占(?:总体|总数|全部|总量|全年|公开总量|信息总量|信息总数)?(?:的)?(?:比例|比重|比)?(?:的)?(?:为|是|达|约)?\s*(\d+(?:\.\d+)?)\s*%/g;
/** The figure right before 「（其中」 is the whole the shares inside the brackets divide. */
const BEFORE_BREAKDOWN = /(\d+)\s*(条|篇|件|个|项)\s*[（(]?\s*[，,]?\s*其中/g;

function shares(ctx: Ctx): void {
  for (const no of ctx.sections.keys()) {
    if (no > 5) continue;
    const text = sectionText(ctx.sections.get(no));
    if (!text.includes('%') || !text.includes('占')) continue;
    const f = foldedSection(ctx, no);
    const totals = [...f.matchAll(TOTAL), ...f.matchAll(BEFORE_BREAKDOWN)].map((m) => ({ at: m.index, value: Number(m[1]), unit: m[2] })).sort((a, b) => a.at - b.at);
    for (const m of f.matchAll(SHARE)) {
      const [, n, unit, p] = m;
      const total = totals.filter((t) => t.at < m.index && t.unit === unit).pop();
      if (!total || total.value <= 0 || Number(n) > total.value) continue;
      const places = p.split('.')[1]?.length ?? 0;
      const exact = (Number(n) * 100) / total.value;
      const scale = 10 ** places;
      // Rounded at the stated precision (6/32 = 18.75% is 19%, not 18%).
      const rounded = Math.round(exact * scale + 1e-9) / scale;
      if (Number(p) === rounded) continue;
      emit(ctx, 'N-SELF-CONTRADICT', {
        severity: 'W',
        message: `${SECTION_NAME[no]}正文称 ${n}${unit} 占 ${p}%，按所述总数 ${total.value}${unit} 计算为 ${exact.toFixed(places + 2)}%，应写 ${rounded.toFixed(places)}%`,
        where: { section: no },
        expected: `${rounded.toFixed(places)}%`,
        actual: `${p}%`,
        evidence: { quote: clip(text.slice(f.lastIndexOf('。', total.at) + 1, m.index + m[0].length), 200) },
      });
    }
  }
}

// ---------- shares of a total with no count of their own ----------

/** 「主动公开法定信息77条，在公开的法定信息中，政策法规占2%，工作动态占56%…」: one count, then two or more bare shares
 * (「X占N%」, no count of their own, not 「约」「超」「以上」). A share no whole number of the count can make at the stated
 * precision (1 of 77 is 1.3%, 2 is 2.6%: never 2%) is wrong, and so are shares adding up to more than 100%. */
const BARE_SHARE = /(?<![\d.])占(?:比)?(?:为|达)?\s*(\d+(?:\.\d+)?)\s*%(?!\s*(?:以上|左右|多|以下))/g;

function impossibleShares(ctx: Ctx): void {
  for (const no of ctx.sections.keys()) {
    if (no > 5) continue;
    for (const s of fullSentences(ctx, no)) {
      const f = s.folded;
      if (!/占/.test(f) || !/%/.test(f)) continue;
      const counts = figures(f).filter((x) => COUNT_UNITS.test(x.unit));
      const shares = [...f.matchAll(BARE_SHARE)].filter((m) => !/(?:约|超过?|近|逾)\s*$/.test(f.slice(Math.max(0, m.index - 3), m.index + 1)));
      if (counts.length !== 1 || shares.length < 2 || shares.some((m) => m.index < counts[0].at)) continue;
      const n = counts[0].value;
      if (n < 5) continue;
      const impossible = shares.find((m) => {
        // Rounded at the stated precision; at two places a software's cut-off (17/551 = 3.085% written 3.08%) is no error.
        const places = m[1].split('.')[1]?.length ?? 0;
        const tolerance = Math.max(0.5 / 10 ** places, 0.01) + 1e-9;
        return ![...Array(n + 1).keys()].some((k) => Math.abs((k * 100) / n - Number(m[1])) <= tolerance);
      });
      const sum = addExact(shares.map((m) => Number(m[1])));
      if (!impossible && sum <= 100) continue;
      emit(ctx, 'N-SELF-CONTRADICT', {
        severity: 'W',
        message: impossible
          ? `${SECTION_NAME[no]}正文称共 ${n}${counts[0].unit}，其中某类「占${impossible[1]}%」：${n}${counts[0].unit}中任何整数条数都算不出这个比例，请核对`
          : `${SECTION_NAME[no]}正文所列各类占比合计 ${sum}%，超过 100%`,
        where: { section: no },
        expected: impossible ? '可由整数条数算出的比例' : '合计不超过 100%',
        actual: impossible ? `${impossible[1]}%` : `${sum}%`,
        evidence: { quote: clip(s.text, 200) },
      });
    }
  }
}

// ---------- a total followed by its parts, without 「其中」 ----------

/** 「公布各类信息共52条,镇办会议20条,财政信息4条,民生实事进展情况24条。」: a 共-total, then three or more parts that are
 * only a name and a count, the sentence ending with the list. A part with a verb of its own is another fact. */
const LISTED_TOTAL = /(?:共|合计|累计|总计)(?:计)?\s*(\d+)\s*(条|篇|件)\s*[，,：:]/;
const BARE_PART = /^[^\d，,。；;：:]{2,16}?(\d+)\s*(条|篇|件)$/;
const PART_VERB = /公开|发布|办理|受理|回应|开展|召开|组织|接待|更新|转载|推送|收到|答复|解读|制发|废止/;

function listedParts(ctx: Ctx): void {
  for (const no of ctx.sections.keys()) {
    if (no > 5) continue;
    for (const s of fullSentences(ctx, no)) {
      const m = LISTED_TOTAL.exec(s.folded);
      if (!m) continue;
      const rest = s.folded.slice(m.index + m[0].length).replace(/[。；;\s]+$/, '');
      const items = rest.split(/[，,、]/).map((x) => x.trim());
      if (items.length < 3 || items.some((x) => !BARE_PART.test(x) || PART_VERB.test(x) || CHANNEL.test(x))) continue;
      const terms = items.map((x) => BARE_PART.exec(x)!).filter((x) => sameUnit(x[2], m[2])).map((x) => Number(x[1]));
      if (terms.length !== items.length) continue;
      const sum = addExact(terms);
      if (sum === Number(m[1])) continue;
      emit(ctx, 'N-SELF-CONTRADICT', {
        severity: 'W',
        message: `${SECTION_NAME[no]}正文称共 ${m[1]}${m[2]}，随后所列分项 ${terms.join('+')}=${sum}${m[2]}，合计与分项之和不符`,
        where: { section: no },
        expected: sum,
        actual: Number(m[1]),
        evidence: { quote: clip(s.text, 240) },
      });
    }
  }
}

// ---------- a count of kinds against the kinds listed ----------

/** 「A、B、C以及D共六项」「A、B、C、D、E等六类基本信息」: kinds listed before their count. */
const KINDS_AFTER_LIST = /([^，,：:；;。]{6,240}?)(等|以及[^、，,。]{1,20}?)?\s*(?:共|计|这)?\s*([二三四五六七八九十两]|\d{1,2})\s*(?:大)?(类|项|种|个方面)(?![\d一二三四五六七八九十]|目|工作|措施|制度|活动|行动|任务|举措|服务|改革)/g;
/** Lists that are no kinds of one thing: the report's own parts (a part's name holds a 、), titles, quotes, brackets. */
const NOT_KINDS = /主动公开|依申请|政府信息管理|平台建设|监督保障|行政复议|行政诉讼|总体情况|[《》“”"（）()]/;
/** 「公开…信息4类46条，其中：A1条、B1条、C32条…」「类别有七类：A类信息1条，…」: a count of kinds, then each kind with its count. */
const KINDS_THEN_COUNTS = /([一二三四五六七八九十两]|\d{1,2})\s*(?:大)?类(?:\s*\d+\s*条)?\s*[，,]?\s*(?:其中|分别为|具体为|包括)?\s*[：:]\s*(.+)$/;

function kindsCounted(ctx: Ctx): void {
  for (const no of ctx.sections.keys()) {
    if (no > 5) continue;
    for (const s of fullSentences(ctx, no)) {
      const found = kindsBeforeCount(s.folded) ?? kindsThenCounts(s.folded);
      if (!found) continue;
      emit(ctx, 'N-SELF-CONTRADICT', {
        severity: 'W',
        message: `${SECTION_NAME[no]}正文称「${found.said}」，但所列只有 ${found.listed} ${found.kind}：${found.items.map((x) => `「${clip(x, 12)}」`).join('')}，前后数量不符`,
        where: { section: no },
        expected: found.listed,
        actual: found.n,
        evidence: { quote: clip(s.text, 240) },
      });
    }
  }
}

/** A list joined by 、 (its last item after 以及/和/及) right before 「共N项」; 「等N类」 only when more are listed than said. */
function kindsBeforeCount(folded: string): { said: string; n: number; listed: number; kind: string; items: string[] } | null {
  for (const m of folded.matchAll(KINDS_AFTER_LIST)) {
    const n = toNumber(m[3]);
    const items = m[1].split('、').map((x) => x.trim());
    const etc = m[2] === '等' || /等$/.test(items[items.length - 1]);
    if (m[2] && m[2] !== '等') items.push(m[2].replace(/^以及/, ''));
    // (Items are names: no figure, short; the first may carry the words before the list.)
    if (items.length < 3 || items.slice(1).some((x) => !x || x.length > 20 || /\d/.test(x)) || items.some((x) => NOT_KINDS.test(x))) continue;
    // (「近10类」「60项」: an approximate count or a count of items, not of the kinds named; a slip is one or two.)
    if (/[近约余多]$/.test(m[1]) || Number.isNaN(n) || n > 12 || Math.abs(items.length - n) > 2) continue;
    if (items.length === n || (etc && items.length < n)) continue;
    return { said: `${m[3]}${m[4]}`, n, listed: items.length, kind: m[4], items };
  }
  return null;
}

/** 「4类46条，其中：计划总结信息1条、…」: each kind listed with its own count in 条. */
function kindsThenCounts(folded: string): { said: string; n: number; listed: number; kind: string; items: string[] } | null {
  const m = KINDS_THEN_COUNTS.exec(folded);
  if (!m) return null;
  const n = toNumber(m[1]);
  const items = m[2].split(/[，,、；;]/).map((x) => x.trim()).filter((x) => /^[^\d]{2,20}?\d+\s*条$/.test(x));
  // (A list that goes on with 「等」 or other units, or fewer than three kinds, says no count.)
  if (Number.isNaN(n) || items.length < 3 || items.length === n || /等/.test(m[2])) return null;
  return { said: `${m[1]}类`, n, listed: items.length, kind: '类', items };
}

export function checkProseSums(ctx: Ctx): void {
  kindsCounted(ctx);
  listedParts(ctx);
  balance(ctx);
  parts(ctx);
  shares(ctx);
  impossibleShares(ctx);
}
