import { describe, expect, it } from 'vitest';
import { knownAreas, knownCountries } from '../../src/features/countries/areas.js';
import { organisationTypes } from '../../src/features/organisations/types.js';
import { policyAreaSlugs } from '../../src/features/policy-areas/policy-areas.js';
import { locales } from '../../src/web/i18n/locales.js';
import { allDemoOrganisations } from '../loader.js';

const bySlug = new Map(allDemoOrganisations.map((o) => [o.slug, o]));

/** The partners issue 13 adds (notes/issue13-brief.md); catalogue items name them by these slugs. */
const addedSlugs = [
  'undp', 'uncdf', 'uncitral', 'unodc', 'wipo', 'unescap', 'uneca', 'uneclac', 'unescwa', 'afdb', 'adb', 'idb', 'ebrd', 'ifc',
  'afreximbank', 'gsma', 'better-than-cash-alliance', 'afi', 'cgap', 'icc', 'african-union', 'afcfta-secretariat', 'ecowas', 'comesa',
  'eac', 'smart-africa', 'global-alliance-for-trade-facilitation', 'european-commission', 'giz', 'jica', 'fcdo', 'trademark-africa',
  'commonwealth-secretariat', 'oif', 'apec', 'mojaloop-foundation', 'gfce', 'icpen', 'google', 'mastercard-foundation',
];

describe('demo partner directory', () => {
  it('holds at least 60 organisations, each slug once, the added ones included', () => {
    expect(allDemoOrganisations.length).toBeGreaterThanOrEqual(60);
    expect(bySlug.size).toBe(allDemoOrganisations.length);
    expect(addedSlugs.filter((slug) => !bySlug.has(slug))).toEqual([]);
  });

  it('describes every organisation in English, French and Spanish, with a source', () => {
    for (const o of allDemoOrganisations) {
      for (const locale of locales) {
        expect(o.text[locale]?.name.trim(), `${o.slug} ${locale}`).toBeTruthy();
        expect(o.text[locale]?.description.length, `${o.slug} ${locale}`).toBeGreaterThan(100);
      }
      expect(o.source.length, o.slug).toBeGreaterThan(20);
    }
  });

  it('uses only known types, policy areas, countries and https websites', () => {
    for (const o of allDemoOrganisations) {
      expect(organisationTypes, o.slug).toContain(o.type);
      expect(o.policyAreas.length, o.slug).toBeGreaterThan(0);
      for (const area of o.policyAreas) expect(policyAreaSlugs, o.slug).toContain(area);
      if (o.hqCountry) expect(knownCountries.has(o.hqCountry), `${o.slug} ${o.hqCountry}`).toBe(true);
      if (o.website) expect(o.website, o.slug).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
    }
  });

  it('gives every organisation a coverage in the catalogue vocabulary, its region for a regional body', () => {
    for (const o of allDemoOrganisations) {
      expect(o.activeIn.length, o.slug).toBeGreaterThan(0);
      for (const code of o.activeIn) expect(knownAreas.has(code), `${o.slug}: ${code}`).toBe(true);
    }
    // Regional and national bodies name their region or countries.
    for (const slug of ['asean', 'unece', 'eif', 'us-ftc', 'afdb', 'uneca', 'ecowas', 'eac', 'idb', 'unescap']) {
      expect(bySlug.get(slug)?.activeIn, slug).not.toContain('001');
    }
    expect(bySlug.get('eif')?.activeIn).toEqual(['ldc']);
    expect(bySlug.get('ecowas')?.activeIn).not.toContain('MLI'); // left ECOWAS in January 2025
  });

  it('types the private-sector council and the group of countries as what they are', () => {
    expect(bySlug.get('business-for-etrade-development')?.type).toBe('business-association');
    expect(bySlug.get('icc')?.type).toBe('business-association');
    expect(bySlug.get('gsma')?.type).toBe('business-association');
    const friends = bySlug.get('friends-of-e-commerce-for-development')!;
    expect(friends.type).toBe('country-group');
    expect(friends.policyAreas).not.toContain('payment-solutions');
    expect(friends.activeIn).toContain('KEN');
  });
});
