// Negation words that tell why or how an application went, not that there were none (2026-12-07, fifth session; the
// DEV cases cm023, cp004, cp034, cw106, ch075, ch077, cj073, ci073 had zeroed whole rows). Said in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

const zeros = (collateral: string[]) => collateral.filter((c) => c.endsWith('→ 0'));

describe('a reason is no 「none」', () => {
  it('「我们局手头压根没这东西」: the office does not hold it — no 无法提供 row zeroed', async () => {
    const o = await after(['今年有家公司来申请了2件', '要的是市里的规划 我们局手头压根没这东西 没法提供']);
    expect(zeros(o.collateral)).toEqual([]);
  });
  it('「没这样现成的数据 就没提供」: it would have to be made — nothing zeroed', async () => {
    const o = await after(['村民申请1件', '他要的汇总 我们没这样现成的数据 就没提供']);
    expect(zeros(o.collateral)).toEqual([]);
  });
  it('「交了申请以后再也没来过」「过了时限也没补 就没再处理」: what the applicant did after — nothing zeroed', async () => {
    expect(zeros((await after(['个人申请3件', '有一件 他交了申请以后再也没来过'])).collateral)).toEqual([]);
    expect(zeros((await after(['律所申请1件', '叫他补正 过了时限也没补 就没再处理'])).collateral)).toEqual([]);
  });
});

describe('the subject of a denial', () => {
  it('「依申请公开从没收过群众一分钱」 is no fee charged, and nothing of applications', async () => {
    expect(await one(['依申请公开从没收过群众一分钱'], { 'fee.charged': false })).toEqual([]);
  });
  it('「律所和基金会都没来申请 就村民的」: the two named are 0, 村民 is not', async () => {
    expect(await one(['律所和基金会都没来申请 就村民的'], { 't3.new.legal': 0, 't3.new.welfare': 0 })).toEqual([]);
  });
  it('「来申请的就只有村民 别的单位一家都没来过」: every column but 村民 is 0', async () => {
    const set = { 't3.new.commercial': 0, 't3.new.research': 0, 't3.new.welfare': 0, 't3.new.legal': 0, 't3.new.other': 0 };
    expect(await one(['今年来申请的就只有村民 别的单位一家都没来过'], set)).toEqual([]);
  });
  it('「只有律所没申请」 denies the one named', async () => {
    expect(await one(['只有律所没申请'], { 't3.new.legal': 0 })).toEqual([]);
  });
  it('「诉讼呢 今年没有哪个来申请」: the lawsuit is the topic, 表三 stays', async () => {
    const o = await after(['诉讼呢 今年没有哪个来申请']);
    expect(o.collateral.filter((c) => c.startsWith('t3.'))).toEqual([]);
  });
  it('「三家企业各申请了2件」 is 6', async () => {
    expect(await one(['三家企业各申请了2件 都公开了'], { 't3.new.commercial': 6, 't3.r1.commercial': 6 })).toEqual([]);
  });
});

describe('more reasons and denials (probe batch da)', () => {
  it('「申请要的台账 我们这儿根本没有」: the office does not hold it — no applicant zeroed', async () => {
    const o = await after(['收到一件申请 是家物流公司 要的是市局的检查台账 我们这儿根本没有']);
    expect(zeros(o.collateral)).toEqual([]);
  });
  it('「补正以后还是说不清 没法办理」 says how it ended: nothing zeroed', async () => {
    const o = await after(['有个律所申请1件 让补正 补正以后还是说不清 没法办理']);
    expect(zeros(o.collateral)).toEqual([]);
    expect(o.collateral).toContain('t3.new.legal: undefined → 1');
  });
  it('「今年没出台规章 废止的倒有1件」: 本年制发 0 and 本年废止 1', async () => {
    expect(await one(['今年没出台规章 废止的倒有1件'], { 't2.rules.issued': 0, 't2.rules.repealed': 1 })).toEqual([]);
  });
  it('what stays a denial: 「规范性文件没有」', async () => {
    const o = await after(['规范性文件没有']);
    expect(zeros(o.collateral).length).toBeGreaterThan(0);
  });
});

describe('就 X as a topic, not an affirmation (review of the fifth session)', () => {
  it('「就企业这块 没有申请」 denies 企业 only', async () => {
    const o = await after(['今年收到个人申请25件', '就企业这块 没有申请']);
    expect(zeros(o.collateral)).toEqual(['t3.new.commercial: undefined → 0']);
  });
  it('「就个人的 没有不予公开的」 denies 不予公开 of 个人 only', async () => {
    const o = await after(['今年收到个人申请25件', '就个人的 没有不予公开的']);
    expect(zeros(o.collateral).every((c) => c.includes('.natural'))).toBe(true);
  });
});
