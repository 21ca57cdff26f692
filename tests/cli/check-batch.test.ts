// The reviewer's batch mode: a directory in, a summary table / JSON / CSV out, decisions that survive re-runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

let dir: string;
let db: string;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/nianbao.js', ...args], { encoding: 'utf8', env: { ...process.env, NIANBAO_DB: db } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-batch-'));
  db = join(dir, 'review.db');
  mkdirSync(join(dir, 'reports', 'sub'), { recursive: true });
  copyFileSync('corpus/seeds/001_633163d6db5cefeb.txt', join(dir, 'reports', '001.txt'));
  copyFileSync('corpus/seeds/003_ce4c2bf3da69d030.txt', join(dir, 'reports', 'sub', '003.txt'));
  writeFileSync(join(dir, 'reports', 'broken.docx'), 'not a zip at all');
});

describe('nianbao check <dir>', () => {
  it('walks the directory and prints a summary table with counts and main rules', () => {
    const r = run('check', join(dir, 'reports'));
    expect(r.stdout).toMatch(/文件\s+机关\s+年度\s+格式\s+错误\s+警告/);
    // (The good example's one warning is its page chrome, 「字号:」 and 「扫一扫…」 told together.)
    expect(r.stdout).toMatch(/001\.txt\s+酉阳土家族苗族自治县铜鼓镇人民政府\s+2023\s+2021\s+0\s+1\s/);
    expect(r.stdout).toMatch(/003\.txt\s+饶河县小佳河镇人民政府\s+2023\s+2019\s+[1-9]/);
    expect(r.stdout).toMatch(/broken\.docx\s+（读取失败）/);
    expect(r.stdout).toMatch(/最常见的问题/);
    expect(r.status).toBe(2); // one file unreadable: the run is incomplete
  });

  it('gives JSON with fingerprints and CSV with one row per report', () => {
    const j = JSON.parse(run('check', join(dir, 'reports'), '--json').stdout);
    expect(j.summary.reports).toBe(3);
    expect(j.summary.unreadable).toBe(1);
    const r003 = j.reports.find((x: { file: string }) => x.file.endsWith('003.txt'));
    expect(r003.findings.map((f: { rule: string }) => f.rule)).toContain('F-VERSION');
    expect(r003.findings.every((f: { id: string }) => /^[0-9a-f]{16}$/.test(f.id))).toBe(true);
    const csv = run('check', join(dir, 'reports'), '--csv').stdout;
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('文件,机关,年度,格式,错误,警告,提示,已驳回,主要问题,读取失败');
    expect(lines).toHaveLength(4);
  });

  it('applies a reviewer decision by fingerprint, and keeps it across re-runs', () => {
    const file = join(dir, 'reports', 'sub', '003.txt');
    const before = JSON.parse(run('check', file, '--json').stdout);
    const version = before.findings.find((f: { rule: string }) => f.rule === 'F-VERSION');
    const errorsBefore = before.errors;
    const review = run('review', version.id, 'dismiss', '--reason', '本镇沿用旧表已报备');
    expect(review.status).toBe(0);
    for (let i = 0; i < 2; i++) {
      const after = JSON.parse(run('check', file, '--json').stdout);
      const f = after.findings.find((x: { id: string }) => x.id === version.id);
      expect(f.decision.decision).toBe('dismiss');
      expect(f.decision.reason).toBe('本镇沿用旧表已报备');
      expect(after.errors).toBe(errorsBefore - 1);
      expect(after.dismissed).toBe(1);
    }
    const text = run('check', file).stdout;
    expect(text).toContain(`指纹：${version.id}　已驳回（本镇沿用旧表已报备）`);
  });

  it('a dismissed last error turns the exit status to 0', () => {
    const file = join(dir, 'reports', 'sub', '003.txt');
    const j = JSON.parse(run('check', file, '--json').stdout);
    for (const f of j.findings.filter((x: { severity: string; decision: unknown }) => x.severity === 'E' && !x.decision))
      expect(run('review', f.id, 'dismiss', '--reason', '测试').status).toBe(0);
    expect(run('check', file).status).toBe(0);
  });
});
