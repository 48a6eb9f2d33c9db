import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { actionCreator } from '../../src/features/connect/actions.js';
import type { ActionSeed } from '../../src/features/connect/types.js';

/**
 * A made-up action tracker for Senegal, so that the tracker's pages have something to show. None of it
 * is a commitment of Senegal's government: every action is marked sample, and the pages say so. Some
 * actions answer recommendations of UNCTAD E-Commerce Week 2017 (data/demo/events-2017.ts); evidence
 * links point to example.org, the domain reserved for examples.
 */
const week = 'unctad-e-commerce-week-2017';
const evidence = (path: string) => `https://example.org/e4d-sample/sen/${path}`;

export const sampleActions: ActionSeed[] = (
  [
  {
    country: 'SEN',
    policyArea: 'readiness-assessment',
    title: 'Carry out an eTrade Readiness Assessment and adopt its action matrix',
    lead: 'Ministry of Trade',
    supporting: 'UNCTAD, National e-commerce steering committee',
    priority: 'high',
    targetDate: '2019-06-30',
    status: 'completed',
    recommendationRef: `${week}/ldc-etrade-readiness/r1`,
    notes: [
      { onDate: '2018-11-20', text: 'National consultation workshop held with public and private stakeholders.', evidenceUrl: evidence('consultation-workshop') },
      { onDate: '2019-05-14', text: 'Assessment validated; the action matrix adopted by the steering committee.', evidenceUrl: evidence('assessment-report') },
    ],
  },
  {
    country: 'SEN',
    policyArea: 'readiness-assessment',
    title: 'Add e-commerce questions to the annual business survey',
    lead: 'National Agency of Statistics and Demography',
    supporting: 'Ministry of Trade',
    priority: 'medium',
    targetDate: '2021-12-31',
    status: 'in-progress',
    recommendationRef: `${week}/better-measurement/r1`,
    notes: [{ onDate: '2020-09-01', text: 'Draft questions tested with 40 firms.' }],
  },
  {
    country: 'SEN',
    policyArea: 'ict-infrastructure',
    title: 'Extend broadband to secondary towns under the universal service fund',
    lead: 'Telecommunications and Posts Regulatory Authority',
    supporting: 'Mobile network operators',
    priority: 'high',
    targetDate: '2022-12-31',
    status: 'in-progress',
    recommendationRef: `${week}/broadband-connectivity/r1`,
  },
  {
    country: 'SEN',
    policyArea: 'trade-logistics',
    title: 'Connect express parcels to the electronic single window',
    lead: 'Customs Directorate-General',
    supporting: 'Postal operator, Express carriers',
    priority: 'medium',
    targetDate: '2020-06-30',
    status: 'completed',
    notes: [{ onDate: '2020-07-10', text: 'Low-value parcels now cleared through the single window.', evidenceUrl: evidence('single-window-parcels') }],
  },
  {
    country: 'SEN',
    policyArea: 'payment-solutions',
    title: 'Make mobile money services interoperable',
    lead: 'Central Bank of West African States (national agency)',
    supporting: 'Mobile money operators, Banks',
    priority: 'high',
    targetDate: '2021-06-30',
    status: 'in-progress',
    recommendationRef: `${week}/payment-solutions/r11`,
    notes: [{ onDate: '2021-02-15', text: 'Interoperability rules drafted and shared for comment.' }],
  },
  {
    country: 'SEN',
    policyArea: 'legal-regulatory',
    title: 'Update the consumer protection law to cover online purchases',
    lead: 'Ministry of Trade',
    supporting: 'Consumer associations, Ministry of Justice',
    priority: 'high',
    targetDate: '2020-12-31',
    status: 'in-progress',
    recommendationRef: `${week}/consumer-protection/r9`,
  },
  {
    country: 'SEN',
    policyArea: 'legal-regulatory',
    title: 'Publish a guide to the electronic transactions act for small businesses',
    lead: 'Commission for Personal Data Protection',
    priority: 'low',
    status: 'not-started',
  },
  {
    country: 'SEN',
    policyArea: 'skills-development',
    title: 'Set up a network of women entrepreneurs in e-commerce',
    lead: 'Ministry of Women, Family and Gender',
    supporting: 'Chamber of Commerce, eTrade for Women',
    priority: 'medium',
    targetDate: '2022-03-08',
    status: 'not-started',
    recommendationRef: `${week}/gender-dimension/r1`,
  },
  {
    country: 'SEN',
    policyArea: 'skills-development',
    title: 'Train 500 small businesses to sell online',
    lead: 'Agency for the Development of SMEs',
    supporting: 'Chamber of Commerce, Online marketplaces',
    priority: 'medium',
    targetDate: '2020-12-31',
    status: 'completed',
    notes: [{ onDate: '2020-12-15', text: '520 businesses trained in 12 regions.', evidenceUrl: evidence('training-report') }],
  },
  {
    country: 'SEN',
    policyArea: 'access-to-financing',
    title: 'Open a credit guarantee window for digital start-ups',
    lead: 'Priority Investment Guarantee Fund',
    supporting: 'Commercial banks',
    priority: 'medium',
    targetDate: '2021-12-31',
    status: 'dropped',
    notes: [{ onDate: '2021-04-30', text: 'Dropped: merged into the general SME guarantee scheme.' }],
  },
  {
    country: 'SEN',
    policyArea: 'access-to-financing',
    title: 'List e-commerce firms in the national SME financing programme',
    lead: 'Ministry of Finance',
    priority: 'low',
    status: 'not-started',
  },
  ] satisfies ActionSeed[]
).map((seed) => ({ ...seed, isSample: true }));

/** Add the sample actions that are missing (same country and title); loading twice changes nothing. */
export async function loadSampleActions(trx: Kysely<Database>): Promise<{ added: number; kept: number }> {
  const existing = new Set((await trx.selectFrom('actions').select(['countryIso3', 'title']).execute()).map((a) => `${a.countryIso3}\n${a.title}`));
  let added = 0;
  for (const seed of sampleActions) {
    if (existing.has(`${seed.country}\n${seed.title}`)) continue;
    await actionCreator(trx, null, seed);
    added += 1;
  }
  return { added, kept: sampleActions.length - added };
}
