// Types of the official format declaration. The declaration itself lives in tables2021.ts / tables2019.ts.
export type FormatId = '2019' | '2021';
export type TableKey = 't2' | 't3' | 't4';

/** count: non-negative integer; amount: non-negative decimal (万元 or 元); delta: integer that may be negative. */
export type CellKind = 'count' | 'amount' | 'delta';

export interface ColumnDef {
  key: string;
  label: string;
  kind: CellKind;
  /** Column header group above this label (表三 「法人或其他组织」, 表四 「行政诉讼」…). */
  group?: string;
  /** Sub-group below group (表四 「未经复议直接起诉」). */
  subgroup?: string;
  /** When set, the column is computed as the sum of these column keys (总计). */
  sumOf?: string[];
}

export interface RowDef {
  key: string;
  label: string;
  /** Label of the enclosing group row (「三、本年度办理结果」, 「（三）不予公开」…), for rendering and parsing. */
  parents?: string[];
  /** Group rows carry no numbers of their own. */
  group?: boolean;
  /** When set, the row is computed as the sum of these row keys (（七）总计). */
  sumOf?: string[];
  /** Row-specific kind override (2019 表二 本年增/减 columns are per-column, so rarely needed). */
  kind?: CellKind;
  /** Label variants tolerated when reading (not produced). */
  aliases?: string[];
}

export interface BlockDef {
  key: string;
  /** 「第二十条第（一）项」 for 表二 sub-tables; undefined for 表三/表四. */
  caption?: string;
  /** Top-left header cell (「信息内容」 or the 表三 note). */
  corner?: string;
  columns: ColumnDef[];
  rows: RowDef[];
}

export interface TableDef {
  key: TableKey;
  /** Section number this table belongs to (二/三/四). */
  section: 2 | 3 | 4;
  title: string;
  blocks: BlockDef[];
}

export interface FormatDef {
  id: FormatId;
  name: string;
  issuedWith: string;
  tables: TableDef[];
  /** Words whose presence in a table signals this format (§4 wrong-version signal). */
  signals: string[];
}

export interface CellRef {
  id: string; // `${table}.${row}.${col}`
  table: TableKey;
  block: string;
  row: RowDef;
  col: ColumnDef;
  kind: CellKind;
  computed: boolean;
}
