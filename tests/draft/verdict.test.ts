// Issue 10: one verdict (a draft's blank cells are its export's CELL-INVALID) and unknowns stay unknown (no invented
// 「未收取信息处理费」, no invented preface items, no silent no-op when an instruction cannot be followed offline).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/check/index.js';
import { composeDraft, type DraftInputIn } from '../../server/draft/index.js';
import { FEE_GAP } from '../../server/draft/fixed.js';
import { DRAFT_RULES } from '../../server/draft/validate.js';
import { cellsOf } from '../../server/format/index.js';
import { leafCells } from '../../server/report/tables.js';
import { checkExport } from '../properties/drafts.js';
import { INPUT, zerosWith } from './fixtures.js';

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'E');
const offline = (input: DraftInputIn, extra: Parameters<typeof composeDraft>[1] = {}) => composeDraft(input, { mode: 'offline', ...extra });

describe('one verdict: blank cells', () => {
  it('a draft with nothing typed shows one CELL-INVALID per table naming every blank cell, as its Word file gets them', async () => {
    const d = await offline({ ...INPUT, numbers: {} });
    const blank = errors(d.findings).filter((f) => f.rule === 'CELL-INVALID');
    expect(blank.map((f) => f.where.table)).toEqual(['t2', 't3', 't4']);
    const ids = blank.flatMap((f) => f.where.cells ?? []);
    expect(new Set(ids)).toEqual(new Set(cellsOf('2021').map((c) => c.id))); // leaves and the totals they leave blank
    expect(ids.length).toBe(cellsOf('2021').length);
    expect(leafCells('2021').length).toBe(166);
    const t3 = blank.find((f) => f.where.table === 't3')!;
    expect(t3.message).toContain('表三尚未填写');
    expect(t3.where.cells![0]).toBe('t3.new.natural'); // where to type first
    const { findings } = await checkExport(d.report, 'docx');
    const exported = new Set(errors(findings).filter((f) => f.rule === 'CELL-INVALID').flatMap((f) => f.where.cells ?? []));
    // Every blank cell, 表四's included (an all-blank 表四 is read back as blank cells).
    expect(exported).toEqual(new Set(ids));
  });

  it('names a few blank cells by their official row and column', async () => {
    const numbers = zerosWith({});
    delete numbers['t3.new.natural'];
    delete numbers['t2.normative.valid'];
    const d = await offline({ ...INPUT, numbers });
    const blank = errors(d.findings);
    expect(blank.map((f) => f.rule)).toEqual(['CELL-INVALID', 'CELL-INVALID']);
    const [t2, t3] = blank;
    expect(t2.message).toContain('第二十条第（一）项「行政规范性文件」行「现行有效件数」列');
    expect(t2.where.cells).toEqual(['t2.normative.valid']);
    expect(t3.message).toContain('「一、本年新收政府信息公开申请数量」行「自然人」列');
    expect(t3.where.cells).toEqual(['t3.new.natural', 't3.new.total']);
    expect(t3.message).toContain('无法算出');
    for (const fmt of ['md', 'html', 'txt', 'docx'] as const) {
      const { findings } = await checkExport(d.report, fmt);
      expect(errors(findings).flatMap((f) => f.where.cells ?? []).sort(), fmt).toEqual(['t2.normative.valid', 't3.new.natural', 't3.new.total']);
    }
  });

  it('a complete draft with the fee answered passes (「校验通过」) and so do its exports', async () => {
    const d = await offline(INPUT);
    expect(errors(d.findings)).toEqual([]);
    for (const fmt of ['md', 'txt'] as const) expect(errors((await checkExport(d.report, fmt)).findings), fmt).toEqual([]);
  });
});

describe('unknowns stay unknown', () => {
  it('an unanswered 信息处理费 question (2021+) is a visible 【待填写】 gap and an E, never 「未收取」', async () => {
    const d = await offline({ ...INPUT, fee: undefined });
    const six = d.report.sections[5].text;
    expect(six).toBe(FEE_GAP);
    expect(six).not.toContain('未收取');
    const gap = errors(d.findings);
    expect(gap.map((f) => f.rule)).toEqual(['N-PLACEHOLDER']);
    expect(gap[0].evidence.quote).toContain('【待填写】');
    expect(d.notices.join('')).toContain('【待填写】');
    // The exported file gets the same error from `nianbao check`.
    expect(errors((await checkExport(d.report, 'docx')).findings).map((f) => f.rule)).toEqual(['N-PLACEHOLDER']);
    // Answered → gone.
    const answered = await offline({ ...INPUT, fee: { charged: false, notices: 0 } });
    expect(answered.report.sections[5].text).toBe('本机关全年未发出收费通知书，未收取信息处理费。');
    expect(errors(answered.findings)).toEqual([]);
    // A 2020 report (2019 format) is not asked about the fee (the 办法 applies from 2021).
    const y2020 = await offline({ ...INPUT, meta: { ...INPUT.meta, year: 2020, date: '2021-01-20' }, numbers: {}, fee: undefined });
    expect(y2020.report.sections[5].text).not.toContain('待填写');
  });

  it('writes 「未发出收费通知书」 only when it follows from the answer and the table', async () => {
    const noCount = await offline({ ...INPUT, numbers: zerosWith({ 't3.new.natural': 1, 't3.r6_2.natural': 1 }), fee: { charged: false } });
    expect(noCount.report.sections[5].text).toBe('本机关全年未收取信息处理费。'); // someone did not pay after a notice: notices were sent
    const sent = await offline({ ...INPUT, fee: { charged: false, notices: 2 } });
    expect(sent.report.sections[5].text).toBe('本机关全年发出收费通知书2件，未收取信息处理费。');
    const zeroUnpaid = await offline({ ...INPUT, fee: { charged: false } }); // nothing charged, nobody unpaid: none sent
    expect(zeroUnpaid.report.sections[5].text).toBe('本机关全年未发出收费通知书，未收取信息处理费。');
  });

  it('a preface without 电子版发布位置 or 联系电话 says nothing of them and the draft carries a D-MISSING-PREFACE warning', async () => {
    expect(DRAFT_RULES.map((r) => r.id)).toContain('D-MISSING-PREFACE');
    const none = await offline({ ...INPUT, meta: { ...INPUT.meta, contact: undefined } });
    const w = none.findings.filter((f) => f.rule === 'D-MISSING-PREFACE');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('W');
    expect(w[0].message).toContain('电子版发布位置和联系电话');
    expect(none.report.preface).not.toMatch(/电话|查阅或下载/);
    const noPhone = await offline({ ...INPUT, meta: { ...INPUT.meta, contact: { website: '临江市人民政府网站', address: '桦树镇政府院内' } } });
    expect(noPhone.findings.find((f) => f.rule === 'D-MISSING-PREFACE')!.message).toMatch(/缺少联系电话/);
    expect(noPhone.report.preface).toContain('临江市人民政府网站');
    expect(noPhone.report.preface).not.toContain('电话');
    const full = await offline(INPUT);
    expect(full.findings.some((f) => f.rule === 'D-MISSING-PREFACE')).toBe(false);
  });
});

describe('offline regenerate follows the instruction or says it cannot', () => {
  const sub = (text: string, heading: string) => {
    const at = text.indexOf(heading);
    const next = text.indexOf('\n（', at + heading.length);
    return text.slice(at, next < 0 ? undefined : next);
  };
  const regen = async (no: 1 | 5, instruction: string, previous = base, input: DraftInputIn = INPUT) => {
    const r = await composeDraft(input, { only: [no], previous: (await previous).report, instruction });
    return { r, text: r.report.sections[no - 1].text, before: (await previous).report.sections[no - 1].text, other: r.report.sections[no === 1 ? 4 : 0].text };
  };
  const base = composeDraft(INPUT, {});
  const cannot = (r: { notices: string[] }, instruction: string) => r.notices.find((n) => n.includes(`离线起草器无法按「${instruction}」`));

  it('「更简洁」 is shorter; asked again, it says it cannot go shorter', async () => {
    const short = await regen(1, '更简洁');
    expect(short.text.length).toBeLessThan(short.before.length);
    expect(short.other).toBe((await base).report.sections[4].text); // only 一 rewritten
    expect(cannot(short.r, '更简洁')).toBeUndefined();
    const again = await regen(1, '更简洁', Promise.resolve(short.r));
    expect(again.text).toBe(short.text);
    expect(cannot(again.r, '更简洁')).toBeDefined();
    const five = await regen(5, '更简洁');
    expect(five.text.length).toBeLessThan(five.before.length);
  });

  it('「突出平台建设」 expands the platform aspect in 一 and puts the platform first in 五', async () => {
    const one = await regen(1, '突出平台建设');
    const h = '（四）政府信息公开平台建设情况';
    expect(sub(one.text, h).length).toBeGreaterThan(sub(one.before, h).length);
    expect(cannot(one.r, '突出平台建设')).toBeUndefined();
    const general = { ...INPUT, facts: INPUT.facts!.filter((f) => f.key !== 'problems' && f.key !== 'plans') };
    const five = await regen(5, '突出平台建设', composeDraft(general, {}), general);
    expect(five.text).not.toBe(five.before);
    expect(five.text).toMatch(/不足：一是[^；]*平台/);
    expect(five.text).toMatch(/工作：一是[^；]*平台/);
  });

  it('「增加培训情况」 expands training when the facts have it, and says it cannot when they do not', async () => {
    const one = await regen(1, '增加培训情况');
    const h = '（五）监督保障情况';
    expect(sub(one.text, h).length).toBeGreaterThan(sub(one.before, h).length);
    expect(sub(one.text, h)).toContain('培训');
    const bare = { ...INPUT, facts: [] };
    const none = await regen(1, '增加培训情况', composeDraft(bare, {}), bare);
    expect(none.text).toBe(none.before);
    expect(cannot(none.r, '增加培训情况')).toContain('未提供培训次数或参训人次');
  });

  it('an instruction the offline drafter cannot follow leaves the text and says so', async () => {
    for (const no of [1, 5] as const) {
      const r = await regen(no, '写得生动活泼一点');
      expect(r.text).toBe(r.before);
      expect(cannot(r.r, '写得生动活泼一点')).toContain('正文未改动');
    }
    // 「更详细」 of a text already written from every fact: nothing more to add offline.
    const more = await regen(1, '更详细');
    expect(more.text).toBe(more.before);
    expect(cannot(more.r, '更详细')).toBeDefined();
    // … but after 「更简洁」 it can expand again.
    const short = await regen(1, '更简洁');
    const longer = await regen(1, '更详细', Promise.resolve(short.r));
    expect(longer.text.length).toBeGreaterThan(short.text.length);
    expect(cannot(longer.r, '更详细')).toBeUndefined();
  });

  it('never silently returns the same text for any of a set of instructions', async () => {
    const b = await base;
    for (const instruction of ['更简洁', '突出平台建设', '增加培训情况', '突出依申请公开', '突出政府信息管理', '突出主动公开', '加强监督保障', '更详细', '改成英文'])
      for (const no of [1, 5] as const) {
        const r = await composeDraft(INPUT, { only: [no], previous: b.report, instruction });
        const same = r.report.sections[no - 1].text === b.report.sections[no - 1].text;
        if (same) expect(cannot(r, instruction), `${instruction} / ${no}`).toBeDefined();
      }
  });
});
