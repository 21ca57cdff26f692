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

/** The kind of agency its name ends with: 镇, 乡, 街道, 局, 委, 办, 院, 县, 市 … ('' when unknown). */
export function agencyKind(agency: string): string {
  const name = agency.replace(/(人民政府|办事处|管理委员会|管委会)$/, '');
  if (name.endsWith('街道')) return '街道';
  return /[镇乡局委办院厅署县区市省]$/.test(name) ? name.slice(-1) : '';
}

/** Agency kinds a search query names as a word of its own (「镇 主动公开」, 「乡镇」 → 镇 and 乡). */
export function kindsInQuery(query: string): Set<string> {
  const out = new Set<string>();
  for (const w of query.split(/[\s,，、;；]+/)) {
    if (w === '乡镇') out.add('镇').add('乡');
    else if (w === '街道' || /^[镇乡局委办院厅署县区市省]$/.test(w)) out.add(w);
  }
  return out;
}
