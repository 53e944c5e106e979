// For node tests that open the built drop-in script in a browser: a server over the project's root, where `/page` is
// the given HTML and every other path a file of the project (404 outside it or when missing), and Chromium.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

import puppeteer from 'puppeteer-core';

const root = new URL('../../..', import.meta.url).pathname;

/** Serves `page` at /page and the project's files; resolves to the listening server. */
function serveRoot(page) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/page') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    const file = normalize(join(root, path));
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs `body(browser, origin)` with `page` served at `${origin}/page` beside the project's files (dist/ built first)
 * and a headless Chromium, both closed after, whatever `body` does.
 */
export async function withBuiltBundle(page, body) {
  assert.ok(existsSync(join(root, 'dist/defence-learning.js')), 'dist/ is missing: run `npm run build` first.');
  const server = await serveRoot(page);
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await body(browser, `http://127.0.0.1:${server.address().port}`);
  } finally {
    await browser.close();
    server.close();
  }
}
