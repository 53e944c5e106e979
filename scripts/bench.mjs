// `npm run bench`: the storage benchmarks of issue 15 side by side in one headless Chromium run, then
// the tips and quiz benchmarks (scripts/bench-annotate.mjs: mark.js, quizdown, a blank page), as one table. A benchmark,
// not a test: targets are start screen with 1,000 attempts < 50 ms, first card of a 10,000-card
// deck < 150 ms, import of 1,000 attempts < 300 ms. Loops are bounded (RUNS, default 5). Each storage
// row is followed by its floor: the same work in bare IndexedDB calls, timed in turns with it.
// SRC=<dir> benchmarks another checkout's src/ (to compare before and after a change). A start screen or deck row
// times a reload: the quiz or deck was opened once before, untimed; a row "first open after an upgrade" times that
// first open. A deck row times a <fact-card> from its connection to its first card on screen, the deck itself
// fetched and checked before (its own row says what that costs: it is no storage work).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';

import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const src = process.env.SRC ?? `${root}src`;
const RUNS = Math.max(1, Math.min(20, Number(process.env.RUNS ?? 5)));
// STORAGE_ONLY=<regular expression>: only the storage rows whose label matches (e.g. STORAGE_ONLY='start screen').
const only = process.env.STORAGE_ONLY ? new RegExp(process.env.STORAGE_ONLY, 'i') : undefined;

// The page: seeds a fresh database per run (in one transaction, as an import would: seeding is not
// timed), lets it settle, times what the learner waits for, then deletes it so that runs do not pile
// up in the profile. Beside each row, the same work done with bare IndexedDB calls on the same data:
// the floor the browser sets on this machine (the build machine is shared, so both move together).
const pageScript = `
import { SafeStore, sharedSafeStore, useSharedSafeStore, QuizProgress, importProgress, DefenceQuiz, FactCard } from '/bench/lib.js';
if (!customElements.get('defence-quiz')) customElements.define('defence-quiz', DefenceQuiz);
if (!customElements.get('fact-card')) customElements.define('fact-card', FactCard);
const question = (i) => ({ id: 'q' + i, type: 'true-false', prompt: 'Statement ' + i + '?', answer: i % 2 === 0, explanation: 'Because.', tags: ['t' + (i % 5)],
  source: { ref: 'doc', quote: 'Quote ' + i } });
const bank = { id: 'bench', title: 'Bench', lang: 'en', description: 'Bench.', sources: [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '4 June 2018' }],
  questions: Array.from({ length: 10 }, (_, i) => question(i)) };
const selection = { progressKey: 'bench', mode: 'practice', seed: 'fixed' };
let n = 0;
const freshDb = () => 'bench-' + Date.now() + '-' + n++;
const settle = () => new Promise((r) => setTimeout(r, 200));
const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
const dropDb = (name) => request(indexedDB.deleteDatabase(name)).catch(() => {});

function attempts(count) {
  const progress = new QuizProgress(selection, new SafeStore({ memoryOnly: true }));
  const out = [];
  for (let i = 0; i < count; i++) {
    const begun = progress.begin({ seed: 'fixed', questionIds: bank.questions.map((q) => q.id), layout: {} }, { now: 1e12 + i * 1000 });
    out.push(progress.finish(begun, bank.questions.map((q, j) => ({ questionId: q.id, correct: (i + j) % 3 > 0, score: (i + j) % 3 > 0 ? 1 : 0, maxScore: 1, tags: [...q.tags] })), 1e12 + i * 1000 + 500));
  }
  return { progress, attempts: out };
}

async function seeded(entries) {
  const dbName = freshDb();
  const store = new SafeStore({ dbName, channelName: null });
  await store.get('created');
  await store.setMany(entries);
  await store.flush();
  await settle();
  return dbName;
}

const seededAttempts = (count) => {
  const { progress, attempts: list } = attempts(count);
  return seeded(list.map((a) => [progress.records.fullKey(progress.records.keyOf(a)), a]));
};

/** Opens the quiz on a fresh store instance (a page load) and times its start screen. */
async function openQuiz(dbName, count) {
  useSharedSafeStore(new SafeStore({ dbName }));
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
}

/**
 * A usual visit: the learner opened the quiz before (untimed: with records written by an older version, as the
 * seeding writes them, a first open builds what later ones read, such as the quiz's summary record), then reloads.
 * \`firstOpen\`: time that first open instead.
 */
window.startScreen = async (count, firstOpen = false) => {
  const dbName = await seededAttempts(count);
  let result = await openQuiz(dbName, count);
  if (!firstOpen) {
    await settle();
    result = await openQuiz(dbName, count);
  }
  await dropDb(dbName);
  return result;
};
window.startScreenFirstOpen = (count) => window.startScreen(count, true);

/** Bare IndexedDB: open the database and read every record under a prefix (what any history needs at least). */
window.rawRead = async ([kind, count]) => {
  const dbName = kind === 'attempt' ? await seededAttempts(count) : await seededCards(count);
  const start = performance.now();
  const db = await request(indexedDB.open(dbName));
  const values = await request(db.transaction('progress', 'readonly').objectStore('progress').getAll(IDBKeyRange.bound(kind + '/', kind + '/\\uffff')));
  const ms = performance.now() - start;
  db.close();
  await dropDb(dbName);
  return { ms, ok: values.length === count };
};

const cardIds = (count) => Array.from({ length: count }, (_, i) => 'card-' + i);
const seededCards = (count) =>
  seeded(cardIds(count).map((id, i) => ['card/' + id, { v: 1, cardId: id, phase: 'review', due: 1e12 - i, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1,
    lapses: 0, lastReview: 1e12 - 1e6, introducedAt: 1e12 - 2e6, reviewRequestedAt: null, updatedAt: 1e12 }]));

// Every card reviewed and due, each a millisecond more overdue than the one before it: the first card is the deck's last.
let decks = 0;

/**
 * Opens the deck in a <fact-card> on a fresh store instance (a page load) and times its first card. The deck at \`url\`
 * was fetched and checked before (the page keeps it), unless the URL is new.
 */
async function openDeck(dbName, url, first) {
  useSharedSafeStore(new SafeStore({ dbName }));
  const el = document.createElement('fact-card');
  el.src = url;
  const start = performance.now();
  document.body.append(el);
  await el.loadComplete;
  const ms = performance.now() - start;
  const ok = el.shadowRoot.querySelector('.front')?.textContent === 'Front of card-' + first;
  if (!ok) console.log('BENCH shows: ' + el.shadowRoot.textContent.slice(0, 300));
  el.remove();
  return { ms, ok };
}

/**
 * A deck of \`count\` reviewed cards opened again: the learner opened it before (untimed: with records written by an older
 * version, as the seeding writes them, a first open builds what later ones read, such as the deck's summary record).
 * \`firstOpen\`: time that first open instead.
 */
window.deckFirstCard = async (count, firstOpen = false) => {
  const dbName = await seededCards(count);
  const url = deckUrl(count);
  if (firstOpen) {
    // The deck fetched and checked, on a database of its own: the open timed is the first on the seeded one.
    const other = freshDb();
    await openDeck(other, url, 0);
    await sharedSafeStore().flush();
    await dropDb(other);
  }
  let result = await openDeck(dbName, url, count - 1);
  if (!firstOpen) {
    await sharedSafeStore().flush();
    await settle();
    result = await openDeck(dbName, url, count - 1);
  }
  await sharedSafeStore().flush();
  await dropDb(dbName);
  return result;
};
window.deckFirstCardFirstOpen = (count) => window.deckFirstCard(count, true);

const deckUrl = (count) => '/bench/deck.json?n=' + count + '&open=' + decks++;

/** A deck's first open with nothing stored: mostly fetching and checking the deck, which the other deck rows leave out. */
window.deckNoStates = async (count) => {
  const dbName = freshDb();
  const result = await openDeck(dbName, deckUrl(count), 0);
  await sharedSafeStore().flush();
  await dropDb(dbName);
  return result;
};

const progressFile = (count) => JSON.stringify({ format: 'defence-learning-progress', version: 1, exportedAt: new Date().toISOString(),
  records: attempts(count).attempts.map((value) => ({ kind: 'attempt', value })) });

window.importMany = async (count) => {
  const text = progressFile(count);
  const dbName = freshDb();
  const store = new SafeStore({ dbName, channelName: null });
  await store.get('warm');
  await settle();
  const start = performance.now();
  const result = await importProgress(text, { store });
  const ms = performance.now() - start;
  await dropDb(dbName);
  return { ms, ok: result.ok && result.added === count };
};

/** Bare IndexedDB: parse the file and put its records in one transaction (no check, no merge). */
window.rawWrite = async (count) => {
  const text = progressFile(count);
  const dbName = freshDb();
  const db = await request(Object.assign(indexedDB.open(dbName), { onupgradeneeded: (e) => e.target.result.createObjectStore('progress') }));
  await settle();
  const start = performance.now();
  const { records } = JSON.parse(text);
  const transaction = db.transaction('progress', 'readwrite');
  records.forEach(({ value }) => transaction.objectStore('progress').put(value, 'attempt/' + value.quiz + '/' + value.id));
  await new Promise((resolve, reject) => { transaction.oncomplete = resolve; transaction.onerror = transaction.onabort = () => reject(transaction.error); });
  const ms = performance.now() - start;
  db.close();
  await dropDb(dbName);
  return { ms, ok: records.length === count };
};
`;

const lib = `
export { SafeStore, sharedSafeStore, useSharedSafeStore } from '${src}/storage/safe-store.ts';
export { QuizProgress } from '${src}/storage/progress-store.ts';
export { importProgress } from '${src}/storage/progress-transfer.ts';
export { DefenceQuiz } from '${src}/quiz/index.ts';
export { FactCard } from '${src}/fact-card/fact-card.ts';
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
const deckCount = 10000;
const deckJson = JSON.stringify({
  id: 'bench-deck',
  title: 'Bench deck',
  lang: 'en',
  description: 'Bench.',
  sources: [{ id: 'doc', title: 'A document', publisher: 'EEAS', date: '4 June 2018' }],
  cards: Array.from({ length: deckCount }, (_, i) => ({
    id: `card-${i}`,
    front: `Front of card-${i}`,
    back: `Back of card-${i}`,
    source: { ref: 'doc', quote: `Quote ${i}` },
  })),
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
  const path = new URL(req.url, 'http://x').pathname;
  const file = path === '/bench/deck.json' ? ['application/json', deckJson] : files[path];
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
  page.on('console', (m) => m.text().startsWith('BENCH') && console.error(m.text()));
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof globalThis.importMany === 'function');
  const run = async (label, fn, arg) => {
    const { ms, ok } = await page.evaluate((f, a) => globalThis[f](a), fn, arg);
    if (!ok) throw new Error(`${label}: the run did not do its work`);
    return ms;
  };
  // A benchmark and its floor run in turns, so that a burst of load from other jobs hits both alike.
  const measure = async ([label, target, fn, arg], floor) => {
    if (only && !only.test(label)) return;
    const times = [];
    const floorTimes = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(await run(label, fn, arg));
      if (floor) floorTimes.push(await run(floor[0], floor[1], floor[2]));
    }
    rows.push([label, `${median(times).toFixed(0)} ms`, target]);
    if (floor) rows.push([`  ${floor[0]}`, `${median(floorTimes).toFixed(0)} ms`, 'floor']);
  };
  await measure(['Start screen, no stored attempt (floor)', '', 'startScreen', 0]);
  await measure(
    ['Start screen, 1,000 stored attempts', '< 50 ms (bar 100)', 'startScreen', 1000],
    ['bare IndexedDB: open, read the 1,000 attempts', 'rawRead', ['attempt', 1000]],
  );
  await measure(['Start screen, 1,000 attempts, first open after an upgrade', 'once', 'startScreenFirstOpen', 1000]);
  await measure(['Deck of 10,000 cards, nothing stored: fetched, checked', '', 'deckNoStates', deckCount]);
  await measure(
    ['Deck of 10,000 cards, all stored: first card', '< 150 ms (bar 250)', 'deckFirstCard', deckCount],
    ['bare IndexedDB: open, read the 10,000 cards', 'rawRead', ['card', deckCount]],
  );
  await measure(['Deck of 10,000 cards, first open after an upgrade', 'once', 'deckFirstCardFirstOpen', deckCount]);
  await measure(['Import of 1,000 attempts', '< 300 ms', 'importMany', 1000], ['bare IndexedDB: parse, put 1,000 attempts', 'rawWrite', 1000]);
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
