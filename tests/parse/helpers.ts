// Shared by the parser tests: seed/corpus loading, and a writer that lays a report's tables out the three ways
// published texts do (tab cells, pipe rows, one cell per blank-line-separated line), from the format declaration.
import { readdirSync, readFileSync } from 'node:fs';
import { FORMATS, sectionHeading, SECTIONS, T3_APPLICANT_HEADER, T3_NOTE, type FormatId } from '../../server/format/index.js';
import type { Cell } from '../../server/report/schema.js';

export const SEEDS_DIR = 'corpus/seeds/';
export const REPORTS_DIR = 'corpus/reports/';

export const seed = (prefix: string) => {
  const f = readdirSync(SEEDS_DIR).find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return readFileSync(SEEDS_DIR + f, 'utf8');
};
export const seedPath = (prefix: string) => SEEDS_DIR + readdirSync(SEEDS_DIR).find((x) => x.startsWith(prefix));

export interface ManifestEntry {
  file: string;
  agency: string;
  year: number;
  level: string;
  format: FormatId;
  has_sections: number[];
  table_values?: Record<string, Record<string, (number | null)[]>>;
  partial_table_values?: Record<string, Record<string, (number | null)[]>>;
}
export const manifest = (): ManifestEntry[] => JSON.parse(readFileSync(REPORTS_DIR + 'manifest.json', 'utf8'));

export type Layout = 'tab' | 'pipe' | 'plain';

const cellText = (c: Cell | undefined) => (c === undefined ? '' : c.raw !== undefined ? c.raw : c.value === null ? '' : String(c.value));

/** One row in a layout: label then cells. */
function row(layout: Layout, label: string, cells: string[]): string {
  if (layout === 'pipe') return `| ${[label, ...cells].join(' | ')} |`;
  if (layout === 'tab') return [label, ...cells].map((c) => `\t${c}`).join('\n') + '\n';
  return [label, ...cells].join('\n\n') + '\n';
}

/**
 * The six sections with the tables of `format` written in `layout` from `cells` (official labels; an optional
 * 小计 column in 表三 holding `subtotal(row)`).
 */
export function writeReport(format: FormatId, cells: Record<string, Cell>, layout: Layout, opts: { subtotal?: boolean; title?: string } = {}): string {
  const out: string[] = [opts.title ?? '青山县白石镇人民政府2023年政府信息公开工作年度报告', '', '本报告依据《中华人民共和国政府信息公开条例》编制。', ''];
  const sep = layout === 'pipe' ? '' : '';
  for (const s of SECTIONS) {
    out.push(sectionHeading(s));
    if (s.no === 1) out.push('2023年，白石镇扎实推进政府信息公开工作。');
    for (const t of FORMATS[format].tables) {
      if (t.section !== s.no) continue;
      if (t.key === 't4') {
        const b = t.blocks[0];
        const header = ['行政复议', '行政诉讼', ...b.columns.map((c) => c.label), '未经复议直接起诉', '复议后起诉', ...b.columns.map((c) => c.label), ...b.columns.map((c) => c.label)];
        const vals = b.rows.flatMap((r) => b.columns.map((c) => cellText(cells[`t4.${r.key}.${c.key}`])));
        if (layout === 'pipe') out.push(`| ${header.slice(0, 2).join(' | ')} |`, `| ${header.slice(2).join(' | ')} |`, `| ${vals.join(' | ')} |`);
        else if (layout === 'tab') out.push(header.map((h) => `\t${h}`).join('\n'), '', vals.map((v) => `\t${v}`).join('\n'), '');
        else out.push(header.join('\n\n'), '', vals.join('\n\n'), '');
        continue;
      }
      for (const b of t.blocks) {
        const cols = [...b.columns.map((c) => c.label)];
        if (t.key === 't3' && opts.subtotal) cols.splice(6, 0, '小计');
        if (b.caption) out.push(row(layout, b.caption, []));
        out.push(row(layout, b.corner ?? '', t.key === 't3' ? [T3_APPLICANT_HEADER, ...cols] : cols));
        for (const r of b.rows) {
          if (r.group) {
            out.push(row(layout, r.label, []));
            continue;
          }
          const vals = b.columns.map((c) => cellText(cells[`${t.key}.${r.key}.${c.key}`]));
          if (t.key === 't3' && opts.subtotal) {
            const sub = b.columns.filter((c) => c.group).reduce((a, c) => a + (cells[`t3.${r.key}.${c.key}`]?.value ?? 0), 0);
            vals.splice(6, 0, String(sub));
          }
          out.push(row(layout, r.label, vals));
        }
      }
    }
    if (s.no === 5) out.push('一是公开内容不够全面。2024年，我镇将加强培训。');
    if (s.no === 6) out.push('本机关全年未发出收费通知书，未收取信息处理费。');
    out.push(sep);
  }
  out.push('', '青山县白石镇人民政府', '2024年1月20日');
  return out.join('\n');
}

/**
 * 表三 as a full pipe grid (a web page's merged cells written out as empty cells): labels spanning three columns
 * (「| 一、… |  |  | 0 |…」), 「三、本年度办理结果」 and the （三）…（六） group labels only on their first row.
 * Replaces the pipe 表三 of `writeReport(format, cells, 'pipe')`.
 */
export function gridT3(format: FormatId, cells: Record<string, Cell>, edit: (row: string, cells: string[]) => string[] = (_r, c) => c): string {
  const t = FORMATS[format].tables.find((x) => x.key === 't3')!;
  const b = t.blocks[0];
  const line = (xs: string[]) => `| ${xs.join(' | ')} |`;
  const legal = b.columns.filter((c) => c.group);
  const out = [
    line([T3_NOTE, '', '', T3_APPLICANT_HEADER, ...b.columns.slice(1).map(() => '')]),
    line(['', '', '', b.columns[0].label, legal[0].group!, ...legal.slice(1).map(() => ''), b.columns[b.columns.length - 1].label]),
    line(['', '', '', '', ...legal.map((c) => c.label), '']),
  ];
  const opened = new Set<string>();
  for (const r of b.rows) {
    if (r.group) continue;
    const vals = b.columns.map((c) => cellText(cells[`t3.${r.key}.${c.key}`]));
    const [top, group] = r.parents ?? [];
    let lead: string[];
    if (!top) lead = [r.label, '', ''];
    else {
      const first = !opened.has(top);
      opened.add(top);
      if (!group) lead = [first ? top : '', r.label, ''];
      else {
        const g = !opened.has(group);
        opened.add(group);
        lead = [first ? top : '', g ? group : '', r.label];
      }
    }
    out.push(line(edit(r.key, [...lead, ...vals])));
  }
  return out.join('\n');
}

/** `writeReport(…, 'pipe')` with its 表三 replaced by `gridT3`. */
export function writeGridReport(format: FormatId, cells: Record<string, Cell>, edit?: Parameters<typeof gridT3>[2]): string {
  const text = writeReport(format, cells, 'pipe');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${T3_NOTE}`));
  let end = start;
  while (end < lines.length && lines[end].startsWith('|')) end++;
  return [...lines.slice(0, start), gridT3(format, cells, edit), ...lines.slice(end)].join('\n');
}
