// Check suite (mutation testing): plant one known mistake in a report that has no E findings and see whether the
// validator names the right rule. Two paths: on the report model, and through the whole pipeline
// (render → [mutate text] → parse → check). False positives: E findings on the unmutated reports.
import type { Finding } from '../../server/check/types.js';
import { rng, randomValidReport } from '../../server/report/generate.js';
import type { AnyReport } from '../../server/report/schema.js';
import { docId, loadCorpus, type CorpusDoc } from '../lib/corpus.js';
import { checkLayer, parseLayer, renderLayer, type CheckLayer, type ParseLayer, type RenderLayer } from '../lib/deps.js';
import type { CaseResult, SuiteResult, TableGroup } from '../lib/types.js';
import { runCheckReal } from './check-real.js';
import { OPERATORS, type MutationContext, type Operator } from './mutations.js';

export type Mode = 'model' | 'text';

interface Base {
  id: string;
  origin: 'generated' | 'corpus';
  report: AnyReport;
}

interface Outcome {
  op: string;
  mode: Mode;
  base: string;
  description: string;
  caught: boolean;
  /** New E findings under other rules only (caught, but by the wrong rule). */
  otherRules: string[];
  error?: string;
  text?: string;
}

const errorsOf = (fs: Finding[]) => fs.filter((f) => f.severity === 'E');
const rulesOf = (fs: Finding[]) => [...new Set(fs.map((f) => f.rule))];

export interface CheckSuiteOptions {
  /** The labelled real reports (corpus/real); undefined = load them, [] = skip the real part. */
  real?: import('../lib/real.js').RealDoc[];
  /** Number of generated base reports (both formats). */
  generated?: number;
  corpus?: CorpusDoc[];
  operators?: Operator[];
}

async function roundTrip(render: RenderLayer, parse: ParseLayer, r: AnyReport): Promise<{ text: string; parsed: AnyReport }> {
  const text = await render.renderReport(r, 'txt');
  return { text, parsed: parse.parseText(text, { file: 'mutant.txt' }) };
}

export async function runCheckSuite(opts: CheckSuiteOptions = {}): Promise<SuiteResult> {
  const t0 = Date.now();
  const check: CheckLayer = await checkLayer();
  const parse = await parseLayer().catch(() => undefined);
  const render = await renderLayer().catch(() => undefined);
  const corpus = opts.corpus ?? loadCorpus();
  const operators = opts.operators ?? OPERATORS;
  const nGen = opts.generated ?? 24;

  // Bases: generated valid reports (a third in the 2019 format) and corpus reports the parser reads with 0 E.
  const candidates: Base[] = [];
  for (let i = 1; i <= nGen; i++)
    candidates.push({ id: `gen-${i}`, origin: 'generated', report: randomValidReport(1000 + i, i % 3 === 0 ? { format: '2019' } : {}) });
  if (parse)
    for (const d of corpus) {
      try {
        candidates.push({ id: docId(d.file), origin: 'corpus', report: parse.parseText(d.text, { file: d.file }) });
      } catch {
        /* parse failures are the parse suite's business */
      }
    }
  const fp: { base: string; rules: string[] }[] = [];
  const bases: Base[] = [];
  for (const b of candidates) {
    const e = errorsOf(check.checkReport(b.report));
    if (b.origin === 'generated' && e.length) fp.push({ base: b.id, rules: rulesOf(e) });
    if (!e.length) bases.push(b);
  }
  const generatedCount = candidates.filter((b) => b.origin === 'generated').length;

  // Round-trip false positives: a valid generated report, rendered and read back, must still have no E finding.
  const rtFp: { base: string; rules: string[] }[] = [];
  const rtBases = new Map<string, string>();
  if (parse && render) {
    for (const b of bases.filter((x) => x.origin === 'generated')) {
      try {
        const { text, parsed } = await roundTrip(render, parse, b.report);
        const e = errorsOf(check.checkReport(parsed));
        if (e.length) rtFp.push({ base: b.id, rules: rulesOf(e) });
        else rtBases.set(b.id, text);
      } catch (err) {
        rtFp.push({ base: b.id, rules: [`异常：${err instanceof Error ? err.message : String(err)}`] });
      }
    }
  }

  const others = corpus.map((d) => d.agency).filter(Boolean);
  const outcomes: Outcome[] = [];
  for (const op of operators) {
    for (const [bi, b] of bases.entries()) {
      const ctx = (salt: number): MutationContext => ({ rand: rng(bi * 7919 + salt + op.id.length * 104729), otherAgencies: others });
      // Model path.
      const m = op.model(b.report, ctx(1));
      if (m) {
        try {
          const fs = errorsOf(check.checkReport(m.report));
          const rules = rulesOf(fs);
          outcomes.push({ op: op.id, mode: 'model', base: b.id, description: m.description, caught: op.expects.some((r) => rules.includes(r)), otherRules: rules.filter((r) => !op.expects.includes(r)) });
        } catch (e) {
          outcomes.push({ op: op.id, mode: 'model', base: b.id, description: m.description, caught: false, otherRules: [], error: String(e) });
        }
      }
      // Pipeline path: only from bases that survive the round trip cleanly (generated ones).
      const baseText = rtBases.get(b.id);
      if (!parse || !render || baseText === undefined) continue;
      try {
        let text: string | undefined;
        let description: string | undefined;
        const tm = op.text?.(baseText, b.report, ctx(2));
        if (tm) ({ text, description } = tm);
        else {
          const mm = op.model(b.report, ctx(2));
          if (mm) {
            text = await render.renderReport(mm.report, 'txt');
            description = `${mm.description}（渲染后重读）`;
          }
        }
        if (text === undefined) continue;
        const fs = errorsOf(check.checkReport(parse.parseText(text, { file: `${b.id}-${op.id}.txt` })));
        const rules = rulesOf(fs);
        outcomes.push({ op: op.id, mode: 'text', base: b.id, description: description!, caught: op.expects.some((r) => rules.includes(r)), otherRules: rules.filter((r) => !op.expects.includes(r)), text });
      } catch (e) {
        outcomes.push({ op: op.id, mode: 'text', base: b.id, description: op.title, caught: false, otherRules: [], error: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  const rate = (xs: Outcome[]) => (xs.length ? xs.filter((o) => o.caught).length / xs.length : NaN);
  const byOp = (mode: Mode): TableGroup => ({
    title: mode === 'model' ? '按变异算子：报告模型上' : '按变异算子：渲染 → 改文本 → 重新解析',
    columns: ['算子', '应报规则', '变异数', '检出（规则正确）', '检出率', '仅被其他规则发现', '漏检'],
    rows: operators.map((op) => {
      const xs = outcomes.filter((o) => o.op === op.id && o.mode === mode);
      const wrongRule = xs.filter((o) => !o.caught && o.otherRules.length).length;
      return [`${op.id}（${op.title}）`, op.expects.join(' / '), xs.length, xs.filter((o) => o.caught).length, fmtRate(rate(xs)), wrongRule, xs.length - xs.filter((o) => o.caught).length - wrongRule];
    }),
  });

  const metrics: SuiteResult['metrics'] = {
    detection_rate: { value: rate(outcomes.filter((o) => o.mode === 'model')), label: '检出率（报告模型，规则正确）', better: 'higher', ratio: true },
    detection_rate_text: { value: rate(outcomes.filter((o) => o.mode === 'text')), label: '检出率（渲染→重新解析，规则正确）', better: 'higher', ratio: true },
    min_operator_rate: {
      value: Math.min(...operators.map((op) => rate(outcomes.filter((o) => o.op === op.id && o.mode === 'model'))).filter(Number.isFinite)),
      label: '最弱算子的检出率（报告模型）',
      better: 'higher',
      ratio: true,
    },
    false_positive_rate: { value: generatedCount ? fp.length / generatedCount : NaN, label: '误报率：有效生成报告出现 E', better: 'lower', ratio: true },
    roundtrip_false_positive_rate: {
      value: parse && render && bases.some((b) => b.origin === 'generated') ? rtFp.length / bases.filter((b) => b.origin === 'generated').length : NaN,
      label: '误报率：有效报告渲染后重读出现 E',
      better: 'lower',
      ratio: true,
    },
    mutants: { value: outcomes.length, label: '变异报告数', better: 'higher' },
    bases_generated: { value: bases.filter((b) => b.origin === 'generated').length, label: '底稿：生成的有效报告', better: 'higher' },
    bases_corpus: { value: bases.filter((b) => b.origin === 'corpus').length, label: '底稿：无 E 的语料报告', better: 'higher' },
  };
  for (const op of operators) {
    const v = rate(outcomes.filter((o) => o.op === op.id && o.mode === 'model'));
    if (Number.isFinite(v)) metrics[`op_${op.id}`] = { value: v, label: `检出率：${op.title}（${op.expects.join('/')}）`, better: 'higher', ratio: true };
  }

  const cases: CaseResult[] = [
    ...outcomes
      .filter((o) => !o.caught)
      .map((o, i) => ({
        anchor: `check-${o.op}-${o.mode}-${o.base}-${i}`,
        title: `漏检 ${o.op}（${o.mode === 'model' ? '模型' : '重读'}）· 底稿 ${o.base}`,
        score: o.otherRules.length ? 0.5 : 0,
        problems: [
          `植入：${o.description}`,
          `应报：${operators.find((x) => x.id === o.op)?.expects.join(' / ')}`,
          o.error ? `异常：${o.error}` : o.otherRules.length ? `实际只报：${o.otherRules.join('、')}` : '没有任何 E 结论',
        ],
        text: o.text?.slice(0, 4000),
      })),
    ...fp.map((f) => ({ anchor: `check-fp-${f.base}`, title: `误报 · 有效报告 ${f.base}`, score: 0, problems: [`未改动的有效报告被报 E：${f.rules.join('、')}`] })),
    ...rtFp.map((f) => ({ anchor: `check-rtfp-${f.base}`, title: `误报 · 渲染重读 ${f.base}`, score: 0, problems: [`渲染后重读被报 E：${f.rules.join('、')}`], text: undefined })),
  ];
  const notes: string[] = [];
  const real = parse ? runCheckReal(parse, check, opts.real) : undefined;
  if (real) {
    Object.assign(metrics, real.metrics);
    cases.push(...real.cases);
    notes.push(...real.notes);
  }
  if (!parse) notes.push('解析器不可用：跳过重读路径、语料底稿与真实报告');
  if (!render) notes.push('渲染器不可用：跳过重读路径');
  return {
    name: 'check',
    status: 'ok',
    reason: notes.length ? notes.join('；') : undefined,
    durationMs: Date.now() - t0,
    metrics,
    groups: [
      byOp('model'),
      byOp('text'),
      {
        title: '误报（未改动的有效报告）',
        columns: ['底稿', '路径', '报出的 E 规则'],
        rows: [...fp.map((f) => [f.base, '模型', f.rules.join('、')]), ...rtFp.map((f) => [f.base, '重读', f.rules.join('、')])],
      },
      ...(real?.groups ?? []),
    ],
    cases,
  };
}

export const fmtRate = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');
