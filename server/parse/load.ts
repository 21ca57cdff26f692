// loadReportText: a file on disk → the plain text parseText reads. File checks live here; decoding (UTF-8,
// GB18030, UTF-16) and .html/.docx reading are the document readers' job.
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { readDocument } from './readers/index.js';

export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

export interface LoadedText {
  text: string;
  /** What the user should know about the reading (encoding, web furniture removed…). */
  notes: string[];
}

export async function loadReportText(path: string): Promise<LoadedText> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new UserError(`「${path}」是一个目录，请给出报告文件`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`读不到文件「${path}」：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`, 404);
  }
  if (size === 0) throw new UserError(`「${path}」是空文件，没有可读取的内容`, 422);
  if (size > MAX_REPORT_BYTES)
    throw new UserError(`「${path}」过大（${(size / 1024 / 1024).toFixed(1)} MB），年度报告文件上限为 ${MAX_REPORT_BYTES / 1024 / 1024} MB`, 413);
  // readDocument refuses a file without text.
  const { text, notes } = await readDocument(await readFile(path), path);
  return { text, notes };
}
