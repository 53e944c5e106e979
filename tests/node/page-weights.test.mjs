// `npm test` builds first; this opens each kind of page over the built drop-in script (dist/defence-learning.js)
// in headless Chromium and fails when the script it requests until its element is ready (gzip) passes the
// budget the packaging issue set (scripts/page-weights.mjs: quiz 30 KB, one fact card 20 KB, an annotated
// article 10 KB).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';

import { measurePages } from '../../scripts/page-weights.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test('each kind of page requests no more script than its budget', { timeout: 120_000 }, async (t) => {
  assert.ok(existsSync(new URL('../../dist/defence-learning.js', import.meta.url)), 'dist/ is missing: run `npm run build` first.');
  for (const page of await measurePages()) {
    const files = page.files.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ');
    await t.test(page.name, () => {
      assert.deepEqual(page.failed, [], `failed requests: ${page.failed.join(', ')}`);
      assert.ok(page.total <= page.budget, `${page.name}: ${kb(page.total)} of script, budget ${kb(page.budget)} (${files})`);
    });
  }
});
