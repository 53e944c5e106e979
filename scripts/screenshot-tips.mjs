// `node scripts/screenshot-tips.mjs`: screenshots of an open tip on the article demo (built dist/ needed)
// at 320, 375 and 1280 px, light and dark, with the term nearest the right edge of the screen open,
// into screenshots/tips/. For looking at, not a test. Headless Chromium (/usr/bin/chromium).
/* global document */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}screenshots/tips`;
mkdirSync(out, { recursive: true });
const port = 8300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, [`${root}scripts/serve-demo.mjs`], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const width of [320, 375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: width < 400 ? 640 : 800, isMobile: width < 400, hasTouch: width < 400, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`http://localhost:${port}/demo/article.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelectorAll('article acronym-tip').length > 5, { timeout: 20000 });
      // The focusable term whose right edge is nearest the screen's, in the article's first screens.
      await page.evaluate(() => {
        const tips = [...document.querySelectorAll('article acronym-tip:not([data-acronyms-repeat])')].slice(0, 12);
        const right = (t) => t.getBoundingClientRect().right;
        const tip = tips.sort((a, b) => right(b) - right(a))[0];
        tip.scrollIntoView({ block: 'center' });
        // Focused as a keyboard user's Tab focuses it: the tip is built then, and opens.
        tip.focus();
      });
      // The first touch loads the tooltips' code: the tip opens once it has arrived.
      await page.waitForFunction(() => [...document.querySelectorAll('acronym-tip')].some((t) => t.open), { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 300));
      const file = `${out}/article-${width}-${scheme}.png`;
      await page.screenshot({ path: file });
      const offscreen = await page.evaluate(() => {
        const open = [...document.querySelectorAll('acronym-tip')].find((t) => t.open);
        const box = open?.shadowRoot.querySelector('[part="tip"]').getBoundingClientRect();
        return !box || box.left < 0 || box.right > document.documentElement.clientWidth;
      });
      console.log(`${file}${offscreen ? '  (the tip is not fully on screen!)' : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
