// `npm run schema` writes the JSON Schemas for authors' editors into questions/;
// with --check it writes nothing and exits 1 when a committed copy differs.
import { readFileSync, writeFileSync } from 'node:fs';

import { jsonSchemas } from '../schema/json-schemas.js';

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const path = `questions/${name}`;
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (!check) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
    continue;
  }
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // A missing file is stale like any other.
  }
  if (committed !== text) {
    stale++;
    console.error(`${path} is stale: run \`npm run schema\` and commit it.`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
