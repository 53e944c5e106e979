// The command `npm run check:content -- <sources dir> [--strict-coverage] [--content <dir>]` (its entry:
// check-content.ts): validates every
// bank (questions/*.json), deck (questions/decks/*.json) and the glossary, checks each quote against
// the source document it cites, and prints the coverage table. Exit 0: fine; 1: a problem (or, with
// --strict-coverage, an uncovered sentence); 2: the command could not run (bad arguments or folders).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { checkContent, type ContentFile } from '../content-check/check-content.js';
import { formatReport } from '../content-check/format-report.js';
import type { CommandOutput } from './command-output.js';

const USAGE = 'usage: npm run check:content -- <sources dir> [--strict-coverage] [--content <questions dir>]';
// Files in questions/ that are not banks: the glossary, the coverage notes, and the JSON Schemas.
const NOT_BANKS = new Set(['glossary.json', 'coverage-notes.json']);

/** The command cannot run at all (exit 2), as opposed to finding problems in the content (exit 1). */
class CannotRun extends Error {}

// Thrown, not process.exit(): the command also runs inside the tests' own process.
function fail(message: string): never {
  throw new CannotRun(message);
}

function parseArgs(argv: string[]): { sourcesDir: string; contentDir: string; strictCoverage: boolean } {
  let sourcesDir: string | undefined;
  let contentDir = 'questions';
  let strictCoverage = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) break;
    if (arg === '--strict-coverage') strictCoverage = true;
    else if (arg === '--content') {
      const value = argv[++i];
      if (!value) fail(`--content needs a folder\n${USAGE}`);
      contentDir = value;
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
    else if (sourcesDir === undefined) sourcesDir = arg;
    else fail(`unexpected argument ${arg}\n${USAGE}`);
  }
  if (sourcesDir === undefined) fail(`give the folder of source documents\n${USAGE}`);
  return { sourcesDir, contentDir, strictCoverage };
}

function listFolder(dir: string, what: string, required: boolean): string[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') return undefined;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a folder' : (error as Error).message;
    fail(`cannot read the ${what} "${dir}" (${why})`);
  }
  return names.sort();
}

function readContent(path: string): ContentFile {
  try {
    return { name: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    fail(`cannot read ${path}: ${(error as Error).message}`);
  }
}

function checkContentFolders(argv: string[], io: CommandOutput): number {
  const { sourcesDir, contentDir, strictCoverage } = parseArgs(argv);

  const sourceFiles = listFolder(sourcesDir, 'sources folder', true)!.filter((f) => f.endsWith('.txt'));
  if (sourceFiles.length === 0) fail(`the sources folder "${sourcesDir}" holds no .txt documents`);
  const sources = new Map<string, string>();
  for (const file of sourceFiles) {
    try {
      sources.set(file.replace(/\.txt$/, ''), readFileSync(join(sourcesDir, file), 'utf8'));
    } catch (error) {
      fail(`cannot read the source document ${join(sourcesDir, file)}: ${(error as Error).message}`);
    }
  }

  const contentFiles = listFolder(contentDir, 'content folder', true)!;
  const banks = contentFiles
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && !NOT_BANKS.has(f))
    .map((f) => readContent(join(contentDir, f)));
  const deckDir = join(contentDir, 'decks');
  const decks = (listFolder(deckDir, 'decks folder', false) ?? [])
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => readContent(join(deckDir, f)));
  const glossary = contentFiles.includes('glossary.json') ? readContent(join(contentDir, 'glossary.json')) : undefined;
  const coverageNotes = contentFiles.includes('coverage-notes.json') ? readContent(join(contentDir, 'coverage-notes.json')) : undefined;

  io.log(
    `Checking ${banks.length} bank${banks.length === 1 ? '' : 's'}, ${decks.length} deck${decks.length === 1 ? '' : 's'}` +
      `${glossary ? ' and the glossary' : ' (no glossary.json)'} in ${contentDir} against ${sources.size} documents in ${sourcesDir}\n`,
  );
  const { text, failed } = formatReport(checkContent({ banks, decks, glossary, coverageNotes, sources }), { strictCoverage });
  io.log(text);
  return failed ? 1 : 0;
}

/** Runs one command line (the arguments after the script): what it prints goes to `io`, the exit code is returned. */
export function runCheckContent(argv: string[], io: CommandOutput): number {
  try {
    return checkContentFolders(argv, io);
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    io.error(`check:content: ${error.message}`);
    return 2;
  }
}
