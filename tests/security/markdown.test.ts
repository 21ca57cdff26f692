// Issue 14 item 6: the Markdown export keeps http(s) and mailto links and reduces every other link a model or a
// clerk may have written (javascript:, data:, vbscript:, file:, relative; obfuscated) to its text.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../server/render/index.js';
import { isSafeHref, neutraliseLinks } from '../../server/render/md-safe.js';
import { goodReport, withSection } from '../check/helpers.js';

const HOSTILE = [
  '[点此](javascript:alert(1))',
  '[点此](JavaScript:alert(document.cookie))',
  '[点此]( javascript:alert(1) "标题")',
  '[点此](java\tscript:alert(1))',
  '[点此](java&#115;cript:alert(1))',
  '[点此](&#x6A;avascript:alert(1))',
  '[点此](javascript&colon;alert(1))',
  '[点此](java%73cript:alert(1))',
  '[点此](\u200bjavascript:alert(1))',
  '[点此](vbscript:msgbox(1))',
  '[点此](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![图](data:image/svg+xml,<svg onload=alert(1)>)',
  '[点此](file:///etc/passwd)',
  '[点此](//evil.example/x)',
  '[点此](<javascript:alert(1)>)',
  '[外[内](javascript:alert(1))](javascript:alert(2))',
];

describe('neutraliseLinks', () => {
  for (const h of HOSTILE) {
    it(JSON.stringify(h), () => {
      const out = neutraliseLinks(h.replace(/</g, '&lt;'));
      expect(out).not.toMatch(/\]\(/);
      expect(out).toContain(h.startsWith('![') ? '图' : '点此'.slice(0, 1) === h[1] ? '点此' : '外');
    });
  }

  it('reference definitions with unsafe destinations are no longer definitions', () => {
    const out = neutraliseLinks('见[附件][a]。\n[a]: javascript:alert(1)\n[b]: https://www.gov.cn/');
    expect(out).toContain('\\[a\\]: javascript:alert(1)');
    expect(out).toContain('[b]: https://www.gov.cn/');
  });

  it('http(s) and mailto links stay, ordinary text is untouched', () => {
    const ok = '详见[中国政府网](https://www.gov.cn/zhengce/)，来信请至[邮箱](mailto:gk@example.gov.cn)。';
    expect(neutraliseLinks(ok)).toBe(ok);
    const plain = '依据《条例》第二十条〔2021〕30号，[注]全年公开61条（含解读5篇）。';
    expect(neutraliseLinks(plain)).toBe(plain);
    expect(isSafeHref('HTTPS://www.gov.cn')).toBe(true);
    expect(isSafeHref('javascript:void(0)')).toBe(false);
  });
});

describe('renderReport md', () => {
  it('model text with hostile links is exported without a live unsafe link; safe ones kept', () => {
    const text = ['（一）主动公开情况', `全年主动公开政府信息61条，${HOSTILE.join('；')}。`, '详见[中国政府网](https://www.gov.cn/)。'].join('\n');
    const md = renderReport(withSection(goodReport(1), 1, text), 'md');
    expect(md).not.toMatch(/\]\(\s*(?!https?:\/\/)/);
    expect(md).not.toMatch(/<svg|<script/i);
    expect(md).toContain('[中国政府网](https://www.gov.cn/)');
    expect(md).toContain('全年主动公开政府信息61条，点此；点此');
  });

  it('a long adversarial text renders in bounded time', () => {
    const text = `${'[['.repeat(20_000)}${'](javascript:x)'.repeat(5_000)}`;
    const t0 = performance.now();
    renderReport(withSection(goodReport(1), 1, text), 'md');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
