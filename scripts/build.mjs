// `astro build` with the routine lines of its log left out (./build-log.mjs), so what an editor must act on
// stands alone: a Danish ADVARSEL, a content error naming file and field, Astro's own warnings. The whole
// log: `npx astro build`. The exit code is Astro's.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isRoutine } from './build-log.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env,
});

let skipped = 0;
let lastBlank = true;
for await (const line of createInterface({ input: child.stdout })) {
  if (isRoutine(line)) {
    skipped++;
    continue;
  }
  // Left-out lines leave blank lines behind; one is enough.
  const blank = line.trim() === '';
  if (blank && lastBlank) continue;
  lastBlank = blank;
  console.log(line);
}
const code = await new Promise((resolve) => child.on('close', resolve));
if (code === 0) console.log(`astro: ${skipped} linjer om byggets forløb udeladt (hele loggen: npx astro build)`);
process.exit(code ?? 1);
