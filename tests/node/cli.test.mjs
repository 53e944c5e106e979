// `npx defence-learning …` as a teacher runs it. The commands run inside this process (src/cli/teacher-commands.ts,
// bundled by esbuild), in a temporary folder that also stands in for dist/: a stub bundle, a chunk, and the
// built-in sample bank, so `package` is tested without a full build. The CLI is also built once (esbuild, as
// `npm run build` builds it) and each command run once from the command line, as the package's `bin`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { strFromU8, unzipSync } from 'fflate';

import { buildCli } from '../../scripts/build-cli.mjs';
import { importTs } from './helpers/import-ts.mjs';

const root = new URL('../../', import.meta.url).pathname;
const corpus = `${root}tests/fixtures/gift/every-kind.gift`;
const { runTeacherCommand } = await importTs('src/cli/teacher-commands.ts');
const startedIn = process.cwd();
let dist;
let cli;

before(async () => {
  mkdirSync(`${root}node_modules/.cache`, { recursive: true });
  dist = mkdtempSync(`${root}node_modules/.cache/cli-test-`);
  cli = await buildCli(dist);
  // A stand-in drop-in build: the autoloader, the element entries it loads, a chunk.
  for (const entry of ['defence-learning.js', 'quiz.js', 'fact-card.js', 'acronym-tip.js']) writeFileSync(join(dist, entry), 'export {};\n');
  mkdirSync(join(dist, 'chunks'));
  writeFileSync(join(dist, 'chunks', 'fsrs-abc.js'), 'export {};\n');
  mkdirSync(join(dist, 'questions'));
  copyFileSync(`${root}questions/sample.json`, join(dist, 'questions', 'sample.json'));
  // Relative paths on the command lines below are relative to the stand-in dist/, as a teacher's are to where they type.
  process.chdir(dist);
});
after(() => {
  process.chdir(startedIn);
  rmSync(dist, { recursive: true, force: true });
});

/** The command line `defence-learning …args`, run inside this process: its exit code and what it printed. */
function run(...args) {
  let stdout = '';
  let stderr = '';
  const io = {
    log: (line) => (stdout += `${line}\n`),
    error: (line) => (stderr += `${line}\n`),
    stdout: (data) => (stdout += typeof data === 'string' ? data : Buffer.from(data).toString('utf8')),
  };
  const code = runTeacherCommand(args, io, dist);
  return { code, stdout, stderr };
}
/** The same command line run by the built CLI in a process of its own. */
function runBuilt(...args) {
  const r = spawnSync('node', [cli, ...args], { cwd: dist, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const file = (name, content) => {
  const path = join(dist, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const smallest = { id: 'my-quiz', title: 'My quiz', questions: [{ id: 'q1', type: 'true-false', prompt: 'The EU has 27 member states.', answer: true }] };

test('validate: a valid bank exits 0 and says what it holds', () => {
  const { code, stdout } = run('validate', file('ok.json', smallest));
  assert.equal(code, 0);
  assert.match(stdout, /ok\.json: a valid bank "my-quiz" of 1 question$/m);
});

test('validate: an invalid bank exits 1 with every problem by JSON path, and --json gives them to CI', () => {
  const bad = {
    ...smallest,
    questions: [
      { id: 'q1', type: 'true-false', prompt: 'P' },
      { id: 'q1', type: 'essay', prompt: 'E' },
    ],
  };
  const path = file('bad.json', bad);
  const human = run('validate', path);
  assert.equal(human.code, 1);
  assert.match(human.stdout, /bad\.json: 3 problems/);
  assert.match(human.stdout, /^ {2}questions\[0\]\.answer: is required$/m);
  assert.match(human.stdout, /^ {2}questions\[1\]\.type: must be one of "single"/m);
  assert.match(human.stdout, /^ {2}questions\[1\]\.id: duplicate question id "q1"/m);
  const json = run('validate', path, '--json');
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout);
  assert.equal(report.ok, false);
  assert.deepEqual(report.issues.map((i) => i.path).sort(), ['questions[0].answer', 'questions[1].id', 'questions[1].type']);
});

test('validate: not JSON is invalid input (1); a missing file or a bad command line is exit 2', () => {
  const notJson = run('validate', file('broken.json', '{ "id": '));
  assert.equal(notJson.code, 1);
  assert.match(notJson.stdout, /\(root\): is not valid JSON/);
  const missing = run('validate', 'no-such.json');
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr.trim(), 'defence-learning: cannot read no-such.json (no such file)');
  assert.equal(JSON.parse(run('validate', 'no-such.json', '--json').stdout).error, 'cannot read no-such.json (no such file)');
  assert.equal(run('validate').code, 2);
  assert.equal(run('validate', 'a.json', '--strict').code, 2);
  assert.equal(run('frobnicate').code, 2);
  assert.match(run().stdout, /^usage: defence-learning <command>/);
});

test('convert: every GIFT kind that maps becomes a valid bank; essays and descriptions are reported', () => {
  const { code, stdout, stderr } = run('convert', corpus);
  assert.equal(code, 0, stderr);
  const bank = JSON.parse(stdout);
  assert.equal(bank.id, 'every-kind');
  assert.equal(bank.title, 'eu-defence');
  const byId = Object.fromEntries(bank.questions.map((q) => [q.id, q]));
  assert.deepEqual(
    bank.questions.map((q) => `${q.id}:${q.type}`),
    [
      'pesco-launch:single',
      'csdp-missions:multiple',
      'hrvp-chairs:true-false',
      'nato-member-count:true-false',
      'pesco-acronym:text',
      'eu-members:numeric',
      'compass-year:numeric',
      'battlegroup-size:numeric',
      'acronyms:match',
      'lisbon:cloze',
      'eeas-head:cloze',
      'escapes:single',
    ],
  );
  assert.deepEqual(byId['pesco-launch'].options[0], { id: 'o1', text: '2017', correct: true, feedback: 'Yes: the Council decided it in December 2017.' });
  assert.equal(byId['pesco-launch'].explanation, 'PESCO was established by a Council decision of December 2017.');
  assert.deepEqual(
    byId['csdp-missions'].options.map((o) => o.correct),
    [true, true, false, false],
  );
  assert.equal(byId['hrvp-chairs'].explanation, 'Article 18(3) TEU.');
  assert.equal(byId['nato-member-count'].answer, false);
  assert.deepEqual(byId['pesco-acronym'].accept, ['Permanent', 'permanent']);
  assert.deepEqual([byId['compass-year'].answer, byId['compass-year'].tolerance], [2022, 1]);
  assert.deepEqual([byId['battlegroup-size'].answer, byId['battlegroup-size'].tolerance], [1500, 500]);
  assert.deepEqual(byId.acronyms.pairs[1], { id: 'p2', left: 'PESCO', right: 'Permanent Structured Cooperation' });
  assert.equal(byId.lisbon.text, 'The Lisbon Treaty entered into force in {{blank}} and created the EEAS.');
  assert.deepEqual(byId.lisbon.blanks.blank, { accept: ['2009'], options: ['2007', '2009', '2011'] });
  assert.deepEqual(byId['eeas-head'].blanks.blank, { accept: ['High Representative'] });
  assert.equal(byId.escapes.prompt, 'Which symbol is written = in GIFT: equals or {braces}?');
  assert.equal(byId.escapes.options[0].feedback, 'Right # indeed');
  assert.deepEqual(bank.questions[0].tags, ['eu-defence']);
  assert.match(stderr, /^skipped {2}essay: an essay has no answer that can be graded automatically$/m);
  assert.match(stderr, /^skipped {2}intro: a description is not a question/m);
  assert.equal(run('validate', file('converted.json', stdout)).code, 0);
});

test('round trip: GIFT → bank → GIFT → bank gives the same bank', () => {
  const first = run('convert', corpus, '-o', 'first.json');
  assert.equal(first.code, 0, first.stderr);
  const back = run('convert', 'first.json', '--to', 'gift', '-o', 'back.gift');
  assert.equal(back.code, 0, back.stderr);
  assert.equal(back.stderr, '', 'everything converted from GIFT converts back');
  const again = run('convert', 'back.gift', '--id', 'every-kind', '--title', 'eu-defence');
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout), JSON.parse(readFileSync(join(dist, 'first.json'), 'utf8')));
});

test('a bank to GIFT: what GIFT cannot hold is reported, the rest converts back to the same answers', () => {
  const { code, stdout, stderr } = run('convert', `${root}questions/sample.json`, '--to', 'gift');
  assert.equal(code, 0, stderr);
  assert.match(stderr, /^skipped {2}\S+: GIFT has no order question$/m);
  assert.match(stdout, /^\/\/ source: /m, 'sources are kept as comments');
  const sample = JSON.parse(readFileSync(`${root}questions/sample.json`, 'utf8'));
  const back = JSON.parse(run('convert', file('sample.gift', stdout)).stdout);
  const skipped = new Set([...stderr.matchAll(/^skipped {2}(\S+):/gm)].map((m) => m[1]));
  const expected = sample.questions.filter((q) => !skipped.has(q.id));
  assert.deepEqual(
    back.questions.map((q) => q.id),
    expected.map((q) => q.id),
  );
  const answers = (q) =>
    JSON.stringify(
      q.options?.map((o) => [o.text, o.correct]) ?? q.answer ?? q.accept ?? q.pairs?.map((p) => [p.left, p.right]) ?? Object.values(q.blanks ?? {}),
    );
  for (const [i, q] of expected.entries()) assert.equal(answers(back.questions[i]), answers(q), q.id);
});

test('convert: GIFT with a syntax error exits 1 with its line and column', () => {
  const { code, stderr } = run('convert', file('bad.gift', '::q::Broken {=a ~b\n'));
  assert.equal(code, 1);
  assert.match(stderr, /bad\.gift:2:1: not valid GIFT/);
});

test('package: a SCORM 1.2 zip with the manifest, launch page, bundle, launch script and bank', () => {
  const { code, stderr } = run('package', '--bank', file('mine.json', smallest), '--scorm', '1.2', '--pass-mark', '60', '-o', 'quiz12.zip');
  assert.equal(code, 0, stderr);
  const zip = unzipSync(readFileSync(join(dist, 'quiz12.zip')));
  assert.deepEqual(Object.keys(zip).sort(), [
    'acronym-tip.js',
    'bank.json',
    'chunks/fsrs-abc.js',
    'defence-learning.js',
    'fact-card.js',
    'imsmanifest.xml',
    'index.html',
    'quiz.js',
    'scorm-launch.js',
  ]);
  const manifest = strFromU8(zip['imsmanifest.xml']);
  assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
  assert.match(manifest, /adlcp:scormtype="sco" href="index.html"/);
  assert.match(manifest, /<adlcp:masteryscore>60<\/adlcp:masteryscore>/);
  for (const f of Object.keys(zip).filter((f) => f !== 'imsmanifest.xml')) assert.match(manifest, new RegExp(`<file href="${f}"/>`));
  const page = strFromU8(zip['index.html']);
  assert.match(page, /<script type="module" src="defence-learning\.js"><\/script>/);
  assert.deepEqual(JSON.parse(page.match(/id="scorm-config">(.*)<\/script>/)[1]), { version: '1.2', bank: 'bank.json', title: 'My quiz', passMark: 60 });
  assert.deepEqual(JSON.parse(strFromU8(zip['bank.json'])).id, 'my-quiz');
  assert.match(stderr, /wrote quiz12\.zip \(\d+ bytes, SCORM 1\.2\)/);
});

test('package: SCORM 2004 from a built-in bank id, and the same input gives the same zip', () => {
  const one = run('package', '--bank', 'sample', '--scorm', '2004', '-o', 'a.zip');
  assert.equal(one.code, 0, one.stderr);
  run('package', '--bank', 'sample', '--scorm', '2004', '-o', 'b.zip');
  assert.deepEqual(readFileSync(join(dist, 'a.zip')), readFileSync(join(dist, 'b.zip')));
  const manifest = strFromU8(unzipSync(readFileSync(join(dist, 'a.zip')))['imsmanifest.xml']);
  assert.match(manifest, /<schemaversion>2004 4th Edition<\/schemaversion>/);
  assert.match(manifest, /adlcp:scormType="sco"/);
});

test('package: a bad version, a missing bank or an invalid bank is refused', () => {
  assert.equal(run('package', '--bank', 'sample', '--scorm', '3').code, 2);
  assert.equal(run('package', '--scorm', '1.2').code, 2);
  assert.equal(run('package', '--bank', 'no-such-bank', '--scorm', '1.2').code, 2);
  const invalid = run('package', '--bank', file('invalid.json', { id: 'x' }), '--scorm', '1.2');
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /title: is required/);
});

test('the built CLI runs each command from the command line as it runs in-process: validate, convert, package, usage', () => {
  const lines = [
    ['validate', file('built-ok.json', smallest)],
    ['validate', file('built-bad.json', { id: 'x' }), '--json'],
    ['convert', corpus],
    ['package', '--bank', 'sample', '--scorm', '2004', '-o', 'built.zip'],
    ['frobnicate'],
  ];
  for (const args of lines) {
    const built = runBuilt(...args);
    const inProcess = run(...args);
    assert.deepEqual(built, inProcess, args.join(' '));
  }
  assert.equal(runBuilt('validate', 'built-ok.json').code, 0);
  assert.equal(runBuilt('package', '--bank', 'sample', '--scorm', '3').code, 2);
});
