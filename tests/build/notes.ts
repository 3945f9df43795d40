/** The research notes' frontmatter, read from src/content/viden/ for the build tests that check their pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Root } from 'hast';
import { attr, selectAll, type selectOne } from './dist';

export interface Note {
  id: string;
  title: string;
  publisher: string | null;
  authors?: string[];
  dateText?: string;
  funder?: string;
  year?: number;
  knowledgeAreas?: string[];
  context?: string;
}
export const frontmatter = (file: string) => load(readFileSync(file, 'utf8').split(/^---$/m)[1]!);
export const notes: Note[] = readdirSync('src/content/viden').map((f) => ({
  id: f.replace(/\.mdx$/, ''),
  ...(load(readFileSync(join('src/content/viden', f), 'utf8').split(/^---$/m)[1]!) as Omit<Note, 'id'>),
}));

export const hrefsIn = (node: Root | ReturnType<typeof selectOne>) =>
  selectAll('a[href]', node).map((a) => attr(a, 'href'));
