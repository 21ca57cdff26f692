// The report model (zod 4). One shape for a parsed published report, a user's draft and a generated one.
import { z } from 'zod';
import { LEVELS } from '../format/index.js';

/**
 * A table cell. `value` is the number (null when blank or unreadable). `raw` is kept only when the cell was read
 * from a published text and differs from the plain number (「00」, 「」, 「/」, 「1。」), so the validator still sees it.
 */
/** A cell id: `t3.new.natural` (table.row.column of the format declaration). */
export const CellIdSchema = z.string().regex(/^t[234]\.[a-z0-9_]+\.[a-z0-9_]+$/, '单元格编号应形如 t3.new.natural');

export const CellSchema = z.object({
  value: z.number().finite().nullable().describe('数值；空白或无法识别时为 null'),
  raw: z.string().max(200).optional().describe('原文（仅当从已发布文本读入且与数值写法不同）'),
});
export type Cell = z.infer<typeof CellSchema>;

export const ContactSchema = z.object({
  phone: z.string().max(100).optional(),
  address: z.string().max(200).optional(),
  email: z.string().max(200).optional(),
  office: z.string().max(100).optional().describe('联系科室，如「综合办公室」'),
  website: z.string().max(300).optional().describe('电子版发布位置'),
});

export const MetaSchema = z.object({
  agency: z.string().trim().min(2, '机关全称至少两个字').max(100).describe('机关全称，如「临江市桦树镇人民政府」'),
  shortName: z.string().max(40).optional().describe('简称，如「桦树镇」'),
  level: z.enum(LEVELS).optional().describe('机关层级'),
  parent: z.string().max(100).optional().describe('上级政府，如「临江市人民政府」'),
  province: z.string().max(20).optional(),
  year: z.number().int().min(2008, '报告年度不早于2008年').max(2100).describe('报告年度 YYYY'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '落款日期格式应为 YYYY-MM-DD')
    .optional()
    .describe('落款日期'),
  contact: ContactSchema.optional(),
});
export type Meta = z.infer<typeof MetaSchema>;

export const SubsectionSchema = z.object({
  heading: z.string().max(200).describe('小标题原文，如「（一）主动公开情况」'),
  aspect: z.enum(['active', 'request', 'management', 'platform', 'supervision']).optional(),
  text: z.string().max(20000),
});

export const GeneratorSchema = z.enum(['published', 'user', 'llm', 'offline', 'template']);

export const SectionSchema = z.object({
  no: z.number().int().min(1).max(6),
  heading: z.string().max(200).describe('标题原文'),
  text: z.string().max(50000).describe('正文（不含表格）'),
  subsections: z.array(SubsectionSchema).optional(),
  generator: GeneratorSchema.optional().describe('由谁写成：已发布原文、用户、模型、离线起草器、模板'),
});
export type Section = z.infer<typeof SectionSchema>;

export const FactSchema = z.object({
  key: z.string().max(60).optional().describe('已知事实键（见 format/facts.ts），自由事实可省略'),
  label: z.string().min(1).max(100),
  value: z.union([z.number().finite(), z.string().max(2000), z.array(z.string().max(500)).max(50)]),
  unit: z.string().max(10).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const FeeSchema = z.object({
  charged: z.boolean().describe('本年是否收取信息处理费'),
  notices: z.number().int().min(0).optional().describe('发出收费通知书件数'),
  amountYuan: z.number().min(0).optional().describe('收取金额（元）'),
});

export const ReportSchema = z.object({
  format: z.enum(['2019', '2021']).describe('表格格式'),
  meta: MetaSchema,
  title: z.string().max(200).optional(),
  preface: z.string().max(5000).optional(),
  sections: z.array(SectionSchema).max(12),
  tables: z.record(CellIdSchema, CellSchema).describe('单元格，键如 t3.new.natural'),
  facts: z.array(FactSchema).max(200).default([]),
  fee: FeeSchema.optional(),
  signoff: z.object({ agency: z.string().max(100).optional(), date: z.string().max(40).optional() }).optional(),
});
export type Report = z.infer<typeof ReportSchema>;
export type ReportInput = z.input<typeof ReportSchema>;

/** What the parser could not find or had to note (a truncated page, an unreadable cell). */
export const ParseNoteSchema = z.object({
  kind: z.enum(['missing', 'unreadable', 'ambiguous', 'info']),
  where: z.string(),
  message: z.string(),
});
export type ParseNote = z.infer<typeof ParseNoteSchema>;

/** A report read from a published text: the agency or year may be missing on a truncated page. */
export const ParsedMetaSchema = MetaSchema.extend({
  agency: z.string().max(100).describe('机关全称；截断的网页可能读不到，为空串'),
  year: z.number().int().min(2008).max(2100).nullable().describe('报告年度；读不到时为 null'),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('网页标注的发布日期（与落款日期分开：落款是签发，发布日期是公布）'),
});

export const ParsedReportSchema = ReportSchema.extend({
  format: z.enum(['2019', '2021']).nullable().describe('表格格式；无表格且无年度时为 null'),
  meta: ParsedMetaSchema,
  source: z.object({
    file: z.string().optional(),
    /** Headings as written, in order (so an altered heading can be flagged). */
    headings: z.array(z.object({ no: z.number().nullable(), text: z.string(), line: z.number() })),
    formatDetected: z.enum(['2019', '2021']).nullable(),
    complete: z.boolean(),
    notes: z.array(ParseNoteSchema),
    /** Label text as written per row key (F-LABELS), when it differs from the official label. */
    labels: z.array(z.object({ table: z.string(), key: z.string(), written: z.string(), official: z.string() })).default([]),
    text: z.string().optional().describe('全文（用于证据引用）'),
    pinyin: z.array(z.string()).optional().describe('转载站在字后插入拼音注音之处（原样，解析时已去掉）'),
  }),
});
export type ParsedReport = z.infer<typeof ParsedReportSchema>;
/** Anything the validator and renderer accept: a user's/generated report or a parsed one. */
export type AnyReport = Report | ParsedReport;

export function reportJsonSchema() {
  return z.toJSONSchema(ParsedReportSchema, { io: 'input', unrepresentable: 'any' });
}
