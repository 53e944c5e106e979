// The one small static server of the scripts that drive a browser over the built files (page weights,
// screenshots, before/after shots): files under a root, typed by extension, plus pages held in memory.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.gift': 'text/plain',
  '.pdf': 'application/pdf',
};

/**
 * Serves `root` on a free local port; resolves with the listening server.
 * `page(path)`: the HTML of a page held in memory for that path, or undefined.
 * `headers(file)`: extra response headers for a file served from `root` (e.g. a CSP for HTML).
 */
export function serveStatic(root, { page = () => undefined, headers = () => ({}) } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const html = page(path);
    if (html !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(html);
      return;
    }
    const file = normalize(join(root, path));
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(file) });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
