// `npm start`: serves the repository root over HTTP (the demo loads ../dist/defence-learning.js)
// and prints the demo's address. Static files only; nothing is rebuilt on change. Text is sent
// compressed (br, else gzip) when the browser accepts it, as any production host would send it.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

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
  const type = types[extname(file)] ?? 'application/octet-stream';
  const encoding = type === 'application/octet-stream' ? undefined : encodingFor(req.headers['accept-encoding']);
  const headers = { 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
  if (!encoding) {
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Encoding': encoding });
  // Quality 5 (br) and level 6 (gzip): fast enough to compress on every request, files are not cached.
  const compress = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : createGzip({ level: 6 });
  createReadStream(file).pipe(compress).pipe(res);
});

/** br when the client accepts it, else gzip, else none (a `q=0` refuses a coding). */
function encodingFor(header) {
  const accepted = new Set(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

// PORT, or 8000; when that is taken (another server is running), the next free one of ten.
const first = Number(process.env.PORT ?? 8000);
let port = first;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port < first + 10) server.listen(++port, '127.0.0.1');
  else throw error;
});
server.on('listening', () => console.log(`defence-learning demo: http://localhost:${port}/demo/`));
server.listen(port, '127.0.0.1');
