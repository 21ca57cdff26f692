// Draft suite, leave-one-out: parse each corpus report, draft it again from its own data (tables, year, agency and
// the hand-read narrative facts), with examples retrieved from OTHER agencies only, and score the draft.
import type { LanguageModel } from 'ai';
import { ASPECTS, describeCell } from '../../server/format/index.js';
import type { AnyReport, Report } from '../../server/report/schema.js';
import { docId, loadCorpus, type CorpusDoc } from '../lib/corpus.js';
import { corpusIndex, type CorpusIndex } from '../lib/corpus-index.js';
import { checkLayer, layer, parseLayer, type CheckLayer } from '../lib/deps.js';
import { foreignNames } from '../lib/names.js';
import { groundingRate, ngramContainment, numbersIn, rougeL } from '../lib/text.js';
import { mean, type CaseResult, type MetricDef, type SuiteResult } from '../lib/types.js';
import type { JudgeItem } from './judge.js';

interface DraftLayer {
  composeDraft(input: unknown, deps: Record<string, unknown>): Promise<{ report: Report; findings: { rule: string; severity: string; message: string; where?: { cells?: string[] }; evidence?: { quote?: string } }[]; sections: { no: number; generator: string; reason?: string }[] }>;
  inputFromReport(r: AnyReport, opts?: { year?: number }): Record<string, unknown>;
}

export interface DraftScore {
  /** E findings that are gaps in the input (blank cells, unanswered fee), not drafting errors. */
  inputGaps: number;
  errors: number;
  errorRules: string[];
  numbers: number;
  ungrounded: number;
  grounded: number;
  leaked: string[];
  aspects: number;
  lengthRatio: number | null;
  rouge: number | null;
  copy: number;
}

/** Share of the five aspects of 一 a text covers (by the cue words of the format declaration). */
export function aspectsCovered(text: string): number {
  return ASPECTS.filter((a) => a.cues.some((c) => text.includes(c))).length;
}

export const COPY_THRESHOLD = 0.5;

/** Score one draft against its original and the examples it could have copied. */
export async function scoreDraft(
  draft: Report,
  findings: { rule: string; severity: string; where?: { cells?: string[] }; evidence?: { quote?: string } }[],
  ctx: { original?: string; examples: string[]; otherAgencies: string[]; check?: CheckLayer },
): Promise<DraftScore> {
  const prose = draft.sections.filter((s) => s.no === 1 || s.no === 5).map((s) => s.text).join('\n');
  const one = draft.sections.find((s) => s.no === 1)?.text ?? '';
  const numbers = numbersIn(prose).length;
  let ungrounded: number;
  if (ctx.check?.ungroundedNumbers) ungrounded = ctx.check.ungroundedNumbers(prose, { facts: draft.facts, tables: draft.tables, meta: draft.meta }).length;
  else ungrounded = findings.filter((f) => f.rule === 'N-GROUNDING').length;
  // Gaps in the clerk's input are not the drafter's errors: a blank cell (CELL-INVALID naming only cells the draft
  // leaves blank) and an unanswered 信息处理费 question (六 says 【待填写】). The draft shows them as E (one verdict
  // with its exports, issue 10); they are counted apart, as input_gaps.
  const blank = (id: string) => draft.tables[id]?.value === null || draft.tables[id]?.value === undefined;
  const isGap = (f: { rule: string; where?: { cells?: string[] }; evidence?: { quote?: string } }) =>
    (f.rule === 'CELL-INVALID' && !!f.where?.cells?.length && f.where.cells.every(blank)) || (f.rule === 'N-PLACEHOLDER' && !!f.evidence?.quote?.includes('信息处理费：【待填写】'));
  const errs = findings.filter((f) => f.severity === 'E' && !isGap(f));
  return {
    inputGaps: findings.filter((f) => f.severity === 'E' && isGap(f)).length,
    errors: errs.length,
    errorRules: [...new Set(errs.map((f) => f.rule))],
    numbers,
    ungrounded,
    grounded: groundingRate(numbers, ungrounded),
    leaked: foreignNames(prose, { agency: draft.meta.agency, parent: draft.meta.parent }, ctx.otherAgencies),
    aspects: aspectsCovered(one),
    lengthRatio: ctx.original ? Array.from(one).length / Math.max(1, Array.from(ctx.original).length) : null,
    rouge: ctx.original ? rougeL(one, ctx.original).f : null,
    copy: Math.max(0, ...ctx.examples.map((e) => ngramContainment(one, e))),
  };
}

/** The drafting input of a corpus report: its parsed numbers, the manifest's meta, its hand-read facts. */
function inputFor(doc: CorpusDoc, parsed: AnyReport, d: DraftLayer): Record<string, unknown> | undefined {
  const year = parsed.meta.year ?? doc.year;
  const agency = doc.agency || parsed.meta.agency;
  if (!year || !agency) return undefined;
  const fixed = { ...parsed, meta: { ...parsed.meta, agency, year, level: doc.level || parsed.meta.level || undefined } } as AnyReport;
  const input = d.inputFromReport(fixed, { year });
  const facts = Object.entries(doc.labels?.narrative_facts ?? {}).map(([label, value]) => ({ label: label.slice(0, 100), value }));
  return { ...input, facts: [...((input.facts as unknown[]) ?? []), ...facts] };
}

interface Row {
  doc: CorpusDoc;
  mode: 'offline' | 'llm';
  s?: DraftScore;
  error?: string;
  text?: string;
  fallback?: string;
}

export interface DraftSuiteOptions {
  corpus?: CorpusDoc[];
  /** With a model, each report is drafted twice: offline and by the model. */
  model?: LanguageModel;
  modelLabel?: string;
  /** Every draft's section 一 with the facts it rests on (the judge suite scores these). */
  onDraft?: (item: JudgeItem, mode: 'offline' | 'llm') => void;
}

/** Facts a draft had to use, one line each: the given facts and the headline table numbers. */
function factLines(report: Report): string[] {
  const lines = report.facts.map((f) => `${f.label}：${Array.isArray(f.value) ? f.value.join('、') : f.value}${f.unit ?? ''}`);
  for (const id of ['t3.new.total', 't3.carried.total', 't3.r7.total', 't3.next.total']) {
    const v = report.tables[id]?.value;
    if (typeof v === 'number') lines.push(`${describeCell(report.format, id)}：${v}`);
  }
  return [`机关：${report.meta.agency}`, `年度：${report.meta.year}`, ...lines];
}

export async function runDraftSuite(opts: DraftSuiteOptions = {}): Promise<SuiteResult> {
  const t0 = Date.now();
  const d = await layer<DraftLayer>('server/draft/index.ts', ['composeDraft', 'inputFromReport']);
  const p = await parseLayer();
  const check = await checkLayer().catch(() => undefined);
  const index: CorpusIndex | undefined = await corpusIndex().catch(() => undefined);
  const corpus = opts.corpus ?? loadCorpus();
  const others = corpus.map((x) => x.agency).filter(Boolean);
  const rows: Row[] = [];
  const modes: Row['mode'][] = opts.model ? ['offline', 'llm'] : ['offline'];

  for (const doc of corpus) {
    let parsed: AnyReport;
    try {
      parsed = p.parseText(doc.text, { file: doc.file });
    } catch (e) {
      rows.push({ doc, mode: 'offline', error: `解析失败：${e instanceof Error ? e.message : e}` });
      continue;
    }
    const input = inputFor(doc, parsed, d);
    if (!input) continue; // no agency or year to draft for: nothing to measure
    const original = parsed.sections.find((s) => s.no === 1)?.text || undefined;
    const retrieve = index
      ? async (query: string, o: { k: number; section: number; exclude?: string }) =>
          (await index.search(query, { k: o.k, section: o.section, excludeAgency: o.exclude ?? doc.agency })).map((h) => ({ id: h.chunkId, text: h.text, agency: h.report.agency, year: h.report.year ?? undefined }))
      : undefined;
    // The examples a drafter would see for 一 (leave-one-out), to measure copying.
    const examples = index ? (await index.search(`${doc.level} 总体情况 主动公开 依申请公开`, { k: 3, section: 1, excludeAgency: doc.agency })).map((h) => h.text) : [];
    for (const mode of modes) {
      try {
        const res = await d.composeDraft(input, mode === 'offline' ? { mode: 'offline', retrieve } : { model: opts.model, retrieve, maxRetries: 1 });
        const s = await scoreDraft(res.report, res.findings, { original, examples, otherAgencies: others, check });
        const one = res.report.sections.find((x) => x.no === 1)?.text ?? '';
        const fb = res.sections.find((x) => x.generator !== mode && (x.no === 1 || x.no === 5));
        opts.onDraft?.({ id: `${mode}-${docId(doc.file)}`, title: `${mode === 'offline' ? '离线' : '模型'} · ${doc.file}（${doc.agency}）`, facts: factLines(res.report), text: one }, mode);
        rows.push({ doc, mode, s, text: one, fallback: mode === 'llm' && fb ? fb.reason ?? '改用离线起草' : undefined });
      } catch (e) {
        rows.push({ doc, mode, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  const metrics: Record<string, MetricDef> = {};
  for (const mode of modes) {
    const xs = rows.filter((r) => r.mode === mode && r.s).map((r) => r.s!);
    const pre = mode === 'offline' ? '' : 'llm_';
    const tag = mode === 'offline' ? '离线' : `模型${opts.modelLabel ? ` ${opts.modelLabel}` : ''}`;
    const num = xs.reduce((s, x) => s + x.numbers, 0);
    const ung = xs.reduce((s, x) => s + x.ungrounded, 0);
    const rouge = xs.map((x) => x.rouge).filter((x): x is number => x !== null);
    const len = xs.map((x) => x.lengthRatio).filter((x): x is number => x !== null);
    Object.assign(metrics, {
      [`${pre}drafts`]: { value: xs.length, label: `${tag}：起草份数`, better: 'higher' },
      [`${pre}failures`]: { value: rows.filter((r) => r.mode === mode && r.error).length, label: `${tag}：起草失败份数`, better: 'lower' },
      [`${pre}zero_error_rate`]: { value: mean(xs.map((x) => (x.errors === 0 ? 1 : 0))), label: `${tag}：无 E 结论（输入缺项除外）的草稿占比（目标 100%）`, better: 'higher', ratio: true },
      [`${pre}errors`]: { value: xs.reduce((s, x) => s + x.errors, 0), label: `${tag}：E 结论总数（目标 0；不含输入缺项）`, better: 'lower' },
      [`${pre}input_gaps`]: { value: xs.reduce((s, x) => s + x.inputGaps, 0), label: `${tag}：输入缺项（空白单元格、未答信息处理费）形成的 E 结论数`, better: 'lower' },
      [`${pre}grounded_rate`]: { value: groundingRate(num, ung), label: `${tag}：正文数字有来源的比例（目标 100%）`, better: 'higher', ratio: true },
      [`${pre}leaked_names`]: { value: xs.reduce((s, x) => s + x.leaked.length, 0), label: `${tag}：混入其他机关名称（目标 0）`, better: 'lower' },
      [`${pre}aspects`]: { value: mean(xs.map((x) => x.aspects)), label: `${tag}：第一部分覆盖的方面数（满分 5）`, better: 'higher' },
      [`${pre}length_ratio`]: { value: mean(len), label: `${tag}：第一部分长度 / 原文长度`, better: 'higher' },
      [`${pre}rouge_l`]: { value: mean(rouge), label: `${tag}：第一部分与原文的字级 ROUGE-L F`, better: 'higher' },
      [`${pre}copy_rate`]: { value: mean(xs.map((x) => (x.copy > COPY_THRESHOLD ? 1 : 0))), label: `${tag}：与检索范文重合超过 50% 的占比`, better: 'lower', ratio: true },
      [`${pre}max_copy`]: { value: Math.max(0, ...xs.map((x) => x.copy)), label: `${tag}：与检索范文的最大重合度`, better: 'lower', ratio: true },
    });
    if (mode === 'llm')
      metrics.llm_fallbacks = { value: rows.filter((r) => r.mode === 'llm' && r.fallback).length, label: `${tag}：改用离线起草的份数`, better: 'lower' };
  }

  const cases: CaseResult[] = rows.map((r) => {
    const s = r.s;
    const problems = r.error
      ? [`起草失败：${r.error}`]
      : [
          ...(s!.errors ? [`E 结论 ${s!.errors} 条：${s!.errorRules.join('、')}`] : []),
          ...(s!.ungrounded ? [`无来源数字 ${s!.ungrounded} 个（共 ${s!.numbers} 个）`] : []),
          ...(s!.leaked.length ? [`混入其他机关：${s!.leaked.join('、')}`] : []),
          ...(s!.aspects < 5 ? [`第一部分只覆盖 ${s!.aspects}/5 个方面`] : []),
          ...(s!.copy > COPY_THRESHOLD ? [`与检索范文重合 ${(s!.copy * 100).toFixed(0)}%（抄袭）`] : []),
          ...(r.fallback ? [`模型稿未采用：${r.fallback}`] : []),
          `ROUGE-L ${s!.rouge === null ? '—' : s!.rouge.toFixed(3)}，长度比 ${s!.lengthRatio === null ? '—' : s!.lengthRatio.toFixed(2)}`,
        ];
    const score = r.error ? 0 : (s!.errors ? 0.2 : 1) * s!.grounded * (s!.leaked.length ? 0.5 : 1) * (0.5 + s!.aspects / 10);
    return { anchor: `draft-${r.mode}-${docId(r.doc.file)}`, title: `${r.mode === 'offline' ? '离线' : '模型'} · ${r.doc.file}（${r.doc.agency}）`, score, problems, text: r.text };
  });
  return {
    name: 'draft',
    status: 'ok',
    durationMs: Date.now() - t0,
    reason: index ? undefined : '检索索引不可用：未计算与范文的重合度',
    metrics,
    groups: [
      {
        title: '逐份草稿',
        columns: ['方式', '文档', 'E', '数字', '无来源', '他机关', '方面', 'ROUGE-L', '长度比', '范文重合'],
        rows: rows.map((r) =>
          r.s
            ? [r.mode === 'offline' ? '离线' : '模型', r.doc.file, r.s.errors, r.s.numbers, r.s.ungrounded, r.s.leaked.length, r.s.aspects, r.s.rouge?.toFixed(3) ?? '—', r.s.lengthRatio?.toFixed(2) ?? '—', `${(r.s.copy * 100).toFixed(0)}%`]
            : [r.mode, r.doc.file, '失败', '—', '—', '—', '—', '—', '—', '—'],
        ),
      },
    ],
    cases,
  };
}
