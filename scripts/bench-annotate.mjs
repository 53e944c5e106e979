// `npm run bench:annotate`: the tips and quiz benchmarks of issue 15 with their peers in one headless
// Chromium: annotating a generated ~1 MB article with the whole built-in glossary against mark.js
// marking the same terms ('all' and 'first' modes, the time of the call and with the style and
// layout it causes, the longest main-thread task, renderer memory per 1,000 tips), adding one
// element to the same article (the floor 'first' mode is measured against), the `[data-acronyms]`
// watcher given 10,000 and 40,000 paragraphs, the main thread used per second while a tip is open,
// and a page showing a 10-question quiz against quizdown and a blank page (the floor).
// A benchmark, not a test. Prints a table; with ROWS_JSON=1, the rows as one JSON line for bench.mjs.
// SRC=<dir> benchmarks another checkout's src/ (to compare before and after a change).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const src = process.env.SRC ?? `${root}src`;
const RUNS = Math.max(1, Math.min(20, Number(process.env.RUNS ?? 5)));
/** ONLY=annotate,memory,watch,open,quiz runs just those parts. */
const only = process.env.ONLY?.split(',');
const want = (part) => !only || only.includes(part);
const glossary = JSON.parse(readFileSync(new URL('questions/glossary.json', `file://${root}`), 'utf8'));
const names = glossary.entries.flatMap((e) => [e.term, ...(e.aliases ?? [])]);

/** A deterministic article of about `size` characters: prose where `rate` of the words are glossary terms, and the markup annotation must skip. */
function article(size, terms, rate = 0.06) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (
    'the of and to in a is that for on with as by at from this are be it its their which cooperation member states ' +
    'security defence policy union partners strategic mission missions capability capabilities development common european ' +
    'military civilian crisis management council joint research industry projects framework dialogue resilience threats ' +
    'hybrid maritime cyber space partnership agreement leaders summit staff exercises mobility progress report actions'
  ).split(' ');
  const sentence = () => {
    const out = [];
    const length = 12 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) {
      if (terms.length && random() < rate) out.push(pick(terms) + (random() < 0.1 ? pick(["'s", '’s']) : ''));
      else out.push(pick(words));
    }
    const s = out.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const parts = [];
  let length = 0;
  let n = 0;
  while (length < size) {
    let block;
    n++;
    if (n % 40 === 1) block = `<h2>${sentence()}</h2>`;
    else if (n % 17 === 0) block = `<pre><code>${sentence()}</code></pre>`;
    else if (n % 11 === 0) block = `<ul><li>${sentence()}</li><li>${sentence()} <a href="#n${n}">${sentence()}</a></li></ul>`;
    else block = `<p>${sentence()} ${sentence()} <em>${sentence()}</em> ${sentence()}</p>`;
    parts.push(block);
    length += block.length;
  }
  return parts.join('\n');
}

/** The same article with few terms: a third of the glossary's entries, each once near the start and once more near the end; the others never (the usual case, and the whole article must be read). */
function sparseArticle(size) {
  const body = article(size, []);
  const cut = body.indexOf('</p>', body.length - 2000);
  const some = glossary.entries.filter((_, i) => i % 3 === 0).map((e) => e.term);
  return `<p>In short: ${some.join(', ')}.</p>\n${body.slice(0, cut)} And at the end: ${some.join(', ')}.${body.slice(cut)}`;
}

const pageScript = `
import { annotateAcronyms } from '/bench/acronym-tip.js';
const NAMES = ${JSON.stringify(names)};
const SKIP = ['script', 'style', 'pre', 'code', 'kbd', 'a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[contenteditable]', '[data-no-acronyms]', 'acronym-tip', 'mark'];
const LIMITERS = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '’', '“', '”', '-', '–', '/'];
const root = document.getElementById('article');
const layout = () => document.body.getBoundingClientRect() && root.offsetHeight;

let longest = 0;
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
} catch {}
const settleTasks = () => new Promise((r) => setTimeout(r, 60));

async function fresh(html) {
  root.removeAttribute('data-acronyms');
  root.innerHTML = html;
  layout();
  await new Promise((r) => setTimeout(r, 50));
  longest = 0;
}

const mark = (mode) => new Promise((done) =>
  new Mark(root).mark(NAMES, {
    element: 'mark', separateWordSearch: false, caseSensitive: true, diacritics: false,
    accuracy: { value: 'exactly', limiters: LIMITERS }, exclude: SKIP,
    filter: mode === 'first' ? (_node, _term, _total, counter) => counter === 0 : () => true,
    done,
  }));

window.runOnce = async (tool, mode, html) => {
  await fresh(html);
  const start = performance.now();
  if (tool === 'tips') await annotateAcronyms(root, { mode });
  else if (tool === 'mark') await mark(mode);
  else root.append(Object.assign(document.createElement('span'), { textContent: ' One more.' }));
  const script = performance.now() - start;
  layout();
  const total = performance.now() - start;
  await settleTasks();
  const count = root.querySelectorAll(tool === 'tips' ? 'acronym-tip' : 'mark').length;
  return { script, total, count, longest };
};

/** Appends n paragraphs to a watched scope, one by one in one task, and waits until every one has its tip. */
window.watch = async (n) => {
  await fresh('');
  root.setAttribute('data-acronyms', 'all');
  await new Promise((r) => setTimeout(r, 50));
  longest = 0;
  let tips = 0;
  let done;
  const finished = new Promise((r) => (done = r));
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node.localName === 'acronym-tip') tips++;
    if (tips >= n) done();
  });
  observer.observe(root, { childList: true, subtree: true });
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.textContent = 'Paragraph ' + i + ' says the CSDP has ' + i + ' parts.';
    root.append(p);
  }
  await finished;
  const ms = performance.now() - start;
  observer.disconnect();
  layout();
  await settleTasks();
  return { ms, longest, count: tips };
};

/** Opens the first tip of a freshly annotated article (by focus, as the keyboard does). */
window.openTip = async () => {
  await fresh('<p>The CSDP and PESCO.</p>');
  await annotateAcronyms(root, { mode: 'all' });
  const tip = root.querySelector('acronym-tip');
  tip.focus?.();
  (tip.shadowRoot?.querySelector('[part="trigger"]') ?? tip).focus();
  // The page's first touch of a tip loads the tooltips' code: the tip opens once it has arrived.
  for (let i = 0; i < 200 && !tip.open; i++) await new Promise((r) => setTimeout(r, 10));
  layout();
  return tip.open;
};
window.closeTip = async () => {
  document.activeElement?.blur();
  await fresh('<p>The CSDP and PESCO.</p>');
};

/** Renderer memory (JS and DOM, after a garbage collection), in bytes. */
window.memory = async () => (await performance.measureUserAgentSpecificMemory()).bytes;
window.prepare = async (html) => fresh(html);
window.annotateOnly = async (tool, mode) => {
  if (tool === 'tips') await annotateAcronyms(root, { mode });
  else await mark(mode);
  layout();
  await settleTasks();
  return root.querySelectorAll(tool === 'tips' ? 'acronym-tip' : 'mark').length;
};
window.warm = () => annotateAcronyms(document.createElement('div'));
`;

// The quiz pages: the same 10 questions, shown by <defence-quiz> and by quizdown, and a blank page.
const questions = Array.from({ length: 10 }, (_, i) => ({
  prompt: `Question ${i + 1}: which body runs the CSDP's military missions?`,
  options: ['The Military Planning and Conduct Capability', 'The European Parliament', 'The Court of Justice', 'The European Central Bank'],
}));
const bank = {
  id: 'bench-quiz',
  title: 'Ten questions',
  lang: 'en',
  questions: questions.map((q, i) => ({
    id: `q${i}`,
    type: 'single',
    prompt: q.prompt,
    options: q.options.map((text, j) => ({ id: `o${j}`, text, correct: j === 0 })),
  })),
};
const quizdownText = questions.map((q) => `### ${q.prompt}\n\n${q.options.map((o, j) => `1. [${j === 0 ? 'x' : ' '}] ${o}`).join('\n')}\n`).join('\n');
const ready = `window.readyAt = performance.now();`;
const quizPages = {
  blank: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>A blank page.</p><script>addEventListener('load', () => { ${ready} });</script></body></html>`,
  quizdown: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>quizdown</title><script src="/bench/quizdown.js"></script><script>quizdown.init({ shuffleAnswers: false, shuffleQuestions: false });</script></head><body><div class="quizdown">\n${quizdownText}</div><script>addEventListener('load', () => { const el = document.querySelector('.quizdown'); const shown = () => el.shadowRoot?.querySelector('h3, .question, legend')?.textContent.includes('Question 1'); const done = () => { document.body.getBoundingClientRect(); ${ready} }; if (shown()) return done(); const o = new MutationObserver(() => { if (shown()) { o.disconnect(); done(); } }); o.observe(el.shadowRoot ?? el, { childList: true, subtree: true, characterData: true }); });</script></body></html>`,
  'defence-quiz': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>defence-quiz</title><script type="module" src="/bench/quiz-page.js"></script></head><body></body></html>`,
};
const quizPageScript = `
import '/bench/quiz.js';
const el = document.createElement('defence-quiz');
el.data = ${JSON.stringify(bank)};
document.body.append(el);
await el.loadComplete;
// The start screen follows the bank once the device's progress for it has been read.
const start = () => [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start');
while (!start()) await new Promise((r) => requestAnimationFrame(r));
start().click();
await el.updateComplete;
if (el.shadowRoot.querySelector('legend')?.textContent.includes('Question 1')) { document.body.getBoundingClientRect(); ${ready} } else window.readyAt = -1;
`;

const bundle = async (entry) =>
  (await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error', nodePaths: [`${root}node_modules`] }))
    .outputFiles[0].contents;
const files = {
  '/bench/acronym-tip.js': ['text/javascript', await bundle(`${src}/acronym-tip/index.ts`)],
  '/bench/quiz.js': ['text/javascript', await bundle(`${src}/quiz/index.ts`)],
  '/bench/page.js': ['text/javascript', pageScript],
  '/bench/quiz-page.js': ['text/javascript', quizPageScript],
  '/bench/mark.js': ['text/javascript', readFileSync(`${root}node_modules/mark.js/dist/mark.min.js`)],
  '/bench/quizdown.js': ['text/javascript', readFileSync(`${root}node_modules/quizdown/public/build/quizdown.js`)],
  '/questions/glossary.json': ['application/json', readFileSync(`${root}questions/glossary.json`)],
  '/bench/': [
    'text/html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/bench/mark.js"></script><script type="module" src="/bench/page.js"></script></head><body><main id="article"></main></body></html>',
  ],
  ...Object.fromEntries(Object.entries(quizPages).map(([name, html]) => [`/bench/quiz-${name}.html`, ['text/html', html]])),
};
const server = createServer((req, res) => {
  const file = files[new URL(req.url, 'http://x').pathname];
  if (!file) return res.writeHead(404).end();
  // Cross-origin isolated, so the page may measure its memory.
  res.writeHead(200, { 'Content-Type': file[0], 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }).end(file[1]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // mark.js in 'all' mode may take minutes on a loaded machine.
  protocolTimeout: 0,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--enable-blink-features=ForceEagerMeasureMemory',
    '--js-flags=--expose-gc',
  ],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const rows = [];
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
try {
  const version = (await browser.version()).replace(/^\D+/, '');
  const open = async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${origin}/bench/`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.runOnce === 'function');
    await page.evaluate(() => window.warm());
    return { page, context };
  };
  const { page } = await open();
  const full = article(1_000_000, names);
  const sparse = sparseArticle(1_000_000);
  log(`Article: ${(full.length / 1e6).toFixed(2)} MB of HTML; glossary: ${glossary.entries.length} entries, ${names.length} names; Chromium ${version}.`);

  const time = async (label, target, runs) => {
    const list = [];
    for (let i = 0; i < RUNS; i++)
      for (const [tool, mode, html] of i % 2 ? [...runs].reverse() : runs)
        list.push([tool, await page.evaluate((t, m, h) => window.runOnce(t, m, h), tool, mode, html)]);
    for (const [tool] of runs) {
      const mine = list.filter(([t]) => t === tool).map(([, r]) => r);
      const r = {
        script: median(mine.map((x) => x.script)),
        total: median(mine.map((x) => x.total)),
        longest: median(mine.map((x) => x.longest)),
        count: mine[0].count,
      };
      const name = tool === 'tips' ? 'annotateAcronyms' : tool === 'mark' ? 'mark.js' : 'one element added (floor)';
      rows.push([
        `${label}: ${name}`,
        `${ms(r.script)}, ${ms(r.total)} with layout`,
        tool === 'floor' ? '' : `${r.longest ? ms(r.longest) : '< 50 ms'} longest task`,
        tool === 'tips' ? target : tool === 'mark' ? `peer (${r.count} marks)` : 'floor',
      ]);
      log(rows.at(-1).join(' | '));
    }
  };
  if (want('annotate'))
    await time('1 MB article, all', '≥ 10× mark.js with layout', [
      ['tips', 'all', full],
      ['mark', 'all', full],
    ]);
  if (want('annotate'))
    await time('1 MB article, sparse terms, first', 'floor + 30 ms', [
      ['floor', 'first', sparse],
      ['tips', 'first', sparse],
      ['mark', 'first', sparse],
    ]);

  // Memory: a fresh page per measurement, the article laid out, then annotated (nothing hovered).
  for (const tool of want('memory') ? ['tips', 'mark'] : []) {
    const perThousand = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const { page: p, context } = await open();
      await p.evaluate((h) => window.prepare(h), full);
      const before = await p.evaluate(() => window.memory());
      const count = await p.evaluate((t) => window.annotateOnly(t, 'all'), tool);
      const after = await p.evaluate(() => window.memory());
      perThousand.push(((after - before) / count) * 1000);
      await context.close();
    }
    rows.push([
      `Memory per 1,000 ${tool === 'tips' ? 'tips' : 'marks (mark.js)'}`,
      `${(median(perThousand) / 1e6).toFixed(2)} MB`,
      '',
      tool === 'tips' ? '≤ 2× mark.js' : 'peer',
    ]);
    log(rows.at(-1).join(' | '));
  }

  // The watcher: one task appends the paragraphs; time until every one has its tip.
  for (const n of want('watch') ? [10_000, 40_000] : []) {
    const list = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) list.push(await page.evaluate((k) => window.watch(k), n));
    rows.push([
      `[data-acronyms="all"]: ${n.toLocaleString('en')} paragraphs appended`,
      ms(median(list.map((r) => r.ms))),
      `${median(list.map((r) => r.longest)) ? ms(median(list.map((r) => r.longest))) : '< 50 ms'} longest task`,
      n === 10_000 ? '' : '≈ 4× the 10,000 row',
    ]);
    log(rows.at(-1).join(' | '));
  }

  // An open tip while nothing moves: main-thread time per second, against none open.
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  const busy = async () => {
    const read = async () => (await client.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const a = await read();
    await new Promise((r) => setTimeout(r, 1000));
    return (await read()) - a;
  };
  const idle = [];
  const opened = [];
  for (let i = 0; i < (want('open') ? Math.min(RUNS, 3) : 0); i++) {
    await page.evaluate(() => window.closeTip());
    idle.push(await busy());
    if (!(await page.evaluate(() => window.openTip()))) throw new Error('the tip did not open');
    opened.push(await busy());
  }
  await page.evaluate(() => window.closeTip());
  if (want('open')) rows.push(['Main thread per second, no tip open (floor)', ms(median(idle) * 1000), '', 'floor']);
  if (want('open')) {
    rows.push(['Main thread per second, one tip open, nothing moving', ms(median(opened) * 1000), '', 'the floor']);
    log(rows.at(-2).join(' | '));
    log(rows.at(-1).join(' | '));
  }

  // The quiz pages: navigation start to the first question shown and laid out, each run a first visit (a fresh
  // profile: nothing cached, nothing stored, so no attempt to resume).
  for (const name of want('quiz') ? ['blank', 'quizdown', 'defence-quiz'] : []) {
    const list = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.createBrowserContext();
      const quizPage = await context.newPage();
      await quizPage.setViewport({ width: 1200, height: 900 });
      quizPage.on('console', (m) => log(`console: ${m.text()}`));
      quizPage.on('pageerror', (e) => log(`page error: ${e.message}`));
      await quizPage.goto(`${origin}/bench/quiz-${name}.html`, { waitUntil: 'load' });
      await quizPage.waitForFunction(() => window.readyAt !== undefined, { timeout: 20_000 });
      const at = await quizPage.evaluate(() => window.readyAt);
      await context.close();
      if (at < 0) throw new Error(`${name}: the first question did not show`);
      list.push(at);
    }
    rows.push([
      name === 'blank' ? 'Blank page, loaded (floor)' : `10-question quiz, page load to first question: ${name}`,
      ms(median(list)),
      '',
      name === 'blank' ? 'floor' : name === 'quizdown' ? 'peer' : '',
    ]);
    log(rows.at(-1).join(' | '));
  }
  rows.unshift([`Chromium ${version}, median of ${RUNS}`, '', '', '']);
} finally {
  await browser.close();
  server.close();
}

if (process.env.ROWS_JSON) console.log(`ROWS ${JSON.stringify(rows)}`);
else {
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 3));
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log(line(['Benchmark', 'Time', 'Main thread', 'Target']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
