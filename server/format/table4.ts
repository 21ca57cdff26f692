// 表四 政府信息公开行政复议、行政诉讼情况 — identical in both formats.
import type { ColumnDef, TableDef } from './types.js';

export const T4_REVIEW = '行政复议';
export const T4_LAWSUIT = '行政诉讼';

export const T4_COLUMNS: ColumnDef[] = [
  { key: 'upheld', label: '结果维持', kind: 'count' },
  { key: 'corrected', label: '结果纠正', kind: 'count' },
  { key: 'other', label: '其他结果', kind: 'count' },
  { key: 'pending', label: '尚未审结', kind: 'count' },
  { key: 'total', label: '总计', kind: 'count', sumOf: ['upheld', 'corrected', 'other', 'pending'] },
];

/** The three groups are rows of one logical block; rendering lays them side by side as the official table does. */
export const TABLE4: TableDef = {
  key: 't4',
  section: 4,
  title: '政府信息公开行政复议、行政诉讼情况',
  blocks: [
    {
      key: 'main',
      columns: T4_COLUMNS,
      rows: [
        { key: 'review', label: T4_REVIEW },
        { key: 'direct', label: '未经复议直接起诉', parents: [T4_LAWSUIT] },
        { key: 'after', label: '复议后起诉', parents: [T4_LAWSUIT] },
      ],
    },
  ],
};
