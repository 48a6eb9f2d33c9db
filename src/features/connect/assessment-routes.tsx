import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import type { CurrentUser } from '../accounts/current-user.js';
import { actorOf, formFields } from '../accounts/forms.js';
import { findCountryByIso3 } from '../countries/queries.js';
import { countryName } from '../countries/reference.js';
import { idParam } from '../workspace/access.js';
import { assessmentCreator, assessmentResult, assessmentScores, countryAssessments, findAssessment, parsedAnswers } from './assessments.js';
import { currentQuestionnaire, questionnaireOf } from './questionnaire.js';
import { AssessmentForm } from './views/assessment-form.js';
import { AssessmentHistory } from './views/assessment-history.js';
import { AssessmentResult } from './views/assessment-result.js';

type Ctx = Context<AppEnv>;

/** Who may save an assessment for a country: its focal points and the secretariat. */
export function canAssess(user: CurrentUser | null, iso3: string): boolean {
  return user !== null && (user.hubRole === 'secretariat' || user.focalPointCountries.includes(iso3));
}

/** The country in the URL (ISO3, any case), or 404. */
async function countryOf(c: Ctx, db: Kysely<Database>): Promise<string> {
  const iso3 = c.req.param('iso3') ?? '';
  if (!/^[A-Za-z]{3}$/.test(iso3)) throw notFound('Country');
  const country = await findCountryByIso3(db, iso3);
  if (!country) throw notFound('Country');
  return country.iso3;
}

/**
 * Readiness self-assessment: the questionnaire (focal points of the country and the secretariat),
 * an assessment's result with its chart and recommended solutions, a country's assessments over time.
 */
export function assessmentPages(deps: AppDeps) {
  const { db } = deps;

  const formPage = (c: Ctx, iso3: string, values: Record<string, string>, errors: FieldErrors = {}, status: ContentfulStatusCode = 200) => {
    const { t, locale } = c.var;
    const name = countryName(iso3, locale);
    return render(
      c,
      { title: t('assessments.form.title', { country: name }) },
      <AssessmentForm t={t} locale={locale} iso3={iso3} countryName={name} questionnaire={currentQuestionnaire} token={c.var.csrfToken()} values={values} errors={errors} />,
      status,
    );
  };

  /** A signed-in user who may not assess this country: a 403 that says who may. */
  const forbiddenPage = (c: Ctx, iso3: string) => {
    const { t, locale } = c.var;
    const name = countryName(iso3, locale);
    c.header('Cache-Control', 'private, no-store');
    return render(
      c,
      { title: t('assessments.forbidden.title') },
      <>
        <h1>{t('assessments.forbidden.title')}</h1>
        <p>{t('assessments.forbidden.text', { country: name })}</p>
        <p>
          <a href={`/countries/${iso3}/assessments`}>{t('assessments.forbidden.read', { country: name })}</a>
        </p>
      </>,
      403,
    );
  };

  return new Hono<AppEnv>()
    .get('/countries/:iso3/assessment/new', gate('signedIn'), async (c) => {
      const iso3 = await countryOf(c, db);
      if (!canAssess(c.var.user, iso3)) return forbiddenPage(c, iso3);
      return formPage(c, iso3, {});
    })
    .post('/countries/:iso3/assessments', gate('signedIn'), async (c) => {
      const iso3 = await countryOf(c, db);
      if (!canAssess(c.var.user, iso3)) return forbiddenPage(c, iso3);
      const values = await formFields(c);
      const parsed = parsedAnswers(values, c.var.t);
      if (!parsed.answers) return formPage(c, iso3, values, parsed.errors, 422);
      const actor = actorOf(c);
      const id = await db.transaction().execute((trx) => assessmentCreator(trx, { country: iso3, answers: parsed.answers, authorId: actor.userId }, actor));
      deps.responseCache.clear();
      return c.redirect(`/countries/${iso3}/assessments/${id}?done=saved`, 303);
    })
    .get('/countries/:iso3/assessments', gate('public'), async (c) => {
      const iso3 = await countryOf(c, db);
      const { t, locale } = c.var;
      const name = countryName(iso3, locale);
      const assessments = (await countryAssessments(db, iso3)).map((assessment) => ({ assessment, scores: assessmentScores(assessment.answers, questionnaireOf(assessment.questionnaire)) }));
      return render(
        c,
        { title: t('assessments.history.title', { country: name }), json: `/api/v1/countries/${iso3}/assessments` },
        <AssessmentHistory t={t} locale={locale} iso3={iso3} countryName={name} assessments={assessments} canAssess={canAssess(c.var.user, iso3)} />,
      );
    })
    .get('/countries/:iso3/assessments/:id', gate('public'), async (c) => {
      const iso3 = await countryOf(c, db);
      const assessment = await findAssessment(db, idParam(c.req.param('id')));
      if (!assessment || assessment.country !== iso3) throw notFound('The assessment');
      const { t, locale } = c.var;
      doneNotice(c, { saved: 'assessments.done.saved' });
      const name = countryName(iso3, locale);
      const result = await assessmentResult(db, assessment, locale);
      return render(
        c,
        { title: t('assessments.result.title', { country: name }), json: `/api/v1/assessments/${assessment.id}` },
        <AssessmentResult t={t} locale={locale} assessment={assessment} countryName={name} {...result} canAssess={canAssess(c.var.user, iso3)} />,
      );
    });
}
