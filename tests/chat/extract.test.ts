import { describe, expect, it } from 'vitest';
import { extract, type Pending } from '../../server/chat/extract.js';
import { toChineseNumeral } from '../../server/chat/numerals.js';
import { coreLabel } from '../../server/chat/vocab.js';
import { FACTS, tableDef, type FormatId } from '../../server/format/index.js';

const x = (text: string, format: FormatId = '2021', pending?: Pending[], cells?: Record<string, number | null>) =>
  extract(text, { format, pending, cells });

describe('extract: the brief’s sentences', () => {
  it('「主动公开信息61条」', () => {
    const r = x('主动公开信息61条');
    expect(r.facts).toEqual({ published_total: 61 });
    expect(r.questions).toEqual([]);
  });

  it('「收到自然人申请3件，其中予以公开2件、部分公开1件」', () => {
    const r = x('收到自然人申请3件，其中予以公开2件、部分公开1件');
    expect(r.cells).toEqual({ 't3.new.natural': 3, 't3.r1.natural': 2, 't3.r2.natural': 1 });
    expect(r.questions).toEqual([]);
  });

  it('「行政复议1起，结果维持」', () => {
    const r = x('行政复议1起，结果维持');
    expect(r.cells).toEqual({ 't4.review.upheld': 1 });
    expect(r.questions).toEqual([]);
  });

  it('「没有收取信息处理费」', () => {
    expect(x('没有收取信息处理费').fee).toEqual({ charged: false });
    expect(x('未收取信息处理费，未发出收费通知书').fee).toEqual({ charged: false, notices: 0 });
  });

  it('「今年公众号发了149条，开了两次培训，收到3件申请，两件公开一件部分公开」 asks for the applicant, then takes 「都是自然人」', () => {
    const r = x('今年公众号发了149条，开了两次培训，收到3件申请，两件公开一件部分公开');
    expect(r.facts).toEqual({ published_newmedia: 149, trainings: 2 });
    expect(r.cells).toEqual({});
    expect(r.pending.map((p) => [p.row, p.value])).toEqual([
      ['new', 3],
      ['r1', 2],
      ['r2', 1],
    ]);
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]).toMatch(/哪类申请人/);
    const r2 = x('都是自然人', '2021', r.pending);
    expect(r2.cells).toEqual({ 't3.new.natural': 3, 't3.r1.natural': 2, 't3.r2.natural': 1 });
    expect(r2.pending).toEqual([]);
    expect(r2.questions).toEqual([]);
  });

  it('a breakdown answers a waiting total: 「自然人2件、企业1件」 after 「收到申请3件」', () => {
    const r = x('收到申请3件');
    const r2 = x('自然人2件、企业1件', '2021', r.pending);
    expect(r2.cells).toEqual({ 't3.new.natural': 2, 't3.new.commercial': 1 });
    expect(r2.questions).toEqual([]);
    const bad = x('自然人2件', '2021', r.pending);
    expect(bad.questions.join()).toMatch(/共3件.*合计2件/);
  });
});

describe('extract: Chinese and Arabic quantities in context', () => {
  it.each([
    [0, '零'],
    [7, '七'],
    [12, '十二'],
    [20, '二十'],
    [105, '一百零五'],
    [1234, '一千二百三十四'],
    [9999, '九千九百九十九'],
  ])('%i as 「%s条」', (n, cn) => {
    expect(x(`主动公开信息${cn}条`).facts.published_total).toBe(n);
  });

  it('every numeral 0–9999 in a sentence (sampled every 7) reaches the fact', () => {
    for (let n = 0; n <= 9999; n += 7) expect(x(`主动公开信息${toChineseNumeral(n)}条`).facts.published_total, String(n)).toBe(n);
  });

  it('「十二件」「两次」', () => {
    expect(x('收到自然人申请十二件').cells['t3.new.natural']).toBe(12);
    expect(x('开展培训两次').facts.trainings).toBe(2);
  });

  it('ignores years, ordinals, phone numbers and list numbering', () => {
    const r = x('2023年我镇依据第二十条第（五）项，电话0435-1234567，1.属于国家秘密');
    expect(r.cells).toEqual({});
    expect(r.facts).toEqual({});
  });

  it('does not read numerals inside words (「三安全一稳定」「第三方」「四类过程性信息」)', () => {
    const r = x('因危及“三安全一稳定”不予公开1件，涉及第三方合法权益不予公开2件，属于四类过程性信息不予公开3件', '2021', undefined, undefined);
    // Each names its reason; the applicant column is unknown → asked, not guessed.
    expect(r.pending.map((p) => [p.row, p.value])).toEqual([
      ['r3_3', 1],
      ['r3_4', 2],
      ['r3_6', 3],
    ]);
    expect(r.cells).toEqual({});
  });
});

describe('extract: every fact of the closed vocabulary', () => {
  const numberFacts = FACTS.filter((f) => f.type === 'number');
  it.each(numberFacts.map((f) => [f.key, f.label, f.unit ?? '个']))('%s by its label 「%s」', (key, label, unit) => {
    const r = x(`${label}23${unit}`);
    expect(r.facts).toEqual({ [key]: 23 });
    expect(r.questions).toEqual([]);
  });

  it('the longer cue wins: 「培训50人次」 is trainees, 「培训2次」 is trainings', () => {
    expect(x('参训50人次').facts).toEqual({ trainees: 50 });
    expect(x('培训人次50人次').facts).toEqual({ trainees: 50 });
    expect(x('培训2次').facts).toEqual({ trainings: 2 });
  });

  it('list facts: problems and plans', () => {
    const r = x('存在的问题：一是公开内容不够全面；二是解读形式单一。改进措施：一是加强培训；二是丰富解读形式');
    expect(r.facts.problems).toEqual(['公开内容不够全面', '解读形式单一']);
    expect(r.facts.plans).toEqual(['加强培训', '丰富解读形式']);
  });
});

describe('extract: every 表三 row phrase', () => {
  for (const format of ['2021', '2019'] as const) {
    // 「3.其他」 alone is too vague to name a row: it is asked about (tested below).
    const rows = tableDef(format, 't3').blocks[0].rows.filter((r) => !r.group && !r.sumOf && coreLabel(r.label) !== '其他');
    it.each(rows.map((r) => [r.key, r.label]))(`${format}: %s by its label 「%s」 with 自然人`, (key, label) => {
      const r = x(`自然人申请中，${coreLabel(label)}4件`, format);
      // 「申请」 sets the context (本年新收) and 4件 lands in the labelled row, 自然人 column.
      expect(r.cells[`t3.${key}.natural`], JSON.stringify(r)).toBe(4);
    });
  }

  it.each([
    ['上年结转2件', 'carried'],
    ['结转下年度继续办理1件', 'next'],
    ['因本机关不掌握相关政府信息无法提供3件', 'r4_1'],
    ['没有现成信息需要另行制作的1件', 'r4_2'],
    ['属于重复申请不予处理2件', 'r5_2'],
    ['申请人逾期不补正不再处理1件', 'r6_1'],
    ['逾期未按收费通知要求缴纳费用1件', 'r6_2'],
  ])('「%s」 for 企业 → %s', (phrase, row) => {
    const r = x(`企业申请：${phrase}`);
    expect(r.cells[`t3.${row}.commercial`], JSON.stringify(r)).toBeDefined();
  });

  it('each applicant column by its label or a common word', () => {
    const words: [string, string][] = [
      ['自然人', 'natural'],
      ['个人', 'natural'],
      ['商业企业', 'commercial'],
      ['科研机构', 'research'],
      ['社会公益组织', 'welfare'],
      ['法律服务机构', 'legal'],
      ['律师事务所', 'legal'],
      ['其他组织', 'other'],
    ];
    for (const [w, col] of words) expect(x(`收到${w}申请5件`).cells, w).toEqual({ [`t3.new.${col}`]: 5 });
  });
});

describe('extract: 表四 phrases', () => {
  it.each([
    ['行政复议2起，其中维持1起、纠正1起', { 't4.review.upheld': 1, 't4.review.corrected': 1 }],
    ['行政复议1起，尚未审结', { 't4.review.pending': 1 }],
    ['未经复议直接起诉1起，结果维持', { 't4.direct.upheld': 1 }],
    ['复议后起诉1件，其他结果1件', { 't4.after.other': 1 }],
    ['复议后起诉的行政诉讼1起，被判决撤销', { 't4.after.corrected': 1 }],
  ])('「%s」', (phrase, cells) => {
    const r = x(phrase);
    expect(r.cells).toEqual(cells);
    expect(r.questions).toEqual([]);
  });

  it('「被提起行政诉讼2起」 asks which kind of lawsuit', () => {
    const r = x('被提起行政诉讼2起');
    expect(r.cells).toEqual({});
    expect(r.questions.join()).toMatch(/未经复议直接起诉.*复议后起诉/);
  });

  it('「行政复议1起」 without a result asks for it', () => {
    const r = x('行政复议1起');
    expect(r.cells).toEqual({});
    expect(r.questions.join()).toMatch(/结果/);
  });

  it('「行政复议2起，其中维持1起」 notices the missing one', () => {
    expect(x('行政复议2起，其中维持1起').questions.join()).toMatch(/共2起.*合计1起/);
  });
});

describe('extract: 表二', () => {
  it('「本年制发行政规范性文件3件，废止1件，现行有效12件」', () => {
    expect(x('本年制发行政规范性文件3件，废止1件，现行有效12件').cells).toEqual({
      't2.normative.issued': 3,
      't2.normative.repealed': 1,
      't2.normative.valid': 12,
    });
  });
  it('「行政许可一百零五件」「行政处罚12件」「行政强制0件」', () => {
    expect(x('行政许可一百零五件，行政处罚12件，行政强制0件').cells).toEqual({
      't2.license.decisions': 105,
      't2.penalty.decisions': 12,
      't2.coercion.decisions': 0,
    });
  });
  it('fees in 元 become 万元; six decimals are refused', () => {
    expect(x('行政事业性收费35000元').cells).toEqual({ 't2.fee.amount': 3.5 });
    expect(x('行政事业性收费1.25万元').cells).toEqual({ 't2.fee.amount': 1.25 });
    const r = x('行政事业性收费3.123456万元');
    expect(r.cells).toEqual({});
    expect(r.questions.join()).toMatch(/四位小数/);
  });
  it('2019: 本年增/减 may be negative', () => {
    expect(x('行政许可上一年项目12项，本年减少2项', '2019').cells).toEqual({
      't2.license.prev': 12,
      't2.license.delta': -2,
    });
  });
});

describe('extract: negations', () => {
  it('「全年未收到政府信息公开申请，也没有上年结转」 zeroes the intake rows and deduces the rest of 表三', () => {
    const r = x('全年未收到政府信息公开申请，也没有上年结转');
    expect(Object.values(r.cells).every((v) => v === 0)).toBe(true);
    expect(Object.keys(r.cells)).toHaveLength(12);
    expect(r.deduced['t3.r1.natural']).toBe(0);
    expect(r.deduced['t3.next.other']).toBe(0);
    expect(r.deduced['t3.r6_3.legal']).toBe(0);
  });
  it('「未发生行政复议和行政诉讼」 and 「行政复议、行政诉讼均为0」 zero all of 表四', () => {
    for (const s of ['未发生行政复议和行政诉讼', '行政复议、行政诉讼均为0']) {
      const r = x(s);
      expect(Object.keys(r.cells).filter((k) => k.startsWith('t4.')), s).toHaveLength(12);
      expect(Object.values(r.cells).every((v) => v === 0)).toBe(true);
    }
  });
  it('「没有开展培训」 → trainings 0; 「本机关无规章」 → the 规章 row 0', () => {
    expect(x('没有开展培训').facts).toEqual({ trainings: 0 });
    expect(x('本机关无规章').cells).toEqual({ 't2.rules.issued': 0, 't2.rules.repealed': 0, 't2.rules.valid': 0 });
  });
  it('a label that contains 「没有」 is not a negation', () => {
    const r = x('自然人申请中，没有现成信息需要另行制作1件');
    expect(r.cells).toEqual({ 't3.r4_2.natural': 1 });
  });
});

describe('extract: ambiguity is a question, never a guess', () => {
  it.each([
    ['处理了5件', /没有对应的格/],
    ['不予公开2件', /按理由分项/],
    ['法人申请1件', /商业企业、科研机构/],
    ['两件公开', /没有对应的格/], // no application context: 「公开」 alone is not 予以公开
    ['收到申请约30件', /约数/],
    ['收到自然人申请2.5件', /整数/],
    ['其他处理1件', /按理由分项/],
  ])('「%s」', (s, q) => {
    const r = x(s);
    expect(r.cells).toEqual({});
    expect(r.questions.join('\n')).toMatch(q);
  });

  it('results after a mixed breakdown ask for their column', () => {
    const r = x('收到申请5件，其中自然人3件、企业2件；予以公开4件，部分公开1件');
    expect(r.cells).toEqual({ 't3.new.natural': 3, 't3.new.commercial': 2 });
    expect(r.pending.map((p) => p.row)).toEqual(['r1', 'r2']);
  });

  it('results when only one column has applications are placed there (deduction, not a guess)', () => {
    const cells: Record<string, number> = {};
    for (const c of ['commercial', 'research', 'welfare', 'legal', 'other']) {
      cells[`t3.new.${c}`] = 0;
      cells[`t3.carried.${c}`] = 0;
    }
    cells['t3.new.natural'] = 3;
    cells['t3.carried.natural'] = 0;
    const r = x('予以公开3件', '2021', undefined, cells);
    expect(r.cells).toEqual({ 't3.r1.natural': 3 });
  });

  it('meta: agency, year and phone', () => {
    const r = x('我们是临江市桦树镇人民政府，报告年度2023，联系电话0435-1234567');
    expect(r.meta).toEqual({ agency: '临江市桦树镇人民政府', year: 2023, phone: '0435-1234567' });
    expect(r.cells).toEqual({});
    expect(r.questions).toEqual([]);
  });
});

describe('extract: pasted labels', () => {
  it('a label with 「、」 inside stays whole (表三（六）1)', () => {
    const r = x('自然人申请中，申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请1件');
    expect(r.cells).toEqual({ 't3.r6_1.natural': 1 });
  });
  it('「其他4件」 alone is asked about, not put in 「3.其他」', () => {
    const r = x('自然人申请中，其他4件');
    expect(r.cells).toEqual({});
    expect(r.questions.length).toBe(1);
  });
});

describe('extract: numbers it is not sure of are asked, never stored', () => {
  it('「没有一件超期」: 「一件」 after a negation is none of them, no count of 1', () => {
    const r = x('收到的4件个人申请没有一件超期');
    expect(r.cells).toEqual({ 't3.new.natural': 4 });
  });

  it('「没有停更」 denies the stop, not the count', () => {
    expect(x('公众号没有停更，全年发了200条').facts).toEqual({ published_newmedia: 200 });
  });

  it('ranges 「3-4次」「300~350条」 are asked, neither end stored', () => {
    for (const s of ['培训搞了3-4次', '网站发了300~350条']) {
      const r = x(s);
      expect(r.facts, s).toEqual({});
      expect(r.questions.length, s).toBeGreaterThan(0);
    }
  });

  it('「较去年的150人次有所增加」: last year’s figure in a comparison is not stored', () => {
    expect(x('参训人次较去年的150人次有所增加').facts).toEqual({});
  });

  it('「第一批」「第3期」 is one batch, not the year', () => {
    expect(x('第一批公开了12条').facts).toEqual({});
  });

  it('one day’s event (「12月20日开了1次培训会」) is a part of the year; 「自1月1日至12月31日」 is the year', () => {
    expect(x('12月20日开了1次培训会').facts).toEqual({});
    expect(x('自1月1日至12月31日，共主动公开信息620条').facts).toEqual({ published_total: 620 });
  });

  it('visits in 人次 are no count of 个 (「专区接待群众查阅30人次」)', () => {
    expect(x('专区接待群众查阅30人次').facts).toEqual({});
  });
});

describe('extract: plans, money and 「没有一个人」', () => {
  it('a plan (「明年计划培训4次」「下一步新建2个专栏」) is not this year’s figure', () => {
    expect(x('明年计划培训4次').facts).toEqual({});
    expect(x('下一步要新建2个专栏').facts).toEqual({});
    // 结转到明年 is a row of 表三, not a plan.
    expect(x('结转到明年的个人申请1件').cells).toEqual({ 't3.next.natural': 1 });
  });

  it('an amount of money is no count of cases (「处罚罚款金额5万元」)', () => {
    const r = x('处罚罚款金额5万元');
    expect(r.cells).toEqual({});
    expect(r.questions.length).toBeGreaterThan(0);
  });

  it('「没有一个人来申请」 is no application at all; 「没人申请复议」 is about 复议 only', () => {
    expect(x('没有一个人来申请').cells).toEqual(Object.fromEntries(['natural', 'commercial', 'research', 'welfare', 'legal', 'other'].map((c) => [`t3.new.${c}`, 0])));
    expect(Object.keys(x('今年没人申请复议').cells).every((k) => k.startsWith('t4.review.'))).toBe(true);
  });
});

describe('extract: sentences that state nothing for sure', () => {
  it.each([
    ['如果没有申请是不是填0'],
    ['要是培训没有的话填什么'],
    ['是不是没有复议'],
    ['不知道有没有诉讼'],
    ['好像没有行政复议'],
    ['应该没有企业申请吧，我再查查'],
    ['隔壁镇公众号发了300条'],
    ['县里说网站要发够300条'],
  ])('「%s」 fills nothing', (s) => {
    const r = x(s);
    expect(r.cells).toEqual({});
    expect(r.facts).toEqual({});
  });

  it('「主要是在网站上」 is no condition (主要是 ≠ 要是)', () => {
    expect(x('总共公开了600条，主要是在网站上').facts).toEqual({ published_total: 600 });
  });

  it('people are no count of 表二 decisions; 「没有制定权」 is no 制发 0', () => {
    expect(x('处罚了15个人').cells).toEqual({});
    expect(x('规章我们没有制定权').cells).toEqual({});
  });
});

describe('extract: negation scope of one applicant group, of a result row, of a change', () => {
  it('「没收到企业的申请，…，去年结转的也没有」 fills what it says, not the 商业企业 result rows', () => {
    const r = x('今年没收到企业的申请，个人的有2件，去年结转的也没有');
    expect(Object.keys(r.deduced)).toEqual([]);
    expect(Object.keys(r.cells).every((k) => /^t3\.(new|carried)\./.test(k))).toBe(true);
  });

  it('「全年未收到申请，也没有上年结转」 still means no results at all', () => {
    const r = x('全年未收到政府信息公开申请，也没有上年结转');
    expect(r.deduced['t3.r1.natural']).toBe(0);
  });

  it('a result row negated is the whole row (the negation names the row, not a column)', () => {
    expect(Object.keys(x('没有出现申请人逾期不补正的情况').cells).sort()).toEqual(['commercial', 'legal', 'natural', 'other', 'research', 'welfare'].map((c) => `t3.r6_1.${c}`));
  });

  it('「没有人员变动」 denies a change, not the count', () => {
    expect(x('没有人员变动，还是2个人负责公开').facts).toEqual({ staff: 2 });
  });
});

describe('extract: 「其中」 is a part', () => {
  it('「其中罚款30件」 after 「行政处罚35件」 does not overwrite 35', () => {
    const r = x('其中罚款30件', '2021', undefined, { 't2.penalty.decisions': 35 });
    expect(r.cells).toEqual({});
    expect(r.questions.length).toBeGreaterThan(0);
  });
});

describe('extract: 各, staff in parts, times of day', () => {
  it('「各」 gives each named fact the number', () => {
    expect(x('网站和公众号各发了100条').facts).toEqual({ published_website: 100, published_newmedia: 100 });
    expect(x('培训和督查各2次').facts).toEqual({ trainings: 2, inspections: 2 });
  });

  it('「专职1人，兼职3人」 add up to the staff', () => {
    expect(x('公开办有专职1人，兼职3人').facts).toEqual({ staff: 4 });
  });

  it('a time of day is no count (「下午3点前要交给县政务公开办」)', () => {
    const r = x('下午3点前要交给县政务公开办');
    expect(r.facts).toEqual({});
    expect(r.cells).toEqual({});
  });
});

describe('extract: a negation of the row or columns spoken of', () => {
  it('「除了个人申请，其他都没有」 zeroes every other applicant column of 本年新收', () => {
    expect(x('除了个人申请，其他都没有').cells).toEqual(Object.fromEntries(['commercial', 'research', 'welfare', 'legal', 'other'].map((c) => [`t3.new.${c}`, 0])));
  });

  it('a 表二 column negated alone is of the row spoken of, only when that row has it', () => {
    expect(x('规范性文件制发2件，没有废止的').cells).toEqual({ 't2.normative.issued': 2, 't2.normative.repealed': 0 });
    expect(x('行政处罚12件，没有废止的').cells).toEqual({ 't2.penalty.decisions': 12 });
  });
});

describe('extract: 表三 results said by applicant group', () => {
  it('「一件没公开」 is one application not disclosed, not 「none disclosed」 (「一个没发」 still is none)', () => {
    expect(Object.values(x('一件没公开，涉及国家安全').cells).some((v) => v === 3)).toBe(false);
    expect(x('规范性文件一个没发').cells).toEqual({ 't2.normative.issued': 0 });
  });

  it('「终止」 beside a 表三 reason is 表三 (「因为逾期不补正终止了」), not a 表四 result', () => {
    expect(x('2件个人申请因为逾期不补正终止了').cells).toEqual({ 't3.r6_1.natural': 2 });
  });

  it('「个人申请：公开2件，不掌握1件」 names the column of the results after the colon', () => {
    expect(x('个人申请：公开2件，不掌握1件').cells).toEqual({ 't3.r1.natural': 2, 't3.r4_1.natural': 1 });
  });
});

describe('extract: corrections inside one sentence', () => {
  it('「300条，不对，310条」 and 「是2次不是3次」 keep the value given last / affirmed', () => {
    expect(x('网站发了300条，不对，310条').facts).toEqual({ published_website: 310 });
    expect(x('督查检查是2次不是3次').facts).toEqual({ inspections: 2 });
  });

  it('「不对，是4件，漏了1件」: what was left out is no value', () => {
    const r = x('不对，是4件，漏了1件');
    expect(r.orphans.map((o) => o.value)).toEqual([4]);
  });

  it('「信息处理费没收到」 is the fee not charged, not 「no application received」', () => {
    const r = x('收费通知书发了1份，对方没交，信息处理费没收到');
    expect(r.cells).toEqual({});
  });
});

describe('extract: last year then this year; a fee of 0; 公号', () => {
  it('「处罚去年20件，今年15件」 stores this year’s 15', () => {
    expect(x('处罚去年20件，今年15件').cells).toEqual({ 't2.penalty.decisions': 15 });
  });

  it('「信息处理费：0」 is 未收取', () => {
    expect(x('信息处理费：0').fee).toEqual({ charged: false });
  });

  it('「公号」 is the 公众号', () => {
    expect(x('公号一年推了两百四十条').facts).toEqual({ published_newmedia: 240 });
  });
});

describe('extract: audience figures', () => {
  it('「粉丝1.2万」「阅读量5万」 are no publication counts', () => {
    expect(x('公众号叫“桦树发布”，粉丝1.2万').facts).toEqual({});
    expect(x('公众号发了300条，阅读量5万').facts).toEqual({ published_newmedia: 300 });
  });
});

describe('extract: numbers in units the report does not count in, money spent, copies, decreases', () => {
  it.each([['网站改版了，花了5万'], ['网站今年升级，停了3天'], ['公开栏在村部门口，宽3米'], ['培训时间是2小时'], ['解读材料一共印了200份'], ['培训请了县里的老师，来了2位']])('「%s」 fills nothing', (s) => {
    expect(x(s).facts).toEqual({});
  });

  it('「新媒体账号今年注销了1个」 is a decrease, not the stock', () => {
    const r = x('新媒体账号今年注销了1个');
    expect(r.facts).toEqual({});
    expect(r.questions.length).toBeGreaterThan(0);
  });

  it('「印发政策解读12篇」 is still 12 articles', () => {
    expect(x('印发政策解读12篇').facts).toEqual({ interpretations: 12 });
  });
});

describe('extract: counts of other things and frequencies', () => {
  it.each([['公开栏有5处'], ['培训在3楼会议室'], ['解读用了3种形式'], ['回应关切主要集中在3个方面'], ['网站开设了5大板块'], ['培训每季度1次'], ['督查半年1次']])('「%s」 fills nothing', (s) => {
    expect(x(s).facts).toEqual({});
  });

  it('「表二处罚填12」 and 「培训跟去年一样多」 are not masked', () => {
    expect(x('表二处罚填12').cells).toEqual({ 't2.penalty.decisions': 12 });
    expect(x('培训跟去年一样多').questions.length).toBeGreaterThan(0);
  });
});

describe('extract: scores, rates, serial numbers, bare years, single items', () => {
  it.each([['网站域名里有个2024'], ['培训考试平均分85'], ['督查得了95分'], ['公开栏编号1到18'], ['公众号二维码贴了30张'], ['政策解读阅读量最高的一篇1万'], ['回应关切及时率100']])('「%s」 fills nothing', (s) => {
    expect(x(s).facts).toEqual({});
  });

  it('a count in 万 without 元 beside a 表二 row is asked (「处罚3万」 is an amount, not 30000 decisions)', () => {
    expect(x('处罚3万').cells).toEqual({});
    expect(x('处罚金额最大的一笔3万').cells).toEqual({});
  });

  it('dates and phone numbers survive the masks', () => {
    expect(x('落款日期：2025-01-21').meta.date).toBe('2025-01-21');
    expect(x('电话号码0577-67137027').meta.phone).toBe('0577-67137027');
  });
});

describe('extract: 表二 negation scope, 结转过来', () => {
  it('「今年没出过规范性文件，也没废过」 is 制发 and 废止, never 现行有效', () => {
    expect(x('今年没出过规范性文件，也没废过').cells).toEqual({ 't2.normative.issued': 0, 't2.normative.repealed': 0 });
    expect(x('我们乡镇没有规章').cells).toEqual({ 't2.rules.issued': 0, 't2.rules.repealed': 0, 't2.rules.valid': 0 });
  });

  it('「没有结转过来的」 is 上年结转', () => {
    expect(Object.keys(x('没有结转过来的').cells).every((k) => k.startsWith('t3.carried.'))).toBe(true);
  });
});

describe('extract: 一起 = together', () => {
  it('「跟公众号一起发的」 is no 1 起; 「复议一起」 still is', () => {
    const r = x('政策解读跟公众号一起发的，30篇');
    expect(r.facts).toEqual({ interpretations: 30 });
    expect(r.questions).toEqual([]);
    expect(x('复议一起，维持').cells).toEqual({ 't4.review.upheld': 1 });
  });
});

describe('extract: a bare count after the applicant named with 申请', () => {
  it('「个人申请，3件」「申请都是个人的，3件」 are 本年新收 自然人 3; 「其他4件」 is still asked', () => {
    expect(x('个人申请，3件').cells).toEqual({ 't3.new.natural': 3 });
    expect(x('申请都是个人的，3件').cells).toEqual({ 't3.new.natural': 3 });
    expect(x('自然人申请中，其他4件').cells).toEqual({});
  });
});

describe('extract: a staff breakdown in brackets', () => {
  it('「工作人员4名（专职1名、兼职3名）」 is 4, the brackets add nothing', () => {
    expect(x('配备政务公开工作人员4名（专职1名、兼职3名）').facts).toEqual({ staff: 4 });
  });
});
