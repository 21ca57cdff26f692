// `nianbao parse` as a user runs it: a real process on real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedReportSchema } from '../../server/report/schema.js';
import { REPORTS_DIR, seedPath } from './helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'parse', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'nianbao-parse-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:/);

describe('nianbao parse', () => {
  it('prints a Chinese summary of a seed', () => {
    const r = run(seedPath('002'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('机关：同江市临江镇人民政府');
    expect(r.out).toContain('年度：2020');
    expect(r.out).toContain('表格格式：2019年版格式（试行）');
    expect(r.out).toContain('部分标题（6/6）');
    expect(r.out).toContain('只记这一情形');
  });

  it('--json prints a valid ParsedReport', () => {
    const r = run(seedPath('003'), '--json');
    expect(r.code).toBe(0);
    const p = ParsedReportSchema.parse(JSON.parse(r.out));
    expect(p.source.formatDetected).toBe('2019');
    expect(p.meta.year).toBe(2023);
  });

  it('says what a truncated page lacks', () => {
    const r = run(join(REPORTS_DIR, 'r042.txt'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('完整：否');
    expect(r.out).toContain('✗ 三、收到和处理政府信息公开申请情况');
    expect(r.out).toContain('行政检查');
  });

  it('reads a GB18030 (GBK) text file (the readers\' fixture, GBK on disk)', () => {
    const r = run(join(ROOT, 'tests/fixtures/readers/gbk-report.txt'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('机关：长河县农业农村局');
    expect(r.out).toContain('GB18030');
  });

  const bad: [string, () => string, RegExp][] = [
    ['an empty file', () => file('empty.txt', ''), /空文件/],
    ['binary data', () => file('bin.txt', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256))), /二进制|不是文本/],
    ['a file over 5 MB', () => file('big.txt', 'a'.repeat(6 * 1024 * 1024)), /过大.*5 MB/],
    ['a text that is not a report', () => file('note.txt', '今天天气很好，我们去公园散步。\n明天再说。'), /不是政府信息公开工作年度报告/],
    ['a missing file', () => join(dir, 'nope.txt'), /文件不存在/],
  ];
  for (const [name, make, msg] of bad)
    it(`refuses ${name} with a clear Chinese message and a non-zero exit`, () => {
      const r = run(make());
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(msg);
      expect(r.out).toBe('');
      noStack(r.err);
    });

  it('refuses a missing argument with the usage', () => {
    const r = run();
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('用法');
  });
});
