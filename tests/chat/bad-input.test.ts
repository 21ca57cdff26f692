// Bad input (issue 12): a long paste with about 30 facts, only irrelevant numbers, contradictory statements in one
// turn, emoji and full-width digits. Each gives a short reply, corrupts nothing and drops nothing silently.
// Expected values are written from the sentences' meaning.
import { describe, expect, it } from 'vitest';
import { runChatCases, type ChatCase } from '../../evals/suites/chat.js';

const T4 = ['upheld', 'corrected', 'other', 'pending'];
const zeros = (row: string) => Object.fromEntries(T4.map((c) => [`t4.${row}.${c}`, 0]));

const FILLER = '我镇认真贯彻落实政务公开各项要求，坚持以公开为常态、不公开为例外，全镇下辖12个行政村、3个社区，常住人口2.8万人。';
const PASTE = [
  '以下是今年的数，帮我填一下：',
  FILLER,
  '全年主动公开政府信息703条，其中政府网站发布412条，公众号发布233条，公开栏公示58条。',
  '发布政策解读14篇，回应社会关切19次。',
  FILLER,
  '信息发布前保密审查700条，更新政府信息公开指南1次。',
  '网站设置公开专栏21个，政务新媒体账号2个，政务公开专区1个。',
  '配备政务公开工作人员3名。全年开展培训4次，参训210人次；督查检查2次，责任追究0起。',
  FILLER,
  '行政许可88件，行政处罚41件，行政强制0件。',
  '本年制发规范性文件2件，废止1件，现行有效9件。',
  '行政事业性收费5000元。',
  '收到自然人申请5件，商业企业申请1件；上年结转自然人申请1件。',
  '没有行政复议，也没有行政诉讼。未收取信息处理费。',
  '联系电话0577-88001234，落款日期2025年1月23日。',
  FILLER.repeat(56),
].join('\n');

const LONG: ChatCase = {
  id: 'long-paste',
  split: 'dev',
  turns: [PASTE],
  expect: {
    set: {
      'fact:published_total': 703,
      'fact:published_website': 412,
      'fact:published_newmedia': 233,
      'fact:published_board': 58,
      'fact:interpretations': 14,
      'fact:responses': 19,
      'fact:info_reviewed': 700,
      'fact:catalog_updated': 1,
      'fact:website_columns': 21,
      'fact:newmedia_accounts': 2,
      'fact:public_area': 1,
      'fact:staff': 3,
      'fact:trainings': 4,
      'fact:trainees': 210,
      'fact:inspections': 2,
      'fact:accountability': 0,
      't2.license.decisions': 88,
      't2.penalty.decisions': 41,
      't2.coercion.decisions': 0,
      't2.normative.issued': 2,
      't2.normative.repealed': 1,
      't2.normative.valid': 9,
      't2.fee.amount': 0.5,
      't3.new.natural': 5,
      't3.new.commercial': 1,
      't3.carried.natural': 1,
      ...zeros('review'),
      ...zeros('direct'),
      ...zeros('after'),
      'fee.charged': false,
      'meta.contact.phone': '0577-88001234',
      'meta.date': '2025-01-23',
    },
  },
};

const run = async (c: ChatCase) => (await runChatCases([c]))[0];

describe('chat: bad input', () => {
  it('the paste is under the 4,000-character limit and holds 30 facts', () => {
    expect(PASTE.length).toBeGreaterThan(3500);
    expect(PASTE.length).toBeLessThanOrEqual(4000);
    expect(Object.keys(LONG.expect.set!).length).toBeGreaterThanOrEqual(30);
  });

  it('a long paste: every fact placed, nothing else changed, a short reply', async () => {
    const o = await run(LONG);
    expect({ wrong: o.wrong, collateral: o.collateral, missed: o.missed }).toEqual({ wrong: [], collateral: [], missed: [] });
    expect(o.reply.split('\n').length).toBeLessThanOrEqual(20);
  });

  it('only irrelevant numbers: nothing changes, and the reply says so', async () => {
    const o = await run({ id: 'irrelevant', split: 'dev', turns: ['依据《条例》第三十三条，在20个工作日内答复；我们镇有12个村，今天是2025年1月8日。'], expect: { nothing: true } });
    expect(o.ok).toBe(true);
    expect(o.reply.trim()).not.toBe('');
  });

  it('contradictory statements in one turn are asked about, neither stored', async () => {
    const o = await run({ id: 'contra', split: 'dev', turns: ['培训搞了3次，培训搞了5次；没有行政复议，复议维持1起'], expect: { ask: ['fact:trainings', 't4.review.upheld'] } });
    expect({ ok: o.ok, collateral: o.collateral, wrong: o.wrong }).toEqual({ ok: true, collateral: [], wrong: [] });
  });

  it('emoji and full-width digits', async () => {
    const o = await run({ id: 'emoji', split: 'dev', turns: ['公众号发了１２３条🎉🎉，政策解读８篇👍'], expect: { set: { 'fact:published_newmedia': 123, 'fact:interpretations': 8 } } });
    expect(o.ok).toBe(true);
    expect(o.reply.split('\n').length).toBeLessThanOrEqual(8);
  });
});
