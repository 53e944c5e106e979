// The quote normaliser and matcher of check:content (src/content-check/quote-match.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { importTs } from './helpers/import-ts.mjs';

const { normaliseText, quoteWords, matchQuote, indexOfPassage, countPassages } = await importTs('src/content-check/quote-match.ts');

const doc = 'On 8 July 2016, the two leaders – in Warsaw – signed a “Joint Declaration” on the EU’s\n  partners’ efforts.\nIt lists seven areas.';

test('normalising maps every dash to "-", curly quotes and primes to straight, … to ..., and collapses whitespace', () => {
  assert.equal(normaliseText('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h'), 'a-b-c-d-e-f-g-h');
  assert.equal(normaliseText('‘one’ ‚two‛ “three” „four‟ 5′ 6″'), `'one' 'two' "three" "four" 5' 6"`);
  assert.equal(normaliseText('wait…'), 'wait...');
  assert.equal(normaliseText('  a \n\t b\u00A0c  '), 'a b c');
  assert.equal(normaliseText('soft\u00ADhyphen zero\u200Bwidth'), 'softhyphen zerowidth');
});

test('normalising keeps case and punctuation', () => {
  assert.equal(normaliseText('The EU, NATO.'), 'The EU, NATO.');
  assert.notEqual(normaliseText('The EU'), normaliseText('the EU'));
});

test('a quote is found whatever its whitespace, dashes and quote styles', () => {
  assert.deepEqual(matchQuote('the two leaders - in Warsaw - signed a "Joint Declaration" on the EU\'s partners\' efforts.', doc), { found: true });
  assert.deepEqual(matchQuote('the two leaders — in Warsaw — signed', doc), { found: true });
});

test('a quote with a changed word, letter case or punctuation is not found', () => {
  assert.equal(matchQuote('On 9 July 2016, the two leaders', doc).found, false);
  assert.equal(matchQuote('on 8 July 2016, the two leaders', doc).found, false);
  assert.equal(matchQuote('On 8 July 2016 the two leaders', doc).found, false);
});

test('a miss names the longest part found and where the quote departs from the document', () => {
  const miss = matchQuote('It lists eight areas.', doc);
  assert.equal(miss.found, false);
  assert.equal(miss.reason, 'the longest part found is "It lists"; after it the quote has "eight areas." where the document has "seven areas."');
  assert.equal(matchQuote('Nothing here matches', doc).reason, 'none of its words occur in the document');
});

test('an elided quote is found when its parts occur in order and each is at least three words', () => {
  assert.deepEqual(matchQuote('On 8 July 2016 … signed a “Joint Declaration”', doc), { found: true });
  assert.deepEqual(matchQuote('... the two leaders', doc), { found: true });
  const reversed = matchQuote('signed a "Joint Declaration" ... On 8 July 2016', doc);
  assert.equal(reversed.found, false);
  assert.match(reversed.reason, /occurs, but not after the part before it/);
  const tooShort = matchQuote('On 8 July 2016 ... Warsaw', doc);
  assert.equal(tooShort.found, false);
  assert.match(tooShort.reason, /the part "Warsaw" between elisions \(\.\.\.\) is shorter than 3 words/);
});

test('quote words leave out list bullets, dashes and ellipses', () => {
  assert.deepEqual(quoteWords('areas:\n- Peacebuilding\n- Maritime Security … and – more'), ['areas:', 'Peacebuilding', 'Maritime', 'Security', 'and', 'more']);
});

test('a passage must start and end on word boundaries', () => {
  assert.equal(indexOfPassage('The EU and the UN', 'he EU'), -1);
  assert.equal(indexOfPassage('The EU and the UN', 'the U'), -1);
  assert.equal(indexOfPassage('The EU and the UN', 'the UN'), 11);
  assert.equal(indexOfPassage('(the MPCC), launched', '(the MPCC),'), 0, 'punctuation at either end needs no boundary');
  assert.deepEqual(matchQuote('wo leaders - in Warsaw', doc), { found: false, reason: 'it occurs only as part of a longer word: quote whole words' });
});

test('passages are counted as whole words, after normalising', () => {
  assert.equal(countPassages('The EU and the EU’s partners; EUR.', 'EU'), 2);
  assert.equal(countPassages('The EU and the EU’s partners.', "EU's"), 1);
  assert.equal(countPassages('The EU and the EU’s partners.', 'UN'), 0);
});
