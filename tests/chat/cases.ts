// Our own small dev cases (the format of evals/fixtures/chat/utterances.json), written before that file arrived.
import type { ChatCase } from '../../evals/suites/chat.js';

const c = (id: string, turns: string | string[], expect: ChatCase['expect'], state?: ChatCase['state']): ChatCase => ({
  id,
  split: 'dev',
  turns: Array.isArray(turns) ? turns : [turns],
  expect,
  ...(state ? { state } : {}),
});

export const OWN_CASES: ChatCase[] = [
  c('brief', ['今年公众号发了149条，开了两次培训，收到3件申请，两件公开一件部分公开', '都是自然人'], {
    set: { 'fact:published_newmedia': 149, 'fact:trainings': 2, 't3.new.natural': 3, 't3.r1.natural': 2, 't3.r2.natural': 1 },
  }),
  c('neg-company', '没有企业申请', { set: { 't3.new.commercial': 0 } }),
  c('neg-review', '没有行政复议', { set: { 't4.review.upheld': 0, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0 } }),
  c('neg-normative', '今年没有制发规范性文件', { set: { 't2.normative.issued': 0 } }),
  c('channel-website', '在门户网站发布信息80条', { set: { 'fact:published_website': 80 } }),
  c('channel-gazette', '政府公报刊登了12条', { ask: ['fact:published_total'] }),
  c('total', '全年主动公开政府信息156条', { set: { 'fact:published_total': 156 } }),
  c('last-year', '去年公众号发了120条', { ask: ['fact:published_newmedia'] }),
  c('quarter', '一季度公众号发了30条', { ask: ['fact:published_newmedia'] }),
  c('halves', '公众号上半年发了70条，下半年发了79条', { set: { 'fact:published_newmedia': 149 } }),
  c('approx', '公众号发了两百多条', { ask: ['fact:published_newmedia'] }),
  c('approx2', '主动公开信息将近500条', { ask: ['fact:published_total'] }),
  c('approx3', '大约150条政策解读', { ask: ['fact:interpretations'] }),
  c('relative', '政策解读比去年多3篇', { ask: ['fact:interpretations'] }),
  c('correction', ['公众号发了149条', '刚才说错了，应该是150条'], { set: { 'fact:published_newmedia': 150 } }),
  c('correction2', ['开展培训3次', '不对，是4次'], { set: { 'fact:trainings': 4 } }),
  c('overwrite-asks', '公众号发了150条', { ask: ['fact:published_newmedia'] }, { 'fact:published_newmedia': 149 }),
  c('overwrite-confirm', ['公众号发了150条', '是'], { set: { 'fact:published_newmedia': 150 } }, { 'fact:published_newmedia': 149 }),
  c('date', '落款日期2025年1月20日', { set: { 'meta.date': '2025-01-20' } }),
  c('date-cn', '落款是二〇二五年一月二十日', { set: { 'meta.date': '2025-01-20' } }),
  c('fee-yuan', '行政事业性收费35000元', { set: { 't2.fee.amount': 3.5 } }),
  c('fee-info', '收取信息处理费200元，发出收费通知书2份', { set: { 'fee.charged': true, 'fee.amountYuan': 200, 'fee.notices': 2 } }),
  c('fee-none', '未收取信息处理费', { set: { 'fee.charged': false } }),
  c('carried', '上年结转自然人申请2件', { set: { 't3.carried.natural': 2 } }),
  c('next', '结转下年度继续办理的自然人申请1件', { set: { 't3.next.natural': 1 } }),
  c('phone', '联系电话0435-5212345', { set: { 'meta.contact.phone': '0435-5212345' } }),
  c('not-data', '依据《条例》第二十条，按照临政办发〔2024〕5号文件，2024年3月5日召开会议', { nothing: true }),
  c('irrelevant', '今天天气不错，我们单位有3个科室', { nothing: true }),
  c('emoji', '公众号发了１４９条😀', { set: { 'fact:published_newmedia': 149 } }),
  c('contradiction', '公众号发了149条，公众号发了150条', { ask: ['fact:published_newmedia'] }),
  c('undo', ['公众号发了149条', '撤销'], { set: {} }),
  c('rest-zero', ['收到自然人申请1件，予以公开1件', '表三其余格子都是0'], {
    set: Object.fromEntries(
      ['new', 'carried', 'next', 'r1', 'r2', 'r3_1', 'r3_2', 'r3_3', 'r3_4', 'r3_5', 'r3_6', 'r3_7', 'r3_8', 'r4_1', 'r4_2', 'r4_3', 'r5_1', 'r5_2', 'r5_3', 'r5_4', 'r5_5', 'r6_1', 'r6_2', 'r6_3']
        .flatMap((r) => ['natural', 'commercial', 'research', 'welfare', 'legal', 'other'].map((col) => [`t3.${r}.${col}`, r === 'new' || r === 'r1' ? (col === 'natural' ? 1 : 0) : 0])),
    ),
  }),
];
