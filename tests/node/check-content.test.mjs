// `npm run check:content` as a user runs it, on fixture folders under tests/fixtures/content/:
// `sources/` holds an invented document and a stand-in for the forum thread; `complete/`, `partial/`
// and `broken/` are content folders (banks, decks/, glossary.json, coverage-notes.json). The command runs
// inside this process (src/cli/check-content-command.ts, bundled by esbuild), and once as `npm run check:content` runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { importTs } from './helpers/import-ts.mjs';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = 'tests/fixtures/content';
const { runCheckContent } = await importTs('src/cli/check-content-command.ts');
// The paths below, and those the report prints, are relative to the repository, where `npm run` runs the command.
process.chdir(root);

/** `npm run check:content -- …args`, run inside this process: its exit code and what it printed. */
function checkContent(...args) {
  let stdout = '';
  let stderr = '';
  const io = {
    log: (line) => (stdout += `${line}\n`),
    error: (line) => (stderr += `${line}\n`),
    stdout: (data) => (stdout += String(data)),
  };
  const code = runCheckContent(args, io);
  return { code, stdout, stderr };
}

/** The same command run as `npm run check:content` runs it: scripts/run-ts.mjs, in a process of its own. */
function checkContentSpawned(...args) {
  const run = spawnSync('node', ['scripts/run-ts.mjs', 'src/cli/check-content.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const onContent = (folder, ...flags) => checkContent(`${fixtures}/sources`, '--content', `${fixtures}/${folder}`, ...flags);

/** The problem lines of a report, as `file  path  message`. */
const problemLines = (stdout) => stdout.split('\n').filter((line) => line.startsWith(`  ${fixtures}/`));

test('content whose quotes all occur passes, and the report says so', () => {
  const { code, stdout } = onContent('complete');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /Problems: none/);
  assert.deepEqual(problemLines(stdout), []);
  assert.match(stdout, /bank atlantis \(.*atlantis\.json\): 4 questions \(multiple 1, numeric 1, single 1, text 1\)/);
  assert.match(stdout, /deck atlantis-cards \(.*\): 1 card$/m);
  assert.match(stdout, /total: 4 questions, 1 card, 3 glossary entries/);
});

test('the coverage table counts fact-bearing sentences and lists a noted one with its reason', () => {
  const { stdout } = onContent('complete');
  assert.match(stdout, /^ {2}atlantis-pact +7 +6 +1 +0$/m);
  assert.match(stdout, /Left uncovered on purpose in atlantis-pact:\n {2}line 14: Disaster relief\n {4}because: Fixture: the fourth area/);
  assert.doesNotMatch(stdout, /forum-european-defense-cooperation +\d/, 'the forum thread has no coverage row');
});

test('glossary entries citing a web page are listed as such', () => {
  const { stdout } = onContent('complete');
  assert.match(
    stdout,
    /citing a web page instead of a source document \(1\):\n {2}Harbour Accord {2}https:\/\/example\.org\/harbour-accord {2}\(Fixture web citation/,
  );
  assert.doesNotMatch(stdout, /^ {2}TPA {2}http/m);
});

test('a glossary entry for a term only the forum thread uses is accepted and listed, its definition still citing a source', () => {
  const { code, stdout } = onContent('complete');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /terms that only a document which is not a source uses \(1\):\n {2}AHC {2}\(in forum-european-defense-cooperation only/);
});

test('*.schema.json files in the content folder are not read as banks', () => {
  const { stdout } = onContent('complete');
  assert.doesNotMatch(stdout, /bank\.schema\.json/);
  assert.match(stdout, /^Checking 1 bank, 1 deck and the glossary/m);
});

test('uncovered sentences are listed but pass, unless --strict-coverage is given', () => {
  const loose = onContent('partial');
  assert.equal(loose.code, 0, loose.stdout);
  assert.match(loose.stdout, /^ {2}atlantis-pact +7 +1 +0 +6$/m);
  assert.match(loose.stdout, /Uncovered in atlantis-pact:\n {2}line 10 \[number, name\]: The Council – in its “Harbour” session/);
  assert.match(loose.stdout, /^ {2}line 14 \[list\]: Disaster relief$/m);
  assert.match(loose.stdout, /OK, with 6 fact-bearing sentences uncovered/);

  const strict = onContent('partial', '--strict-coverage');
  assert.equal(strict.code, 1, strict.stdout);
  assert.match(strict.stdout, /FAILED: 6 fact-bearing sentences uncovered \(--strict-coverage\)/);
});

test('--strict-coverage passes when every uncovered sentence has a coverage note', () => {
  const { code, stdout } = onContent('complete', '--strict-coverage');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /OK: every fact-bearing sentence is covered or left with a reason/);
});

test('broken content fails with one line per problem: file, JSON path, message', () => {
  const { code, stdout } = onContent('broken');
  assert.equal(code, 1, stdout);
  const lines = problemLines(stdout);
  const expect = (file, path, message) =>
    assert.ok(
      lines.some((l) => l.startsWith(`  ${fixtures}/broken/${file}  ${path}  `) && message.test(l)),
      `expected a problem ${file} ${path} ${message}, got:\n${lines.join('\n')}`,
    );
  expect(
    'atlantis.json',
    'questions[1].source.quote',
    /does not occur in "atlantis-pact": the longest part found is "March 2019, the Council of Atlantis signed the Harbour Accord"/,
  );
  expect('atlantis.json', 'questions[2].source.ref', /cites the forum thread "forum-european-defense-cooperation"/);
  expect('atlantis.json', 'sources[1].id', /is the forum thread, which is not a source of facts/);
  expect('atlantis.json', 'sources[2].id', /no document "missing-doc.txt" in the sources folder/);
  expect('atlantis.json', 'questions[3].source.quote', /is 46 words long: a quote is at most 40 words/);
  expect('atlantis.json', 'questions[4].cards[0]', /no card "no-such-card" in any deck/);
  expect('atlantis.json', 'questions[6].explanation', /is required/);
  // A teacher's bank may leave out sources and quotes; built-in content may not.
  expect('atlantis.json', 'questions[9].source', /is required in built-in content/);
  expect('atlantis.json', 'questions[10].source.quote', /is required in built-in content/);
  expect('decks/two.json', 'cards[0].id', /card id "shared-id" is also used in .*decks\/one\.json/);
  expect('decks/two.json', 'cards[1].source.ref', /cites the forum thread "forum-european-defense-cooperation", which is not a source of facts/);
  expect('decks/two.json', 'cards[1].source.ref', /no source with id "forum-european-defense-cooperation" in "sources"/);
  expect('glossary.json', 'entries[0].term', /neither "Atlantis Navy" nor an alias occurs in any source document/);
  expect(
    'glossary.json',
    'entries[1].source.quote',
    /after it the quote has "twelve joint exercises a year" where the document has "12 joint exercises a year, and"/,
  );
  expect('coverage-notes.json', 'notes[0]', /matches no fact-bearing sentence of "atlantis-pact"/);
  expect('atlantis.json', 'questions[7].source.quote', /is 1 word long and occurs 2 times in "atlantis-pact": quote enough \(at least 3 words\)/);
  expect('atlantis.json', 'questions[8].source.quote', /occurs only as part of a longer word/);
  expect('glossary.json', 'entries[2].source.url', /must be an https:\/\/ address/);
  expect('not-json.json', '(root)', /is not valid JSON/);
  assert.equal(lines.length, 19, `exactly the planted problems, got:\n${lines.join('\n')}`);
  assert.match(stdout, /FAILED: 19 problems\./);
});

test('a good quote is not reported, whatever its dashes, quote marks, line breaks or elision', () => {
  const { stdout } = onContent('broken');
  assert.doesNotMatch(stdout, /questions\[0\]/, 'the correct quote of questions[0] is accepted');
  const complete = onContent('complete');
  // complete/ quotes with straight quotes, hyphens and line breaks where the document has “ ” – and
  // one line, and its card elides with "…" (in a deck file saved with a byte-order mark): all accepted.
  assert.deepEqual(problemLines(complete.stdout), []);
});

test('a missing sources folder is one clear message and exit 2', () => {
  const { code, stdout, stderr } = checkContent('tests/fixtures/content/no-such-folder');
  assert.equal(code, 2);
  assert.equal(stderr.trim(), 'check:content: cannot read the sources folder "tests/fixtures/content/no-such-folder" (it does not exist)');
  assert.equal(stdout, '');
});

test('a sources path that is a file, or a folder without .txt documents, is refused with exit 2', () => {
  const file = checkContent(`${fixtures}/sources/atlantis-pact.txt`);
  assert.equal(file.code, 2);
  assert.match(file.stderr, /cannot read the sources folder ".*atlantis-pact\.txt" \(it is not a folder\)/);
  const empty = checkContent(`${fixtures}/complete/decks`);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /holds no \.txt documents/);
});

test('no sources argument, or an unknown option, prints the usage and exits 2', () => {
  const none = checkContent();
  assert.equal(none.code, 2);
  assert.match(none.stderr, /give the folder of source documents\nusage: npm run check:content -- <sources dir>/);
  const unknown = checkContent(`${fixtures}/sources`, '--strict');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown option --strict/);
});

test('a missing content folder exits 2; a content folder without decks or glossary is fine', () => {
  const missing = onContent('no-such-content');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read the content folder ".*no-such-content" \(it does not exist\)/);
  const partial = onContent('partial');
  assert.match(partial.stdout, /^Checking 1 bank, 0 decks \(no glossary\.json\)/m);
});

test('run as `npm run check:content` runs it, the command prints and exits as it does in-process', () => {
  for (const args of [
    [`${fixtures}/sources`, '--content', `${fixtures}/broken`],
    [`${fixtures}/sources`, '--content', `${fixtures}/complete`, '--strict-coverage'],
    [],
  ]) {
    assert.deepEqual(checkContentSpawned(...args), checkContent(...args), args.join(' '));
  }
});
