// The commands of `npx defence-learning <command>`, the teacher's tool (its entry: defence-learning.ts):
//   validate <bank.json> [--json]
//   convert <file.gift> [-o bank.json] [--id id] [--title title]
//   convert <bank.json> --to gift [-o file.gift]
//   package --bank <id|file> --scorm 1.2|2004 [-o quiz.zip] [--pass-mark N] [--dist folder]
// Exit codes: 0 fine; 1 the input is invalid (problems listed); 2 usage, or a file cannot be read or written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

import { bankToGift } from '../gift/bank-to-gift.js';
import { type ConversionNote, formatNotes } from '../gift/conversion-report.js';
import { convertGift } from '../gift/convert-gift.js';
import { slug } from '../gift/gift-to-bank.js';
import type { Bank } from '../schema/bank-schema.js';
import { validateBank } from '../schema/validate-bank.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { CommandOutput } from './command-output.js';
import { scormPackage } from './scorm-package.js';

const USAGE = `usage: defence-learning <command>
  validate <bank.json> [--json]                 list every problem of a bank by JSON path
  convert <file.gift> [-o bank.json]            Moodle GIFT to a bank (--id, --title to name it)
  convert <bank.json> --to gift [-o file.gift]  a bank to Moodle GIFT
  package --bank <id|file> --scorm 1.2|2004 [-o quiz.zip] [--pass-mark N]
                                                a SCORM package for any LMS
exit codes: 0 fine, 1 invalid input (problems listed), 2 usage or a file that cannot be read or written`;

/** The command cannot run (exit 2), as opposed to finding problems in its input (exit 1). */
class CannotRun extends Error {}
function fail(message: string): never {
  throw new CannotRun(message);
}

interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

const VALUED = new Set(['-o', '--output', '--to', '--id', '--title', '--bank', '--scorm', '--pass-mark', '--dist']);
const FLAGS = new Set(['--json', '--help', '-h']);

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) break;
    if (VALUED.has(arg)) {
      const value = argv[++i];
      if (value === undefined) fail(`${arg} needs a value\n${USAGE}`);
      options.set(arg === '--output' ? '-o' : arg, value);
    } else if (FLAGS.has(arg)) options.set(arg, true);
    else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  return { positional, options };
}

const option = (args: Args, name: string) => {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
};

function readText(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`cannot read ${path} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message})`);
  }
}

function writeOut(io: CommandOutput, path: string | undefined, data: string | Uint8Array): void {
  if (path === undefined) {
    io.stdout(data);
    return;
  }
  try {
    writeFileSync(path, data);
  } catch (error) {
    fail(`cannot write ${path}: ${(error as Error).message}`);
  }
}

/** Parses a bank file; JSON syntax errors are the input's problem (exit 1), so they come back as issues. */
function readBank(path: string): { bank?: Bank; issues: ValidationIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof CannotRun) throw error;
    return { issues: [{ path: '(root)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const result = validateBank(data);
  return result.ok ? { bank: result.value, issues: [] } : { issues: result.issues };
}

const problemLines = (issues: ValidationIssue[]) => issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');

function validate(io: CommandOutput, args: Args): number {
  const [file, extra] = args.positional;
  if (!file || extra) fail(`validate takes one bank file\n${USAGE}`);
  const json = args.options.has('--json');
  let outcome: { bank?: Bank; issues: ValidationIssue[] };
  try {
    outcome = readBank(file);
  } catch (error) {
    if (json && error instanceof CannotRun) {
      io.log(JSON.stringify({ file, ok: false, error: error.message, issues: [] }, null, 2));
      return 2;
    }
    throw error;
  }
  const { bank, issues } = outcome;
  if (json) io.log(JSON.stringify({ file, ok: issues.length === 0, ...(bank ? { id: bank.id, questions: bank.questions.length } : {}), issues }, null, 2));
  else if (bank) io.log(`${file}: a valid bank "${bank.id}" of ${bank.questions.length} question${bank.questions.length === 1 ? '' : 's'}`);
  else io.log(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${problemLines(issues)}`);
  return issues.length ? 1 : 0;
}

function report(io: CommandOutput, notes: ConversionNote[]): void {
  if (notes.length) io.error(`Not converted as it was (${notes.length}):\n${formatNotes(notes)}`);
}

function convert(io: CommandOutput, args: Args): number {
  const [file, extra] = args.positional;
  if (!file || extra) fail(`convert takes one file\n${USAGE}`);
  const to = option(args, '--to') ?? (/\.json$/i.test(file) ? undefined : 'json');
  if (to === 'gift') {
    const { bank, issues } = readBank(file);
    if (!bank) {
      io.error(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; fix them before converting\n${problemLines(issues)}`);
      return 1;
    }
    const { value, notes } = bankToGift(bank);
    writeOut(io, option(args, '-o'), value);
    report(io, notes);
    return 0;
  }
  if (to !== 'json') fail(`--to must be "gift" (a bank to GIFT) or "json" (GIFT to a bank)\n${USAGE}`);
  const text = readText(file);
  const name = basename(file, extname(file));
  const converted = convertGift(text, { name, id: option(args, '--id') ?? slug(name), title: option(args, '--title') });
  if (!converted.ok) {
    io.error(`${file}:${converted.line}:${converted.column}: not valid GIFT: ${converted.message}`);
    return 1;
  }
  const { bank: value, notes } = converted;
  const checked = validateBank(value);
  if (!checked.ok) {
    report(io, notes);
    io.error(`the converted bank has ${checked.issues.length} problem${checked.issues.length === 1 ? '' : 's'}:\n${problemLines(checked.issues)}`);
    return 1;
  }
  writeOut(io, option(args, '-o'), `${JSON.stringify(value, null, 2)}\n`);
  report(io, notes);
  return 0;
}

function packageCommand(io: CommandOutput, args: Args, packageDist: string): number {
  if (args.positional.length) fail(`package takes options only\n${USAGE}`);
  const bankArg = option(args, '--bank');
  const version = option(args, '--scorm');
  if (!bankArg) fail(`package needs --bank <id|file>\n${USAGE}`);
  if (version !== '1.2' && version !== '2004') fail(`--scorm must be 1.2 or 2004\n${USAGE}`);
  const passText = option(args, '--pass-mark');
  const passMark = passText === undefined ? undefined : Number(passText);
  if (passMark !== undefined && !(passMark >= 0 && passMark <= 100)) fail(`--pass-mark must be a percentage from 0 to 100`);
  const dist = option(args, '--dist') ?? packageDist;
  const builtin = join(dist, 'questions', `${bankArg}.json`);
  const bankFile = existsSync(bankArg) || !/^[a-z0-9][a-z0-9-]*$/.test(bankArg) ? bankArg : builtin;
  const { bank, issues } = readBank(bankFile);
  if (!bank) {
    io.error(`${bankFile}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${problemLines(issues)}`);
    return 1;
  }
  let built;
  try {
    built = scormPackage({ bank, version, passMark, dist });
  } catch (error) {
    fail(`cannot read the bundle in ${dist} (${(error as Error).message}); run \`npm run build\` first`);
  }
  const out = option(args, '-o') ?? `${bank.id}-scorm${version}.zip`;
  writeOut(io, out, built.zip);
  io.error(`wrote ${out} (${built.zip.length} bytes, SCORM ${version}): ${built.files.join(', ')}`);
  return 0;
}

/**
 * Runs one command line (without `node` and the script): what it prints goes to `io`, the exit code is returned.
 * `packageDist` is the dist/ folder `package` takes the bundle and the built-in banks from when no --dist is given.
 */
export function runTeacherCommand(argv: string[], io: CommandOutput, packageDist: string): number {
  try {
    return runCommand(argv, io, packageDist);
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    io.error(`defence-learning: ${error.message}`);
    return 2;
  }
}

function runCommand(argv: string[], io: CommandOutput, packageDist: string): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.log(USAGE);
    return command ? 0 : 2;
  }
  const args = parseArgs(rest);
  switch (command) {
    case 'validate':
      return validate(io, args);
    case 'convert':
      return convert(io, args);
    case 'package':
      return packageCommand(io, args, packageDist);
    default:
      fail(`unknown command "${command}"\n${USAGE}`);
  }
}
