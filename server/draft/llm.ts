// One model call for one section: streamed, bounded (timeout, retries, abort), and its failure named in Chinese.
import { APICallError, RetryError, streamText, type LanguageModel, type ModelMessage } from 'ai';
import { ASPECTS, CHINESE_ORDINALS } from '../format/index.js';

export class EmptyReplyError extends Error {
  constructor() {
    super('模型返回了空内容');
    this.name = 'EmptyReplyError';
  }
}

export interface CallOptions {
  model: LanguageModel;
  system: string;
  messages: ModelMessage[];
  timeout: { totalMs: number; chunkMs?: number };
  maxRetries: number;
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}

export async function callModel(o: CallOptions): Promise<string> {
  const result = streamText({
    model: o.model,
    system: o.system,
    messages: o.messages,
    temperature: 0.3,
    maxOutputTokens: 2000,
    maxRetries: o.maxRetries,
    timeout: { totalMs: o.timeout.totalMs, chunkMs: o.timeout.chunkMs },
    abortSignal: o.signal,
    onError: () => {}, // errors are rethrown below and reported as a notice; nothing is logged with the prompt
  });
  let text = '';
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') {
      text += part.text;
      o.onDelta?.(part.text);
    } else if (part.type === 'error') throw part.error;
    else if (part.type === 'abort')
      // The SDK aborts on its own timeout too: only the caller's signal means the user stopped it.
      // A deadline signal (AbortSignal.timeout) aborts with a TimeoutError reason: that is a timeout, not the user.
      throw o.signal?.aborted && (o.signal.reason as Error | undefined)?.name !== 'TimeoutError'
        ? Object.assign(new Error('调用被中止'), { name: 'AbortError' })
        : Object.assign(new Error('模型响应超时'), { name: 'TimeoutError' });
  }
  if (!text.trim()) throw new EmptyReplyError();
  return text;
}

/** Why a model call failed, in words a clerk understands (never the prompt or the key). */
export function failureReason(e: unknown): string {
  let err = e;
  if (RetryError.isInstance(err)) err = err.lastError;
  if (APICallError.isInstance(err)) {
    const s = err.statusCode;
    if (s === 429) return '模型服务繁忙或超出调用额度（429）';
    if (s === 401 || s === 403) return `模型服务拒绝访问（${s}），请管理员检查大模型的密钥设置`;
    if (s === 404) return '模型服务地址或模型名不存在（404），请管理员检查大模型的地址和模型名设置';
    if (s !== undefined && s >= 500) return `模型服务出错（${s}）`;
    if (s !== undefined) return `模型服务返回错误（${s}）`;
    return '无法连接模型服务';
  }
  if (err instanceof EmptyReplyError) return '模型返回了空内容';
  const name = err instanceof Error ? err.name : '';
  const msg = err instanceof Error ? err.message : String(err);
  if (name === 'TimeoutError' || /timeout|timed out/i.test(msg)) return '模型响应超时';
  if (name === 'AbortError') return '生成被中止';
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|socket/i.test(msg)) return '无法连接模型服务';
  if (/JSON|parse|Type validation/i.test(msg)) return '模型服务返回的数据格式不正确';
  return '模型调用失败';
}

/** Model text → plain section text: no markdown, no repeated heading, full-width sub-heading numerals. */
export function normaliseOutput(no: number, raw: string, heading: string): string {
  let lines = raw
    .replace(/\r/g, '')
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*#{1,6}\s*/, '')
        .replace(/\*\*|__/g, '')
        .replace(/^\s*[-*•]\s+/, '')
        .trim(),
    )
    .filter(Boolean);
  const bare = heading.replace(/^[一二三四五六]、/, '');
  lines = lines.filter((l) => l !== heading && l !== bare && !/^<\/?上一稿>$/.test(l));
  if (no === 1) {
    lines = lines.map((l) => {
      const m = /^[（(]([一二三四五])[)）]\s*(.*)$/.exec(l);
      if (!m) return l;
      const i = CHINESE_ORDINALS.indexOf(m[1]);
      const aspect = ASPECTS[i];
      // A bare sub-heading is normalised to the official wording; a heading followed by text keeps its text.
      if (aspect && (m[2] === '' || m[2].replace(/[。：:]$/, '') === aspect.title || aspect.title.startsWith(m[2].replace(/[。：:]$/, ''))))
        return `（${m[1]}）${aspect.title}`;
      return `（${m[1]}）${m[2]}`;
    });
  }
  return lines.join('\n');
}
