// Builds the teacher's command-line tool (dist/cli/defence-learning.mjs, plain JS for Node 20, the
// package's `bin`) and the SCORM launch script every package carries (dist/scorm/scorm-launch.js).
// gift-pegjs and fflate stay imports: runtime dependencies of the CLI, never in a browser bundle.
import { chmodSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

export async function buildCli(outdir = `${root}dist`) {
  const cli = `${outdir}/cli/defence-learning.mjs`;
  await build({
    entryPoints: [`${root}src/cli/defence-learning.ts`],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['gift-pegjs', 'fflate'],
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
  chmodSync(cli, 0o755);
  await build({
    entryPoints: [`${root}src/scorm/scorm-launch.ts`],
    outfile: `${outdir}/scorm/scorm-launch.js`,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
  });
  return cli;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
  console.log('built dist/cli/defence-learning.mjs and dist/scorm/scorm-launch.js');
}
