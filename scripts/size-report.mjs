// `npm run size`: the gzip size of every script in dist/, the figure the project's size targets use.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) files.push(path);
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
if (over) process.exit(1);
