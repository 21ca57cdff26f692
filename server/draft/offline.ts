// The offline drafter: deterministic sentence templates (templates/offline/*.hbs) fed only with the clerk's facts and
// the tables, so its prose is always grounded and a complete draft is always possible.
import Handlebars from 'handlebars/runtime';
import { templates } from '../generated/templates.js';
import { ASPECTS, aspectHeading, CHINESE_ORDINALS, cellRef, type AspectKey, type FormatId } from '../format/index.js';
import type { Meta } from '../report/schema.js';
import { num, type Cells } from '../report/tables.js';
import { factClause, indexFacts, type FactIndex } from './facts.js';
import { selfReference } from './fixed.js';
import type { DraftInput } from './types.js';

const hb = Handlebars.create();
hb.registerHelper('has', (v: unknown) => typeof v === 'number' && Number.isFinite(v));
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('join', (xs: unknown, sep: unknown) => (Array.isArray(xs) ? xs.join(typeof sep === 'string' ? sep : '、') : ''));
/** 「一是…；二是…。」 */
hb.registerHelper('seq', (xs: unknown) =>
  Array.isArray(xs) && xs.length ? xs.map((x, i) => `${CHINESE_ORDINALS[i] ?? i + 1}是${x}`).join('；') + '。' : '',
);

// Precompiled at build time (scripts/precompile.ts, { noEscape: true, strict: false }): plain text target, no HTML
// escaping here (renderers escape for their own medium), and no compiling or file reading at run time.
const compiled = new Map<string, HandlebarsTemplateDelegate>();
function template(name: 'overview' | 'problems') {
  let t = compiled.get(name);
  if (!t) compiled.set(name, (t = hb.template(templates[`offline/${name}.hbs`])));
  return t;
}

/** What a regenerate instruction asks of the offline drafter: shorter, or one aspect emphasised. */
export interface OfflineStyle {
  concise: boolean;
  emphasis?: AspectKey;
}
export function styleOf(instruction?: string): OfflineStyle {
  const t = instruction ?? '';
  const concise = /简洁|精简|简短|压缩|简明|缩短/.test(t);
  const hit = ASPECTS.find((a) => t.includes(a.title.replace(/情况$/, '')) || a.cues.some((c) => c.length >= 2 && t.includes(c)));
  return { concise, emphasis: hit?.key };
}

/** What a regenerate instruction asks, as far as the offline drafter can tell (anything else it says it cannot do). */
export interface OfflineAsk {
  style: OfflineStyle;
  /** 「更详细」「展开」: longer. The offline drafter can only write what the facts and tables give. */
  detailed: boolean;
  /** 「增加培训情况」: training itself, not just 监督保障 in general. */
  training: boolean;
  understood: boolean;
}
export function readInstruction(instruction?: string): OfflineAsk {
  const t = instruction ?? '';
  const style = styleOf(t);
  const detailed = !style.concise && !style.emphasis && /详细|详实|详尽|具体|充实|丰富|展开|扩充|多写|长一些|长一点/.test(t);
  const training = /培训/.test(t);
  return { style, detailed, training, understood: style.concise || detailed || style.emphasis !== undefined };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

const stripLabel = (label: string) => label.replace(/^\d+\.|^（[一二三四五六七]）/, '').replace(/（区分处理的.*）$/, '');

/** Outcome clauses of 表三 for non-zero leaves: 「予以公开1件」「因本机关不掌握相关政府信息无法提供2件」. */
function resultClauses(format: FormatId, t: Cells): string[] {
  const out: string[] = [];
  // The result leaves are what （七）总计 sums, in the format's own row order.
  for (const key of cellRef(format, 't3.r7.total')?.row.sumOf ?? []) {
    const v = num(t, `t3.${key}.total`);
    const ref = cellRef(format, `t3.${key}.total`);
    if (!v || !ref) continue;
    const label = stripLabel(ref.row.label);
    if (key === 'r1' || key === 'r2') out.push(`${label}${v}件`);
    else if (key.startsWith('r3')) out.push(`因${label}不予公开${v}件`);
    else if (key.startsWith('r4')) out.push(`因${label}无法提供${v}件`);
    else if (key.startsWith('r5')) out.push(`对${label}不予处理${v}件`);
    else out.push(key === 'r6' || label === '其他' ? `其他处理${v}件` : `${label}${v}件`);
  }
  return out;
}

export function overviewData(input: DraftInput, tables: Cells, format: FormatId, style: OfflineStyle, trainingAsked = false) {
  const f: FactIndex = indexFacts(input.facts);
  const meta: Meta = input.meta;
  const free = (a: AspectKey) => (f.free.get(a) ?? []).map(factClause);
  const CHANNEL_KEYS = ['published_website', 'published_newmedia', 'published_board'];
  const clause = (key: string, text: (n: number) => string) => (f.num(key) !== undefined ? [text(f.num(key)!)] : []);
  const h = Object.fromEntries(ASPECTS.map((a) => [a.key, aspectHeading(a)]));

  const [nw, car, done, next] = ['new', 'carried', 'r7', 'next'].map((r) => num(tables, `t3.${r}.total`));
  const requestParts = [
    nw !== null && `新收政府信息公开申请${nw}件`,
    car !== null && car > 0 && `上年结转${car}件`,
    done !== null && `办理完结${done}件`,
    next !== null && next > 0 && `结转下年度继续办理${next}件`,
  ].filter((x): x is string => Boolean(x));

  const normLabel = format === '2021' ? '行政规范性文件' : '规范性文件';
  const [a, b, c] = format === '2021' ? ['issued', 'repealed', 'valid'] : ['made', 'published', 'total'];
  const [va, vb, vc] = [a, b, c].map((k) => num(tables, `t2.normative.${k}`));
  const allZero = va === 0 && vb === 0 && vc === 0;
  const stockParts = allZero
    ? [format === '2021' ? `未制发、废止${normLabel}，无现行有效的${normLabel}` : `未新制作${normLabel}`]
    : format === '2021'
      ? [va !== null && `制发${normLabel}${va}件`, vb !== null && `废止${vb}件`, vc !== null && `现行有效${vc}件`]
      : [va !== null && `新制作${normLabel}${va}件`, vb !== null && `新公开${vb}件`, vc !== null && `对外公开总数${vc}件`];

  const platforms = f.list('platforms');
  const trainings = f.num('trainings');
  return {
    year: meta.year,
    self: selfReference(meta.agency),
    concise: style.concise,
    emph: style.emphasis,
    trainingAsked,
    h,
    active: {
      total: f.num('published_total'),
      // 「其中」 only when every channel count fits in the total: a clerk's 公众号149条 next to 主动公开61条 is not a part.
      within: CHANNEL_KEYS.every((k) => (f.num(k) ?? 0) <= (f.num('published_total') ?? Infinity)),
      channels: [
        ...clause('published_website', (n) => `通过政府网站公开信息${n}条`),
        ...clause('published_newmedia', (n) => `通过政务新媒体发布信息${n}条`),
        ...clause('published_board', (n) => `通过政务公开栏公开信息${n}条`),
      ],
      interp: f.num('interpretations'),
      resp: f.num('responses'),
      free: free('active'),
    },
    request: {
      none: nw === 0 && car === 0,
      parts: requestParts,
      results: resultClauses(format, tables),
      onTime: f.num('requests_on_time'),
      free: free('request'),
    },
    management: {
      stock: stockParts.filter(Boolean).join('，'),
      reviewed: f.num('info_reviewed'),
      catalog: f.num('catalog_updated'),
      free: free('management'),
    },
    platform: {
      platforms: platforms.length ? platforms.map((p) => (/^[《“「]/.test(p) ? p : `“${p}”`)).join('、') + '等平台' : '',
      parts: [
        ...clause('website_columns', (n) => `设置政府信息公开专栏${n}个`),
        ...clause('newmedia_accounts', (n) => `运营政务新媒体账号${n}个`),
        ...clause('public_area', (n) => `设立政务公开专区${n}个`),
      ],
      free: free('platform'),
    },
    supervision: {
      parts: [
        ...clause('staff', (n) => `配备政务公开工作人员${n}人`),
        ...(trainings !== undefined
          ? [`开展政务公开培训${trainings}次${f.num('trainees') !== undefined ? `，参训${f.num('trainees')}人次` : ''}`]
          : clause('trainees', (n) => `组织工作人员参加政务公开培训${n}人次`)),
        ...clause('inspections', (n) => `开展政务公开督查检查${n}次`),
        ...(f.num('accountability') === 0 ? ['全年未发生政务公开责任追究情况'] : clause('accountability', (n) => `开展责任追究${n}起`)),
      ],
      training: trainings !== undefined || f.num('trainees') !== undefined,
      free: free('supervision'),
    },
  };
}

const DEFAULT_PROBLEMS = ['主动公开内容的深度和广度还需进一步拓展', '政策解读的形式还不够丰富，解读质量有待提高', '工作人员的政务公开业务能力还需进一步提升'];
const DEFAULT_PLANS = [
  '进一步拓展主动公开的深度和广度，及时、准确发布与群众切身利益相关的政府信息',
  '丰富政策解读形式，提高解读的针对性和可读性',
  '加强业务培训，提升工作人员依法公开的意识和能力',
];

export interface OfflineSection {
  text: string;
  notices: string[];
}

export function offlineOverview(input: DraftInput, tables: Cells, format: FormatId, instruction?: string): OfflineSection {
  const ask = readInstruction(instruction);
  const style = ask.style;
  const data = overviewData(input, tables, format, style, ask.training);
  const notices: string[] = [];
  if (data.active.total === undefined) notices.push('未提供本年主动公开政府信息条数，「（一）主动公开情况」只写了概括表述，建议补充。');
  if (style.emphasis === 'supervision' && !data.supervision.training && ask.training)
    notices.push('未提供培训次数或参训人次，离线起草器无法增加具体培训情况，请在事实中补充。');
  return { text: lines(template('overview')(data)), notices };
}

/** 五's general wording per aspect, used (first) only when the clerk gave no problems or plans of their own. */
const ASPECT_DEFAULTS: Record<AspectKey, [problem: string, plan: string]> = {
  active: [DEFAULT_PROBLEMS[0], DEFAULT_PLANS[0]],
  request: ['依申请公开办理的规范化水平有待提高', '规范依申请公开的登记、办理、答复各环节，依法按时答复'],
  management: ['政府信息管理还不够精细，公开目录和公开指南更新不够及时', '加强政府信息管理，及时更新公开目录和公开指南'],
  platform: ['政府信息公开平台建设有待加强，栏目设置和内容更新还不够完善', '加强政府信息公开平台建设，完善栏目设置，及时更新公开内容'],
  supervision: [DEFAULT_PROBLEMS[2], DEFAULT_PLANS[2]],
};

/** Words that tie a problem or plan to what an instruction names (「培训」 itself when training is asked). */
export function cuesOf(ask: OfflineAsk): string[] {
  if (ask.training) return ['培训'];
  const a = ASPECTS.find((x) => x.key === ask.style.emphasis);
  return a ? [a.title.replace(/情况$/, ''), ...a.cues.filter((c) => c.length >= 2)] : [];
}

/** Items that mention the asked aspect first (stable); the others keep their order. */
const aspectFirst = (items: string[], cues: string[]) => {
  const hit = (x: string) => cues.some((c) => x.includes(c));
  return [...items.filter(hit), ...items.filter((x) => !hit(x))];
};

export function offlineProblems(input: DraftInput, instruction?: string): OfflineSection {
  const ask = readInstruction(instruction);
  const style = ask.style;
  const f = indexFacts(input.facts);
  const notices: string[] = [];
  let problems = f.list('problems');
  let plans = f.list('plans');
  if (!problems.length) {
    problems = DEFAULT_PROBLEMS;
    notices.push('未提供存在的主要问题，第五部分使用了通用表述，请按本机关实际修改。');
  }
  if (!plans.length) {
    plans = DEFAULT_PLANS;
    notices.push('未提供下一年度改进措施，第五部分使用了通用表述，请按本机关实际修改。');
  }
  const cues = cuesOf(ask);
  if (cues.length && style.emphasis) {
    // An aspect named: its problems and measures first. General wording (no clerk's own) may gain that aspect's
    // general item; the clerk's own list is only reordered — no problem is invented for it.
    const [p0, m0] = ASPECT_DEFAULTS[style.emphasis];
    const hit = (xs: string[]) => xs.some((x) => cues.some((c) => x.includes(c)));
    if (problems === DEFAULT_PROBLEMS && !hit(problems) && !ask.training) problems = [p0, ...problems];
    if (plans === DEFAULT_PLANS && !hit(plans) && !ask.training) plans = [m0, ...plans];
    problems = aspectFirst(problems, cues);
    plans = aspectFirst(plans, cues);
  }
  if (style.concise) [problems, plans] = [problems.slice(0, 2), plans.slice(0, 2)];
  const data = { year: input.meta.year, next: input.meta.year + 1, self: selfReference(input.meta.agency), concise: style.concise, problems, plans };
  return { text: lines(template('problems')(data)), notices };
}

const CAN_DO = '离线起草器能做到：更简洁、更详细（限于已提供的事实）、突出或增加某一方面（如「突出平台建设」「增加培训情况」）';

/** Length of one aspect's paragraph in 一 (from its sub-heading to the next). */
function aspectLength(text: string, aspect: AspectKey): number {
  const h = aspectHeading(ASPECTS.find((a) => a.key === aspect)!);
  const at = text.indexOf(h);
  if (at < 0) return 0;
  const next = text.slice(at + h.length).search(/\n（[一二三四五六七八九十]）/);
  return next < 0 ? text.length - at : next;
}

/** Where the first word tied to the asked aspect occurs (Infinity when none). */
function firstCue(text: string, cues: string[]): number {
  const at = cues.map((c) => text.indexOf(c)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : Infinity;
}

/**
 * Offline regenerate with an instruction: the fresh text when it moved the way the instruction asks compared with
 * the text being replaced (shorter; longer; the named aspect earlier or expanded), else the text being replaced,
 * unchanged, with a notice saying the offline drafter cannot do it — never silently the same text.
 */
export function followInstruction(no: 1 | 5, heading: string, fresh: OfflineSection, previous: string | undefined, instruction?: string): OfflineSection {
  const asked = instruction?.trim();
  if (!asked) return fresh;
  const ask = readInstruction(asked);
  const keep = (why: string): OfflineSection => {
    const others = fresh.notices.filter((n) => !n.includes('离线起草器无法增加')); // said once, below
    return previous?.trim()
      ? { text: previous, notices: [...others, `离线起草器无法按「${asked}」修改「${heading}」：${why}，正文未改动。${CAN_DO}；也可配置大模型或直接编辑正文。`] }
      : { text: fresh.text, notices: [...others, `离线起草器无法按「${asked}」起草「${heading}」：${why}，已按默认写法生成。${CAN_DO}。`] };
  };
  if (!ask.understood) return keep('这项要求超出了离线起草器的模板');
  if (!previous?.trim()) return fresh;
  if (ask.training && fresh.notices.some((n) => n.includes('离线起草器无法增加'))) return keep('未提供培训次数或参训人次（请在事实中补充）');
  const aspect = ask.style.emphasis;
  const cues = cuesOf(ask);
  const name = ask.training ? '培训情况' : ASPECTS.find((a) => a.key === aspect)?.title;
  if (fresh.text === previous)
    return keep(aspect && firstCue(fresh.text, cues) === Infinity ? `已提供的事实中没有与「${name}」有关的内容` : '按已提供的事实和表格，离线稿已经是这样写的');
  const reasons: string[] = [];
  if (ask.style.concise && fresh.text.length >= previous.length) reasons.push('离线稿不比现有正文更短');
  if (ask.detailed && fresh.text.length <= previous.length) reasons.push('离线起草器只能写入已提供的事实和表格，无法写得比现有正文更详细（请在事实中补充）');
  if (aspect) {
    // 一: the aspect's own paragraph expanded, or its words earlier; 五: its problems and measures earlier.
    const longer = no === 1 && aspectLength(fresh.text, aspect) > aspectLength(previous, aspect);
    const earlier = firstCue(fresh.text, cues) < firstCue(previous, cues);
    if (!longer && !earlier) reasons.push(`离线稿中「${name}」没有比现有正文更靠前或更充实`);
  }
  return reasons.length ? keep(reasons.join('；')) : fresh;
}
