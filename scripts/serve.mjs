#!/usr/bin/env node
// Serves the built site (dist/) on localhost, as a static host would: directory
// URLs get index.html, unknown paths get 404.html with status 404, and every
// response, errors and redirects included, carries the security headers from
// deploy/security-headers.mjs. Redirect targets are built from the normalised
// path only, so no Location can point off the site ("//host", "/\\host").
// With { gzip: true } (the benchmark, scripts/bench-serve.mjs) text responses
// are gzip-compressed as a production host or CDN would, so measured transfer
// sizes are realistic.
// A file that vanishes or cannot be read while it is served gets a 500 (the
// file is read whole before the answer starts), and the answers Node's own
// HTTP parser gives (a malformed request, a missing Host, an oversized URL or
// header) carry the security headers like every other.
//   node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
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
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};
// Pagefind's index chunks have their own extensions.
const PAGEFIND_TYPES = {
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

const TEXT = 'text/plain; charset=utf-8';

/** A short plain-text answer (errors, redirects) with the same headers as every other response. */
function answerText(req, res, status, text, pathname = '/', extra = {}) {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    'Content-Type': TEXT,
    'Content-Length': body.length,
    ...headersFor(pathname, TEXT),
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The request path decoded and resolved inside `root`: { file, path } where
 * `path` is the normalised URL path ("/cases"), or { status } for a request
 * that is malformed (400) or points outside the folder (403). Backslashes count
 * as separators, as browsers treat them, so "/\\host" cannot pass as a path.
 */
function resolvePath(root, rawUrl) {
  if (!rawUrl.startsWith('/')) return { status: 400 };
  let decoded;
  try {
    // Parsed against a fixed origin so "//host/…" stays a path, not an authority.
    decoded = decodeURIComponent(new URL(`http://localhost${rawUrl}`).pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const segments = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (!segments.length) return { status: 403 };
      segments.pop();
    } else segments.push(segment);
  }
  const file = join(root, ...segments);
  if (file !== root && !file.startsWith(root + sep)) return { status: 403 };
  return {
    file,
    segments,
    path: `/${segments.join('/')}`,
    trailingSlash: decoded.endsWith('/') || decoded.endsWith('\\'),
  };
}

export function startServer({ dir = 'dist', port = 0, host = '127.0.0.1', gzip = false } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const failed = (req, res, error) => {
    console.error(error);
    if (!res.headersSent) answerText(req, res, 500, 'Serverfejl.');
    else res.destroy();
  };
  // requireHostHeader off: Node would answer a missing Host itself, without our headers; handle() answers it.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    // handle() answers at once or with a promise (a file streamed); either way an error answers 500.
    new Promise((done) => done(handle(req, res))).catch((error) => failed(req, res, error));
  });
  server.on('clientError', (error, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW' || error.code === 'HPE_URI_TOO_LONG';
    const [status, reason, text] = tooLarge
      ? [431, 'Request Header Fields Too Large', 'Forespørgslen er for stor.']
      : [400, 'Bad Request', 'Ugyldig forespørgsel.'];
    const body = Buffer.from(`${text}\n`);
    const headers = {
      'Content-Type': TEXT,
      'Content-Length': body.length,
      Connection: 'close',
      ...headersFor('/', TEXT),
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${reason}\r\n${head.join('')}\r\n`), body]));
  });
  function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return answerText(req, res, 405, 'Metoden er ikke tilladt.', '/', { Allow: 'GET, HEAD' });
    }
    if (req.httpVersion === '1.1' && !req.headers.host) {
      return answerText(req, res, 400, 'Forespørgslen mangler Host.');
    }
    const rawUrl = req.url ?? '/';
    const resolved = resolvePath(root, rawUrl);
    if (resolved.status === 400) return answerText(req, res, 400, 'Ugyldig adresse.');
    if (resolved.status === 403) return answerText(req, res, 403, 'Adgang nægtet.');
    const { path: pathname } = resolved;
    let file = resolved.file;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!resolved.trailingSlash && pathname !== '/') {
        // Built from the normalised path: always one leading slash, never "//" or "/\\".
        const query = rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?')) : '';
        const safeQuery = /^[\x21-\x7e]*$/.test(query) ? query : '';
        const location = `/${resolved.segments.map(encodeURIComponent).join('/')}/${safeQuery}`;
        return answerText(req, res, 301, `Flyttet til ${location}`, pathname, { Location: location });
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) return answerText(req, res, 404, 'Siden findes ikke.', pathname);
    }
    const ext = extname(file);
    const type = TYPES[ext] ?? PAGEFIND_TYPES[ext] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 6 }));
      const body = compressed.get(file);
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        ...headersFor(pathname, type),
      });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    return send(req, res, file, status, type, pathname);
  }
  /** The file read whole, then answered: a read that fails (the file gone or unreadable) is a 500, never a crash. */
  async function send(req, res, file, status, type, pathname) {
    const body = await readFile(file);
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...headersFor(pathname, type) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
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
  const { url } = await startServer({
    dir,
    port: Number(opt('port', process.env.PORT ?? 4321)),
    host: opt('host', '127.0.0.1'),
  });
  console.log(`Partnerskabsguiden kører på ${url}/  (stop med Ctrl+C)`);
}
