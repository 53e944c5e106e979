// Sentence units, the fact-bearing heuristic and the overlap rule of check:content (src/content-check/coverage.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { importTs } from './helpers/import-ts.mjs';

const { splitSentences, documentUnits, factReasons, overlaps, documentCoverage } = await importTs('src/content-check/coverage.ts');

test('sentences split at . ! ? before a capital or digit, not at abbreviations or list numbers', () => {
  assert.deepEqual(splitSentences('It works. 12 are done! Is it? yes it is.'), ['It works.', '12 are done!', 'Is it? yes it is.']);
  assert.deepEqual(splitSentences('Some areas, e.g. Cyber, matter. Next one.'), ['Some areas, e.g. Cyber, matter.', 'Next one.']);
  assert.deepEqual(splitSentences('He said: “It is done. We go.” Then left.'), ['He said: “It is done.', 'We go.”', 'Then left.']);
});

test('headings, image lines, captions and datelines are not units; list items are', () => {
  const doc = [
    'European Union External Action',
    '13/11/2017 - 11:34',
    'Bruxelles, 04/06/2018 - 10:00, ID: 170616.',
    'Image available in EN, DE, FR',
    '  • Image',
    '    Two leaders, NATO and EU, shake hands.',
    'Areas of work:',
    '- Peacebuilding',
    '1. protecting the EU',
    'Read more',
    'The EU has 16 missions.',
  ].join('\n');
  assert.deepEqual(
    documentUnits(doc).map((u) => [u.text, u.line, u.listItem]),
    [
      ['Areas of work:', 7, false],
      ['Peacebuilding', 8, true],
      ['protecting the EU', 9, true],
      ['The EU has 16 missions.', 11, false],
    ],
  );
});

test('an inline numbered enumeration becomes its lead-in and one unit per item', () => {
  const units = documentUnits('It outlined seven areas: 1. countering hybrid threats; 2. cyber security and defence; 3. exercises.');
  assert.deepEqual(
    units.map((u) => [u.text, u.listItem]),
    [
      ['It outlined seven areas', false],
      ['countering hybrid threats', true],
      ['cyber security and defence', true],
      ['exercises.', true],
    ],
  );
});

test('a sentence repeated in a document is one unit', () => {
  assert.equal(documentUnits('A stronger EU is good.\n\nA stronger EU is good.').length, 1);
});

test('fact-bearing: a number, a date, a proper name, an acronym or a list', () => {
  assert.deepEqual(factReasons('The set includes 42 concrete actions.', false), ['number']);
  assert.deepEqual(factReasons('It has three priorities.', false), ['number']);
  assert.deepEqual(factReasons('It was signed in December.', false), ['date']);
  assert.deepEqual(factReasons('It was signed in 2016.', false), ['date']);
  assert.deepEqual(factReasons('The meeting was held in Warsaw.', false), ['name']);
  assert.deepEqual(factReasons('Staff of the EU met.', false), ['acronym']);
  assert.deepEqual(factReasons('Principles: openness, transparency, inclusiveness and reciprocity.', false), ['list']);
  assert.deepEqual(factReasons('exercises', true), ['list']);
});

test('not fact-bearing: a capital only at the start, after a colon or after an opening quote', () => {
  assert.deepEqual(factReasons('Together we can deliver the security our citizens need.', false), []);
  assert.deepEqual(factReasons('Our message is simple: We are committed.', false), []);
  assert.deepEqual(factReasons('She said: “Today is simple.”', false), []);
});

test('a quote overlaps a long sentence only through a run of six words', () => {
  const sentence = 'The set includes 42 concrete actions for the implementation of the Joint Declaration.';
  assert.equal(overlaps(sentence, 'for the implementation of the Joint'), true);
  assert.equal(overlaps(sentence, 'The set includes 42 concrete and more words here'), false);
  assert.equal(overlaps(sentence, 'The set includes 42 concrete'), true, 'a five-word quote inside the sentence');
  assert.equal(overlaps(sentence, 'Joint Declaration'), false, 'a two-word quote cannot claim a long sentence');
  assert.equal(overlaps(sentence, 'the Joint Declaration'), true, 'a three-word quote inside it can');
});

test('a quote overlaps a short list item by containing it, in any case and through an elision', () => {
  assert.equal(overlaps('Maritime Security', 'such as: - Peacebuilding - Maritime Security - Space Security'), true);
  assert.equal(overlaps('Maritime Security', 'such as: - Peacebuilding - Maritime'), false);
  assert.equal(overlaps('Peacebuilding', 'crisis management and peacebuilding around'), true);
  assert.equal(overlaps('The set includes 42 concrete actions for all.', 'Unrelated words here ... The set includes 42 concrete actions'), true);
});

test('coverage splits the fact-bearing units into covered and uncovered', () => {
  const doc = 'The EU has 16 missions.\nWe are strong together.\nNATO has 32 allies in 2024.';
  const result = documentCoverage(doc, ['The EU has 16 missions.']);
  assert.deepEqual(
    result.factBearing.map((u) => u.text),
    ['The EU has 16 missions.', 'NATO has 32 allies in 2024.'],
  );
  assert.deepEqual(
    result.covered.map((u) => u.text),
    ['The EU has 16 missions.'],
  );
  assert.deepEqual(
    result.uncovered.map((u) => u.text),
    ['NATO has 32 allies in 2024.'],
  );
});
