// The language model for prose, from the environment. Unset → no model: the offline drafter writes the prose.
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';

export interface ModelChoice {
  /** undefined → offline drafter. */
  model?: LanguageModel;
  /** Provider label for logs and the UI (never the key). */
  label?: string;
  /** Plain Chinese notice for the clerk when no model is used (no setting names: clerks do not configure servers). */
  notice?: string;
  /** The same for the administrator's console, naming the settings to fix. */
  adminNotice?: string;
}

export const NO_MODEL_NOTICE = '未配置大模型，正文由离线起草器按模板生成；表格与固定段落不受影响。';
const OFFLINE_NOTICE = '大模型设置有误，正文由离线起草器按模板生成；请联系管理员。';

type Env = Record<string, string | undefined>;

/**
 * NIANBAO_LLM_BASE_URL + NIANBAO_LLM_MODEL (+ NIANBAO_LLM_API_KEY; local Ollama/vLLM need none) → an OpenAI-compatible
 * chat model. `.chat(id)` on purpose: `provider(id)` would call the Responses API, which compatible servers lack.
 */
export function modelFromEnv(env: Env = process.env): ModelChoice {
  const baseURL = env.NIANBAO_LLM_BASE_URL?.trim();
  const modelId = env.NIANBAO_LLM_MODEL?.trim();
  const apiKey = env.NIANBAO_LLM_API_KEY?.trim();
  if (!baseURL && !modelId)
    return { notice: NO_MODEL_NOTICE, adminNotice: `${NO_MODEL_NOTICE}（设置 NIANBAO_LLM_BASE_URL、NIANBAO_LLM_MODEL、NIANBAO_LLM_API_KEY 即可使用大模型）` };
  if (!baseURL || !modelId) {
    const missing = !baseURL ? 'NIANBAO_LLM_BASE_URL' : 'NIANBAO_LLM_MODEL';
    return { notice: OFFLINE_NOTICE, adminNotice: `大模型配置不完整（缺少 ${missing}），正文由离线起草器按模板生成。` };
  }
  let host: string;
  try {
    host = new URL(baseURL).host;
  } catch {
    return { notice: OFFLINE_NOTICE, adminNotice: `NIANBAO_LLM_BASE_URL「${baseURL}」不是有效网址，正文由离线起草器按模板生成。` };
  }
  const name = host.split(':')[0].replace(/^api\./, '').split('.')[0] || 'llm';
  const provider = createOpenAI({ baseURL, apiKey: apiKey || 'none', name });
  return { model: provider.chat(modelId), label: `${name}:${modelId}` };
}
