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
  // The fact card's code is dist/fact-card.js, the chunks it imports, and those it loads on demand (its deck code):
  // one of those imports the FSRS chunk on demand, and none statically.
  const graph = JSON.parse(built('bundle-graph.json'));
  const fsrs = `chunks/${chunks[0]}`;
  const reached = new Set(['fact-card.js']);
  for (const file of reached) for (const next of [...graph[file].imports, ...graph[file].dynamicImports]) if (next !== fsrs) reached.add(next);
  for (const file of reached) assert.ok(!graph[file].imports.includes(fsrs), `dist/${file} imports the FSRS chunk statically`);
  const importers = [...reached].filter((file) => graph[file].dynamicImports.includes(fsrs));
  assert.ok(importers.length > 0, 'no chunk of the fact card imports the FSRS chunk on demand');
  for (const file of importers)
    assert.ok(built(file).includes(`import("./${chunks[0]}")`) || built(file).includes(`import("./${fsrs}")`), `dist/${file} has no import() of it`);
});
