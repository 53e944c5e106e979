// The README's Theming table lists every public custom property the elements read, and only those.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const read = (dir) =>
  new Set(sourceFiles(join(root, dir)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--dl-[a-z-]+)/g)].map((m) => m[1])));

test("the README's Theming table names every --dl-* property the elements read, and no other", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Theming'), readme.indexOf('\n## ', readme.indexOf('## Theming') + 1));
  const documented = new Set([...section.matchAll(/^\| `(--dl-[a-z-]+)` \|/gm)].map((m) => m[1]));
  const used = read('src');
  assert.ok(used.size > 20, `only ${used.size} properties found in src/: the pattern no longer matches`);
  assert.deepEqual([...used].filter((name) => !documented.has(name)).sort(), [], 'read by an element but not in the README table');
  assert.deepEqual([...documented].filter((name) => !used.has(name)).sort(), [], 'in the README table but read by no element');
});

test('every Lit element declares the shared spacing and size properties in its manifest docs', () => {
  for (const file of ['src/quiz/defence-quiz.ts', 'src/fact-card/fact-card.ts']) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const name of ['--dl-space', '--dl-inset', '--dl-control-size', '--dl-max-width'])
      assert.match(text, new RegExp(`@cssprop \\[${name}=`), `${file}: ${name}`);
  }
});
