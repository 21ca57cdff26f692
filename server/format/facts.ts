// The closed vocabulary of facts a user gives for 一、总体情况 and 五 (drafting, chat extraction, UI form).
import type { AspectKey } from './headings.js';

export interface FactDef {
  key: string;
  label: string;
  unit?: string;
  aspect: AspectKey | 'problems' | 'plans';
  /** 'number' facts are counts; 'text' facts are short phrases (a platform's name, a problem). */
  type: 'number' | 'text' | 'list';
  /** Words that name this fact in a clerk's sentence (offline chat extractor). */
  cues: string[];
}

export const FACTS: FactDef[] = [
  { key: 'published_total', label: '主动公开政府信息', unit: '条', aspect: 'active', type: 'number', cues: ['主动公开信息', '主动公开政府信息', '主动公开', '公开信息', '发布信息'] },
  { key: 'published_website', label: '通过政府网站公开信息', unit: '条', aspect: 'active', type: 'number', cues: ['网站公开', '网站发布', '门户网站'] },
  { key: 'published_newmedia', label: '通过政务新媒体发布信息', unit: '条', aspect: 'active', type: 'number', cues: ['公众号', '微信', '政务新媒体', '微博', '抖音'] },
  { key: 'published_board', label: '通过政务公开栏公开信息', unit: '条', aspect: 'active', type: 'number', cues: ['公开栏', '公示栏'] },
  { key: 'interpretations', label: '发布政策解读', unit: '篇', aspect: 'active', type: 'number', cues: ['政策解读', '解读'] },
  { key: 'responses', label: '回应社会关切', unit: '次', aspect: 'active', type: 'number', cues: ['回应关切', '回应社会关切', '回应'] },
  { key: 'requests_on_time', label: '按期办结申请', unit: '件', aspect: 'request', type: 'number', cues: ['按期办结', '按时答复', '按时办结'] },
  { key: 'info_reviewed', label: '信息发布前审查', unit: '条', aspect: 'management', type: 'number', cues: ['审查', '保密审查'] },
  { key: 'catalog_updated', label: '更新公开目录/指南', unit: '次', aspect: 'management', type: 'number', cues: ['更新目录', '公开指南', '公开目录'] },
  { key: 'website_columns', label: '网站公开专栏', unit: '个', aspect: 'platform', type: 'number', cues: ['栏目', '专栏'] },
  { key: 'newmedia_accounts', label: '政务新媒体账号', unit: '个', aspect: 'platform', type: 'number', cues: ['新媒体账号', '账号'] },
  { key: 'platforms', label: '公开平台名称', aspect: 'platform', type: 'list', cues: ['平台', '公众号名称', '网站名称'] },
  { key: 'public_area', label: '政务公开专区', unit: '个', aspect: 'platform', type: 'number', cues: ['专区'] },
  { key: 'staff', label: '政务公开工作人员', unit: '人', aspect: 'supervision', type: 'number', cues: ['工作人员', '专人', '人员'] },
  { key: 'trainings', label: '开展政务公开培训', unit: '次', aspect: 'supervision', type: 'number', cues: ['培训'] },
  { key: 'trainees', label: '参加培训', unit: '人次', aspect: 'supervision', type: 'number', cues: ['参训', '培训人次'] },
  { key: 'inspections', label: '督查检查', unit: '次', aspect: 'supervision', type: 'number', cues: ['督查', '检查'] },
  { key: 'accountability', label: '责任追究', unit: '起', aspect: 'supervision', type: 'number', cues: ['责任追究', '追责'] },
  { key: 'problems', label: '存在的主要问题', aspect: 'problems', type: 'list', cues: ['问题', '不足'] },
  { key: 'plans', label: '下一年度改进措施', aspect: 'plans', type: 'list', cues: ['措施', '计划', '改进'] },
];

export const factDef = (key: string) => FACTS.find((f) => f.key === key);
