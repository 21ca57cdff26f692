// Which cells of the 2019 format carry the same quantity as a cell of the 2021 format (a report redrafted across
// the format change). Same cell id in both formats = same quantity (表三, 表四, 表二 处理决定数量). Beyond that,
// 30号 renamed two 表二 columns [P]: 本年新制作数量 → 本年制发件数, 对外公开总数量 → 现行有效件数.
// 本年废止件数, the 2021 收费金额 and the 2019 项目数量/增减/采购 have no counterpart: they stay missing.
export const RENAMED_2019_TO_2021: Record<string, string> = {
  't2.rules.made': 't2.rules.issued',
  't2.rules.total': 't2.rules.valid',
  't2.normative.made': 't2.normative.issued',
  't2.normative.total': 't2.normative.valid',
};

/** 表三（六）其他处理: one row in 2019, three leaves in 2021. */
export const T3_OTHER_2019 = 'r6';
export const T3_OTHER_2021 = ['r6_1', 'r6_2', 'r6_3'];
