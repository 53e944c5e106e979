// `npm test` builds first; this plays a quiz over the built drop-in script (dist/defence-learning.js) in headless
// Chromium to its results, once with the results chunk (results-screen) failing to arrive and once with it: the
// results show their score and a clear message, not a blank box or an exception, and then the whole screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { withBuiltBundle } from './helpers/built-bundle-browser.mjs';

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/dist/defence-learning.js"></script></head>' +
  '<body><defence-quiz bank="sample" count="1" mode="exam" seed="s"></defence-quiz></body></html>';

/** Opens the page in a fresh profile, plays its one exam question to the results (left blank), and returns what they say. */
async function results(browser, origin, { blockResults }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => void (blockResults && request.url().includes('/results-screen-') ? request.abort() : request.continue()));
  await page.goto(`${origin}/page`);
  const root = 'document.querySelector("defence-quiz").shadowRoot';
  const click = (text) => page.evaluate(`[...${root}.querySelectorAll("button")].find((b) => b.textContent.trim() === ${JSON.stringify(text)}).click()`);
  await page.waitForFunction(`${root}?.querySelector(".start button")`, { timeout: 20000 });
  await click('Start');
  await page.waitForFunction(`${root}.querySelector("form.question")`, { timeout: 20000 });
  await click('See results');
  await page.waitForFunction(`${root}.querySelector(".finish-check")`, { timeout: 20000 });
  await click('Finish anyway');
  await page.waitForFunction(`${root}.querySelector(".summary:not([aria-busy])")`, { timeout: 20000 });
  // With its code the results also show the review (a first attempt has no score history to show yet).
  if (!blockResults) await page.waitForFunction(`${root}.querySelector(".summary .review")`, { timeout: 20000 });
  const shown = {
    text: await page.evaluate(`${root}.querySelector(".summary").innerText.replace(/\\s+/g, " ")`),
    focused: await page.evaluate(`${root}.activeElement?.classList.contains("summary")`),
    errors,
  };
  if (blockResults) {
    await click('Start again');
    await page.waitForFunction(`${root}.querySelector("form.question")`, { timeout: 20000 });
  }
  await context.close();
  return shown;
}

test('the results screen says so when its chunk cannot be fetched, and shows in full when it can', { timeout: 120_000 }, async () => {
  await withBuiltBundle(PAGE, async (browser, origin) => {
    const failed = await results(browser, origin, { blockResults: true });
    assert.match(failed.text, /Your results 0 of 1 points \(0%\)/);
    assert.match(failed.text, /The review and score history could not be loaded\./);
    assert.equal(failed.focused, true, 'focus is on the results');
    assert.deepEqual(failed.errors, []);
    const loaded = await results(browser, origin, { blockResults: false });
    assert.match(loaded.text, /Your results 0 of 1 points \(0%\).*Retry the ones I missed.*Review/);
    assert.equal(loaded.focused, true, 'focus is on the results');
    assert.deepEqual(loaded.errors, []);
  });
});
