// The PNG icons beside /favicon.svg, for home screens and the web app manifest:
// public/icons/icon-192.png, icon-512.png and apple-touch-icon.png (180 px).
// Drawn from public/favicon.svg with square corners (phones round them themselves,
// and the mark stays inside the safe zone of a maskable icon). Committed, so a build
// needs nothing; run `npm run icons` after changing the favicon.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const root = new URL('../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', root), 'utf8').replace(/ rx="[\d.]+"/, '');
const SIZES = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 };

mkdirSync(new URL('icons/', root), { recursive: true });
for (const [name, size] of Object.entries(SIZES)) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  writeFileSync(new URL(`icons/${name}`, root), png);
  console.log(`public/icons/${name}: ${size} × ${size} px, ${png.length} B`);
}
