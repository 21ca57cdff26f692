// Random valid reports (both formats) for property tests, evals and benchmarks. Deterministic given a seed.
import { ASPECTS, aspectHeading, cellsOf, formatForYear, SECTIONS, sectionHeading, type AspectKey, type FormatId } from '../format/index.js';
import type { Report } from './schema.js';
import { computeTotals, leafCells, type Cells } from './tables.js';

/** mulberry32: small, fast, seedable. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = ['桦树', '铜鼓', '临江', '小佳河', '集义庄', '横山', '大川', '下各', '青山', '白石'];
const COUNTIES = ['临江市', '酉阳县', '同江市', '饶河县', '繁峙县', '龙游县', '仙居县'];

/**
 * A report whose tables satisfy every arithmetic rule: leaves random (mostly 0 — most townships get few
 * applications), totals computed, 四 chosen so that 一 + 二 = （七） + 四 holds per column.
 */
export function randomValidReport(seed: number, opts: { year?: number; format?: FormatId } = {}): Report {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const year = opts.year ?? (opts.format === '2019' ? 2019 + Math.floor(r() * 2) : 2021 + Math.floor(r() * 5));
  const format = opts.format ?? formatForYear(year);
  const small = () => (r() < 0.7 ? 0 : Math.floor(r() * (r() < 0.8 ? 5 : 60)));
  const numbers: Cells = {};
  for (const ref of leafCells(format)) {
    if (ref.table === 't3' && (ref.row.key === 'next' || ref.row.key === 'carried')) continue;
    let v: number;
    if (ref.kind === 'amount') v = r() < 0.6 ? 0 : Math.round(r() * 500000) / 10000;
    else if (ref.kind === 'delta') v = Math.floor(r() * 9) - 4;
    else v = small();
    numbers[ref.id] = { value: v };
  }
  // 表二 (一): the stock includes this year's documents (现行有效 ≥ 制发 − 废止; 对外公开总数量 ≥ 本年新公开).
  for (const row of ['rules', 'normative']) {
    const [made, gone, stock] = format === '2021' ? [`t2.${row}.issued`, `t2.${row}.repealed`, `t2.${row}.valid`] : [`t2.${row}.published`, '', `t2.${row}.total`];
    const floor = (numbers[made]?.value ?? 0) - (gone ? (numbers[gone]?.value ?? 0) : 0);
    if ((numbers[stock]?.value ?? 0) < floor) numbers[stock] = { value: floor + small() };
  }
  // Balance 表三 per applicant column: choose carried and next so that new + carried = results + next.
  for (const ref of leafCells(format).filter((c) => c.table === 't3' && c.row.key === 'new')) {
    const col = ref.col.key;
    const results = cellsOf(format)
      .filter((c) => c.table === 't3' && c.col.key === col && !c.computed && c.row.parents?.length)
      .reduce((s, c) => s + (numbers[c.id]?.value ?? 0), 0);
    const nw = numbers[ref.id].value ?? 0;
    const carried = Math.max(0, results - nw) + (r() < 0.8 ? 0 : Math.floor(r() * 3));
    numbers[`t3.carried.${col}`] = { value: carried };
    numbers[`t3.next.${col}`] = { value: nw + carried - results };
  }
  const tables = computeTotals(format, numbers);
  const town = pick(TOWNS);
  const county = pick(COUNTIES);
  const agency = `${county}${town}镇人民政府`;
  const received = tables['t3.new.total']?.value ?? 0;
  const published = 10 + Math.floor(r() * 200);
  // 表三（六）2 counts applicants who did not pay after a fee notice: 六 must then mention the notices.
  const unpaid = format === '2021' ? (tables['t3.r6_2.total']?.value ?? 0) : 0;
  const feeText = unpaid > 0 ? `本机关全年发出收费通知书${unpaid}件，申请人均未按期缴纳，未收取信息处理费。` : '本机关全年未发出收费通知书，未收取信息处理费。';
  const aspectText: Record<AspectKey, string> = {
    active: `我镇通过政府网站和政务公开栏主动公开政府信息${published}条。`,
    request: `全年收到政府信息公开申请${received}件，均按期答复。`,
    management: '严格执行信息发布审查制度，及时更新公开目录。',
    platform: '加强政府网站信息公开专栏建设。',
    supervision: '明确专人负责政务公开工作，开展业务培训。',
  };
  const sections = SECTIONS.map((s) => ({
    no: s.no,
    heading: sectionHeading(s),
    text:
      s.no === 1
        ? [`${year}年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`, ...ASPECTS.map((a) => `${aspectHeading(a)}\n${aspectText[a.key]}`)].join('\n')
        : s.no === 5
          ? `一是公开内容还不够丰富；二是工作人员业务水平有待提高。${year + 1}年，我镇将加强培训，完善公开目录，提升公开质量。`
          : s.no === 6
            ? format === '2021'
              ? feeText
              : '无。'
            : '',
    generator: 'template' as const,
  }));
  return {
    format,
    meta: { agency, shortName: `${town}镇`, level: '乡镇', parent: `${county}人民政府`, year, date: `${year + 1}-01-${String(10 + Math.floor(r() * 15)).padStart(2, '0')}`, contact: { phone: '0439-5826678' } },
    title: `${agency}${year}年政府信息公开工作年度报告`,
    sections,
    tables,
    facts: [{ key: 'published_total', label: '主动公开政府信息', value: published, unit: '条' }],
  };
}
