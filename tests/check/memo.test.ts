// Per-report caches (joined section texts, folded texts, sentences) must not leak between checks of a report that
// was changed in place (the web editor edits a section and checks again).
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import type { Report } from '../../server/report/schema.js';
import { goodReport, withSection } from './helpers.js';

describe('caches', () => {
  it('a section with sub-sections edited in place is read anew on the next check', () => {
    const r: Report = withSection(goodReport(4), 1, '（一）主动公开情况\n全年主动公开政府信息61条。');
    const one = r.sections.find((s) => s.no === 1)!;
    one.subsections = [{ heading: '（一）主动公开情况', text: '全年主动公开政府信息61条。' } as never];
    const before = checkReport(r).filter((f) => f.rule === 'N-FOREIGN-ENTITY');
    expect(before).toEqual([]);
    one.text = '（一）主动公开情况\n全年主动公开政府信息61条。大街乡人民政府领导小组定期研究。';
    const after = checkReport(r).filter((f) => f.rule === 'N-FOREIGN-ENTITY');
    expect(after.map((f) => f.actual)).toEqual(['大街乡']);
  });
});
