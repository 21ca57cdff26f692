// Classes fixed after the probe batch bb (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });


describe('numbers written half in digits keep every unit', () => {
  it.each([
    ['公众号发了3万5', 'published_newmedia', 35000],
    ['网站3千2', 'published_website', 3200],
    ['解读材料1百零5篇', 'interpretations', 105],
    ['主动公开一共2万零300条', 'published_total', 20300],
  ])('「%s」', (text, fact, value) => expect(x(text).facts[fact]).toBe(value));
  it('「收费2万3」 in 表二 stays in 万元 (2.3)', () => expect(x('行政事业性收费2万3').cells['t2.fee.amount']).toBe(2.3));
  it('「1万500元」 is 1.05万元, never 1', () => expect(x('行政事业性收费1万500元').cells['t2.fee.amount']).toBe(1.05));
});

describe('negation and results: a leaf named with its group, two counts with one result', () => {
  it('「危及三安全一稳定不公开的没有」 zeroes only that leaf', () => {
    const ids = Object.keys(x('危及三安全一稳定不予公开的一件都没有').cells);
    expect(ids.length).toBe(6);
    expect(ids.every((id) => id.startsWith('t3.r3_3.'))).toBe(true);
  });
  it('「律所的两件和公司的一件都部分公开了」', () => {
    expect(x('律所的两件和公司的一件都部分公开了').cells).toEqual({ 't3.r2.legal': 2, 't3.r2.commercial': 1 });
  });
  it('「有个律所申请过三回」: 3, the 个 is an article', () => expect(x('有个律所申请过三回').cells).toEqual({ 't3.new.legal': 3 }));
});

describe('表四 told as a story', () => {
  it('「有家企业把我们告到法院 没经过复议 还在审」', () => {
    expect(x('有家企业把我们告到法院了，没经过复议，还在审').cells).toEqual({ 't4.direct.pending': 1 });
  });
  it('「不是维持 是纠正」 right after moves the count', async () => {
    expect(await run([{ id: 's1', turns: ['行政复议维持2件', '不是维持 是纠正'], expect: { set: { 't4.review.corrected': 2 } } }])).toEqual([]);
  });
});

describe('last year\'s line pasted, and corrections by unit or by a slipped zero', () => {
  it('a line quoted from last year\'s report is never stored', () => {
    const ex = x('上年度报告里写的：全年发布政策解读12篇，回应关切8次');
    expect([ex.facts.interpretations, ex.facts.responses]).toEqual([undefined, undefined]);
  });
  it('then 「解读改为15 回应改为9」 gives this year\'s by unit', async () => {
    expect(await run([{ id: 'q1', turns: ['上年度报告里写的：全年发布政策解读12篇，举办培训3次', '今年篇数改为15 次数改为4'], expect: { set: { 'fact:interpretations': 15, 'fact:trainings': 4 } } }])).toEqual([]);
  });
  it('「少打了个0 是250」 finds the value a tenth of it', async () => {
    expect(await run([{ id: 'q2', turns: ['网站发布25条', '公众号90条', '网站那个少打了个0 是250'], expect: { set: { 'fact:published_website': 250, 'fact:published_newmedia': 90 } } }])).toEqual([]);
  });
  it('「号码末位应该是3」 changes one digit of the phone', async () => {
    expect(await run([{ id: 'q3', turns: ['联系电话 0571-8765432', '号码末位应该是3'], expect: { set: { 'meta.contact.phone': '0571-8765433' } } }])).toEqual([]);
  });
  it('a figure said with 「等我再核一下」 is asked, not stored', () => {
    expect(x('企业申请应该是五件吧 等我再核一下').cells).toEqual({});
  });
});
