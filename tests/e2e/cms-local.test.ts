/**
 * The editors' CMS at /admin/ in local mode, as an editor without a Git host
 * uses it: Sveltia CMS asks for the repository's folder with the File System
 * Access API's directory picker. A headless browser has no dialog to click, so
 * the picker is answered with a real directory handle in the Origin Private
 * File System, filled first with the repository's files; everything after the
 * picker (listing, the form, saving) is the CMS's own local backend. The test
 * then reads the saved file back from that folder.
 *
 * The same run checks that /admin/ needs nothing from another origin: its
 * language file and fonts come from the site (src/pages/admin/_vendor.ts).
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/lib/schemas';
import { baseUrl, openPage, useBrowser } from './browser';

const caseFile = (id: string) => `src/content/cases/${id}.mdx`;
const frontmatterOf = (mdx: string) => load(mdx.split(/^---$/m)[1]!) as Record<string, unknown>;
/** The folder in the origin's private file system that stands in for the editor's checkout. */
const REPO_DIR = 'partnerskabsguiden';

const chromium = useBrowser();

/** Writes files (path → text) into the stand-in checkout, with the `.git` folder the CMS looks for. */
async function fillRepo(page: Page, files: Record<string, string>) {
  await page.evaluate(
    async ({ dir, files }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(dir, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { dir: REPO_DIR, files },
  );
}

async function readRepoFile(page: Page, path: string): Promise<string> {
  return page.evaluate(
    async ({ dir, path }) => {
      let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(dir);
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      return (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
    },
    { dir: REPO_DIR, path },
  );
}

/** Opens /admin/ in local mode on a stand-in checkout holding one case, and opens that case's form. */
async function openCase(id: string) {
  // A context of its own: an empty private file system, and no folder the CMS remembers from before.
  const { page, problems } = await openPage(await chromium.browser.newContext({ locale: 'da-DK' }));
  // The directory picker answers with the stand-in checkout, as the editor's choice in the dialog would.
  await page.addInitScript((dir) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(dir),
    });
  }, REPO_DIR);
  await page.goto(`${baseUrl()}/`);
  const original = readFileSync(caseFile(id), 'utf8');
  await fillRepo(page, { [caseFile(id)]: original });

  await page.goto(`${baseUrl()}/admin/`);
  // The interface is Danish: the CMS found its language file on the site.
  await page.getByRole('button', { name: 'Arbejd med lokalt repository' }).click();
  await page.getByText(String(frontmatterOf(original).title), { exact: true }).click();
  return { page, problems, original };
}

/** Changes the case's short title in the form and saves. Returns the file before and after. */
async function editShortTitle(id: string, shortTitle: string) {
  const { page, problems, original } = await openCase(id);
  const field = page.getByRole('textbox', { name: /^Kort titel/ });
  await expect.poll(() => field.inputValue()).toBe(frontmatterOf(original).shortTitle);
  await field.fill(shortTitle);
  // Save once the CMS has taken the change in, as its preview shows.
  await expect
    .poll(() => page.locator('[aria-label^="Forhåndsvis indhold"]').getByText(shortTitle, { exact: true }).count())
    .toBe(1);
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect.poll(() => readRepoFile(page, caseFile(id))).toMatch(new RegExp(`^shortTitle: ${shortTitle}$`, 'm'));
  const saved = await readRepoFile(page, caseFile(id));
  // Its fonts came from the site, so icons show as icons, not as their names.
  const iconFont = await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"'));
  await page.close();
  return { original, saved, problems, iconFont };
}

describe("the CMS's local mode", () => {
  it("an edit in a case's form is saved in the case file, in Danish, with nothing from another origin", async () => {
    const { original, saved, problems, iconFont } = await editShortTitle('groenne-indkoeb', 'Grønne indkøb');
    // The rest of the file is kept, and the build still accepts it.
    expect(caseSchema.safeParse(frontmatterOf(saved)).error?.issues ?? []).toEqual([]);
    expect(caseSchema.parse(frontmatterOf(saved))).toEqual({
      ...caseSchema.parse(frontmatterOf(original)),
      shortTitle: 'Grønne indkøb',
    });
    expect(saved.split(/^---$/m)[2]!.trim()).toBe(original.split(/^---$/m)[2]!.trim());

    expect(iconFont).toBe(true);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    // The one refused address is GitHub's status page, which the sign-in page's GitHub backend asks about;
    // the CSP keeps it out, and nothing else is refused.
    const notGitHubStatus = (v: string) => !v.includes('https://www.githubstatus.com/');
    expect(problems.cspViolations.filter(notGitHubStatus)).toEqual([]);
    expect(problems.consoleErrors.filter(notGitHubStatus)).toEqual([]);
  });

  it("the body editor shows the case's boxes as boxes, offers only the site's own, and writes a new one", async () => {
    const { page, original } = await openCase('fuldkorn');
    const body = page.getByRole('region', { name: /Tekst/ }).or(page.locator('section[aria-label*="Tekst"]'));
    // The form draws its fields as they scroll into view; the body is the last.
    await expect
      .poll(async () => {
        await page.mouse.move(300, 400);
        await page.mouse.wheel(0, 3000);
        return body.count();
      })
      .toBe(1);
    const boxes = [...original.matchAll(/^<(KortSagt|Faktaboks)\b/gm)].map((m) =>
      m[1] === 'KortSagt' ? 'Kort sagt (citat)' : 'Faktaboks',
    );
    const shown = () => body.getByRole('button', { name: 'Fold sammen' }).allInnerTexts();
    await expect.poll(async () => (await shown()).map((t) => t.replace('expand_more', '').trim())).toEqual(boxes);
    // A new box goes in at the end of the body through its form, and is written as the site's MDX.
    await body.locator('[contenteditable="true"]').first().locator('p').first().click();
    await page.keyboard.press('Control+End');
    await body
      .getByRole('button', { name: /Indsæt/ })
      .first()
      .click();
    const offered = (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.split('\n').at(-1));
    expect(offered).toEqual(['Kort sagt (citat)', 'Faktaboks', 'Begreb fra ordlisten']);
    await page.getByRole('menuitem', { name: /Faktaboks/ }).click();
    await expect.poll(() => body.getByRole('button', { name: 'Fold sammen' }).count()).toBe(boxes.length + 1);
    const added = body.getByRole('group', { name: 'Faktaboks', exact: true }).last();
    await added.getByRole('textbox', { name: /^Overskrift/ }).fill('Ny boks');
    await added.locator('section[aria-label*="Indhold"] [contenteditable="true"]').click();
    await page.keyboard.type('Et punkt i boksen.');
    // Saving before the CMS has taken the typing in would save an empty box: wait until the preview, at the
    // end of the body (drawn as it scrolls into view, like the form), shows both.
    const preview = page.locator('[aria-label^="Forhåndsvis indhold"]');
    const previewShows = async (text: string) => {
      await page.mouse.move(900, 400);
      await page.mouse.wheel(0, 3000);
      return preview.getByText(text, { exact: true }).count();
    };
    await expect.poll(() => previewShows('Faktaboks: Ny boks')).toBe(1);
    await expect.poll(() => previewShows('Et punkt i boksen.')).toBe(1);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const box = '<Faktaboks title="Ny boks">\n\nEt punkt i boksen.\n\n</Faktaboks>';
    await expect.poll(() => readRepoFile(page, caseFile('fuldkorn'))).toContain(box);
    // The rest of the body is kept to the character: the existing boxes, footnotes and line breaks.
    const bodyOf = (mdx: string) => mdx.split(/^---$/m)[2]!.trimEnd();
    expect(bodyOf(await readRepoFile(page, caseFile('fuldkorn')))).toBe(`${bodyOf(original)}\n\n${box}`);
    await page.close();
  });

  // The CMS writes no null: an agreement value the case text says nothing about ("signedBy: null") is left
  // out on save. The schema reads a value left out as null, so the saved file builds and means the same.
  it('a saved case whose agreement has values the text says nothing about still reads the same', async () => {
    const { original, saved } = await editShortTitle('fuldkorn', 'Fuldkorn i kantinen');
    const nulls = Object.entries(frontmatterOf(original).agreement as Record<string, unknown>).filter(
      ([, v]) => v === null,
    );
    expect(nulls.length).toBeGreaterThan(0);
    const before = caseSchema.parse(frontmatterOf(original));
    const after = caseSchema.safeParse(frontmatterOf(saved));
    expect(after.error?.issues ?? []).toEqual([]);
    expect(after.data?.agreement).toEqual(before.agreement);
  });
});
