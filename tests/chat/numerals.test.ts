import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumber, toChineseNumeral } from '../../server/chat/numerals.js';

describe('Chinese numerals', () => {
  it('reads every canonical numeral 0–9999 back to its value', () => {
    for (let n = 0; n <= 9999; n++) expect(parseChineseNumeral(toChineseNumeral(n)), `${n} ${toChineseNumeral(n)}`).toBe(n);
  });

  it('reads 两 for 2 wherever a clerk says it, and the 一十 form', () => {
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('两百')).toBe(200);
    expect(parseNumber('两千零三')).toBe(2003);
    expect(parseNumber('一十二')).toBe(12);
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('一百零五')).toBe(105);
    expect(parseNumber('三万')).toBe(30000);
    expect(parseNumber('一万零五百')).toBe(10500);
    expect(parseNumber('一万零五')).toBe(10005);
    expect(parseNumber('二〇二三')).toBe(2023);
  });

  it('reads Arabic, full-width and grouped digits and decimals', () => {
    expect(parseNumber('149')).toBe(149);
    expect(parseNumber('１４９')).toBe(149);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('3.5')).toBe(3.5);
  });

  it('refuses malformed numerals instead of guessing', () => {
    for (const s of ['一二', '十百', '百百', '两两', '三安', '', '一万万']) expect(parseNumber(s), s).toBeNull();
  });
  it('reads the spoken short forms as a clerk means them (the digit takes the next unit down)', () => {
    for (const [s, n] of [['一百一', 110], ['一百五', 150], ['一千二', 1200], ['一万五', 15000], ['两万三', 23000], ['一百零五', 105], ['一千零五十', 1050]] as const)
      expect(parseNumber(s), s).toBe(n);
  });
});
