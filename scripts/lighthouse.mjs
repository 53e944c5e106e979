// Lighthouse (mobile, its default: simulated throttling) on every demo page, as `npm start` serves it
// (scripts/serve-demo.mjs: compressed, strict CSP), RUNS times each (default 3), and one table of the
// median score of each category per page. Not a test, and Lighthouse is not a dependency of the project
// (it would slow every install): install it anywhere and say where.
//   npm run build
//   LIGHTHOUSE=/work/lh/node_modules/lighthouse/cli/index.js node scripts/lighthouse.mjs
//   ONLY=index,article   some pages      RUNS=1   one run each      OUT=<dir>   keep each run's JSON report
//   CHROME_PATH          the browser (default /usr/bin/chromium; nothing downloads one)
//   LIGHTHOUSE_FLAGS     more flags for Lighthouse, space-separated (e.g. --throttling.cpuSlowdownMultiplier=2)
// The table shows Lighthouse's benchmarkIndex of this machine (median of the runs of each page). Simulated throttling
// multiplies the time of each task observed unthrottled by 4, a factor meant for a machine of index about 1000 or more
// (a Pixel 5 is about 1000, a low-end phone 264, by Chrome DevTools' own calibration): on a busy machine (a lower index)
// tasks are observed longer, and total blocking time and the performance score come out worse than the page deserves.
// Below each page whose median performance is under 100, the audits that cost it points in its median
// run (score under 0.9, with their figure), so a regression can be read without opening a report.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const lighthouse = process.env.LIGHTHOUSE;
if (!lighthouse || !existsSync(lighthouse)) {
  console.error('Set LIGHTHOUSE to the path of lighthouse/cli/index.js (e.g. npm i -E lighthouse@12.2.3 in a folder outside this repository).');
  process.exit(2);
}
if (!existsSync(join(root, 'dist/defence-learning.js'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(2);
}
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Math.min(9, Number(process.env.RUNS ?? 3)));
const only = process.env.ONLY?.split(',').map((name) => name.trim());
const pages = readdirSync(join(root, 'demo'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => basename(file, '.html'))
  .filter((name) => !only || only.includes(name))
  .sort((a, b) => (a === 'index' ? -1 : b === 'index' ? 1 : a.localeCompare(b)));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const out = process.env.OUT ?? join(tmpdir(), `lighthouse-${process.pid}`);
mkdirSync(out, { recursive: true });

/** Starts the demo server on a free port (it tries ten from PORT) and resolves with its address. */
function startServer() {
  const server = spawn(process.execPath, [join(root, 'scripts/serve-demo.mjs')], {
    env: { ...process.env, PORT: process.env.PORT ?? '8470' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`the demo server stopped (exit ${code})`)));
    server.stdout.on('data', (chunk) => {
      const address = /http:\/\/\S+\/demo\//.exec(String(chunk))?.[0];
      if (address) resolve({ server, address });
    });
  });
}

const run = promisify(execFile);

async function audit(url, reportPath) {
  await run(
    process.execPath,
    [
      lighthouse,
      url,
      `--chrome-flags=--headless=new --no-sandbox`,
      `--only-categories=${categories.join(',')}`,
      '--output=json',
      `--output-path=${reportPath}`,
      '--quiet',
      ...(process.env.LIGHTHOUSE_FLAGS?.split(/\s+/).filter(Boolean) ?? []),
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(reportPath, 'utf8'));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const score = (report, category) => Math.round((report.categories[category]?.score ?? 0) * 100);

/** The performance audits that lost points, with Lighthouse's figure for each. */
function losses(report) {
  const refs = report.categories.performance?.auditRefs ?? [];
  return refs
    .map((ref) => report.audits[ref.id])
    .filter((item) => item && item.score !== null && item.score < 0.9 && item.scoreDisplayMode !== 'informative')
    .map((item) => `${item.id} ${item.displayValue ?? ''}`.trim());
}

const { server, address } = await startServer();
const rows = [];
try {
  for (const page of pages) {
    const reports = [];
    for (let i = 0; i < RUNS; i++) {
      const reportPath = join(out, `${page}-${i + 1}.json`);
      reports.push(await audit(`${address}${page}.html`, reportPath));
      process.stderr.write('.');
    }
    const medians = Object.fromEntries(categories.map((category) => [category, median(reports.map((report) => score(report, category)))]));
    // The run whose performance is the median one: its audits explain the median score.
    const middle = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(reports.length / 2)];
    const failed = categories.flatMap((category) =>
      (middle.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && category !== 'performance' && middle.audits[ref.id]?.score === 0)
        .map((ref) => `${category}: ${ref.id}`),
    );
    const benchmark = Math.round(median(reports.map((report) => report.environment.benchmarkIndex)));
    rows.push({
      page,
      medians,
      benchmark,
      all: reports.map((report) => score(report, 'performance')),
      losses: medians.performance < 100 ? losses(middle) : [],
      failed,
    });
  }
} finally {
  server.kill();
  if (!process.env.OUT) rmSync(out, { recursive: true, force: true });
}
process.stderr.write('\n');

const version = rows.length ? JSON.parse(readFileSync(join(lighthouse, '../../package.json'), 'utf8')).version : '';
const header = ['page', ...categories, 'performance, each run', 'benchmarkIndex'];
const table = [
  header,
  header.map(() => '---'),
  ...rows.map((row) => [`${row.page}.html`, ...categories.map((c) => String(row.medians[c])), row.all.join(', '), String(row.benchmark)]),
];
const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
const flags = process.env.LIGHTHOUSE_FLAGS ? `, ${process.env.LIGHTHOUSE_FLAGS}` : '';
console.log(`Lighthouse ${version}, mobile (simulated throttling${flags}), median of ${RUNS}, ${new Date().toISOString().slice(0, 10)}`);
for (const cells of table) console.log(`| ${cells.map((cell, i) => (cells[0] === '---' ? '-'.repeat(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`);
for (const row of rows) {
  const notes = [...row.losses.map((loss) => `performance: ${loss}`), ...row.failed];
  if (notes.length) console.log(`${row.page}.html: ${notes.join('; ')}`);
}
if (process.env.OUT) writeFileSync(join(out, 'table.json'), JSON.stringify(rows, null, 2));
process.exitCode = rows.every((row) => categories.every((c) => row.medians[c] >= 95)) ? 0 : 1;
