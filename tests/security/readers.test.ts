// Issue 14 item 5: every reader has a budget, refused early. A 2–5 MB page of deeply nested tags is refused while
// it is tokenised (in well under a second), a docx that expands to millions of characters before mammoth runs, a
// text file of millions of characters before the parser sees it.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../server/errors.js';
import { HTML_LIMITS, htmlToText } from '../../server/parse/readers/html.js';
import { readDocument } from '../../server/parse/readers/index.js';

async function refusal(p: Promise<unknown> | (() => unknown)): Promise<UserError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('accepted');
}

const timed = async <T>(f: () => Promise<T>) => {
  const t0 = performance.now();
  const r = await f();
  return { r, ms: performance.now() - t0 };
};

describe('HTML', () => {
  for (const [tag, mb] of [['div', 2], ['span', 3], ['b', 5]] as const) {
    it(`a ${mb} MB page of <${tag}> nested without end is refused in under a second`, async () => {
      const open = `<${tag}>`;
      const html = `<html><body>${open.repeat(Math.floor((mb * 1024 * 1024) / open.length))}一、总体情况</body></html>`;
      expect(html.length).toBeGreaterThan(mb * 1000 * 1000);
      const { r, ms } = await timed(() => refusal(readDocument(Buffer.from(html), 'deep.html')));
      expect(r).toMatchObject({ status: 422, message: expect.stringMatching(/嵌套超过 800 层/) });
      expect(ms).toBeLessThan(1000);
    });
  }

  it('nesting is counted as tags open and close: a long flat page of the same size is read', async () => {
    const html = `<html><body>${'<p>一、总体情况</p>'.repeat(40_000)}</body></html>`;
    const { r, ms } = await timed(() => readDocument(Buffer.from(html), 'flat.html'));
    expect(r.text.split('\n')).toHaveLength(40_000);
    expect(ms).toBeLessThan(5000);
  });

  it('unclosed void and implied tags do not count as depth (<br>, <img>, <p><p>)', () => {
    const html = `<html><body>${'<br><img src=x><p>文字'.repeat(5000)}</body></html>`;
    expect(htmlToText(html).text).toContain('文字');
  });

  it('too many elements, too many characters, too much text: refused with a Chinese message', async () => {
    const many = `<html><body>${'<i></i>'.repeat(HTML_LIMITS.maxElements + 1)}</body></html>`;
    expect(await refusal(() => htmlToText(many))).toMatchObject({ status: 413, message: expect.stringMatching(/网页元素/) });
    const big = `<html><body><p>${'字'.repeat(HTML_LIMITS.maxChars + 1)}</p></body></html>`;
    expect(await refusal(() => htmlToText(big))).toMatchObject({ status: 413 });
    const text = `<html><body>${'<p>字字字字字字字字字字</p>'.repeat(HTML_LIMITS.maxTextChars / 10 + 10)}</body></html>`;
    expect(await refusal(() => htmlToText(text))).toMatchObject({ status: 413, message: expect.stringMatching(/万字/) });
  });

  it('entities that expand are counted after expansion', async () => {
    const html = `<html><body><p>${'&lt;'.repeat(HTML_LIMITS.maxTextChars + 200_000)}</p></body></html>`;
    expect(html.length).toBeLessThan(HTML_LIMITS.maxChars);
    expect(await refusal(() => htmlToText(html))).toMatchObject({ status: 413 });
  });
});

describe('docx', () => {
  const docx = async (body: string) => {
    const z = new JSZip();
    z.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    z.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    z.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  };
  const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

  it('a small docx is read', async () => {
    expect((await readDocument(await docx(para('一、总体情况')), 'a.docx')).text).toBe('一、总体情况');
  });

  it('a docx that expands to millions of characters is refused before conversion, quickly', async () => {
    // Varied text compresses below the zip guard's ratio limit, so only the text budget stops it.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const chunk = () => Array.from({ length: 1000 }, () => String.fromCharCode(0x4e00 + (next() % 20000))).join('');
    const buf = await docx(Array.from({ length: 1500 }, () => para(chunk())).join(''));
    expect(buf.length).toBeLessThan(8 * 1024 * 1024);
    const { r, ms } = await timed(() => refusal(readDocument(buf, 'huge.docx')));
    expect(r).toMatchObject({ status: 413, message: expect.stringMatching(/万字/) });
    expect(ms).toBeLessThan(5000);
  });
});

describe('plain text', () => {
  it('a text file of millions of characters is refused', async () => {
    const e = await refusal(readDocument(Buffer.from('字'.repeat(HTML_LIMITS.maxTextChars + 1)), 'big.txt'));
    expect(e).toMatchObject({ status: 413 });
  });
});
