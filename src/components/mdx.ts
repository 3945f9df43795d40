/** Components available to every MDX body without an import line. */
import KortSagt from './KortSagt.astro';
import Faktaboks from './Faktaboks.astro';
import Term from './Term.astro';

export const mdxComponents = { KortSagt, Faktaboks, Term };
