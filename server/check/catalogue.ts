// The rule catalogue of spec §5, declared once. Rule implementations refer to these ids.
import { EXAMPLES, type RuleExample } from './examples.js';
import type { Severity } from './types.js';

export type { RuleExample } from './examples.js';

export interface RuleDef {
  id: string;
  severity: Severity;
  family: 'table' | 'format' | 'narrative' | 'year' | 'date' | 'proofread';
  title: string;
  /** A real published text the rule catches (server/check/examples.ts). */
  example: RuleExample;
  /** A real correct text the rule leaves alone. */
  counterExample: RuleExample;
}

const DECLARED: Omit<RuleDef, 'example' | 'counterExample'>[] = [
  { id: 'T3-BALANCE', severity: 'E', family: 'table', title: '表三各列：一 + 二 = （七）总计 + 四' },
  { id: 'T3-ROWSUM', severity: 'E', family: 'table', title: '表三各行：总计 = 自然人 + 法人或其他组织各列' },
  { id: 'T3-RESULTSUM', severity: 'E', family: 'table', title: '表三各列：（七）总计 = 各办理结果之和' },
  { id: 'T4-SUM', severity: 'E', family: 'table', title: '表四各组：总计 = 维持 + 纠正 + 其他结果 + 尚未审结' },
  { id: 'CELL-INVALID', severity: 'E', family: 'table', title: '单元格为空、「/」「—」「00」、负数、小数或非数字' },
  { id: 'T2-FEE-UNIT', severity: 'W', family: 'table', title: '行政事业性收费疑似以元而非万元填报' },
  { id: 'F-VERSION', severity: 'E', family: 'format', title: '表格格式与报告年度不符' },
  { id: 'F-HEADINGS', severity: 'E', family: 'format', title: '部分标题缺失、顺序错误、编号错误或改写' },
  { id: 'F-LABELS', severity: 'W', family: 'format', title: '表格固定行列名称被改动' },
  { id: 'F-TITLE', severity: 'W', family: 'format', title: '标题不符合「机关全称+YYYY年政府信息公开工作年度报告」或缺失' },
  { id: 'F-NUMBERING', severity: 'W', family: 'format', title: '同一部分内小标题编号样式混用' },
  { id: 'F-PREFACE', severity: 'W', family: 'format', title: '前言所述组成部分数量或名称有误' },
  { id: 'N-TEXT-TABLE', severity: 'E', family: 'narrative', title: '正文数字与表格不符' },
  { id: 'N-SELF-CONTRADICT', severity: 'W', family: 'narrative', title: '正文对同一事项给出不同数字' },
  { id: 'N-YEAR', severity: 'E', family: 'narrative', title: '年度错误或沿用旧年度' },
  { id: 'N-STALE-REF', severity: 'W', family: 'narrative', title: '以往年度文件作为本年工作依据，或多年后仍称「新修订的《条例》」' },
  { id: 'N-FOREIGN-ENTITY', severity: 'E', family: 'narrative', title: '出现其他机关或地名，或自称与机关类型不符' },
  { id: 'N-FEE-STATEMENT', severity: 'E', family: 'narrative', title: '2021年起的报告第六部分缺少信息处理费说明' },
  { id: 'N-FEE-CONSISTENCY', severity: 'W', family: 'narrative', title: '信息处理费说明与表格不一致' },
  { id: 'N-SEC1-COVERAGE', severity: 'W', family: 'narrative', title: '总体情况缺少五个方面之一' },
  { id: 'N-SEC5-VAGUE', severity: 'W', family: 'narrative', title: '第五部分空泛、过短或缺少问题/措施' },
  { id: 'N-PLACEHOLDER', severity: 'E', family: 'narrative', title: '模板残留（XX、××、【】、{{…}}、「此处填写」等）' },
  { id: 'N-ARTIFACT', severity: 'W', family: 'narrative', title: '网页或文字处理软件残留' },
  { id: 'N-GROUNDING', severity: 'E', family: 'narrative', title: '生成文字中的数字在事实和表格中均无来源' },
  { id: 'Y-CARRYOVER', severity: 'W', family: 'year', title: '本年「上年结转」与上年「结转下年度」不符' },
  { id: 'Y-STOCK', severity: 'W', family: 'year', title: '现行有效件数与上年现行有效 + 本年制发 − 本年废止不符' },
  { id: 'Y-REUSE', severity: 'W', family: 'year', title: '一或五与上年报告重复超过50%' },
  { id: 'Y-JUMP', severity: 'I', family: 'year', title: '数字同比变化超过5倍或低于0.2倍' },
  { id: 'D-DEADLINE', severity: 'W', family: 'date', title: '落款日期晚于公布时限' },
  { id: 'P-DUP', severity: 'W', family: 'proofread', title: '字词重复（「落实落实」「我镇镇」）' },
  { id: 'P-DOCNO', severity: 'W', family: 'proofread', title: '文号不规范（〔〕不成对、缺「号」）' },
  { id: 'P-DATE', severity: 'W', family: 'proofread', title: '日期或期间写法有误（缺「年」「月」、不存在的日期）' },
  { id: 'P-STRAY-NUM', severity: 'W', family: 'proofread', title: '序号或词语旁多出的数字' },
  { id: 'P-VAGUE-COUNT', severity: 'W', family: 'proofread', title: '应写确切数字处写作「约N件」「N余条」' },
  { id: 'P-BRACKET', severity: 'W', family: 'proofread', title: '括号、引号、书名号不成对' },
  { id: 'P-TEMPLATE', severity: 'W', family: 'proofread', title: '模板或格式通知的说明文字未替换' },
  { id: 'P-TYPO', severity: 'W', family: 'proofread', title: '错别字、病句、缺字（大模型校对，引文须在原文中逐字存在）' },
];

export const RULES: RuleDef[] = DECLARED.map((r) => {
  const ex = EXAMPLES[r.id];
  if (!ex) throw new Error(`rule ${r.id} has no example`);
  return { ...r, ...ex };
});

export const ruleDef = (id: string): RuleDef => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
};
