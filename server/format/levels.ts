// Agency levels as the corpus and the UI name them, and what each implies (deadline, self-reference).
export const LEVELS = ['乡镇', '街道', '县级政府', '县级部门', '市级政府', '市级部门', '省级政府', '省级部门', '其他'] as const;
export type Level = (typeof LEVELS)[number];

export const isGovernment = (l: Level) => l === '乡镇' || l === '街道' || l.endsWith('政府');

/** Self-references an agency of this level may use (「我镇」 for a 镇…); see N-FOREIGN-ENTITY. */
export const SELF_REFERENCES = ['我镇', '我乡', '我街道', '我办', '我区', '我县', '我市', '我省', '我局', '我委', '我厅', '我办公室', '我中心', '我署', '我院'];

/** Statutory deadline (month, day) of the report for the year after the report year (spec §1, Art. 49). */
export function deadlineFor(level: Level): { month: number; day: number; basis: string } {
  if (level === '县级政府' || level === '市级政府' || level === '省级政府')
    return { month: 3, day: 31, basis: '各级人民政府年度报告应于每年3月31日前公布（《条例》第四十九条）' };
  if (level === '乡镇' || level === '街道')
    return { month: 3, day: 31, basis: '乡镇、街道的公布时限由地方规定，此处按不晚于3月31日检查' };
  return { month: 1, day: 31, basis: '县级以上人民政府部门应于每年1月31日前公布（《条例》第四十九条）' };
}
