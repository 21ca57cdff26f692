// Colloquial phrasings rewritten to the canonical words the cues know, before numbers and cues are read.
// Each rule is a CLASS of phrasing (every way of saying 「carried over from last year」), not one sentence:
// a missed phrase here otherwise falls back to a weaker cue (「申请」 → 本年新收) and fills the wrong row.

const LAST_YEAR = '(?:上一?年度?|去年|前一年)';
const NEXT_YEAR = '(?:下一?年度?|明年|次年|来年|新的一年)';

const RULES: [RegExp, string][] = [
  // 「从去年转过来的」「上一年度结转过来」「去年遗留下来的」 → 上年结转 (a row, not last year's figure).
  [new RegExp(`(?:从|由)?${LAST_YEAR}(?:结转|转|遗留|留|跨年)(?:过来|下来|来)?(?:的)?`, 'g'), '上年结转的'],
  // 「转到下一年办理」「留到明年办」「结转至次年」 → 结转下年度.
  [new RegExp(`(?:结转|转|留|顺延|延)(?:到|至|入|进)?${NEXT_YEAR}(?:继续)?(?:办理|处理|办|答复)?`, 'g'), '结转下年度'],
  // 「一个都没废止」「一次也没搞」「一件都没有」: the 「一」 is no count, the clause is a negation.
  [/一[个件次条篇起项场期份人名家]?(?:都|也)(?=没|未|不)/g, '都'],
  // 「零件」 after a cue is a zero count, not a part; 「0」 in full-width was normalised before.
];

/** Rewrite colloquial phrasings to canonical cue words. Positions change: run before tokenising. */
export function canonicalPhrases(text: string): string {
  let out = text;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out;
}
