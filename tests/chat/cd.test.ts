// Classes fixed after the probe batches cd and ce (2026-12-07, third session), each said in other words than the probes'.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('「这/那N件」 points at applications already held', () => {
  it('「律所这5件 都部分公开」 after 新收3件、结转2件 gives 部分公开 5, never 上年结转 5', async () => {
    expect(await one(['今年律所新申请3件 去年结转律所2件', '律所这5件 都部分公开'], { 't3.new.legal': 3, 't3.carried.legal': 2, 't3.r2.legal': 5 })).toEqual([]);
  });
  it('a pointed count the draft holds nowhere is asked, never stored as the intake', async () => {
    expect(await one(['今年律所新申请3件 去年结转律所2件', '律所那7件 都部分公开'], { 't3.new.legal': 3, 't3.carried.legal': 2 }, ['t3.carried.legal'])).toEqual([]);
  });
  it('「全年企业就这两件」 still states the count', async () => {
    expect(await one(['收到企业申请2件 全年企业就这两件'], { 't3.new.commercial': 2 })).toEqual([]);
  });
});

describe('「其实是来反映问题的」 describes a case; it corrects no value', () => {
  it('the 予以公开 given a turn before stays; the complaint is 信访举报投诉类', async () => {
    expect(await one(['个人申请8件', '个人那8件 公开了6件', '还有一件其实是来告状的'], { 't3.new.natural': 8, 't3.r1.natural': 6, 't3.r5_1.natural': 1 })).toEqual([]);
  });
  it('「一件…其实是来反映问题的」 after a result never overwrites that result with 1 (had set 予以公开 4 → 1)', async () => {
    const turns = ['我是城关镇党政办的 依申请那块我慢慢说', '今年群众来申请的 6件', '还有个建筑公司来过一次 算1件', '群众那6件 公开了4件', '另外两件 一件是问他家补贴咋没发 其实是来反映问题的 一件叫他补材料 他一直没补'];
    const [f] = await one(turns, { 't3.r1.natural': 4 });
    expect(f?.wrong ?? []).toEqual([]);
  });
});

describe('corrections whose reason holds figures of its own', () => {
  it('「应为5.06万元 中间漏了一个0」 corrects 5.6 to 5.06 (the 一个 and the 0 are the slip\'s words)', async () => {
    expect(await one(['行政事业性收费5.6万元', '应为5.06万元 中间漏了一个0'], { 't2.fee.amount': 5.06 })).toEqual([]);
  });
  it('「应该是2008条 少看了个0」 corrects 208 (a zero inside the figure, not ×10)', async () => {
    expect(await one(['网站发布208条', '应该是2008条 少看了个0'], { 'fact:published_website': 2008 })).toEqual([]);
  });
  it('「不是450 系统里是405」 is a correction of the 450 given', async () => {
    expect(await one(['参训人次450 培训6次', '不是450 系统里是405'], { 'fact:trainees': 405, 'fact:trainings': 6 })).toEqual([]);
  });
});

describe('a pasted chat\'s speaker labels', () => {
  it('「张科长：人次那个改成86」 corrects as if typed without the label', async () => {
    expect(await one(['张科长：培训4场 68人次', '张科长：人次那个改成86 刚才打反了'], { 'fact:trainings': 4, 'fact:trainees': 86 })).toEqual([]);
  });
  it('labels that name something stay words of the message (「以此为准：」「联系方式：」)', async () => {
    expect(await one(['以此为准：网站110条'], { 'fact:published_website': 110 })).toEqual([]);
    expect(await one(['联系方式：综合科 0731-84561234'], { 'meta.contact.phone': '0731-84561234' })).toEqual([]);
  });
});

describe('words that hold a figure or a 应', () => {
  it('「二十三万一」 is a figure, not 万一 (「if」): the correction is applied, not asked as a supposition', async () => {
    expect(await one(['行政事业性收费十九万六', '收费那个改成二十三万一 我看错了'], { 't2.fee.amount': 23.1 })).toEqual([]);
  });
  it('「回应写成5了 应该是7」: 回应\'s 应 is no 应该 before 写成', async () => {
    expect(await one(['回应关切5次 解读11篇', '回应写成5了 应该是7'], { 'fact:responses': 7, 'fact:interpretations': 11 })).toEqual([]);
  });
});

describe('a number said in one unit is no count of a fact kept in another', () => {
  it('「人次88 督查2次 公开栏今年没贴」 never puts 88 on 公开栏; the denial still zeroes it', async () => {
    const [f] = await one(['人次88 督查2次 公开栏今年没贴'], { 'fact:inspections': 2, 'fact:published_board': 0 });
    expect(f?.wrong ?? []).toEqual([]);
    expect((f?.collateral ?? []).filter((c) => c.includes('88'))).toEqual([]);
  });
});

describe('lines the clerk says are last year\'s', () => {
  it('「上面是去年表里的 别填」 after pasted rows: asked, never stored', async () => {
    expect(await one(['行政许可\t2310\n行政处罚\t86\n上面是去年表里的 别填'], {}, ['t2.license.decisions', 't2.penalty.decisions'])).toEqual([]);
  });
  it('「去年报告里这么写的：全年…公开信息512条」: the figure after the colon is last year\'s', async () => {
    expect(await one(['去年报告里这么写的：全年通过政务新媒体发布信息512条。\n今年的还没统计'], {}, ['fact:published_newmedia'])).toEqual([]);
  });
  it('a denial inside last year\'s pasted paragraph (「无结转下年度…」) changes nothing this year', async () => {
    const [f] = await one(['下面是去年年报的一段 别填：\n2023年，共收到申请5件，均予以公开。无结转下年度继续办理的申请。'], {});
    expect(f?.collateral ?? []).toEqual([]);
  });
  it('this year\'s lines after the paste are read as usual', async () => {
    expect(await one(['下面是去年的：\n行政处罚\t86\n今年：行政处罚91件'], { 't2.penalty.decisions': 91 })).toEqual([]);
  });
});

describe('review of this session\'s chat changes', () => {
  it('「办理群众反映问题的信件20件」 is no 信访类 application count', async () => {
    const [f] = await one(['办理群众反映问题的信件20件'], {});
    expect(f?.collateral ?? []).toEqual([]);
  });
  it('a zero inside a figure corrects only a value of the same unit (「应该是102人次 中间漏了个0」 leaves 网站 12)', async () => {
    const [f] = await one(['网站发布12条 培训3次 参训150人次', '应该是102人次 中间漏了个0'], { 'fact:published_website': 12 });
    expect(f?.wrong ?? []).toEqual([]);
    const [g] = await one(['行政事业性收费38万元 网站发布120条', '应为308条 少看了个0'], { 't2.fee.amount': 38 });
    expect(g?.wrong ?? []).toEqual([]);
  });
  it('a decision after a pointed count that was asked about waits, in the next sentence too', async () => {
    const [f] = await one(['律所申请3件 去年结转律所2件', '律所那7件。都部分公开了。'], { 't3.new.legal': 3, 't3.carried.legal': 2 });
    expect(f?.collateral ?? []).toEqual([]);
  });
  it('「不对 企业那4件 其实是6件」 still corrects 4 to 6; 「律所那7件 还没办完。都公开了」 of a column holding nothing is asked', async () => {
    expect(await one(['企业申请4件', '不对 企业那4件 其实是6件'], { 't3.new.commercial': 6 })).toEqual([]);
    const [f] = await one(['自然人申请4件', '律所那7件 还没办完。都公开了'], { 't3.new.natural': 4 });
    expect(f?.collateral ?? []).toEqual([]);
  });
  it('the question names the column said (「法律服务机构申请改为7件」), never 企业 for every column', async () => {
    const { after } = await import('./failures.js');
    const o = await after(['律所申请3件 去年结转律所2件', '律所那7件 都部分公开']);
    expect(o.reply).toContain('法律服务机构申请改为7件');
  });
  it('「不是5件 其中企业是2件」 is no correction of 自然人 to a figure never said', async () => {
    const [f] = await one(['收到自然人申请5件', '不是5件 其中企业是2件'], { 't3.new.natural': 5 });
    expect(f?.wrong ?? []).toEqual([]);
  });
  it('「高新区：」「小计：」 labels are the clerk\'s words, not a speaker\'s name', async () => {
    const { withoutSpeakers } = await import('../../server/chat/pasted.js');
    expect(withoutSpeakers('高新区：网站120条')).toBe('高新区：网站120条');
    expect(withoutSpeakers('小计：30条')).toBe('小计：30条');
    expect(withoutSpeakers('王敏：网站120条')).toBe('网站120条');
  });
});

describe('a table pasted with one column per year', () => {
  it('each row keeps the report year\'s figure (had stored the first column, last year\'s)', async () => {
    expect(await one(['按今年的填\n项目  2023  2024\n政策解读（篇）  12  15\n行政许可（件）  880  912'], { 'fact:interpretations': 15, 't2.license.decisions': 912 })).toEqual([]);
  });
  it('without the report year\'s column nothing is stored', async () => {
    const [f] = await one(['项目\t2022年\t2023年\n政策解读（篇）\t12\t15'], {});
    expect(f?.collateral ?? []).toEqual([]);
  });
  it('a sentence with two years is no table header: 「2023年…三十件 2024年…三十四件」 never stores last year\'s 30', async () => {
    const [f] = await one(['2023年处罚决定三十件 2024年是三十四件'], { 't2.penalty.decisions': 34 });
    expect(f?.wrong ?? []).toEqual([]);
  });
});

describe('a count corrected because cases were left out, with what became of them', () => {
  it('「哦 企业是五件 漏了一件 漏的那件也公开了」: 企业 4 → 5, 予以公开 3 → 4', async () => {
    expect(await one(['企业申请4件', '企业的 三件公开 一件不掌握', '哦 企业是五件 漏了一件 漏的那件也公开了'], { 't3.new.commercial': 5, 't3.r1.commercial': 4, 't3.r4_1.commercial': 1 })).toEqual([]);
  });
  it('「说少了 是6件 多出来的那件还没办完 转明年」: the case left out waits for next year', async () => {
    expect(await one(['律所申请5件', '律所的5件都部分公开', '律所说少了 是6件 多出来的那件还没办完 转明年'], { 't3.new.legal': 6, 't3.r2.legal': 5, 't3.next.legal': 1 })).toEqual([]);
  });
  it('results that do not account for every application before take nothing (asked), never 0 + 1', async () => {
    const [f] = await one(['企业申请4件', '企业的 一件不掌握', '哦 企业是五件 漏了一件 漏的那件也公开了'], { 't3.new.commercial': 5, 't3.r4_1.commercial': 1 });
    expect(f?.wrong ?? []).toEqual([]);
    expect((f?.collateral ?? []).filter((c) => c.startsWith('t3.r1'))).toEqual([]);
  });
  it('numbers that do not agree with the draft change nothing here (「企业是九件 漏了一件」 when 企业 holds 4)', async () => {
    const [f] = await one(['企业申请4件', '哦 企业是九件 漏了一件 漏的那件也公开了'], { 't3.new.commercial': 4 });
    expect((f?.wrong ?? []).filter((w) => w.startsWith('t3.r1'))).toEqual([]);
  });
});

describe('a period said after a later count is that count\'s', () => {
  it('「许可30件里有8件是上半年的 剩下22件下半年」 leaves 许可 30 (had stored 52 = 30 as 上半年 + 22)', async () => {
    const [f] = await one(['许可30件 处罚5件', '许可30件里有8件是上半年的 剩下22件下半年'], { 't2.license.decisions': 30, 't2.penalty.decisions': 5 });
    expect(f?.wrong ?? []).toEqual([]);
    expect(f?.collateral ?? []).toEqual([]);
  });
  it('a period said before its count still makes it a part (「上半年许可20件」 is asked)', async () => {
    expect(await one(['上半年许可20件'], {}, ['t2.license.decisions'])).toEqual([]);
  });
});

describe('a denial\'s scope (batches ch/ci)', () => {
  it('「公示栏今年没贴过 网站照常发」: the site goes on as usual — only 公开栏 is 0', async () => {
    const [f] = await one(['公示栏今年没贴过 网站照常发'], { 'fact:published_board': 0 });
    expect(f?.collateral ?? []).toEqual([]);
  });
  it('「没按时更新」 is a lapse, not a denial (「有个干部公开栏没按时更新 被追责1起」 leaves 公开栏 alone)', async () => {
    expect(await one(['有个干部公开栏没按时更新 被追责1起'], { 'fact:accountability': 1 })).toEqual([]);
  });
});

describe('moving a part with 挪…给 / 记到', () => {
  it('「部分公开的三件 挪一件给予以公开」 moves one', async () => {
    expect(await one(['个人申请6件 公开3件 部分公开3件', '部分公开的三件 挪一件给予以公开'], { 't3.new.natural': 6, 't3.r1.natural': 4, 't3.r2.natural': 2 })).toEqual([]);
  });
});

describe('review of the later changes', () => {
  it('「处罚是8件 漏了一件 漏的那件也公开了」 names no applicant: 表三 stays', async () => {
    const [f] = await one(['个人申请7件 都公开了', '处罚是8件 漏了一件 漏的那件也公开了'], { 't3.new.natural': 7, 't3.r1.natural': 7 });
    expect((f?.wrong ?? []).filter((w) => w.startsWith('t3'))).toEqual([]);
  });
  it('「漏的那件还没有公开」 is no 予以公开; the count is corrected and the result asked', async () => {
    const [f] = await one(['律所申请3件 都公开了', '律所是4件 漏了一件 漏的那件还没有公开'], { 't3.new.legal': 4, 't3.r1.legal': 3 });
    expect(f?.wrong ?? []).toEqual([]);
  });
  it('the rest of the message after the case left out is still read (「…另外企业申请3件」)', async () => {
    const [f] = await one(['个人申请7件 都公开了', '哦 个人是八件 漏了一件 漏的那件也公开了 另外企业申请3件'], { 't3.new.natural': 8, 't3.new.commercial': 3 });
    expect((f?.missed ?? []).filter((m) => m === 't3.new.commercial')).toEqual([]);
  });
  it('「次数没错 人次应该是一百九」 after 「培训那块两个数」 corrects 参训人次, never the 次数 said to be right', async () => {
    const [f] = await one(['培训4次 参训160人次', '培训那块两个数', '次数没错 人次应该是一百九'], { 'fact:trainings': 4, 'fact:trainees': 190 });
    expect(f?.wrong ?? []).toEqual([]);
  });
  it('「处罚数没变 还是正常的 34件」 is one statement (stores 34); 「这是去年的一半」 marks no line as last year\'s', async () => {
    expect(await one(['处罚数没变 还是正常的 34件'], { 't2.penalty.decisions': 34 })).toEqual([]);
    expect(await one(['处罚比去年少\n这是去年的一半 今年处罚12件\n许可30件'], { 't2.penalty.decisions': 12, 't2.license.decisions': 30 })).toEqual([]);
  });
  it('「解读15篇有3篇是去年发的」: the 15 stays last year\'s (offered), not this year\'s', async () => {
    const [f] = await one(['解读15篇有3篇是去年发的'], {}, ['fact:interpretations']);
    expect(f?.collateral ?? []).toEqual([]);
  });
});

describe('a move said in the middle of three parts', () => {
  it('「直接起诉维持那3件 挪一件给其他结果 那件是撤诉的」 moves one to 其他结果', async () => {
    expect(await one(['直接起诉的 维持3件', '复议的 维持2件', '直接起诉维持那3件 挪一件给其他结果 那件是撤诉的'], { 't4.direct.upheld': 2, 't4.direct.other': 1, 't4.review.upheld': 2 })).toEqual([]);
  });
});

describe('what an applicant asked about is no count of 表二', () => {
  it('「一份问他家建房审批的 公开了」: the 审批 asked about is no 行政许可 count', async () => {
    const [f] = await one(['有个村民交了两份申请', '一份问他家建房审批的 公开了'], {});
    expect((f?.collateral ?? []).filter((c) => c.startsWith('t2.'))).toEqual([]);
  });
});

describe('found by hand over HTTP (a county 交通运输局 draft)', () => {
  it('「复议2件 纠正 诉讼没有」: the result said alone is the count\'s; the denial is the lawsuits\'', async () => {
    const [f] = await one(['复议2件 纠正 诉讼没有'], { 't4.review.corrected': 2 });
    expect(f?.missed ?? []).toEqual([]);
    expect(f?.wrong ?? []).toEqual([]);
  });
});

describe('a pinyin IME\'s homophones of the report\'s words', () => {
  it('「起业申请4件 于以公开3件 不分公开1件」 reads as 企业/予以公开/部分公开', async () => {
    expect(await one(['起业申请4件 于以公开3件 不分公开1件'], { 't3.new.commercial': 4, 't3.r1.commercial': 3, 't3.r2.commercial': 1 })).toEqual([]);
  });
  it('「复意2件 都为持了」 is 复议 维持; 「为持续推进」「为持有人」 stay ordinary words', async () => {
    expect(await one(['复意2件 都为持了'], { 't4.review.upheld': 2 })).toEqual([]);
    const { normalise } = await import('../../server/chat/tokens.js');
    expect(normalise('为持续推进公开工作')).toBe('为持续推进公开工作');
    expect(normalise('为持有人提供服务')).toBe('为持有人提供服务');
  });
});

describe('cases moved to another applicant take their other cell along', () => {
  it('「公司那6件里有一件其实是律所申请的」 when 公司 6 all 公开: applications and result both move', async () => {
    expect(await one(['公司申请6件 都公开了', '公司那6件里有一件其实是律所申请的'], { 't3.new.commercial': 5, 't3.r1.commercial': 5, 't3.new.legal': 1, 't3.r1.legal': 1 })).toEqual([]);
  });
  it('a result moved to another applicant moves its application too (only this year\'s held)', async () => {
    expect(await one(['律所申请6件', '律所那6件 公开4件 部分公开2件', '律所部分公开那2件里混了一件 是律师个人申请的 算个人'], { 't3.new.legal': 5, 't3.r1.legal': 4, 't3.r2.legal': 1, 't3.new.natural': 1, 't3.r2.natural': 1 })).toEqual([]);
  });
  it('after the move, 「这两件也公开了」 speaks of the applicant moved to', async () => {
    const [f] = await one(['个人申请八件 全公开了', '八件里面有两件是以公司名义递的 应该算企业', '这两件也公开了'], { 't3.new.natural': 6, 't3.r1.natural': 6, 't3.new.commercial': 2, 't3.r1.commercial': 2 });
    expect(f?.wrong ?? []).toEqual([]);
  });
  it('「里面有个人电话我们删掉了」: 个人 there is what was withheld, no applicant to move to', async () => {
    const [f] = await one(['协会申请2件 都给了', '协会那个有1个给的是部分 里面有个人电话我们删掉了'], { 't3.new.welfare': 2 });
    expect((f?.collateral ?? []).filter((c) => c.includes('natural'))).toEqual([]);
  });
});
