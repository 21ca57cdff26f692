// Agency names: does a parsed name denote the expected agency, and which other agencies' names leak into a draft.

const SUFFIX = /(人民政府办公室|人民政府|政府|办事处)$/;

export function normalizeAgency(s: string): string {
  return s.replace(/\s+/g, '').replace(SUFFIX, '');
}

/** Last administrative unit of a name: 「酉阳县铜鼓镇」 → 「铜鼓镇」, 「长春市绿园区春城街道」 → 「春城街道」. */
export function coreUnit(s: string): string {
  const n = normalizeAgency(s);
  const m = n.match(/(?:省|市|县|区|州|旗|盟)([^省市县区州旗盟]{2,12})$/);
  return m ? m[1] : n;
}

/** True when `actual` names the same agency as `expected` (full vs short forms, 「酉阳县」 vs 「酉阳土家族苗族自治县」). */
export function agencyMatches(expected: string, actual: string | undefined | null): boolean {
  if (!expected || !actual) return false;
  const a = normalizeAgency(expected);
  const b = normalizeAgency(actual);
  if (!a || !b) return false;
  if (a === b) return true;
  if ((a.endsWith(b) && b.length >= 3) || (b.endsWith(a) && a.length >= 3)) return true;
  const ca = coreUnit(a);
  return ca.length >= 3 && ca === coreUnit(b) && /[镇乡街道局委办院中心]$/.test(ca);
}

/**
 * Names of other agencies that appear in `text`: each other agency's full name or its last unit (≥ 3 characters),
 * unless that unit is part of the drafting agency's own name or its parent's.
 */
export function foreignNames(text: string, own: { agency: string; parent?: string }, others: string[]): string[] {
  const mine = `${own.agency}${own.parent ?? ''}`;
  const hits = new Set<string>();
  for (const o of others) {
    if (!o || agencyMatches(o, own.agency)) continue;
    const full = normalizeAgency(o);
    const unit = coreUnit(o);
    for (const name of [full, unit]) {
      if (name.length < 3 || mine.includes(name)) continue;
      if (text.includes(name)) {
        hits.add(name);
        break;
      }
    }
  }
  return [...hits];
}
