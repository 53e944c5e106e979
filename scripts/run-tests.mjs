// `npm test`: the whole suite, as CI runs it, in as little wall time as two cores allow. The build comes
// first (node and browser tests read dist/); the type-check, the lint (eslint + prettier --check, cached in
// node_modules/.cache), the node tests and the browser runs then go side by side, since the browser runs
// spend most of their time waiting on pages. Each job's output is printed in one piece when it ends; the
// exit code is 1 when any job failed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/** Runs a command; resolves with whether it passed and all it printed. */
function run(name, command, args, env = {}) {
  const since = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code) => {
      const passed = code === 0;
      console.log(`\n──── ${name}: ${passed ? 'passed' : `FAILED (exit ${code})`} in ${seconds(since)} ────\n${output.trimEnd()}`);
      resolve({ name, passed, time: seconds(since) });
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

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const results = [];

// Fails at once, in one line, when a browser is missing.
results.push(await run('browsers installed', process.execPath, ['scripts/check-browsers.mjs']));
if (results[0].passed) {
  const typecheck = run('type-check', npm, ['run', '--silent', 'typecheck']);
  const lint = run('lint', npm, ['run', '--silent', 'lint']);
  const build = await run('build', npm, ['run', '--silent', 'build']);
  results.push(build);
  const jobs = [typecheck, lint];
  if (build.passed) {
    const ports = [];
    for (let i = 0; i < 4; i++) ports.push(await freePort());
    jobs.push(
      run('node tests', process.execPath, ['--test', 'tests/node/']),
      run('Chromium', npx, ['wtr', '--port', String(ports[0])], { BROWSER: 'chromium' }),
      // Firefox in three runs (see web-test-runner.config.mjs): the files that need the window's focus one by one,
      // in two browser processes, and the others side by side.
      run('Firefox, files that use focus (1/2)', npx, ['wtr', '--port', String(ports[1])], { BROWSER: 'firefox', WTR_FOCUS: 'only', WTR_SHARD: '1/2' }),
      run('Firefox, files that use focus (2/2)', npx, ['wtr', '--port', String(ports[2])], { BROWSER: 'firefox', WTR_FOCUS: 'only', WTR_SHARD: '2/2' }),
      run('Firefox, other files', npx, ['wtr', '--port', String(ports[3])], { BROWSER: 'firefox', WTR_FOCUS: 'none' }),
    );
  }
  results.push(...(await Promise.all(jobs)));
}

const failed = results.filter((r) => !r.passed);
console.log(`\n──── npm test: ${results.map((r) => `${r.name} ${r.passed ? 'ok' : 'FAILED'} (${r.time})`).join(', ')}`);
console.log(failed.length ? `npm test FAILED: ${failed.map((r) => r.name).join(', ')} (${seconds(started)})` : `npm test passed in ${seconds(started)}`);
process.exit(failed.length ? 1 : 0);
