// The package as apps install it: `npm pack`, then each example app under examples/ installs its
// committed lockfile plus the tarball, builds with Vite, and is played in Chromium: a bank passed
// as a property the framework's way, to quiz-complete; a built-in bank, a built-in deck and an
// annotated paragraph; no failed request, no console error. `npm run test:examples` (run by CI).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';

import puppeteer from 'puppeteer-core';

const root = new URL('../../', import.meta.url).pathname;
const APPS = (process.env.EXAMPLES ?? 'react,vue,svelte').split(',');
const SCREENSHOTS = join(root, 'screenshots/examples');
/** Runs npm in `cwd`; a failure says what npm printed. */
function npm(args, cwd) {
  try {
    return execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`, { cause: error });
  }
}

let tarball;
let browser;

before(async () => {
  const out = mkdtempSync(join(tmpdir(), 'defence-learning-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', out], root));
  tarball = join(out, packed[0].filename);
  browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves a built app's dist/ as a static host would. */
function serve(dir) {
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

for (const app of APPS) {
  test(`examples/${app}: installs the packed package, builds, and plays in Chromium`, { timeout: 600_000 }, async () => {
    const dir = join(root, 'examples', app);
    npm(['ci'], dir);
    npm(['install', '--no-save', tarball], dir);
    npm(['run', 'build'], dir);

    const server = await serve(join(dir, 'dist'));
    // A context of its own per app: a new learner, with no storage left by the app before (ports may be reused).
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const failed = [];
    const errors = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => response.status() >= 400 && failed.push(`${response.url()} (HTTP ${response.status()})`));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });

      // The bank the app passes as a property, played to the end. The start screen is awaited by a query first: set by
      // React and Svelte after the element is connected, the bank loads its validator on demand, and a locator begun
      // before the start screen exists (React, Svelte) waited out its 30 s here although the screen came within a second.
      await page.waitForFunction(() => document.querySelector('#app-quiz')?.shadowRoot?.querySelector('.start button'), { timeout: 15000 });
      await page.locator('#app-quiz >>> .start button').click();
      await page.locator('#app-quiz >>> input[value="true"]').click();
      await page.locator('#app-quiz >>> button[type="submit"]').click();
      await page.locator('#app-quiz >>> .feedback').wait();
      await page.locator('#app-quiz >>> button[type="submit"]').click();
      await page.locator('#app-quiz >>> input[inputmode="decimal"]').fill('42');
      await page.locator('#app-quiz >>> button[type="submit"]').click();
      await page.locator('#app-quiz >>> .feedback').wait();
      await page.locator('#app-quiz >>> button[type="submit"]').click();
      await page.waitForFunction(() => document.querySelector('#result')?.textContent?.includes('Completed: 2 of 2'), { timeout: 15000 });

      // Built-in content, under the app's bundler: a bank, a deck and the glossary.
      await page.locator('#builtin-quiz >>> .start button').wait();
      await page.locator('fact-card >>> [part~="show-answer"]').wait();
      await page.waitForFunction(() => document.querySelectorAll('[data-acronyms] acronym-tip').length >= 2, { timeout: 15000 });
      await page.screenshot({ path: join(SCREENSHOTS, `${app}.png`), fullPage: true });

      assert.deepEqual(failed, [], 'failed requests');
      assert.deepEqual(errors, [], 'console errors');
    } finally {
      await context.close();
      server.close();
    }
  });
}
