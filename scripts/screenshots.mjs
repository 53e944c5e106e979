// `npm run screenshots`: renders every demo page, and each element's main states, at 320, 375 and 1280 px,
// in light, dark and forced colours (Windows High Contrast, as Chromium emulates it), into
// docs/screenshots/<width>-<scheme>/. Drop-in build (run `npm run build` first), /usr/bin/chromium via
// puppeteer-core, as scripts/page-weights.mjs launches it. Prints, per page, anything a reader would
// notice without looking: a page wider than the screen, console errors, failed requests.
//   ONLY=pages | ONLY=states     one half only
//   WIDTHS=320,1280 SCHEMES=forced  a subset
// Exit code 1 when a page is wider than the screen or logs an error (errors.html's deliberate 404 excepted).
// Functions passed to page.evaluate run in the page.
/* global document, window */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import puppeteer from 'puppeteer-core';

import { serveStatic } from './serve-static.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'docs/screenshots');

const WIDTHS = (process.env.WIDTHS ?? '320,375,1280').split(',').map(Number);
const SCHEMES = (process.env.SCHEMES ?? 'light,dark,forced').split(',');
const ONLY = process.env.ONLY;

/** The demo's pages; `expectedFailures` are requests the page makes on purpose, and says so. */
const PAGES = [
  { name: 'index', path: '/demo/index.html' },
  { name: 'quizzes', path: '/demo/quizzes.html' },
  { name: 'progress', path: '/demo/progress.html' },
  { name: 'article', path: '/demo/article.html' },
  { name: 'glossary', path: '/demo/glossary.html' },
  { name: 'author', path: '/demo/author.html' },
  { name: 'worksheet', path: '/demo/worksheet.html' },
  { name: 'no-storage', path: '/demo/no-storage.html' },
  { name: 'errors', path: '/demo/errors.html', expectedFailures: ['/demo/missing-bank.json'] },
];

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The states page: one element per section, each driven into its states by this script. Served
 * without a CSP (the script writes banks into it); the demo pages above are served with the demo's.
 */
const STATES_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/demo/demo.css">
<script type="module" src="/dist/defence-learning.js"></script></head>
<body><main>
<section id="quiz"><defence-quiz bank="sample" seed="screens" persist="none"></defence-quiz></section>
<section id="exam"><defence-quiz bank="sample" seed="screens" count="3" mode="exam" pass-mark="60" persist="none"></defence-quiz></section>
<section id="card"><fact-card deck="eu-nato-cooperation" card="eu-nato-cooperation-joint-declaration"></fact-card></section>
<section id="deck"><fact-card deck="csdp" new-per-day="1" persist="none"></fact-card></section>
<section id="tip"><p data-acronyms>Under the CSDP, PESCO lets willing member states develop capabilities together.</p></section>
<section id="error"><defence-quiz bank="cspd"></defence-quiz></section>
</main></body></html>`;

function serve() {
  return serveStatic(root, {
    page: (path) => (path === '/__states' ? STATES_PAGE : undefined),
    headers: (file) => (file.endsWith('.html') ? { 'Content-Security-Policy': CSP } : {}),
  });
}

/** Light, dark or forced colours, through the DevTools protocol (puppeteer's own call refuses forced-colors). */
async function emulateScheme(page, scheme) {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    media: '',
    features: [
      { name: 'prefers-color-scheme', value: scheme === 'dark' ? 'dark' : 'light' },
      { name: 'forced-colors', value: scheme === 'forced' ? 'active' : 'none' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ],
  });
}

/** How much wider than the screen the page is (0 when it fits). */
const overflowOf = (page) => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));

/** Waits until no request has been in flight for a moment, or 15 s. */
const idle = (page) => page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 }).catch(() => {});

async function shootPages(browser, origin, width, scheme, dir, problems) {
  for (const spec of PAGES) {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('requestfinished', (request) => {
      const status = request.response()?.status() ?? 0;
      const path = new URL(request.url()).pathname;
      if (status >= 400 && !spec.expectedFailures?.includes(path)) errors.push(`${status} ${path}`);
    });
    await page.setViewport({ width, height: 800 });
    await emulateScheme(page, scheme);
    await page.goto(`${origin}${spec.path}`, { waitUntil: 'load' });
    await idle(page);
    // Elements marked lazy load as a reader scrolls near them: scrolled to one after another, then back to the top.
    await page.evaluate(async () => {
      for (const lazy of document.querySelectorAll('[loading="lazy"], [data-acronyms-loading="lazy"]')) {
        lazy.scrollIntoView();
        await new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve)));
      }
      window.scrollTo(0, 0);
    });
    await idle(page);
    const wider = await overflowOf(page);
    // A failed request also logs "Failed to load resource": count the request once.
    const real = errors.filter((e) => !(spec.expectedFailures && /Failed to load resource/.test(e)));
    if (wider) problems.push(`${spec.name} at ${width} px (${scheme}): ${wider} px wider than the screen`);
    for (const e of real) problems.push(`${spec.name} at ${width} px (${scheme}): ${e}`);
    await page.screenshot({ path: join(dir, `page-${spec.name}.png`), fullPage: true });
    await page.close();
  }
}

/** In-page helpers for the states walk, installed once per page. */
function installHelpers() {
  const rootOf = (selector) => document.querySelector(selector).shadowRoot;
  const buttons = (selector) => [...rootOf(selector).querySelectorAll('button')];
  window.__shots = {
    rootOf,
    has: (selector, pattern) => buttons(selector).some((b) => new RegExp(pattern).test(b.textContent.trim())),
    click: (selector, pattern) => {
      const button = buttons(selector).find((b) => new RegExp(pattern).test(b.textContent.trim()));
      if (!button)
        throw new Error(
          `no button ${pattern} in ${selector}: ${buttons(selector)
            .map((b) => b.textContent.trim())
            .join(' | ')}`,
        );
      button.click();
    },
    /** Some answer to the question on screen: the second option, a wrong number, a guess, the second choice of each list. */
    answer: (selector) => {
      const r = rootOf(selector);
      const choices = r.querySelectorAll('fieldset input[type=radio], fieldset input[type=checkbox]');
      choices[Math.min(1, choices.length - 1)]?.click();
      for (const field of r.querySelectorAll('fieldset input[type=text], fieldset input[inputmode]')) {
        field.value = '12';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      for (const select of r.querySelectorAll('fieldset select')) {
        select.selectedIndex = Math.min(1, select.options.length - 1);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
  };
}

async function shootStates(browser, origin, width, scheme, dir) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await emulateScheme(page, scheme);
  await page.goto(`${origin}/__states`, { waitUntil: 'load' });
  await page.evaluate(installHelpers);
  await page.waitForFunction(
    () => ['#quiz', '#exam', '#card', '#deck', '#error'].every((s) => document.querySelector(`${s} > *`)?.shadowRoot?.childElementCount),
    {
      timeout: 30000,
    },
  );
  await idle(page);
  const settle = () => new Promise((r) => setTimeout(r, 150));
  const shoot = async (selector, name) => {
    await settle();
    const element = await page.$(`${selector} > *`);
    await element.screenshot({ path: join(dir, `${name}.png`) });
  };
  const until = (selector, pattern) => page.waitForFunction((s, p) => window.__shots.has(s, p), { timeout: 15000 }, selector, pattern);
  const click = (selector, pattern) => page.evaluate((s, p) => window.__shots.click(s, p), selector, pattern);

  // The quiz: the start screen, each question unanswered and checked, the results.
  await until('#quiz > *', '^Start$');
  await shoot('#quiz', 'quiz-start');
  await click('#quiz > *', '^Start$');
  for (let i = 1; i <= 20; i++) {
    await settle();
    if (await page.evaluate(() => Boolean(window.__shots.rootOf('#quiz > *').querySelector('.summary')))) break;
    const n = String(i).padStart(2, '0');
    await shoot('#quiz', `quiz-q${n}`);
    await page.evaluate(() => window.__shots.answer('#quiz > *'));
    await click('#quiz > *', '^Check$');
    await shoot('#quiz', `quiz-q${n}-checked`);
    await click('#quiz > *', '^(Next|Next question|See results|See your results)');
  }
  await shoot('#quiz', 'quiz-summary');

  // Exam mode: skip every question, then the "unanswered" check.
  await until('#exam > *', '^Start$');
  await click('#exam > *', '^Start$');
  for (let i = 0; i < 5; i++) {
    await settle();
    if (await page.evaluate(() => Boolean(window.__shots.rootOf('#exam > *').querySelector('.finish-check')))) break;
    if (i === 0) await shoot('#exam', 'exam-question');
    await click('#exam > *', '^(Next|Next question|See results|See your results)');
  }
  await shoot('#exam', 'exam-unanswered-check');

  // A single card, front and back.
  await shoot('#card', 'card-front');
  await page.evaluate(() => window.__shots.rootOf('#card > *').querySelector('button.card').click());
  await new Promise((r) => setTimeout(r, 700));
  await shoot('#card', 'card-back');

  // A deck session: the question, the answer with the ratings, done for today.
  await until('#deck > *', '^Show answer$');
  await shoot('#deck', 'deck-front');
  await click('#deck > *', '^Show answer$');
  await shoot('#deck', 'deck-back');
  for (let i = 0; i < 5 && (await page.evaluate(() => !window.__shots.rootOf('#deck > *').querySelector('.done'))); i++) {
    await click('#deck > *', 'Easy');
    await settle();
    if (await page.evaluate(() => window.__shots.has('#deck > *', '^Show answer$'))) await click('#deck > *', '^Show answer$');
  }
  await shoot('#deck', 'deck-done');

  // A tip, open: focused, as a keyboard user opens it. The shot is of the page around it (the tip is in the top layer).
  // A known term is a tab stop before it is touched; focusing it builds the tip and opens it.
  await page.waitForFunction(() => document.querySelector('#tip acronym-tip')?.tabIndex === 0, { timeout: 15000 });
  await page.evaluate(() => {
    document.querySelector('#tip').scrollIntoView({ block: 'start' });
    document.querySelector('#tip acronym-tip').focus();
  });
  // The page's first touch of a tip loads the tooltips' code: the tip opens once it has arrived.
  await page.waitForFunction(() => document.querySelector('#tip acronym-tip').shadowRoot?.querySelector('[part~="tip"]')?.checkVisibility(), { timeout: 5000 });
  await settle();
  // A clip is in page coordinates: from the top of the tip's section, a screen's width and 320 px down.
  const top = await page.evaluate(() => document.querySelector('#tip').getBoundingClientRect().top + window.scrollY);
  await page.screenshot({ path: join(dir, 'tip-open.png'), clip: { x: 0, y: Math.max(0, top - 8), width, height: 320 } });

  // An error panel, with the tip closed (Escape) and the term no longer focused.
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.activeElement?.blur());
  await shoot('#error', 'quiz-error');
  await page.close();
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const problems = [];
try {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const dir = join(out, `${width}-${scheme}`);
      mkdirSync(dir, { recursive: true });
      if (ONLY !== 'states') await shootPages(browser, origin, width, scheme, dir, problems);
      if (ONLY !== 'pages') await shootStates(browser, origin, width, scheme, dir);
      console.log(`${width} px, ${scheme}: docs/screenshots/${width}-${scheme}/`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const problem of problems) console.log(`  ${problem}`);
if (problems.length) process.exitCode = 1;
