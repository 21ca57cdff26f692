// 表三 收到和处理政府信息公开申请情况 — shared by both formats except the （六）其他处理 rows (spec §3, §4).
import type { BlockDef, ColumnDef, RowDef, TableDef } from './types.js';

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_APPLICANT_HEADER = '申请人情况';
export const T3_LEGAL_PERSON = '法人或其他组织';
/** Local variants add a 小计 column for 法人或其他组织: read (and dropped), never produced. */
export const T3_SUBTOTAL = '小计';

const APPLICANTS = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other'];

export const T3_COLUMNS: ColumnDef[] = [
  { key: 'natural', label: '自然人', kind: 'count' },
  { key: 'commercial', label: '商业企业', kind: 'count', group: T3_LEGAL_PERSON },
  { key: 'research', label: '科研机构', kind: 'count', group: T3_LEGAL_PERSON },
  { key: 'welfare', label: '社会公益组织', kind: 'count', group: T3_LEGAL_PERSON },
  { key: 'legal', label: '法律服务机构', kind: 'count', group: T3_LEGAL_PERSON },
  { key: 'other', label: '其他', kind: 'count', group: T3_LEGAL_PERSON },
  { key: 'total', label: '总计', kind: 'count', sumOf: APPLICANTS },
];

const RESULTS = '三、本年度办理结果';
const G3 = '（三）不予公开';
const G4 = '（四）无法提供';
const G5 = '（五）不予处理';
const G6 = '（六）其他处理';

const leaves = (group: string, prefix: string, labels: string[]): RowDef[] =>
  labels.map((label, i) => ({ key: `${prefix}_${i + 1}`, label: `${i + 1}.${label}`, parents: [RESULTS, group] }));

const R3 = leaves(G3, 'r3', [
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '危及“三安全一稳定”',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
]);
const R4 = leaves(G4, 'r4', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']);
const R5 = leaves(G5, 'r5', [
  '信访举报投诉类申请',
  '重复申请',
  '要求提供公开出版物',
  '无正当理由大量反复申请',
  '要求行政机关确认或重新出具已获取信息',
]);
const R6_2021 = leaves(G6, 'r6', [
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
]);

function t3Rows(r6: RowDef[]): RowDef[] {
  const head: RowDef[] = [
    { key: 'r1', label: '（一）予以公开', parents: [RESULTS] },
    {
      key: 'r2',
      label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      parents: [RESULTS],
    },
  ];
  const resultLeaves = [...head, ...R3, ...R4, ...R5, ...r6.filter((r) => !r.group)];
  return [
    { key: 'new', label: '一、本年新收政府信息公开申请数量' },
    { key: 'carried', label: '二、上年结转政府信息公开申请数量' },
    { key: 'results', label: RESULTS, group: true },
    ...head,
    { key: 'r3', label: G3, parents: [RESULTS], group: true },
    ...R3,
    { key: 'r4', label: G4, parents: [RESULTS], group: true },
    ...R4,
    { key: 'r5', label: G5, parents: [RESULTS], group: true },
    ...R5,
    ...r6,
    { key: 'r7', label: '（七）总计', parents: [RESULTS], sumOf: resultLeaves.map((r) => r.key) },
    { key: 'next', label: '四、结转下年度继续办理' },
  ];
}

const block = (rows: RowDef[]): BlockDef => ({ key: 'main', corner: T3_NOTE, columns: T3_COLUMNS, rows });

export const TABLE3_2021: TableDef = {
  key: 't3',
  section: 3,
  title: '收到和处理政府信息公开申请情况',
  blocks: [block(t3Rows([{ key: 'r6', label: G6, parents: [RESULTS], group: true }, ...R6_2021]))],
};

/** 2019: （六）其他处理 is a single numeric row (spec §4). */
export const TABLE3_2019: TableDef = {
  key: 't3',
  section: 3,
  title: '收到和处理政府信息公开申请情况',
  blocks: [block(t3Rows([{ key: 'r6', label: G6, parents: [RESULTS] }]))],
};
