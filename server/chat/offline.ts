// Offline chat turn (no model configured): commands (生成/重新生成/校验/导出), then chatTurn (extractor, diff, undo).
// Returns the reply as lines; the route streams them in the UI message stream protocol.
import type { DraftRepo as DraftStore } from '../ports/index.js';
import type { ChatHistory } from './history.js';
import { findingsOf, generate, getDraft } from './save.js';
import { chatTurn, type TurnResult } from './turn.js';

export type { TurnResult } from './turn.js';

const EXPORTS: [RegExp, string, string][] = [
  [/word|docx|文档/i, 'docx', 'Word 文档'],
  [/html|网页/i, 'html', '网页（HTML）'],
  [/markdown|\bmd\b/i, 'md', 'Markdown'],
  [/txt|纯文本|文本/i, 'txt', '纯文本'],
];


export async function offlineTurn(drafts: DraftStore, history: ChatHistory, draftId: string, text: string): Promise<TurnResult> {
  const t = text.trim();
  // Commands first: they are short and unambiguous.
  const regen = /^重新生成(?:第?([一五15])部分)?[，,：:\s]*(.*)$/.exec(t);
  if (regen) {
    const section = regen[1] === '一' || regen[1] === '1' ? 1 : regen[1] === '五' || regen[1] === '5' ? 5 : undefined;
    if (!section) return { lines: ['请说明重新生成哪一部分：「重新生成第一部分，更简洁」或「重新生成第五部分」。其余部分由表格和填写内容确定。'] };
    const instruction = regen[2].trim().slice(0, 200) || undefined;
    const { draft, notices } = await generate(drafts, draftId, { section, instruction });
    return { lines: [`已重新生成第${section === 1 ? '一' : '五'}部分${instruction ? `（要求：${instruction}）` : ''}，保存为第${draft.currentVersion}版。`, ...notices.map((n) => `· ${n}`)], version: draft.currentVersion };
  }
  if (/^(生成|起草|写)(正文|报告|全文|初稿)?$/.test(t)) {
    const { draft, notices } = await generate(drafts, draftId, {});
    return { lines: [`已生成正文，保存为第${draft.currentVersion}版。`, ...notices.map((n) => `· ${n}`)], version: draft.currentVersion };
  }
  if (/^(校验|检查|核对)(一下|报告|草稿)?$/.test(t)) {
    const findings = await findingsOf(drafts, draftId);
    if (!findings.length) return { lines: ['校验通过：没有发现问题。'] };
    return { lines: [`校验发现${findings.length}个问题：`, ...findings.slice(0, 15).map((f) => `· [${f.rule}] ${f.message}`)] };
  }
  if (/^(导出|下载)/.test(t)) {
    const hit = EXPORTS.find(([re]) => re.test(t)) ?? EXPORTS[0];
    const d = await getDraft(drafts, draftId);
    if (!d.report) return { lines: ['还没有生成正文，请先说「生成」。'] };
    const href = `/api/drafts/${encodeURIComponent(draftId)}/export?format=${hit[1]}`;
    return { lines: [`可以下载${hit[2]}：${href}`], link: { href, label: `下载${hit[2]}` } };
  }

  return chatTurn(drafts, history, draftId, t);
}
