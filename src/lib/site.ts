/** Site-wide constants: one place for names, navigation and configurable links. */
export const SITE_NAME = 'Partnerskabsguiden';
export const SITE_TAGLINE = 'Inspiration og vejledning til tværsektorielle partnerskaber';

export const NAV = [
  { href: '/cases/', label: 'Cases' },
  { href: '/procesguide/', label: 'Procesguide' },
  { href: '/viden/', label: 'Viden' },
  { href: '/soeg/', label: 'Søg' },
] as const;

/**
 * The Agency for Digital Government's WAS-tool (web accessibility statement).
 * Public-sector sites link their statement there; set the site's own URL here
 * when it has been published. null = not yet published (the page says so).
 */
export const WAS_TOOL_URL: string | null = null;

/** Contact for accessibility feedback; null until the owner provides one. */
export const ACCESSIBILITY_CONTACT: { label: string; href: string } | null = null;
