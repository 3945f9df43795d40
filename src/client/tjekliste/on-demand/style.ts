/**
 * The stylesheet of the controls only JavaScript puts in the bar, linked when the first of them is made, so a
 * first visit carries none of it. Linked by hand: a CSS import would put the sheet on every page (Astro).
 */
import href from './controls.css?url';

let linked: Promise<void> | undefined;

/** Resolves once the sheet applies, or failed to load (the controls then work unstyled). */
export function styled(): Promise<void> {
  linked ??= new Promise<void>((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => done());
    link.addEventListener('error', () => done());
    document.head.append(link);
  });
  return linked;
}
