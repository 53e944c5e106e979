// `npm test` builds first; these read dist/ to check that ts-fsrs stays out of every entry until a deck session needs it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
// Class names ts-fsrs defines: present in its code however it is minified.
const FSRS_MARKER = 'FSRSValidationError';

function built(path) {
  const url = new URL(path, dist);
  assert.ok(existsSync(url), `dist/${path} is missing: run \`npm run build\` first.`);
  return readFileSync(url, 'utf8');
}

test('ts-fsrs is in no entry but in a chunk of its own, which the fact card imports on demand', () => {
  for (const entry of ['defence-learning.js', 'quiz.js', 'fact-card.js', 'acronym-tip.js'])
    assert.ok(!built(entry).includes(FSRS_MARKER), `dist/${entry} contains ts-fsrs`);
  const chunks = readdirSync(new URL('chunks/', dist)).filter((name) => name.startsWith('fsrs-') && name.endsWith('.js'));
  assert.equal(chunks.length, 1, `expected one dist/chunks/fsrs-*.js, found: ${chunks.join(', ') || 'none'}`);
  assert.ok(built(`chunks/${chunks[0]}`).includes(FSRS_MARKER), `dist/chunks/${chunks[0]} does not hold ts-fsrs`);
  const card = built('fact-card.js');
  assert.ok(card.includes(`import("./chunks/${chunks[0]}")`), 'dist/fact-card.js does not import the chunk dynamically');
  assert.ok(!new RegExp(`^import[^;]*chunks/${chunks[0]}`, 'm').test(card), 'dist/fact-card.js imports the chunk statically');
});
