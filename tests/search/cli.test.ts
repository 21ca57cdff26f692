import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../server/cli/main.js';
import { openStore } from '../../server/store/db.js';
import { tempDir, townshipReport } from '../store/helpers.js';

let tmp: ReturnType<typeof tempDir>;
const savedDb = process.env.NIANBAO_DB;

/** Run the CLI in-process; collect stdout and stderr. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    const code = await main(argv);
    return { code, out: out.join('\n'), err: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

beforeAll(() => {
  tmp = tempDir('nianbao-cli-');
  process.env.NIANBAO_DB = join(tmp.dir, 'data', 'cli.db');
  cpSync('corpus/seeds', join(tmp.dir, 'in'), { recursive: true });
  writeFileSync(join(tmp.dir, 'in', 'extra.txt'), townshipReport('青山镇'));
  writeFileSync(join(tmp.dir, 'in', 'notes.pdf'), '%PDF-1.4');
});
afterAll(() => {
  if (savedDb === undefined) delete process.env.NIANBAO_DB;
  else process.env.NIANBAO_DB = savedDb;
  tmp.cleanup();
});

describe('nianbao ingest / search / review', () => {
  it('ingests a folder with progress on stderr, then finds everything unchanged', async () => {
    const first = await run('ingest', join(tmp.dir, 'in'));
    // PDF is ingestible now: a broken one fails on its own (exit 1) with a Chinese reason; the rest goes in.
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/\[1\/7\] 新增 .*000_6c268c3b3a656887\.txt/);
    expect(first.err).toMatch(/失败 .*notes\.pdf：.*PDF/);
    expect(first.out).toMatch(/新增 6 份，替换 0 份，未变 0 份，失败 1 份；索引共 6 份报告/);
    const again = await run('ingest', join(tmp.dir, 'in'));
    expect(again.out).toMatch(/新增 0 份，替换 0 份，未变 6 份/);
  });

  it('searches with filters, as text and as JSON', async () => {
    const text = await run('search', '信息处理费', '--section', '其他需要报告的事项', '--k', '3');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^1\. .*第6部分「其他需要报告的事项」/);
    const json = await run('search', '主动公开 微信公众号', '--level', '乡镇', '--year', '2023', '--json');
    const data = JSON.parse(json.out) as { hits: { report: { level: string; year: number } }[] };
    expect(data.hits.length).toBeGreaterThan(0);
    for (const h of data.hits) expect(h.report).toMatchObject({ level: '乡镇', year: 2023 });
  });

  it('explains bad arguments in Chinese with exit code 2', async () => {
    expect(await run('search')).toMatchObject({ code: 2, err: expect.stringMatching(/缺少检索内容/) });
    expect(await run('search', '公开', '--k', 'many')).toMatchObject({ code: 2, err: expect.stringMatching(/--k 应为整数/) });
    expect(await run('search', '公开', '--year', '2023', '--from', '2021')).toMatchObject({ err: expect.stringMatching(/不能同时使用/) });
    expect(await run('ingest')).toMatchObject({ code: 2, err: expect.stringMatching(/缺少要导入的目录或文件/) });
    expect(await run('ingest', join(tmp.dir, 'nope'))).toMatchObject({ code: 2, err: expect.stringMatching(/找不到文件或目录/) });
    expect(await run('review', 'abcd1234', 'maybe')).toMatchObject({ code: 2, err: expect.stringMatching(/confirm（确认问题）或 dismiss/) });
    expect(await run('review', 'abcd1234', 'dismiss')).toMatchObject({ code: 2, err: expect.stringMatching(/须说明理由/) });
  });

  it('a decision on a stored finding is listed with its rule, agency and message, and survives re-ingest', async () => {
    const s = openStore(process.env.NIANBAO_DB!);
    const row = s.db
      .prepare(
        `SELECT r.agency, json_extract(f.value, '$.fingerprint') AS fp, json_extract(f.value, '$.rule') AS rule
         FROM reports r, json_each(r.findings) f WHERE json_extract(f.value, '$.rule') = 'F-HEADINGS' LIMIT 1`,
      )
      .get() as { agency: string; fp: string; rule: string };
    s.close();
    expect(row.fp).toMatch(/^\w{8,}$/);
    const rec = await run('review', row.fp, 'confirm', '--reason', '编号确实写错');
    expect(rec).toMatchObject({ code: 0, err: '' }); // known fingerprint: no "not in the index" hint
    await run('ingest', join(tmp.dir, 'in'));
    const list = await run('review', '--list');
    expect(list.out).toContain(`${row.fp}  确认`);
    expect(list.out).toContain(`F-HEADINGS ${row.agency}：`);
  });

  it('records review decisions and lists them', async () => {
    expect((await run('review', 'fp-0001', 'dismiss', '--reason', '市政数局是上级机关')).code).toBe(0);
    expect((await run('review', 'fp-0002', 'confirm')).code).toBe(0);
    const list = await run('review', '--list');
    expect(list.out).toMatch(/fp-0001 {2}驳回 .*理由：市政数局是上级机关/);
    expect(list.out).toMatch(/fp-0002 {2}确认/);
    const json = JSON.parse((await run('review', '--list', '--json')).out) as { fingerprint: string }[];
    expect(json.map((d) => d.fingerprint)).toEqual(expect.arrayContaining(['fp-0001', 'fp-0002']));
  });
});
