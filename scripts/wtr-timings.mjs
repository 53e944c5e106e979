// A Web Test Runner reporter for finding slow tests: with WTR_TIMINGS=1 (or `npm run test:timings`), prints after
// the run each file's wall time (time between its finish and the previous file's finish in that browser, so
// exact only at concurrency 1) and the sum of its tests' durations, then the slowest tests.
export function timingsReporter({ top = 15 } = {}) {
  let started = 0;
  const lastFinish = new Map();
  const files = [];
  const tests = [];

  function collect(suite, path, browser, file) {
    for (const test of suite.tests) tests.push({ browser, file, name: [...path, test.name].join(' > '), ms: test.duration ?? 0 });
    for (const child of suite.suites) collect(child, [...path, child.name], browser, file);
  }
  function sum(suite) {
    return suite.tests.reduce((total, test) => total + (test.duration ?? 0), 0) + suite.suites.reduce((total, child) => total + sum(child), 0);
  }

  return {
    start() {
      started = Date.now();
    },
    onTestRunStarted() {
      started = Date.now();
    },
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      const now = Date.now();
      for (const session of sessionsForTestFile) {
        const browser = session.browser.name;
        const wall = now - (lastFinish.get(browser) ?? started);
        lastFinish.set(browser, now);
        const file = testFile.replace(`${process.cwd()}/`, '');
        files.push({ browser, file, wall, tests: session.testResults ? sum(session.testResults) : 0 });
        if (session.testResults) collect(session.testResults, [], browser, file);
      }
    },
    onTestRunFinished() {
      const s = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
      const lines = ['', `Test files by wall time (run: ${s(Date.now() - started).trim()}):`];
      for (const f of [...files].sort((a, b) => b.wall - a.wall)) lines.push(`  ${s(f.wall)}  tests ${s(f.tests)}  ${f.browser.padEnd(9)} ${f.file}`);
      lines.push(`Slowest ${top} tests:`);
      for (const t of [...tests].sort((a, b) => b.ms - a.ms).slice(0, top)) lines.push(`  ${s(t.ms)}  ${t.browser.padEnd(9)} ${t.file}: ${t.name}`);
      console.log(lines.join('\n'));
    },
  };
}
