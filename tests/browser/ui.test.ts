// The whole page in real Chromium against the real server (127.0.0.1, random port, temp SQLite file).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../server/node.js';
import { sectionOf, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ART = 'test-artifacts';
const has = existsSync(CHROMIUM);
if (!has) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}（apt-get install chromium）。`);

const cell = (page: Page, id: string) => page.locator(`[id="cell-${id}"]`);
const td = (page: Page, id: string) => page.locator(`td:has([id="cell-${id}"])`);

async function newDraft(page: Page, url: string, agency = '临江市桦树镇人民政府') {
  await page.goto(url);
  await page.getByLabel('机关全称').fill(agency);
  await page.getByLabel('报告年度').fill('2023');
  await page.getByLabel('机关层级').selectOption('乡镇');
  await page.getByRole('button', { name: '创建草稿' }).click();
  await cell(page, 't3.new.natural').waitFor();
}

async function say(page: Page, text: string) {
  const before = await page.locator('#messages li.assistant').count();
  await page.getByLabel(/说一说今年的情况/).fill(text);
  await page.getByRole('button', { name: '发送' }).click();
  await page.locator('#messages li.assistant').nth(before).waitFor();
  await expect.poll(() => page.locator('#chat-send').isDisabled()).toBe(false);
  return (await page.locator('#messages li.assistant').nth(before).textContent()) ?? '';
}

describe.skipIf(!has)('web UI in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offline: numbers → totals → a broken rule in red → chat → generate → regenerate → DOCX', async () => {
    const saved = { ...process.env };
    for (const k of ['NIANBAO_LLM_BASE_URL', 'NIANBAO_LLM_MODEL', 'NIANBAO_LLM_API_KEY']) delete process.env[k];
    const server = await start({ port: 0, dbPath: join(dir, 'offline.db'), quiet: true });
    process.env = saved;
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      // Home: only the start card; the workspace is not shown empty (hidden wins over display:grid).
      await page.goto(server.loginUrl ?? server.url);
      await page.getByRole('button', { name: '创建草稿' }).waitFor();
      expect(await page.locator('#workspace').isVisible()).toBe(false);
      expect(await page.locator('#chat-input').isVisible()).toBe(false);
      await page.screenshot({ path: `${ART}/ui-home.png`, fullPage: true });

      await newDraft(page, server.url);
      // The draft list is reachable from the workspace.
      expect(await page.getByRole('navigation').getByRole('link', { name: '草稿列表' }).getAttribute('href')).toBe('/#draft-list');

      // The tables are drawn from the declaration: 2023 → 2021 format, 表三 has （六）其他处理 sub-rows.
      await expect.poll(() => page.locator('#format-name').textContent()).toMatch(/2021/);
      expect(await page.locator('#table-t3 th', { hasText: '申请人逾期未按收费通知要求缴纳费用' }).count()).toBe(1);

      // Chat fills the zero table (township without applications); totals follow.
      const reply = await say(page, '全年未收到政府信息公开申请，也没有上年结转，未发生行政复议和行政诉讼');
      expect(reply).toMatch(/已更新草稿/);
      await expect.poll(() => page.locator('[id="cell-t3.r7.total"]').textContent()).toBe('0');

      // Typing numbers: totals update live.
      await cell(page, 't3.new.natural').fill('3');
      await cell(page, 't3.new.commercial').fill('2');
      await expect.poll(() => page.locator('[id="cell-t3.new.total"]').textContent()).toBe('5');
      await cell(page, 't3.new.commercial').press('Tab');
      await expect.poll(() => page.locator('#status').textContent()).toMatch(/已保存/);

      // 一 + 二 ≠ （七）总计 + 四 in two columns → those cells red, the rule's message beside the table.
      await expect.poll(() => td(page, 't3.new.natural').getAttribute('class')).toMatch(/bad/);
      expect(await td(page, 't3.r7.natural').getAttribute('class')).toMatch(/bad/);
      // Plain Chinese rule names; the rule code only in a tooltip.
      expect(await page.locator('#errors-t3').textContent()).toMatch(/表三各列：一 \+ 二 = （七）总计 \+ 四：.*自然人.*一\+二=3，（七）总计\+四=0/);
      expect(await page.locator('#errors-t3').textContent()).not.toContain('T3-BALANCE');
      expect(await page.locator('#errors-t3 li').first().getAttribute('title')).toBe('规则 T3-BALANCE');
      await page.screenshot({ path: `${ART}/ui-balance-red.png`, fullPage: true });
      await page.locator('#tables').screenshot({ path: `${ART}/ui-tables-red.png` });

      // Fix the natural column: its red goes, the commercial column stays red.
      await cell(page, 't3.r1.natural').fill('3');
      await cell(page, 't3.r1.natural').press('Tab');
      await expect.poll(() => td(page, 't3.new.natural').getAttribute('class')).not.toMatch(/bad/);
      expect(await td(page, 't3.new.commercial').getAttribute('class')).toMatch(/bad/);

      // A finding is a button; clicking it focuses the cell it names.
      const balance = page.locator('#findings-list button[data-rule="T3-BALANCE"]');
      await expect.poll(() => balance.count()).toBeGreaterThan(0);
      expect(await balance.first().textContent()).toMatch(/^\[错误\] 表三各列：一 \+ 二 = （七）总计 \+ 四：/);
      expect(await balance.first().getAttribute('title')).toBe('规则 T3-BALANCE');
      expect(await page.locator('#findings-list').textContent()).not.toMatch(/T3-|\[参考\]/);
      await balance.first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^cell-t3\./);

      // Chat understands facts; the facts form shows them after the reply.
      const r2 = await say(page, '今年公众号发了149条，开了两次培训');
      expect(r2).toMatch(/通过政务新媒体发布信息：149/);
      await expect.poll(() => page.getByLabel('通过政务新媒体发布信息').inputValue()).toBe('149');
      expect(await page.getByLabel('开展政务公开培训').inputValue()).toBe('2');

      // Generate, then regenerate 一 with an instruction; the version history records it.
      // Hold the streams a moment (as a slow model would): while one runs, the buttons cannot be pressed again.
      await page.route(/\/(generate|regenerate)\?stream=1$/, async (route) => {
        await new Promise((r) => setTimeout(r, 700));
        await route.continue();
      });
      await page.getByRole('button', { name: '生成正文' }).click();
      expect(await page.locator('#generate').isDisabled()).toBe(true);
      await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/生成正文完成/);
      await expect.poll(() => page.locator('#generate').isDisabled()).toBe(false);
      // No configuration variable names for clerks; the offline notice in plain words.
      expect(await page.locator('body').innerText()).not.toMatch(/NIANBAO_/);
      expect(await page.locator('#health-notice').textContent()).toMatch(/未接入大模型/);
      // The preview shows the tables as published (the renderer's HTML), inside their sections.
      await expect.poll(() => page.locator('#sections .preview-tables table').count()).toBe(3);
      expect(await page.locator('#sec-3 .preview-tables table.t3 td[data-cell="t3.new.natural"]').textContent()).toBe('3');
      expect(await page.locator('#sec-text-1').textContent()).toMatch(/149/);
      await page.locator('#instr-1').fill('更简洁');
      await page.locator('#regen-1').click();
      expect(await page.locator('#generate').isDisabled()).toBe(true);
      expect(await page.locator('#regen-5').isDisabled()).toBe(true);
      await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/重新生成完成/);
      await page.locator('#sec-1 details summary').click();
      await expect.poll(() => page.locator('#versions-1').textContent()).toMatch(/更简洁/);
      await page.screenshot({ path: `${ART}/ui-generated.png`, fullPage: true });

      // Unsent chat text: leaving the page asks first.
      await page.getByLabel(/说一说今年的情况/).fill('还没发出去的话');
      const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.dismiss(); }));
      await page.locator('#nav-new').click();
      expect(await dialog).toBe('beforeunload');
      expect(page.url()).toContain('draft=');
      await page.getByLabel(/说一说今年的情况/).fill('');

      // Export Word: a zip with word/document.xml naming the agency.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-docx').click()]);
      const path = join(dir, 'export.docx');
      await download.saveAs(path);
      const bytes = readFileSync(path);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain('临江市桦树镇人民政府');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  }, 90_000);

  it('a slow save does not undo a number typed meanwhile (nothing lost while saving)', async () => {
    const server = await start({ port: 0, dbPath: join(dir, 'slow.db'), quiet: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    try {
      await newDraft(page, server.loginUrl ?? server.url, '临江市白石镇人民政府');
      for (const col of ['research', 'welfare', 'legal', 'other']) {
        await cell(page, `t3.new.${col}`).fill('0');
        await cell(page, `t3.new.${col}`).press('Tab');
      }
      await expect.poll(() => page.locator('#status').textContent(), { timeout: 5000 }).toMatch(/已保存/);
      // Hold every PATCH for a while, as a slow county network would.
      let held = 0;
      await page.route('**/api/drafts/*', async (route) => {
        if (route.request().method() === 'PATCH') {
          held++;
          await new Promise((r) => setTimeout(r, 600));
        }
        await route.continue();
      });
      await cell(page, 't3.new.natural').fill('3');
      await cell(page, 't3.new.natural').press('Tab'); // commits 3; its save is held
      await cell(page, 't3.new.commercial').fill('2'); // typed while the first save is in flight
      await expect.poll(() => held).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#status').textContent(), { timeout: 5000 }).toMatch(/已保存/);
      // The reply to the first save (which knows nothing of the 2) must leave the typed 2 and the total alone.
      expect(await cell(page, 't3.new.commercial').inputValue()).toBe('2');
      expect(await page.locator('[id="cell-t3.new.total"]').textContent()).toBe('5');
      await cell(page, 't3.new.commercial').press('Tab');
      await expect.poll(() => held, { timeout: 5000 }).toBeGreaterThan(1);
      await expect.poll(() => page.locator('#status').textContent(), { timeout: 5000 }).toMatch(/第\d+版/);
      await page.waitForTimeout(800); // let the second reply land
      expect(await cell(page, 't3.new.natural').inputValue()).toBe('3');
      expect(await cell(page, 't3.new.commercial').inputValue()).toBe('2');
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('bad input: long message, HTML, letters, negative counts, six decimals — clear message, nothing lost or executed', async () => {
    const server = await start({ port: 0, dbPath: join(dir, 'bad.db'), quiet: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    try {
      await newDraft(page, server.loginUrl ?? server.url, '<img src=x onerror="window.__xss=1">测试镇人民政府');
      // The agency with markup is shown as text, not parsed.
      expect(await page.locator('#sections img').count()).toBe(0);

      const box = page.getByLabel(/说一说今年的情况/);
      const long = '一'.repeat(20_000);
      await box.fill(long);
      await page.getByRole('button', { name: '发送' }).click();
      await expect.poll(() => page.locator('#chat-error').textContent()).toMatch(/消息过长（20000字）/);
      expect((await box.inputValue()).length).toBe(20_000);
      expect(await page.locator('#messages li').count()).toBe(0);

      const html = '<script>window.__xss=2</script><img src=x onerror="window.__xss=3">主动公开信息61条';
      const reply = await say(page, html);
      expect(await page.locator('#messages li.user').last().textContent()).toContain('<script>window.__xss=2</script>');
      expect(await page.locator('#messages script, #messages img').count()).toBe(0);
      expect(reply).toMatch(/主动公开政府信息：61/);

      const letters = cell(page, 't3.new.natural');
      await letters.fill('12abc');
      await letters.press('Tab');
      await expect.poll(() => page.locator('[id="msg-t3.new.natural"]').textContent()).toMatch(/只能填写数字/);
      expect(await letters.inputValue()).toBe('12abc');
      expect(await letters.getAttribute('aria-invalid')).toBe('true');

      await cell(page, 't3.carried.natural').fill('-2');
      await cell(page, 't3.carried.natural').press('Tab');
      await expect.poll(() => page.locator('[id="msg-t3.carried.natural"]').textContent()).toMatch(/不能为负数/);

      await cell(page, 't2.fee.amount').fill('1.123456');
      await cell(page, 't2.fee.amount').press('Tab');
      await expect.poll(() => page.locator('[id="msg-t2.fee.amount"]').textContent()).toMatch(/最多保留四位小数/);
      expect(await cell(page, 't2.fee.amount').inputValue()).toBe('1.123456');

      const fact = page.getByLabel('开展政务公开培训');
      await fact.fill('两次abc');
      await fact.press('Tab');
      await expect.poll(() => page.locator('[id="f-trainings-err"]').textContent()).toMatch(/非负整数/);

      // None of the invalid values reached the server.
      const draftId = new URL(page.url()).searchParams.get('draft')!;
      const d = (await (await page.request.get(`${server.url}api/drafts/${draftId}`)).json()) as { input: { numbers: Record<string, number> } };
      expect(d.input.numbers['t3.new.natural']).toBeUndefined();
      expect(d.input.numbers['t2.fee.amount']).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await page.screenshot({ path: `${ART}/ui-bad-input.png`, fullPage: true });
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('with a model (fake OpenAI-compatible server): the chat reply streams in from the model', async () => {
    const fake: FakeOpenAI = await startFakeOpenAI((req) =>
      sectionOf(req) ? { kind: 'reply', text: '（模型稿）本年度，我镇认真贯彻落实《条例》。', chunks: 4 } : { kind: 'reply', text: '好的，我已记下：公众号发布149条。还缺表三的数字。', chunks: 6, chunkDelayMs: 20 },
    );
    const saved = { ...process.env };
    process.env.NIANBAO_LLM_BASE_URL = fake.baseURL;
    process.env.NIANBAO_LLM_MODEL = 'fake-model';
    process.env.NIANBAO_LLM_API_KEY = 'test';
    const server = await start({ port: 0, dbPath: join(dir, 'llm.db'), quiet: true });
    process.env = saved;
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    try {
      await newDraft(page, server.loginUrl ?? server.url);
      const reply = await say(page, '今年公众号发了149条');
      expect(reply).toContain('好的，我已记下：公众号发布149条。');
      const chatReq = fake.requests.find((r) => !sectionOf(r));
      expect(chatReq?.prompt).toContain('今年公众号发了149条');
      expect(chatReq?.prompt).toContain('t3.new.natural');
      await page.screenshot({ path: `${ART}/ui-model-chat.png`, fullPage: true });
    } finally {
      await page.close();
      await server.close();
      await fake.close();
    }
  });
});
