// The official format, declared once. Everything that knows a row, a column or a heading reads it from here.
import { TABLE2_2019, TABLE2_2021 } from './table2.js';
import { TABLE3_2019, TABLE3_2021 } from './table3.js';
import { TABLE4 } from './table4.js';
import type { BlockDef, CellRef, FormatDef, FormatId, TableDef, TableKey } from './types.js';

export * from './types.js';
export * from './headings.js';
export { T3_NOTE, T3_APPLICANT_HEADER, T3_LEGAL_PERSON, T3_SUBTOTAL } from './table3.js';
export { T4_REVIEW, T4_LAWSUIT } from './table4.js';

export const FORMATS: Record<FormatId, FormatDef> = {
  '2021': {
    id: '2021',
    name: '2021年版格式',
    issuedWith: '国办公开办函〔2021〕30号',
    tables: [TABLE2_2021, TABLE3_2021, TABLE4],
    signals: ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额', '行政规范性文件'],
  },
  '2019': {
    id: '2019',
    name: '2019年版格式（试行）',
    issuedWith: '国办公开办函〔2019〕60号',
    tables: [TABLE2_2019, TABLE3_2019, TABLE4],
    signals: ['本年新制作数量', '对外公开总数量', '上一年项目数量', '其他对外管理服务事项', '第二十条第（九）项', '政府集中采购'],
  },
};

/** Report years 2019–2020 use the 2019 format, 2021 onward the 2021 format (spec §1). */
export function formatForYear(year: number): FormatId {
  return year <= 2020 ? '2019' : '2021';
}

export const FIRST_REPORT_YEAR = 2008;

export function tableDef(format: FormatId, key: TableKey): TableDef {
  const t = FORMATS[format].tables.find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key} in format ${format}`);
  return t;
}

/** How the spec and users name the three tables. */
export const TABLE_NAMES: Record<TableKey, string> = { t2: '表二', t3: '表三', t4: '表四' };

export const cellId = (table: TableKey, row: string, col: string) => `${table}.${row}.${col}`;

const cache = new Map<FormatId, CellRef[]>();

/** Every numeric cell of a format, in reading order (table, block, row, column). Group rows have none. */
export function cellsOf(format: FormatId): CellRef[] {
  const hit = cache.get(format);
  if (hit) return hit;
  const out: CellRef[] = [];
  for (const t of FORMATS[format].tables) {
    for (const b of t.blocks) {
      for (const row of b.rows) {
        if (row.group) continue;
        for (const col of b.columns) {
          out.push({
            id: cellId(t.key, row.key, col.key),
            table: t.key,
            block: b.key,
            row,
            col,
            kind: row.kind ?? col.kind,
            computed: Boolean(col.sumOf || row.sumOf),
          });
        }
      }
    }
  }
  cache.set(format, out);
  return out;
}

const refIndex = new Map<FormatId, Map<string, CellRef>>();
export function cellRef(format: FormatId, id: string): CellRef | undefined {
  let m = refIndex.get(format);
  if (!m) {
    m = new Map(cellsOf(format).map((c) => [c.id, c]));
    refIndex.set(format, m);
  }
  return m.get(id);
}

export function blockOf(format: FormatId, table: TableKey, rowKey: string): BlockDef | undefined {
  return tableDef(format, table).blocks.find((b) => b.rows.some((r) => r.key === rowKey));
}

/** Human place name of a cell: 「表三「（一）予以公开」行「自然人」列」. */
export function describeCell(format: FormatId, id: string): string {
  const ref = cellRef(format, id);
  if (!ref) return id;
  const rowName = ref.row.parents?.length && ref.table === 't4' ? `${ref.row.parents.join('·')}·${ref.row.label}` : ref.row.label;
  const block = blockOf(format, ref.table, ref.row.key);
  const where = block?.caption ? `${block.caption}「${rowName}」` : `「${rowName}」`;
  return `${TABLE_NAMES[ref.table]}${where}行「${ref.col.label}」列`;
}
export * from './levels.js';
export * from './facts.js';
export * from './equivalences.js';
