// The agency is read as the fullest name the text itself writes — from the title, a sentence with the body as its
// subject, or the contact line — and never composed or guessed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactName, fuller, subjectNames } from '../../server/parse/agency.js';
import { parseText } from '../../server/parse/text.js';
import { manifest, REPORTS_DIR, SEEDS_DIR } from './helpers.js';

const entries = manifest();
const text = new Map(entries.map((m) => [m.file, readFileSync(REPORTS_DIR + m.file, 'utf8')]));
const agency = new Map(entries.map((m) => [m.file, parseText(text.get(m.file)!).meta.agency]));
const core = (s: string) => s.replace(/(人民政府|政府|办事处)$/, '');

describe('agency name in the corpus', () => {
  it('every page whose manifest names an agency yields a name for that body', () => {
    for (const m of entries) {
      if (!m.agency) continue;
      const a = agency.get(m.file)!;
      expect(a, m.file).not.toBe('');
      expect(a.includes(core(m.agency)) || m.agency.includes(core(a)), `${m.file}: ${a} vs ${m.agency}`).toBe(true);
    }
  });

  it('the name read is written in the text as it stands (never composed), for pages and seeds', () => {
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const m of entries) expect(squash(text.get(m.file)!), m.file).toContain(agency.get(m.file)!);
    for (const f of readdirSync(SEEDS_DIR)) {
      const t = readFileSync(SEEDS_DIR + f, 'utf8');
      const a = parseText(t).meta.agency;
      expect(a, f).not.toBe('');
      expect(squash(t), f).toContain(a);
    }
  });

  it('reads the fullest form the text gives', () => {
    expect(agency.get('r006.txt')).toBe('长春市绿园区春城街道办事处'); // subject 「春城街道办事处」, contact with the city and district
    expect(agency.get('r007.txt')).toBe('牛街乡人民政府'); // only as a subject, in section 二
    expect(agency.get('r014.txt')).toBe('经济开发区管委会'); // contact 「…管委会党政办公室」: the office is internal
    expect(agency.get('r027.txt')).toBe('将乐县卫生健康局'); // 「将乐县卫健局」 spelled out in the contact line
    expect(agency.get('r032.txt')).toBe('府谷县人民政府办公室'); // title 「县政府办」 is too generic; the subject is not
    expect(agency.get('r034.txt')).toBe('庆云县尚堂镇');
    expect(agency.get('r035.txt')).toBe('莒南县石莲子镇人民政府'); // a township government's 办公室 is internal
    expect(agency.get('r036.txt')).toBe('高平市人民政府办公室'); // a city government's 办公室 is a body of its own
    expect(agency.get('r041.txt')).toBe('青岛市人民政府'); // 「我市」 + contact 「青岛市人民政府办公厅」
    expect(agency.get('r042.txt')).toBe('新华街道办事处');
  });
});

describe('agency evidence', () => {
  it('subjects: a body opening a clause with a verb; committees and superiors are not subjects', () => {
    expect(subjectNames('2022年,春城街道办事处按照上级要求,领导小组下设办公室负责日常工作。区政府高度重视。')).toEqual(['春城街道办事处']);
    expect(subjectNames('截至2019年12月31日,牛街乡人民政府通过信息平台公开信息3条')).toEqual(['牛街乡人民政府']);
    expect(subjectNames('我镇高度重视政务公开工作。')).toEqual([]);
  });

  it('contact line: the body without its internal office; a government office only when the text speaks as that office', () => {
    expect(contactName('请与经济开发区管委会党政办公室联系(邮编', [])).toBe('经济开发区管委会');
    expect(contactName('请联系:龙游县大街乡信息公开领导小组办公室,邮编', [])).toBe('龙游县大街乡');
    expect(contactName('请与合江县人民政府信息公开办公室联系', ['我县'])).toBe('合江县人民政府');
    expect(contactName('请与青岛市人民政府办公厅联系', ['我市'])).toBe('青岛市人民政府');
    expect(contactName('请与高平市人民政府办公室信息科联系', ['我办'])).toBe('高平市人民政府办公室');
    expect(contactName('请联系本单位办公室', [])).toBeUndefined();
  });

  it('fuller: a place in front, a suffix, or an abbreviation spelled out — never another body', () => {
    expect(fuller('桦树镇', '临江市桦树镇人民政府')).toBe('临江市桦树镇人民政府');
    expect(fuller('将乐县卫健局', '将乐县卫生健康局')).toBe('将乐县卫生健康局');
    expect(fuller('将乐县卫健局', '将乐县人民政府')).toBe('将乐县卫健局');
    expect(fuller('桦树镇人民政府', '临江市人民政府')).toBe('桦树镇人民政府');
  });

  it('a report that only says 「我镇」 gets no agency rather than an invented one', () => {
    const r = parseText('2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我镇高度重视政务公开工作，在县政府门户网站公开信息20条。\n二、主动公开政府信息情况\n无。');
    expect(r.meta.agency).toBe('');
  });
});
