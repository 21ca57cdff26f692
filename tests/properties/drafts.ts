// Random clerk inputs for the verdict property (complete, partial, unbalanced; both formats), and the path a
// published file takes through `nianbao check`: bytes → readDocument → parseText → checkReport.
import { checkReport, type Finding } from '../../server/check/index.js';
import type { DraftInputIn } from '../../server/draft/index.js';
import { readDocument } from '../../server/parse/readers/index.js';
import { parseText } from '../../server/parse/text.js';
import { renderDocx } from '../../server/render/docx.js';
import { renderReport } from '../../server/render/index.js';
import { randomValidReport, rng } from '../../server/report/generate.js';
import type { AnyReport, Fact } from '../../server/report/schema.js';
import { leafCells } from '../../server/report/tables.js';

export const EXPORTS = ['md', 'html', 'txt', 'docx'] as const;
export type ExportFormat = (typeof EXPORTS)[number];

/** What a case is, in words (for failure messages and the report). */
export interface Case {
  seed: number;
  kind: 'complete' | 'partial' | 'blank-table' | 'empty' | 'unbalanced';
  input: DraftInputIn;
}

const AGENCIES = [
  (town: string, county: string) => ({ agency: `${county}${town}镇人民政府`, level: '乡镇' as const }),
  (town: string, county: string) => ({ agency: `${county}${town}街道办事处`, level: '街道' as const }),
  (_town: string, county: string) => ({ agency: `${county}交通运输局`, level: '县级部门' as const }),
];

const PROBLEMS = ['政策解读形式较为单一', '公开栏更新不够及时', '政务新媒体运营水平有待提升', '工作人员业务培训不足'];
const PLANS = ['丰富政策解读形式', '加强公开栏日常维护', '加强政府网站和政务新媒体建设', '定期开展业务培训'];

/**
 * One random clerk input: numbers from a valid random report, then a random subset of leaves blanked (partial),
 * a whole table blanked, nothing typed at all, or one leaf changed (tables that do not add up); random facts,
 * fee answer, contact and date — each of which may be missing.
 */
export const KINDS: Case['kind'][] = ['complete', 'partial', 'unbalanced', 'partial', 'blank-table', 'partial', 'empty'];

export function randomCase(seed: number, format: '2019' | '2021', kind: Case['kind'] = KINDS[seed % KINDS.length]): Case {
  const r = rng(seed * 7919 + 13);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const year = format === '2019' ? 2019 + Math.floor(r() * 2) : 2021 + Math.floor(r() * 5);
  const rep = randomValidReport(seed, { year });
  const leaves = leafCells(rep.format);
  const numbers: Record<string, number> = {};
  const blankTable = pick(['t2', 't3', 't4']);
  const p = 0.05 + r() * 0.85;
  for (const c of leaves) {
    const v = rep.tables[c.id]!.value!;
    if (kind === 'empty') continue;
    if (kind === 'partial' && r() < p) continue;
    if (kind === 'blank-table' && c.table === blankTable) continue;
    numbers[c.id] = v;
  }
  if (kind === 'unbalanced') {
    const c = pick(leaves.filter((x) => x.kind === 'count'));
    numbers[c.id] = numbers[c.id] + 1 + Math.floor(r() * 3);
  }
  const [town, county] = [rep.meta.shortName!.replace(/镇$/, ''), rep.meta.parent!.replace(/人民政府$/, '')];
  const who = pick(AGENCIES)(town, county);
  const facts: Fact[] = [];
  const maybe = (key: string, label: string, value: Fact['value']) => {
    if (r() < 0.5) facts.push({ key, label, value });
  };
  maybe('published_total', '主动公开政府信息', 10 + Math.floor(r() * 200));
  maybe('interpretations', '发布政策解读', Math.floor(r() * 9));
  maybe('trainings', '开展政务公开培训', 1 + Math.floor(r() * 4));
  maybe('website_columns', '网站公开专栏', 1 + Math.floor(r() * 6));
  maybe('platforms', '公开平台名称', [`${town}政务公开栏`]);
  maybe('problems', '存在的主要问题', PROBLEMS.filter(() => r() < 0.6));
  maybe('plans', '下一年度改进措施', PLANS.filter(() => r() < 0.6));
  const fee = pick([undefined, { charged: false }, { charged: false, notices: 0 }, { charged: true, notices: 1, amountYuan: 50 }, { charged: true }]);
  const contact = pick([undefined, { phone: '0439-5826678' }, { website: `${county}人民政府网站` }, { phone: '0439-5826678', website: `${county}人民政府网站`, office: '综合办公室' }]);
  return {
    seed,
    kind,
    input: {
      meta: { ...who, year, parent: rep.meta.parent, ...(r() < 0.8 ? { date: `${year + 1}-01-${String(10 + Math.floor(r() * 15)).padStart(2, '0')}` } : {}), ...(contact ? { contact } : {}) },
      numbers,
      facts: facts.filter((f) => !Array.isArray(f.value) || f.value.length),
      ...(fee ? { fee } : {}),
    },
  };
}

/** The exported file's bytes, as the drafts export (server/app/export.ts) writes them. */
export async function exportBytes(report: AnyReport, fmt: ExportFormat): Promise<Buffer> {
  return fmt === 'docx' ? renderDocx(report) : Buffer.from(renderReport(report, fmt, { standalone: true }), 'utf8');
}

/** What `nianbao check 草稿.<fmt>` finds (server/cli/check.ts → loadReport → readDocument → parseText → checkReport). */
export async function checkExport(report: AnyReport, fmt: ExportFormat): Promise<{ findings: Finding[]; parsed: AnyReport }> {
  const file = `草稿.${fmt}`;
  const { text } = await readDocument(await exportBytes(report, fmt), file);
  const parsed = parseText(text, { file });
  return { findings: checkReport(parsed), parsed };
}

/** E findings as comparable pairs: (rule, cell id) for cell findings, (rule, §section) for text findings. */
export function errorPairs(findings: Finding[], skip: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.severity !== 'E' || skip.has(f.rule)) continue;
    if (f.where.cells?.length) for (const c of f.where.cells) out.add(`${f.rule} ${c}`);
    else out.add(`${f.rule} §${f.where.section ?? '-'}`);
  }
  return out;
}
