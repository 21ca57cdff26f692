import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../server/errors.js';
import { readDocument } from '../../server/parse/readers/index.js';

async function refusal(buf: Buffer | Uint8Array, name: string): Promise<UserError> {
  try {
    await readDocument(buf, name);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error(`${name} was accepted`);
}

const zip = async (files: Record<string, string | Buffer>, level = 6) => {
  const z = new JSZip();
  for (const [n, d] of Object.entries(files)) z.file(n, d);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level } });
};

describe('plain text', () => {
  it('strips the BOM and normalises CRLF, keeping the text as published', async () => {
    const r = await readDocument(Buffer.from('\uFEFF一、总体情况\r\n\t0\r\n\r\n二、主动公开\r第二行', 'utf8'), 'r.txt');
    expect(r).toEqual({ kind: 'txt', text: '一、总体情况\n\t0\n\n二、主动公开\n第二行', notes: [] });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', async () => {
    const r = await readDocument(readFileSync(new URL('../fixtures/readers/gbk-report.txt', import.meta.url)), 'gbk.txt');
    expect(r.text).toBe('长河县农业农村局2022年政府信息公开工作年度报告\n\n一、总体情况\n本局全年主动公开政府信息123条。\n');
    expect(r.notes).toContain('文件按 GB18030 编码读取');
  });

  it('reads UTF-16 text saved by Windows Notepad', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、总体情况\r\n正文', 'utf16le')]);
    expect((await readDocument(le, 'n.txt')).text).toBe('一、总体情况\n正文');
  });

  it('returns a report without Chinese text, with a note for the caller', async () => {
    const r = await readDocument(Buffer.from('Annual report on government information disclosure 2023'), 'report.txt');
    expect(r.text).toContain('Annual report');
    expect(r.notes.join()).toMatch(/没有中文文字/);
  });

  it('refuses an empty file', async () => {
    const e = await refusal(Buffer.alloc(0), 'empty.txt');
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/空/);
  });
});

describe('refused inputs', () => {
  it('sends a PDF to the PDF reader by extension and by content; a broken one is refused as a PDF', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    for (const name of ['report.pdf', 'report.txt', 'report']) {
      const e = await refusal(pdf, name);
      expect(e.status, name).toBe(422);
      expect(e.message).toMatch(/不是有效的 PDF/);
    }
  });

  it('refuses an old .doc (OLE) with advice to save as .docx', async () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    for (const name of ['report.doc', 'report.docx']) {
      const e = await refusal(doc, name);
      expect(e.status).toBe(415);
      expect(e.message).toMatch(/另存为 \.docx/);
    }
  });

  it('refuses images and spreadsheets by extension', async () => {
    for (const name of ['scan.jpg', 'table.xlsx', 'report.wps']) {
      const e = await refusal(Buffer.from('whatever'), name);
      expect(e.status, name).toBe(415);
      expect(e.message).toContain('txt、html、docx');
    }
  });

  it('refuses random binary whatever it is called', async () => {
    for (const [i, name] of ['blob.bin', 'report.txt', 'report.html', 'noext'].entries()) {
      const e = await refusal(randomBytes(512 + i * 4000), name);
      expect(e.status, name).toBe(415);
      expect(e.message).toMatch(/无法识别文件内容/);
    }
  });

  it('refuses more than 20 MB before reading it', async () => {
    const e = await refusal(Buffer.alloc(25 * 1024 * 1024, 0x41), 'huge.txt');
    expect(e.status).toBe(413);
    expect(e.message).toMatch(/文件过大（25\.0 MB），上限为 20 MB/);
  });
});

describe('docx guard', () => {
  it('refuses a .docx that is not a zip, and a zip without word/document.xml', async () => {
    const a = await refusal(Buffer.from('一、总体情况'), 'report.docx');
    expect(a.status).toBe(422);
    expect(a.message).toContain('不是有效的 Word 文档');
    const b = await refusal(await zip({ 'xl/workbook.xml': '<workbook/>' }), 'report.docx');
    expect(b.status).toBe(422);
    expect(b.message).toContain('不是有效的 Word 文档');
  });

  it('refuses a docx whose document.xml is not XML', async () => {
    const e = await refusal(await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '\u0000\u0001 not xml <<<' }), 'broken.docx');
    expect(e.status).toBe(422);
    expect(e.message).toContain('Word 文档内容损坏');
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const bomb = await zip({ 'word/document.xml': '0'.repeat(20 * 1024 * 1024) }, 9);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const e = await refusal(bomb, 'bomb.docx');
    expect(e.status).toBe(413);
    expect(e.message).toMatch(/压缩比达 \d+:1/);
  });

  it('refuses an archive whose central directory declares more than 50 MB in total', async () => {
    const small = await zip({ 'word/document.xml': '<w:document/>', 'word/styles.xml': '<w:styles/>' });
    const claimed = lieAboutSize(lieAboutSize(small, 'word/document.xml', 30 * 1024 * 1024), 'word/styles.xml', 30 * 1024 * 1024);
    const e = await refusal(claimed, 'big.docx');
    expect(e.status).toBe(413);
    expect(e.message).toMatch(/解压后达 60\.0 MB/);
  });

  it('refuses an entry that inflates beyond the size its header declares', async () => {
    const real = await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document>' + '0'.repeat(5 * 1024 * 1024) + '</w:document>' }, 9);
    const lying = lieAboutSize(real, 'word/document.xml', 4096);
    const e = await refusal(lying, 'lying.docx');
    expect(e.status).toBe(413);
    expect(e.message).toContain('超过其声明的大小');
  });
});

/** Rewrites the central-directory uncompressed size of one entry (what a crafted bomb does). */
function lieAboutSize(buf: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(buf);
  let eocd = out.length - 22;
  while (out.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < out.readUInt16LE(eocd + 10); i++) {
    const n = out.readUInt16LE(p + 28);
    if (out.toString('utf8', p + 46, p + 46 + n) === name) out.writeUInt32LE(size, p + 24);
    p += 46 + n + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
