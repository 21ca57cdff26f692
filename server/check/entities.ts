// N-FOREIGN-ENTITY: text copied from another body's report — a self-reference of the wrong kind (a 镇 writing
// 「我局」), another township's name, or a body a township does not have (「分中心」, a warning only).
// Conservative by design: superior bodies (「市政数局」, the county government) are normal in any report, so
// only same-level place names written as a government (「XX镇人民政府」「XX镇党委」) are compared.
import { SELF_REFERENCES } from '../format/index.js';
import { emit, sectionText, type AgencyKind, type Ctx } from './context.js';
import { clip, fold, sentenceAt } from './text.js';

const DEPT_REFS = ['我局', '我委', '我厅', '我署', '我院'];
/** Self-references that do not fit each kind of agency (all taken from SELF_REFERENCES). */
const WRONG_SELF: Record<AgencyKind, string[]> = {
  镇: [...DEPT_REFS, '我乡', '我街道'],
  乡: [...DEPT_REFS, '我镇', '我街道'],
  街道: [...DEPT_REFS, '我镇', '我乡'],
  government: [...DEPT_REFS, '我镇', '我乡', '我街道'],
  department: ['我镇', '我乡', '我街道'],
};
for (const list of Object.values(WRONG_SELF)) for (const w of list) if (!SELF_REFERENCES.includes(w)) throw new Error(`self reference ${w} not declared`);
const wrongSelfRe = new Map(Object.entries(WRONG_SELF).map(([k, v]) => [k, new RegExp(`(?<![自])(${v.join('|')})(?![镇乡]|长|村)`, 'g')]));

const KIND_NAME: Record<AgencyKind, string> = { 镇: '镇', 乡: '乡', 街道: '街道', government: '人民政府', department: '部门' };
const SELF_OK: Record<AgencyKind, string> = { 镇: '我镇', 乡: '我乡', 街道: '我街道', government: '本级政府', department: '本机关' };

/** Same-level names written as a body: 「临江镇人民政府」「横山镇党委」「新街口街道办事处」. */
const PLACE = /(镇|乡|街道)(?=人民政府|政府|党委|党政办|办事处|党工委|纪委)/g;
/** A place name starts after one of these (punctuation, start, or a preposition/conjunction). */
const BOUNDARY = /[\s，。、；：“”‘’（）《》,.;:()和与及同向对在由为是经据至到按照根依]/;
const NOT_NAME_CHARS = /[的了是过对向在由为及时把将被让使从县市区省全本我各该个所其此乡镇城村街道\s，。、；：“”（）()]/;
const NOT_NAMES = /^(?:成立|设立|建立|全面|各个|推进|加强|指导|配合|协助|督促|组织|带领|联合|依托|会同|负责|包括|具体|相关|有关|所属|辖区|属地|上级|下辖)$/;

/** The name before 「镇/乡/街道」 at `at`: 2–3 characters preceded by a boundary, or null (not a clear name). */
function nameBefore(f: string, at: number): string | null {
  for (const len of [2, 3]) {
    const start = at - len;
    if (start < 0) break;
    const name = f.slice(start, at);
    if (NOT_NAME_CHARS.test(name) || NOT_NAMES.test(name)) return null;
    if (start === 0 || BOUNDARY.test(f[start - 1])) return name;
  }
  return null;
}

function ownNames(ctx: Ctx): string[] {
  const r = ctx.report;
  return [r.meta.agency, r.meta.shortName, r.meta.parent, r.signoff?.agency, r.title, ctx.agencyName]
    .filter((x): x is string => !!x)
    .map((x) => fold(x).replace(/\s+/g, ''));
}

function isOwn(name: string, own: string[]): boolean {
  // 「市桦树」 captured before 「镇」: compare the last two characters too.
  const tail = name.slice(-2);
  return own.some((o) => o.includes(name) || o.includes(tail));
}

function narrative(ctx: Ctx): { text: string; section?: number }[] {
  const parts: { text: string; section?: number }[] = [{ text: ctx.preface }];
  for (const [no, s] of ctx.sections) parts.push({ text: sectionText(s), section: no });
  return parts;
}

export function checkEntities(ctx: Ctx): void {
  const kind = ctx.kind;
  if (!kind) return;
  const own = ownNames(ctx);
  const reported = new Set<string>();
  for (const { text, section } of narrative(ctx)) {
    if (!text) continue;
    const f = fold(text);
    const re = wrongSelfRe.get(kind)!;
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      if (reported.has(m[1])) continue;
      reported.add(m[1]);
      emit(ctx, 'N-FOREIGN-ENTITY', {
        message: `${ctx.agencyName || '本机关'}是${KIND_NAME[kind]}，正文却自称「${m[1]}」，疑为套用其他机关的报告未改（应为「${SELF_OK[kind]}」或「本机关」）`,
        where: { section },
        expected: SELF_OK[kind],
        actual: m[1],
        evidence: { quote: sentenceAt(text, m.index) },
      });
    }
    if (kind === '镇' || kind === '乡' || kind === '街道') {
      PLACE.lastIndex = 0;
      for (let m = PLACE.exec(f); m; m = PLACE.exec(f)) {
        const name = nameBefore(f, m.index);
        if (!name) continue;
        const full = `${name}${m[1]}`;
        if (isOwn(name, own) || reported.has(full)) continue;
        reported.add(full);
        emit(ctx, 'N-FOREIGN-ENTITY', {
          message: `${ctx.agencyName || '本机关'}的报告中出现另一${m[1]}「${full}」，疑为套用其他${m[1]}的报告未改`,
          where: { section },
          expected: ctx.agencyName,
          actual: full,
          evidence: { quote: sentenceAt(text, m.index) },
        });
      }
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
