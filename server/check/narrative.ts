// Numbers the text states: N-TEXT-TABLE (text vs table) and N-SELF-CONTRADICT (text vs text).
// Only wordings that tie to one cell give a finding (spec §5 notes): 「收到申请N件」 is 表三 一 (本年新收)
// unless the sentence says it includes 上年结转; 累计/历年 figures and breakdowns are not compared.
import { cellRef, describeCell, T4_LAWSUIT, TABLE_NAMES, type FormatId } from '../format/index.js';
import { addExact } from '../report/tables.js';
import { emit, sectionSentences, SECTION_NAME, type Ctx } from './context.js';
import { written } from './tables.js';
import { clip, CN_NUM, fold, sentences, toNumber } from './text.js';

const NUM = `(\\d+(?:\\.\\d+)?|${CN_NUM})`;

/** A figure the text states, tied to a fact. */
interface Statement {
  fact: 'received' | 'received_with_carried' | 'published' | 'normative_issued' | 'review' | 'lawsuit';
  value: number;
  sentence: string;
  section: number;
}

const RECEIVED = [
  new RegExp(`(?:收到|受理|新收|接收|接到|共收到)[^，。；：]{0,24}?申请[^，。；：]{0,6}?${NUM}\\s*(?:件|个|份|条|宗|次)`),
  new RegExp(`(?:收到|受理|新收|接收|接到)${NUM}\\s*(?:件|个|份|条|宗)[^，。；]{0,16}?申请`),
];
const RECEIVED_NONE = /(?:未|没有)(?:收到|受理|接到|接收)[^。；]{0,30}?申请/;
const NOT_INFO_REQUEST = /复议|诉讼|申诉|办结|答复|办理完毕|处理完毕|转下|结转下/;
const INCLUDES_CARRIED = /(?:含|包括|其中)[^，。]{0,8}(?:上年|去年|上一年)[^，。]{0,6}结转|结转[^，。]{0,8}在内/;
const CUMULATIVE = /累计|历年|以来|自\d{4}年/;
const CARRIED_WORD = /上年|去年|结转|转结/;

const PUBLISHED = [
  new RegExp(`(?:主动)?公开(?:发布)?(?:政府|政务)?信息(?:共|合计|总计)?${NUM}\\s*(?:余)?条`),
  new RegExp(`(?:共|合计|总计|全年)?(?:主动)?公开${NUM}\\s*(?:余)?条(?:政府|政务)?信息`),
];
const PUBLISHED_PARTIAL = /其中|网站|公众号|微信|微博|抖音|头条|公开栏|公示栏|专栏|栏目|平台|动态|文件|类|领域|新增|更新|通过|比|较|增|减|同比|占|解读|目录|专区/;

const NORMATIVE = new RegExp(`(?:制发|出台|印发|制定|发布)(?:了)?(?:行政)?规范性文件${NUM}\\s*(?:件|份|个)`);
const REVIEW = [new RegExp(`行政复议(?:申请|案件|案)?${NUM}\\s*(?:件|起|宗|个)`), new RegExp(`${NUM}\\s*(?:件|起|宗)(?:政府信息公开)?行政复议`)];
const LAWSUIT = [new RegExp(`行政诉讼(?:案件|案)?${NUM}\\s*(?:件|起|宗|个)`), new RegExp(`${NUM}\\s*(?:件|起|宗)(?:政府信息公开)?行政诉讼`)];
const NONE_OF = (w: string) => new RegExp(`(?:未|没有)(?:发生|出现|收到|受理|接到|产生|引发)[^。；]{0,30}?${w}`);
const REVIEW_NONE = NONE_OF('行政复议');
const LAWSUIT_NONE = NONE_OF('行政诉讼');

function firstNumber(res: RegExp[], s: string): number | null {
  for (const re of res) {
    const m = re.exec(s);
    if (m) {
      const v = toNumber(m[1]);
      if (Number.isFinite(v)) return v;
    }
  }
  return null;
}

export function statements(ctx: Ctx): Statement[] {
  const out: Statement[] = [];
  for (const no of ctx.sections.keys()) {
    if (no > 5) continue;
    for (const s of sectionSentences(ctx, no)) readSentence(s.folded, s.text, no, out);
  }
  return out;
}

const CLAUSE_RECEIVED = /[，；]/;
const CLAUSE_PUBLISHED = /[，；：]/;
const ACTIVE_WORDS = /主动公开|公开发布/g;

function push(out: Statement[], fact: Statement['fact'], value: number | null, sentence: string, section: number): void {
  if (value !== null) out.push({ fact, value, sentence, section });
}

function readSentence(f: string, sentence: string, section: number, out: Statement[]): void {
  const hasApply = f.includes('申请');
  // A published-count clause needs 「条」 too: without it the sentence is not split.
  const hasPublish = f.includes('公开') && f.includes('信息') && f.includes('条');
  // Most sentences name none of the facts: skip them before any regex.
  if (hasApply || hasPublish) {
    const cumulative = CUMULATIVE.test(f);
    if (hasApply && !cumulative) {
      // Clause by clause: 「新受理申请10件，上年结转0件，办结0件」 has three figures.
      const withCarried = INCLUDES_CARRIED.test(f);
      for (const clause of f.split(CLAUSE_RECEIVED)) {
        if (!clause.includes('申请') || NOT_INFO_REQUEST.test(clause)) continue;
        const v = firstNumber(RECEIVED, clause) ?? (RECEIVED_NONE.test(clause) ? 0 : null);
        if (v !== null && CARRIED_WORD.test(clause) && !withCarried) continue;
        push(out, withCarried ? 'received_with_carried' : 'received', v, sentence, section);
      }
    }
    if (hasPublish && !cumulative) {
      for (const clause of f.split(CLAUSE_PUBLISHED)) {
        if (!clause.includes('条') || !clause.includes('公开')) continue;
        if (PUBLISHED_PARTIAL.test(clause.replace(ACTIVE_WORDS, ''))) continue;
        push(out, 'published', firstNumber(PUBLISHED, clause), sentence, section);
      }
    }
  }
  if (f.includes('规范性文件')) push(out, 'normative_issued', firstNumber(NORMATIVE_LIST, f), sentence, section);
  if (f.includes('行政复议')) push(out, 'review', firstNumber(REVIEW, f) ?? (REVIEW_NONE.test(f) ? 0 : null), sentence, section);
  if (f.includes('行政诉讼')) push(out, 'lawsuit', firstNumber(LAWSUIT, f) ?? (LAWSUIT_NONE.test(f) ? 0 : null), sentence, section);
}
const NORMATIVE_LIST = [NORMATIVE];

interface Tie {
  cells: string[];
  label: string;
}

function tieOf(fact: Statement['fact'], format: FormatId): Tie | null {
  switch (fact) {
    case 'received':
      return { cells: ['t3.new.total'], label: `${TABLE_NAMES.t3}「${cellRef(format, 't3.new.total')!.row.label}」` };
    case 'received_with_carried':
      return { cells: ['t3.new.total', 't3.carried.total'], label: `${TABLE_NAMES.t3}一（本年新收）与二（上年结转）之和` };
    case 'normative_issued':
      return { cells: [format === '2021' ? 't2.normative.issued' : 't2.normative.made'], label: '' };
    case 'review':
      return { cells: ['t4.review.total'], label: '' };
    case 'lawsuit':
      return { cells: ['t4.direct.total', 't4.after.total'], label: `${TABLE_NAMES.t4}${T4_LAWSUIT}两组「总计」之和` };
    default:
      return null;
  }
}

const FACT_NAME: Record<Statement['fact'], string> = {
  received: '收到申请数',
  received_with_carried: '收到申请数（含上年结转）',
  published: '主动公开信息条数',
  normative_issued: '制发规范性文件件数',
  review: '行政复议件数',
  lawsuit: '行政诉讼件数',
};

function textVsTable(ctx: Ctx, list: Statement[]) {
  const format = ctx.format;
  if (!format) return;
  const done = new Set<string>();
  for (const st of list) {
    const tie = tieOf(st.fact, format);
    if (!tie) continue;
    const vals = tie.cells.map((id) => ctx.cells[id]?.value);
    if (vals.some((v) => v === null || v === undefined)) continue;
    const table = addExact(vals as number[]);
    if (table === st.value) continue;
    const key = `${st.fact}|${st.value}`;
    if (done.has(key)) continue;
    done.add(key);
    const place = tie.label || describeCell(format, tie.cells[0]);
    emit(ctx, 'N-TEXT-TABLE', {
      message: `${SECTION_NAME[st.section]}正文称${FACT_NAME[st.fact]}为 ${st.value}，与${place}（${table}）不符`,
      where: { section: st.section, cells: tie.cells },
      expected: table,
      actual: st.value,
      evidence: {
        quote: st.sentence,
        cells: tie.cells.map((id) => ({ id, place: describeCell(format, id), written: written(ctx.cells[id]) })),
      },
    });
  }
}

function selfContradict(ctx: Ctx, list: Statement[]) {
  const byFact = new Map<string, Statement[]>();
  for (const st of list) {
    if (st.fact !== 'published' && st.fact !== 'received') continue;
    const xs = byFact.get(st.fact) ?? [];
    xs.push(st);
    byFact.set(st.fact, xs);
  }
  for (const [fact, xs] of byFact) {
    const distinct = [...new Map(xs.map((x) => [x.value, x])).values()];
    if (distinct.length < 2) continue;
    const [a, b] = distinct;
    emit(ctx, 'N-SELF-CONTRADICT', {
      message: `正文对${FACT_NAME[fact as Statement['fact']]}给出不同数字：${SECTION_NAME[a.section]}「${clip(a.sentence, 40)}」为 ${a.value}，${SECTION_NAME[b.section]}「${clip(b.sentence, 40)}」为 ${b.value}`,
      where: { section: a.section },
      expected: a.value,
      actual: b.value,
      evidence: { quote: `${a.sentence} / ${b.sentence}` },
    });
  }
}

export function checkNumbers(ctx: Ctx): void {
  const list = statements(ctx);
  textVsTable(ctx, list);
  selfContradict(ctx, list);
}
