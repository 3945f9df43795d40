/**
 * THE ONE PLACE TO SAY WHO RUNS THE SITE. Fill in what the site's owner has
 * decided; leave null what is not decided yet. While the owner or contact is
 * null the build prints a warning and the pages say plainly that the site is an
 * independent online edition of its sources (they never invent an owner).
 *
 *   owner: { name: 'Navn på organisationen', url: 'https://…' },
 *   contactEmail: 'kontakt@…',
 *   accessibilityFeedbackUrl: 'https://was.digst.dk/…' (the WAS form) or the owner's own form,
 *   accessibilityStatementUrl: 'https://was.digst.dk/…' (the statement as published in the WAS tool),
 */
import type { SiteOwnerInput } from './site-owner';

export const SITE_OWNER_CONFIG: SiteOwnerInput = {
  owner: null,
  contactEmail: null,
  accessibilityFeedbackUrl: null,
  accessibilityStatementUrl: null,
};
