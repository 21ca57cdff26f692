// Tools the model may call in a chat turn. Every argument is checked against the format declaration; every
// change becomes a new draft version. The model never writes a table total: totals are computed.
import { tool, type LanguageModel } from 'ai';
import { z } from 'zod';
import { cellInputError } from '../report/cells.js';
import { cellRef, FACTS, LEVELS } from '../format/index.js';
import { CellIdSchema } from '../report/schema.js';
import type { DraftRepo as DraftStore } from '../ports/index.js';
import { applyCells, applyFacts, formatOfInput, missingOf, type Change } from './apply.js';
import { changeLines } from './offline.js';
import { findingsOf, generate, loadDraft, saveInput } from './save.js';

export interface ToolDeps {
  drafts: DraftStore;
  draftId: string;
  model?: LanguageModel;
  signal?: AbortSignal;
  /** Told about every new version (the route sends a data-draft part so the page refreshes). */
  onVersion?: (version: number) => void;
}

const FACT_KEYS = FACTS.map((f) => f.key) as [string, ...string[]];

export function chatTools(deps: ToolDeps) {
  const { drafts, draftId } = deps;
  const done = async (version: number, changes: Change[]) => {
    deps.onVersion?.(version);
    return { version, changes: changeLines(changes), missing: missingOf((await loadDraft(drafts, draftId)).input) };
  };

  return {
    setMeta: tool({
      description: '修改草稿基本信息：机关全称、层级、报告年度、联系电话、落款日期（YYYY-MM-DD）',
      inputSchema: z.object({
        agency: z.string().trim().min(2).max(100).optional(),
        level: z.enum(LEVELS).optional(),
        year: z.number().int().min(2008).max(2100).optional(),
        phone: z.string().max(100).optional(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      }),
      execute: async (a) => {
        const d = (await loadDraft(drafts, draftId));
        const changes: Change[] = [];
        const meta = { ...d.input.meta };
        for (const k of ['agency', 'level', 'year', 'date'] as const) {
          if (a[k] !== undefined && a[k] !== meta[k]) {
            changes.push({ what: k, from: String(meta[k] ?? '（空）'), to: String(a[k]) });
            Object.assign(meta, { [k]: a[k] });
          }
        }
        if (a.phone) meta.contact = { ...meta.contact, phone: a.phone };
        const saved = await saveInput(drafts, draftId, { ...d.input, meta }, '对话：修改基本信息');
        return done(saved.currentVersion, changes);
      },
    }),
    setCells: tool({
      description: '填写表二、表三、表四的叶子单元格。id 形如 t3.new.natural（见系统提示中的单元格清单）；合计由程序计算，不能填写。',
      inputSchema: z.object({
        cells: z.array(z.object({ id: CellIdSchema, value: z.number().finite() })).min(1).max(200),
      }),
      execute: async ({ cells }) => {
        const d = (await loadDraft(drafts, draftId));
        const format = formatOfInput(d.input);
        const errors: string[] = [];
        const ok: Record<string, number> = {};
        for (const c of cells) {
          const err = cellInputError(format, c.id, c.value);
          if (err) errors.push(err);
          else ok[c.id] = c.value;
        }
        if (!Object.keys(ok).length) return { errors };
        const changes: Change[] = [];
        const input = applyCells(d.input, ok, changes);
        const saved = await saveInput(drafts, draftId, input, '对话：填写表格');
        return { ...(await done(saved.currentVersion, changes)), errors };
      },
    }),
    addFacts: tool({
      description: '记录总体情况和问题措施的事实（只能用列出的 key；数字事实为非负整数，problems/plans 为字符串数组）',
      inputSchema: z.object({
        facts: z.array(z.object({ key: z.enum(FACT_KEYS), value: z.union([z.number().int().min(0), z.array(z.string().max(200)).max(20)]) })).min(1).max(40),
      }),
      execute: async ({ facts }) => {
        const d = (await loadDraft(drafts, draftId));
        const changes: Change[] = [];
        const input = applyFacts(d.input, Object.fromEntries(facts.map((f) => [f.key, f.value])), changes);
        const saved = await saveInput(drafts, draftId, input, '对话：记录事实');
        return done(saved.currentVersion, changes);
      },
    }),
    setFee: tool({
      description: '记录信息处理费情况：是否收取、金额（元）、发出收费通知书件数',
      inputSchema: z.object({ charged: z.boolean(), amountYuan: z.number().min(0).optional(), notices: z.number().int().min(0).optional() }),
      execute: async (fee) => {
        const d = (await loadDraft(drafts, draftId));
        const saved = await saveInput(drafts, draftId, { ...d.input, fee }, '对话：信息处理费');
        return done(saved.currentVersion, [{ what: '信息处理费', to: fee.charged ? `收取${fee.amountYuan ?? ''}元` : '未收取' }]);
      },
    }),
    generate: tool({
      description: '生成正文；给出 section（1 或 5）时只重新生成该部分，可附修改要求 instruction',
      inputSchema: z.object({ section: z.union([z.literal(1), z.literal(5)]).optional(), instruction: z.string().max(200).optional() }),
      execute: async ({ section, instruction }) => {
        const { draft, notices } = await generate(drafts, draftId, { model: deps.model, section, instruction, signal: deps.signal });
        deps.onVersion?.(draft.currentVersion);
        return { version: draft.currentVersion, notices };
      },
    }),
    validate: tool({
      description: '校验当前草稿，返回问题清单',
      inputSchema: z.object({}),
      execute: async () => {
        const findings = await findingsOf(drafts, draftId);
        return { count: findings.length, findings: findings.slice(0, 20).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })) };
      },
    }),
    exportLink: tool({
      description: '给出导出下载链接（docx、html、md、txt）',
      inputSchema: z.object({ format: z.enum(['docx', 'html', 'md', 'txt']).default('docx') }),
      execute: async ({ format }) => {
        const d = (await loadDraft(drafts, draftId));
        if (!d.report) return { error: '还没有生成正文，请先生成。' };
        return { url: `/api/drafts/${encodeURIComponent(draftId)}/export?format=${format}` };
      },
    }),
  };
}
