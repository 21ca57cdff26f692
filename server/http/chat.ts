// /api/chat: a conversation bound to a draft, in the AI SDK 6 UI message stream protocol (works with useChat).
// With a model: streamText + tools (multi-step, capped). Without: the deterministic offline extractor.
// Mount with app.route('/', chatRoutes(deps)) — paths are absolute.
import {
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  stepCountIs,
  streamText,
  type LanguageModel,
  type UIMessage,
} from 'ai';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ChatHistory } from '../chat/history.js';
import { offlineTurn } from '../chat/offline.js';
import { fillSystemPrompt, readPromptFromDisk, type ReadPrompt } from '../chat/prompt.js';
import { loadDraft } from '../chat/save.js';
import { chatTools } from '../chat/tools.js';
import { isUserError } from '../errors.js';
import type { ChatRepo, DraftRepo } from '../ports/index.js';

export interface ChatRouteDeps {
  drafts: DraftRepo;
  chat: ChatRepo;
  model?: LanguageModel;
  readPrompt?: ReadPrompt;
  /** Tool-use steps per turn. */
  maxSteps?: number;
  timeout?: { totalMs: number; chunkMs?: number };
}

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
const modelError = (e: unknown) => (isUserError(e) ? e.message : '模型调用失败，草稿没有丢失。可以重试，或直接在表格中填写。');

export function chatRoutes(deps: ChatRouteDeps) {
  const history = new ChatHistory(deps.chat);
  const readPrompt = deps.readPrompt ?? readPromptFromDisk;

  const app = new Hono()
    .get('/api/chat/:draftId', async (c) => {
      const id = c.req.param('draftId');
      await loadDraft(deps.drafts, id);
      return c.json({ draftId: id, messages: await history.messages(id), pending: await history.pending(id) });
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
      const previous = await history.messages(draftId);

      if (!deps.model) {
        const stream = createUIMessageStream({
          execute: async ({ writer }) => {
            const messageId = newId();
            writer.write({ type: 'start', messageId });
            let lines: string[];
            let version: number | undefined;
            try {
              const r = await offlineTurn(deps.drafts, history, draftId, text);
              lines = r.lines;
              version = r.version;
            } catch (e) {
              lines = [isUserError(e) ? e.message : '处理失败，草稿没有改动，请重试。'];
            }
            writer.write({ type: 'text-start', id: 't1' });
            for (const line of lines) writer.write({ type: 'text-delta', id: 't1', delta: `${line}\n` });
            writer.write({ type: 'text-end', id: 't1' });
            if (version !== undefined) writer.write({ type: 'data-draft', data: { version } });
            writer.write({ type: 'finish', finishReason: 'stop' });
            await history.append(draftId, {
              id: messageId,
              role: 'assistant',
              parts: [{ type: 'text', text: lines.join('\n') }, ...(version !== undefined ? [{ type: 'data-draft' as const, data: { version } }] : [])],
            });
          },
          onError: () => '处理失败，请重试。',
        });
        return createUIMessageStreamResponse({ stream });
      }

      const template = await readPrompt('chat/system.md');
      const system = fillSystemPrompt(template, d.input);
      const signal = c.req.raw.signal;
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
            timeout: deps.timeout ?? { totalMs: 120_000, chunkMs: 30_000 },
          });
          writer.merge(result.toUIMessageStream({ sendReasoning: false, onError: modelError }));
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

