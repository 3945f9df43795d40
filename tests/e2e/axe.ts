/**
 * axe-core in the page under test, with the WCAG tags the site promises
 * (2.0, 2.1 and 2.2 A/AA). Injected over the DevTools protocol: the page's CSP
 * (rightly) refuses inline scripts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

/**
 * Runs axe on the page (the WCAG tags unless told others); returns one line per violation and how many rules passed.
 */
export async function runAxe(
  page: Page,
  tags: readonly string[] = AXE_TAGS,
): Promise<{ violations: string[]; passes: number }> {
  // Once per document: several states of one page are often checked in a row.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    tags,
  )) as AxeResult;
  return {
    violations: result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    passes: result.passes.length,
  };
}
