// 表二 主动公开政府信息情况 (spec §3 for 2021, §4 for 2019).
import type { TableDef } from './types.js';

const CONTENT = '信息内容';
const DECISIONS = { key: 'decisions', label: '本年处理决定数量', kind: 'count' } as const;

export const TABLE2_2021: TableDef = {
  key: 't2',
  section: 2,
  title: '主动公开政府信息情况',
  blocks: [
    {
      key: 'item1',
      caption: '第二十条第（一）项',
      corner: CONTENT,
      columns: [
        { key: 'issued', label: '本年制发件数', kind: 'count' },
        { key: 'repealed', label: '本年废止件数', kind: 'count' },
        { key: 'valid', label: '现行有效件数', kind: 'count' },
      ],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normative', label: '行政规范性文件', aliases: ['规范性文件'] },
      ],
    },
    {
      key: 'item5',
      caption: '第二十条第（五）项',
      corner: CONTENT,
      columns: [DECISIONS],
      rows: [{ key: 'license', label: '行政许可' }],
    },
    {
      key: 'item6',
      caption: '第二十条第（六）项',
      corner: CONTENT,
      columns: [DECISIONS],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      key: 'item8',
      caption: '第二十条第（八）项',
      corner: CONTENT,
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount' }],
      rows: [{ key: 'fee', label: '行政事业性收费' }],
    },
  ],
};

const PREV = { key: 'prev', label: '上一年项目数量', kind: 'count' } as const;
const DELTA = { key: 'delta', label: '本年增/减', kind: 'delta' } as const;
const HANDLED = { key: 'decisions', label: '处理决定数量', kind: 'count' } as const;

export const TABLE2_2019: TableDef = {
  key: 't2',
  section: 2,
  title: '主动公开政府信息情况',
  blocks: [
    {
      key: 'item1',
      caption: '第二十条第（一）项',
      corner: CONTENT,
      columns: [
        { key: 'made', label: '本年新制作数量', kind: 'count' },
        { key: 'published', label: '本年新公开数量', kind: 'count' },
        { key: 'total', label: '对外公开总数量', kind: 'count' },
      ],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normative', label: '规范性文件', aliases: ['行政规范性文件'] },
      ],
    },
    {
      key: 'item5',
      caption: '第二十条第（五）项',
      corner: CONTENT,
      columns: [PREV, DELTA, HANDLED],
      rows: [
        { key: 'license', label: '行政许可' },
        { key: 'services', label: '其他对外管理服务事项' },
      ],
    },
    {
      key: 'item6',
      caption: '第二十条第（六）项',
      corner: CONTENT,
      columns: [PREV, DELTA, HANDLED],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      key: 'item8',
      caption: '第二十条第（八）项',
      corner: CONTENT,
      columns: [PREV, DELTA],
      rows: [{ key: 'fee', label: '行政事业性收费' }],
    },
    {
      key: 'item9',
      caption: '第二十条第（九）项',
      corner: CONTENT,
      columns: [
        { key: 'count', label: '采购项目数量', kind: 'count' },
        { key: 'amount', label: '采购总金额', kind: 'amount' },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
};
