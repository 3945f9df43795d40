/** Site-wide constants: one place for names, navigation and who runs the site. */
import { SITE_OWNER_CONFIG } from './site-config';
import { resolveSiteOwner, siteOwnerWarning } from './site-owner';

export const SITE_NAME = 'Partnerskabsguiden';
export const SITE_TAGLINE = 'Inspiration og vejledning til tværsektorielle partnerskaber';

/** The main navigation. Search has its own field (wide screens) and link (phones) in the header. */
export const NAV = [
  { href: '/cases/', label: 'Cases' },
  { href: '/procesguide/', label: 'Procesguide' },
  { href: '/viden/', label: 'Viden' },
  { href: '/temaer/', label: 'Temaer' },
] as const;

/** Owner, contact and accessibility links from src/lib/site-config.ts, checked. */
export const SITE_OWNER = resolveSiteOwner(SITE_OWNER_CONFIG);

// Once per build (the module is evaluated once): say loudly what is unset.
const warning = siteOwnerWarning(SITE_OWNER);
if (warning && !process.env.VITEST) console.warn(warning);

/** The statement in the Agency for Digital Government's WAS tool; null = not yet published (the page says so). */
export const WAS_TOOL_URL: string | null = SITE_OWNER.accessibilityStatementUrl;

/** Contact for accessibility feedback; null until the owner provides one. */
export const ACCESSIBILITY_CONTACT: { label: string; href: string } | null = SITE_OWNER.accessibilityFeedback;

/** The sentence every page shows while no owner is set: what the site is, without inventing who runs it. */
export const INDEPENDENT_EDITION =
  `${SITE_NAME} er en uafhængig netudgave af kilderne. ` +
  'Den er ikke udgivet af de myndigheder, der har skrevet dem.';
