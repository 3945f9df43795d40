import { describe, expect, it } from 'vitest';
import { resolveSiteOwner, siteOwnerWarning, type SiteOwnerInput } from '../../src/lib/site-owner';

const unset: SiteOwnerInput = {
  owner: null,
  contactEmail: null,
  accessibilityFeedbackUrl: null,
  accessibilityStatementUrl: null,
};
const set: SiteOwnerInput = {
  owner: { name: 'Eksempelstyrelsen', url: 'https://eksempel.dk/' },
  contactEmail: 'kontakt@eksempel.dk',
  accessibilityFeedbackUrl: 'https://was.digst.dk/eksempel-feedback',
  accessibilityStatementUrl: 'https://was.digst.dk/eksempel',
};

describe('site owner configuration', () => {
  it('unset: nothing invented, every setting listed as missing, the build warns', () => {
    const site = resolveSiteOwner(unset);
    expect(site.owner).toBeNull();
    expect(site.contact).toBeNull();
    expect(site.accessibilityFeedback).toBeNull();
    expect(site.accessibilityStatementUrl).toBeNull();
    expect(site.missing).toHaveLength(4);
    expect(siteOwnerWarning(site)).toMatch(/ADVARSEL: src\/lib\/site-config\.ts mangler: sitets ejer/);
  });

  it('set: owner, contact and links as given, no warning', () => {
    const site = resolveSiteOwner(set);
    expect(site.owner).toEqual({ name: 'Eksempelstyrelsen', url: 'https://eksempel.dk/' });
    expect(site.contact).toEqual({ email: 'kontakt@eksempel.dk', href: 'mailto:kontakt@eksempel.dk' });
    expect(site.accessibilityFeedback?.href).toBe('https://was.digst.dk/eksempel-feedback');
    expect(site.accessibilityStatementUrl).toBe('https://was.digst.dk/eksempel');
    expect(site.missing).toEqual([]);
    expect(siteOwnerWarning(site)).toBeNull();
  });

  it('without a feedback URL, accessibility feedback goes to the contact e-mail', () => {
    const site = resolveSiteOwner({ ...set, accessibilityFeedbackUrl: null });
    expect(site.accessibilityFeedback).toEqual({ label: 'kontakt@eksempel.dk', href: 'mailto:kontakt@eksempel.dk' });
    expect(site.missing).toEqual([]);
  });

  it('a wrong e-mail or a non-https URL stops the build with a Danish message naming the field', () => {
    expect(() => resolveSiteOwner({ ...set, contactEmail: 'ikke en adresse' })).toThrow(
      /contactEmail er ikke en e-mailadresse/,
    );
    expect(() => resolveSiteOwner({ ...set, owner: { name: 'X', url: 'http://eksempel.dk' } })).toThrow(
      /owner\.url skal begynde med https/,
    );
    expect(() => resolveSiteOwner({ ...set, owner: { name: ' ', url: 'https://eksempel.dk' } })).toThrow(
      /owner\.name er tom/,
    );
    expect(() => resolveSiteOwner({ ...set, accessibilityStatementUrl: 'was.digst.dk' })).toThrow(
      /accessibilityStatementUrl er ikke en gyldig adresse/,
    );
  });
});
