/**
 * "Senest opdateret": when a content file last changed, from git at build time.
 * The newest commit touching the file(s) gives the date. Outside git, for a file
 * git does not know, or in a shallow clone that lacks the history (git then
 * answers with the oldest commit it has, or nothing), the build still works: no
 * answer falls back to the build date. Never throws.
 */
import { execFileSync } from 'node:child_process';

export interface LastUpdated {
  /** The day, as an ISO date for <time datetime>: "2026-11-23". */
  iso: string;
  /** The same day in Danish: "23. november 2026". */
  label: string;
  /** Where the date came from. */
  source: 'git' | 'build';
}

export type GitDate = (file: string) => Date | null;

/** Committer date of the newest commit touching `file`, or null (no git, untracked file, no history). */
export const gitCommitDate: GitDate = (file) => {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    if (!out) return null;
    const date = new Date(out);
    return Number.isNaN(date.getTime()) ? null : date;
  } catch {
    return null;
  }
};

const danishDate = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
});
const isoDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

export function describeDay(date: Date, source: LastUpdated['source']): LastUpdated {
  return { iso: isoDay.format(date), label: danishDate.format(date), source };
}

const cache = new Map<string, Date | null>();

/**
 * The newest change among `files` (a page may be built from several), from git;
 * the build date `now` when git knows none of them.
 */
export function lastUpdated(
  files: string | readonly string[],
  options: { gitDate?: GitDate; now?: Date } = {},
): LastUpdated {
  const gitDate = options.gitDate ?? gitCommitDate;
  const list = typeof files === 'string' ? [files] : files;
  let newest: Date | null = null;
  for (const file of list) {
    let date: Date | null;
    if (gitDate === gitCommitDate) {
      if (!cache.has(file)) cache.set(file, gitCommitDate(file));
      date = cache.get(file) ?? null;
    } else date = gitDate(file);
    if (date && (!newest || date > newest)) newest = date;
  }
  return newest ? describeDay(newest, 'git') : describeDay(options.now ?? new Date(), 'build');
}
