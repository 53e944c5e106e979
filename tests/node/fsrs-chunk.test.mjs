// `npm test` builds first; these read dist/ to check that ts-fsrs stays out of the main bundle.
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

test('ts-fsrs is not in dist/defence-learning.js but in a chunk of its own, imported on demand', () => {
  const main = built('defence-learning.js');
  assert.ok(!main.includes(FSRS_MARKER), 'the main bundle contains ts-fsrs');
  const chunks = readdirSync(new URL('chunks/', dist)).filter((name) => name.startsWith('fsrs-') && name.endsWith('.js'));
  assert.equal(chunks.length, 1, `expected one dist/chunks/fsrs-*.js, found: ${chunks.join(', ') || 'none'}`);
  assert.ok(built(`chunks/${chunks[0]}`).includes(FSRS_MARKER), `dist/chunks/${chunks[0]} does not hold ts-fsrs`);
  assert.ok(main.includes(`import("./chunks/${chunks[0]}")`), 'the main bundle does not import the chunk dynamically');
  assert.ok(!new RegExp(`^import[^;]*chunks/${chunks[0]}`, 'm').test(main), 'the main bundle imports the chunk statically');
});
