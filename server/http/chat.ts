// /api/chat: a conversation bound to a draft, in the AI SDK 6 UI message stream protocol (works with useChat).
// With a model: streamText + tools (multi-step, capped, timed out); the model's text is shown only when it passes
// the grounding and name checks, and every reply ends with the turn's diff. Without: the offline chat turn.
// Mount with app.route('/', chatRoutes(deps)) — paths are absolute.
import {
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  stepCountIs,
  streamText,
  type LanguageModel,
  type UIMessage,
  type UIMessageChunk,
} from 'ai';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { diffLine, type Diff } from '../chat/apply.js';
import { chatTextProblems } from '../chat/grounding.js';
import { ChatHistory } from '../chat/history.js';
import { isUndo } from '../chat/mentions.js';
import { offlineTurn } from '../chat/offline.js';
import { fillSystemPrompt, readPromptFromDisk, type ReadPrompt } from '../chat/prompt.js';
import { getDraft } from '../chat/save.js';
import { flatten, formatOfInput, sameValue, showValue, targetName } from '../chat/targets.js';
import { chatTools } from '../chat/tools.js';
import { isUserError } from '../errors.js';
import type { ChatRepo, DraftRepo as DraftStore } from '../ports/index.js';

export interface ChatRouteDeps {
  drafts: DraftStore;
  chat: ChatRepo;
  model?: LanguageModel;
  readPrompt?: ReadPrompt;
  /** Tool-use steps per turn. */
  maxSteps?: number;
  timeout?: { totalMs: number; chunkMs?: number };
  /** History sent to the model: at most this many messages and characters (newest kept). */
  historyCap?: { messages: number; chars: number };
}

const HISTORY_CAP = { messages: 20, chars: 12_000 };

/** The newest messages within the cap, starting with a user message; the last (the clerk's) is always kept. */
export function capHistory(messages: UIMessage[], cap = HISTORY_CAP): UIMessage[] {
  const out: UIMessage[] = [];
  let chars = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const size = JSON.stringify(messages[i].parts).length;
    if (out.length && (out.length >= cap.messages || chars + size > cap.chars)) break;
    out.unshift(messages[i]);
    chars += size;
  }
  while (out.length > 1 && out[0].role !== 'user') out.shift();
  return out;
}

const isTimeout = (e: unknown): boolean => {
  const err = e as { name?: string; message?: string; cause?: unknown } | undefined;
  return /Timeout|Abort/i.test(`${err?.name ?? ''} ${err?.message ?? ''}`) || (err?.cause !== undefined && err.cause !== e && isTimeout(err.cause));
};

export const MAX_MESSAGE_CHARS = 4000;

const PartSchema = z.looseObject({ type: z.string().max(100) });
const MessageSchema = z.looseObject({
  id: z.string().max(200).optional(),
  role: z.enum(['user', 'assistant', 'system']),
  parts: z.array(PartSchema).max(200),
});
const BodySchema = z.looseObject({
  draftId: z.string().min(1).max(100).optional(),
  id: z.string().max(200).optional(),
  messages: z.array(MessageSchema).min(1, '没有消息').max(500),
});

const textOf = (m: { parts: { type: string; text?: unknown }[] }) =>
  m.parts
    .filter((p) => p.type === 'text' && typeof p.text === 'string')
    .map((p) => p.text as string)
    .join('');

const newId = () => `m_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

function bad(c: Context, error: string, field: string, status: 400 | 404 | 413 = 400) {
  return c.json({ error, field }, status);
}

/** What the clerk sees when the model or a tool fails: no stack, no provider detail. */
const modelError = (e: unknown) =>
  isUserError(e) ? e.message
  : isTimeout(e) ? '模型响应超时，本轮对话已结束。已保存的修改不受影响，可以重试，或直接在表格中填写。'
  : '模型调用失败，草稿没有丢失。可以重试，或直接在表格中填写。';

/** The diff between two versions' inputs, in official names. */
function diffOf(a: Parameters<typeof flatten>[0], b: Parameters<typeof flatten>[0]): Diff[] {
  const format = formatOfInput(b);
  const x = flatten(a);
  const y = flatten(b);
  return [...new Set([...Object.keys(x), ...Object.keys(y)])]
    .filter((t) => !sameValue(x[t], y[t]))
    .map((t) => ({ target: t, what: targetName(format, t), from: showValue(t, x[t]), to: showValue(t, y[t]) }));
}

export function chatRoutes(deps: ChatRouteDeps) {
  const history = new ChatHistory(deps.chat);
  const readPrompt = deps.readPrompt ?? readPromptFromDisk;

  const app = new Hono()
    // useChat({ resume: true }) asks for an active stream on load: replies are not resumable, so 204 (nothing to resume).
    .get('/api/chat/:draftId/stream', (c) => c.body(null, 204))
    .get('/api/chat/:draftId', async (c) => {
      const id = c.req.param('draftId');
      await getDraft(deps.drafts, id);
      const state = await history.state(id);
      return c.json({ draftId: id, messages: await history.messages(id), pending: state.pending, canUndo: Boolean(state.undo) });
    })
    .post('/api/chat', async (c) => {
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        return bad(c, '请求体不是有效的 JSON。', 'body');
      }
      const parsed = BodySchema.safeParse(raw);
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        return bad(c, `请求内容有误：${i.path.join('.') || '（根）'}：${i.message}`, i.path.join('.') || 'body');
      }
      const draftId = parsed.data.draftId ?? parsed.data.id;
      if (!draftId) return bad(c, '缺少草稿编号 draftId。', 'draftId');
      const d = await deps.drafts.get(draftId);
      if (!d) return bad(c, `草稿「${draftId}」不存在。`, 'draftId', 404);
      const last = parsed.data.messages[parsed.data.messages.length - 1];
      if (last.role !== 'user') return bad(c, '最后一条消息应来自用户。', 'messages');
      const text = textOf(last as { parts: { type: string; text?: unknown }[] }).trim();
      if (!text) return bad(c, '消息为空，请输入内容。', 'messages');
      if (text.length > MAX_MESSAGE_CHARS)
        return bad(c, `消息过长（${text.length}字），每条消息不超过${MAX_MESSAGE_CHARS}字，请分几次发送。`, 'messages', 413);

      // The stored conversation is the truth; only the new user message is taken from the client.
      const userMessage: UIMessage = { id: last.id || newId(), role: 'user', parts: [{ type: 'text', text }] };
      await history.append(draftId, userMessage);

      // 「撤销」 is a command: done here, never left to a model.
      if (!deps.model || isUndo(text)) {
        const stream = createUIMessageStream({
          execute: async ({ writer }) => {
            const messageId = newId();
            writer.write({ type: 'start', messageId });
            let lines: string[];
            let version: number | undefined;
            let diffs: Diff[] = [];
            try {
              const r = await offlineTurn(deps.drafts, history, draftId, text);
              lines = r.lines;
              version = r.version;
              diffs = r.diffs ?? [];
            } catch (e) {
              lines = [isUserError(e) ? e.message : '处理失败，草稿没有改动，请重试。'];
            }
            writer.write({ type: 'text-start', id: 't1' });
            for (const line of lines) writer.write({ type: 'text-delta', id: 't1', delta: `${line}\n` });
            writer.write({ type: 'text-end', id: 't1' });
            const data = version !== undefined ? [{ type: 'data-draft' as const, data: { version } }, { type: 'data-diff' as const, data: { diffs, undo: true } }] : [];
            for (const part of data) writer.write(part);
            writer.write({ type: 'finish', finishReason: 'stop' });
            await history.append(draftId, { id: messageId, role: 'assistant', parts: [{ type: 'text', text: lines.join('\n') }, ...data] });
          },
          onError: () => '处理失败，请重试。',
        });
        return createUIMessageStreamResponse({ stream });
      }

      const previous = capHistory(await history.messages(draftId), deps.historyCap);
      const template = await readPrompt('chat/system.md');
      const system = fillSystemPrompt(template, d.input);
      const timeout = deps.timeout ?? { totalMs: 120_000, chunkMs: 30_000 };
      // A hung provider must end the turn even if the SDK's own timers do not fire: one hard stop for the turn.
      // (A plain timer held by this closure: AbortSignal.timeout() can be collected before it fires.)
      const stopper = new AbortController();
      const onClientAbort = () => stopper.abort(new Error('aborted by client'));
      c.req.raw.signal.addEventListener('abort', onClientAbort, { once: true });
      const hardStop = setTimeout(() => stopper.abort(new Error('Timeout')), timeout.totalMs + 1_000);
      const signal = stopper.signal;
      const stream = createUIMessageStream({
        originalMessages: previous,
        execute: async ({ writer }) => {
          const tools = chatTools({
            drafts: deps.drafts,
            draftId,
            model: deps.model,
            signal,
            onVersion: (version) => writer.write({ type: 'data-draft', data: { version } }),
          });
          const result = streamText({
            model: deps.model!,
            system,
            messages: await convertToModelMessages(previous, { tools, ignoreIncompleteToolCalls: true }),
            tools,
            stopWhen: stepCountIs(deps.maxSteps ?? 6),
            abortSignal: signal,
            maxOutputTokens: 2000,
            timeout,
          });
          // Text is held back until it passes the checks; everything else streams through.
          let said = '';
          let finish: UIMessageChunk | undefined;
          let failed = false;
          const reader = result.toUIMessageStream({ sendReasoning: false, onError: (e) => ((failed = true), modelError(e)) }).getReader();
          const stop = new Promise<'stopped'>((resolve) => signal.addEventListener('abort', () => resolve('stopped'), { once: true }));
          for (;;) {
            const next = await Promise.race([reader.read(), stop]);
            if (next === 'stopped') {
              failed = true;
              void reader.cancel().catch(() => {});
              writer.write({ type: 'error', errorText: modelError(new Error('Timeout')) });
              break;
            }
            if (next.done) break;
            const chunk = next.value;
            if (chunk.type === 'text-delta') said += chunk.delta;
            else if (chunk.type === 'text-start' || chunk.type === 'text-end') continue;
            else if (chunk.type === 'finish') finish = chunk;
            else if (chunk.type === 'abort') {
              // A timeout aborts the stream: the clerk gets a Chinese error part, not the SDK's English reason.
              failed = true;
              writer.write({ type: 'error', errorText: modelError(new Error(`Timeout: ${chunk.reason ?? ''}`)) });
            }
            else writer.write(chunk);
          }
          clearTimeout(hardStop);
          c.req.raw.signal.removeEventListener('abort', onClientAbort);
          const after = (await deps.drafts.get(draftId))!;
          const diffs = diffOf(d.input, after.input);
          const lines: string[] = [];
          // Numbers the clerk said this turn are grounded too (the model may repeat them).
          const spoken = (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
          const problems = said.trim() ? chatTextProblems(said, after.input, [after.currentVersion, d.currentVersion, ...spoken]) : [];
          if (said.trim() && !problems.length) lines.push(said.trim());
          // The offending text is not echoed: the notice says why, and the diff is the reply.
          else if (said.trim()) lines.push(`（模型的回复含有${problems.some((p) => p.startsWith('数字')) ? '草稿中没有来源的数字' : '其他机关或地名'}，未予显示。${diffs.length ? '以下为本轮修改的清单。' : '本轮没有修改草稿。'}）`);
          if (diffs.length) {
            lines.push(`本轮修改（第${after.currentVersion}版）：`, ...diffs.slice(0, 8).map(diffLine));
            if (diffs.length > 8) lines.push(`· ……共${diffs.length}处`);
            lines.push('说「撤销」可撤回本轮修改。');
            const state = await history.state(draftId);
            await history.setState(draftId, { ...state, undo: { before: d.currentVersion, after: after.currentVersion } });
            writer.write({ type: 'data-diff', data: { diffs, undo: true } });
          } else if (!failed && !said.trim()) lines.push('本轮没有修改草稿。');
          if (lines.length) {
            writer.write({ type: 'text-start', id: 'reply' });
            writer.write({ type: 'text-delta', id: 'reply', delta: lines.join('\n') });
            writer.write({ type: 'text-end', id: 'reply' });
          }
          if (finish) writer.write(finish);
        },
        onError: modelError,
        onFinish: async ({ responseMessage }) => {
          if (responseMessage.parts.length) await history.append(draftId, responseMessage);
        },
      });
      return createUIMessageStreamResponse({ stream });
    });

  app.onError((err, c) => {
    if (isUserError(err)) return c.json({ error: err.message }, err.status);
    return c.json({ error: '服务器内部错误，请稍后重试。' }, 500);
  });
  return app;
}

