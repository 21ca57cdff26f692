// A parse depends on its input only: label matches remembered from earlier parses must not let a later parse
// find more than it could on its own once its fuzzy-match budget is used up.
import { expect, it } from 'vitest';
import { Matcher } from '../../server/parse/labels.js';
import { keyOf } from '../../server/parse/normalise.js';

it('a remembered fuzzy match is charged its cost: a parse with no budget left finds what a fresh one would', () => {
  const altered = keyOf('（二）部分公开（区分处理的，只记这一情形，不计其他情形）');
  expect(new Matcher().match(altered)?.altered).toBe(true); // found fuzzily, and now remembered
  expect(new Matcher(1).match(altered)).toBeNull(); // budget spent at the first comparison, as in a fresh process
  expect(new Matcher().match(altered)?.altered).toBe(true); // a parse that can pay still gets it
});
