import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type Actor, recordAudit } from '../audit/audit.js';
import { type PolicyAreaSlug, policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { matchesFor } from './matching.js';
import { type Questionnaire, currentQuestionnaire, dontKnow, questionNumber, questionnaireOf } from './questionnaire.js';
import { type Match, supportKinds } from './types.js';

/** Question id → the answer on the 0–4 scale, or null for "don't know". */
export type Answers = Record<string, number | null>;

export interface AreaScore {
  area: PolicyAreaSlug;
  /** 0–100, or null when no question of the area was answered on the scale (all "don't know"). */
  score: number | null;
  /** Questions answered 0–4 (the n of the formula). */
  answered: number;
  dontKnow: number;
  questions: number;
}

export interface AssessmentScores {
  areas: AreaScore[];
  /** Mean of the area scores that exist; null when no area has one. */
  overall: number | null;
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

/**
 * The scores of a set of answers: per area, the mean of the values answered on the 0–4 scale,
 * divided by 4 and times 100 ("don't know" left out); overall, the mean of the areas' scores.
 * Answers to questions the questionnaire does not have are ignored.
 */
export function assessmentScores(answers: Answers, questionnaire: Questionnaire = currentQuestionnaire): AssessmentScores {
  const areas = policyAreaSlugs.map((area): AreaScore => {
    const questions = questionnaire.questions.filter((q) => q.area === area);
    const values = questions.map((q) => answers[q.id]).filter((v): v is number => typeof v === 'number');
    const average = mean(values);
    return {
      area,
      score: average === null ? null : (average / 4) * 100,
      answered: values.length,
      dontKnow: questions.filter((q) => answers[q.id] === null).length,
      questions: questions.length,
    };
  });
  return { areas, overall: mean(areas.flatMap((a) => (a.score === null ? [] : [a.score]))) };
}

/** Close enough to the second-weakest area's score for a third area to count among the weakest. */
export const weakestMargin = 10;

/**
 * The areas to start with: the two lowest scores, and a third when it is within `weakestMargin`
 * points of the second. Areas without a score or scoring 100 are left out; ties go by area order.
 */
export function weakestAreas(scores: AssessmentScores): PolicyAreaSlug[] {
  const scored = scores.areas
    .filter((a): a is AreaScore & { score: number } => a.score !== null && a.score < 100)
    .sort((a, b) => a.score - b.score || policyAreaSlugs.indexOf(a.area) - policyAreaSlugs.indexOf(b.area));
  const picked = scored.slice(0, 2);
  const third = scored[2];
  if (third && picked[1] && third.score - picked[1].score <= weakestMargin) picked.push(third);
  return picked.map((a) => a.area);
}

/** A score for people and the API: one decimal at most. */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 10) / 10;
}

/** The form's field for a question. */
export const answerField = (questionId: string) => `q-${questionId}`;

const answerChoice = z.enum(['0', '1', '2', '3', '4', dontKnow]);

/**
 * The posted form checked against the questionnaire: every question needs an answer on the scale or
 * "don't know". Errors are by field, in the page's language, each naming the question's number.
 */
export function parsedAnswers(values: Record<string, string>, t: Translate, questionnaire: Questionnaire = currentQuestionnaire): { answers: Answers; errors?: undefined } | { answers?: undefined; errors: FieldErrors } {
  const schema = z.object(Object.fromEntries(questionnaire.questions.map((q) => [answerField(q.id), answerChoice])));
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    // In the questionnaire's order, so the summary reads like the form.
    const wrong = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    for (const q of questionnaire.questions) {
      const field = answerField(q.id);
      if (wrong.has(field)) errors[field] = t('assessments.form.unansweredSummary', { number: questionNumber(questionnaire, q.id) });
    }
    return { errors };
  }
  const answers: Answers = {};
  for (const q of questionnaire.questions) {
    const value = (parsed.data as Record<string, string>)[answerField(q.id)]!;
    answers[q.id] = value === dontKnow ? null : Number(value);
  }
  return { answers };
}

export interface AssessmentRecord {
  id: number;
  country: string;
  questionnaire: string;
  isSample: boolean;
  createdAt: string;
  answers: Answers;
}

export interface AssessmentSeed {
  country: string;
  answers: Answers;
  questionnaire?: string;
  isSample?: boolean;
  /** ISO timestamp; now unless told (the demo sets its own). */
  createdAt?: string;
  authorId?: string | null;
}

/** Save an assessment and its answers; audited when an actor is given (the demo loader gives none). */
export async function assessmentCreator(trx: Kysely<Database>, seed: AssessmentSeed, actor?: Actor): Promise<number> {
  const questionnaire = seed.questionnaire ?? currentQuestionnaire.version;
  const { id } = await trx
    .insertInto('assessments')
    .values({
      countryIso3: seed.country,
      authorId: seed.authorId ?? null,
      questionnaire,
      isSample: seed.isSample ? 1 : 0,
      createdAt: seed.createdAt ?? new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = Object.entries(seed.answers).map(([question, value]) => ({ assessmentId: id, question, value }));
  if (rows.length) await trx.insertInto('assessmentAnswers').values(rows).execute();
  if (actor) {
    const overall = roundScore(assessmentScores(seed.answers, questionnaireOf(questionnaire)).overall);
    await recordAudit(trx, { actor, action: 'create', entityType: 'assessment', entityId: id, after: { country: seed.country, questionnaire, answers: seed.answers, overall } });
  }
  return id;
}

type AssessmentRow = { id: number; countryIso3: string; questionnaire: string; isSample: number; createdAt: string };

async function withAnswers(db: Kysely<Database>, rows: AssessmentRow[]): Promise<AssessmentRecord[]> {
  if (rows.length === 0) return [];
  const answers = await db
    .selectFrom('assessmentAnswers')
    .select(['assessmentId', 'question', 'value'])
    .where('assessmentId', 'in', rows.map((r) => Number(r.id)))
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    country: r.countryIso3,
    questionnaire: r.questionnaire,
    isSample: Number(r.isSample) === 1,
    createdAt: r.createdAt,
    answers: Object.fromEntries(answers.filter((a) => Number(a.assessmentId) === Number(r.id)).map((a) => [a.question, a.value === null ? null : Number(a.value)])),
  }));
}

const columns = ['id', 'countryIso3', 'questionnaire', 'isSample', 'createdAt'] as const;

/** One assessment with its answers (no author: assessments are public, who saved them is not). */
export async function findAssessment(db: Kysely<Database>, id: number): Promise<AssessmentRecord | undefined> {
  const row = await db.selectFrom('assessments').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? (await withAnswers(db, [row]))[0] : undefined;
}

/** A country's assessments, oldest first. */
export async function countryAssessments(db: Kysely<Database>, iso3: string): Promise<AssessmentRecord[]> {
  const rows = await db.selectFrom('assessments').select(columns).where('countryIso3', '=', iso3).orderBy('createdAt').orderBy('id').execute();
  return withAnswers(db, rows);
}

/** An assessment's scores, its weakest areas and the solutions the matching engine recommends for them. */
export async function assessmentResult(db: Kysely<Database>, assessment: AssessmentRecord, locale: Locale, limit = 6): Promise<{ scores: AssessmentScores; weakest: PolicyAreaSlug[]; solutions: Match[] }> {
  const scores = assessmentScores(assessment.answers, questionnaireOf(assessment.questionnaire));
  const weakest = weakestAreas(scores);
  if (weakest.length === 0) return { scores, weakest, solutions: [] };
  const input = { country: assessment.country, policyAreas: weakest, supportKinds: [...supportKinds], languages: [locale], requesterKind: 'focal-point' as const };
  const { solutions } = await matchesFor(db, input, { limit, locale });
  return { scores, weakest, solutions };
}
