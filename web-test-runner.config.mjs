import { existsSync } from 'node:fs';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

import { allTestFiles, buildReadersLast, readsBuild, shardOf, testFilesByFocus } from './scripts/focus-test-files.mjs';
import { prebundledTestDependencies } from './scripts/prebundled-test-dependencies.mjs';
import { failedFilesReporter } from './scripts/wtr-failed-files.mjs';
import { timingsReporter } from './scripts/wtr-timings.mjs';
import { testLrs } from './tests/lrs/test-lrs.mjs';

// Both browsers come from Debian (see README): nothing here downloads a browser.
const chromium = chromeLauncher({
  // Each test page in a window of its own: test files running side by side in tabs of one window
  // leave all but one hidden, and a hidden page runs no animation frames and has no focus.
  createPage: ({ context }) => context.newPage({ type: 'window' }),
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    // Puppeteer follows every request of every page for its network events unless told not to, and no test here
    // asks it for them (tests that watch requests read the page's own resource timing). Firefox sends those events
    // from its parent process: without them a Firefox run takes a quarter less CPU (70 → 52 CPU-s for the files
    // that run side by side); Chromium a little less.
    networkEnabled: false,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // Test files run side by side in tabs; a background tab must not be throttled or paused.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      // Each test file is a new page: with the back-forward cache and site isolation, every one left a renderer
      // process behind or started a new one. Without them a file costs half the CPU (the whole Chromium run: 190
      // CPU-s before, 122 after, on two cores); the pages are all one test site, so isolation guards nothing here.
      '--disable-features=BackForwardCache,site-per-process,IsolateOrigins',
      '--disable-site-isolation-trials',
    ],
  },
});
chromium.name = 'Chromium';

const firefox = chromeLauncher({
  launchOptions: {
    browser: 'firefox',
    networkEnabled: false, // as for Chromium above
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // As for Chromium above: no back-forward cache, no process per site, no spare process started ahead (a tenth
      // less CPU per test file).
      'browser.sessionhistory.max_total_viewers': 0,
      'fission.autostart': false,
      'dom.ipc.processPrelaunch.enabled': false,
      // Files running side by side are tabs of one window, all but one in the background, where Firefox runs a
      // timer at most once a second: the strict-CSP quiz page, which steps through the quiz on 20 ms timers, took
      // 25 s there (its time limit, so it failed under load) and takes 4 s now. As Chromium's
      // --disable-background-timer-throttling above.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  },
});
firefox.name = 'Firefox';

// Pages under tests/csp/ (and the demo's pages, as `npm start` serves them) are served as a strict-CSP site
// would serve them, so tests can load the library inside them (in an iframe) and count the violations it reports.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

async function strictCspForTestPages(ctx, next) {
  await next();
  if ((ctx.path.startsWith('/tests/csp/') || ctx.path.startsWith('/demo/')) && ctx.path.endsWith('.html')) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast as Chromium renders it
 * (the test runner's emulateMedia cannot ask for it, and puppeteer's own call refuses the feature). Chromium
 * only: Firefox here has no DevTools protocol, so tests skip forced colours there (tests/helpers/forced-colors.ts).
 */
function forcedColorsCommand() {
  // One protocol session per test page, kept open: an emulation ends with the session that asked for it.
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.name !== 'Chromium') throw new Error('forced colours can be emulated in Chromium only');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/**
 * WTR_BUILD_DONE=path: `npm test` starts the browser runs while it builds, and writes that file when the build has
 * ended. Until then the test files that load the build (scripts/focus-test-files.mjs), which run last, wait to be
 * served, before any of their tests' timeouts start; so does any request for a built file (dist/, or a demo page).
 */
const buildDone = process.env.WTR_BUILD_DONE;
const waitForBuild = buildDone
  ? new Set(
      allTestFiles()
        .filter(readsBuild)
        .map((file) => `/${file}`),
    )
  : new Set();
async function builtFilesOnceBuilt(ctx, next) {
  if (buildDone && (waitForBuild.has(ctx.path) || ctx.path.startsWith('/dist/') || ctx.path.startsWith('/demo/'))) {
    while (!existsSync(buildDone)) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return next();
}

const only = process.env.BROWSER;
// WTR_FOCUS=only: just the test files that need the window's focus; WTR_FOCUS=none: just the others
// (scripts/focus-test-files.mjs tells them apart). WTR_SHARD=1/2: the first of two halves of those files, for
// as many browser processes. `npm test` runs Firefox as three runs side by side: the focus files in two halves
// (each Firefox process has a focused window of its own) and the others.
const focus = process.env.WTR_FOCUS;
const [shard, shards] = (process.env.WTR_SHARD ?? '1/1').split('/').map(Number);
const focusFiles = focus ? shardOf(testFilesByFocus(focus === 'only'), shard - 1, shards) : undefined;

export default {
  files: buildDone ? buildReadersLast(focusFiles ?? allTestFiles()) : (focusFiles ?? ['tests/**/*.test.ts']),
  // Lit's production build, as users get it: its development build checks and warns on every update.
  nodeResolve: { exportConditions: ['production'] },
  // Firefox gives window focus to one page at a time, so keyboard and focus tests running side by side in it
  // steal focus from each other: there, those test files run one after another.
  concurrency: only === 'firefox' && focus !== 'none' ? 1 : 2,
  concurrentBrowsers: 1,
  // A file's time includes any wait for the build (WTR_BUILD_DONE above), on a loaded machine minutes.
  testsFinishTimeout: buildDone ? 480000 : 240000,
  // On a shared two-core machine a page can take more than the default 30 s to open; a slow start is not a failure.
  browserStartTimeout: 120000,
  // A test file that loads the build may wait for it before it starts (WTR_BUILD_DONE above); else the default 20 s.
  testsStartTimeout: buildDone ? 300000 : 20000,
  browsers: [chromium, firefox].filter((b) => !only || b.name.toLowerCase() === only.toLowerCase()),
  plugins: [
    prebundledTestDependencies(['zod/mini', 'fast-check', '@open-wc/testing']),
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }),
    forcedColorsCommand(),
  ],
  middleware: [builtFilesOnceBuilt, strictCspForTestPages, testLrs],
  // Axe checks and keyboard walk-throughs take seconds each when both browsers run side by side on two cores.
  testFramework: { config: { timeout: 30000 } },
  // WTR_TIMINGS=1: also list the slowest test files and tests after the run. WTR_FAILED_FILES=path: write the
  // files that failed there (`npm test` runs them once more on their own).
  reporters: [
    defaultReporter(),
    ...(process.env.WTR_TIMINGS ? [timingsReporter()] : []),
    ...(process.env.WTR_FAILED_FILES ? [failedFilesReporter(process.env.WTR_FAILED_FILES)] : []),
  ],
};
