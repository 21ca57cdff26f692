// The five aspects of 一 are recognised by ONE declaration (ASPECTS[].cues): the validator's coverage rule, the
// drafter's fact placement and the parser's sub-headings agree on the wordings real reports use.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { aspectOfLabel } from '../../server/draft/facts.js';
import { ASPECTS } from '../../server/format/index.js';
import { aspectOf } from '../../server/parse/sections.js';
import { goodReport, withSection } from './helpers.js';

const coverage = (text: string) =>
  checkReport(withSection(goodReport(1), 1, text))
    .filter((f) => f.rule === 'N-SEC1-COVERAGE')
    // The aspects not touched at all come as one finding naming them (expected: 「依申请公开情况、…」).
    .flatMap((f) => String(f.expected).split('、').map((t) => ASPECTS.find((a) => a.title === t)?.key ?? f.where.row))
    .sort();

/** Real wordings (corpus) that name an aspect without its title words. */
const WORDINGS: [string, string][] = [
  ['request', '受理申请'],
  ['management', '保密审查'],
  ['management', '公开指南'],
  ['management', '三审'],
  ['platform', '门户'],
  ['platform', '公示栏'],
  ['platform', '微信'],
  ['supervision', '领导小组'],
  ['supervision', '工作人员'],
  ['supervision', '督查'],
];

describe('aspect cues: one declaration', () => {
  it('each real wording is a declared cue of its aspect, and the drafter and the parser place it there', () => {
    for (const [key, cue] of WORDINGS) {
      expect(ASPECTS.find((a) => a.key === key)!.cues, cue).toContain(cue);
      expect(aspectOfLabel(`${cue}情况`), cue).toBe(key);
      expect(aspectOf(`（五）${cue}情况`), cue).toBe(key);
    }
  });

  it('the validator covers an aspect by any declared cue, and by a stated 主动公开 count', () => {
    const text = [
      '全年公开政府信息243条。',
      '全年受理申请2件。',
      '严格落实保密审查制度。',
      '通过门户网站和公示栏发布信息。',
      '成立领导小组，明确专人负责。',
    ].join('\n');
    expect(coverage(text)).toEqual([]);
    expect(coverage('全年受理申请2件。\n通过门户网站发布信息。')).toEqual(['active', 'management', 'supervision']);
  });
});

describe('N-SEC1-COVERAGE by substance (real/a083.txt)', () => {
  it('a 一 that only names the report\'s parts (「主要从总体情况,主动公开政府信息情况,收到和处理…汇报」) covers nothing', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseText } = await import('../../server/parse/text.js');
    const { checkReport } = await import('../../server/check/index.js');
    const fs = checkReport(parseText(readFileSync(new URL('../../corpus/real/a083.txt', import.meta.url), 'utf8'))).filter((f) => f.rule === 'N-SEC1-COVERAGE');
    expect(fs.flatMap((f) => String(f.expected).split('、')).length).toBeGreaterThanOrEqual(3);
    expect(fs.filter((f) => f.message.includes('未涉及'))).toHaveLength(1); // one remark naming every absent aspect
  });
});
