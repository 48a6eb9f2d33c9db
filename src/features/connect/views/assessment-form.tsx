import { ErrorSummary, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { answerField } from '../assessments.js';
import { type Questionnaire, answerValues, dontKnow, questionNumber } from '../questionnaire.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

export interface AssessmentFormProps {
  t: Translate;
  locale: Locale;
  iso3: string;
  countryName: string;
  questionnaire: Questionnaire;
  token: string;
  /** The posted values, kept on a re-render (field → '0'…'4' or 'dk'). */
  values: Record<string, string>;
  errors: FieldErrors;
}

const choices = [...answerValues.map(String), dontKnow];

/** The scale, stated once above the questions: each value and its meaning. */
export function AnswerScale({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="scale-title">
      <h2 id="scale-title">{t('assessments.scale.title')}</h2>
      <p>{t('assessments.scale.lead')}</p>
      <dl class="facts">
        {answerValues.map((v) => (
          <>
            <dt>{v}</dt>
            <dd>{t(`assessments.scale.${v}`)}</dd>
          </>
        ))}
      </dl>
      <p>{t('assessments.scale.dkHint')}</p>
    </section>
  );
}

/**
 * The questionnaire as a form without JavaScript: a fieldset per policy area, and in it a fieldset
 * per question with a radio button for each value of the scale and one for "don't know".
 */
export function AssessmentForm({ t, locale, iso3, countryName, questionnaire, token, values, errors }: AssessmentFormProps) {
  return (
    <>
      <p>
        <a href={`/countries/${iso3}/assessments`}>{t('assessments.form.back', { country: countryName })}</a>
      </p>
      <h1>{t('assessments.form.title', { country: countryName })}</h1>
      <p>{t('assessments.form.lead')}</p>
      <p class="small muted">{t('assessments.form.questionnaire', { version: questionnaire.version, count: questionnaire.questions.length })}</p>
      <AnswerScale t={t} />
      <ErrorSummary errors={errors} t={t} />
      <PostForm action={`/countries/${iso3}/assessments`} token={token}>
        {policyAreaSlugs.map((area, i) => (
          <fieldset class="area">
            <legend>
              <strong>
                {i + 1}. {policyAreaLabel(t, area)}
              </strong>
            </legend>
            {questionnaire.questions
              .filter((q) => q.area === area)
              .map((q) => {
                const name = answerField(q.id);
                const error = errors[name];
                return (
                  <fieldset class={error ? 'choices invalid' : 'choices'} aria-describedby={error ? `f-${name}-error` : undefined}>
                    <legend>
                      {questionNumber(questionnaire, q.id)} {q.text[locale]}
                    </legend>
                    {error ? (
                      <p class="error" id={`f-${name}-error`}>
                        {t('assessments.form.unanswered')}
                      </p>
                    ) : null}
                    {choices.map((value, j) => (
                      <label>
                        <input type="radio" name={name} value={value} id={j === 0 ? `f-${name}` : undefined} checked={values[name] === value} required />{' '}
                        {value === dontKnow ? t('assessments.scale.dk') : `${value} · ${t(`assessments.scale.${value}`)}`}
                      </label>
                    ))}
                  </fieldset>
                );
              })}
          </fieldset>
        ))}
        <button type="submit">{t('assessments.form.submit')}</button>
      </PostForm>
    </>
  );
}
