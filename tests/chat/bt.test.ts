// Classes fixed after the probe batch bt (2026-12-07), each said in other words than the probe's sentences.
import { describe, expect, it } from 'vitest';
import { one } from './failures.js';

describe('the forms bt found', () => {
  it('「许可5千出头强制3件」: the hedge after 千 makes the whole figure vague (asked), never 5', async () => {
    expect(await one(['许可5千出头强制3件'], { 't2.coercion.decisions': 3 }, ['t2.license.decisions'])).toEqual([]);
  });
  it('「450好像不对劲 先空着」 names the doubted value by its figure and withdraws only it', async () => {
    expect(await one(['网站450条 公众号120条', '450好像不对劲 先空着'], { 'fact:published_newmedia': 120 }, ['fact:published_website'])).toEqual([]);
  });
});
