// A phone number is stored whole, as typed (issue 12: one was stored truncated), or asked about — never cut short.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/chat/extract.js';

const phone = (s: string) => extract(s, { format: '2021', year: 2024 }).said.find((x) => x.target === 'meta.contact.phone')?.value;

describe('chat: phone numbers', () => {
  it.each([
    ['联系电话：138 0577 1234', '138 0577 1234'],
    ['联系电话0577-67137027、67137028', '0577-67137027、67137028'],
    ['联系电话：0577-6713 7027', '0577-6713 7027'],
    ['联系电话 0577－67137027转8001', '0577-67137027转8001'],
    ['联系电话0577 - 67137027', '0577-67137027'],
    ['联系电话0577—67137027（工作日）', '0577-67137027'],
    ['联系电话就用党政办的0577-67130001', '0577-67130001'],
  ])('「%s」', (s, want) => expect(phone(s)).toBe(want));

  it('a personal mobile or a number without 联系电话 is asked, not stored', () => {
    for (const s of ['有事打我手机13912345678', '电话打0577-67137027找小王问数']) {
      const r = extract(s, { format: '2021', year: 2024 });
      expect(r.said.some((x) => x.target === 'meta.contact.phone')).toBe(false);
      expect(r.asks.some((a) => a.targets.includes('meta.contact.phone'))).toBe(true);
    }
  });
});
