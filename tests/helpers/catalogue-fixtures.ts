import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { itemCreator } from '../../src/features/catalogue/commands.js';
import { buildItem } from '../../src/features/catalogue/factory.js';
import type { ItemSeed } from '../../src/features/catalogue/types.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';

/**
 * A catalogue the API, feed and sitemap tests build themselves (no demo content), so totals and
 * rankings are known on both databases.
 */
const text = (title: string, summary: string, description = `${summary} More about ${title}.`) => ({
  title,
  summary,
  description,
  eligibility: `Open to the partners of ${title}.`,
});

export const fixtures: ItemSeed[] = [
  buildItem({
    slug: 'cybercrime-legislation-toolkit',
    kind: 'tool',
    organisations: ['cyber-watch'],
    policyAreas: ['legal-regulatory'],
    languages: ['en', 'fr'],
    text: {
      en: text('Cybercrime Legislation Toolkit', 'Model laws and checklists to fight cybercrime.', 'Helps governments draft cybercrime laws.'),
      fr: text('Boîte à outils sur la cybercriminalité', 'Lois types et listes de contrôle contre la cybercriminalité.'),
    },
  }),
  buildItem({
    slug: 'cybersecurity-law-survey',
    type: 'resource',
    kind: 'report',
    organisations: ['cyber-watch'],
    policyAreas: ['legal-regulatory', 'ict-infrastructure'],
    text: { en: text('Survey of cybersecurity laws', 'How countries protect data and consumers online.', 'Also covers cybercrime, briefly.') },
  }),
  buildItem({
    slug: 'single-window-guide',
    type: 'resource',
    kind: 'guide',
    organisations: ['trade-lab'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['customs-border-agencies'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    publishedOn: '2016-11',
    text: {
      en: text('Single window implementation guide', 'Steps to plan and roll out an electronic single window.'),
      fr: text('Guide du guichet unique', 'Étapes pour planifier et déployer un guichet unique électronique.'),
    },
  }),
  buildItem({
    slug: 'mobile-money-fund',
    kind: 'financing',
    cost: 'paid',
    organisations: ['pay-fund'],
    policyAreas: ['payment-solutions', 'access-to-financing'],
    beneficiaries: ['msmes'],
    coverage: ['SEN'],
    text: { en: text('Mobile money fund', 'Grants for mobile money and digital payment start-ups in Senegal.') },
  }),
  buildItem({
    slug: 'ldc-readiness',
    organisations: ['trade-lab'],
    policyAreas: ['readiness-assessment'],
    coverage: ['ldc'],
    text: { en: text('Readiness assessments for LDCs', 'How ready least developed countries are for e-commerce.') },
  }),
  buildItem({
    slug: 'women-online',
    kind: 'training',
    organisations: ['trade-lab'],
    policyAreas: ['skills-development'],
    beneficiaries: ['women-entrepreneurs'],
    languages: ['es'],
    sourceLocale: 'es',
    text: { es: text('Mujeres en línea', 'Formación en comercio electrónico para emprendedoras.') },
  }),
  buildItem({
    slug: 'payments-dataset',
    type: 'resource',
    kind: 'dataset',
    organisations: ['pay-fund'],
    policyAreas: ['payment-solutions'],
    coverage: ['142'],
    text: { en: text('Digital payments dataset', 'Figures on digital payments in Asia.') },
  }),
  // Enough solutions to page through and to fill a feed past its 50 entries.
  ...Array.from({ length: 48 }, (_, i) =>
    buildItem({
      slug: `course-${i + 1}`,
      kind: 'training',
      organisations: ['trade-lab'],
      policyAreas: ['skills-development'],
      text: { en: text(`E-commerce course ${i + 1}`, `Lesson ${i + 1} of an online course for small businesses.`) },
    }),
  ),
];
export const solutionCount = fixtures.filter((f) => f.type === 'solution').length; // 52
export const resourceCount = fixtures.length - solutionCount; // 3

/** Three partners and the fixtures, the feeds' newest two items edited last. */
export async function seedCatalogueFixtures(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [slug, name] of [
      ['cyber-watch', 'Cybercrime Watch Network'],
      ['trade-lab', 'Trade Lab'],
      ['pay-fund', 'Payments Fund'],
    ] as const) {
      await organisationCreator(trx, buildOrganisation({ slug, text: { en: { name, description: `${name}, a partner of the hub.` } } }));
    }
    for (const item of fixtures) await itemCreator(trx, item);
  });
  // The newest items of the feeds: edited after all the others.
  const later = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
  await db.updateTable('items').set({ updatedAt: later(60) }).where('slug', '=', 'mobile-money-fund').execute();
  await db.updateTable('items').set({ updatedAt: later(30) }).where('slug', '=', 'cybercrime-legislation-toolkit').execute();
}
