// Issue 11's before/after screenshots: the same user steps, on two builds of this repository.
//   node scripts/before-after-shots.mjs <root> <label>
// <root> is a checked-out and built repository (default: this one), <label> goes into the file names
// (default: after). Writes docs/screenshots/before-after/<name>-<label>.png of THIS repository:
//   demo-index-375            the demo page's top on a 375 px phone (a dashed red line marks the screen's edge
//                             when the page is wider than the screen)
//   choice-375, choice-320    a single-choice question answered wrongly, after Check
//   cloze-375, cloze-320      the cloze question, its list and its text box filled in
//   match-375, match-320, match-1280   the match question, every list chosen (two rows swapped)
//   cloze-checked-320, match-checked-320   the same two after Check, with their marks
//   exam-check-375            exam mode, Next and "See results" pressed on 3 unanswered questions
//   results-375, results-1280 the sample bank played through in practice mode, its results screen, full height
// Only what both builds have is used: the `sample` bank in its own order (no `shuffle`), `seed`, `count`,
// `mode`, and buttons found by their English text. Each scenario runs in a fresh browser context, so
// nothing stored by one shows in another. /usr/bin/chromium via puppeteer-core, as scripts/screenshots.mjs.
// Functions passed to page.evaluate run in the page.
/* global document, window */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import puppeteer from 'puppeteer-core';

import { serveStatic } from './serve-static.mjs';

const here = new URL('..', import.meta.url).pathname;
const root = resolve(process.argv[2] ?? here) + '/';
const label = process.argv[3] ?? 'after';
const out = join(here, 'docs/screenshots/before-after');

/** A page holding one element, styled as the demo styles its pages. */
const elementPage = (element) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/demo/demo.css">
<script type="module" src="/dist/defence-learning.js"></script></head>
<body><main><section class="demo" id="shot">${element}</section></main></body></html>`;

const PAGES = {
  '/__quiz': elementPage('<defence-quiz bank="sample" seed="before-after"></defence-quiz>'),
  '/__exam': elementPage('<defence-quiz bank="sample" seed="before-after" count="3" mode="exam" pass-mark="60"></defence-quiz>'),
};

/**
 * What the learner does on each question of the sample bank: a mix of right, partly right and wrong.
 * `choose` clicks options by their id (their text differs between builds; true/false by the label's text), `fill` types into the text boxes in turn, `pick` chooses in each
 * list the option with that text (by the list's label for match rows, in order for cloze blanks).
 */
const ANSWERS = {
  'eu-uk-occasion': { choose: ['nato'] },
  'eu-uk-areas': { choose: ['maritime', 'space'] },
  'eu-uk-binding': { choose: ['False'] },
  'eu-uk-participation': { choose: ['False'] },
  'eu-nato-allies': { fill: ['22'] },
  'eu-uk-high-representative': { fill: ['Kallas'] },
  'eu-nato-timeline': {},
  'multilateral-acronyms': {
    pick: {
      AU: 'African Union',
      OSCE: 'Organization for Security and Co-operation in Europe',
      ASEAN: 'Association of Southeast Asian Nations',
      ECOWAS: 'Gulf Cooperation Council',
      GCC: 'Economic Community of West African States',
    },
  },
  'partnerships-cornerstone': { pick: { 0: 'Common Security and Defence Policy' }, fill: ['Strategic Compass'] },
  'schuman-forum': { choose: ['dialogue'] },
};

function serve() {
  return serveStatic(root, { page: (path) => (Object.hasOwn(PAGES, path) ? PAGES[path] : undefined) });
}

/** In-page helpers, installed once per page: everything is looked up through the quiz's shadow root(s). */
function installHelpers() {
  const deepAll = (node, selector) => {
    const found = [...node.querySelectorAll(selector)];
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
    return found;
  };
  const quizRoot = () => document.querySelector('defence-quiz').shadowRoot;
  const buttons = () => deepAll(quizRoot(), 'button').filter((b) => b.checkVisibility());
  const textOf = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  const fire = (el, ...types) => types.forEach((type) => el.dispatchEvent(new Event(type, { bubbles: true, composed: true })));
  window.__shots = {
    has: (pattern) => buttons().some((b) => new RegExp(pattern).test(textOf(b))),
    click: (pattern) => {
      const button = buttons().find((b) => new RegExp(pattern).test(textOf(b)));
      if (!button) throw new Error(`no button ${pattern}: ${buttons().map(textOf).join(' | ')}`);
      button.click();
    },
    /** The prompt of the question on screen, or null. */
    prompt: () => {
      const legend = deepAll(quizRoot(), 'form legend')[0];
      return legend ? textOf(legend) : null;
    },
    hasText: (pattern) => new RegExp(pattern).test(textOf(quizRoot())),
    answer: ({ choose = [], fill = [], pick = {} }) => {
      const fieldset = deepAll(quizRoot(), 'form fieldset')[0];
      for (const text of choose) {
        const label = [...fieldset.querySelectorAll('label')].find((l) => (l.querySelector('.option-text') ?? l).textContent.trim() === text);
        if (!label) throw new Error(`no option "${text}"`);
        label.querySelector('input').click();
      }
      const boxes = [...fieldset.querySelectorAll('input[type=text], input[inputmode]')];
      fill.forEach((value, i) => {
        boxes[i].value = value;
        fire(boxes[i], 'input', 'change');
      });
      const lists = [...fieldset.querySelectorAll('select')];
      for (const [key, text] of Object.entries(pick)) {
        const list = /^\d+$/.test(key) ? lists[Number(key)] : lists.find((s) => s.labels[0]?.textContent.trim() === key);
        const index = [...list.options].findIndex((o) => o.textContent.trim() === text);
        if (index < 0) throw new Error(`no choice "${text}" for ${key}`);
        list.selectedIndex = index;
        fire(list, 'input', 'change');
      }
    },
  };
}

/**
 * Saves the element (or the page's top, `height` px) with the screen's full width, or the page's when it
 * is wider, a dashed red line then marking the screen's edge.
 */
async function shoot(page, name, { height } = {}) {
  await new Promise((r) => setTimeout(r, 200));
  const box = await page.evaluate((height) => {
    const screen = document.documentElement.clientWidth;
    const wide = document.documentElement.scrollWidth;
    if (wide > screen) {
      const edge = document.createElement('div');
      Object.assign(edge.style, {
        position: 'absolute',
        top: '0',
        left: `${screen}px`,
        width: '0',
        height: `${document.documentElement.scrollHeight}px`,
        borderLeft: '2px dashed red',
        zIndex: '2147483647',
        pointerEvents: 'none',
      });
      edge.dataset.screenEdge = '';
      document.body.append(edge);
    }
    if (height) return { x: 0, y: 0, width: Math.max(screen, wide), height };
    const rect = document.querySelector('#shot > *').getBoundingClientRect();
    const y = Math.max(0, rect.top + window.scrollY - 8);
    return { x: 0, y, width: Math.max(screen, wide), height: Math.ceil(rect.bottom + window.scrollY + 8 - y) };
  }, height);
  await page.screenshot({ path: join(out, `${name}-${label}.png`), clip: box });
  await page.evaluate(() => document.querySelector('[data-screen-edge]')?.remove());
  console.log(`  ${name}-${label}.png  ${box.width}×${box.height}`);
}

async function openPage(browser, path, width) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`  page error on ${path}: ${error}`));
  await page.setViewport({ width, height: 800 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 }).catch(() => {});
  return { page, close: () => context.close() };
}

const until = (page, pattern) => page.waitForFunction((p) => window.__shots.has(p), { timeout: 15000 }, pattern);
const click = (page, pattern) => page.evaluate((p) => window.__shots.click(p), pattern);
const NEXT = '^(Next|Next question|See results)$';

async function startQuiz(browser, path, width) {
  const opened = await openPage(browser, path, width);
  await opened.page.waitForFunction(() => document.querySelector('defence-quiz')?.shadowRoot, { timeout: 15000 });
  await opened.page.evaluate(installHelpers);
  await until(opened.page, '^Start$');
  await click(opened.page, '^Start$');
  return opened;
}

/** The sample bank in practice mode, question by question, with the shots `at` asks for, then the results. */
async function practice(browser, width, shots) {
  const { page, close } = await startQuiz(browser, '/__quiz', width);
  const bank = JSON.parse(readFileSync(join(root, 'questions/sample.json'), 'utf8'));
  for (let asked = 0; asked < bank.questions.length; asked++) {
    await page.waitForFunction(() => window.__shots.prompt() || window.__shots.has('^Start again$'), { timeout: 15000 });
    const prompt = await page.evaluate(() => window.__shots.prompt());
    if (!prompt) break;
    const question = bank.questions.find((q) => q.prompt === prompt);
    if (!question) throw new Error(`a question not in the sample bank: ${prompt}`);
    const answer = { ...ANSWERS[question.id] };
    answer.choose = answer.choose?.map((id) => question.options?.find((o) => o.id === id)?.text ?? id);
    await page.evaluate((a) => window.__shots.answer(a), answer);
    if (shots.answered?.[question.id]) await shoot(page, shots.answered[question.id]);
    await click(page, '^Check$');
    await until(page, NEXT);
    if (shots.checked?.[question.id]) await shoot(page, shots.checked[question.id]);
    await click(page, NEXT);
  }
  await until(page, '^Start again$');
  if (shots.results) await shoot(page, shots.results);
  await close();
}

/** Exam mode with nothing answered: Next and "See results" until the quiz stops to ask, or shows its results. */
async function blankExam(browser, width) {
  const { page, close } = await startQuiz(browser, '/__exam', width);
  for (let i = 0; i < 3; i++) {
    await until(page, NEXT);
    await click(page, NEXT);
  }
  await page.waitForFunction(() => window.__shots.hasText('unanswered') || window.__shots.has('^Start again$'), { timeout: 15000 });
  await shoot(page, `exam-check-${width}`);
  await close();
}

mkdirSync(out, { recursive: true });
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
console.log(`${root} → docs/screenshots/before-after/*-${label}.png`);
try {
  const index = await openPage(browser, '/demo/index.html', 375);
  await shoot(index.page, 'demo-index-375', { height: 800 });
  await index.close();
  for (const width of [375, 320]) {
    await practice(browser, width, {
      checked: {
        'eu-uk-occasion': `choice-${width}`,
        ...(width === 320 && { 'partnerships-cornerstone': 'cloze-checked-320', 'multilateral-acronyms': 'match-checked-320' }),
      },
      answered: { 'partnerships-cornerstone': `cloze-${width}`, 'multilateral-acronyms': `match-${width}` },
      results: width === 375 ? 'results-375' : undefined,
    });
  }
  await practice(browser, 1280, { answered: { 'multilateral-acronyms': 'match-1280' }, results: 'results-1280' });
  await blankExam(browser, 375);
} finally {
  await browser.close();
  server.close();
}
