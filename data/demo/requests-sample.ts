import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { buildRequest } from '../../src/features/connect/factory.js';
import { requestCreator } from '../../src/features/connect/requests.js';
import type { RequestSeed } from '../../src/features/connect/types.js';

/**
 * Made-up requests for assistance from Least Developed Countries, marked sample everywhere, so the
 * requests pages and the matching engine can be explored on a fresh install. The bodies and contacts
 * are invented (example.org addresses).
 */
export const sampleRequests: RequestSeed[] = [
  buildRequest({
    country: 'NPL',
    requesterKind: 'government',
    requesterBody: 'Ministry of Industry, Commerce and Supplies (sample)',
    contactName: 'Sample contact, Nepal',
    contactEmail: 'requests-npl@example.org',
    title: 'Interoperable mobile payments for small online sellers',
    description:
      'Small sellers in Nepal struggle to accept payments online: wallets do not talk to each other and cross-border payments are slow. We would like technical assistance to design an interoperable payment switch and advice on the rules that should govern it.',
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    supportKinds: ['technical-assistance', 'policy-advice'],
    languages: ['en'],
    urgency: 'high',
    isSample: true,
  }),
  buildRequest({
    country: 'SEN',
    requesterKind: 'government',
    requesterBody: 'Ministère du Commerce (exemple)',
    contactName: 'Contact fictif, Sénégal',
    contactEmail: 'requests-sen@example.org',
    title: 'Cadre juridique du commerce électronique et protection des consommateurs',
    description:
      'Le Sénégal révise sa loi sur les transactions électroniques. Nous cherchons un appui pour aligner le texte sur les standards internationaux (signature électronique, protection des consommateurs en ligne, protection des données) et former les magistrats.',
    sourceLocale: 'fr',
    policyAreas: ['legal-regulatory'],
    supportKinds: ['policy-advice', 'training'],
    languages: ['fr'],
    urgency: 'medium',
    isSample: true,
  }),
  buildRequest({
    country: 'HTI',
    requesterKind: 'business-association',
    requesterBody: 'Association of small exporters (sample)',
    contactName: 'Sample contact, Haiti',
    contactEmail: 'requests-hti@example.org',
    title: 'Training and financing for small businesses selling online',
    description:
      'Our members are small producers who want to sell crafts and food products online to the diaspora. They need training in digital marketing and logistics, and access to small loans to build their online shops.',
    policyAreas: ['skills-development', 'access-to-financing'],
    supportKinds: ['training', 'financing'],
    languages: ['fr', 'en'],
    urgency: 'medium',
    isSample: true,
  }),
  buildRequest({
    country: 'ETH',
    requesterKind: 'government',
    requesterBody: 'Ministry of Trade and Regional Integration (sample)',
    contactName: 'Sample contact, Ethiopia',
    contactEmail: 'requests-eth@example.org',
    title: 'E-commerce readiness assessment and national strategy',
    description:
      'Ethiopia wants to take stock of its e-commerce readiness and draft a national e-commerce strategy with an action plan, covering ICT infrastructure, trade logistics and the data needed to follow progress.',
    policyAreas: ['readiness-assessment', 'ict-infrastructure', 'trade-logistics'],
    supportKinds: ['technical-assistance', 'data'],
    languages: ['en'],
    urgency: 'low',
    isSample: true,
  }),
];

/** Add the sample requests that are missing (by title); loading twice changes nothing. */
export async function loadSampleRequests(trx: Kysely<Database>): Promise<{ added: number; kept: number }> {
  const existing = new Set((await trx.selectFrom('requests').select('title').where('isSample', '=', 1).execute()).map((r) => r.title));
  let added = 0;
  for (const seed of sampleRequests) {
    if (existing.has(seed.title)) continue;
    await requestCreator(trx, seed, null);
    added += 1;
  }
  return { added, kept: sampleRequests.length - added };
}
