// `npm test` builds first; this reads dist/ to check that the GIFT parser (gift-pegjs) is in the
// authoring page's script only, never in what a page with an element loads.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
// A message of gift-pegjs's parser, kept as it is however the code is minified.
const GIFT_PARSER_MARKER = 'end of input';

function built(path) {
  const url = new URL(path, dist);
  assert.ok(existsSync(url), `dist/${path} is missing: run \`npm run build\` first.`);
  return readFileSync(url, 'utf8');
}

test('dist/authoring.js holds the GIFT parser and the converter, with no import of other files', () => {
  const code = built('authoring.js');
  assert.ok(code.includes(GIFT_PARSER_MARKER), 'dist/authoring.js lacks the GIFT parser');
  assert.match(code, /export\s*\{[^}]*\bconvertGift\b/);
  assert.doesNotMatch(code, /\bimport\s*(\(|["'{*])/, 'dist/authoring.js imports another file');
});

test('no element entry and no chunk carries the GIFT parser', () => {
  const files = [
    ...['defence-learning.js', 'quiz.js', 'fact-card.js', 'acronym-tip.js'],
    ...readdirSync(new URL('chunks/', dist)).map((name) => `chunks/${name}`),
  ];
  for (const file of files) assert.ok(!built(file).includes(GIFT_PARSER_MARKER), `dist/${file} carries the GIFT parser`);
});
