import type { RequestSeed } from './types.js';

let sequence = 0;

/** A valid request for assistance for tests and the demo; override what the case needs. */
export function buildRequest(overrides: Partial<RequestSeed> = {}): RequestSeed {
  sequence += 1;
  return {
    country: 'NPL',
    requesterKind: 'government',
    requesterBody: `Test ministry ${sequence}`,
    contactName: `Contact ${sequence}`,
    contactEmail: `contact-${sequence}@example.org`,
    title: `Test request ${sequence}`,
    description: `Description of test request ${sequence}: what the country needs and why.`,
    sourceLocale: 'en',
    policyAreas: ['payment-solutions'],
    supportKinds: ['technical-assistance'],
    languages: ['en'],
    urgency: 'medium',
    ...overrides,
  };
}
