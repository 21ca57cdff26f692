// Reading the whole message first: the text its sentences are read from, its meta (agency, year, phone, date,
// website), its list facts (problems, plans), and 「没收费」 — said of the 信息处理费, or asked.
import { readMeta, readLists, readWebsite } from '../meta.js';
import { dropReplacedValues, maskNotData } from '../mentions.js';
import { canonicalPhrases, NO_MONEY_TAKEN, noChargeIsFee, saysNoCharge } from '../phrases.js';
import { normalise } from '../tokens.js';
import { KEEP } from '../vocab.js';
import { type Reader } from './reader.js';
import { ask, say } from './record.js';

/** Meta and list facts are read from the whole text first; the rest is left in rd.text for the sentences. */
export function readWhole(rd: Reader): void {
  rd.text = maskNotData(dropReplacedValues(canonicalPhrases(normalise(rd.message))));
  noCharge(rd);
  readSite(rd);
  readMetaOf(rd);
  readListsOf(rd);
}

/** 「没收费」: the 信息处理费 when it is the subject (this message or the turn before names it); otherwise asked. */
function noCharge(rd: Reader): void {
  if (saysNoCharge(rd.text)) {
    // 「依申请公开都是免费的」: the charge an application could bring is the 信息处理费.
    const feeTopic = rd.ec.previous?.fee || rd.ec.previous?.named?.some((c) => c.target.t === 'fee' || c.target.t === 'feeNotice') || /信息处理费|处理费|收费通知|依申请/.test(rd.text);
    if (feeTopic) rd.text = noChargeIsFee(rd.text);
    else {
      // Asked about, and no negation of anything else (「一分钱没收」 is not 「没收到申请」).
      rd.text = rd.text.replace(NO_MONEY_TAKEN, '收费待确认');
      const q = `「${rd.message.trim().slice(0, 20)}」是指没有收取信息处理费吗？是的话请回复「是」；表二的行政事业性收费请单独说明。`;
      rd.out.questions.push(q);
      rd.out.asks.push({ targets: ['fee.charged'], text: q, offer: false });
    }
  }
}

/** The address where the report is published. */
function readSite(rd: Reader): void {
  const site = readWebsite(normalise(rd.message));
  if (site) {
    say(rd, 'meta.contact.website', site.website as never, site.phrase);
    rd.out.understood.push(`「${site.phrase}」→ 电子版发布位置：${site.website}`);
  }
}

/** Agency, year, level, phone and 落款 date; asked when only nearly said. */
function readMetaOf(rd: Reader): void {
  // (「往后挪一天」: days are masked as no data in rd.text; the shift of a 落款 reads them from the message.)
  // (A message naming the 落款 moves the draft's own date when the turn before gave none.)
  const dateFollowUp = rd.ec.previous?.date ?? (/落款|日期|日子|盖章/.test(rd.text) && /^\d{4}-\d{2}-\d{2}$/.test(rd.ec.date ?? '') ? rd.ec.date : undefined);
  const meta = readMeta(rd.text, { dateFollowUp, dateTopic: rd.ec.previous?.dateNamed, unmasked: normalise(rd.message) });
  rd.out.meta = meta.found;
  rd.out.understood.push(...meta.understood);
  const mf = meta.found;
  if (mf.agency) say(rd, 'meta.agency', mf.agency as never, mf.agency);
  if (mf.year) say(rd, 'meta.year', mf.year, String(mf.year));
  if (mf.level) say(rd, 'meta.level', mf.level as never, mf.level);
  if (mf.phone) say(rd, 'meta.contact.phone', mf.phone as never, mf.phone);
  if (mf.date) say(rd, 'meta.date', mf.date as never, mf.date);
  if (mf.dateNoYear) {
    // A 落款 without its year is in the year after the report year (reports are published January–March).
    const y = (rd.ec.year ?? new Date().getFullYear() - 1) + 1;
    const iso = `${y}-${String(mf.dateNoYear.month).padStart(2, '0')}-${String(mf.dateNoYear.day).padStart(2, '0')}`;
    say(rd, 'meta.date', iso as never, mf.dateNoYear.phrase);
    rd.out.understood.push(`「${mf.dateNoYear.phrase}」→ 落款日期：${iso}（按报告年度的次年）`);
  }
  if (mf.phoneMaybe) ask(rd, `「${mf.phoneMaybe}」是报告的联系电话吗？是的话请说「联系电话${mf.phoneMaybe}」。`, ['meta.contact.phone']);
  if (mf.dateTwice) ask(rd, '这句话里有两个落款日期，没有填入；请确认用哪一天，如「落款日期2025年1月20日」。', ['meta.date']);
  if (mf.dateVague) ask(rd, '落款日期需要具体到日，请说「落款日期2025年1月20日」这样的日期。', ['meta.date']);
  rd.text = meta.rest;
}

/** Lists (problems, plans) are facts of their own. */
function readListsOf(rd: Reader): void {
  const lists = readLists(rd.text);
  Object.assign(rd.out.facts, lists.facts);
  for (const [k, v] of Object.entries(lists.facts)) rd.out.said.push({ target: `fact:${k}`, value: v, phrase: v.join('；').slice(0, 30) });
  rd.out.understood.push(...lists.understood);
  rd.text = lists.rest;
}

/** Labels with 、 inside (表三（六）1、2) must survive clause splitting. */
export function keepLabels(rd: Reader): void {
  for (const c of rd.cues) if (c.text.includes(KEEP)) rd.text = rd.text.split(c.text.replaceAll(KEEP, '、')).join(c.text);
}
