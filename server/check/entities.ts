// N-FOREIGN-ENTITY: text copied from another body's report — a self-reference of the wrong kind (a 镇 writing
// 「我局」), another township's name, or a body a township does not have (「分中心」, a warning only).
// Superior bodies (「市政数局」, the county government) are normal in any report: a township or street is compared
// with the agency's own names; a county with the agency's own county, when that is known (places.ts).
import { classifyAgency, DEPARTMENT_SELF_REFERENCES, SELF_REFERENCES } from '../format/index.js';
import { emit, foldedSection, prefaceOf, sectionText, type AgencyKind, type Ctx } from './context.js';
import { corpusAgencies, knownCounty } from './gazetteer.js';
import type { TownEntry } from './gazetteer.js';
import { knownSuffix, ownUnits, placesIn, sameName, type OwnUnits, type PlaceHit } from './places.js';
import { clip, fold, sentenceAt } from './text.js';

/** Book titles blanked in place (same length): a name inside 《…》 is another document's. */
const blankBookTitles = (f: string) => f.replace(/《[^》]{0,80}》/g, (x) => '《'.padEnd(x.length - 1, '　') + '》');

// 「我中心」 could be a township's own service centre (便民服务中心) speaking; no real report shows it either way, so
// it is not held against a township.
const DEPT_REFS = DEPARTMENT_SELF_REFERENCES.filter((r) => r !== '我中心');
/** Self-references that do not fit each kind of agency (all taken from SELF_REFERENCES). */
const WRONG_SELF: Record<AgencyKind, string[]> = {
  镇: [...DEPT_REFS, '我乡', '我街道', '本部门', '我部门'],
  乡: [...DEPT_REFS, '我镇', '我街道', '本部门', '我部门'],
  街道: [...DEPT_REFS, '我镇', '我乡', '本部门', '我部门'],
  government: [...DEPT_REFS, '我镇', '我乡', '我街道'],
  department: ['我镇', '我乡', '我街道'],
};
/** A township calling itself by its county's or city's word in the sentence on compiling the report (a041
 * 「结合2022年我县政府信息公开工作编制而成」 in a 乡's report): the county's template kept — a warning. */
const HIGHER_SELF: Partial<Record<AgencyKind, string[]>> = { 镇: ['我县', '我市', '我区'], 乡: ['我县', '我市', '我区'], 街道: ['我县'] };
for (const list of [...Object.values(WRONG_SELF), ...Object.values(HIGHER_SELF)]) for (const w of list) if (!SELF_REFERENCES.includes(w)) throw new Error(`self reference ${w} not declared`);
const selfRe = (v: string[]) => new RegExp(`(?<![自])(${v.join('|')})(?![镇乡户]|长|村)`, 'g');
/** 「本部门」「我部门」 in a township's report (j004, ba008) are a department's voice, but plain words too: a warning. */
const SOFT_SELF = new Set(['本部门', '我部门']);
const wrongSelfRe = new Map(Object.entries(WRONG_SELF).map(([k, v]) => [k, selfRe(v)]));
const higherSelfRe = new Map(Object.entries(HIGHER_SELF).map(([k, v]) => [k, selfRe(v)]));

const LOWER_LEVEL = /^(?:县级|乡镇|街道)/;
/** Whose 办公厅 may be named in a county's report: the State Council's, a province's, a city's, the Party's. */
const SUPERIOR_OFFICE = /国务院|中央|省|自治区|市|州|人大常委会|政协/;

const KIND_NAME: Record<AgencyKind, string> = { 镇: '镇', 乡: '乡', 街道: '街道', government: '人民政府', department: '部门' };
const SELF_OK: Record<AgencyKind, string> = { 镇: '我镇', 乡: '我乡', 街道: '我街道', government: '本级政府', department: '本机关' };

function ownNames(ctx: Ctx): string[] {
  const r = ctx.report;
  return [r.meta.agency, r.meta.shortName, r.meta.parent, r.signoff?.agency, r.title, ctx.agencyName]
    .filter((x): x is string => !!x)
    .map((x) => fold(x));
}

function narrative(ctx: Ctx): { text: string; folded: string; section?: number }[] {
  const preface = prefaceOf(ctx);
  const parts: { text: string; folded: string; section?: number }[] = [{ text: preface, folded: fold(preface) }];
  for (const [no, s] of ctx.sections) parts.push({ text: sectionText(s), folded: foldedSection(ctx, no), section: no });
  return parts;
}

const TOWNSHIP: AgencyKind[] = ['镇', '乡', '街道'];

function abbreviates(short: string, name: string): boolean {
  const full = name.replace(/(?:街道|镇|乡)$/, '');
  if (short.length < 2 || short.length >= full.length || short[0] !== full[0]) return false;
  let j = 0;
  for (const ch of full) if (ch === short[j]) j++;
  return j === short.length;
}

/** Severity for a place name in the text, or null when it may well be the agency's own, its superior or its subordinate. */
function judge(hit: PlaceHit, kind: AgencyKind, own: OwnUnits): { severity: 'E' | 'W'; why: string } | null {
  if (hit.unit === '县' || hit.unit === '旗') {
    // Another county's body: only when the agency's own county is known (a 市 may be above any county).
    if (!own.counties.length || own.all.some((c) => sameName(c, hit.name))) return null;
    // The words before 县委 must be a county's name (f019 「锚定县委、县政府重点工作部署」 names none).
    if (!knownCounty(hit.name)) return null;
    return { severity: 'E', why: `另一${hit.unit}的机关「${hit.written}」，与本机关所在的${own.counties.map((c) => `「${c}」`).join('、')}不符` };
  }
  // 「文东街道」 in 文化东路街道's report: its own name shortened (same first character, the rest in order).
  // (「…门户网站天宫殿街道办事处页面」: a site's word glued before the name is no part of it.)
  const bareName = hit.name.replace(/^(?:门户网站|网站|网页|页面|门户|栏目|专栏|平台|官网)/, '');
  if (own.towns.some((t) => sameName(t, hit.name) || sameName(t, bareName) || abbreviates(hit.name, t))) return null;
  const unit = hit.unit;
  if (hit.bare) return judgeBare(hit, hit.bare, kind, own);
  // An error only for a place the gazetteer knows; words read as a name it does not know are a warning to look at.
  const sure = knownSuffix(hit.name, unit) ? 'E' : 'W';
  if (TOWNSHIP.includes(kind)) return own.towns.length ? { severity: sure, why: `另一${unit}「${hit.written}」` } : null;
  const county = hit.county.slice(0, -1);
  if (hit.county && own.counties.length && !own.all.some((c) => sameName(c, county)))
    return { severity: knownCounty(county.replace(/(?:县|市|区|旗)$/, '')) || sure === 'E' ? 'E' : 'W', why: `其他县（市、区）的${unit}「${hit.written}」` };
  if (hit.written.endsWith(`${hit.name}${unit}`)) return null; // a bare name of the own county (an address)
  // A department has no business naming a township's government; a government's report may speak of its own.
  return kind === 'department' ? { severity: sure, why: `${unit}的机关「${hit.written}」` } : { severity: 'W', why: `${unit}的机关「${hit.written}」（请确认是否为本级政府所辖）` };
}

/** A bare name the gazetteer knows (「红星乡」): another township for a township; for a county body, a township of
 * another county (the gazetteer says where each such name is); a warning when the own county is not known. */
function judgeBare(hit: PlaceHit, where: TownEntry, kind: AgencyKind, own: OwnUnits): { severity: 'E' | 'W'; why: string } | null {
  const unit = hit.unit;
  if (TOWNSHIP.includes(kind)) return own.towns.length ? { severity: 'E', why: `另一${unit}「${hit.written}」` } : null;
  const inOwn = (places: Set<string>, mine: string[]) => [...places].some((p) => mine.some((o) => sameName(o, p)));
  if (own.counties.length) {
    if (inOwn(where.counties, own.counties)) return null;
    return where.counties.size ? { severity: 'E', why: `其他县（市、区）的${unit}「${hit.written}」` } : { severity: 'W', why: `${unit}「${hit.written}」（请确认是否在本县）` };
  }
  if (inOwn(where.cities, own.all) || inOwn(where.counties, own.all)) return null;
  return { severity: 'W', why: `${unit}「${hit.written}」（请确认是否为本机关所辖或相关）` };
}

/** Corpus agencies with a place in their name, named in full in this report while none of their places is ours. */
function foreignAgencies(f: string, own: OwnUnits, names: string[]): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  // 「《广西壮族自治区人民政府办公厅关于做好2023年…的通知》」: a superior's document named by its title (t018).
  const plain = blankBookTitles(f);
  for (const a of corpusAgencies()) {
    const at = plain.indexOf(a);
    if (at < 0 || names.some((n) => n.includes(a) || a.includes(n.replace(/人民政府$/, '')))) continue;
    const theirs = ownUnits([a], null).all;
    if (theirs.some((p) => own.all.some((o) => sameName(o, p)))) continue;
    out.push({ name: a, at });
  }
  return out;
}

/** The sentence that says how this report was compiled is the township's own voice; elsewhere 「我市…文件要求」 in a
 * town of a county-level city speaks of the city (seed 002), so only that sentence is judged. */
const COMPILING = /编制而成|编制本报告|编制了?本|本报告|(?:现|特)(?:将|予|向社会)?公布/;
function higherSelfInCompiling(re: RegExp | undefined, f: string, text: string): RegExpExecArray | null {
  if (!re) return null;
  const r = new RegExp(re);
  for (let m = r.exec(f); m; m = r.exec(f)) if (COMPILING.test(sentenceAt(text, m.index))) return m;
  return null;
}

/** 「全市」 in a county's report, 「全街」 in a township's: the scope of the work written as another unit's (f029,
 * g019, e040). A ranking (「在全市率先」「位居全市第一」) or a title (《…全市…》) names the superior's scope. */
const SCOPE_WRONG: Partial<Record<AgencyKind, string>> = { 镇: '全街', 乡: '全街' };
const RANKING = /(?:在|居|于|列|获|为|是|占|向|面向|覆盖|及|和|与|、)$/;
function wrongScope(kind: AgencyKind, agency: string, level: string | null, f: string): { word: string; own: string; at: number } | null {
  const unit = /([县区旗])人民政府$/.exec(agency)?.[1] ?? (!agency && level === '县级政府' ? spokenUnit(f) : undefined);
  const word = kind === 'government' ? (unit ? '全市' : undefined) : SCOPE_WRONG[kind];
  if (!word) return null;
  const own = kind === 'government' ? `全${unit}` : `全${kind}`;
  const plain = blankBookTitles(f);
  for (let at = plain.indexOf(word); at >= 0; at = plain.indexOf(word, at + 1)) {
    if (word === '全街' && plain[at + 2] === '道') continue;
    if (RANKING.test(plain.slice(Math.max(0, at - 2), at)) || /^(?:第|前列|排名|范围|各|统一)/.test(plain.slice(at + 2, at + 4))) continue;
    return { word, own, at };
  }
  return null;
}

/** A county government's unit when its name is unknown: 「我县」「全县」 said at least twice, and more than 全市. */
function spokenUnit(f: string): string | undefined {
  const n = (re: RegExp) => f.match(re)?.length ?? 0;
  const city = n(/[我全本]市/g);
  for (const u of ['县', '区', '旗']) if (n(new RegExp(`[我全本]${u}`, 'g')) >= Math.max(2, city + 1)) return u;
  return undefined;
}

/** 「现公布建水县民族宗教事务局2025年度政府信息公开工作年度报告」 in 面甸镇's report: the preface publishes another
 * body's report, its name kept from the report it was copied from (j018). */
const PUBLISHES = /(?:现(?:予|将|特)?(?:公布|发布|公开)|特(?:此)?(?:公布|发布)|向社会公布|编制(?:完成)?了?)《?([\u4e00-\u9fff（）()]{4,40}?)(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开|信息公开)/;
const NAME_BEFORE_YEAR = /^([\u4e00-\u9fff（）()]{3,40}?)(?:19|20)\d{2}\s*年/;
const bodyCore = (s: string) => s.replace(/人民政府|政府|街道办事处|办事处|办公室|管委会|管理委员会/g, '');

function publishedAsOther(ctx: Ctx): { name: string; own: string; sure: boolean; quote: string } | null {
  const own = NAME_BEFORE_YEAR.exec((ctx.report.title ?? '').replace(/\s+/g, ''))?.[1];
  const preface = prefaceOf(ctx);
  const m = PUBLISHES.exec(preface.replace(/\s+/g, ''));
  if (!own || !m) return null;
  // 「编制并向社会公布福田乡人民政府…」: the name starts after the last verb.
  const name = m[1].replace(/^.*(?:公布|发布|公开|编制|并|向社会)/, '');
  if (/^[我本该]|^(?:全|各)/.test(name) || name.length < 4) return null;
  const [a, b] = [bodyCore(own), bodyCore(name)];
  if (!a || !b || sameName(a, b) || abbreviates(a.length < b.length ? a : b, a.length < b.length ? b : a)) return null;
  // Of another kind (a 镇's title, a 局 in the preface) it is surely another body's report.
  const [ka, kb] = [classifyAgency(own).kind, classifyAgency(name).kind];
  return { name, own, sure: !!ka && !!kb && ka !== kb, quote: m[0] };
}

/** 「地址:深圳市深汕特别合作区鹅埠镇创富路…」: a town named bare in the office's own address is where it sits (the
 * gazetteer may place it in its old county), not another body. */
function inAddress(f: string, at: number): boolean {
  return /(?:地址|办公地点|位于|坐落于?|寄至|邮寄至)\s*[:：]?[^。；，,（()）]*$/.test(f.slice(Math.max(0, at - 40), at));
}

export function checkEntities(ctx: Ctx): void {
  const kind = ctx.kind;
  if (!kind) return;
  const names = ownNames(ctx);
  const units = ownUnits(names, ctx.level);
  const reported = new Set<string>();
  const other = publishedAsOther(ctx);
  if (other) {
    reported.add(other.name);
    emit(ctx, 'N-FOREIGN-ENTITY', {
      severity: other.sure ? 'E' : 'W',
      message: `标题是「${other.own}」的报告，前言却公布「${other.name}」的年度报告，疑为套用其他机关的报告未改`,
      where: {},
      expected: other.own,
      actual: other.name,
      evidence: { quote: other.quote },
    });
  }
  for (const { text, folded: f, section } of narrative(ctx)) {
    if (!text) continue;
    const re = wrongSelfRe.get(kind)!;
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      if (reported.has(m[1])) continue;
      // 「各部门根据本单位…由本部门主管领导签字」: each of the agency's own offices (r039).
      if (SOFT_SELF.has(m[1]) && /各(?:部门|科室|单位|站所|办)/.test(sentenceAt(f, m.index).slice(0, 80))) continue;
      reported.add(m[1]);
      emit(ctx, 'N-FOREIGN-ENTITY', {
        ...(SOFT_SELF.has(m[1]) ? { severity: 'W' as const } : {}),
        message: `${ctx.agencyName || '本机关'}是${KIND_NAME[kind]}，正文却自称「${m[1]}」，疑为套用其他机关的报告未改（应为「${SELF_OK[kind]}」或「本机关」）`,
        where: { section },
        expected: SELF_OK[kind],
        actual: m[1],
        evidence: { quote: sentenceAt(text, m.index) },
      });
    }
    const h = higherSelfInCompiling(higherSelfRe.get(kind), f, text);
    if (h && !reported.has(h[1])) {
      reported.add(h[1]);
      emit(ctx, 'N-FOREIGN-ENTITY', {
        severity: 'W',
        message: `${ctx.agencyName || '本机关'}是${KIND_NAME[kind]}，正文却自称「${h[1]}」，疑为套用上级政府的报告未改（应为「${SELF_OK[kind]}」）`,
        where: { section },
        expected: SELF_OK[kind],
        actual: h[1],
        evidence: { quote: sentenceAt(text, h.index) },
      });
    }
    for (const hit of placesIn(f, units.counties.length > 0)) {
      const full = `${hit.county}${hit.name}${hit.unit}`;
      // (A town written with another county in the address — 「地址：龙游县古镛镇…」 — is still another body's; with the
      // body's own county — 「地址:习水县杉王街道办事处红二路…」 (ao027) — it is where the office sits.)
      const ownCounty = !hit.county || units.counties.some((c) => sameName(c, hit.county.replace(/[县旗区市]$/, '')));
      if (reported.has(full) || (inAddress(f, hit.at) && ownCounty)) continue;
      const verdict = judge(hit, kind, units);
      if (!verdict) continue;
      reported.add(full);
      emit(ctx, 'N-FOREIGN-ENTITY', {
        severity: verdict.severity,
        message: `${ctx.agencyName || '本机关'}的报告中出现${verdict.why}，疑为套用其他机关的报告未改`,
        where: { section },
        expected: ctx.agencyName,
        actual: full,
        evidence: { quote: sentenceAt(text, hit.at) },
      });
    }
    for (const { name, at } of foreignAgencies(f, units, names)) {
      if ([...reported].some((r) => name.includes(r))) continue;
      reported.add(name);
      emit(ctx, 'N-FOREIGN-ENTITY', {
        message: `${ctx.agencyName || '本机关'}的报告中出现其他机关「${name}」，疑为套用其他机关的报告未改`,
        where: { section },
        expected: ctx.agencyName,
        actual: name,
        evidence: { quote: sentenceAt(text, at) },
      });
    }
    // A 镇 or 乡 naming itself 「镇办事处」: 办事处 is a street office's body (or a township's from before the reform).
    if ((kind === '镇' || kind === '乡') && !reported.has('办事处')) {
      const at = f.search(new RegExp(`(?<![\u4e00-\u9fff]{2}[市县区])${kind}办事处`));
      if (at >= 0 && !/街道/.test(f.slice(Math.max(0, at - 4), at))) {
        reported.add('办事处');
        emit(ctx, 'N-FOREIGN-ENTITY', {
          severity: 'W',
          message: `${ctx.agencyName || '本机关'}是${KIND_NAME[kind]}，正文却称「${kind}办事处」（街道办事处的名称），疑为套用其他机关的报告`,
          where: { section },
          expected: `${kind}人民政府`,
          actual: `${kind}办事处`,
          evidence: { quote: sentenceAt(text, at) },
        });
      }
    }
    // County and township governments have an 办公室; an 办公厅 is a province's (or the State Council's, or a big
    // city's): 「以县政府和政府办公厅名义」 was copied from a higher government's report.
    if (LOWER_LEVEL.test(ctx.level ?? '') && !reported.has('办公厅')) {
      const plain = blankBookTitles(f);
      for (const m of plain.matchAll(/办公厅/g)) {
        if (SUPERIOR_OFFICE.test(plain.slice(Math.max(0, m.index - 12), m.index))) continue;
        // 「(办公厅便函〔2021〕477号)」: the 代字 of a document number, the superior's office that issued it (e041).
        if (/^[\u4e00-\u9fff]{0,3}[〔\[［(（]\s*(?:19|20)\d{2}/.test(plain.slice(m.index + 3, m.index + 12))) continue;
        reported.add('办公厅');
        emit(ctx, 'N-FOREIGN-ENTITY', {
          severity: 'W',
          message: `${ctx.agencyName || '本机关'}是${ctx.level}机关，正文却有「${clip(plain.slice(Math.max(0, m.index - 8), m.index + 3), 14)}」：县、乡两级政府设办公室而不设办公厅，疑为照抄上级机关的报告`,
          where: { section },
          expected: '办公室',
          actual: '办公厅',
          evidence: { quote: sentenceAt(text, m.index) },
        });
        break;
      }
    }
    if (!reported.has('scope')) {
      const w = wrongScope(kind, ctx.agencyName ?? '', ctx.level ?? null, f);
      if (w) {
        reported.add('scope');
        emit(ctx, 'N-FOREIGN-ENTITY', {
          severity: 'W',
          message: `${ctx.agencyName ? `${ctx.agencyName}的报告` : '本报告'}把本机关的工作范围写作「${w.word}」，应为「${w.own}」，疑为套用其他机关的报告未改`,
          where: { section },
          expected: w.own,
          actual: w.word,
          evidence: { quote: sentenceAt(text, w.at) },
        });
      }
    }
    if (TOWNSHIP.includes(kind)) {
      const fc = f.indexOf('分中心');
      if (fc >= 0 && !reported.has('分中心')) {
        reported.add('分中心');
        emit(ctx, 'N-FOREIGN-ENTITY', {
          severity: 'W',
          message: `${KIND_NAME[kind]}一般不设「分中心」，「${clip(sentenceAt(text, fc), 30)}」疑为从其他机关的模板复制，请核对`,
          where: { section },
          expected: '本机关的机构名称',
          actual: '分中心',
          evidence: { quote: sentenceAt(text, fc) },
        });
      }
    }
  }
}
