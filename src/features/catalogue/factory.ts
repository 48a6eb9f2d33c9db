import type { ItemSeed } from './types.js';

let sequence = 0;

/** A valid catalogue item for tests, the demo and benchmarks; override what the case needs. */
export function buildItem(overrides: Partial<ItemSeed> = {}): ItemSeed {
  sequence += 1;
  const slug = overrides.slug ?? `test-item-${sequence}`;
  return {
    type: 'solution',
    slug,
    kind: 'technical-assistance',
    organisations: [],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: `https://example.org/${slug}/apply` },
    link: `https://example.org/${slug}`,
    sourceLocale: 'en',
    text: {
      en: {
        title: `Test item ${sequence}`,
        summary: `Summary of test item ${sequence}.`,
        description: `Description of test item ${sequence}.`,
        eligibility: `Open to anyone; free of charge.`,
      },
    },
    source: 'Test data',
    ...overrides,
  };
}
