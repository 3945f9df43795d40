/**
 * The deploy configuration stays in step with what the build needs:
 * deploy/security-headers.mjs (sent by scripts/serve.mjs in the tests),
 * public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf say the
 * same headers and the same cache policy for every file in dist/; only
 * content-hashed files get the long cache. That the built pages need nothing
 * the Content-Security-Policy forbids is tested in csp-pages.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_CSP,
  ADMIN_CSP_DIRECTIVES,
  CACHE_IMMUTABLE,
  CACHE_NONE,
  CACHE_REVALIDATE,
  CSP,
  CSP_DIRECTIVES,
  IMMUTABLE_PREFIXES,
  NO_CACHE_PATHS,
  SECURITY_HEADERS,
  cacheControlFor,
  headersFor,
} from '../../deploy/security-headers.mjs';
import { distFiles as allDistFiles } from '../../scripts/dist-files.mjs';
import { DIST, pagePaths, requireDist } from './dist';

requireDist();

// --- public/_headers ------------------------------------------------------
interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Headers this rule removes first ("! Name", Cloudflare Pages). */
  detach: string[];
}
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detach: [] });
      continue;
    }
    // "! Name" removes a header an earlier rule set (Cloudflare Pages).
    const detach = line.trim().match(/^!\s*([A-Za-z0-9-]+)$/);
    if (detach && rules.length) {
      rules.at(-1)!.detach.push(detach[1]!);
      continue;
    }
    const m = line.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
    if (!m || !rules.length) throw new Error(`_headers: kan ikke læse linjen "${line}"`);
    rules.at(-1)!.headers[m[1]!] = m[2]!;
  }
  return rules;
}
/**
 * Netlify/Cloudflare matching: "*" matches anything; every matching rule applies, values of a repeated header are
 * joined.
 */
function headersFileFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const re = new RegExp(
      `^${r.pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (!re.test(path)) continue;
    for (const k of r.detach) delete out[k];
    for (const [k, v] of Object.entries(r.headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

// --- deploy/nginx.conf ----------------------------------------------------
function unquote(s: string): string {
  return s.replace(/^"(.*)"$/, '$1');
}
function parseNginx(text: string) {
  const noComments = text.replace(/#[^\n]*/g, '');
  const mapBody = noComments.match(/map\s+\$uri\s+\$pg_cache_control\s*{([^}]*)}/)?.[1] ?? '';
  const map = Array.from(mapBody.matchAll(/^\s*(\S+)\s+("[^"]*"|\S+)\s*;/gm), (m) => ({
    key: m[1]!,
    value: unquote(m[2]!),
  }));
  const server = noComments.slice(noComments.indexOf('server {'));
  // add_header at server level: outside any location { } block.
  let depth = 0;
  let serverLevel = '';
  let inLocations = '';
  for (const line of server.split('\n')) {
    const opens = (line.match(/{/g) ?? []).length;
    const closes = (line.match(/}/g) ?? []).length;
    if (depth === 1 && !/^\s*location\b/.test(line)) serverLevel += `${line}\n`;
    else inLocations += `${line}\n`;
    depth += opens - closes;
  }
  const addHeaders = (s: string) =>
    Object.fromEntries(
      Array.from(s.matchAll(/add_header\s+([A-Za-z0-9-]+)\s+("[^"]*"|\S+)\s+always\s*;/g), (m) => [
        m[1]!,
        unquote(m[2]!),
      ]),
    );
  const adminBlock = server.match(/location\s+\/admin\/\s*{([^}]*)}/)?.[1] ?? '';
  return {
    map,
    adminHeaders: addHeaders(adminBlock),
    headers: addHeaders(serverLevel),
    locationHeaders: addHeaders(inLocations.replace(/location\s+\/admin\/\s*{[^}]*}/, '')),
    allAddHeaderLines: (noComments.match(/add_header/g) ?? []).length,
  };
}
function nginxCacheFor(map: { key: string; value: string }[], uri: string): string {
  for (const { key, value } of map) {
    if (key.startsWith('~') && new RegExp(key.slice(1)).test(uri)) return value;
  }
  const exact = map.find((e) => e.key === uri);
  return exact?.value ?? map.find((e) => e.key === 'default')!.value;
}

const headersRules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const nginx = parseNginx(readFileSync('deploy/nginx.conf', 'utf8'));
const distFiles = allDistFiles(DIST).filter((p) => p !== '/_headers');

describe('deploy configuration: the three say the same', () => {
  it('security-headers.mjs: a strict CSP (no unsafe-inline/unsafe-eval, no other origin), framing denied', () => {
    const all = Object.values(CSP_DIRECTIVES).flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((v) => /^(https?:|\*|blob:)/.test(v))).toEqual([]);
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
    // The service worker and the web app manifest come from the site itself.
    expect(CSP_DIRECTIVES['worker-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['manifest-src']).toEqual(["'self'"]);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    for (const name of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
    ]) {
      expect(Object.keys(SECURITY_HEADERS)).toContain(name);
    }
  });

  it(
    'public/_headers: "/*" sets exactly the security headers and no Cache-Control ' +
      '(the hosts would join two values)',
    () => {
      const all = headersRules.find((r) => r.pattern === '/*');
      expect(all?.headers).toEqual(SECURITY_HEADERS);
    },
  );

  it('public/_headers: the long cache exactly for the hashed prefixes', () => {
    const others = headersRules.filter(
      (r) => r.pattern !== '/*' && r.pattern !== '/admin/*' && !NO_CACHE_PATHS.includes(r.pattern),
    );
    expect(others.map((r) => r.pattern).sort()).toEqual(IMMUTABLE_PREFIXES.map((p: string) => `${p}*`).sort());
    for (const r of others) expect(r.headers).toEqual({ 'Cache-Control': CACHE_IMMUTABLE });
  });

  it('the service worker is never cached, in all three', () => {
    expect(NO_CACHE_PATHS).toEqual(['/sw.js']);
    expect(CACHE_NONE).toBe('no-cache');
    for (const path of NO_CACHE_PATHS) {
      expect(cacheControlFor(path, 'text/javascript; charset=utf-8')).toBe(CACHE_NONE);
      expect(headersRules.find((r) => r.pattern === path)?.headers).toEqual({ 'Cache-Control': CACHE_NONE });
      expect(nginx.map.find((e) => e.key === path)?.value).toBe(CACHE_NONE);
    }
  });

  it('deploy/nginx.conf: the same headers, set once at server level with "always"', () => {
    expect(nginx.headers).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': '$pg_cache_control' });
    // add_header inside a location would silently drop every server-level one there.
    expect(nginx.locationHeaders).toEqual({});
    // Server level, plus the /admin/ location, which repeats them all with its own CSP and X-Robots-Tag.
    expect(nginx.allAddHeaderLines).toBe(2 * (Object.keys(SECURITY_HEADERS).length + 1) + 1);
  });

  it('deploy/nginx.conf: the cache map gives the long cache exactly for the hashed prefixes', () => {
    expect(nginx.map.find((e) => e.key === 'default')?.value).toBe(CACHE_REVALIDATE);
    const regexes = nginx.map.filter((e) => e.key.startsWith('~'));
    expect(regexes.map((e) => e.key).sort()).toEqual(IMMUTABLE_PREFIXES.map((p: string) => `~^${p}`).sort());
    for (const e of regexes) expect(e.value).toBe(CACHE_IMMUTABLE);
  });

  it(`every file in dist/ gets the same headers from all three`, () => {
    expect(distFiles.length).toBeGreaterThan(pagePaths().length);
    const differ: string[] = [];
    for (const path of [...distFiles, ...pagePaths()]) {
      const fromModule: Record<string, string | undefined> = headersFor(path);
      const fromFile: Record<string, string | undefined> = { ...headersFileFor(headersRules, path) };
      fromFile['Cache-Control'] ??= CACHE_REVALIDATE;
      const fromNginx: Record<string, string | undefined> = {
        ...(path.startsWith('/admin/') ? nginx.adminHeaders : nginx.headers),
        'Cache-Control': nginxCacheFor(nginx.map, path),
      };
      for (const [source, got] of [
        ['_headers', fromFile],
        ['nginx.conf', fromNginx],
      ] as const) {
        for (const name of new Set([...Object.keys(fromModule), ...Object.keys(got)])) {
          if (got[name] !== fromModule[name]) {
            const [have, want] = [got[name] ?? '(mangler)', fromModule[name] ?? '(mangler)'];
            differ.push(`${source} ${path} ${name}: ${have} ≠ ${want}`);
          }
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('the build copies public/_headers to dist/_headers unchanged', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });
});

describe("the editors' CMS at /admin/", () => {
  it('has its own CSP and noindex; the public pages keep theirs', () => {
    const admin = headersFor('/admin/');
    expect(admin['Content-Security-Policy']).toBe(ADMIN_CSP);
    expect(admin['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(headersFor('/')['Content-Security-Policy']).toBe(CSP);
    expect(headersFor('/')['X-Robots-Tag']).toBeUndefined();
    // Loosened only where the CMS needs it: never eval, never another origin's scripts.
    expect(ADMIN_CSP_DIRECTIVES['script-src']).toEqual(CSP_DIRECTIVES['script-src']);
    expect(ADMIN_CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
  });

  it('is served from the site, with the generated configuration, and kept out of search', () => {
    expect(existsSync(join(DIST, 'admin', 'sveltia-cms.js'))).toBe(true);
    expect(readFileSync(join(DIST, 'admin', 'config.yml'), 'utf8')).toMatch(/^publish_mode: editorial_workflow$/m);
    const html = readFileSync(join(DIST, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(pagePaths()).not.toContain('/admin/');
  });
});

describe('cache policy matches the build', () => {
  const HASHED = /(?:\.[A-Za-z0-9_-]{8}|_[0-9a-f]{7,})\.[A-Za-z0-9_]+$/;

  it('only content-hashed files get the long cache', () => {
    const immutable = distFiles.filter((p) => cacheControlFor(p) === CACHE_IMMUTABLE);
    console.log(
      `Cache: ${immutable.length} filer med lang cache (hashede navne), ` +
        `${distFiles.length - immutable.length} revalideres`,
    );
    expect(immutable.length).toBeGreaterThan(0);
    expect(immutable.filter((p) => !HASHED.test(p))).toEqual([]);
  });

  it('HTML is always revalidated, also a 404 answer under a hashed prefix', () => {
    for (const p of pagePaths()) expect(cacheControlFor(p, 'text/html; charset=utf-8')).toBe(CACHE_REVALIDATE);
    expect(cacheControlFor('/_astro/findes-ikke.js', 'text/html; charset=utf-8')).toBe(CACHE_REVALIDATE);
  });
});
