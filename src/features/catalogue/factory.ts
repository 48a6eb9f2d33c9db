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
    link: `https://example.org/${slug}`,
    sourceLocale: 'en',
    text: { en: { title: `Test item ${sequence}`, summary: `Summary of test item ${sequence}.`, description: `Description of test item ${sequence}.` } },
    source: 'Test data',
    ...overrides,
  };
}
