// P-TYPO: an optional proofreading pass by a language model (错别字、病句、缺字). The model only proposes; a finding
// survives only when its quote exists verbatim in the report text (a quote of nothing real is dropped). Results are
// cached by a hash of the text. Without a model the pass is skipped with a notice.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { generateText, type LanguageModel } from 'ai';
import { ruleDef } from './catalogue.js';
import type { Finding } from './types.js';

export const NO_PROOFREAD_MODEL_NOTICE = '未配置大模型：跳过错别字、病句校对（P-TYPO），其余规则照常检查。';

export interface ProofreadResult {
  findings: Finding[];
  /** Set when the pass was skipped or failed (Chinese). */
  notice?: string;
  /** Proposals dropped because their quote is not in the text. */
  dropped: number;
  cached: boolean;
}

const PROMPT = `你是政府公文校对员。找出下面政府信息公开工作年度报告中的错别字、病句、缺字、多字。
只报确有把握的问题。每条问题的 quote 必须从原文逐字复制（不超过30字），不得改写。
只输出 JSON 数组，每项形如 {"quote":"原文片段","problem":"问题","fix":"建议改为"}；没有问题输出 []。

报告原文：
`;

/** Longest text sent to the model (characters); the rest is not proofread. */
export const PROOFREAD_MAX_CHARS = 12_000;

const cache = new Map<string, Finding[]>();
export const clearProofreadCache = () => cache.clear();

const hashOf = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

interface Proposal {
  quote?: unknown;
  problem?: unknown;
  fix?: unknown;
}

/** The JSON array in a model reply (possibly inside a ```json fence or after prose); [] when there is none. */
export function parseProposals(reply: string): Proposal[] {
  const start = reply.indexOf('[');
  const end = reply.lastIndexOf(']');
  if (start < 0 || end <= start) return [];
  try {
    const v = JSON.parse(reply.slice(start, end + 1)) as unknown;
    return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Proposal[]) : [];
  } catch {
    return [];
  }
}

/** Keep proposals whose quote is in the text verbatim (ASCII/full-width punctuation treated alike), once each. */
export function groundProposals(text: string, proposals: Proposal[]): { findings: Finding[]; dropped: number } {
  const norm = (s: string) => s.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/;/g, '；');
  const hay = norm(text);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  let dropped = 0;
  for (const p of proposals) {
    const quote = typeof p.quote === 'string' ? p.quote.trim() : '';
    if (quote.length < 2 || quote.length > 80 || !hay.includes(norm(quote))) {
      dropped++;
      continue;
    }
    if (seen.has(quote)) continue;
    seen.add(quote);
    const problem = typeof p.problem === 'string' ? p.problem.slice(0, 100) : '疑似错别字或病句';
    const fix = typeof p.fix === 'string' && p.fix.trim() ? `，建议改为「${p.fix.trim().slice(0, 80)}」` : '';
    findings.push({ rule: 'P-TYPO', severity: ruleDef('P-TYPO').severity, message: `「${quote}」：${problem}${fix}（大模型校对，请人工确认）`, where: {}, evidence: { quote } });
  }
  return { findings, dropped };
}

/** Proofread `text` with `model`; no model → skipped with a notice; a failing model → a notice, never a throw. */
export async function proofreadWithModel(text: string, model: LanguageModel | undefined, opts: { signal?: AbortSignal } = {}): Promise<ProofreadResult> {
  if (!model) return { findings: [], notice: NO_PROOFREAD_MODEL_NOTICE, dropped: 0, cached: false };
  const sent = text.slice(0, PROOFREAD_MAX_CHARS);
  const key = hashOf(sent);
  const hit = cache.get(key);
  if (hit) return { findings: hit, dropped: 0, cached: true };
  try {
    const { text: reply } = await generateText({ model, prompt: PROMPT + sent, temperature: 0, abortSignal: opts.signal });
    const { findings, dropped } = groundProposals(sent, parseProposals(reply));
    cache.set(key, findings);
    return { findings, dropped, cached: false, notice: text.length > sent.length ? `正文较长，只校对了前 ${PROOFREAD_MAX_CHARS} 字` : undefined };
  } catch (e) {
    return { findings: [], dropped: 0, cached: false, notice: `大模型校对失败：${e instanceof Error ? e.message.slice(0, 120) : String(e)}` };
  }
}
