/**
 * The built pages need nothing the Content-Security-Policy (deploy/security-headers.mjs) forbids: no inline
 * script, style or handler, and nothing loaded from another origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles as allDistFiles } from '../../scripts/dist-files.mjs';
import { DIST, pagePaths, readPage, requireDist } from './dist';

requireDist();

const distFiles = allDistFiles(DIST).filter((p) => p !== '/_headers');

describe('the pages need nothing the CSP forbids', () => {
  const pages = pagePaths();
  const docs = [
    ...pages.map((p) => ({ path: p, html: readPage(p) })),
    { path: '/404.html', html: readFileSync(join(DIST, '404.html'), 'utf8') },
  ];

  it(
    'no inline script (other than JSON data blocks), no inline <style>, style="…" or on…= handlers, ' +
      'no javascript: URLs',
    () => {
      const found: string[] = [];
      for (const { path, html } of docs) {
        for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          const attrs = m[1]!;
          if (/\ssrc=/.test(attrs)) continue;
          if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
          if (m[2]!.trim()) found.push(`${path}: inline <script${attrs}>`);
        }
        if (/<style[\s>]/i.test(html)) found.push(`${path}: <style>`);
        for (const m of html.matchAll(/<[a-z][^>]*\s(style|on[a-z]+)="[^"]*"/gi)) found.push(`${path}: ${m[1]}="…"`);
        if (/href="javascript:/i.test(html)) found.push(`${path}: javascript:-URL`);
      }
      expect(found).toEqual([]);
    },
  );

  it('scripts, styles, fonts, images and forms stay on the site’s own origin', () => {
    const foreign: string[] = [];
    for (const { path, html } of docs) {
      for (const m of html.matchAll(
        /<(script|link|img|source|iframe|form|object|embed)\b[^>]*\s(src|href|action|srcset)="([^"]+)"/gi,
      )) {
        const tag = m[1]!.toLowerCase();
        const url = m[3]!;
        if (tag === 'link' && /rel="canonical"|rel="alternate"/.test(m[0])) continue;
        if (/^(https?:)?\/\//i.test(url)) foreign.push(`${path}: <${tag} ${m[2]}="${url}">`);
      }
    }
    for (const f of distFiles.filter((p) => p.endsWith('.css'))) {
      const css = readFileSync(join(DIST, f), 'utf8');
      for (const m of css.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) foreign.push(`${f}: url(${m[1]})`);
      if (/@import\s+(url\()?["']?(https?:)?\/\//i.test(css)) foreign.push(`${f}: @import fra andet origin`);
    }
    expect(foreign).toEqual([]);
  });
});
