// Which lines of Astro's build log an editor can skip. Astro lists every file it writes (about a hundred
// lines) and its own steps; they bury the Danish warnings an editor must act on. Warnings ([WARN]),
// errors ([ERROR]), stack traces, the site's own messages and the summary line are always kept.

// Colour codes, which Astro writes when the log goes to a terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what the codes start with
const COLOUR = /\u001b\[[0-9;]*m/g;

const ROUTINE = [
  // "17:29:26   ├─ /cases/index.html (+4ms)": one line per file written.
  /^\d\d:\d\d:\d\d\s+[├└]─ /,
  // "17:28:53 [build] Collecting build info...", "[vite] ✓ built in 1.38s", "[content] Synced content".
  /^\d\d:\d\d:\d\d \[(build|vite|content|types)\] (?!\d+ page\(s\) built)/,
  /^\d\d:\d\d:\d\d ✓ Completed in /,
  /^\s*generating static routes\s*$/,
];

/** True for a line of Astro's routine progress; the "62 page(s) built" summary is kept. */
export function isRoutine(line) {
  const plain = line.replace(COLOUR, '');
  return ROUTINE.some((pattern) => pattern.test(plain));
}
