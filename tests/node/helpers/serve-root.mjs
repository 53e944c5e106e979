// A server over the project's root for node tests that open the built drop-in script in a browser: `/page` is the
// given HTML, every other path a file of the project (404 outside it or when missing).
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;

/** Serves `page` at /page and the project's files; resolves to the listening server. */
export function serveRoot(page) {
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
