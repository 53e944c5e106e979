// `npm run bench`: the storage benchmarks of issue 15 side by side in one headless Chromium run, then
// the tips and quiz benchmarks (scripts/bench-annotate.mjs: mark.js, quizdown, a blank page), as one table. A benchmark,
// not a test: targets are start screen with 1,000 attempts < 50 ms, card states of a 10,000-card
// deck < 150 ms, import of 1,000 attempts < 300 ms. Loops are bounded (RUNS, default 5).
// SRC=<dir> benchmarks another checkout's src/ (to compare before and after a change).
/* global window */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';

import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const src = process.env.SRC ?? `${root}src`;
const RUNS = Math.max(1, Math.min(20, Number(process.env.RUNS ?? 5)));

// The page: seeds a fresh database per run, then times what the learner waits for.
const pageScript = `
import { SafeStore, useSharedSafeStore, QuizProgress, importProgress, readCardStates, saveCardState, DefenceQuiz } from '/bench/lib.js';
if (!customElements.get('defence-quiz')) customElements.define('defence-quiz', DefenceQuiz);
const question = (i) => ({ id: 'q' + i, type: 'true-false', prompt: 'Statement ' + i + '?', answer: i % 2 === 0, explanation: 'Because.', tags: ['t' + (i % 5)],
  source: { ref: 'doc', quote: 'Quote ' + i } });
const bank = { id: 'bench', title: 'Bench', lang: 'en', description: 'Bench.', sources: [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '4 June 2018' }],
  questions: Array.from({ length: 10 }, (_, i) => question(i)) };
const selection = { progressKey: 'bench', mode: 'practice', seed: 'fixed' };
let n = 0;
const freshDb = () => 'bench-' + Date.now() + '-' + n++;

function attempts(progress, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const begun = progress.begin({ seed: 'fixed', questionIds: bank.questions.map((q) => q.id), layout: {} }, { now: 1e12 + i * 1000 });
    out.push(progress.finish(begun, bank.questions.map((q, j) => ({ questionId: q.id, correct: (i + j) % 3 > 0, score: (i + j) % 3 > 0 ? 1 : 0, maxScore: 1, tags: [...q.tags] })), 1e12 + i * 1000 + 500));
  }
  return out;
}

async function seededStore(count) {
  const dbName = freshDb();
  const store = new SafeStore({ dbName, channelName: null });
  const progress = new QuizProgress(selection, store);
  for (const a of attempts(progress, count)) progress.save(a);
  await store.flush();
  return dbName;
}

window.startScreen = async (count) => {
  const dbName = await seededStore(count);
  useSharedSafeStore(new SafeStore({ dbName }));
  await new Promise((r) => setTimeout(r, 30));
  const el = document.createElement('defence-quiz');
  Object.assign(el, { data: bank, seed: 'fixed' });
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
  await el.loadComplete;
  await el.updateComplete;
  const ms = performance.now() - start;
  const ok = !el.shadowRoot.querySelector('[part="error"]') && (count === 0 || el.shadowRoot.textContent.includes('Best score'));
  el.remove();
  return { ms, ok };
};

window.deckStates = async (count) => {
  const dbName = freshDb();
  const store = new SafeStore({ dbName, channelName: null });
  const ids = Array.from({ length: count }, (_, i) => 'card-' + i);
  for (const id of ids) saveCardState({ cardId: id, phase: 'review', due: 1e12, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, lastReview: 1e12 - 1, introducedAt: 1e12 - 2, reviewRequestedAt: null }, 1e12, store);
  await store.flush();
  const fresh = new SafeStore({ dbName, channelName: null });
  await new Promise((r) => setTimeout(r, 30));
  const start = performance.now();
  const { states } = await readCardStates(ids, fresh);
  const ms = performance.now() - start;
  return { ms, ok: states.size === count };
};

window.importMany = async (count) => {
  const scratch = new QuizProgress(selection, new SafeStore({ memoryOnly: true }));
  const document = { format: 'defence-learning-progress', version: 1, exportedAt: new Date().toISOString(),
    records: attempts(scratch, count).map((value) => ({ kind: 'attempt', value })) };
  const text = JSON.stringify(document);
  const store = new SafeStore({ dbName: freshDb(), channelName: null });
  await store.get('warm');
  const start = performance.now();
  const result = await importProgress(text, { store });
  return { ms: performance.now() - start, ok: result.ok && result.added === count };
};
`;

const lib = `
export { SafeStore, useSharedSafeStore } from '${src}/storage/safe-store.ts';
export { QuizProgress } from '${src}/storage/progress-store.ts';
export { importProgress } from '${src}/storage/progress-transfer.ts';
export { readCardStates, saveCardState } from '${src}/storage/card-states.ts';
export { DefenceQuiz } from '${src}/quiz/index.ts';
`;
const bundle = await build({
  stdin: { contents: lib, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
  nodePaths: [`${root}node_modules`],
});
const files = {
  '/bench/lib.js': ['text/javascript', bundle.outputFiles[0].contents],
  '/bench/page.js': ['text/javascript', pageScript],
  '/bench/': [
    'text/html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/bench/page.js"></script></head><body></body></html>',
  ],
};
const server = createServer((req, res) => {
  const file = files[new URL(req.url, 'http://x').pathname];
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.importMany === 'function');
  const measure = async (label, target, fn, arg) => {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const { ms, ok } = await page.evaluate((f, a) => window[f](a), fn, arg);
      if (!ok) throw new Error(`${label}: the run did not do its work`);
      times.push(ms);
    }
    rows.push([label, `${median(times).toFixed(0)} ms`, target]);
  };
  await measure('Start screen, no stored attempt (floor)', '', 'startScreen', 0);
  await measure('Start screen, 1,000 stored attempts', '< 50 ms (bar 100)', 'startScreen', 1000);
  await measure('Card states of a 10,000-card deck (first card)', '< 150 ms (bar 250)', 'deckStates', 10000);
  await measure('Import of 1,000 attempts', '< 300 ms', 'importMany', 1000);
  rows.unshift([`Chromium ${(await browser.version()).replace(/^\D+/, '')}, median of ${RUNS}`, '', '']);
} finally {
  await browser.close();
  server.close();
}

// The tips and quiz benchmarks, with their peers (mark.js, quizdown, a blank page), in their own browser run.
for (const r of rows) r.splice(2, 0, '');
if (!process.env.SKIP_ANNOTATE) {
  const out = execFileSync(process.execPath, [`${root}scripts/bench-annotate.mjs`], {
    env: { ...process.env, RUNS: process.env.RUNS ?? '3', ROWS_JSON: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = out.split('\n').find((l) => l.startsWith('ROWS '));
  if (line) rows.push(...JSON.parse(line.slice(5)));
}

const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 3));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(line(['Benchmark', 'Time', 'Main thread', 'Target']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
