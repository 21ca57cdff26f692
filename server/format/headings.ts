// The six section headings (identical in both formats, spec §2), their tolerated variants, and the five aspects of 一.
export interface SectionDef {
  no: 1 | 2 | 3 | 4 | 5 | 6;
  numeral: string;
  /** Official heading without the numeral: 「总体情况」. */
  title: string;
  /** Tolerated rewordings (accepted, noted). */
  variants: string[];
  /** Short name used by the API/CLI (`--section 总体情况`). */
  key: 'overview' | 'active' | 'requests' | 'appeals' | 'problems' | 'other';
}

export const SECTIONS: SectionDef[] = [
  { no: 1, numeral: '一', title: '总体情况', variants: [], key: 'overview' },
  { no: 2, numeral: '二', title: '主动公开政府信息情况', variants: [], key: 'active' },
  { no: 3, numeral: '三', title: '收到和处理政府信息公开申请情况', variants: [], key: 'requests' },
  {
    no: 4,
    numeral: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: ['因政府信息公开工作被申请行政复议和提起行政诉讼情况'],
    key: 'appeals',
  },
  {
    no: 5,
    numeral: '五',
    title: '存在的主要问题及改进情况',
    variants: ['政府信息公开工作存在的主要问题及改进情况'],
    key: 'problems',
  },
  { no: 6, numeral: '六', title: '其他需要报告的事项', variants: [], key: 'other' },
];

export const sectionHeading = (s: SectionDef) => `${s.numeral}、${s.title}`;
export const sectionByNo = (no: number) => SECTIONS.find((s) => s.no === no);
export const sectionByKey = (key: string) => SECTIONS.find((s) => s.key === key || s.title === key);

export type AspectKey = 'active' | 'request' | 'management' | 'platform' | 'supervision';

export interface AspectDef {
  key: AspectKey;
  /** Sub-heading as the offline drafter writes it. */
  title: string;
  /** Words by which a sub-heading or paragraph is recognised as covering this aspect. */
  cues: string[];
  /** Words an aspect's own sub-heading opens with (after its ordinal and an optional 「政府信息」). */
  heads: string[];
}

/** 一、总体情况 — its five aspects (spec §2). */
export const ASPECTS: AspectDef[] = [
  { key: 'active', title: '主动公开情况', cues: ['主动公开'], heads: ['主动公开'] },
  { key: 'request', title: '依申请公开情况', cues: ['依申请', '申请公开', '公开申请', '收到申请', '受理申请'], heads: ['依申请', '收到和处理', '公开申请', '申请公开'] },
  {
    key: 'management',
    title: '政府信息管理情况',
    cues: ['信息管理', '规范性文件', '发布审查', '动态更新', '公开目录', '目录', '保密审查', '保密审核', '审核制度', '三审', '先审后发', '公开指南', '归档', '台账'],
    heads: ['政府信息管理', '信息管理'],
  },
  {
    key: 'platform',
    title: '政府信息公开平台建设情况',
    cues: ['平台建设', '平台', '网站', '政务新媒体', '新媒体', '公众号', '微信', '门户', '专区', '公开栏', '公示栏', '载体'],
    heads: ['政府信息公开平台', '平台建设', '公开平台', '平台'],
  },
  {
    key: 'supervision',
    title: '监督保障情况',
    cues: ['监督保障', '监督', '培训', '考核', '组织领导', '责任追究', '社会评议', '领导小组', '专人', '工作人员', '评议', '问责', '督查', '检查', '保障', '责任'],
    heads: ['监督保障', '监督', '保障'],
  },
];

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A heading numbered like a sub-heading, 「（二）主动公开…」「(三) …」: its numeral in group 1, the words in group 2. */
export const PAREN_NUMBERED = new RegExp(`^[（(]\\s*([${CHINESE_ORDINALS.join('')}]+)\\s*[）)]\\s*(.*)$`);
/** 「（一）主动公开情况」: an aspect's sub-heading inside 一、总体情况. */
export const aspectHeading = (a: AspectDef) => `（${CHINESE_ORDINALS[ASPECTS.indexOf(a)]}）${a.title}`;
