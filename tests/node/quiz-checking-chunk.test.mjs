// `npm test` builds first; this answers a quiz over the built drop-in script (dist/defence-learning.js) in headless
// Chromium while its checking code (checking-code.ts: grading and the completion statement, a chunk the quiz asks for
// once the learner is at work on the first question) is slow, then while it cannot be fetched: Check waits for it and
// grades once however often it is pressed, and says so when the code cannot come, then grades when it can.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { withBuiltBundle } from './helpers/built-bundle-browser.mjs';

const BANK = { id: 'one', title: 'One question', questions: [{ id: 'q1', type: 'true-false', prompt: 'The EU has 27 member states.', answer: true }] };
const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/dist/defence-learning.js"></script></head>' +
  `<body><defence-quiz><script type="application/json">${JSON.stringify(BANK)}</script></defence-quiz></body></html>`;

const isCheckingCode = (url) => /\/checking-code-[^/]*\.js$/.test(url);

/**
 * Opens the quiz in a fresh profile, with `route(request)` deciding what becomes of each request for the checking
 * code, and starts it. Returns the page, a click by button text, and the quiz-answer events counted in the page.
 */
async function openQuiz(browser, origin, route) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => void (isCheckingCode(request.url()) ? route(request) : request.continue()));
  await page.goto(`${origin}/page`);
  await page.evaluate('window.answers = 0; document.addEventListener("quiz-answer", () => window.answers++);');
  const shadow = 'document.querySelector("defence-quiz").shadowRoot';
  const click = (text) =>
    page.evaluate(`[...${shadow}.querySelectorAll("button, label")].find((b) => b.textContent.trim() === ${JSON.stringify(text)}).click()`);
  await page.waitForFunction(`${shadow}?.querySelector(".start button")`, { timeout: 20000 });
  await click('Start');
  await page.waitForFunction(`${shadow}.querySelector("form.question")`, { timeout: 20000 });
  const text = (selector) => page.evaluate(`${shadow}.querySelector(${JSON.stringify(selector)})?.innerText.replace(/\\s+/g, " ") ?? null`);
  return { context, page, click, text, errors, answers: () => page.evaluate('window.answers') };
}

test('Check waits for a slow checking chunk and grades once, however often it is pressed', { timeout: 120_000 }, async () => {
  await withBuiltBundle(PAGE, async (browser, origin) => {
    const held = [];
    const quiz = await openQuiz(browser, origin, (request) => held.push(request));
    const asked = quiz.page.waitForRequest((request) => isCheckingCode(request.url()), { timeout: 20000 });
    await quiz.click('True');
    await asked; // answering asks for the checking code, which is held
    await quiz.click('Check');
    await quiz.click('Check');
    assert.equal(await quiz.text('.feedback'), null, 'no feedback before the checking code is here');
    const busy = 'document.querySelector("defence-quiz").shadowRoot.querySelector("form.question").getAttribute("aria-busy")';
    assert.equal(await quiz.page.evaluate(busy), 'true', 'the question says it is busy meanwhile');
    for (const request of held.splice(0)) await request.continue();
    await quiz.page.waitForFunction('document.querySelector("defence-quiz").shadowRoot.querySelector(".feedback")', { timeout: 20000 });
    assert.match(await quiz.text('.feedback'), /^Correct/);
    assert.equal(await quiz.page.evaluate(busy), null, 'and no longer once checked');
    assert.equal(await quiz.answers(), 1, 'one quiz-answer for two presses');
    assert.match(await quiz.text('.actions'), /See results/, 'still on the checked question');
    assert.deepEqual(quiz.errors, []);
    await quiz.context.close();
  });
});

test('Check says so when the checking chunk cannot be fetched, and grades once it can', { timeout: 120_000 }, async () => {
  await withBuiltBundle(PAGE, async (browser, origin) => {
    let offline = true;
    const quiz = await openQuiz(browser, origin, (request) => void (offline ? request.abort() : request.continue()));
    await quiz.click('True');
    await quiz.click('Check');
    await quiz.page.waitForFunction('document.querySelector("defence-quiz").shadowRoot.querySelector(".hint")', { timeout: 20000 });
    assert.match(await quiz.text('.hint'), /Your answer could not be checked: part of the quiz did not load\./);
    assert.equal(await quiz.answers(), 0);
    offline = false;
    await quiz.click('Check');
    await quiz.page.waitForFunction('document.querySelector("defence-quiz").shadowRoot.querySelector(".feedback")', { timeout: 20000 });
    assert.match(await quiz.text('.feedback'), /^Correct/);
    assert.equal(await quiz.text('.hint'), null, 'the message is gone once checked');
    assert.equal(await quiz.answers(), 1);
    assert.deepEqual(quiz.errors, []);
    await quiz.context.close();
  });
});
