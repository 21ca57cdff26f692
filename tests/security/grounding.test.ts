// Issue 14, items 1–3: N-GROUNDING cannot be fooled by spelling, and N-FOREIGN-ENTITY reads bare names from the
// gazetteer. Every case of tests/fixtures/security/grounding-adversarial.json goes through the drafting validator
// (validateDraft: the project checker with N-GROUNDING, plus the draft guard) exactly as composeDraft uses it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ungroundedNumbers } from '../../server/check/index.js';
import { chineseValue, normaliseNumbers } from '../../server/check/numbers-normalise.js';
import { parseDraftInput } from '../../server/draft/index.js';
import { section, skeleton, withSection } from '../../server/draft/structure.js';
import { sectionErrors, validateDraft } from '../../server/draft/validate.js';
import { zerosWith } from '../draft/fixtures.js';

interface Case {
  id: string;
  input: string;
  section: 1 | 5;
  text: string;
  catch?: { rule: string; actual: string };
}
interface Input {
  meta: Record<string, unknown>;
  facts: unknown[];
  numbers: Record<string, number>;
}
const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/security/grounding-adversarial.json', import.meta.url), 'utf8')) as {
  inputs: Record<string, Input>;
  adversarial: Case[];
  benign: Case[];
};

function findingsOf(c: Case) {
  const raw = FIXTURE.inputs[c.input];
  const input = parseDraftInput({ meta: raw.meta, facts: raw.facts, numbers: zerosWith(raw.numbers), fee: { charged: false } });
  const sk = skeleton(input);
  const report = withSection(sk.report, section(c.section, c.text, 'llm'));
  return sectionErrors(validateDraft(report, [c.section], { meta: input.meta, facts: input.facts, tables: sk.tables }), c.section);
}

describe('adversarial model outputs: every one is caught', () => {
  it('the set is large enough and every id is unique', () => {
    expect(FIXTURE.adversarial.length).toBeGreaterThanOrEqual(60);
    expect(FIXTURE.benign.length).toBeGreaterThanOrEqual(30);
    const ids = [...FIXTURE.adversarial, ...FIXTURE.benign].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const c of FIXTURE.adversarial) {
    it(`${c.id}: ${c.catch!.rule} 「${c.catch!.actual}」`, () => {
      const got = findingsOf(c).map((f) => `${f.rule} ${f.actual}`);
      expect(got).toContain(`${c.catch!.rule} ${c.catch!.actual}`);
    });
  }
});

describe('benign model outputs: no error in the generated section', () => {
  for (const c of FIXTURE.benign) {
    it(c.id, () => {
      expect(findingsOf(c).map((f) => `${f.rule} ${f.actual} ${f.evidence.quote}`)).toEqual([]);
    });
  }
});

describe('numbers-normalise', () => {
  it('folds digits of any script, deletes quotes and invisible characters, keeps offsets', () => {
    const s = '共“９9\u200b９”件，𝟏𝟐条，٣次，9,999人';
    const n = normaliseNumbers(s);
    expect(n.text).toBe('共999件，12条，3次，9999人');
    expect(s[n.pos[n.text.indexOf('12')]]).toBe('𝟏'[0]);
    expect(n.pos[n.text.length]).toBe(s.length);
  });
  it('reads Chinese numerals of any length', () => {
    expect(chineseValue('三千二百')).toBe(3200);
    expect(chineseValue('一万零五百')).toBe(10500);
    expect(chineseValue('九千九百九十九')).toBe(9999);
    expect(chineseValue('二〇一九')).toBe(2019);
    expect(chineseValue('三亿零二万')).toBe(300020000);
    expect(chineseValue('壹佰贰拾')).toBe(120);
    expect(chineseValue('十二')).toBe(12);
  });
  it('ungroundedNumbers: 1.2万 is grounded by 12000, and a fact given in Chinese grounds Arabic prose', () => {
    const src = { facts: [{ label: '服务群众', value: '服务群众一万二千人次' }], tables: {}, meta: { year: 2023 } };
    expect(ungroundedNumbers('服务群众1.2万人次，即12000人次。', src)).toEqual([]);
    expect(ungroundedNumbers('服务群众1.3万人次。', src).map((u) => u.value)).toEqual(['1.3']);
  });
});
