// Offline chat turn (no model configured): commands (生成/重新生成/校验/导出) and the deterministic extractor.
// Returns the reply as lines; the route streams them in the UI message stream protocol.
import type { DraftRepo as DraftStore } from '../ports/index.js';
import { applyExtraction, currentCells, formatOfInput, missingOf, type Change } from './apply.js';
import { extract } from './extract.js';
import type { ChatHistory } from './history.js';
import { findingsOf, generate, loadDraft, saveInput } from './save.js';

export interface TurnResult {
  lines: string[];
  /** New draft version when the turn changed the draft. */
  version?: number;
  /** Export link when asked for one. */
  link?: { href: string; label: string };
}

const EXPORTS: [RegExp, string, string][] = [
  [/word|docx|文档/i, 'docx', 'Word 文档'],
  [/html|网页/i, 'html', '网页（HTML）'],
  [/markdown|\bmd\b/i, 'md', 'Markdown'],
  [/txt|纯文本|文本/i, 'txt', '纯文本'],
];

export const changeLines = (changes: Change[]) => changes.map((c) => `· ${c.what}：${c.from ?? '（空）'} → ${c.to}`);

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
    const d = await loadDraft(drafts, draftId);
    if (!d.report) return { lines: ['还没有生成正文，请先说「生成」。'] };
    const href = `/api/drafts/${encodeURIComponent(draftId)}/export?format=${hit[1]}`;
    return { lines: [`可以下载${hit[2]}：${href}`], link: { href, label: `下载${hit[2]}` } };
  }

  const d = await loadDraft(drafts, draftId);
  const format = formatOfInput(d.input);
  const ex = extract(t, { format, cells: currentCells(d.input), pending: await history.pending(draftId) });
  const { input, changes } = applyExtraction(d.input, ex);
  await history.setPending(draftId, ex.pending);
  const lines: string[] = [];
  let version: number | undefined;
  if (ex.understood.length) lines.push('我理解到：', ...ex.understood.map((u) => `· ${u}`));
  if (changes.length) {
    const saved = await saveInput(drafts, draftId, input, `对话：${t.slice(0, 40)}`);
    version = saved.currentVersion;
    lines.push(`已更新草稿（第${version}版）：`, ...changeLines(changes));
  } else if (ex.understood.length) lines.push('草稿中已是这些数字，没有改动。');
  if (ex.questions.length) lines.push('需要您确认：', ...ex.questions.map((q) => `· ${q}`));
  if (!ex.understood.length && !ex.questions.length)
    lines.push('这句话里我没有找到能填进报告的数字或事实。可以这样说：「主动公开信息61条」「收到自然人申请3件，其中予以公开2件」「没有行政复议和行政诉讼」「未收取信息处理费」；也可以说「生成」「校验」「导出Word」。');
  const missing = missingOf(input);
  if (missing.length) lines.push(`还缺：${missing.slice(0, 8).join('；')}${missing.length > 8 ? `；等${missing.length}项` : ''}。`);
  return { lines, version };
}
