// The CLI as a user runs it: a real process, Chinese messages, exit codes, no stack traces.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/nianbao.js', ...args], { encoding: 'utf8' });

describe('nianbao CLI', () => {
  it('lists every command in Chinese with --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    for (const c of ['parse', 'check', 'render', 'ingest', 'search', 'review', 'draft', 'serve', 'eval', 'schema']) expect(r.stdout).toContain(`  ${c}`);
  });

  it('refuses an unknown command with a Chinese message and exit 2', () => {
    const r = run('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/未知命令「frobnicate」/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('prints the report model as JSON Schema', () => {
    const schema = JSON.parse(execFileSync(process.execPath, ['bin/nianbao.js', 'schema'], { encoding: 'utf8' }));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'meta', 'sections', 'tables', 'facts', 'source']));
    expect(schema.properties.meta.properties.year).toBeDefined();
  });
});
