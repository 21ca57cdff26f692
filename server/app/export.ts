// Export a draft as a downloadable file (md, html, txt, docx): the bytes and the headers, no HTTP framework.
import { UserError } from '../errors.js';
import type { DraftRecord } from '../ports/index.js';
import { renderReport, TEXT_FORMATS, type TextFormat } from '../render/index.js';

export const EXPORT_FORMATS = [...TEXT_FORMATS, 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A file name safe in every header and file system: no controls, no path separators, no lone surrogates. */
export function safeFileName(name: string): string {
  return name.toWellFormed().replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').slice(0, 120) || 'draft';
}

export async function exportDraft(d: DraftRecord, fmt: string): Promise<{ body: Uint8Array | string; headers: Record<string, string> }> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(fmt)) throw new UserError(`导出格式「${fmt.slice(0, 20)}」不支持，可用：${EXPORT_FORMATS.join('、')}。`, 400);
  if (!d.report) throw new UserError('该草稿还没有生成正文，无法导出。', 409);
  const name = encodeURIComponent(`${safeFileName(d.report.title ?? d.agency)}.${fmt}`);
  const headers = {
    'content-type': TYPES[fmt as ExportFormat],
    'content-disposition': `attachment; filename="draft.${fmt}"; filename*=UTF-8''${name}`,
    'x-content-type-options': 'nosniff',
    etag: `"${d.currentVersion}"`,
  };
  if (fmt === 'docx') {
    const { renderDocx } = await import('../render/docx.js');
    return { body: new Uint8Array(await renderDocx(d.report)), headers };
  }
  return { body: renderReport(d.report, fmt as TextFormat, { standalone: true }), headers };
}
