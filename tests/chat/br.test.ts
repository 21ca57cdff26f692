// Classes fixed after the probe batch br (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('the forms br found', () => {
  it('「督查检查搞了4轮」 counts rounds of a counted activity; 「第二轮巡视」 is no count', async () => {
    expect(await one(['督查检查搞了4轮 问责0次'], { 'fact:inspections': 4, 'fact:accountability': 0 })).toEqual([]);
    expect((await after(['第二轮巡视反馈问题整改完毕'])).collateral).toEqual([]);
  });
  it('another office\'s landline (「他们电话…」) is asked, never stored as the report\'s', async () => {
    expect(await one(['有问题可以问县信息中心 他们电话0731-5566778'], {}, ['meta.contact.phone'])).toEqual([]);
  });
  it('「今年新来的企业3件」 are applications received this year, even after a turn about carried ones', async () => {
    const o = await after(['上年结转个人1件', '今年新来的企业3件']);
    expect(o.collateral).toEqual(['t3.carried.natural: undefined → 1', 't3.new.commercial: undefined → 3']);
  });
});
