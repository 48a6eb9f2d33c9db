import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { notFound } from '../../lib/errors.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import { actorOf, formFields } from '../accounts/forms.js';
import { idParam } from '../workspace/access.js';
import { actsForCountry, countryForbidden, countryParam } from './country-access.js';
import { assessmentCreator, assessmentResult, assessmentScores, countryAssessments, findAssessment, parsedAnswers } from './assessments.js';
import { currentQuestionnaire, questionnaireOf } from './questionnaire.js';
import { AssessmentForm } from './views/assessment-form.js';
import { AssessmentHistory } from './views/assessment-history.js';
import { AssessmentResult } from './views/assessment-result.js';

type Ctx = Context<AppEnv>;
type Country = { iso3: string; name: string };

/**
 * Readiness self-assessment: the questionnaire (focal points of the country and the secretariat),
 * an assessment's result with its chart and recommended solutions, a country's assessments over time.
 */
export function assessmentPages(deps: AppDeps) {
  const { db } = deps;

  const formPage = (c: Ctx, country: Country, values: Record<string, string>, errors: FieldErrors = {}, status: ContentfulStatusCode = 200) => {
    const { t, locale } = c.var;
    return render(
      c,
      { title: t('assessments.form.title', { country: country.name }) },
      <AssessmentForm t={t} locale={locale} iso3={country.iso3} countryName={country.name} questionnaire={currentQuestionnaire} token={c.var.csrfToken()} values={values} errors={errors} />,
      status,
    );
  };

  /** A signed-in user who may not assess this country: a 403 that says who may. */
  const forbiddenPage = (c: Ctx, country: Country) => {
    const t = c.var.t;
    return countryForbidden(c, {
      title: t('assessments.forbidden.title'),
      text: t('assessments.forbidden.text', { country: country.name }),
      link: { href: `/countries/${country.iso3}/assessments`, label: t('assessments.forbidden.read', { country: country.name }) },
    });
  };

  return new Hono<AppEnv>()
    .get('/countries/:iso3/assessment/new', gate('signedIn'), async (c) => {
      const country = await countryParam(c, db);
      if (!actsForCountry(c.var.user, country.iso3)) return forbiddenPage(c, country);
      return formPage(c, country, {});
    })
    .post('/countries/:iso3/assessments', gate('signedIn'), async (c) => {
      const country = await countryParam(c, db);
      const iso3 = country.iso3;
      if (!actsForCountry(c.var.user, iso3)) return forbiddenPage(c, country);
      const values = await formFields(c);
      const parsed = parsedAnswers(values, c.var.t);
      if (!parsed.answers) return formPage(c, country, values, parsed.errors, 422);
      const actor = actorOf(c);
      const id = await db.transaction().execute((trx) => assessmentCreator(trx, { country: iso3, answers: parsed.answers, authorId: actor.userId }, actor));
      deps.responseCache.clear();
      return c.redirect(`/countries/${iso3}/assessments/${id}?done=saved`, 303);
    })
    .get('/countries/:iso3/assessments', gate('public'), async (c) => {
      const { iso3, name } = await countryParam(c, db);
      const { t, locale } = c.var;
      const assessments = (await countryAssessments(db, iso3)).map((assessment) => ({ assessment, scores: assessmentScores(assessment.answers, questionnaireOf(assessment.questionnaire)) }));
      return render(
        c,
        { title: t('assessments.history.title', { country: name }), description: t('seo.assessments', { country: name }), json: `/api/v1/countries/${iso3}/assessments` },
        <AssessmentHistory t={t} locale={locale} iso3={iso3} countryName={name} assessments={assessments} canAssess={actsForCountry(c.var.user, iso3)} />,
      );
    })
    .get('/countries/:iso3/assessments/:id', gate('public'), async (c) => {
      const { iso3, name } = await countryParam(c, db);
      const assessment = await findAssessment(db, idParam(c.req.param('id')));
      if (!assessment || assessment.country !== iso3) throw notFound('The assessment');
      const { t, locale } = c.var;
      doneNotice(c, { saved: 'assessments.done.saved' });
      const result = await assessmentResult(db, assessment, locale);
      return render(
        c,
        { title: t('assessments.result.title', { country: name }), description: t('seo.assessments', { country: name }), json: `/api/v1/assessments/${assessment.id}` },
        <AssessmentResult t={t} locale={locale} assessment={assessment} countryName={name} {...result} canAssess={actsForCountry(c.var.user, iso3)} />,
      );
    });
}
