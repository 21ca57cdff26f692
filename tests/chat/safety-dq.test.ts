// Classes the seventh session's safety batch dq showed (dq028, dq039, dq064, dq099), each said in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

const filled = { 't3.new.natural': 5, 't3.r1.natural': 4, 't3.r3_4.natural': 1, 'fact:trainings': 2 };
const changed = async (turns: string[], state: Record<string, unknown> = filled) => {
  const o = await after(turns, state);
  return o.collateral.concat(o.wrong);
};

describe('a zero said of one row after a figure said of another', () => {
  it('「前年年报里结转下年度那一行就是0 那今年上年结转那行当然都是0」 zeroes 上年结转 only', async () => {
    const c = await changed(['前年年报里结转下年度那一行就是0 那今年上年结转那行当然都是0']);
    expect(c.length).toBe(6);
    expect(c.every((x) => x.startsWith('t3.carried.'))).toBe(true);
  });
});

describe('rows counted with 个 name the place, they are no statement', () => {
  it('「办理结果里不予公开那八个小项 律所的全是0」 zeroes 8 cells of 法律服务机构 only', async () => {
    const c = await changed(['办理结果里不予公开那八个小项 律所的全是0']);
    expect(c.length).toBe(8);
    expect(c.every((x) => /^t3\.r3_\d\.legal/.test(x))).toBe(true);
  });
});

describe('times of the year listed, then 「各N次」', () => {
  it('「一季度、三季度各搞了一次督查」 is 2 inspections', async () => {
    expect(await one(['一季度、三季度各搞了一次督查'], { 'fact:inspections': 2 })).toEqual([]);
  });
  it('「4月和10月各开展培训1次」 is 2 trainings', async () => {
    expect(await one(['4月和10月各开展培训1次'], { 'fact:trainings': 2 })).toEqual([]);
  });
  it('channels listed with 各 are no times: 「网站、公众号各发了20条」 never stores 40', async () => {
    const r = await one(['网站、公众号各发了20条'], {});
    expect(r.flatMap((x) => x.collateral).some((x) => x.endsWith('→ 40'))).toBe(false);
  });
});

describe('typed words of 表二', () => {
  it('「规范信文件 新制发2件」 is 行政规范性文件', async () => {
    expect(await one(['规范信文件 新制发2件'], { 't2.normative.issued': 2 })).toEqual([]);
  });
  it('「许克决定」 is 许可', async () => {
    expect(await one(['许克决定230件'], { 't2.license.decisions': 230 })).toEqual([]);
  });
  it('「现行」 is 现行有效: 「规范性文件 现行的有12件」', async () => {
    expect(await one(['规范性文件 现行的有12件'], { 't2.normative.valid': 12 })).toEqual([]);
  });
});

// From batch do (do066, do076, do106), each said in other words.
describe('a slipped zero is no value of 0', () => {
  it('「参训那个多录了个0」 after 参训 230人次: 23', async () => {
    expect(await one(['培训3次 参训230人次', '督查1次', '参训那个多录了个0'], { 'fact:trainings': 3, 'fact:trainees': 23, 'fact:inspections': 1 })).toEqual([]);
  });
  it('a slip that names no one value is asked, and nothing becomes 0', async () => {
    const r = await one(['培训3次 参训150人次', '培训那块多打了个零'], { 'fact:trainings': 3, 'fact:trainees': 150 });
    expect(r).toEqual([]);
  });
});

describe('a denial of the others keeps the counts given', () => {
  it('「别的复议诉讼都没有」 after a review and a lawsuit were told', async () => {
    const c = await changed(['复议2件 都维持了', '起诉1件 没经过复议 法院还没判', '别的复议诉讼都没有'], {});
    expect(c).toContain('t4.review.upheld: undefined → 2');
    expect(c).toContain('t4.direct.pending: undefined → 1');
    expect(c.filter((x) => x.endsWith('→ 0')).length).toBe(10);
  });
  it('「其余的诉讼没有」 keeps a held lawsuit count of the draft', async () => {
    const c = await changed(['其余的诉讼没有'], { 't4.after.upheld': 1 });
    expect(c.some((x) => x.startsWith('t4.after.upheld'))).toBe(false);
  });
});

describe('an average is no count', () => {
  it('「全镇公开栏村均更新12期」 stores nothing', async () => {
    expect(await changed(['全镇公开栏村均更新12期'], {})).toEqual([]);
  });
  it('「市里通报 各街道网站平均发了180条」 stores nothing', async () => {
    expect(await changed(['市里通报 各街道网站平均发了180条'], {})).toEqual([]);
  });
});

// From batch ds (ds017, ds068), in other words.
describe('a count heading the results of its own message is no value of the intake row the turn before named', () => {
  it('「上年结转 企业2件」→「企业14件 公开10 部分公开3 不掌握1」 keeps 上年结转 at 2', async () => {
    const c = await changed(['新收企业12件', '上年结转 企业2件', '企业14件 公开10 部分公开3 不掌握1'], {});
    expect(c.filter((x) => x.startsWith('t3.carried.commercial'))).toEqual(['t3.carried.commercial: undefined → 2']);
    expect(c.filter((x) => x.startsWith('t3.new.commercial'))).toEqual(['t3.new.commercial: undefined → 12']);
  });
  it('still: 「上年结转 企业2件」→「律所1件」 continues the row', async () => {
    expect(await one(['上年结转 企业2件', '律所1件'], { 't3.carried.commercial': 2, 't3.carried.legal': 1 })).toEqual([]);
  });
});

// From batch dr (dr038), in other words.
describe('「其他结果」 is a column\'s name, no 「the rest」', () => {
  it('「复议后起诉的：纠正1件，维持、其他结果均为0」 touches no other row of 表四', async () => {
    const c = await changed(['复议后起诉的：纠正1件，维持、其他结果均为0'], {});
    expect(c.filter((x) => !x.startsWith('t4.after.'))).toEqual([]);
  });
});

// From batch du (du018, du029, du070), in other words.
describe('numbers said of another office, or of a choice not made', () => {
  it('「有问题找市政务公开办 电话0571-8765432 这个别填 是市里的」 stores no phone', async () => {
    expect(await changed(['有问题找市政务公开办 电话0571-8765432 这个别填 是市里的'], {})).toEqual([]);
  });
  it('「签发是1月20号 上网是1月28号 落款用哪一天」 stores no date', async () => {
    expect(await changed(['签发是1月20号 上网是1月28号 落款用哪一天'], {})).toEqual([]);
  });
  it('「这两个数里 处罚写错了」 stores no 2', async () => {
    expect((await changed(['许可56件 处罚9件', '这两个数里 处罚写错了 应该是11'], {})).filter((x) => x.endsWith('→ 2'))).toEqual([]);
  });
});

// From batch du (du064), in other words.
describe('a fill-zero whose applicant is 它, named in the clause before', () => {
  it('「律所那2件都公开了 所以它在不予公开和无法提供那几行都是0」 zeroes only 法律服务机构 there', async () => {
    const c = await changed(['律所那2件都公开了 所以它在不予公开和无法提供那几行都是0'], { 't3.new.legal': 2, 't3.r1.legal': 2 });
    expect(c.length).toBe(11);
    expect(c.every((x) => /^t3\.r[34]_\d\.legal/.test(x))).toBe(true);
  });
});
