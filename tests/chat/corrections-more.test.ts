// Corrections seen in the sixth session's probe batch dh (dh059, dh077, dh085, dh088, dh110), said in other words.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('a held figure named by its old value', () => {
  it('「230改320」 with no unit or name: the one value of the chat that was 230', async () => {
    expect(await one(['网站公开信息230条', '解读回应 12篇', '230改320'], { 'fact:published_website': 320, 'fact:interpretations': 12 })).toEqual([]);
  });
});

describe('the phone number, by a run of its digits', () => {
  it('「号码里8812那几位应该是8821」: that run only', async () => {
    expect(await one(['联系电话 0546-7788123', '号码里8812那几位应该是8821'], { 'meta.contact.phone': '0546-7788213' })).toEqual([]);
  });
  it('「电话尾号23改成32」: the end', async () => {
    expect(await one(['电话 0546-7788123', '电话尾号23改成32'], { 'meta.contact.phone': '0546-7788132' })).toEqual([]);
  });
  it('「再带上分机号 转8015」: the extension appended', async () => {
    expect(await one(['电话 0546-7788123', '电话后面再带上分机 转8015'], { 'meta.contact.phone': '0546-7788123转8015' })).toEqual([]);
  });
  it('a run the phone does not hold is another figure\'s: 「网站150改成160」 leaves the phone', async () => {
    const o = await after(['电话 0546-7788123', '政府网站150条', '电话没错 网站150改成160']);
    expect(o.collateral).toContain('fact:published_website: undefined → 160');
    expect(o.collateral.filter((c) => c.startsWith('meta.contact.phone')).every((c) => c.endsWith('"0546-7788123"'))).toBe(true);
  });
});

describe('an applicant said wrong, with no count', () => {
  it('「刚才说错了 不是个人 是律师事务所」: every cell of 自然人 moves to 法律服务机构, emptied where it was', async () => {
    expect(await one(['依申请 个人2件', '1件公开 1件不掌握', '刚才说错了 不是个人 是律师事务所'], { 't3.new.legal': 2, 't3.r1.legal': 1, 't3.r4_1.legal': 1 })).toEqual([]);
  });
  it('not when the other applicant already has cases (asked or left, never merged)', async () => {
    const o = await after(['依申请 个人2件 律所1件', '都公开了', '不是个人 是律所']);
    expect(o.collateral.filter((c) => c.startsWith('t3.new.legal') && !c.endsWith('→ 1'))).toEqual([]);
  });
});

// A read-only review of this session's diff (2026-12-07, sixth session) found these; each said in other words.
describe('review: the phone is only corrected when the run is said to be the phone\'s', () => {
  it('「处罚34改成43 电话不用动」: the figure, not the phone\'s 34', async () => {
    const o = await after(['电话 0551-62343434', '行政处罚34件', '处罚34改成43 电话不用动']);
    expect(o.collateral).toContain('t2.penalty.decisions: undefined → 43');
    expect(o.collateral.filter((c) => c.startsWith('meta.contact.phone')).every((c) => c.endsWith('"0551-62343434"'))).toBe(true);
  });
  it('「电话换了 0551-62349999 分机号8」 stores the new number, not the old one with an extension', async () => {
    const o = await after(['电话 0551-62343434', '电话换了 0551-62349999']);
    expect(o.collateral.some((c) => c.startsWith('meta.contact.phone') && c.endsWith('"0551-62349999"'))).toBe(true);
  });
  it('「尾号55改成66」 when it does not end in 55: asked, the middle untouched', async () => {
    const o = await after(['电话 0551-62553434', '尾号55改成66']);
    expect(o.collateral.filter((c) => c.startsWith('meta.contact.phone')).every((c) => c.endsWith('"0551-62553434"'))).toBe(true);
  });
  it('an extension written with a hyphen is replaced, not doubled', async () => {
    expect(await one(['电话 0551-62343434-301', '分机号是302'], { 'meta.contact.phone': '0551-62343434转302' })).toEqual([]);
  });
});

describe('review: 「不是X 是Y」 moves an applicant only when it is said of the applications', () => {
  const start = '今年收到申请6件，全是个人申请的，都予以公开';
  it.each([['参会的不是群众 是企业'], ['这笔费用不是个人交的 是律所交的'], ['处罚的不是个人 是公司']])('「%s」 leaves 表三', async (t) => {
    const o = await after([start, t]);
    expect(o.collateral.filter((c) => c.startsWith('t3.') && !c.includes('natural'))).toEqual([]);
  });
  it('「其中有件不是个人的 是律所的」 is one of them: nothing moved', async () => {
    const o = await after([start, '其中有件不是个人的 是律所的']);
    expect(o.collateral.filter((c) => c.includes('legal'))).toEqual([]);
  });
  it('「不是个人隐私 是企业的商业秘密」 corrects a reason, not the applicant', async () => {
    const o = await after(['新收申请5件 个人5件，予以公开3件，不予公开2件', '不予公开的2件都是保护第三方合法权益', '不是个人隐私 是企业的商业秘密']);
    expect(o.collateral.filter((c) => c.includes('commercial'))).toEqual([]);
  });
});

describe('review: smaller readings', () => {
  it('「有3件没有公开申请人要的东西」 is no denial of applications', async () => {
    const o = await after(['新收申请7件 个人7件', '有3件没有公开申请人要的东西']);
    expect(o.collateral.filter((c) => c.startsWith('t3.new'))).toEqual(['t3.new.natural: undefined → 7']);
  });
  it('「结转下年度的没有，律所也没有」: 也 adds a denial, the row is denied in every column', async () => {
    const o = await after(['今年收到申请5件，个人4件，律所1件', '结转下年度的没有，律所也没有']);
    expect(o.collateral.filter((c) => c.startsWith('t3.next')).length).toBe(6);
  });
});

describe('a row said wrong, and applicants that 「来了」 (dl070, dl092, dl101)', () => {
  it('「抄串行了 那串数是规章的」 moves the last turn\'s row whole', async () => {
    expect(await one(['规范性文件 制发2 废止0 有效15', '抄串行了 那串数是规章的'], { 't2.rules.issued': 2, 't2.rules.repealed': 0, 't2.rules.valid': 15 })).toEqual([]);
  });
  it('「许可那一行是指审批吗？」 moves nothing', async () => {
    const o = await after(['处罚30件', '许可0件', '许可那一行是指审批吗？']);
    expect(o.collateral).toContain('t2.license.decisions: undefined → 0');
  });
  it('「基金会今年来了两件 都公开了」 is 2 applications', async () => {
    expect(await one(['基金会今年来了两件 都公开了'], { 't3.new.welfare': 2, 't3.r1.welfare': 2 })).toEqual([]);
  });
  it('「今年没什么人来申请 就两个」 denies nothing', async () => {
    expect((await after(['今年没什么人来申请 就两个'])).collateral.filter((c) => c.endsWith('→ 0'))).toEqual([]);
  });
});

// The second read-only review of this session (2026-12-07) found these; each in other words.
describe('review 2: restatements, figures of one fact said to be another\'s, periods', () => {
  it('「处罚漏了最后一周的9件 得加上 不然的话对不上」 adds the part (no condition)', async () => {
    expect(await one(['行政处罚120件', '处罚漏了最后一周的9件 得加上 不然的话对不上'], { 't2.penalty.decisions': 129 })).toEqual([]);
  });
  it('「那个60不是公开栏的 是网站的」 moves the figure (公开栏 emptied, never left with it)', async () => {
    const o = await after(['解读5篇 公开栏60期', '那个60不是公开栏的 是网站的']);
    expect(o.collateral).toContain('fact:published_website: undefined → 60');
    expect(o.collateral.filter((c) => c.startsWith('fact:published_board'))).toEqual([]);
  });
  it('「那2个不是个人的 是律所的」 of cases moves them, never counts them twice', async () => {
    expect(await one(['收到个人申请2件 企业申请1件', '那2个不是个人的 是律所的'], { 't3.new.legal': 2, 't3.new.commercial': 1 })).toEqual([]);
  });
  it('「截至目前共发布解读6篇」 is still a part of the year (asked)', async () => {
    const o = await after(['截至目前共发布解读6篇']);
    expect(o.collateral.filter((c) => c.startsWith('fact:interpretations'))).toEqual([]);
  });
  it('「今年安排2次培训」: 安排 is no ranking', async () => {
    expect(await one(['今年安排2次培训 公开栏发布25期'], { 'fact:trainings': 2, 'fact:published_board': 25 })).toEqual([]);
  });
});

describe('review 2: denials kept', () => {
  it('「今年没发过解读也没设专栏」 still denies both', async () => {
    expect(await one(['今年没发过解读也没设专栏'], { 'fact:interpretations': 0, 'fact:website_columns': 0 })).toEqual([]);
  });
  it('「为什么没有诉讼 因为今年确实没有诉讼」 (no ？) is a denial', async () => {
    const o = await after(['为什么没有诉讼 因为今年确实没有诉讼']);
    expect(o.collateral.filter((c) => c.startsWith('t4.direct') && c.endsWith('→ 0')).length).toBe(4);
  });
  it('「今年申请人都没有提起行政复议」「其他方面 今年没有行政诉讼」 are the year\'s', async () => {
    expect((await after(['今年申请人没有提起行政复议'])).collateral.filter((c) => c.startsWith('t4.review') && c.endsWith('→ 0')).length).toBe(4);
    expect((await after(['其他方面 今年没有行政诉讼'])).collateral.filter((c) => c.startsWith('t4.') && c.endsWith('→ 0')).length).toBe(8);
  });
  it('「没有单独的微博和公众号 信息都发公开栏 共40期」 keeps the 40', async () => {
    expect(await one(['没有单独的微博和公众号 信息都发公开栏 共40期'], { 'fact:published_board': 40 })).toEqual([]);
  });
  it('「收到律所申请3件」→「有一件是企业的」: asked, never a fourth case', async () => {
    const o = await after(['收到律所申请3件', '有一件是企业的']);
    expect(o.collateral.filter((c) => c.includes('commercial'))).toEqual([]);
  });
});

describe('late fixes (dh003, dl031, dl037, dl064, dm074), in other words', () => {
  it('「规范性文件今年没有新印发的 现行有效的还是12件」: 0 made, 12 in force', async () => {
    expect(await one(['规范性文件今年没有新印发的 现行有效的还是12件'], { 't2.normative.issued': 0, 't2.normative.valid': 12 })).toEqual([]);
  });
  it('「对复议决定不服 又去法院告了我们 还没判」 is 复议后起诉 pending', async () => {
    expect(await one(['有个村民对复议决定不服 又去法院告了我们 还没判'], { 't4.after.pending': 1 })).toEqual([]);
  });
  it('「去年报告这段你看一下：“全年主动公开信息300条”」 stores nothing', async () => {
    const o = await after(['去年报告这段你看一下：“全年主动公开政府信息300条，其中网站公开200条。”']);
    expect(o.collateral.filter((c) => c.startsWith('fact:'))).toEqual([]);
  });
  it('「电话后面那段错了 是6671234」 keeps the area code', async () => {
    expect(await one(['电话 0731-6617234', '电话后面那段错了 是6671234'], { 'meta.contact.phone': '0731-6671234' })).toEqual([]);
  });
});

describe('表四 counts reviews and lawsuits over information disclosure only (dl079)', () => {
  it('「许可里有3件后来被申请复议 撤销了」 is asked, never stored in 表四', async () => {
    const o = await after(['行政许可 860', '许可里有3件后来被申请复议 撤销了']);
    expect(o.collateral.filter((c) => c.startsWith('t4.'))).toEqual([]);
  });
  it('a pasted report naming 表二 and 表四 apart still fills 表四', async () => {
    expect(await one(['行政处罚45件。因政府信息公开被申请行政复议1件，结果维持。'], { 't2.penalty.decisions': 45, 't4.review.upheld': 1 })).toEqual([]);
  });
});
