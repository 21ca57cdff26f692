// Classes fixed after the probe batch bs (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('the forms bs found', () => {
  it('「3300那个 多打了一个零」: the figure said is the old one', async () => {
    expect(await one(['网站发了3300条', '3300那个 多打了一个零'], { 'fact:published_website': 330 })).toEqual([]);
  });
  it('「行政诉讼 复议后起诉的没有」 zeroes that kind of lawsuit only', async () => {
    expect((await after(['行政诉讼 复议后起诉的没有'])).collateral.every((c) => c.startsWith('t4.after.'))).toBe(true);
  });
  it('「公开栏那个数对不上 先别往里写」 withdraws only 公开栏', async () => {
    expect(await one(['网站300条 公开栏12期', '公开栏那个数对不上 先别往里写'], { 'fact:published_website': 300 }, ['fact:published_board'])).toEqual([]);
  });
  it('a doubt about a value given turns earlier (「前面收费那个…好像不对」) withdraws that one, never the last turn\'s', async () => {
    expect(await one(['收费2.3万', '处罚41件', '前面收费那个我再核一下 好像不对'], { 't2.penalty.decisions': 41 }, ['t2.fee.amount'])).toEqual([]);
  });
});
