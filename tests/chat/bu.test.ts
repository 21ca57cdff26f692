// Classes fixed after the probe batch bu (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('a new count with its own result is no move and takes no row from the turn before', () => {
  it('「1件属于内部事务 没给」 after 「3件公开」 is a new count (予以公开 stays 3), not one moved out of it', async () => {
    expect(await one(['企业申请4件', '3件公开', '1件属于内部事务 没给'], { 't3.new.commercial': 4, 't3.r1.commercial': 3, 't3.r3_5.commercial': 1 })).toEqual([]);
  });
  it('「其中1件属于内部事务」 still moves a part of the count said before', async () => {
    expect(await one(['企业申请4件', '4件都公开了', '其中1件属于内部事务 没给'], { 't3.new.commercial': 4, 't3.r1.commercial': 3, 't3.r3_5.commercial': 1 })).toEqual([]);
  });
  it('「公开9件」→「1件是同一人反复要的 不予处理」 never overwrites 予以公开 with 1', async () => {
    const fails = await one(['个人申请10件', '公开9件', '1件是同一人反复要的 不予处理'], { 't3.new.natural': 10, 't3.r1.natural': 9 }, ['t3.r5_2.natural', 't3.r5_4.natural']);
    expect(fails.flatMap((f) => f.wrong)).toEqual([]);
  });
});

describe('corrections of bu', () => {
  it('「总数改成…」 names the one total the conversation gave', async () => {
    expect(await one(['主动公开信息3,210条 网站1,900条', '总数改成3,120'], { 'fact:published_total': 3120, 'fact:published_website': 1900 })).toEqual([]);
  });
});

describe('position corrections with the old figure denied', () => {
  it('「最后那个数是24 不是42」: the figure denied is no new value', async () => {
    expect(await one(['督查检查42次', '最后那个数是24 不是42'], { 'fact:inspections': 24 })).toEqual([]);
  });
});

describe('a difference said (「少说了一件」「多算了20条」)', () => {
  it('moves the named value (or the last turn\'s only one) by the difference', async () => {
    expect(await one(['规章制定2件 有效15件', '规章有效的少说了一件'], { 't2.rules.issued': 2, 't2.rules.valid': 16 })).toEqual([]);
    expect(await one(['公众号发了260条', '多算了20条'], { 'fact:published_newmedia': 240 })).toEqual([]);
  });
  it('naming no one value it is asked, never the difference stored as the last value (had stored 处罚 12 → 2)', async () => {
    expect(await one(['许可30件 处罚12件', '少说了两件'], { 't2.license.decisions': 30, 't2.penalty.decisions': 12 })).toEqual([]);
  });
});
