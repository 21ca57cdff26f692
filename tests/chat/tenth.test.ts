// Classes seen in the tenth session's batches and DEV sessions (eb020, eb026), in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a part moved out of a count said without 件 before 里, or with 「同一批」 beside it (eb020, eb026)', () => {
  it('「不掌握80里有5件其实是另行制作」 moves 5', async () => {
    expect(await one(['依申请 个人120件', '个人 公开60 不掌握80 另行制作4', '个人不掌握80里有5件其实是另行制作'], {
      't3.new.natural': 120, 't3.r1.natural': 60, 't3.r4_1.natural': 75, 't3.r4_2.natural': 9,
    })).toEqual([]);
  });
  it('「同一件事」 is no figure of the move either (review)', async () => {
    expect(await one(['依申请 村民30件', '村民 公开20 不掌握8 重复申请2', '不掌握的8件里有3件是重复申请 同一件事'], {
      't3.new.natural': 30, 't3.r1.natural': 20, 't3.r4_1.natural': 5, 't3.r5_2.natural': 5,
    })).toEqual([]);
  });
  it('「同一个村的人 …」: 同一 is no figure of the move', async () => {
    expect(await one(['依申请 村民30件', '村民 公开20 不掌握8 重复申请2', '不掌握的8件里有3件是重复申请 同一批村民来的'], {
      't3.new.natural': 30, 't3.r1.natural': 20, 't3.r4_1.natural': 5, 't3.r5_2.natural': 5,
    })).toEqual([]);
  });
});

describe('given with a part hidden is 部分公开; a count right after 第三方 is its row (eb020)', () => {
  it('「2件把身份证号涂掉后提供了」 is 部分公开', async () => {
    expect(await one(['依申请 个人6件 公开4件 2件把别人的身份证号涂掉后提供了'], { 't3.new.natural': 6, 't3.r1.natural': 4, 't3.r2.natural': 2 })).toEqual([]);
  });
  it('「企业 公开9 第三方3」 fills 保护第三方合法权益', async () => {
    expect(await one(['依申请 企业12件', '企业 公开9 第三方3'], { 't3.new.commercial': 12, 't3.r1.commercial': 9, 't3.r3_4.commercial': 3 })).toEqual([]);
  });
  it('still: third parties consulted — 「征求了第三方3件 都同意公开了」 — fill no 第三方 row (review)', async () => {
    for (const turns of [['依申请 个人10件', '征求了第三方3件 都同意公开了'], ['依申请 企业5件', '企业5件里 书面征求了第三方2件 都同意了 全部公开']]) {
      const o = await after(turns);
      expect(o.collateral.join(), turns[1]).not.toContain('r3_4');
    }
  });
  it('still: 「屏蔽了 不再给他」「删除后不再提供了」 are no 部分公开 (review)', async () => {
    for (const t of ['另外2件 屏蔽了 不再给他', '2件网上的删除后不再提供了']) {
      const o = await after(['依申请 个人6件 公开4件', t]);
      expect(o.collateral.join(), t).not.toContain('t3.r2');
    }
  });
});

describe('a figure the clerk says will come later is asked, not stored (eb026)', () => {
  it('「企业剩下的8件明天再报」 stores nothing', async () => {
    expect(await one(['依申请新收 个人50件 企业20件', '予以公开 个人30 企业12', '企业剩下的8件明天再报'], {
      't3.new.natural': 50, 't3.new.commercial': 20, 't3.r1.natural': 30, 't3.r1.commercial': 12,
    })).toEqual([]);
  });
  it('a 「好的」 after it, or the words before the figure, never put the 8 over the 12 (review)', async () => {
    for (const last of [['企业剩下的8件明天再报', '好的'], ['企业剩下的8件下周再报'], ['明天再报企业剩下的8件']]) {
      const o = await after(['依申请新收 个人50件 企业20件', '予以公开 个人30 企业12', ...last]);
      expect(o.collateral.join(), last.join(' / ')).not.toContain('t3.r1.commercial: undefined → 8');
    }
  });
  it('the question about it invites no 「是」 that could not take effect: the 12 is said to stay (hand run)', async () => {
    const o = await after(['依申请新收 个人50件 企业20件', '予以公开 个人30 企业12', '企业剩下的8件明天再报']);
    expect(o.reply).not.toContain('请回复「是」');
    expect(o.reply).toContain('仍是草稿中的12');
  });
  it('still: 「上午给的30不对」 is a figure given before: 「公开是32」 corrects it (review)', async () => {
    expect(await one(['依申请 个人50件 公开30件', '公开是32 上午给的30不对'], { 't3.new.natural': 50, 't3.r1.natural': 32 })).toEqual([]);
  });
  it('still: 「复议那件结果还没出来」 is pending, and 「企业那件还没弄完 转明年」 carried to next year', async () => {
    expect(await one(['复议的那件结果还没出来', '对 就这1件'], { 't4.review.pending': 1 })).toEqual([]);
    expect(await one(['依申请 企业1件', '企业那件还没弄完 转明年'], { 't3.new.commercial': 1, 't3.next.commercial': 1 })).toEqual([]);
  });
});

describe('one more applicant told as a story after the counts (di051)', () => {
  it('「另外还有一家物流公司 也要过运输许可 给了 这件不在那6件里」 adds the company\'s application and its result', async () => {
    expect(await one(['依申请 个人6件 公开4件 不掌握2件', '另外还有一家物流公司 也要过运输许可 给了 这件不在那6件里'], {
      't3.new.natural': 6, 't3.r1.natural': 4, 't3.r4_1.natural': 2, 't3.new.commercial': 1, 't3.r1.commercial': 1,
    })).toEqual([]);
  });
  it('still: 「有个居民要低保名单 他邻居也要了 给了」 is two people, not one story (review)', async () => {
    const o = await after(['有个居民要低保名单 他邻居也要了 给了']);
    expect(o.collateral.join()).not.toContain('t3.new.natural: undefined → 1');
  });
});

describe('a figure said to be another count\'s is the value corrected (eh086, eh095)', () => {
  it('「许可那个130是受理数 办结的是118」 corrects 许可 to 118', async () => {
    expect(await one(['行政许可130件 行政处罚12件', '许可那个130是受理数 办结的是118'], { 't2.license.decisions': 118, 't2.penalty.decisions': 12 })).toEqual([]);
  });
  it('「有效的说错了 应该是31件 33是废止前的数」 changes 现行有效 only', async () => {
    expect(await one(['规范性文件 制发3件 废止2件 现行有效33件', '有效的说错了 应该是31件 33是废止前的数'], {
      't2.normative.issued': 3, 't2.normative.repealed': 2, 't2.normative.valid': 31,
    })).toEqual([]);
  });
  it('still: 「一件是要我们把几年的数据汇总」 tells a case', async () => {
    expect(await one(['律所那边递了2件申请', '一件公开', '一件是要我们把几年的数据汇总统计 没现成的'], { 't3.new.legal': 2, 't3.r1.legal': 1, 't3.r4_2.legal': 1 })).toEqual([]);
  });
  it('still: 「120是总数 对的」 after the total was given changes nothing', async () => {
    const o = await after(['120是总数 对的'], { 'fact:published_total': 120, 'fact:published_website': 80 });
    expect(o.collateral).toEqual([]);
    expect(o.wrong).toEqual([]);
  });
});

describe('表四 told as stories: appeals, the row said in plain words, the court enforcing (en005, el022, el027, en089, en073)', () => {
  it('「一审判我们败诉 我们上诉了 二审改判驳回原告诉讼请求」 is the last instance\'s 维持', async () => {
    expect(await one(['复议后起诉的那1件 一审判我们败诉 撤销了答复 我们上诉了 二审改判 驳回原告诉讼请求'], { 't4.after.upheld': 1 })).toEqual([]);
  });
  it('still: 「一审驳回了原告诉讼请求 原告没上诉」 is 维持', async () => {
    expect(await one(['直接起诉1件 一审驳回了原告诉讼请求 原告没上诉'], { 't4.direct.upheld': 1 })).toEqual([]);
  });
  it('「还在审的那件是先复议了再起诉的」 moves it to 复议后起诉; 「诉讼那5件里维持的1件是复议后起诉的」 by the row\'s total', async () => {
    expect(await one(['行政诉讼 直接起诉的4件 3件维持 1件还在审', '还在审的那件是先复议了再起诉的 不是直接起诉'], { 't4.direct.upheld': 3, 't4.after.pending': 1 })).toEqual([]);
    expect(await one(['直接起诉5件 维持4 纠正1', '更正 诉讼那5件里纠正的那件是复议后起诉的'], { 't4.direct.upheld': 4, 't4.after.corrected': 1 })).toEqual([]);
  });
  it('「其中7件后来申请了法院强制执行」 is no 行政强制; 「…不是信息处理费」 is no 信息处理费', async () => {
    const a = await after(['全年作出行政处罚决定40件 其中7件后来申请了法院强制执行']);
    expect(a.collateral.join()).not.toContain('coercion');
    const b = await after(['行政事业性收费是档案复印工本费 不是信息处理费 全年合计六千元']);
    expect(b.collateral.join()).not.toMatch(/fee\.(?:charged|amountYuan)/);
  });
  it('a date in a move\'s words is no figure of it: 「那件12月底裁定驳回起诉了 算其他结果」', async () => {
    const o = await after(['直接起诉3件 维持2 未审结1', '未审结那件 法院12月底裁定驳回起诉了 算其他结果']);
    expect(o.collateral).toContain('t4.direct.other: undefined → 1');
  });
});

describe('an applicant\'s count before a colon heads the results after it (eo003, eo007, eo017)', () => {
  it('「村民86件办理情况：公开50 不掌握30 信访类6」 and 「企业12：公开10 不掌握2」 fill the results of their own columns', async () => {
    expect(await one(['依申请 村民86件 企业12件', '村民86件办理情况：公开50 不掌握30 信访类6；企业12：公开10 不掌握2'], {
      't3.new.natural': 86, 't3.new.commercial': 12, 't3.r1.natural': 50, 't3.r4_1.natural': 30, 't3.r5_1.natural': 6, 't3.r1.commercial': 10, 't3.r4_1.commercial': 2,
    })).toEqual([]);
  });
  it('「个人那70件（含上年结转3件）：公开40…」: the count with last year\'s is no new intake', async () => {
    expect(await one(['依申请 个人新收67件 上年结转3件', '个人那70件（含上年结转3件）：公开40 部分公开10 不掌握20'], {
      't3.new.natural': 67, 't3.carried.natural': 3, 't3.r1.natural': 40, 't3.r2.natural': 10, 't3.r4_1.natural': 20,
    })).toEqual([]);
  });
});

describe('review (tenth session, second): headings, 第三方, 「N是…的数」, deferrals and appeals in the reviewer\'s words', () => {
  it('two applicants\' colon lists parted by a space each fill their own column', async () => {
    expect(await one(['依申请 个人30件 企业5件', '个人30件：公开25 不掌握5 企业5件：公开5'], {
      't3.new.natural': 30, 't3.new.commercial': 5, 't3.r1.natural': 25, 't3.r4_1.natural': 5, 't3.r1.commercial': 5,
    })).toEqual([]);
  });
  it('「个人30件：网上申请20 当面10」 is no list of results: the intake stays 30', async () => {
    const o = await after(['个人30件：网上申请20 当面10'], { 't3.new.natural': 30, 't3.new.commercial': 12 });
    expect(o.wrong).toEqual([]);
  });
  it('「个人那124件（含上年结转4件）：…」 in a fresh draft never stores 124 as this year\'s intake', async () => {
    const o = await after(['个人那124件（含上年结转4件）：公开100 不掌握24']);
    expect(o.collateral.join()).not.toContain('t3.new.natural: undefined → 124');
  });
  it('「企业 第三方3件 公开了9件」 fills 第三方 and 公开, the intake untouched', async () => {
    expect(await one(['依申请 企业12件', '企业 第三方3件 公开了9件'], { 't3.new.commercial': 12, 't3.r3_4.commercial': 3, 't3.r1.commercial': 9 })).toEqual([]);
  });
  it('「80是网站发布的数」 states the figure of its place', async () => {
    expect(await one(['主动公开政府信息120条', '80是网站发布的数 其余是公报'], { 'fact:published_total': 120, 'fact:published_website': 80 })).toEqual([]);
  });
  it('「企业公开的8件明天报」 without 再 is asked, not stored', async () => {
    const o = await after(['依申请新收 个人50件 企业20件', '予以公开 个人30', '企业公开的8件明天报']);
    expect(o.collateral.join()).not.toContain('t3.r1.commercial');
  });
  it('a first-instance judgment not appealed is final: 「一审判我们败诉 我们没有上诉」 is 纠正', async () => {
    expect(await one(['直接起诉1件 一审判我们败诉 我们没有上诉'], { 't4.direct.corrected': 1 })).toEqual([]);
  });
  it('two cases in one message: 「一件一审驳回诉讼请求 另一件一审败诉 我们上诉了 二审还没判」', async () => {
    expect(await one(['直接起诉2件 一件一审驳回诉讼请求 另一件一审败诉 我们上诉了 二审还没判'], { 't4.direct.upheld': 1, 't4.direct.pending': 1 })).toEqual([]);
  });
  it('「申请了法院强制执行」 invites no overwrite of the 表三 intake', async () => {
    const o = await after(['行政处罚40件 其中7件后来申请了法院强制执行'], { 't3.new.natural': 10 });
    expect(o.reply).not.toContain('改为7');
  });
});

describe('results of cases told after others are added, never put over them (eo018, eo051, eo071)', () => {
  it('「上年结转：个人4 个人那4件都按信访举报处理了」 after this year\'s 信访 30 makes 34', async () => {
    expect(await one(['依申请 个人新收50件', '个人 公开20 信访举报30', '上年结转：个人4 个人那4件都按信访举报处理了'], {
      't3.new.natural': 50, 't3.r1.natural': 20, 't3.r5_1.natural': 34, 't3.carried.natural': 4,
    })).toEqual([]);
  });
  it('「还有个人1件 …已经给过他的…」 never puts its 1 over a held count (公开 12, 不掌握 3)', async () => {
    const o = await after(['依申请 个人15件', '个人 公开12 不掌握3', '还有个人1件 要的是我们前年已经给过他的那份证明 让我们再盖章出一份 我们按不予处理答复了']);
    expect(o.collateral).toContain('t3.r1.natural: undefined → 12');
    expect(o.collateral).toContain('t3.r4_1.natural: undefined → 3');
  });
});
