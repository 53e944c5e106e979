// `npm test`: the whole suite, as CI runs it, in as little wall time as two cores allow. The jobs (type-check, lint
// (eslint + prettier --check, cached in node_modules/.cache), build, node tests, four browser runs) take turns in a
// few slots (TEST_JOBS, 3 by default) rather than all starting at once: on two cores everything at once took longer
// than one after another (load above 20, every job slowed, pages timing out and run again: 516 s, against 283–317 s in
// three slots and 323 s in two). The longest jobs go first; the node tests, which read dist/, wait for the build; a
// browser run that starts before the build has ended runs its files that load dist/ last, and those wait for it
// (web-test-runner.config.mjs, WTR_BUILD_DONE). Each job's output is printed in one piece when it ends.
//
// A browser or node test file that fails while jobs run side by side is run once more on its own when the
// rest has ended, with the machine quiet: a file that then passes is named in the summary as passing only
// when run alone (a timing problem to look into), one that fails again fails `npm test`. The failures are
// printed again after the summary, so the end of the log says what failed. The exit code is 1 when any job failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { getPriority, setPriority, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const scratch = mkdtempSync(join(tmpdir(), 'defence-learning-tests-'));
// More failed files than this means something is broken, not flaky: not worth the wait. Six covers the five files that
// load the build (the ones a loaded machine slows most: strict-CSP pages, demo pages) and one more.
const MAX_FILES_TO_RUN_AGAIN = 6;

/**
 * Runs a command; resolves with whether it passed and all it printed. `niceness` lowers its CPU priority (and that
 * of the processes it starts) by that much.
 */
function run(name, command, args, env = {}, niceness = 0) {
  const since = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    if (niceness && child.pid) {
      try {
        setPriority(child.pid, Math.min(19, getPriority(child.pid) + niceness));
      } catch {
        // Not allowed here: the run goes on at the same priority.
      }
    }
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code) => {
      const passed = code === 0;
      console.log(`\n──── ${name}: ${passed ? 'passed' : `FAILED (exit ${code})`} in ${seconds(since)} ────\n${output.trimEnd()}`);
      resolve({ name, passed, time: seconds(since), output });
    });
  });
}

/** A port free now, for one test runner each: two runners starting together could otherwise both pick 8000. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs at most `count` jobs at once, the others waiting in the order they were asked for. */
function slotsOf(count) {
  let running = 0;
  const waiting = [];
  const next = () => {
    if (running >= count || waiting.length === 0) return;
    running++;
    const { job, resolve } = waiting.shift();
    void job()
      .then(resolve)
      .finally(() => {
        running--;
        next();
      });
  };
  return (job) =>
    new Promise((resolve) => {
      waiting.push({ job, resolve });
      next();
    });
}

// At a lower priority, the browser runs take the CPU the other jobs leave, so the build (which the node tests wait
// for) is slowed less by them. Not wholly: Chromium run as root raises the priority of some of its own threads.
const BROWSER_NICENESS = 4;

/** A browser run: web-test-runner with these settings, remembering which files failed. */
async function browserRun(name, env) {
  const failedFiles = join(scratch, `${name.replace(/\W+/g, '-')}.json`);
  const result = await run(name, npx, ['wtr', '--port', String(await freePort())], { ...env, WTR_FAILED_FILES: failedFiles }, BROWSER_NICENESS);
  result.browser = env.BROWSER;
  result.failedFiles = existsSync(failedFiles) ? JSON.parse(readFileSync(failedFiles, 'utf8')) : [];
  return result;
}

/** The node test files with a failing test, from the TAP output of `node --test` (each failure's `location`). */
function failedNodeTestFiles(output) {
  const files = new Set();
  for (const [, block] of output.matchAll(/^\s*not ok \d+[^\n]*\n((?:\s+[^\n]*\n)*?)\s+\.\.\.$/gm)) {
    const file = /location: '(.+?\.test\.mjs):\d+:\d+'/.exec(block)?.[1];
    if (file) files.add(relative(process.cwd(), file));
  }
  return [...files];
}

/** The lines of a run's output that say what failed, to print again at the end of the log. */
function failureLines(output) {
  // eslint-disable-next-line no-control-regex -- the test runner's progress bar redraws with escape codes
  const lines = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const keep = new Set();
  lines.forEach((line, i) => {
    if (/❌|✖|\bnot ok \d|timed out|did not finish|[A-Za-z]Error\b|\s{2}error\s{2}|\[warn\]|with \d+ failed/.test(line))
      for (let j = Math.max(0, i - 2); j < Math.min(lines.length, i + 12); j++) keep.add(j);
  });
  const kept = [...keep].sort((a, b) => a - b).map((i) => lines[i]);
  return (kept.length ? kept : lines.slice(-40)).slice(0, 120).join('\n');
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const results = [];

// Fails at once, in one line, when a browser is missing.
results.push(await run('browsers installed', process.execPath, ['scripts/check-browsers.mjs']));
if (results[0].passed) {
  const buildDone = join(scratch, 'build-done');
  const slots = slotsOf(Number(process.env.TEST_JOBS) || 3);
  const build = slots(() => run('build', npm, ['run', '--silent', 'build'])).then((result) => {
    // The browser runs' requests for dist/ go on (to fail, if the build did).
    writeFileSync(buildDone, result.passed ? 'passed' : 'failed');
    return result;
  });
  // Longest first. Firefox is three runs (see web-test-runner.config.mjs): the files that need the window's focus
  // one by one, in two browser processes, and the others side by side.
  const browserRuns = [
    slots(() => browserRun('Firefox, files that use focus (2/2)', { BROWSER: 'firefox', WTR_FOCUS: 'only', WTR_SHARD: '2/2', WTR_BUILD_DONE: buildDone })),
    slots(() => browserRun('Chromium', { BROWSER: 'chromium', WTR_BUILD_DONE: buildDone })),
  ];
  const lint = slots(() => run('lint', npm, ['run', '--silent', 'lint']));
  browserRuns.push(
    slots(() => browserRun('Firefox, files that use focus (1/2)', { BROWSER: 'firefox', WTR_FOCUS: 'only', WTR_SHARD: '1/2', WTR_BUILD_DONE: buildDone })),
    slots(() => browserRun('Firefox, other files', { BROWSER: 'firefox', WTR_FOCUS: 'none', WTR_BUILD_DONE: buildDone })),
  );
  const nodeTests = build.then((result) =>
    result.passed
      ? slots(() => run('node tests', process.execPath, ['--test', '--test-concurrency=2', 'tests/node/'])).then((result) => ({
          ...result,
          failedFiles: failedNodeTestFiles(result.output),
        }))
      : { name: 'node tests', passed: false, time: '0 s', output: 'not run: the build failed' },
  );
  const typecheck = slots(() => run('type-check', npm, ['run', '--silent', 'typecheck']));
  results.push(await build);
  results.push(...(await Promise.all([typecheck, lint, nodeTests, ...browserRuns])));

  for (const result of results) {
    const files = result.failedFiles ?? [];
    if (result.passed || files.length === 0 || files.length > MAX_FILES_TO_RUN_AGAIN) continue;
    result.firstFailure = failureLines(result.output);
    const name = `${result.name}, failed files run again alone`;
    // Without WTR_FOCUS the Firefox files run one at a time (web-test-runner.config.mjs).
    const again = result.browser
      ? await run(name, npx, ['wtr', '--port', String(await freePort()), '--files', ...files], { BROWSER: result.browser })
      : await run(name, process.execPath, ['--test', ...files]);
    result.passed = again.passed;
    result.note = again.passed ? `passed only when run alone: ${files.join(', ')}` : `failed again alone: ${files.join(', ')}`;
    if (!again.passed) result.output = again.output;
  }
}

const failed = results.filter((r) => !r.passed);
for (const r of results.filter((r) => r.firstFailure)) console.log(`\n──── ${r.name}, first failure (${r.note}):\n${r.firstFailure}`);
for (const r of failed) console.log(`\n──── ${r.name} FAILED, what it said:\n${failureLines(r.output)}`);
console.log(`\n──── npm test: ${results.map((r) => `${r.name} ${r.passed ? 'ok' : 'FAILED'} (${r.time}${r.note ? `; ${r.note}` : ''})`).join(', ')}`);
console.log(failed.length ? `npm test FAILED: ${failed.map((r) => r.name).join(', ')} (${seconds(started)})` : `npm test passed in ${seconds(started)}`);
process.exit(failed.length ? 1 : 0);
