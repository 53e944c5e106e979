// The translation checks of tests/i18n-complete.test.ts, under Node, so CI fails on a missing or
// mistranslated string before any browser starts (see src/messages/README.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { importTs } from './helpers/import-ts.mjs';

const check = await importTs('tests/helpers/check-translations.ts');
const en = check.englishTable();

for (const [lang, table] of Object.entries(check.tables)) {
  test(`${lang}: every string, with the placeholders of the English one`, () => {
    assert.deepEqual(check.structureProblems(en, table), []);
  });

  test(`${lang}: no string left in English by mistake`, () => {
    assert.deepEqual(check.sameAsEnglish(en, table), check.sameWordsAllowed[lang] ?? []);
  });
}

test('every plural category of each language is given', () => {
  for (const [tag, categories] of check.declaredPluralCategories()) assert.deepEqual(check.missingPluralCategories(tag, categories), [], tag);
  assert.equal(check.declaredPluralCategories().size, Object.keys(check.tables).length);
});

test('the checks catch a dropped placeholder, a missing string and an English leftover', () => {
  const broken = { ...check.tables.fr, quiz: { ...check.tables.fr.quiz, questionOf: () => 'Question', start: 'Start' }, card: { ...check.tables.fr.card } };
  delete broken.card.showAnswer;
  const problems = check.structureProblems(en, broken).join('\n');
  assert.match(problems, /quiz\.questionOf: takes 0 parameters/);
  assert.match(problems, /quiz\.questionOf: drops placeholder 1, 2/);
  assert.match(problems, /card\.showAnswer: missing/);
  assert.ok(check.sameAsEnglish(en, broken).includes('quiz.start'));
});
