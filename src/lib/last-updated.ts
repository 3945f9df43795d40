/**
 * "Senest opdateret": when a content file last changed, from git at build time.
 * The newest commit touching the file(s) gives the date. Outside git, for a file
 * git does not know, or in a shallow clone that lacks the history (git then
 * answers with the oldest commit it has, or nothing), the build still works: no
 * answer falls back to the build date. Never throws. A commit that only moves line
 * breaks and spaces in the file (rewrapped lines) changes nothing a reader sees, so
 * it does not count as an update.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

export interface LastUpdated {
  /** The day, as an ISO date for <time datetime>: "2026-11-23". */
  iso: string;
  /** The same day in Danish: "23. november 2026". */
  label: string;
  /** Where the date came from. */
  source: 'git' | 'build';
}

export type GitDate = (file: string) => Date | null;

/** How many whitespace-only commits are looked past before the newest one counts anyway. */
const MAX_REWRAPS = 10;

/** The text with its blank lines kept (they separate paragraphs) and every other run of whitespace as one space. */
const layoutFree = (text: string) =>
  text
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((block) => block.replace(/\s+/g, ' '))
    .join('\n\n');

/**
 * Committer date of the newest commit that changed more than the layout of `file`, or null (no git, untracked
 * file, no history). Git runs in the file's folder, so a file in another repository is read from that one.
 */
export const gitCommitDate: GitDate = (file) => {
  const path = resolve(file);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
  const name = `./${basename(path)}`;
  /** Whether `commit` only moved line breaks and spaces in the file; false when unsure (no parent, new file). */
  const onlyLayout = (commit: string) => {
    try {
      return layoutFree(git('show', `${commit}:${name}`)) === layoutFree(git('show', `${commit}^:${name}`));
    } catch {
      return false;
    }
  };
  try {
    const commits = git('log', `-${MAX_REWRAPS + 1}`, '--format=%H %cI', '--', name)
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]);
    if (commits.length === 0) return null;
    const counted = commits.find(([hash], i) => i === commits.length - 1 || !onlyLayout(hash)) ?? commits[0]!;
    const date = new Date(counted[1]);
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
