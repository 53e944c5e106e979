// `npm run check:content -- <sources dir> [--strict-coverage] [--content <dir>]` (the command:
// check-content-command.ts).
import { runCheckContent } from './check-content-command.js';
import { processOutput } from './command-output.js';

process.exitCode = runCheckContent(process.argv.slice(2), processOutput);
