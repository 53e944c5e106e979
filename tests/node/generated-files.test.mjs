// Generated files are committed for authors and tools; these tests fail when they are stale.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

test('questions/*.schema.json match the zod schemas', () => {
  execFileSync('node', ['scripts/run-ts.mjs', 'src/cli/write-json-schemas.ts', '--check'], { cwd: root, stdio: 'pipe' });
});

test('custom-elements.json matches the source', () => {
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, out), '--quiet'], {
      cwd: root,
      stdio: 'pipe',
    });
    // The analyzer lists modules in whatever order its file reads finish: compare them by path.
    const byPath = (manifest) => ({ ...manifest, modules: [...manifest.modules].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) });
    const fresh = byPath(JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')));
    const committed = byPath(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
    assert.deepEqual(committed, fresh, 'custom-elements.json is stale: run `npm run analyze` and commit it.');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
