// Check suite, real part: the checker's verdicts on hand-labelled published reports (corpus/real), per split.
// A label is found when a finding has its rule and the finding's quote, cells or message overlaps the label's
// quote. False E: E findings whose evidence overlaps no label's quote (of any kind), over all E findings. Noise: W
// findings overlapping no label's quote (of any kind; section-scoped rules by rule), per report.
import type { Finding } from '../../server/check/types.js';
import { RULES } from '../../server/check/catalogue.js';
import type { CheckLayer, ParseLayer } from '../lib/deps.js';
import { agencyMatches, loadReal, quotesOverlap, type RealAnomaly, type RealDoc } from '../lib/real.js';
import type { CaseResult, SuiteResult, TableGroup } from '../lib/types.js';

type Split = 'dev' | 'test';
const SPLITS: Split[] = ['dev', 'test'];

/** Kinds a model-free run can find; P-TYPO needs the LLM proofreading pass. */
export const MODEL_ONLY_KINDS = new Set(['P-TYPO']);
const isProof = (k: string) => k.startsWith('P-');

const haystack = (f: Finding) =>
  [f.evidence.quote ?? '', f.message, ...(f.evidence.cells ?? []).map((c) => `${c.place} ${c.written}`)].join('\n');
/** The finding quotes the labelled place: its whole text, or its own quote alone (a label quoting a heading with the
 * words after it, 「、总体情况\n\n2023年」, holds the finding's 「、总体情况」 — joined to the message it would not). */
const atPlace = (a: RealAnomaly, f: Finding) =>
  quotesOverlap(a.quote, haystack(f)) || ((f.evidence.quote ?? '').trim().length >= 4 && quotesOverlap(a.quote, f.evidence.quote ?? '')) || cellNamed(a, f);
/** A blank cell has no words of its own: a label of the same kind quoting its row's name (「行政强制\n\n \n\n第二十条…」)
 * is at the cell the finding names by that row (「表二…「行政强制」行「本年处理决定数量」列」). */
const cellNamed = (a: RealAnomaly, f: Finding) =>
  f.rule === a.kind && (f.evidence.cells ?? []).some((c) => [...c.place.matchAll(/「([^」]{3,})」行/g)].some((m) => a.quote.replace(/\s+/g, '').includes(m[1])));

/** Rules whose place is a whole section, not a sentence: 一 lacking an aspect is one mistake wherever the labeller
 * quoted it (its first line, a sub-heading, the sentence that shows the gap), so the same rule in the report is a match.
 * (F-VERSION too: the tables follow the wrong year's layout, whichever of its labels is quoted, ao004.) */
const SECTION_SCOPED = new Set(['N-SEC1-COVERAGE', 'N-SEC5-VAGUE', 'F-VERSION']);
const atLabel = (a: RealAnomaly, f: Finding) => f.rule === a.kind && (SECTION_SCOPED.has(a.kind) || atPlace(a, f));
export const labelFound = (a: RealAnomaly, fs: Finding[]) => fs.some((f) => atLabel(a, f));
const findingLabelled = (f: Finding, as: RealAnomaly[]) => as.some((a) => atLabel(a, f));
/** A finding at a labelled mistake (E or W) is not false nor noise even when the labeller filed it under another kind (「二、主动公开政府政府情况」
 * is both a duplicated word and a wrong heading); recall still needs the labelled kind. */
const findingAtMistake = (f: Finding, as: RealAnomaly[]) => as.some((a) => atPlace(a, f));

interface DocOutcome {
  doc: RealDoc;
  findings: Finding[];
  found: boolean[];
  falseE: Finding[];
  noiseW: Finding[];
  meta: { agency: boolean; year: boolean; level: boolean; date: boolean | null; parsed: { agency: string; year: number | null; level?: string; date?: string } };
  error?: string;
}

const ratio = (n: number, d: number) => (d ? n / d : NaN);
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');

export function runCheckReal(parse: ParseLayer, check: CheckLayer, docs: RealDoc[] = loadReal()): Pick<SuiteResult, 'metrics' | 'groups' | 'cases'> & { notes: string[] } {
  const outs: DocOutcome[] = [];
  for (const doc of docs) {
    try {
      const p = parse.parseText(doc.text, { file: doc.label.file });
      const fs = check.checkReport(p);
      const as = doc.label.anomalies;
      // The label is the page's 发布日期: compared with what the parser read from the page, else its 落款.
      const date = doc.label.publish_date ? (p.meta.published ?? p.meta.date ?? '').slice(0, 10) === doc.label.publish_date.slice(0, 10) : null;
      outs.push({
        doc,
        findings: fs,
        found: as.map((a) => labelFound(a, fs)),
        falseE: fs.filter((f) => f.severity === 'E' && !findingAtMistake(f, as) && !findingLabelled(f, as)),
        noiseW: fs.filter((f) => f.severity === 'W' && !findingLabelled(f, as) && !findingAtMistake(f, as)),
        meta: {
          agency: agencyMatches(p.meta.agency, doc.label),
          year: p.meta.year === doc.label.year,
          level: (p.meta.level ?? '') === doc.label.level,
          date,
          parsed: { agency: p.meta.agency, year: p.meta.year, level: p.meta.level, date: p.meta.date },
        },
      });
    } catch (e) {
      const as = doc.label.anomalies;
      outs.push({ doc, findings: [], found: as.map(() => false), falseE: [], noiseW: [], meta: { agency: false, year: false, level: false, date: false, parsed: { agency: '', year: null } }, error: e instanceof Error ? e.message : String(e) });
    }
  }

  const metrics: SuiteResult['metrics'] = {};
  const kinds = [...new Set([...RULES.map((r) => r.id), ...outs.flatMap((o) => o.doc.label.anomalies.map((a) => a.kind))])];
  const perKind: TableGroup = { title: '真实报告：各类问题的召回（标注的问题被同一规则、同一引文找到）', columns: ['规则', 'DEV 找到/标注', 'DEV 召回', 'TEST 找到/标注', 'TEST 召回'], rows: [] };
  const count = (split: Split, pred: (a: RealAnomaly) => boolean) => {
    let n = 0;
    let hit = 0;
    for (const o of outs.filter((x) => x.doc.split === split))
      o.doc.label.anomalies.forEach((a, i) => {
        if (!pred(a)) return;
        n++;
        if (o.found[i]) hit++;
      });
    return { n, hit };
  };
  for (const k of kinds) {
    const d = count('dev', (a) => a.kind === k);
    const t = count('test', (a) => a.kind === k);
    if (d.n + t.n) perKind.rows.push([k, `${d.hit}/${d.n}`, pct(ratio(d.hit, d.n)), `${t.hit}/${t.n}`, pct(ratio(t.hit, t.n))]);
  }
  const summary: TableGroup = { title: '真实报告：汇总（按划分）', columns: ['指标', 'DEV', 'TEST'], rows: [] };
  const row = (label: string, f: (s: Split) => string) => summary.rows.push([label, f('dev'), f('test')]);
  for (const s of SPLITS) {
    const xs = outs.filter((o) => o.doc.split === s);
    const core = count(s, (a) => !isProof(a.kind));
    const proof = count(s, (a) => isProof(a.kind) && !MODEL_ONLY_KINDS.has(a.kind));
    const allE = xs.reduce((n, o) => n + o.findings.filter((f) => f.severity === 'E').length, 0);
    const falseE = xs.reduce((n, o) => n + o.falseE.length, 0);
    const dated = xs.filter((o) => o.meta.date !== null);
    const m = (key: string, value: number, label: string, better: 'higher' | 'lower', isRatio = true) => (metrics[`real_${key}_${s}`] = { value, label: `${label}（${s.toUpperCase()}）`, better, ratio: isRatio });
    m('docs', xs.length, '真实报告数', 'higher', false);
    m('recall_core', ratio(core.hit, core.n), `召回：目录原有规则（n=${core.n}）`, 'higher');
    m('recall_proof', ratio(proof.hit, proof.n), `召回：校对规则，不含需模型的 P-TYPO（n=${proof.n}）`, 'higher');
    m('false_e_rate', allE ? falseE / allE : 0, `误报 E 占全部 E（n=${allE}）`, 'lower');
    m('noise_w', ratio(xs.reduce((n, o) => n + o.noiseW.length, 0), xs.length), '每份报告未被标注的 W', 'lower', false);
    // A page that names no body anywhere (the labeller wrote no agency) is left out of the agency figure.
    const named = xs.filter((o) => o.doc.label.agency || o.doc.label.agency_in_text);
    m('meta_agency', ratio(named.filter((o) => o.meta.agency).length, named.length), `机关名称正确率（n=${named.length}）`, 'higher');
    const yeared = xs.filter((o) => o.doc.label.year);
    m('meta_year', ratio(yeared.filter((o) => o.meta.year).length, yeared.length), `年度正确率（n=${yeared.length}）`, 'higher');
    const leveled = xs.filter((o) => o.doc.label.level);
    m('meta_level', ratio(leveled.filter((o) => o.meta.level).length, leveled.length), `层级正确率（n=${leveled.length}）`, 'higher');
    m('meta_date', ratio(dated.filter((o) => o.meta.date).length, dated.length), `发布日期正确率（n=${dated.length}）`, 'higher');
    m('errors', xs.filter((o) => o.error).length, '解析或校验异常', 'lower', false);
  }
  const mv = (k: string, s: Split) => metrics[`real_${k}_${s}`]?.value ?? NaN;
  row('报告数', (s) => String(mv('docs', s)));
  row('召回（原有规则）', (s) => pct(mv('recall_core', s)));
  row('召回（校对，不含 P-TYPO）', (s) => pct(mv('recall_proof', s)));
  row('误报 E / 全部 E', (s) => pct(mv('false_e_rate', s)));
  row('未标注 W / 份', (s) => mv('noise_w', s).toFixed(2));
  for (const k of ['agency', 'year', 'level', 'date']) row(`元数据 ${k}`, (s) => pct(mv(`meta_${k}`, s)));

  const falseEGroup: TableGroup = {
    title: '真实报告：未被标注的 E（DEV）',
    columns: ['文件', '规则', '说明'],
    rows: outs.filter((o) => o.doc.split === 'dev').flatMap((o) => o.falseE.map((f) => [o.doc.label.file, f.rule, f.message.slice(0, 120)])),
  };
  const cases: CaseResult[] = outs
    .filter((o) => o.doc.split === 'dev')
    .map((o) => {
      const missed = o.doc.label.anomalies.filter((_, i) => !o.found[i] && !MODEL_ONLY_KINDS.has(o.doc.label.anomalies[i].kind));
      const metaBad = (['agency', 'year', 'level'] as const).filter((k) => !o.meta[k]);
      const problems = [
        ...missed.map((a) => `漏报 ${a.kind}：「${a.quote}」`),
        ...o.falseE.map((f) => `误报 E ${f.rule}：${f.message.slice(0, 80)}`),
        ...metaBad.map((k) => `元数据 ${k}：读作「${String(o.meta.parsed[k] ?? '')}」，应为「${String(k === 'agency' ? o.doc.label.agency : o.doc.label[k])}」`),
        ...(o.error ? [`异常：${o.error}`] : []),
      ];
      return { anchor: `real-${o.doc.label.file.replace(/\W/g, '-')}`, title: `真实报告 ${o.doc.label.file}（${o.doc.label.agency}）`, score: problems.length ? 1 / (1 + problems.length) : 1, problems, text: o.doc.text.slice(0, 3000) };
    })
    .filter((c) => c.problems.length);
  const notes = docs.length ? [] : ['corpus/real 中没有已标注的真实报告'];
  return { metrics, groups: [summary, perKind, falseEGroup], cases, notes };
}
