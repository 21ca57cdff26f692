// One upload reader for every route that takes a file: multipart field `file`, or the raw body with ?filename=.
import type { Context } from 'hono';
import { UserError } from '../errors.js';

export async function readUpload(c: Context, what = '报告文件（txt、html、docx 或 pdf）'): Promise<{ filename: string; bytes: Uint8Array; fields: Record<string, string> }> {
  let filename = c.req.query('filename') ?? '';
  let bytes: Uint8Array;
  const fields: Record<string, string> = {};
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw new UserError('上传的表单格式有误（multipart 内容不完整或边界不对），请重新选择文件上传。', 400);
    }
    const file = form.file;
    if (!(file instanceof File)) throw new UserError(`请以表单字段 file 上传${what}。`, 400);
    for (const [k, v] of Object.entries(form)) if (typeof v === 'string') fields[k] = v;
    filename = file.name || filename;
    bytes = new Uint8Array(await file.arrayBuffer());
  } else {
    bytes = new Uint8Array(await c.req.arrayBuffer());
  }
  if (!filename) throw new UserError(`请提供文件名（表单上传，或 ?filename=报告.docx），以便判断文件类型。`, 400);
  if (bytes.length === 0) throw new UserError(`上传的文件「${filename.slice(0, 80)}」是空的。`, 400);
  return { filename, bytes, fields };
}
