#!/usr/bin/env node
// Serves the built site (dist/) on localhost, as a static host would: directory
// URLs get index.html, unknown paths get 404.html with status 404, and every
// response carries the security headers from deploy/security-headers.mjs.
// With { gzip: true } (the benchmark, scripts/bench-serve.mjs) text responses
// are gzip-compressed as a production host or CDN would, so measured transfer
// sizes are realistic.
//   node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor } from '../deploy/security-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
// Pagefind's index chunks have their own extensions.
const PAGEFIND_TYPES = { '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream' };

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

export function startServer({ dir = 'dist', port = 0, host = '127.0.0.1', gzip = false } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const safe = normalize(join(root, pathname));
    if (safe !== root && !safe.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    let file = safe;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
    }
    const ext = extname(file);
    const type = TYPES[ext] ?? PAGEFIND_TYPES[ext] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 6 }));
      const body = compressed.get(file);
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...headersFor(pathname, type) });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': statSync(file).size, ...headersFor(pathname, type) });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolvePromise({ server, url, close: () => new Promise((r) => server.close(() => r(undefined))) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const dir = opt('dir', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Fandt ikke ${dir}/index.html. Byg sitet først: npm run build`);
    process.exit(1);
  }
  const { url } = await startServer({ dir, port: Number(opt('port', process.env.PORT ?? 4321)), host: opt('host', '127.0.0.1') });
  console.log(`Partnerskabsguiden kører på ${url}/  (stop med Ctrl+C)`);
}
