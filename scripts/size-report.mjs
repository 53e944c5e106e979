// `npm run size`: the gzip size of every script of the drop-in build (dist/, not the npm modules in dist/esm/ nor the
// CLI), the figure the project's size targets use, then what each kind of page loads (scripts/page-weights.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!['esm', 'cli', 'jsx', 'scorm'].includes(name) || dir !== dist) walk(path);
    } else if (name.endsWith('.js')) files.push(path);
  }
})(dist);

/** Budgets in bytes of gzip, set by the issues; a bundle over its budget fails the report. */
const BUDGETS = { 'acronym-tip.js': 10 * 1024 };

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = false;
console.log('file'.padEnd(44), 'minified'.padStart(10), 'gzip'.padStart(10));
for (const file of files.sort()) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const budget = BUDGETS[relative(dist, file)];
  const verdict = budget === undefined ? '' : `  budget ${kb(budget)}: ${gzip <= budget ? 'ok' : 'OVER'}`;
  if (budget !== undefined && gzip > budget) over = true;
  console.log(`dist/${relative(dist, file)}`.padEnd(44), kb(code.length).padStart(10), kb(gzip).padStart(10) + verdict);
}

// Per page: every script a page with just dist/defence-learning.js requests until its element is ready.
const { measurePages } = await import('./page-weights.mjs');
console.log('\npage (all script requested, gzip)'.padEnd(56), 'total'.padStart(10), 'budget'.padStart(10), 'goal'.padStart(10));
for (const page of await measurePages()) {
  console.log(
    page.name.padEnd(55),
    kb(page.total).padStart(10),
    kb(page.budget).padStart(10),
    kb(page.goal).padStart(10),
    page.total <= page.budget ? '' : ' over',
  );
}
if (over) process.exit(1);
