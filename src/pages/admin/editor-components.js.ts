/**
 * /admin/editor-components.js: registers the site's own MDX components with the
 * CMS's body editor (./_components.ts), Term with the glossary's terms to choose
 * from. Loaded right after the CMS itself, before it starts.
 */
import { getCollection } from 'astro:content';
import { componentSpecs, componentsScript } from './_components';

export async function GET() {
  const terms = (await getCollection('ordliste')).map((e) => ({ id: e.id, term: e.data.term }));
  terms.sort((a, b) => a.term.localeCompare(b.term, 'da'));
  return new Response(componentsScript(componentSpecs(terms)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
