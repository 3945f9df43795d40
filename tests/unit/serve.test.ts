/**
 * scripts/serve.mjs as an attacker would try it: no
 * redirect leaves the site, nothing outside the served folder is read, and
 * every answer, errors and redirects included, carries the security headers.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/security-headers.mjs';
import { startServer } from '../../scripts/serve.mjs';

let base = '';
let close: () => Promise<unknown> = async () => undefined;
let tmp = '';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as written (fetch would normalise it). */
function get(path: string, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-serve-'));
  const dist = join(tmp, 'dist');
  mkdirSync(join(dist, 'cases'), { recursive: true });
  mkdirSync(join(dist, '_astro'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Forside</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>Ikke fundet</title>');
  writeFileSync(join(dist, 'cases', 'index.html'), '<!doctype html><title>Cases</title>');
  mkdirSync(join(dist, 'æøå mappe'));
  writeFileSync(join(dist, '_astro', 'app.abc123.js'), 'export {};');
  writeFileSync(join(tmp, 'hemmelig.txt'), 'HEMMELIGT INDHOLD');
  ({ url: base, close } = await startServer({ dir: dist, port: 0 }));
});

afterAll(async () => {
  await close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('redirects stay on the site', () => {
  it.each([
    '/%2Fevil.example%2F..%2Fcases',
    '/%2F%2Fevil.example%2F..%2F..%2Fcases',
    '/%5Cevil.example%2F..%2Fcases',
    '/%5C%5Cevil.example/..%2Fcases',
    '/%2F%5Cevil.example%2F..%2Fcases',
    '//evil.example/..%2Fcases',
  ])('%s', async (path) => {
    const answer = await get(path);
    const location = String(answer.headers.location ?? '');
    expect(location).not.toMatch(/^\/[/\\]/);
    if (answer.status === 301) {
      expect(location).toBe('/cases/');
      expect(new URL(location, base).origin).toBe(new URL(base).origin);
    }
  });

  it('a directory without its slash is redirected to the normalised path', async () => {
    const answer = await get('/cases');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/cases/');
  });

  it('a Location is percent-encoded, whatever the folder is called', async () => {
    const answer = await get('/%C3%A6%C3%B8%C3%A5%20mappe');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/%C3%A6%C3%B8%C3%A5%20mappe/');
  });

  it('the query string is kept, the path is not taken from it', async () => {
    const answer = await get('/cases?q=%2F%2Fevil.example');
    expect(answer.headers.location).toBe('/cases/?q=%2F%2Fevil.example');
  });
});

describe('nothing outside the folder is served', () => {
  it.each([
    '/..%2Fhemmelig.txt',
    '/%2E%2E/hemmelig.txt',
    '/..%5Chemmelig.txt',
    '/cases/..%2F..%2Fhemmelig.txt',
    '/%00',
    '/index.html%00.js',
  ])('%s', async (path) => {
    const answer = await get(path);
    expect(answer.body).not.toContain('HEMMELIGT');
    expect([400, 403, 404]).toContain(answer.status);
  });
});

describe('every answer carries the security headers and a content type', () => {
  const cases: [string, string, number, RegExp][] = [
    ['page', '/', 200, /^text\/html/],
    ['asset', '/_astro/app.abc123.js', 200, /^text\/javascript/],
    ['redirect', '/cases', 301, /^text\/plain/],
    ['bad encoding', '/%E0%A4%A', 400, /^text\/plain/],
    ['traversal', '/..%2F..%2Fetc%2Fpasswd', 403, /^text\/plain/],
    ['not found', '/findes-ikke/', 404, /^text\/html/],
    ['wrong method', '/', 405, /^text\/plain/],
  ];
  it.each(cases)('%s (%s)', async (_, path, status, type) => {
    const answer = await get(path, status === 405 ? 'POST' : 'GET');
    expect(answer.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(answer.headers[name.toLowerCase()], name).toBe(value);
    expect(answer.headers['content-type']).toMatch(type);
    expect(answer.headers['cache-control']).toBeTruthy();
    if (/^text\/plain/.test(String(answer.headers['content-type']))) expect(answer.body.length).toBeGreaterThan(0);
  });

  it('HEAD answers like GET without a body', async () => {
    const answer = await get('/cases', 'HEAD');
    expect(answer.status).toBe(301);
    expect(answer.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(answer.body).toBe('');
  });
});

/** Raw bytes to the server, as a broken client or an attacker sends them; the whole answer back. */
function raw(bytes: string): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    // The server may close before it has read everything we sent; what it answered still counts.
    socket.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' || e.code === 'EPIPE' ? null : reject(e),
    );
    socket.on('close', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Answer['headers'] = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

describe("answers from Node's HTTP parser carry the security headers too", () => {
  it.each([
    ['a malformed request line', 'GARBAGE\r\n\r\n', 400],
    ['a missing Host', 'GET / HTTP/1.1\r\n\r\n', 400],
    ['a 100 KB URL', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ['a 100 KB header', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`, 431],
  ])('%s', async (_, bytes, status) => {
    const answer = await raw(bytes);
    expect(answer.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(answer.headers[name.toLowerCase()], name).toBe(value);
    expect(answer.headers['content-type']).toMatch(/^text\/plain/);
  });
});

describe('a file that cannot be read while it is served', () => {
  it('answers 500 with the security headers, and the server keeps serving', async () => {
    // Reading /proc/self/mem from its start fails with EIO: the file exists and stats as a file, but every read fails.
    symlinkSync('/proc/self/mem', join(tmp, 'dist', '_astro', 'kaput.js'));
    const answer = await get('/_astro/kaput.js');
    expect(answer.status).toBe(500);
    expect(answer.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect((await get('/')).status).toBe(200);
  });
});

describe('compressed, as the benchmark serves', () => {
  it('answers a gzip request once, without an error after the answer', async () => {
    const dist = join(tmp, 'dist');
    const server = await startServer({ dir: dist, port: 0, gzip: true });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { hostname, port } = new URL(server.url);
      const answer = await new Promise<Answer>((resolve, reject) => {
        const req = request({ hostname, port, path: '/', headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(errors).toEqual([]);
    } finally {
      console.error = original;
      await server.close();
    }
  });
});
