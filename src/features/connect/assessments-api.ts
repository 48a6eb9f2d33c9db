import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { errorResponses, langQuery, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { findCountryByIso3 } from '../countries/queries.js';
import { CountryIsoParam } from '../countries/schema.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { type AssessmentRecord, type AssessmentScores, assessmentResult, assessmentScores, countryAssessments, findAssessment, roundScore } from './assessments.js';
import { questionnaireOf } from './questionnaire.js';

const AreaScoreSchema = z
  .object({
    policyArea: z.enum(policyAreaSlugs),
    score: z.number().nullable().openapi({ description: 'Mean of the answers on the 0–4 scale ÷ 4 × 100, one decimal; null when every answer was "don\'t know".' }),
    answered: z.number().int().openapi({ description: 'Questions answered on the 0–4 scale.' }),
    dontKnow: z.number().int(),
    questions: z.number().int(),
  })
  .openapi('AssessmentAreaScore');

const AssessmentSummarySchema = z
  .object({
    id: z.number().int(),
    country: z.string().openapi({ example: 'SEN' }),
    questionnaire: z.string().openapi({ description: 'Version of the questionnaire answered.', example: '2026-1' }),
    date: z.string().openapi({ description: 'When it was saved (ISO 8601).' }),
    isSample: z.boolean().openapi({ description: 'Made-up answers for the demo, not an official assessment.' }),
    overall: z.number().nullable().openapi({ description: 'Mean of the area scores that exist, one decimal.' }),
    areas: z.array(AreaScoreSchema),
    url: z.string(),
  })
  .openapi('AssessmentSummary');

const AssessmentDetailSchema = AssessmentSummarySchema.extend({
  answers: z.record(z.string(), z.number().int().min(0).max(4).nullable()).openapi({ description: 'Question id → answer 0–4, null for "don\'t know".' }),
  weakestAreas: z.array(z.enum(policyAreaSlugs)),
  recommendedSolutions: z.array(z.string()).openapi({ description: 'Slugs of the solutions the matching engine recommends for the weakest areas, best first.' }),
}).openapi('Assessment');

const AssessmentIdParam = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, 'must be a positive whole number')
    .openapi({ param: { name: 'id', in: 'path' }, example: '1' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/countries/{iso3}/assessments',
  tags: ['Assessments'],
  summary: "A country's readiness self-assessments with their scores, oldest first (no author identity)",
  request: { params: CountryIsoParam },
  responses: {
    200: {
      description: "The country's assessments",
      content: { 'application/json': { schema: z.object({ country: z.string(), data: z.array(AssessmentSummarySchema) }) } },
    },
    ...errorResponses,
    ...notFoundResponse,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/assessments/{id}',
  tags: ['Assessments'],
  summary: 'One readiness self-assessment: answers per question id, scores, weakest areas and recommended solution slugs',
  request: { params: AssessmentIdParam, query: z.object({ lang: langQuery }) },
  responses: {
    200: { description: 'The assessment', content: { 'application/json': { schema: z.object({ data: AssessmentDetailSchema }) } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

/** The public fields of an assessment with its scores (an allow-list: never the author). */
function presentSummary(assessment: AssessmentRecord, scores: AssessmentScores) {
  return {
    id: assessment.id,
    country: assessment.country,
    questionnaire: assessment.questionnaire,
    date: assessment.createdAt,
    isSample: assessment.isSample,
    overall: roundScore(scores.overall),
    areas: scores.areas.map((a) => ({ policyArea: a.area, score: roundScore(a.score), answered: a.answered, dontKnow: a.dontKnow, questions: a.questions })),
    url: `/countries/${assessment.country}/assessments/${assessment.id}`,
  };
}

/** GET /api/v1/countries/:iso3/assessments and /api/v1/assessments/:id. */
export function assessmentsApi({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const { iso3 } = c.req.valid('param');
      const country = await findCountryByIso3(db, iso3);
      if (!country) throw notFound(`Country "${iso3}"`);
      const data = (await countryAssessments(db, country.iso3)).map((a) => presentSummary(a, assessmentScores(a.answers, questionnaireOf(a.questionnaire))));
      return c.json({ country: country.iso3, data }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const id = Number(c.req.valid('param').id);
      const assessment = id <= 2_147_483_647 ? await findAssessment(db, id) : undefined;
      if (!assessment) throw notFound(`Assessment ${c.req.valid('param').id}`);
      const { scores, weakest, solutions } = await assessmentResult(db, assessment, c.req.valid('query').lang ?? c.var.locale);
      return c.json(
        {
          data: {
            ...presentSummary(assessment, scores),
            answers: assessment.answers,
            weakestAreas: weakest,
            recommendedSolutions: solutions.map((s) => s.slug),
          },
        },
        200,
      );
    });
}
