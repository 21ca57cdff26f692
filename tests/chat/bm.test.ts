// Classes fixed after the probe batch bm (2026-12-06), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { runChatCases } from '../../evals/suites/chat.js';
import { run } from './failures.js';

const one = async (turns: string[], set: Record<string, unknown>, ask: string[] = []) => run([{ id: 'c', turns, expect: { set: set as never, ask, nothing: false } }]);
async function after(turns: string[]) {
  const [o] = await runChatCases([{ id: 'x', split: 'dev', turns, expect: { set: {}, ask: [], nothing: false } }]);
  return o;
}

describe('amounts that are not exact are never stored', () => {
  it('「两百挂零」 is a little over 200 (asked), never 0', async () => {
    expect(await one(['公众号两百挂零 网站八十'], { 'fact:published_website': 80 }, ['fact:published_newmedia'])).toEqual([]);
  });
  it('「五到六件」「10至12篇」: neither end of a range is stored', async () => {
    expect((await after(['律所大概五到六件'])).collateral).toEqual([]);
    expect((await after(['解读10至12篇'])).collateral).toEqual([]);
  });
});

describe('doubts and parts', () => {
  it('「心里没底」「好像写错了」 withdraw the last value', async () => {
    expect(await one(['许可三十件', '这个我心里没底'], {}, ['t2.license.decisions'])).toEqual([]);
    expect(await one(['回应关切五次', '好像写错了 回头再说'], {}, ['fact:responses'])).toEqual([]);
  });
  it('「个人那些里有三件是公司员工替单位要的 划给公司」 moves three; a part never overwrites the group\'s total', async () => {
    expect(await one(['新收 个人十二件 公司两件', '个人那些里有三件是公司员工替单位要的 划给公司'], { 't3.new.natural': 9, 't3.new.commercial': 5 })).toEqual([]);
    const o = await after(['新收 个人十二件', '有三件是员工替单位要的']);
    expect(o.collateral).toEqual(['t3.new.natural: undefined → 12']);
  });
  it('「部分公开里一件是大学的 另一件是协会的」 still splits a count between the groups it names', async () => {
    expect(await one(['部分公开 科研机构两件', '部分公开里一件是大学的 另一件是协会的'], { 't3.r2.research': 1, 't3.r2.welfare': 1 })).toEqual([]);
  });
});
