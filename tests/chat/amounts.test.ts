// Numbers as clerks write them inside sentences: each is read whole, in the right unit, or asked — never misread
// (issue 12: 「一万五」 was 10,005, 「5千元」 was 5, 「零点五万元」 was 5, 「有2万」 was 20,000 万元, 「一千零五十条」 lost its thousands).
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';
import { propose } from '../../server/chat/changes.js';

const changes = (s: string) => Object.fromEntries(propose('2021', extract(s, { format: '2021', year: 2024 })).changes.map((c) => [c.target, c.value]));

describe('chat: amounts and counts in text', () => {
  it.each([
    ['行政事业性收费5千元', 't2.fee.amount', 0.5],
    ['行政事业性收费零点五万元', 't2.fee.amount', 0.5],
    ['行政事业性收费有2万', 't2.fee.amount', 2],
    ['行政事业性收费今年收了6800元', 't2.fee.amount', 0.68],
    ['网站发布信息3千条', 'fact:published_website', 3000],
    ['门户网站全年发布信息一千零五十条', 'fact:published_website', 1050],
    ['主动公开信息3万5千条', 'fact:published_total', 35000],
    ['行政许可1 234件', 't2.license.decisions', 1234],
    ['许可决定数量是二十', 't2.license.decisions', 20],
    ['行政事业性收费这一项是零', 't2.fee.amount', 0],
    ['规范性文件制发、废止、现行有效分别为2、1、10件', 't2.normative.valid', 10],
    ['网站、公众号、公开栏分别发布了300、200、100条', 'fact:published_board', 100],
    ['培训3次，参训人次分别是30、40、50', 'fact:trainees', 120],
  ])('「%s」', (s, target, want) => expect(changes(s)[target]).toBe(want));

  it('spoken short forms are read as meant: 「一万五」 15,000, 「一百五」 150', () => {
    expect(changes('公众号发了一万五条')['fact:published_newmedia']).toBe(15000);
    expect(changes('参训人次一百五')['fact:trainees']).toBe(150);
  });

  it('an amount with no unit that could be 元 or 万元 is asked, not stored', () => {
    for (const [s, target] of [['行政事业性收费6800', 't2.fee.amount']] as const) {
      const ex = extract(s, { format: '2021', year: 2024 });
      expect(changes(s)[target], s).toBeUndefined();
      expect(ex.asks.some((a) => a.targets.includes(target)) || ex.orphans.length > 0, s).toBe(true);
    }
  });

  it('list numbering and quoted slogans are no counts', () => {
    const c = changes('2、依申请公开：全年没有收到申请\n7、监督保障：无责任追究\n推动“一次告知、一窗受理”');
    expect(c['fact:accountability']).toBe(0);
    expect(Object.values(c).every((v) => v === 0 || v === false)).toBe(true);
  });
});
