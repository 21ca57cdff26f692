// Retrieved example passages are reference data from OTHER agencies: before a model sees them, their agency and
// place names become 「某镇」-style masks, numbers, dates, phones and addresses are stripped, and self-references are
// turned into the drafting agency's own, so nothing specific to another agency can be copied into the draft.
import { CHINESE_ORDINALS, SELF_REFERENCES } from '../format/index.js';
import type { Passage } from './types.js';

const SUFFIX = '(?:特别行政区|自治区|自治州|自治县|自治旗|新区|开发区|街道办事处|街道|省|市|州|盟|县|旗|区|镇|乡|村|社区)';
const AGENCY_SUFFIX = /(人民政府办公室|人民政府|办事处|管理委员会|委员会|局|委|厅|办公室|中心|署|院)$/;
const COMMON = new Set(['乡镇', '街道', '社区', '城区', '辖区', '市区', '县区', '景区', '园区', '开发区', '新区', '全区', '全市', '全县', '全镇', '全乡', '各区', '各县', '各乡镇', '本市', '本县', '本区', '本镇', '本乡', '城乡', '农村', '行政村', '自然村', '小区', '地区', '山区', '省市', '市县']);

/** Admin-unit pieces of an agency name: 「酉阳土家族苗族自治县铜鼓镇人民政府」 → 酉阳土家族苗族自治县, 铜鼓镇, 铜鼓. */
export function namePieces(agency: string): string[] {
  const out = new Set<string>();
  const core = agency.replace(AGENCY_SUFFIX, '');
  if (agency.length >= 2) out.add(agency);
  if (core.length >= 2) out.add(core);
  for (const m of core.matchAll(new RegExp(`[\\u4e00-\\u9fa5]+?${SUFFIX}`, 'gu'))) {
    const piece = m[0];
    if (piece.length < 2 || COMMON.has(piece)) continue;
    out.add(piece);
    const stem = piece.replace(new RegExp(`${SUFFIX}$`, 'u'), '');
    if (stem.length >= 2) out.add(stem);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

const suffixOf = (name: string) => new RegExp(`${SUFFIX}$`, 'u').exec(name.replace(AGENCY_SUFFIX, ''))?.[0] ?? '';
const maskFor = (name: string) => {
  const kind = AGENCY_SUFFIX.exec(name)?.[0] ?? '';
  const sfx = suffixOf(name);
  return sfx || kind ? `某${sfx}${kind}` : '某地';
};

/** Place-name candidates in running text: 2–6 characters ending in an admin suffix, after a boundary. */
const PLACE = new RegExp(`(^|[\\s，。；：、,.;:（(“"》]|年|在|由|与|和|对|向|为|及|省|市|县|区|州)([\\u4e00-\\u9fa5]{2,4}?${SUFFIX})(?=[\\u4e00-\\u9fa5，。,.\\s])`, 'gu');
const LEADING_WORD = /^(依托|通过|按照|根据|围绕|结合|包括|会同|配合|联合|组织|指导|督促|推动|深入|协助|在|对|向|为|与|和|及|由|经|将|把|被|从|到|赴)/u;
/** Characters that mark a candidate as ordinary words (「紧紧围绕全镇」「根据我镇」), not a proper name. */
const NOT_A_NAME = /[我全本各该之的按照根据围绕包括结合通过严格具体并在对与为及等专政务公开某]/u;

export interface MaskedPassage {
  id: string | number;
  text: string;
  /** Names removed from the text (the draft must not contain any of them). */
  names: string[];
}

export function maskPassage(p: Passage, ownSelfRef: string, maxChars = 500): MaskedPassage {
  const names = new Set<string>(p.agency ? namePieces(p.agency) : []);
  // Bounded work: a passage longer than a few times what is kept is cut before any pattern runs over it.
  let t = p.text
    .slice(0, maxChars * 8)
    .replace(/,/g, '，')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/;/g, '；');
  t = t
    .split('\n')
    .filter((l) => !/^\s*(日期|字号|发布时间|来源|发布机构)[：:]|年度报告\s*$|^\s*[\d.\s]*$/.test(l))
    .map((l) => l.replace(/^\s*(\d{1,2})[.、．]\s*/, (_, d: string) => `（${CHINESE_ORDINALS[Number(d) - 1] ?? d}）`))
    .join('\n');
  t = t.replace(/https?:\/\/\S+|www\.\S+/g, '').replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '');
  t = t.replace(/(电话|联系电话|传真|地址|邮编|邮政编码)[：:]?[^，。；\n]*/g, '');
  // Known names first (longest first), then any other place-like word.
  for (const n of [...names].sort((a, b) => b.length - a.length)) t = t.split(n).join(maskFor(n));
  t = t.replace(PLACE, (all, pre: string, found: string) => {
    // A verb or preposition glued to the front (「依托大川乡」) stays in the text; only the name is masked.
    const lead = LEADING_WORD.exec(found);
    const name = lead ? found.slice(lead[0].length) : found;
    if (lead) pre += lead[0];
    const stem = name.replace(new RegExp(`${SUFFIX}$`, 'u'), '');
    if (COMMON.has(name) || NOT_A_NAME.test(stem) || stem.length < 2) return all;
    names.add(name);
    return `${pre}${maskFor(name)}`;
  });
  t = t.replace(/(某[^\s，。]{0,3}?)某/g, '某'); // 「某县某镇」 → 「某镇」
  t = t.replace(/(?:19|20)\d\d年/g, '某年').replace(/\d+(?:\.\d+)?/g, '若干');
  for (const ref of SELF_REFERENCES) if (ref !== ownSelfRef) t = t.split(ref).join(ownSelfRef);
  t = t.replace(/\n{2,}/g, '\n').trim();
  if (t.length > maxChars) t = t.slice(0, t.lastIndexOf('。', maxChars) > maxChars / 2 ? t.lastIndexOf('。', maxChars) + 1 : maxChars);
  return { id: p.id, text: t, names: [...names].filter((n) => n.length >= 2 && !COMMON.has(n)) };
}
