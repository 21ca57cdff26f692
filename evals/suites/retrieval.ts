// Retrieval suite, leave-one-out: each corpus report asks for examples with its own level and the opening of its
// 一、总体情况, excluding its own agency. Do the examples come from the same kind of agency and the same section?
import { loadCorpus, docId, type CorpusDoc } from '../lib/corpus.js';
import { corpusIndex, type Hit } from '../lib/corpus-index.js';
import { mean, type CaseResult, type SuiteResult } from '../lib/types.js';

/** Opening of section 一 from the raw text (first ~120 characters after the heading). */
export function sectionOneOpening(text: string, chars = 120): string {
  const lines = text.split('\n').map((l) => l.trim());
  const i = lines.findIndex((l) => /^一[、.．]/.test(l));
  const body = (i >= 0 ? lines.slice(i + 1) : lines).filter((l) => l.length > 0 && !(/^[（(][一二三四五六1-6][)）]/.test(l) && l.length <= 20)).join('');
  return body.replace(/\s+/g, '').slice(0, chars);
}

export interface QueryScore {
  sameLevelShare: number;
  levelHit: boolean;
  sameSectionShare: number;
  reciprocalRank: number;
  distinctAgencies: number;
  leaked: number;
}

/** Score one result list for a query from `doc`. */
export function scoreHits(doc: Pick<CorpusDoc, 'level' | 'agency'>, hits: Hit[], section = 1): QueryScore {
  const good = (h: Hit) => h.report.level === doc.level && h.section.no === section;
  const first = hits.findIndex(good);
  return {
    sameLevelShare: hits.length ? hits.filter((h) => h.report.level === doc.level).length / hits.length : 0,
    levelHit: hits.some((h) => h.report.level === doc.level),
    sameSectionShare: hits.length ? hits.filter((h) => h.section.no === section).length / hits.length : 0,
    reciprocalRank: first >= 0 ? 1 / (first + 1) : 0,
    distinctAgencies: new Set(hits.map((h) => h.report.agency || `#${h.report.id}`)).size,
    leaked: hits.filter((h) => h.report.agency === doc.agency).length,
  };
}

export async function runRetrievalSuite(opts: { k?: number; corpus?: CorpusDoc[] } = {}): Promise<SuiteResult> {
  const t0 = Date.now();
  const k = opts.k ?? 5;
  const index = await corpusIndex();
  const docs = (opts.corpus ?? loadCorpus()).filter((d) => d.agency && d.level && sectionOneOpening(d.text).length >= 20);
  const rows: { doc: CorpusDoc; query: string; s: QueryScore; modes: Record<string, number>; hits: Hit[] }[] = [];
  for (const doc of docs) {
    const query = `${doc.level} ${sectionOneOpening(doc.text)}`;
    const hits = await index.search(query, { k, excludeAgency: doc.agency });
    const modes: Record<string, number> = {};
    for (const mode of ['vector', 'lexical'] as const)
      modes[mode] = scoreHits(doc, await index.search(query, { k, excludeAgency: doc.agency, mode })).reciprocalRank;
    rows.push({ doc, query, s: scoreHits(doc, hits), modes, hits });
  }
  const m = (f: (r: (typeof rows)[number]) => number) => mean(rows.map(f));
  // Level metrics only over queries the corpus can answer (another agency of the same level exists).
  const answerable = rows.filter((r) => docs.some((o) => o.level === r.doc.level && o.agency !== r.doc.agency));
  const ma = (f: (r: (typeof rows)[number]) => number) => mean(answerable.map(f));
  const levels = [...new Set(rows.map((r) => r.doc.level))];
  const cases: CaseResult[] = rows.map((r) => ({
    anchor: `retrieval-${docId(r.doc.file)}`,
    title: `${r.doc.file}（${r.doc.agency}，${r.doc.level}）`,
    score: (r.s.reciprocalRank + r.s.sameLevelShare) / 2,
    problems: [
      `同层级占比 ${(r.s.sameLevelShare * 100).toFixed(0)}%，第一部分占比 ${(r.s.sameSectionShare * 100).toFixed(0)}%，倒数排名 ${r.s.reciprocalRank.toFixed(2)}`,
      ...(r.s.leaked ? [`返回了本机关自己的文本 ${r.s.leaked} 条`] : []),
      ...r.hits.map((h, i) => `#${i + 1} ${h.report.level || '（层级未知）'} · ${h.report.agency || '（机关未知）'} · 第${h.section.no}部分`),
    ],
    text: `检索：${r.query}`,
  }));
  return {
    name: 'retrieval',
    status: 'ok',
    durationMs: Date.now() - t0,
    metrics: {
      same_level_at_k: { value: ma((r) => r.s.sameLevelShare), label: `前${k}条中同层级机关的占比`, better: 'higher', ratio: true },
      level_recall_at_k: { value: ma((r) => (r.s.levelHit ? 1 : 0)), label: `前${k}条含同层级机关的查询占比（recall@${k}）`, better: 'higher', ratio: true },
      same_section_at_k: { value: m((r) => r.s.sameSectionShare), label: `前${k}条中来自第一部分的占比`, better: 'higher', ratio: true },
      mrr: { value: ma((r) => r.s.reciprocalRank), label: 'MRR（首个同层级且同部分的结果）', better: 'higher' },
      mrr_vector: { value: ma((r) => r.modes.vector), label: 'MRR：仅向量', better: 'higher' },
      mrr_lexical: { value: ma((r) => r.modes.lexical), label: 'MRR：仅关键词', better: 'higher' },
      distinct_agencies: { value: m((r) => r.s.distinctAgencies), label: `前${k}条中不同机关数（平均）`, better: 'higher' },
      self_leaks: { value: rows.reduce((s, r) => s + r.s.leaked, 0), label: '留一法下仍返回本机关文本的条数', better: 'lower' },
      queries: { value: rows.length, label: '查询数', better: 'higher' },
      answerable: { value: answerable.length, label: '可回答的查询数（语料中有其他同层级机关）', better: 'higher' },
    },
    groups: [
      {
        title: '按机关层级',
        columns: ['层级', '查询', '同层级占比', '第一部分占比', 'MRR', '不同机关数'],
        rows: levels.map((l) => {
          const xs = rows.filter((r) => r.doc.level === l);
          const f = (g: (r: (typeof rows)[number]) => number) => mean(xs.map(g));
          return [l, xs.length, pct(f((r) => r.s.sameLevelShare)), pct(f((r) => r.s.sameSectionShare)), f((r) => r.s.reciprocalRank).toFixed(3), f((r) => r.s.distinctAgencies).toFixed(1)];
        }),
      },
    ],
    cases,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
