/**
 * Det Fælles Designsystem's button component brings variants and state
 * classes this site never uses (warning and icon-only buttons, button groups,
 * classes that imitate :hover and :active, a disabled class). Dropping them
 * from the built CSS saves about 0.4 KB gzip on every page. The list is
 * explicit, and a unit test checks that no page, component or island uses a
 * class on it, so a class taken into use fails the test instead of losing its
 * style silently.
 */

/** dkfds classes the site does not use: a selector naming one of them is dropped. */
export const UNUSED_DKFDS_CLASSES = [
  'button-warning',
  'button-icon-only',
  'button-group',
  'button-wrapper',
  'button-hover',
  'button-active',
  'xs-full-width',
  'icon-svg',
  'disabled',
] as const;

const NAMES = new RegExp(`\\.(?:${UNUSED_DKFDS_CLASSES.join('|')})(?![\\w-])`);

/** A selector list split at its top-level commas (not those inside :is(), :not() and the like). */
function topLevelParts(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, selector.slice(start)];
}

/**
 * A rule's selector without the selectors that name an unused class; "" when
 * none is left. A selector that names one only inside parentheses is kept
 * whole: dropping it would change what the rest matches.
 */
export function withoutUnused(selector: string): string {
  return topLevelParts(selector)
    .filter((part) => !NAMES.test(part.replace(/\([^()]*\)/g, '')))
    .join(',');
}

interface CssRule {
  selector: string;
  remove(): void;
}

/** The PostCSS plugin (Vite runs it over every stylesheet it builds). */
export function dropUnusedDkfds() {
  return {
    postcssPlugin: 'partnerskabsguiden-drop-unused-dkfds',
    Rule(rule: CssRule) {
      const kept = withoutUnused(rule.selector);
      if (!kept.trim()) rule.remove();
      else if (kept !== rule.selector) rule.selector = kept;
    },
  };
}
