// Prompts are handlebars files in prompts/; this module only fills them. Values are inserted, never re-parsed.
// Data stays data (OWASP LLM01): the system prompt holds no user-supplied text at all; the agency, facts,
// instruction, previous draft, retrieved passages and checker quotes go into fenced blocks of the user message
// (<本机关信息>, <本机关事实>, <修改要求>, <上一稿>, <参考资料>, <校验问题>), each neutralised by asData first, so no
// data can close a fence, open one, pose as a role or carry an 「忽略以上指令」 line, and each is bounded in length.
import Handlebars from 'handlebars/runtime';
import { promptTemplates } from '../generated/templates.js';
import { ASPECTS, aspectHeading, cellsOf, describeCell, type FormatId } from '../format/index.js';
import type { Finding } from '../check/types.js';
import type { Meta, Fact } from '../report/schema.js';
import type { Cells } from '../report/tables.js';
import { factLines } from './facts.js';
import { headingOf, selfReference } from './fixed.js';
import type { MaskedPassage } from './mask.js';
import { styleOf } from './offline.js';
import type { NarrativeNo } from './types.js';

// Precompiled at build time (scripts/precompile.ts): nothing is compiled or read from disk at run time (Workers).
const hb = Handlebars.create();
const cache = new Map<string, HandlebarsTemplateDelegate>();
function fill(name: string, data: object): string {
  let t = cache.get(name);
  if (!t) {
    const spec = promptTemplates[name as keyof typeof promptTemplates];
    if (!spec) throw new Error(`prompt template missing: ${name}`);
    t = hb.template(spec as unknown as TemplateSpecification);
    cache.set(name, t);
  }
  return t(data).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The table numbers a narrative may cite, named by place. Zero cells of long tables are summarised, not listed,
 * to keep prompts short: the model may still say 「未收到申请」 from the totals.
 */
export function tableLines(format: FormatId, tables: Cells): string[] {
  const out: string[] = [];
  for (const ref of cellsOf(format)) {
    const v = tables[ref.id]?.value;
    if (v === undefined || v === null) continue;
    const keyCell =
      (ref.table === 't2' && ref.row.key === 'normative') ||
      (ref.table === 't3' && ref.col.key === 'total' && ['new', 'carried', 'r7', 'next'].includes(ref.row.key)) ||
      (ref.table === 't4' && ref.col.key === 'total');
    if (keyCell || v !== 0) out.push(`- ${describeCell(format, ref.id)}：${v}`);
  }
  return out;
}

/** Tag names the prompts use as fences, and role markers of chat formats: never allowed to form inside data. */
export const FENCE_NAMES = ['本机关信息', '本机关事实', '表格数字', '修改要求', '上一稿', '参考资料', '校验问题'];
const ROLE_NAMES = 'system|user|assistant|developer|tool|human|im_start|im_end|endoftext|instruction|instructions|系统|用户|助手|指令|提示词';
const OPEN = '[<＜〈‹«《⟨〔\\[【]';
const CLOSE = '[>＞〉›»》⟩〕\\]】]';
const FENCE_LIKE = new RegExp(`${OPEN}\\s*[/／]?\\s*(?:${FENCE_NAMES.join('|')}|${ROLE_NAMES})[^\\n]{0,80}?\\s*[/／]?\\s*${CLOSE}`, 'giu');
const SPECIAL_TOKEN = /<\|[^|\n]{0,40}\|>|\[\/?(?:INST|SYS)\]|<<\/?SYS>>/giu;
/** A line that speaks as a role (「系统：」「System:」「### 指令」) — marked as quoted data. */
const ROLE_LINE = new RegExp(`^(\\s*(?:[#>*\\-]+\\s*)?)((?:${ROLE_NAMES}|系统提示|系统消息|管理员|开发者)\\s*[:：])`, 'gimu');
/** Phrases that try to override instructions, in Chinese and English. */
const OVERRIDE = new RegExp(
  [
    '(?:忽略|无视|忘记|忘掉|跳过|不要遵守|不再遵守|停止遵守|覆盖|取消)(?:掉)?(?:以上|上面|上述|之前|此前|前面|先前|所有|全部|一切|系统|原有|原来)?(?:的|所有的)?(?:所有|全部|一切)?(?:指令|指示|规则|要求|提示|提示词|设定|约束|限制)',
    '(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:the\\s+)?(?:previous|prior|above|earlier|preceding|system)?\\s*(?:instructions?|prompts?|rules?|messages?)',
    '(?:你现在是|从现在起你是|你的新身份是|you are now|act as|new instructions?)',
  ].join('|'),
  'giu',
);

/**
 * Text from outside (corpus passages, the clerk's fields, model output quoted back) made safe to put inside a fence:
 * ASCII angle brackets become full-width, bracketed fence or role names and chat special tokens are removed, role
 * lines are marked 〔引文〕, override phrases are replaced, and the text is cut at `max` characters.
 */
export function asData(text: unknown, max = 2000): string {
  let s = String(text ?? '');
  if (s.length > max) s = `${s.slice(0, max)}……（已截断）`;
  s = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '');
  s = s.replace(SPECIAL_TOKEN, '〔标记已删除〕');
  s = s.replace(FENCE_LIKE, '〔标记已删除〕');
  s = s.replace(/</g, '＜').replace(/>/g, '＞');
  s = s.replace(ROLE_LINE, (_m, lead: string, role: string) => `${lead}〔引文〕${role}`);
  s = s.replace(OVERRIDE, '〔疑似指令已删除〕');
  return s;
}

/** Lengths of each kind of data in a prompt (characters). */
export const DATA_LIMITS = { agency: 60, fact: 300, facts: 60, instruction: 200, previous: 4000, example: 800, problem: 400 };

export interface PromptInput {
  no: NarrativeNo;
  meta: Meta;
  format: FormatId;
  facts: Fact[];
  tables: Cells;
  examples: MaskedPassage[];
  instruction?: string;
  previous?: string;
}

export function buildPrompt(p: PromptInput): { system: string; user: string } {
  const self = selfReference(p.meta.agency);
  const next = p.meta.year + 1;
  const { concise } = styleOf(p.instruction);
  const structure =
    p.no === 1
      ? fill('structure-overview', { aspects: ASPECTS.map(aspectHeading), length: concise ? 500 : 800 })
      : fill('structure-problems', { next, self, length: concise ? 250 : 400 });
  // Only numbers and the format's own words reach the system prompt; everything the clerk or the corpus wrote
  // is in the user message, fenced and neutralised.
  const heading = headingOf(p.no);
  return {
    system: fill('system', { year: p.meta.year, next, heading, structure }),
    user: fill('user', {
      agency: asData(p.meta.agency, DATA_LIMITS.agency),
      self,
      year: p.meta.year,
      heading,
      level: p.meta.level,
      facts: factLines(p.facts.slice(0, DATA_LIMITS.facts)).map((l) => asData(l, DATA_LIMITS.fact)),
      tableLines: tableLines(p.format, p.tables).map((l) => asData(l, DATA_LIMITS.fact)),
      instruction: p.instruction ? asData(p.instruction, DATA_LIMITS.instruction) : undefined,
      previous: p.previous ? asData(p.previous, DATA_LIMITS.previous) : undefined,
      // Passages are numbered here: a store id is not shown to the model.
      examples: p.examples.map((e, i) => ({ id: i + 1, text: asData(e.text, DATA_LIMITS.example) })),
    }),
  };
}

export function repairPrompt(meta: Meta, problems: Finding[]): string {
  return fill('repair', {
    year: meta.year,
    next: meta.year + 1,
    problems: problems.map((f) => ({ rule: asData(f.rule, 40), message: asData(f.message, DATA_LIMITS.problem), quote: f.evidence.quote ? asData(f.evidence.quote, DATA_LIMITS.problem) : '' })),
  });
}
