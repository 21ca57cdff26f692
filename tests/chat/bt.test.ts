// Classes fixed after the probe batch bt (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('the forms bt found', () => {
  it('「许可5千出头强制3件」: the hedge after 千 makes the whole figure vague (asked), never 5', async () => {
    expect(await one(['许可5千出头强制3件'], { 't2.coercion.decisions': 3 }, ['t2.license.decisions'])).toEqual([]);
  });
  it('「450好像不对劲 先空着」 names the doubted value by its figure and withdraws only it', async () => {
    expect(await one(['网站450条 公众号120条', '450好像不对劲 先空着'], { 'fact:published_newmedia': 120 }, ['fact:published_website'])).toEqual([]);
  });
});

describe('safety classes of bs and bt', () => {
  it('「都是部分公开」 after some results were given is asked (「都」 is of the rest), never all the applications again', async () => {
    expect(await one(['个人申请6件', '公开4件', '剩下的我查一下', '查了 都是部分公开'], { 't3.new.natural': 6, 't3.r1.natural': 4 }, ['t3.r2.natural'])).toEqual([]);
  });
  it('「全部予以公开」 then 「律所没有」: the group had no applications; 予以公开 of 律所 is not its scope', async () => {
    const o = await after(['个人申请5件', '全部予以公开', '律所没有']);
    expect(o.collateral).toEqual(['t3.new.natural: undefined → 5', 't3.r1.natural: undefined → 5', 't3.new.legal: undefined → 0']);
  });
  it('「公司的嘛 俺们这儿没有这个材料」 is 本机关不掌握 for the company', async () => {
    expect(await one(['公司3件 个人1件', '个人那件公开了', '公司的嘛 俺们这儿没有这个材料'], { 't3.new.commercial': 3, 't3.new.natural': 1, 't3.r1.natural': 1, 't3.r4_1.commercial': 3 })).toEqual([]);
  });
});

describe('corrections of bt', () => {
  it('「错了 是6.3万 俩数颠倒了」: 「俩数」 is no count (had stored 2)', async () => {
    expect(await one(['行政事业性收费3.6万', '错了 是6.3万 俩数颠倒了'], { 't2.fee.amount': 6.3 })).toEqual([]);
  });
  it('「最后那个说错了」 with one value given last turn is that value; 「第一个」 is not', async () => {
    expect(await one(['网站发布信息390条', '最后那个说错了 三百零九'], { 'fact:published_website': 309 })).toEqual([]);
  });
});
