// One digit (or a few) of a figure already held, corrected by its place (2026-12-07, fifth session; class from probe
// batch cz, where every such sentence had kept the old figure or stored the digit itself). Said in other words than
// the probes': the new figure is computed from the held one, or the clerk is asked; nothing else changes.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a digit at a place', () => {
  it('「个位不对 应该是6」 on the figure just given', async () => {
    expect(await one(['政策解读33篇', '个位不对 应该是6'], { 'fact:interpretations': 36 })).toEqual([]);
  });
  it('「百位上不是四 是七」 checks the digit it was, in Chinese numerals', async () => {
    expect(await one(['处罚决定1435件', '百位上不是四 是七'], { 't2.penalty.decisions': 1735 })).toEqual([]);
  });
  it('the digit it was not there: nothing changes, and the clerk is asked', async () => {
    const o = await after(['处罚决定1435件', '百位上不是二 是七']);
    expect(o.collateral).toEqual(['t2.penalty.decisions: undefined → 1435']);
    expect(o.reply).toContain('没有修改');
  });
  it('「第二位是0」 and 「后两位是58」 count from the left and replace two digits', async () => {
    expect(await one(['网站发布信息2946条', '第二位是0'], { 'fact:published_website': 2046 })).toEqual([]);
    expect(await one(['网站发布信息2946条', '后两位是58'], { 'fact:published_website': 2958 })).toEqual([]);
  });
  it('the figure named among several given: 「许可那个尾数是1」 changes 许可 only', async () => {
    expect(await one(['许可326件 处罚58件', '许可那个尾数是1'], { 't2.license.decisions': 321, 't2.penalty.decisions': 58 })).toEqual([]);
  });
  it('an amount in 万元: 「小数点后那位应该是2」', async () => {
    expect(await one(['行政事业性收费4.7万元', '小数点后那位应该是2'], { 't2.fee.amount': 4.2 })).toEqual([]);
  });
});

describe('a digit by its value, a digit too many, two digits swapped', () => {
  it('「开头那个3应该是8」', async () => {
    expect(await one(['公众号推送3304条', '开头那个3应该是8'], { 'fact:published_newmedia': 8304 })).toEqual([]);
  });
  it('「中间那个9是多按的」 takes that digit out', async () => {
    expect(await one(['参加培训4928人次', '中间那个9是多按的'], { 'fact:trainees': 428 })).toEqual([]);
  });
  it('a digit too many that could be either of two: the figure is withdrawn and asked, never guessed', async () => {
    const o = await after(['回应关切次数323次', '多打了一个3']);
    expect(o.collateral).toEqual([]);
    expect(o.reply).toMatch(/23或32|32或23/);
  });
  it('「最后两位打反了」 swaps them', async () => {
    expect(await one(['依申请公开 个人申请31件', '最后两位打反了'], { 't3.new.natural': 13 })).toEqual([]);
  });
});

describe('what is no digit correction', () => {
  it('the whole new figure said with it: 「多写了一个5 是75」 takes 75 (the correction path)', async () => {
    expect(await one(['督查检查755次', '多写了一个5 是75'], { 'fact:inspections': 75 })).toEqual([]);
  });
  it('a phone number\'s last digit stays with the phone (a figure is not touched)', async () => {
    const o = await after(['解读12篇', '电话0571-8866213', '座机最后一位是9']);
    expect(o.collateral).toEqual(['fact:interpretations: undefined → 12', 'meta.contact.phone: undefined → "0571-8866219"']);
  });
});

describe('more corrections of part of a value (probe batch da)', () => {
  it('「是63 看反了」 swaps two digits to the figure said', async () => {
    expect(await one(['强制措施36件', '强制那个是63 看反了'], { 't2.coercion.decisions': 63 })).toEqual([]);
  });
  it('「区号错了 应该是0535」 changes the phone number\'s area code only', async () => {
    const o = await after(['联系电话0531-6612345', '区号错了 应该是0535']);
    expect(o.collateral).toEqual(['meta.contact.phone: undefined → "0535-6612345"']);
  });
  it('「金额不对 是一百五」 after a fee in 元 keeps 元', async () => {
    expect(await one(['信息处理费收取了八十元', '金额不对 是一百五'], { 'fee.charged': true, 'fee.amountYuan': 150 })).toEqual([]);
  });
});

describe('digits of the phone number by their place (probe batches cy, dc, de)', () => {
  it('「电话倒数第二位是7不是1」 and 「末尾两位是59 不是95」', async () => {
    expect((await after(['联系电话0591-87654312', '电话倒数第二位是7不是1'])).collateral).toEqual(['meta.contact.phone: undefined → "0591-87654372"']);
    expect((await after(['联系电话0591-87654395', '电话末尾两位是59 不是95'])).collateral).toEqual(['meta.contact.phone: undefined → "0591-87654359"']);
  });
  it('the phone just given alone: 「最后两位弄反了 是32」', async () => {
    expect((await after(['电话0591-87654323', '最后两位弄反了 是32'])).collateral).toEqual(['meta.contact.phone: undefined → "0591-87654332"']);
  });
});

describe('the second review: units after the digit, and asks instead of storing the digit', () => {
  it('「那个3应该是5条」 is 245', async () => {
    expect(await one(['网站发布信息243条', '那个3应该是5条'], { 'fact:published_website': 245 })).toEqual([]);
  });
  it('「报告年度写错了 最后一位应该是5」 changes no figure', async () => {
    expect((await after(['网站发布信息243条', '报告年度写错了 最后一位应该是5'])).collateral).toEqual(['fact:published_website: undefined → 243']);
  });
  it('a digit with more said after it is asked, never stored as the figure', async () => {
    expect((await after(['网站发布信息243条', '网站那个数尾数应该是5，刚才是我念的时候看串行了，不好意思'])).collateral).toEqual(['fact:published_website: undefined → 243']);
  });
});

describe('two values of the last turn by position (probe batches dc, de)', () => {
  it('「这俩数填反了」 swaps the two values just given', async () => {
    expect(await one(['网站发布信息530条 公众号推送350条', '这俩数填反了'], { 'fact:published_website': 350, 'fact:published_newmedia': 530 })).toEqual([]);
  });
  it('「中间那个写错了 是二十六」 is the middle one of three', async () => {
    expect(await one(['许可120 处罚23 强制4', '中间那个写错了 是二十六'], { 't2.license.decisions': 120, 't2.penalty.decisions': 26, 't2.coercion.decisions': 4 })).toEqual([]);
  });
});
