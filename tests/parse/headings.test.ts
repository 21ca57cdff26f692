// Section headings are recognised by numeral AND plausibility: order, the section's cue words, the document's
// numbering style. Sub-headings of 一 that name an aspect (「2.依申请公开政府信息情况」) stay inside 一.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../server/parse/text.js';
import { manifest, REPORTS_DIR, seed } from './helpers.js';

const entries = manifest();
const parsed = new Map(entries.map((m) => [m.file, parseText(readFileSync(REPORTS_DIR + m.file, 'utf8'), { file: m.file })]));

describe('section headings in the corpus', () => {
  it('r001: 「2.依申请公开政府信息情况」 is a sub-heading of 一, which runs to the end of the page', () => {
    const r = parsed.get('r001.txt')!;
    expect(r.source.headings.map((h) => h.no)).toEqual([1]);
    const one = r.sections.find((s) => s.no === 1)!;
    expect(one.text).toContain('2023年度受理政府信息公开申请1件');
    expect(one.text).toContain('4.政府信息公开平台建设');
    expect(one.subsections?.map((s) => s.aspect)).toEqual(expect.arrayContaining(['active', 'request', 'management', 'platform']));
  });

  it('every page: section numbers increase, each manifest section is found, and any other is empty or a cut-off last line', () => {
    for (const m of entries) {
      const r = parsed.get(m.file)!;
      const nos = r.source.headings.map((h) => h.no ?? 0);
      for (let i = 1; i < nos.length; i++) expect(nos[i], `${m.file} order`).toBeGreaterThan(nos[i - 1]);
      // r024 has no section headings at all (manifest anomaly: 「正文缺少…部分标题」).
      if (m.file !== 'r024.txt') for (const no of m.has_sections) expect(nos, `${m.file} has ${no}`).toContain(no);
      const lines = r.source.text!.split('\n');
      let lastLine = lines.length;
      while (lastLine > 0 && !lines[lastLine - 1].trim()) lastLine--;
      for (const h of r.source.headings) {
        if (m.has_sections.includes(h.no ?? 0)) continue;
        const body = r.sections.find((s) => s.no === h.no)!.text;
        expect(body === '' || h.line === lastLine, `${m.file}: extra section ${h.no}「${h.text}」 with text`).toBe(true);
      }
    }
  });
});

describe('sub-headings are not sections', () => {
  const head = '青山县白石镇2023年政府信息公开工作年度报告\n一、总体情况\n';
  it('an arabic 「2.」 after 「1.」 inside 一 stays in 一, even when it resembles section 二', () => {
    const r = parseText(`${head}1.主动公开政府信息的情况\n全年公开信息30条。\n2.依申请公开政府信息情况\n受理申请1件。\n2.主动公开政府信息情况\n重复的小标题。\n二、主动公开政府信息情况\n见下表。`);
    expect(r.source.headings.map((h) => h.no)).toEqual([1, 2]);
    expect(r.sections[0].text).toContain('受理申请1件');
  });

  it('an arabic line naming an aspect of 一 is a sub-heading, with no 「1.」 before it', () => {
    const r = parseText(`${head}全年公开信息30条。\n2.依申请公开政府信息情况\n受理申请1件。\n二、主动公开政府信息情况\n见下表。`);
    expect(r.source.headings.map((h) => h.no)).toEqual([1, 2]);
    expect(r.sections[0].text).toContain('受理申请1件');
  });

  it('a heading carrying another section\'s cue and none of its own is not that section', () => {
    const r = parseText(`${head}（一）主动公开\n公开信息30条。\n二、依申请公开政府信息情况\n受理申请1件。\n三、收到和处理政府信息公开申请情况\n无。`);
    expect(r.source.headings.map((h) => h.no)).toEqual([1, 3]);
  });

  it('a renumbered section heading (「3、」 for 三) is still the section, after 表三 rows 「1.」「2.」「3.」', () => {
    expect(parseText(seed('000')).source.headings.map((h) => h.no)).toEqual([1, 2, 3, 4, 5, 6]);
    const r = parseText(`${head}概述。\n二、主动公开政府信息情况\n1.规章\n2.规范性文件\n3.收到和处理政府信息公开申请情况\n收到申请0件。`);
    expect(r.source.headings.map((h) => h.no)).toEqual([1, 2, 3]);
  });
});
