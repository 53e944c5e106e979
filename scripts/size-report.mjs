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

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('file'.padEnd(44), 'minified'.padStart(10), 'gzip'.padStart(10));
for (const file of files.sort()) {
  const code = readFileSync(file);
  console.log(`dist/${relative(dist, file)}`.padEnd(44), kb(code.length).padStart(10), kb(gzipSync(code, { level: 9 }).length).padStart(10));
}
