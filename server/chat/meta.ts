// Meta (agency, year, phone, level) and list facts (problems, plans) from a clerk's message.
// Each pattern is cut out of the text once read, so its digits are not taken for counts.
import { FACTS, LEVELS, type Level } from '../format/index.js';

export interface MetaFound {
  agency?: string;
  year?: number;
  phone?: string;
  level?: Level;
}

const AGENCY_SUFFIX = '人民政府|办事处|委员会|管理局|局|办公室|中心|委|厅|院|署';
const AGENCY = new RegExp(`(?:机关|单位|我们|本单位|本机关)(?:全称|名称)?(?:是|为|：)\\s*([\\u4e00-\\u9fa5（）]{2,40}?(?:${AGENCY_SUFFIX}))`);
const YEAR = /(?:报告年度|年度)(?:是|为|：)?\s*(\d{4})|(\d{4})\s*年度?(?:的)?(?:政府信息公开工作)?(?:年度)?(?:年报|报告)/;
const PHONE = /(?:联系)?电话(?:号码)?(?:是|为|：)?\s*((?:0\d{2,3}-?)?\d{7,8}|1\d{10})/;
const LEVEL = new RegExp(`(?:层级|级别)(?:是|为|：)?\\s*(${LEVELS.join('|')})`);

export function readMeta(text: string): { found: MetaFound; understood: string[]; rest: string } {
  const found: MetaFound = {};
  const understood: string[] = [];
  let rest = text;
  const cut = (m: RegExpExecArray) => {
    rest = rest.slice(0, m.index) + '。' + rest.slice(m.index + m[0].length);
  };
  let m = AGENCY.exec(rest);
  if (m) {
    found.agency = m[1];
    understood.push(`「${m[0]}」→ 机关全称：${m[1]}`);
    cut(m);
  }
  m = YEAR.exec(rest);
  if (m) {
    const y = Number(m[1] ?? m[2]);
    if (y >= 2008 && y <= 2100) {
      found.year = y;
      understood.push(`「${m[0]}」→ 报告年度：${y}`);
    }
    cut(m);
  }
  m = PHONE.exec(rest);
  if (m) {
    found.phone = m[1];
    understood.push(`「${m[0]}」→ 联系电话：${m[1]}`);
    cut(m);
  }
  m = LEVEL.exec(rest);
  if (m) {
    found.level = m[1] as Level;
    understood.push(`「${m[0]}」→ 机关层级：${m[1]}`);
    cut(m);
  }
  return { found, understood, rest };
}

const LIST_FACTS = FACTS.filter((f) => f.type === 'list' && (f.key === 'problems' || f.key === 'plans'));
const LIST_HEAD: Record<string, RegExp> = {
  problems: /(?:存在的?(?:主要)?问题|主要问题|不足之处|不足)(?:是|有|主要是|：)+/,
  plans: /(?:改进措施|下一步(?:打算|计划)?|明年(?:计划|打算)|下一年度?(?:计划|打算)?)(?:是|有|：)+/,
};

/** 「存在的问题：一是…；二是…」 → problems list. Takes the rest of the sentence after the heading. */
export function readLists(text: string): { facts: Record<string, string[]>; understood: string[]; rest: string } {
  const facts: Record<string, string[]> = {};
  const understood: string[] = [];
  let rest = text;
  for (const f of LIST_FACTS) {
    const m = LIST_HEAD[f.key].exec(rest);
    if (!m) continue;
    const start = m.index + m[0].length;
    // The list ends at a blank line or where the other list begins.
    const tail = rest.slice(start);
    const ends = [tail.search(/\n\n/), ...LIST_FACTS.filter((o) => o !== f).map((o) => tail.search(LIST_HEAD[o.key]))].filter((i) => i >= 0);
    const endRel = ends.length ? Math.min(...ends) : tail.length;
    const body = rest.slice(start, start + endRel);
    const items = body
      .split(/[；;。\n]|(?=[一二三四五六七八九十]是)/)
      .map((s) => s.replace(/^[一二三四五六七八九十]是/, '').replace(/^\d+[.、]/, '').trim())
      .filter((s) => s.length >= 2)
      .slice(0, 20);
    if (!items.length) continue;
    facts[f.key] = items;
    understood.push(`「${m[0]}…」→ ${f.label}：${items.length}条`);
    rest = rest.slice(0, m.index) + rest.slice(start + endRel);
  }
  return { facts, understood, rest };
}
