import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'nb-eval-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, NIANBAO_DB: join(dir, 'cli.db'), NIANBAO_LLM_BASE_URL: '', NIANBAO_LLM_MODEL: '' };
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/nianbao.js', 'eval', ...args], { env, encoding: 'utf8', timeout: 60_000 });

describe('nianbao eval', () => {
  it('refuses an unknown suite with a Chinese message and exit 2', () => {
    const r = run('--suite', 'speed');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知的评测套件「speed」');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('writes JSON and HTML, stores the run and compares the next run with it', () => {
    const out = join(dir, 'r', 'report.html');
    const first = run('--suite', 'judge', '--out', out);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('跳过');
    expect(first.stdout).toMatch(/已记入数据库（#1）/);
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
    expect(JSON.parse(readFileSync(join(dir, 'r', 'report.json'), 'utf8')).suites[0].name).toBe('judge');
    const json = run('--suite', 'judge', '--json', '--no-history');
    expect(JSON.parse(json.stdout).suites[0]).toMatchObject({ name: 'judge', status: 'skipped' });
  });
});
