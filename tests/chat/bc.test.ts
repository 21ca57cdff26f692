// Classes fixed after the probe batch bc (2026-12-06), each said in other words than the probe's sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { run } from './failures.js';

const x = (text: string) => extract(text, { format: '2021', year: 2025 });


describe('a question is no negation; a second figure from another source is two answers', () => {
  it('「表发过去了 看到没」 changes nothing', () => expect(x('表发过去了 你看到没').cells).toEqual({}));
  it('「申请一件都没收到」 is still none', () => expect(x('申请一件都没收到').cells['t3.new.natural']).toBe(0));
  it('「处罚决定三十二件，台账上记的是三十件」 stores neither', () => expect(x('处罚决定三十二件，台账上记的是三十件').cells).toEqual({}));
  it('「落款1月19日 或者写1月21日」 stores no date', () => expect(x('落款1月19日 或者写1月21日').said.some((d) => d.target === 'meta.date')).toBe(false));
  it('a deadline said with the 落款 is no second answer', () => expect(x('1月10日前要交，落款写1月8日').said.find((d) => d.target === 'meta.date')?.value).toBe('2026-01-08'));
});

describe('numbers with 零 and separators, and a bare number that is no year', () => {
  it('「强制3千零5」 is 3,005', () => expect(x('行政强制3千零5件').cells['t2.coercion.decisions']).toBe(3005));
  it('「收费2,350,000元」 is 235万元', () => expect(x('行政事业性收费2,350,000元').cells['t2.fee.amount']).toBe(235));
  it('「许可那栏填2050」 is a count (no report names the year 2050)', () => expect(x('许可那栏填2050').cells['t2.license.decisions']).toBe(2050));
  it('「2024年的许可是30件」 keeps its year (asked as another year\'s)', () => expect(x('2024年的许可是30件').cells).toEqual({}));
});

describe('a topic turn, then its counts; moves and negations said in a correction', () => {
  it('「依申请里不掌握信息的」 then 「群众两件」 is that row', async () => {
    expect(await run([{ id: 'm1', turns: ['依申请里本机关不掌握的', '群众两件'], expect: { set: { 't3.r4_1.natural': 2 } } }])).toEqual([]);
  });
  it('「维持的那件其实撤诉了 算其他结果」 moves the clerk\'s count and empties its cell', async () => {
    expect(await run([{ id: 'm2', turns: ['行政复议维持1件 纠正2件', '维持的那件其实撤诉了 算其他结果'], expect: { set: { 't4.review.other': 1, 't4.review.corrected': 2 } } }])).toEqual([]);
  });
  it('「不对 许可没有 是处罚3件」 corrects both', async () => {
    expect(await run([{ id: 'm3', turns: ['行政许可3件', '不对 许可没有的 是处罚3件'], expect: { set: { 't2.license.decisions': 0, 't2.penalty.decisions': 3 } } }])).toEqual([]);
  });
  it('「表四都空着 一件案子也没有」 zeroes 表四', () => expect(Object.values(x('表四都空着 一件案子也没有').cells).every((v) => v === 0) && Object.keys(x('表四都空着 一件案子也没有').cells).length).toBe(12));
  it('「没有转到明年的」 zeroes 结转下年度', () => expect(Object.keys(x('今年都办结了 没有转到明年的').cells).every((k) => k.startsWith('t3.next.'))).toBe(true));
  it('大写 落款 「贰零贰陆年壹月捌日」', () => expect(x('落款写贰零贰陆年壹月捌日').said.find((d) => d.target === 'meta.date')?.value).toBe('2026-01-08'));
});
