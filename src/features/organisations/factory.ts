import type { OrganisationSeed } from './types.js';

let sequence = 0;

/** A valid organisation for tests and the demo loader; override what the case needs. */
export function buildOrganisation(overrides: Partial<OrganisationSeed> = {}): OrganisationSeed {
  sequence += 1;
  const slug = overrides.slug ?? `test-organisation-${sequence}`;
  return {
    slug,
    acronym: null,
    type: 'un-body',
    hqCountry: 'CHE',
    website: `https://example.org/${slug}`,
    policyAreas: ['readiness-assessment'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: { en: { name: `Test organisation ${sequence}`, description: `Description of test organisation ${sequence}.` } },
    source: 'Test data',
    ...overrides,
  };
}
