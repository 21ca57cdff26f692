// Facts of the report (trainings, publications, accounts…): which fact a count is, and counts that are only parts.
import { factDef } from '../../format/index.js';
import { isCorrection } from '../mentions.js';
import { CHANNEL_FACT, CHANNEL_WORDS, FACT_UNIT_ALIASES, LESSENED, NEWLY, STOCK_FACTS, WHOLE_OF_PARTS, compatibleUnits, sameAspectByUnit } from '../wordclasses.js';
import { tokenizeClause, type CueToken, type NumToken } from '../tokens.js';
import type { Said } from '../extraction.js';
import { fakeCue, type Reader } from './reader.js';
import { ask, say } from './record.js';

/** A count of a fact of the report: which fact it is, whether it is the whole of it, then recorded (or asked). */
export function handleFact(rd: Reader, num: NumToken, cs: CueToken[], phrase: string): void {
  const { keys, channel } = keysNamed(cs, phrase);
  if (!keys.length && channel)
    return ask(rd, `「${phrase}」：「${channel[0]}」的条数在报告中没有单独的格，没有填入；主动公开信息总数请单独说明。`, ['fact:published_total'], num.value);
  num = countOfEachName(num, cs, keys, phrase);
  if (keys.length > 1 && /各/.test(phrase) && !keys.includes('published_total') && cs.every((c) => c.target.t === 'fact') &&
    keys.every((k) => !num.unit || compatibleUnits(num.unit, factDef(k)?.unit ?? '') || FACT_UNIT_ALIASES[k]?.includes(num.unit))) {
    for (const k of keys) handleFact(rd, num, cs.filter((c) => (c.target as { key: string }).key === k), phrase);
    return;
  }
  if (channelOrTotal(rd, num, keys, phrase)) return;
  const pick = pickFact(num, cs, keys);
  if (pick.length !== 1) return ask(rd, `「${phrase}」可能是${pick.map((k) => `「${factDef(k)?.label}」`).join('或')}，请说明是哪一项。`, pick.map((k) => `fact:${k}`));
  const def = factOfCount(factDef(pick[0])!, num, cs);
  // 「培训覆盖420人次」「培训参与300人次」: people reached by the trainings are 参训人次.
  if (def.key === 'trainings' && num.unit === '人次' && keys.length === 1 && /覆盖|参加|参与|参训|受训|培训了?\s*[\d零一二两三四五六七八九十百千]/.test(phrase))
    return handleFact(rd, num, [fakeCue({ t: 'fact', key: 'trainees' })], phrase);
  if (num.unit && def.unit && num.unit !== def.unit && !compatibleUnits(num.unit, def.unit) && !FACT_UNIT_ALIASES[def.key]?.includes(num.unit)) {
    // 「26个村都设了公开栏，全年公示信息312条」: the channel stays the subject of the next count.
    if (cs.some((c) => c.text)) rd.ctx.named = { cues: cs, sentence: rd.sentence };
    return ask(rd, `「${phrase}」的单位「${num.unit}」与「${def.label}」（单位：${def.unit}）不符，请核对。`, [`fact:${def.key}`], num.value);
  }
  if (!Number.isInteger(num.value) || num.value < 0) return ask(rd, `「${phrase}」：「${def.label}」应为非负整数。`, [`fact:${def.key}`]);
  const prevFact = rd.ctx.fact;
  rd.ctx.fact = { key: def.key, period: rd.mode.kind === 'part' ? rd.mode.period : rd.mode.kind === 'offer' && /往年/.test(rd.mode.why) ? 'last' : rd.period, sentence: rd.sentence };
  if (onlyAPart(rd, def, num, cs, phrase, prevFact) || severalChannels(rd, num, keys, phrase)) return;
  // 「一个专职一个兼职」: two counts of one fact in one clause are its parts too (never one value said twice).
  const sameClause = rd.out.said.find((x) => x.target === `fact:${def.key}` && !x.period && x.phrase === phrase);
  if (rd.mode.kind === 'exact' && !isCorrection(rd.sentence) && sameClause) return partsInOneClause(rd, def.key, num, phrase, sameClause);
  // 「公众号1个、视频号1个」: the same fact named twice in one sentence is two parts of it, not one value.
  if (rd.mode.kind === 'exact' && !isCorrection(rd.sentence) && rd.out.said.some((x) => x.target === `fact:${def.key}` && !x.period && x.phrase !== phrase && rd.sentence.includes(x.phrase))) return partsOfOneFact(rd, def.key, num, phrase);
  if (rd.withheldFacts.has(def.key)) return;
  if (!say(rd, `fact:${def.key}`, num.value, phrase)) return;
  rd.out.facts[def.key] = num.value;
  rd.out.understood.push(`「${phrase}」→ ${def.label}：${num.value}${def.unit ?? ''}`);
}

type FactDef = NonNullable<ReturnType<typeof factDef>>;

/** The facts a clause's cues name, and the channel word it names (whose count is never the total). */
function keysNamed(cs: CueToken[], phrase: string): { keys: string[]; channel: RegExpExecArray | null } {
  // 「对拟公开信息进行保密审查841条」: a strong cue names the fact; the weak 「公开信息」 beside it does not.
  const strongFact = cs.filter((c) => c.target.t === 'fact' && !c.weak);
  const factCues = strongFact.length ? strongFact : cs.filter((c) => c.target.t === 'fact');
  // 「门户网站上的公开专栏数」: a place named before 「上的/里的」 and another fact is where the counted thing is, not it.
  const located = factCues.filter((c) => /^(?:上|里|中)的/.test(phrase.slice(c.end)) && factCues.some((o) => o.start >= c.end && (o.target as { key: string }).key !== (c.target as { key: string }).key));
  let keys = [...new Set(factCues.filter((c) => !located.includes(c)).map((c) => (c.target as { key: string }).key))];
  // A channel's count is never the total, and a total is never a channel.
  const channel = CHANNEL_WORDS.exec(phrase);
  // (a channel named by a cue of its own — 「官网发布信息37条」 — is as much a channel)
  if (channel || keys.some((k) => CHANNEL_FACT.test(k))) keys = keys.filter((k) => k !== 'published_total');
  if (keys.includes('published_total') && /其中|分别|通过/.test(phrase) && keys.length > 1) keys = keys.filter((k) => k !== 'published_total');
  return { keys, channel };
}

/**
 * 「网站和公众号各发了100条」「培训和督查各2次」: 各 gives each named fact the number (when the unit fits each).
 * 「公众号和抖音号各一个」「公众号、抖音各发了100条」: 各 over several names of one fact counts each name.
 */
function countOfEachName(num: NumToken, cs: CueToken[], keys: string[], phrase: string): NumToken {
  const namesOfOne = new Set(cs.filter((c) => c.target.t === 'fact' && c.text).map((c) => c.text));
  // (only names joined by 和/、 before 「各」: 「各村公开栏张贴…」 is no 各 of names)
  if (keys.length === 1 && namesOfOne.size > 1 && /(?:和|与|及|跟|、)[^，。；\d]{1,8}各(?:自)?(?:有|是|开|发|设|建|[\d零一二两三四五六七八九十])/.test(phrase) && keys[0] !== 'published_total' && Number.isInteger(num.value))
    return { ...num, value: num.value * namesOfOne.size };
  return num;
}

/** 「公开栏每个村都有，全年张贴公开信息共计240条」: a channel named just before — its count or the total? Asked. */
function channelOrTotal(rd: Reader, num: NumToken, keys: string[], phrase: string): boolean {
  const namedChannel = rd.ctx.named?.sentence === rd.sentence ? rd.ctx.named.cues.find((c) => c.target.t === 'fact' && CHANNEL_FACT.test((c.target as { key: string }).key)) : undefined;
  if (!(keys.length === 1 && keys[0] === 'published_total' && namedChannel && !/其中/.test(phrase))) return false;
  // 「公开栏的还要问下村里」→「村里回了 一共六十三条」: the channel the clerk went to count is what the count is of.
  if (rd.ctx.named?.question) {
    handleFact(rd, num, [namedChannel], phrase);
    return true;
  }
  const ch = `fact:${(namedChannel.target as { key: string }).key}`;
  ask(rd, `「${phrase}」是${factDef(ch.slice(5))?.label}的条数，还是主动公开信息总数？没有填入，请说明。`, [ch, 'fact:published_total'], num.value);
  return true;
}

/** Of several facts named, the one whose unit the count has, or whose cue is clearly the longest. */
function pickFact(num: NumToken, cs: CueToken[], keys: string[]): string[] {
  let pick = keys;
  if (keys.length > 1 && num.unit) {
    const byUnit = keys.filter((k) => factDef(k)?.unit === num.unit);
    if (byUnit.length) pick = byUnit;
  }
  if (pick.length > 1) {
    // The longest cue names it when it is clearly longer (「培训人次」 over 「培训」).
    const lens = pick.map((k) => Math.max(...cs.filter((c) => (c.target as { key?: string }).key === k).map((c) => c.text.length)));
    const max = Math.max(...lens);
    if (lens.filter((l) => l === max).length === 1) pick = [pick[lens.indexOf(max)]];
  }
  return pick;
}

/** The fact a count in its unit is: new-media accounts in 个, trainees in 人次. */
function factOfCount(def: FactDef, num: NumToken, cs: CueToken[]): FactDef {
  // 「政务新媒体：公众号1个」: new-media counted in 个 are accounts.
  if (def.key === 'published_newmedia' && num.unit === '个' && cs.some((c) => c.end <= num.start && c.text)) def = factDef('newmedia_accounts')!;
  // 「培训3次，每次三四十人」: a count in another unit of the same topic is that topic's other fact.
  const sibling = def.key === 'trainings' && num.unit && !compatibleUnits(num.unit, def.unit ?? '') ? sameAspectByUnit(def.key, num.unit) : undefined;
  if (sibling && cs.every((c) => !c.text)) def = factDef(sibling)!;
  return def;
}

/** A part of the figure, of a stock, or of this year's change is not the fact's value: asked. */
function onlyAPart(rd: Reader, def: FactDef, num: NumToken, cs: CueToken[], phrase: string, prevFact: Reader['ctx']['fact']): boolean {
  // 「新媒体发布149条，其中视频号20条」: a part of the figure just given is not a second value for it.
  if (/^其中/.test(phrase) && prevFact?.key === def.key && prevFact.sentence === rd.sentence && !prevFact.bare)
    ask(rd, `「${phrase}」是上一个数的一部分，报告中没有单独的格，没有填入。`);
  // 「没有按时更新的栏目有2个」: a qualified part of a stock is not how many there are (asked).
  else if (STOCK_FACTS.has(def.key) && /(?:没|未|不|无)[^，。；]{0,8}的/.test(phrase.slice(0, Math.max(0, (cs.find((c) => c.text)?.start ?? 0)))))
    ask(rd, `「${phrase}」说的是其中一部分，「${def.label}」要填现有总数，没有填入，请告诉我共有多少。`, [`fact:${def.key}`], num.value);
  // 「新开了3个专栏」: new ones this year are not how many there are (asked), unless a total follows.
  else if (STOCK_FACTS.has(def.key) && NEWLY.test(phrase))
    ask(rd, `「${phrase}」是今年新增的数，「${def.label}」要填现有总数，没有填入，请告诉我现在共有多少。`, [`fact:${def.key}`], num.value);
  // 「新媒体账号今年注销了1个」: a decrease of a stock is not how many there are.
  else if (STOCK_FACTS.has(def.key) && LESSENED.test(phrase))
    ask(rd, `「${phrase}」是今年减少的数，「${def.label}」要填现有总数，没有填入，请告诉我现在共有多少。`, [`fact:${def.key}`], num.value);
  else return false;
  return true;
}

/** Several channels counted together: asked per channel. */
function severalChannels(rd: Reader, num: NumToken, keys: string[], phrase: string): boolean {
  const channelKeys = keys.filter((k) => /^published_(website|newmedia|board)$/.test(k));
  if (channelKeys.length <= 1) return false;
  ask(rd, `「${phrase}」把几个渠道合在一起说了，没有填入，请分别说明各渠道的条数和主动公开总数。`, [...channelKeys.map((k) => `fact:${k}`), 'fact:published_total'], num.value);
  return true;
}

const DATED_ONCE = /(\d{1,2}\s*月(?:份)?|[一二三四1-4]\s*季度|上半年|下半年|年初|年中|年底|年末)[^\d，。；一]{0,3}(?:一|1)\s*(?:次|场|回|期)/g;
/** Every count of the clause is one event and each is dated differently (「3月一次 6月一次」), no other figure in it. */
function singleEventsDated(phrase: string): boolean {
  const dates = [...phrase.matchAll(DATED_ONCE)].map((m) => m[1].replace(/\s|份/g, ''));
  return dates.length >= 2 && new Set(dates).size === dates.length && !/\d|[一二两三四五六七八九十]\s*[次场回期]/.test(phrase.replace(DATED_ONCE, ''));
}

/** Two counts of a fact in one clause: halves that add up (「一个专职一个兼职」), else parts asked about (withheld). */
function partsInOneClause(rd: Reader, key: string, num: NumToken, phrase: string, earlier: Said): void {
  if (WHOLE_OF_PARTS.some(([a, b]) => phrase.includes(a) && phrase.includes(b))) {
    earlier.value = (earlier.value as number) + num.value;
    rd.out.facts[key] = earlier.value;
    return;
  }
  // 「3月一次 6月一次 9月一次」: single events each dated apart are counted, one by one.
  if (singleEventsDated(phrase)) {
    earlier.value = (earlier.value as number) + num.value;
    rd.out.facts[key] = earlier.value;
    return;
  }
  // 「解读发了十八篇 18篇」: the same figure again, with the fact named once, is said twice, not two parts.
  const named = tokenizeClause(phrase, rd.cues).tokens.filter((t) => t.type === 'cue' && t.target.t === 'fact' && (t.target as { key: string }).key === key);
  if (num.value === earlier.value && named.length <= 1) return;
  withholdParts(rd, key, [earlier], `「${phrase}」中有两个`);
}

/** Parts of one fact that may or may not add up: none is stored, the fact is asked about (with how it was said). */
function withholdParts(rd: Reader, key: string, earlier: Said[], said: string): void {
  rd.out.said = rd.out.said.filter((x) => !earlier.includes(x));
  delete rd.out.facts[key];
  rd.withheldFacts.add(key);
  const def = factDef(key)!;
  ask(rd, `${said}「${def.label}」的数，没有填入：是两部分相加，还是其中之一？请告诉我全年共多少${def.unit ?? ''}。`, [`fact:${key}`]);
}

/** A second count of a fact in one sentence: a breakdown, two halves that add up, or parts asked about (withheld). */
export function partsOfOneFact(rd: Reader, key: string, num: NumToken, phrase: string): void {
  // 「工作人员4名（专职1名、兼职3名）」: a breakdown in brackets restates the figure before it.
  if (/[（）]/.test(phrase)) return;
  const earlier = rd.out.said.filter((x) => x.target === `fact:${key}` && x.phrase !== phrase);
  // 「解读5篇，其中图解2篇」: a part of the figure just given.
  if (/^其中/.test(phrase) && earlier.length) return ask(rd, `「${phrase}」是上一个数的一部分，报告中没有单独的格，没有填入。`);
  // 「专职1人，兼职2人」: the two halves of one count add up.
  const halves = earlier.length === 1 && WHOLE_OF_PARTS.some(([a, b]) => (earlier[0].phrase.includes(a) && phrase.includes(b)) || (earlier[0].phrase.includes(b) && phrase.includes(a)));
  if (halves) {
    earlier[0].value = (earlier[0].value as number) + num.value;
    earlier[0].phrase = `${earlier[0].phrase}，${phrase}`;
    rd.out.facts[key] = earlier[0].value as number;
    return;
  }
  // 「比去年增加了5篇，今年共20篇」: nothing was stored before (only offered): this is the figure.
  if (!earlier.length) return handleFact(rd, num, [fakeCue({ t: 'fact', key })], phrase);
  // 「公示栏贴了45条 45条没错」「网站826条，对，网站是826条」: the same figure said again is one statement — unless the
  // words mark a part (上半年, 其中, 另外, 还有, 又).
  // (Said again as such: a word of confirming or of the whole; 「公众号1个、视频号1个」 are two accounts.)
  const again = /没错|对[，,\s]|就是|确实|也就是|即|没问题|全年共|一共|总共|合计|共计/.test(phrase);
  if (again && earlier.every((x) => x.value === num.value) && !/上半年|下半年|季度|其中|另外|另有|还有|又|再|加上|分别/.test(phrase)) return;
  withholdParts(rd, key, earlier, `${[...earlier.map((x) => `「${x.phrase}」`), `「${phrase}」`].join('和')}都像是`);
}
