// Corrections seen in the seventh session's batch dp (dp008, dp009, dp028 and a 「删掉」 found by hand), in other words.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('a value withdrawn by 删掉/去掉/作废', () => {
  it('「督查那条删掉 那3次是县里来查我们的」 empties 督查, keeps the rest', async () => {
    expect(await one(['督查检查3次', '培训2次', '督查那条删掉 那3次是县里来查我们的'], { 'fact:trainings': 2 })).toEqual([]);
  });
  it('「刚才那个删了吧」 empties the last turn\'s value', async () => {
    expect(await one(['网站发布信息208条', '公开栏发了15期', '刚才那个删了吧'], { 'fact:published_website': 208 })).toEqual([]);
  });
  it('an applicant\'s own 「不要了」 is a withdrawal of the application, no withdrawal of a value', async () => {
    expect(await one(['群众申请了4件', '公开了3件', '剩下那件申请人说不要了 撤回了'], { 't3.new.natural': 4, 't3.r1.natural': 3, 't3.r6_3.natural': 1 })).toEqual([]);
  });
});

describe('after 删掉, a figure said with 是 is what is left', () => {
  it('「重复的那几条删掉 公开栏是28期」 after 公开栏 31: 28, never 31 − 28', async () => {
    expect(await one(['公开栏31期', '重复的那几条删掉 公开栏是28期'], { 'fact:published_board': 28 })).toEqual([]);
  });
  it('still a part: 「公开栏有3期是重复的 删掉」 after 31: 28', async () => {
    expect(await one(['公开栏31期', '公开栏有3期是重复的 删掉'], { 'fact:published_board': 28 })).toEqual([]);
  });
});

describe('a value named by its position takes the first figure after the position', () => {
  it('「第一个数错了 许可是320件 另外强制有2件」', async () => {
    expect(await one(['许可302件 处罚15件', '第一个数错了 许可是320件 另外强制有2件'], { 't2.license.decisions': 320, 't2.penalty.decisions': 15, 't2.coercion.decisions': 2 })).toEqual([]);
  });
});

// From batches dr and do (dr017, dr051, do012), in other words.
describe('two named values said swapped', () => {
  it('「督查和培训的次数弄反了」 swaps them, turns after they were given', async () => {
    expect(await one(['培训5次', '督查2次', '解读6篇', '督查和培训的次数弄反了'], { 'fact:trainings': 2, 'fact:inspections': 5, 'fact:interpretations': 6 })).toEqual([]);
  });
});

describe('what an applicant asked for names no row and no applicant', () => {
  it('「有个村民来要他家林地许可的批复 给他了」 fills no 许可 decision', async () => {
    const r = await one(['依申请 村民1件', '有个村民来要他家林地许可的批复 给他了'], { 't3.new.natural': 1, 't3.r1.natural': 1 });
    expect(r.flatMap((x) => x.collateral).filter((c) => c.startsWith('t2.'))).toEqual([]);
  });
  it('「律所申请了2件 问的是某建筑公司的处罚决定书 都公开了」 stays 法律服务机构', async () => {
    expect(await one(['律所申请了2件 问的是某建筑公司的处罚决定书 都公开了'], { 't3.new.legal': 2, 't3.r1.legal': 2 })).toEqual([]);
  });
});
