// Classes fixed after the probe batches bv and bw (2026-12-07), each said in other words than the probes' sentences.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('results told per intake (结转 and 新收 over turns)', () => {
  it('「今年X又来了N件」 after last year\'s carried applications is this year\'s intake, not a new 上年结转', async () => {
    expect(await one(['上年转过来的个人申请2件', '今年个人又来了6件'], { 't3.carried.natural': 2, 't3.new.natural': 6 })).toEqual([]);
    expect(await one(['上年结转 律所1件', '今年又收律所2件'], { 't3.carried.legal': 1, 't3.new.legal': 2 })).toEqual([]);
  });
  it('「老的那件 只给了一半」 is the carried one\'s result, and the new ones\' results add to it', async () => {
    expect(await one(['上年结转的公司申请1件', '今年又收公司4件', '老的那件 只给了一半', '新的4件 部分公开1件 其余3件都全给了'],
      { 't3.carried.commercial': 1, 't3.new.commercial': 4, 't3.r2.commercial': 2, 't3.r1.commercial': 3 })).toEqual([]);
  });
  it('「年底又来了1件」 stays a part of the year (the parts add up)', async () => {
    expect(await one(['群众申请年初来了4件，年底又来了1件，一共5件'], { 't3.new.natural': 5 })).toEqual([]);
  });
});

describe('a count and the result word touching it', () => {
  it('「4件公开 1件是来投诉的 按信访处理了」: 公开 is the 4\'s, the reason after the space the 1\'s', async () => {
    expect(await one(['个人申请5件', '4件公开 1件是来投诉的 按信访处理了'], { 't3.new.natural': 5, 't3.r1.natural': 4, 't3.r5_1.natural': 1 })).toEqual([]);
  });
});

describe('a subject said to exist is outside the denial that follows', () => {
  it('「强制有的 许可没有」 zeroes 许可 only', async () => {
    expect(await one(['强制有的 许可没有'], { 't2.license.decisions': 0 })).toEqual([]);
    expect(await one(['强制是有的，许可没有'], { 't2.license.decisions': 0 })).toEqual([]);
  });
  it('「群众倒是有来申请的 律所一家也没有」 zeroes 律所 only', async () => {
    expect(await one(['群众倒是有来申请的 律所一家也没有'], { 't3.new.legal': 0 })).toEqual([]);
  });
  it('「许可和强制都没有」 still denies both', async () => {
    expect(await one(['许可和强制都没有'], { 't2.license.decisions': 0, 't2.coercion.decisions': 0 })).toEqual([]);
  });
});

describe('a part moved out of a count named by its result', () => {
  it('「公开的17件里有2件只给了一部分」 moves 2 from 予以公开 to 部分公开', async () => {
    expect(await one(['个人申请20件', '予以公开17件', '3件不掌握', '公开的17件里有2件只给了一部分'],
      { 't3.new.natural': 20, 't3.r1.natural': 15, 't3.r2.natural': 2, 't3.r4_1.natural': 3 })).toEqual([]);
  });
});

describe('a correction naming a fact by a unit word', () => {
  it('「培训的人次报多了 应为201」 corrects 参训人次, never the number of trainings', async () => {
    expect(await one(['培训5次', '参训210人次', '培训的人次报多了 应为201'], { 'fact:trainings': 5, 'fact:trainees': 201 })).toEqual([]);
  });
});

describe('表二: 「都是0」 said of one row, then another row\'s counts in the same message', () => {
  it('the zero covers the row of its own clause; 「印发」「发的…件」 are 本年制发', async () => {
    expect(await one(['规章我们不制定 三格都是0 规范性文件今年印发4件 废止1件'],
      { 't2.rules.issued': 0, 't2.rules.repealed': 0, 't2.rules.valid': 0, 't2.normative.issued': 4, 't2.normative.repealed': 1 })).toEqual([]);
    expect(await one(['规范性文件今年以镇政府名义发的3件'], { 't2.normative.issued': 3 })).toEqual([]);
  });
});

describe('amounts a clerk says round (「百八十」「千把」) are asked, never stored', () => {
  it('「视频号百八十条」 is asked; the exact figure beside it is kept', async () => {
    expect(await one(['视频号百八十条 网站310条'], { 'fact:published_website': 310 }, ['fact:published_newmedia'])).toEqual([]);
  });
  it('「一百八十条」 is exact', async () => {
    expect(await one(['视频号一百八十条'], { 'fact:published_newmedia': 180 })).toEqual([]);
  });
});

describe('some of the applications described, with their result', () => {
  it('「企业申请里有4件问的是办事流程 属于行政查询」 fills the result only, not the applications received', async () => {
    expect(await one(['企业申请里有4件问的是办事流程 属于行政查询'], { 't3.r3_8.commercial': 4 })).toEqual([]);
  });
  it('「要我们重新做一个汇总表」: the thing asked for is no count of one', async () => {
    expect(await one(['个人申请有2件是要我们重新做一个汇总表 没有现成的'], { 't3.r4_2.natural': 2 })).toEqual([]);
  });
  it('「个人申请有3件，都公开了」 is still the applications and their result', async () => {
    expect(await one(['个人申请有3件，都公开了'], { 't3.new.natural': 3, 't3.r1.natural': 3 })).toEqual([]);
  });
});

describe('the rest of the cases is no part moved out of the last count', () => {
  it('「居民申请5件」「3件公开了」「2件其实是反映问题的 转信访了」 leaves 予以公开 at 3', async () => {
    expect(await one(['居民申请5件', '3件公开了', '2件其实是反映问题的 转信访了'], { 't3.new.natural': 5, 't3.r1.natural': 3, 't3.r5_1.natural': 2 })).toEqual([]);
  });
  it('with every case already placed, 「其实」 still moves a part', async () => {
    expect(await one(['居民申请5件', '5件都公开了', '2件其实是反映问题的 转信访了'], { 't3.new.natural': 5, 't3.r1.natural': 3, 't3.r5_1.natural': 2 })).toEqual([]);
  });
});

describe('「N件里M件…」 points at N; only M is a count', () => {
  it('「8件里5件是同样的内容又来要 按重复申请没处理」 keeps 8 received and puts 5 on 重复申请', async () => {
    expect(await one(['公司申请了8件', '8件里5件是同样的内容又来要 按重复申请没处理'], { 't3.new.commercial': 8, 't3.r5_2.commercial': 5 })).toEqual([]);
  });
});
