// Tools the model may call in a chat turn. Every argument goes through the same apply module as the offline path
// (server/chat/apply.ts): one validation per target, one diff line per change, one new draft version per call.
// The model never writes a table total: totals are computed.
import { tool, type LanguageModel } from 'ai';
import { z } from 'zod';
import { FACTS, LEVELS } from '../format/index.js';
import { CellIdSchema } from '../report/schema.js';
import type { DraftRepo as DraftStore } from '../ports/index.js';
import { applyChanges, diffLine, missingOf, type Change } from './apply.js';
import { findingsOf, generate, getDraft, saveInput } from './save.js';

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
  /** Validate and apply through the shared module; store one version when something changed. */
  const change = async (changes: Change[], note: string) => {
    const d = await getDraft(drafts, draftId);
    const { input, diffs, errors } = applyChanges(d.input, changes);
    if (!diffs.length) return { changes: [] as string[], errors, missing: missingOf(input) };
    const saved = await saveInput(drafts, draftId, input, note);
    deps.onVersion?.(saved.currentVersion);
    return { version: saved.currentVersion, changes: diffs.map(diffLine), errors, missing: missingOf(input) };
  };

  return {
    setMeta: tool({
      description: '修改草稿基本信息：机关全称、层级、报告年度、联系电话、落款日期（YYYY-MM-DD）',
      inputSchema: z.object({
        agency: z.string().trim().min(2).max(100).optional(),
        level: z.enum(LEVELS).optional(),
        year: z.number().int().min(2008).max(2100).optional(),
        phone: z.string().max(100).optional(),
        date: z.string().max(20).optional(),
      }),
      execute: async (a) => {
        const changes: Change[] = [];
        for (const k of ['agency', 'level', 'year', 'date'] as const) if (a[k] !== undefined) changes.push({ target: `meta.${k}`, value: a[k] as string | number });
        if (a.phone !== undefined) changes.push({ target: 'meta.contact.phone', value: a.phone });
        return change(changes, '对话：修改基本信息');
      },
    }),
    setCells: tool({
      description: '填写表二、表三、表四的叶子单元格。id 形如 t3.new.natural（见系统提示中的单元格清单）；合计由程序计算，不能填写。',
      inputSchema: z.object({
        cells: z.array(z.object({ id: CellIdSchema, value: z.number().finite() })).min(1).max(200),
      }),
      execute: async ({ cells }) => change(cells.map((c) => ({ target: c.id, value: c.value })), '对话：填写表格'),
    }),
    addFacts: tool({
      description: '记录总体情况和问题措施的事实（只能用列出的 key；数字事实为非负整数，problems/plans 为字符串数组）',
      inputSchema: z.object({
        facts: z.array(z.object({ key: z.enum(FACT_KEYS), value: z.union([z.number(), z.array(z.string().max(200)).max(20)]) })).min(1).max(40),
      }),
      execute: async ({ facts }) => change(facts.map((f) => ({ target: `fact:${f.key}`, value: f.value })), '对话：记录事实'),
    }),
    setFee: tool({
      description: '记录信息处理费情况：是否收取、金额（元）、发出收费通知书件数',
      inputSchema: z.object({ charged: z.boolean(), amountYuan: z.number().optional(), notices: z.number().optional() }),
      execute: async (fee) => {
        const changes: Change[] = [{ target: 'fee.charged', value: fee.charged }];
        if (fee.amountYuan !== undefined) changes.push({ target: 'fee.amountYuan', value: fee.amountYuan });
        if (fee.notices !== undefined) changes.push({ target: 'fee.notices', value: fee.notices });
        return change(changes, '对话：信息处理费');
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
        const d = await getDraft(drafts, draftId);
        if (!d.report) return { error: '还没有生成正文，请先生成。' };
        return { url: `/api/drafts/${encodeURIComponent(draftId)}/export?format=${format}` };
      },
    }),
  };
}
