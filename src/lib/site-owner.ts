/**
 * Who runs the site, read from ./site-config (the one configuration file) and
 * checked: a wrong e-mail or URL stops the build with a clear Danish message;
 * what is unset is listed, so the build can warn and the pages can say so.
 */
export interface SiteOwnerInput {
  owner: { name: string; url: string } | null;
  contactEmail: string | null;
  /** Where readers report accessibility problems: the WAS form or the owner's own. */
  accessibilityFeedbackUrl: string | null;
  /** The accessibility statement as published in the Agency for Digital Government's WAS tool. */
  accessibilityStatementUrl: string | null;
}

export interface SiteOwner {
  owner: { name: string; url: string } | null;
  contact: { email: string; href: string } | null;
  /** A link for accessibility feedback: the feedback URL, else the contact e-mail. */
  accessibilityFeedback: { label: string; href: string } | null;
  accessibilityStatementUrl: string | null;
  /** Danish names of the settings still unset (empty when all are set). */
  missing: string[];
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
const CONFIG_FILE = 'src/lib/site-config.ts';

function checkUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${CONFIG_FILE}: ${field} er ikke en gyldig adresse: "${value}". Skriv hele adressen, fx https://…`,
    );
  }
  if (url.protocol !== 'https:') throw new Error(`${CONFIG_FILE}: ${field} skal begynde med https:// ("${value}").`);
  return url.href;
}

export function resolveSiteOwner(input: SiteOwnerInput): SiteOwner {
  const missing: string[] = [];
  let owner: SiteOwner['owner'] = null;
  if (input.owner) {
    const name = input.owner.name.trim();
    if (!name) throw new Error(`${CONFIG_FILE}: owner.name er tom. Skriv ejerens navn, eller sæt owner til null.`);
    owner = { name, url: checkUrl(input.owner.url, 'owner.url') };
  } else missing.push('sitets ejer (owner)');

  let contact: SiteOwner['contact'] = null;
  if (input.contactEmail) {
    const email = input.contactEmail.trim();
    if (!EMAIL.test(email))
      throw new Error(`${CONFIG_FILE}: contactEmail er ikke en e-mailadresse: "${input.contactEmail}".`);
    contact = { email, href: `mailto:${email}` };
  } else missing.push('kontakt-e-mail (contactEmail)');

  let accessibilityFeedback: SiteOwner['accessibilityFeedback'] = null;
  if (input.accessibilityFeedbackUrl) {
    accessibilityFeedback = {
      label: 'Skriv til os om tilgængelighed',
      href: checkUrl(input.accessibilityFeedbackUrl, 'accessibilityFeedbackUrl'),
    };
  } else if (contact) accessibilityFeedback = { label: contact.email, href: contact.href };
  else missing.push('link til feedback om tilgængelighed (accessibilityFeedbackUrl)');

  const accessibilityStatementUrl = input.accessibilityStatementUrl
    ? checkUrl(input.accessibilityStatementUrl, 'accessibilityStatementUrl')
    : null;
  if (!accessibilityStatementUrl) missing.push('tilgængelighedserklæringen i WAS-tool (accessibilityStatementUrl)');

  return { owner, contact, accessibilityFeedback, accessibilityStatementUrl, missing };
}

/** The build's warning while settings are unset, or null when all are set. */
export function siteOwnerWarning(site: SiteOwner): string | null {
  if (site.missing.length === 0) return null;
  return (
    `\n[Partnerskabsguiden] ADVARSEL: ${CONFIG_FILE} mangler: ${site.missing.join(', ')}.\n` +
    '  Siderne siger derfor, at sitet er en uafhængig netudgave af kilderne, og nævner ingen ejer eller kontakt.\n'
  );
}
