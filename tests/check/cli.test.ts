// `nianbao check` end to end through the dispatcher: real files in a temp dir, stdout captured.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../server/cli/main.js';
import { goodReport } from './helpers.js';

const SEEDS = 'corpus/seeds';
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('nianbao check', () => {
  it('prints agency, year, format and findings grouped by severity; exit 1 when an error is found', async () => {
    const code = await main(['check', join(SEEDS, '000_6c268c3b3a656887.txt')]);
    const text = out.join('');
    expect(code).toBe(1);
    expect(text).toContain('机关：临江市桦树镇人民政府');
    expect(text).toContain('年度：2023');
    expect(text).toContain('【错误】');
    expect(text).toContain('[F-HEADINGS]');
    expect(text).toContain('原文：「3、 收到和处理政府信息公开申请情况」');
    expect(text.indexOf('【错误】')).toBeLessThan(text.indexOf('【警告】'));
  });

  it('exit 0 for the good example; --json gives findings with stable ids', async () => {
    expect(await main(['check', join(SEEDS, '001_633163d6db5cefeb.txt')])).toBe(0);
    out = [];
    expect(await main(['check', '--json', join(SEEDS, '001_633163d6db5cefeb.txt')])).toBe(0);
    const j = JSON.parse(out.join(''));
    expect(j.year).toBe(2023);
    expect(j.findings.map((f: { rule: string }) => f.rule)).toEqual(['N-ARTIFACT']);
    expect(j.findings[0].id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads a Report JSON, takes --previous, and explains a bad JSON in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-'));
    const now = goodReport(2, { year: 2023, format: '2021' });
    const prev = goodReport(3, { year: 2022, format: '2021' });
    now.tables['t3.carried.natural'] = { value: (prev.tables['t3.next.natural'].value ?? 0) + 4 };
    writeFileSync(join(dir, 'now.json'), JSON.stringify(now));
    writeFileSync(join(dir, 'prev.json'), JSON.stringify(prev));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...now, meta: { ...now.meta, year: 1999 } }));
    await main(['check', join(dir, 'now.json'), '--previous', join(dir, 'prev.json')]);
    expect(out.join('')).toContain('[Y-CARRYOVER]');
    expect(await main(['check', join(dir, 'bad.json')])).toBe(2);
    expect(err.join('\n')).toContain('meta.year：报告年度不早于2008年');
    expect(await main(['check'])).toBe(2);
    expect(err.join('\n')).toContain('缺少要校验的报告文件');
  });
});
