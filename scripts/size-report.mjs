// Prints the raw and gzip sizes of the bundles in dist/ (run `npm run size`, which builds first),
// and fails when a bundle with a budget is over it.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes of gzip, from the issues that set them. */
const BUDGETS = { 'acronym-tip.js': 10 * 1024 };

const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
if (files.length === 0) {
  console.error('No bundle in dist/: run `npm run build` first.');
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = false;
for (const file of files) {
  const code = readFileSync(new URL(file, dist));
  const gzip = gzipSync(code, { level: 9 }).length;
  const budget = BUDGETS[file];
  const verdict = budget === undefined ? '' : gzip <= budget ? `  (budget ${kb(budget)}: ok)` : `  (budget ${kb(budget)}: OVER)`;
  if (budget !== undefined && gzip > budget) over = true;
  console.log(`${file.padEnd(24)} ${kb(code.length).padStart(9)} raw  ${kb(gzip).padStart(8)} gzip${verdict}`);
}
if (over) process.exit(1);
