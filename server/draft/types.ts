// What drafting takes and returns.
import type { LanguageModel } from 'ai';
import { z } from 'zod';
import type { Finding } from '../check/types.js';
import { formatForYear } from '../format/index.js';
import { cellInputError } from '../report/cells.js';
import { CellIdSchema, CellSchema, FactSchema, FeeSchema, MetaSchema, type ParsedReport, type Report } from '../report/schema.js';


/** A clerk's input. Everything but meta is optional: missing numbers stay missing, never invented. */
export const DraftInputSchema = z.object({
  meta: MetaSchema,
  format: z.enum(['2019', '2021']).optional().describe('表格格式；省略时按年度确定'),
  numbers: z
    .record(CellIdSchema, z.number().finite().nullable())
    .default({})
    .describe('叶子单元格数字；合计由程序计算'),
  /** Cells as a parsed report carries them (`nianbao parse --json`); leaves are taken, totals recomputed. */
  tables: z.record(CellIdSchema, CellSchema).optional(),
  facts: z.array(FactSchema).max(200).default([]),
  fee: FeeSchema.optional(),
  /** Cells prefilled from last year's report, with where each came from (the page marks them). */
  carried: z.record(CellIdSchema, z.string().max(200)).optional(),
  /** Last year's report of the same agency (as parsed): the cross-year rules (Y-*) run against it. */
  previous: z.custom<ParsedReport>((v) => v === undefined || (typeof v === 'object' && v !== null && 'tables' in v), '上年报告格式不对').optional(),
}).superRefine((input, ctx) => {
  // Each typed number must fit its cell's kind (count / amount / delta) in the draft's format.
  const format = input.format ?? formatForYear(input.meta.year);
  for (const [id, value] of Object.entries(input.numbers)) {
    const err = cellInputError(format, id, value);
    if (err) ctx.addIssue({ code: 'custom', path: ['numbers', id], message: err });
  }
});
export type DraftInput = z.infer<typeof DraftInputSchema>;
export type DraftInputIn = z.input<typeof DraftInputSchema>;

export type Generator = 'llm' | 'offline' | 'template';
export type NarrativeNo = 1 | 5;

/** Retrieved example passage (from the corpus search); its agency/place names are masked before use. */
export interface Passage {
  id: string | number;
  text: string;
  agency?: string;
  year?: number;
}
export type Retrieve = (query: string, opts: { k: number; section: NarrativeNo; exclude?: string; signal?: AbortSignal }) => Promise<Passage[]>;

export type ProgressEvent =
  | { type: 'stage'; stage: 'retrieve' | 'draft' | 'validate' | 'repair' | 'done'; section?: NarrativeNo }
  | { type: 'delta'; section: NarrativeNo; text: string }
  | { type: 'fallback'; section: NarrativeNo; reason: string };

export interface DraftDeps {
  model?: LanguageModel;
  /** Shown when model is undefined (from modelFromEnv). */
  modelNotice?: string;
  retrieve?: Retrieve;
  /** Per call: total and between-chunk limits (ms). */
  timeout?: { totalMs: number; chunkMs?: number };
  maxRetries?: number;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  /** 'offline' forces the offline drafter even with a model. */
  mode?: 'auto' | 'offline';
  /** Only these narrative sections are (re)written; others are taken from `previous`. */
  only?: NarrativeNo[];
  previous?: Report;
  instruction?: string;
}

export interface SectionOutcome {
  no: number;
  generator: Generator;
  /** Why the offline drafter was used for this section, if it was. */
  reason?: string;
  repaired?: boolean;
}

export interface DraftResult {
  report: Report;
  sections: SectionOutcome[];
  /** Plain Chinese notices (offline used and why, facts missing…). */
  notices: string[];
  /** Validator findings of the returned draft (never hidden). */
  findings: Finding[];
}
