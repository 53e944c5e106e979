// What each kind of page costs: a page that includes just dist/defence-learning.js and one element,
// opened in Chromium; every script it requests until the element is ready for the learner (the quiz:
// the first question after Start) is added up, gzip -9. "Until" is read in the page: the first animation frame
// that finds the element ready notes the time, and the scripts whose requests started before then count (a chunk
// asked for once the first question is on screen is not part of the figure). dist/ must be built (`npm run build`). Used by `npm run size` and by
// tests/node/page-weights.test.mjs, which fails past the budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import puppeteer from 'puppeteer-core';

import { serveStatic } from './serve-static.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Budgets and goals in bytes of gzip, from the packaging issue. */
export const PAGES = [
  {
    name: 'quiz (built-in bank, to the first question)',
    budget: 30 * 1024,
    goal: 25 * 1024,
    body: '<defence-quiz bank="csdp"></defence-quiz>',
    // The learner presses Start once the start screen shows.
    act: async (page) => {
      await page.waitForFunction(() => document.querySelector('defence-quiz')?.shadowRoot?.querySelector('.start button, button.primary'), { timeout: 20000 });
      await page.evaluate(() => document.querySelector('defence-quiz').shadowRoot.querySelector('.start button, button.primary').click());
    },
    isReady: () => document.querySelector('defence-quiz')?.shadowRoot?.querySelector('form.question, .question'),
  },
  {
    name: 'one fact card',
    budget: 20 * 1024,
    goal: 15 * 1024,
    body: '<fact-card front="What does PESCO stand for?" back="Permanent structured cooperation"></fact-card>',
    isReady: () => document.querySelector('fact-card')?.shadowRoot?.querySelector('[part~="card"]'),
  },
  {
    name: 'annotated article',
    budget: 10 * 1024,
    goal: 7 * 1024,
    body: "<article data-acronyms><p>The CSDP and PESCO are part of the EU's work with NATO.</p></article>",
    isReady: () => customElements.get('acronym-tip') && document.querySelector('article acronym-tip'),
  },
];

function serve() {
  const page = (path) => {
    const index = /^\/__page\/(\d+)$/.exec(path);
    const body = index && PAGES[Number(index[1])]?.body;
    return body === undefined || body === null
      ? undefined
      : `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/dist/defence-learning.js"></script></head><body>${body}</body></html>`;
  };
  return serveStatic(root, { page });
}

/** Measures every page: the scripts requested (file, gzip bytes), their total, and any failed request. */
export async function measurePages() {
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results = [];
    for (const [index, spec] of PAGES.entries()) {
      const page = await browser.newPage();
      const failed = [];
      page.on('requestfinished', (request) => {
        if ((request.response()?.status() ?? 0) >= 400) failed.push(new URL(request.url()).pathname);
      });
      page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
      // Every animation frame, until it finds the element ready, checks and notes when (readyAt, page time).
      await page.evaluateOnNewDocument(`(() => {
        const isReady = ${spec.isReady};
        const check = () => (isReady() ? (window.readyAt = performance.now()) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      })()`);
      await page.goto(`${origin}/__page/${index}`);
      await spec.act?.(page);
      await page.waitForFunction(() => window.readyAt !== undefined, { timeout: 20000 });
      // Every script asked for must have arrived (a failed one would make the figure too low).
      await page.waitForNetworkIdle({ idleTime: 200, timeout: 20000 });
      // What the page asked for until it was ready: a chunk requested afterwards (what the quiz needs only later,
      // fetched once the first question shows) is not part of the figure.
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => ({ url: new URL(entry.name), startTime: entry.startTime }))
          .filter(
            ({ url, startTime }) =>
              startTime <= window.readyAt && url.origin === location.origin && url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js'),
          )
          .map(({ url }) => url.pathname),
      );
      await page.close();
      const files = [...new Set(scripts)].sort().map((path) => ({ path, gzip: gzipSync(readFileSync(join(root, path)), { level: 9 }).length }));
      results.push({ ...spec, files, total: files.reduce((sum, f) => sum + f.gzip, 0), failed });
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let over = false;
  for (const page of await measurePages()) {
    const verdict = page.total <= page.goal ? 'within goal' : page.total <= page.budget ? 'within budget' : 'OVER BUDGET';
    if (page.total > page.budget) over = true;
    console.log(`${page.name}: ${kb(page.total)} (budget ${kb(page.budget)}, goal ${kb(page.goal)}): ${verdict}`);
    for (const file of page.files) console.log(`  ${file.path.padEnd(48)} ${kb(file.gzip).padStart(9)}`);
    if (page.failed.length) console.log(`  failed requests: ${page.failed.join(', ')}`);
  }
  if (over) process.exitCode = 1;
}
