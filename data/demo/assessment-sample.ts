import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { type Answers, assessmentCreator } from '../../src/features/connect/assessments.js';
import { currentQuestionnaire } from '../../src/features/connect/questionnaire.js';

/**
 * One sample readiness self-assessment for Senegal (an LDC; the demo's sample requests and action
 * matrix are for it too). The answers are made up: the assessment is marked sample, and every page
 * and the API say so. Nothing here describes Senegal's real situation.
 */

export const sampleAssessmentCountry = 'SEN';
export const sampleAssessmentDate = '2025-11-20T10:00:00.000Z';

/** Made-up answers: 0–4 on the stated scale, null for "don't know". */
export const sampleAssessmentAnswers: Answers = {
  'rs-strategy': 3,
  'rs-action-plan': 2,
  'rs-coordination': 2,
  'rs-dialogue': 3,
  'rs-statistics': 1,
  'rs-assessment': 4,
  'ict-mobile-coverage': 3,
  'ict-affordability': 2,
  'ict-rural': 1,
  'ict-fixed': 2,
  'ict-ixp-data-centres': 3,
  'ict-power': 2,
  'tl-addressing': 1,
  'tl-postal': 1,
  'tl-de-minimis': null,
  'tl-single-window': 3,
  'tl-last-mile': 1,
  'pay-accounts': 2,
  'pay-mobile-money': 4,
  'pay-interoperability': 2,
  'pay-cards': 2,
  'pay-cross-border': 1,
  'pay-regulation': 3,
  'legal-e-transactions': 3,
  'legal-consumer-protection': 2,
  'legal-data-protection': 3,
  'legal-cybercrime': 3,
  'legal-online-disputes': 1,
  'legal-enforcement': 2,
  'skills-msmes': 1,
  'skills-training': 2,
  'skills-curricula': 2,
  'skills-awareness': 2,
  'skills-civil-servants': null,
  'skills-ict-professionals': 2,
  'fin-msme-credit': 1,
  'fin-venture-capital': 0,
  'fin-public-support': 2,
  'fin-alternative': 1,
  'fin-women': 1,
  'fin-development-partners': 2,
};

/** Adds the sample assessment unless the country already has one marked sample: loading twice changes nothing. */
export async function loadSampleAssessment(trx: Kysely<Database>): Promise<{ added: number; kept: number }> {
  const held = await trx.selectFrom('assessments').select('id').where('countryIso3', '=', sampleAssessmentCountry).where('isSample', '=', 1).execute();
  if (held.length > 0) return { added: 0, kept: held.length };
  const country = await trx.selectFrom('countries').select('iso3').where('iso3', '=', sampleAssessmentCountry).executeTakeFirst();
  if (!country) return { added: 0, kept: 0 };
  await assessmentCreator(trx, {
    country: sampleAssessmentCountry,
    answers: sampleAssessmentAnswers,
    questionnaire: currentQuestionnaire.version,
    isSample: true,
    createdAt: sampleAssessmentDate,
  });
  return { added: 1, kept: 0 };
}
