// `npx defence-learning <command>`: the teacher's tool, built to dist/cli/defence-learning.mjs (the commands:
// teacher-commands.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { processOutput } from './command-output.js';
import { runTeacherCommand } from './teacher-commands.js';

/** dist/ of the installed package: this file is dist/cli/defence-learning.mjs. */
const packageDist = join(dirname(fileURLToPath(import.meta.url)), '..');

process.exitCode = runTeacherCommand(process.argv.slice(2), processOutput, packageDist);
