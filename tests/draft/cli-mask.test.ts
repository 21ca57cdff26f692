// `nianbao draft` and the masking of retrieved examples.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command, inputFromFile } from '../../server/cli/draft.js';
import { maskPassage, namePieces } from '../../server/draft/mask.js';
import { randomValidReport } from '../../server/report/generate.js';
import { leafCells } from '../../server/report/tables.js';
import { INPUT } from './fixtures.js';
import { tempDir } from '../store/helpers.js';

const tmp = tempDir('nianbao-draft-');
const dir = tmp.dir;
afterAll(() => tmp.cleanup());
const write = (name: string, data: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
};

describe('nianbao draft', () => {
  it('drafts from a report JSON keeping agency, year and every number, with new prose', async () => {
    const r = randomValidReport(11);
    r.sections[0].text = '旧的总体情况文字。';
    r.fee = { charged: false }; // answered: an unanswered fee question is a 【待填写】 gap (an E) in 2021+ drafts
    const file = write('report.json', r);
    const input = await inputFromFile(file);
    expect(input.meta.agency).toBe(r.meta.agency);
    expect(input.meta.year).toBe(r.meta.year);
    for (const c of leafCells(r.format)) expect(input.numbers?.[c.id]).toBe(r.tables[c.id]?.value);
    const out = join(dir, 'draft.md');
    const code = await command.run([file, '--offline', '--out', out]);
    expect(code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain(`${r.meta.agency}${r.meta.year}年政府信息公开工作年度报告`);
    expect(md).not.toContain('旧的总体情况文字');
    expect(md).toContain('（一）主动公开情况');
  });

  it('advances the year only with --year, carrying 结转 over and dropping last year\'s numbers', async () => {
    const r = randomValidReport(5, { year: 2023 });
    const file = write('last.json', r);
    const input = await inputFromFile(file, 2024);
    expect(input.meta.year).toBe(2024);
    expect(input.numbers?.['t3.carried.natural']).toBe(r.tables['t3.next.natural'].value);
    expect(input.numbers?.['t3.new.natural']).toBeUndefined();
    expect((await inputFromFile(file)).meta.year).toBe(2023);
  });

  it('accepts a draft input JSON and writes docx', async () => {
    const file = write('input.json', INPUT);
    const out = join(dir, 'd.docx');
    expect(await command.run([file, '--offline', '--out', out])).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('explains bad input in Chinese', async () => {
    await expect(command.run([join(dir, 'missing.json')])).rejects.toThrow('找不到文件');
    await expect(command.run([write('bad.json', '{x')])).rejects.toThrow('不是有效的 JSON');
    await expect(command.run([write('bad2.json', { meta: { agency: '某', year: 1990 } })])).rejects.toThrow('报告年度不早于2008年');
    await expect(command.run([write('ok.json', INPUT), '--year', '20x4'])).rejects.toThrow('--year');
    await expect(command.run([write('ok2.json', INPUT), '--out', join(dir, 'x.pdf')])).rejects.toThrow('不支持的输出格式');
  });
});

describe('maskPassage', () => {
  it('splits an agency into its admin pieces', () => {
    expect(namePieces('龙游县横山镇人民政府')).toEqual(expect.arrayContaining(['龙游县横山镇人民政府', '龙游县', '横山镇', '横山']));
  });

  it('removes names, numbers, dates, phones and other self-references, keeping the style', () => {
    const m = maskPassage(
      {
        id: 1,
        agency: '龙游县横山镇人民政府',
        text: '2023年,横山镇主动公开信息130条。我镇通过龙游县政府门户网站发布信息。联系电话:0570-7654321。\n依托大川乡政务公开栏公开信息。',
      },
      '我局',
    );
    for (const bad of ['横山', '龙游', '130', '2023', '0570', '我镇', '大川']) expect(m.text).not.toContain(bad);
    expect(m.text).toContain('我局');
    expect(m.text).toContain('某镇');
    expect(m.names).toEqual(expect.arrayContaining(['横山镇', '龙游县', '大川乡']));
  });

  it('leaves ordinary words ending in an admin character alone', () => {
    const m = maskPassage({ id: 2, text: '紧紧围绕全镇工作中心，根据我镇实际，各乡镇和社区配合。' }, '我镇');
    expect(m.text).toContain('紧紧围绕全镇工作中心');
    expect(m.text).toContain('根据我镇实际');
    expect(m.names).toEqual([]);
  });
});

describe('modelFromEnv', async () => {
  const { modelFromEnv, NO_MODEL_NOTICE } = await import('../../server/llm/provider.js');
  it('no configuration → no model and a Chinese notice; incomplete or invalid → says what is wrong', () => {
    expect(modelFromEnv({}).model).toBeUndefined();
    expect(modelFromEnv({}).notice).toBe(NO_MODEL_NOTICE);
    // The administrator's console names the setting; the clerk's notice never shows setting names.
    expect(modelFromEnv({ NIANBAO_LLM_MODEL: 'deepseek-chat' }).adminNotice).toContain('NIANBAO_LLM_BASE_URL');
    expect(modelFromEnv({ NIANBAO_LLM_BASE_URL: 'not a url', NIANBAO_LLM_MODEL: 'm' }).adminNotice).toContain('不是有效网址');
    for (const env of [{}, { NIANBAO_LLM_MODEL: 'x' }, { NIANBAO_LLM_BASE_URL: 'not a url', NIANBAO_LLM_MODEL: 'm' }])
      expect(modelFromEnv(env).notice).not.toMatch(/NIANBAO_/);
    const ok = modelFromEnv({ NIANBAO_LLM_BASE_URL: 'https://api.deepseek.com/v1', NIANBAO_LLM_MODEL: 'deepseek-chat', NIANBAO_LLM_API_KEY: 'k' });
    expect(ok.model).toBeDefined();
    expect(ok.label).toBe('deepseek:deepseek-chat');
    expect(JSON.stringify(ok.label)).not.toContain('k"');
  });
});
