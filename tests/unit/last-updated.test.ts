import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDay, gitCommitDate, lastUpdated } from '../../src/lib/last-updated';

const now = new Date('2026-11-23T10:00:00Z');

describe('lastUpdated', () => {
  it('takes the newest git date among the files', () => {
    const dates: Record<string, Date> = { a: new Date('2025-03-01T12:00:00Z'), b: new Date('2026-01-05T12:00:00Z') };
    const result = lastUpdated(['a', 'b', 'unknown'], { gitDate: (f) => dates[f] ?? null, now });
    expect(result).toEqual({ iso: '2026-01-05', label: '5. januar 2026', source: 'git' });
  });

  it('falls back to the build date when git knows none of the files', () => {
    expect(lastUpdated('x.mdx', { gitDate: () => null, now })).toEqual({
      iso: '2026-11-23',
      label: '23. november 2026',
      source: 'build',
    });
  });

  it('uses the Danish day, not the UTC day, for a commit late in the evening', () => {
    expect(describeDay(new Date('2026-06-30T22:30:00Z'), 'git').iso).toBe('2026-07-01');
  });

  it(
    'reads a committed file from this repository, and answers null (not an error) ' + 'for a file git does not know',
    () => {
      const known = gitCommitDate('package.json');
      // In a checkout without git history (an exported tarball) the fallback is the answer; in git, a real date.
      if (known) expect(known.getTime()).toBeLessThanOrEqual(Date.now());
      const dir = mkdtempSync(join(tmpdir(), 'pg-last-updated-'));
      const untracked = join(dir, 'ny.mdx');
      writeFileSync(untracked, 'x');
      expect(gitCommitDate(untracked)).toBeNull();
      expect(lastUpdated(untracked, { now }).source).toBe('build');
    },
  );

  it('skips a commit that only moves line breaks and spaces: rewrapped text is not an update', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-last-updated-git-'));
    const file = join(dir, 'tekst.mdx');
    const commit = (text: string, date: string) => {
      writeFileSync(file, text);
      const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
      git('add', 'tekst.mdx');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', date);
    };
    execFileSync('git', ['init', '-q'], { cwd: dir });
    commit(
      '---\ntitle: Et kapitel\n---\n\nEn lang sætning om partnerskaber.\n\nEt afsnit mere.\n',
      '2026-03-01T12:00:00Z',
    );
    commit(
      '---\ntitle: Et kapitel\n---\n\nEn lang sætning\nom partnerskaber.\n\nEt afsnit mere.\n',
      '2026-04-01T12:00:00Z',
    );
    expect(gitCommitDate(file)?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    // Joining two paragraphs changes the page: that commit counts.
    commit(
      '---\ntitle: Et kapitel\n---\n\nEn lang sætning\nom partnerskaber.\nEt afsnit mere.\n',
      '2026-05-01T12:00:00Z',
    );
    expect(gitCommitDate(file)?.toISOString()).toBe('2026-05-01T12:00:00.000Z');
  });
});
