// A small labelled retrieval set over corpus/: each query with a predicate saying which chunks are relevant.
// Relevance is judged from the chunk's own text and its report's metadata, never from a ranking.
import type { Store } from '../../server/store/db.js';

export interface ChunkView {
  id: number;
  text: string;
  section: number;
  aspect: string | null;
  level: string;
  agency: string;
}

export interface Labelled {
  query: string;
  relevant: (c: ChunkView) => boolean;
}

const dept = (c: ChunkView) => c.level.endsWith('部门');

export const LABELLED: Labelled[] = [
  { query: '镇 主动公开 公众号', relevant: (c) => c.level === '乡镇' && c.section === 1 && /公众号|微信/.test(c.text) },
  { query: '街道 主动公开 信息条数', relevant: (c) => c.level === '街道' && c.section === 1 && /主动公开/.test(c.text) },
  { query: '我局 政策解读', relevant: (c) => dept(c) && /解读/.test(c.text) },
  { query: '教育局 微信公众号 发布信息', relevant: (c) => /教育/.test(c.agency) && /公众号/.test(c.text) },
  { query: '镇政府利用公开栏张贴公示', relevant: (c) => c.level === '乡镇' && /公开栏/.test(c.text) },
  { query: '加强业务培训，提升工作人员能力', relevant: (c) => /培训/.test(c.text) },
  { query: '行政规范性文件 制发 废止', relevant: (c) => /规范性文件/.test(c.text) && c.section !== 0 },
  { query: '信息发布前保密审查', relevant: (c) => /保密审查|审查/.test(c.text) },
  { query: '在政府门户网站信息公开专栏发布', relevant: (c) => c.section === 1 && /门户网站/.test(c.text) && /专栏/.test(c.text) },
  { query: '信息更新不及时 下一步改进措施', relevant: (c) => c.section === 5 },
  { query: '全年没有收到公开申请', relevant: (c) => /未收到.{0,12}申请|申请.{0,6}0件|无.{0,4}申请/.test(c.text) },
  { query: '完善公开指南和公开目录', relevant: (c) => c.section === 1 && /指南/.test(c.text) && /目录/.test(c.text) },
  // Paraphrases: the wording differs from the relevant text.
  { query: '通过微信平台推送政务动态', relevant: (c) => /公众号|微信/.test(c.text) },
  { query: '乡镇依申请公开办理情况', relevant: (c) => c.level === '乡镇' && c.section === 1 && /申请/.test(c.text) },
  { query: '街道办事处政务公开平台建设', relevant: (c) => c.level === '街道' && /平台|网站|公开栏/.test(c.text) },
  { query: '成立领导小组 专人负责信息公开', relevant: (c) => /领导小组|专人/.test(c.text) },
  { query: '本机关没有收取信息处理费', relevant: (c) => c.section === 6 || /信息处理费/.test(c.text) },
  { query: '局机关依申请公开答复', relevant: (c) => dept(c) && /申请/.test(c.text) },
  { query: '镇政府存在的不足和下一步打算', relevant: (c) => c.level === '乡镇' && c.section === 5 },
  { query: '教育部门主动公开招生考试信息', relevant: (c) => /教育|考试/.test(c.agency) && /公开/.test(c.text) },
];

export function chunkViews(store: Store): Map<number, ChunkView> {
  const rows = store.db
    .prepare(
      `SELECT c.id, c.text, c.section_no AS section, c.aspect, r.level, r.agency FROM chunks c JOIN reports r ON r.id = c.report_id`,
    )
    .all() as ChunkView[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Mean reciprocal rank and recall@k over the set, for ranked chunk ids per query. */
export function scoreRuns(
  views: Map<number, ChunkView>,
  runs: { item: Labelled; ids: number[] }[],
  k = 5,
): { mrr: number; recallAtK: number; perQuery: { query: string; rr: number; relevant: number }[] } {
  const perQuery = runs.map(({ item, ids }) => {
    const relevantAll = [...views.values()].filter(item.relevant).length;
    const first = ids.findIndex((id) => item.relevant(views.get(id)!));
    const hits = ids.slice(0, k).filter((id) => item.relevant(views.get(id)!)).length;
    return { query: item.query, rr: first >= 0 ? 1 / (first + 1) : 0, relevant: relevantAll, recall: relevantAll ? hits / Math.min(k, relevantAll) : 0 };
  });
  return {
    mrr: perQuery.reduce((s, q) => s + q.rr, 0) / perQuery.length,
    recallAtK: perQuery.reduce((s, q) => s + q.recall, 0) / perQuery.length,
    perQuery,
  };
}
