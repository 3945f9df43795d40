/**
 * Astro integration: after the build, every HTML page gets its link preview image
 * (og:image) as PNG, drawn by ./og-image from the page's own og:title and rendered
 * with resvg (a renderer shipped inside its npm package: no browser, no sharp) in
 * the site's IBM Plex Sans, unpacked from the same woff2 files the pages use.
 * Images are cached by content in node_modules/.cache/og-images, so a rebuild only
 * draws pages whose title changed. docs/decisions/0071-forhaandsvisning-og-ikoner.md
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { decompress } from 'wawoff2';
import { ogSvg, sectionOf } from './og-image';

const FONTS = ['ibm-plex-sans-400.woff2', 'ibm-plex-sans-600.woff2'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The few entities Astro writes in attribute values, back to characters. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** A page's <meta property="…" content="…"> value, decoded; null when the page has none. */
export function metaContent(html: string, property: string): string | null {
  const tag = html.match(new RegExp(`<meta[^>]*property="${property}"[^>]*>`))?.[0];
  const content = tag?.match(/content="([^"]*)"/)?.[1];
  return content === undefined ? null : decodeAttribute(content);
}

/** The site's fonts as TrueType (what resvg reads), unpacked once into the cache. */
async function fontFiles(cache: string): Promise<{ files: string[]; key: string }> {
  const hash = createHash('sha1');
  const files: string[] = [];
  for (const name of FONTS) {
    const woff2 = readFileSync(fileURLToPath(new URL(`../assets/fonts/${name}`, import.meta.url)));
    const digest = createHash('sha1').update(woff2).digest('hex').slice(0, 12);
    hash.update(digest);
    const ttf = join(cache, `${name.replace('.woff2', '')}-${digest}.ttf`);
    if (!existsSync(ttf)) writeFileSync(ttf, await decompress(woff2));
    files.push(ttf);
  }
  return { files, key: hash.digest('hex') };
}

export function ogImages() {
  return {
    name: 'partnerskabsguiden:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: { info(msg: string): void } }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const cache = fileURLToPath(new URL('../../node_modules/.cache/og-images/', import.meta.url));
        mkdirSync(cache, { recursive: true });
        const fonts = await fontFiles(cache);
        let drawn = 0;
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const title = metaContent(html, 'og:title');
          const image = metaContent(html, 'og:image');
          const page = metaContent(html, 'og:url');
          const siteName = metaContent(html, 'og:site_name');
          if (title === null || image === null || page === null || siteName === null) continue;
          const pageUrl = new URL(page);
          const svg = ogSvg({ title, section: sectionOf(pageUrl.pathname), siteName, host: pageUrl.host });
          const cached = join(cache, `${createHash('sha1').update(fonts.key).update(svg).digest('hex')}.png`);
          if (!existsSync(cached)) {
            const resvg = new Resvg(svg, {
              font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: 'IBM Plex Sans' },
            });
            writeFileSync(cached, resvg.render().asPng());
            drawn++;
          }
          const target = join(root, decodeURIComponent(new URL(image).pathname));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cached, target);
          pages++;
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`Forhåndsvisninger: ${pages} billeder (${drawn} tegnet, resten fra cachen) på ${ms} ms`);
      },
    },
  };
}
