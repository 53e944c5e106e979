// `npm start`: serves the repository root over HTTP (the demo loads ../dist/defence-learning.js)
// and prints the demo's address. Static files only; nothing is rebuilt on change.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
// The demo is served as a strict site would serve it, so what a person sees is what such a site gets.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html";

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
  createReadStream(file).pipe(res);
});

// PORT, or 8000; when that is taken (another server is running), the next free one of ten.
const first = Number(process.env.PORT ?? 8000);
let port = first;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port < first + 10) server.listen(++port, '127.0.0.1');
  else throw error;
});
server.on('listening', () => console.log(`defence-learning demo: http://localhost:${port}/demo/`));
server.listen(port, '127.0.0.1');
