// Mutation operators for the check suite. Each plants ONE known mistake in a report without E findings and names the
// rule ids that must catch it. Operators never modify their input (they work on a deep copy).
import { cellsOf, sectionByNo, sectionHeading, type FormatId } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { AnyReport, Cell } from '../../server/report/schema.js';
import { coreUnit } from '../lib/names.js';

export type Rand = () => number;

export interface MutationContext {
  rand: Rand;
  /** Names of other agencies (from the corpus manifest) to plant as foreign entities. */
  otherAgencies: string[];
}

export interface Mutation {
  report: AnyReport;
  /** Chinese: what was planted, where. */
  description: string;
}

export interface Operator {
  id: string;
  title: string;
  /** Finding rule ids that count as catching this mutation. */
  expects: string[];
  /** Mutate the report model (null: not applicable to this report). */
  model(r: AnyReport, ctx: MutationContext): Mutation | null;
  /** Optional: mutate the rendered text instead (render → mutate text → parse → check). */
  text?(text: string, r: AnyReport, ctx: MutationContext): { text: string; description: string } | null;
}

const clone = <T>(x: T): T => structuredClone(x);
const pick = <T>(xs: T[], rand: Rand): T => xs[Math.floor(rand() * xs.length)];
const formatOf = (r: AnyReport): FormatId | null => r.format ?? null;
const yearOf = (r: AnyReport): number | null => r.meta.year ?? null;

function setCell(r: AnyReport, id: string, cell: Cell): AnyReport {
  const out = clone(r);
  out.tables = { ...out.tables, [id]: cell };
  return out;
}

function sectionText(r: AnyReport, no: number): string {
  return r.sections.find((s) => s.no === no)?.text ?? '';
}

function withSectionText(r: AnyReport, no: number, text: string): AnyReport {
  const out = clone(r);
  const s = out.sections.find((x) => x.no === no);
  if (s) s.text = text;
  else {
    const def = sectionByNo(no)!;
    out.sections.push({ no, heading: sectionHeading(def), text });
    out.sections.sort((a, b) => a.no - b.no);
  }
  if ('source' in out && out.source?.text) out.source.text = out.source.text.replace(sectionText(r, no), text);
  return out;
}

const numericCells = (r: AnyReport, table: 't3' | 't4') => {
  const f = formatOf(r);
  if (!f) return [];
  return cellsOf(f).filter((c) => c.table === table && typeof r.tables[c.id]?.value === 'number');
};

const selfRef = (agency: string) => (/街道|办事处/.test(agency) ? '我街道' : /乡/.test(agency.replace(/乡镇/, '')) ? '我乡' : '我镇');
const isTownship = (r: AnyReport) => r.meta.level === '乡镇' || r.meta.level === '街道' || /(镇|乡|街道)(人民政府|办事处)?$/.test(r.meta.agency);

/** Another township/street of the corpus, unrelated to this report's own name. */
function otherTownship(r: AnyReport, { rand, otherAgencies }: MutationContext): string | null {
  const own = coreUnit(r.meta.agency);
  const pool = otherAgencies.filter((a) => /(镇|乡|街道)(人民政府|办事处)?$/.test(a) && coreUnit(a) !== own && !r.meta.agency.includes(coreUnit(a)) && !a.includes(own));
  return pool.length ? pick(pool, rand) : null;
}

/** 「收到…申请N件」 as the offline drafter and most reports write it. */
const RECEIVED = /(收到[^。；，]{0,12}?申请)(\d+)(件)/;

export const OPERATORS: Operator[] = [
  {
    id: 't3-cell',
    title: '表三改动一个单元格',
    expects: ['T3-ROWSUM', 'T3-RESULTSUM', 'T3-BALANCE'],
    model(r, { rand }) {
      const cells = numericCells(r, 't3');
      if (!cells.length) return null;
      const c = pick(cells, rand);
      const v = r.tables[c.id].value as number;
      const d = 1 + Math.floor(rand() * 3);
      return { report: setCell(r, c.id, { value: v + d }), description: `${c.id}：${v} → ${v + d}` };
    },
  },
  {
    id: 't4-cell',
    title: '表四改动一个单元格',
    expects: ['T4-SUM'],
    model(r, { rand }) {
      const cells = numericCells(r, 't4');
      if (!cells.length) return null;
      const c = pick(cells, rand);
      const v = r.tables[c.id].value as number;
      const d = 1 + Math.floor(rand() * 3);
      return { report: setCell(r, c.id, { value: v + d }), description: `${c.id}：${v} → ${v + d}` };
    },
  },
  {
    id: 't3-balance',
    title: '表三某列 一+二≠（七）+四（行和仍成立）',
    expects: ['T3-BALANCE'],
    model(r, { rand }) {
      const f = formatOf(r);
      if (!f) return null;
      const cols = cellsOf(f).filter((c) => c.table === 't3' && c.row.key === 'next' && !c.computed && typeof r.tables[c.id]?.value === 'number');
      const total = cellsOf(f).find((c) => c.table === 't3' && c.row.key === 'next' && c.computed);
      if (!cols.length || !total || typeof r.tables[total.id]?.value !== 'number') return null;
      const c = pick(cols, rand);
      const d = 1 + Math.floor(rand() * 3);
      let out = setCell(r, c.id, { value: (r.tables[c.id].value as number) + d });
      out = setCell(out, total.id, { value: (r.tables[total.id].value as number) + d });
      return { report: out, description: `${c.id} 与 ${total.id} 同加 ${d}` };
    },
  },
  {
    id: 'cell-blank',
    title: '单元格留空',
    expects: ['CELL-INVALID'],
    model(r, { rand }) {
      const cells = [...numericCells(r, 't3'), ...numericCells(r, 't4')];
      if (!cells.length) return null;
      const c = pick(cells, rand);
      return { report: setCell(r, c.id, { value: null, raw: '' }), description: `${c.id} 留空` };
    },
  },
  {
    id: 'cell-00',
    title: '单元格写作「00」',
    expects: ['CELL-INVALID'],
    model(r, { rand }) {
      const cells = [...numericCells(r, 't3'), ...numericCells(r, 't4')].filter((c) => r.tables[c.id].value === 0);
      if (!cells.length) return null;
      const c = pick(cells, rand);
      return { report: setCell(r, c.id, { value: 0, raw: '00' }), description: `${c.id} 写作「00」` };
    },
  },
  {
    id: 'stale-year',
    title: '第五部分计划沿用旧年度',
    expects: ['N-YEAR'],
    model(r) {
      const y = yearOf(r);
      if (!y) return null;
      const t = sectionText(r, 5);
      const next = `${y + 1}年`;
      const text = t.includes(next) ? t.split(next).join(`${y}年`) : `${t}${t ? '\n' : ''}${y}年，将进一步完善政府信息公开目录，加强业务培训。`;
      return { report: withSectionText(r, 5, text), description: `第五部分的计划年度写成 ${y} 年（应为 ${y + 1} 年）` };
    },
  },
  {
    id: 'self-ref',
    title: '乡镇报告自称「我局」',
    expects: ['N-FOREIGN-ENTITY'],
    model(r) {
      if (!isTownship(r)) return null;
      const t = sectionText(r, 1);
      const mine = selfRef(r.meta.agency);
      const text = t.includes(mine) ? t.replace(mine, '我局') : `我局高度重视政府信息公开工作。${t}`;
      return { report: withSectionText(r, 1, text), description: '第一部分出现「我局」' };
    },
  },
  {
    id: 'foreign-name',
    title: '混入其他乡镇的简称（「横山镇人民政府」）',
    expects: ['N-FOREIGN-ENTITY'],
    model(r, ctx) {
      const other = otherTownship(r, ctx);
      if (!other) return null;
      const name = `${coreUnit(other)}${/街道/.test(other) ? '办事处' : '人民政府'}`;
      const text = `${sectionText(r, 1)}${name}政府信息公开工作领导小组定期研究部署政务公开工作。`;
      return { report: withSectionText(r, 1, text), description: `第一部分出现「${name}」` };
    },
  },
  {
    id: 'foreign-fullname',
    title: '混入其他乡镇的全称（「龙游县横山镇人民政府」）',
    expects: ['N-FOREIGN-ENTITY'],
    model(r, ctx) {
      const other = otherTownship(r, ctx);
      if (!other) return null;
      const text = `${sectionText(r, 1)}${other}政府信息公开工作领导小组定期研究部署政务公开工作。`;
      return { report: withSectionText(r, 1, text), description: `第一部分出现「${other}」` };
    },
  },
  {
    id: 'drop-fee',
    title: '删去信息处理费说明',
    expects: ['N-FEE-STATEMENT'],
    model(r) {
      const y = yearOf(r);
      const t = sectionText(r, 6);
      if (!y || y < 2021 || !t.includes('信息处理费')) return null;
      const kept = t
        .split(/(?<=[。；！\n])/)
        .filter((s) => !/信息处理费|收费通知/.test(s))
        .join('')
        .trim();
      const out = withSectionText(r, 6, kept || '无。');
      if ('fee' in out) delete out.fee;
      return { report: out, description: '第六部分删去信息处理费说明' };
    },
    text(text, r) {
      const y = yearOf(r);
      if (!y || y < 2021 || !text.includes('信息处理费')) return null;
      const lines = text.split('\n').map((l) => (l.includes('信息处理费') ? l.split(/(?<=。)/).filter((s) => !/信息处理费|收费通知/.test(s)).join('') : l));
      return { text: lines.join('\n'), description: '渲染文本中删去信息处理费句子' };
    },
  },
  {
    id: 'heading',
    title: '改动部分标题',
    expects: ['F-HEADINGS'],
    model(r, { rand }) {
      const no = pick([2, 3, 4, 5], rand);
      const def = sectionByNo(no)!;
      const variant = rand() < 0.5 ? `${no}、${def.title}` : `${def.numeral}、${def.title.replace(/情况$/, '')}工作开展情况`;
      const out = clone(r);
      const s = out.sections.find((x) => x.no === no);
      if (!s) return null;
      const before = s.heading;
      s.heading = variant;
      if ('source' in out && out.source) {
        for (const h of out.source.headings) if (h.no === no) h.text = variant;
        if (out.source.text) out.source.text = out.source.text.replace(before, variant);
      }
      return { report: out, description: `「${before}」改为「${variant}」` };
    },
    text(text, _r, { rand }) {
      const no = pick([2, 3, 4, 5], rand);
      const def = sectionByNo(no)!;
      const official = sectionHeading(def);
      if (!text.includes(official)) return null;
      const variant = `${no}、${def.title}`;
      return { text: text.replace(official, variant), description: `渲染文本中「${official}」改为「${variant}」` };
    },
  },
  {
    id: 'version',
    title: '2021年后的报告套用2019版表格',
    expects: ['F-VERSION'],
    model(r, { rand }) {
      const y = yearOf(r);
      if (!y || y < 2021 || formatOf(r) !== '2021') return null;
      // A parsed report's format is read from its text (no evidence, no finding): plant it through the text path.
      if ('source' in r && r.source?.text) return null;
      const old = randomValidReport(Math.floor(rand() * 1e6), { format: '2019', year: 2020 });
      const out = clone(r);
      out.format = '2019';
      out.tables = old.tables;
      if ('source' in out && out.source) out.source.formatDetected = '2019';
      return { report: out, description: `${y} 年报告换成 2019 版表格` };
    },
  },
  {
    id: 'text-table',
    title: '第一部分的申请数与表三不符',
    expects: ['N-TEXT-TABLE'],
    model(r, { rand }) {
      const n = r.tables['t3.new.total']?.value;
      if (typeof n !== 'number') return null;
      const wrong = n + 1 + Math.floor(rand() * 5);
      const t = sectionText(r, 1);
      const text = RECEIVED.test(t) ? t.replace(RECEIVED, `$1${wrong}$3`) : `${t}全年共收到政府信息公开申请${wrong}件。`;
      return { report: withSectionText(r, 1, text), description: `第一部分写收到申请 ${wrong} 件，表三为 ${n} 件` };
    },
  },
];
