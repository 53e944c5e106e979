// `npm test` builds first; these read dist/ to check that each interface language is a chunk of its
// own, loaded on demand, shared by both bundles, and that neither bundle carries another language.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);
const LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
// A word of each of three tables, present however the code is minified.
const MARKERS = { fr: 'Commencer', de: 'Nächste Frage', pl: 'Następne pytanie' };

function built(path) {
  const url = new URL(path, dist);
  assert.ok(existsSync(url), `dist/${path} is missing: run \`npm run build\` first.`);
  return readFileSync(url, 'utf8');
}

test('each language is one chunk, imported on demand by the Lit elements and by the tips, and in no entry', () => {
  const chunks = readdirSync(new URL('chunks/', dist));
  const entries = ['defence-learning.js', 'quiz.js', 'fact-card.js', 'acronym-tip.js'].map((name) => [name, built(name)]);
  // The Lit elements' shared code lives in the entries or in chunks/; the tips are one file.
  const elementsCode = [
    ...entries.filter(([name]) => name !== 'acronym-tip.js').map(([, code]) => code),
    ...chunks.map((name) => built(`chunks/${name}`)),
  ].join('\n');
  const tip = built('acronym-tip.js');
  for (const lang of LANGUAGES) {
    const own = chunks.filter((name) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(name));
    assert.equal(own.length, 1, `expected one dist/chunks/${lang}-*.js, found: ${own.join(', ') || 'none'}`);
    assert.ok(new RegExp(`import\\("\\./(chunks/)?${own[0]}"\\)`).test(elementsCode), `the elements' code does not import ${own[0]} on demand`);
    assert.ok(tip.includes(`import("./chunks/${own[0]}")`), `acronym-tip.js does not import ${own[0]} on demand`);
  }
  for (const [lang, marker] of Object.entries(MARKERS)) {
    assert.ok(
      entries.every(([, code]) => !code.includes(marker)),
      `an entry carries the ${lang} table`,
    );
    const own = chunks.find((name) => name.startsWith(`${lang}-`));
    assert.ok(built(`chunks/${own}`).includes(marker), `dist/chunks/${own} does not hold the ${lang} table`);
  }
});
