// Safety classes fixed after the probe batch au (2026-12-06): a negation or a fee statement must not zero the
// applications, and a number word inside a negation or a breakdown is no count. New sentences of each class.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';

const x = (text: string) => extract(text, { format: '2021', year: 2024 });
const t3new = (cells: Record<string, unknown>) => Object.keys(cells).filter((k) => k.startsWith('t3.new.'));

describe('「没有人申请过复议」 is about 复议, not the applications received', () => {
  it.each(['今年没人申请过行政复议', '没有人申请复议，也没人起诉'])('「%s」 zeroes no 表三 cell', (s) => {
    expect(t3new(x(s).cells)).toEqual([]);
  });
  it('「没有人来申请过」 alone still says no application was received', () => {
    expect(t3new(x('今年没有人来申请过').cells).length).toBe(6);
  });
});

describe('「免费」「一分钱没收」 is the 信息处理费, not 「没收到申请」', () => {
  it.each(['依申请公开一律免费，分文未取', '政府信息依申请公开的都是免费办理'])('「%s」', (s) => {
    const ex = x(s);
    expect(t3new(ex.cells)).toEqual([]);
    expect(ex.said.find((d) => d.target === 'fee.charged')?.value).toBe(false);
  });
});

describe('a number word inside a negation or a breakdown is no count', () => {
  it('「行政许可一件都么有」 is 0, not 1', () => expect(x('行政许可一件都么有').cells['t2.license.decisions']).toBe(0));
  it('「工作人员三名，一名专职一名兼职」 is 3, never 1', () => {
    const ex = x('政务公开工作人员三名，一名专职一名兼职');
    expect(ex.facts.staff === undefined || ex.facts.staff === 3).toBe(true);
  });
});

describe('表四 in other words', () => {
  it('「直接告上法院的1起，对方撤诉了」 is a direct lawsuit ended otherwise', () => {
    expect(x('直接告上法院的1起，对方撤诉了').cells['t4.direct.other']).toBe(1);
  });
  it('「直接起诉的2件：1件维持，1件还在二审」', () => {
    const c = x('直接起诉的2件 1件维持 1件还在二审').cells;
    expect([c['t4.direct.upheld'], c['t4.direct.pending']]).toEqual([1, 1]);
  });
});

describe('more of the au classes', () => {
  it('「报告最后的日期写2025年1月20日」 is the 落款', () => expect(x('报告最后的日期写2025年1月20日').said.find((d) => d.target === 'meta.date')?.value).toBe('2025-01-20'));
  it('「商业企业那一栏零申请」 is 0 in that column only', () => expect(x('商业企业那一栏零申请').cells).toEqual({ 't3.new.commercial': 0 }));
  it('「行政处罚一件没下」 is 0, not 1', () => expect(x('行政处罚一件没下').cells['t2.penalty.decisions']).toBe(0));
  it('「参训人次写50吧 哎看错了 应该是60」 keeps the corrected value', () => expect(x('参训人次写50吧 哎看错了 应该是60').facts.trainees).toBe(60));
});
