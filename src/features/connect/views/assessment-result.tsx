import { renderBarChart } from '../../../web/charts/charts.js';
import { inline } from '../../../web/charts/svg.js';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { PolicyAreaSlug } from '../../policy-areas/policy-areas.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { type AssessmentRecord, type AssessmentScores, roundScore, weakestMargin } from '../assessments.js';
import { reasonText } from '../matching.js';
import { questionNumber, questionnaireOf } from '../questionnaire.js';
import type { Match } from '../types.js';
import { answerLabel, scoreFormat } from './assessment-format.js';
import { SampleNotice, dayText } from './format.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface AssessmentResultProps {
  t: Translate;
  locale: Locale;
  assessment: AssessmentRecord;
  countryName: string;
  scores: AssessmentScores;
  weakest: PolicyAreaSlug[];
  solutions: Match[];
  /** The viewer may take a new assessment for the country (a focal point of it, the secretariat). */
  canAssess: boolean;
}

/** The scores as a bar chart: one bar per area, the weakest areas highlighted (bold labels too). */
export function scoresChart(props: Pick<AssessmentResultProps, 't' | 'locale' | 'countryName' | 'scores' | 'weakest'>): string {
  const { t, locale, countryName, scores, weakest } = props;
  const format = scoreFormat(locale);
  const overall = roundScore(scores.overall);
  return renderBarChart({
    id: 'assessment-scores',
    title: t('assessments.result.chartTitle', { country: countryName }),
    description: t('assessments.result.chartDescription', { score: overall === null ? t('assessments.noScore') : format(overall) }),
    valueLabel: t('assessments.result.colScore'),
    categoryLabel: t('assessments.result.colArea'),
    bars: scores.areas.map((a) => ({ label: policyAreaLabel(t, a.area), value: roundScore(a.score) ?? undefined, highlight: weakest.includes(a.area) })),
    domain: [0, 100],
    format,
    missing: t('assessments.noScore'),
  });
}

function Formula({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="formula-title">
      <h2 id="formula-title">{t('assessments.result.formulaTitle')}</h2>
      <p>{t('assessments.result.formulaArea')}</p>
      <p>
        <code>{t('assessments.result.formulaAreaSymbols')}</code>
      </p>
      <p>{t('assessments.result.formulaOverall')}</p>
      <p>
        <code>{t('assessments.result.formulaOverallSymbols')}</code>
      </p>
    </section>
  );
}

function Answers({ t, locale, assessment }: { t: Translate; locale: Locale; assessment: AssessmentRecord }) {
  const questionnaire = questionnaireOf(assessment.questionnaire);
  return (
    <details>
      <summary>{t('assessments.result.answersTitle')}</summary>
      {policyAreaSlugs.map((area) => (
        <ScrollTable id={`answers-${area}`} caption={policyAreaLabel(t, area)}>
          <thead>
            <tr>
              <th scope="col">{t('assessments.result.colQuestion')}</th>
              <th scope="col">{t('assessments.result.colAnswer')}</th>
            </tr>
          </thead>
          <tbody>
            {questionnaire.questions
              .filter((q) => q.area === area)
              .map((q) => (
                <tr>
                  <th scope="row">
                    {questionNumber(questionnaire, q.id)} {q.text[locale]}
                  </th>
                  <td>{answerLabel(assessment.answers[q.id], t)}</td>
                </tr>
              ))}
          </tbody>
        </ScrollTable>
      ))}
    </details>
  );
}

/** An assessment's result: scores (chart and table), the formula, the weakest areas and the solutions recommended for them. */
export function AssessmentResult(props: AssessmentResultProps) {
  const { t, locale, assessment, countryName, scores, weakest, solutions, canAssess } = props;
  const iso3 = assessment.country;
  const format = scoreFormat(locale);
  const overall = roundScore(scores.overall);
  const date = dayText(assessment.createdAt, locale);
  const byArea = new Map(scores.areas.map((a) => [a.area, a]));
  return (
    <article>
      <Breadcrumbs
        t={t}
        items={[
          { href: '/countries', label: t('nav.countries') },
          { href: `/countries/${iso3}`, label: countryName },
          { href: `/countries/${iso3}/assessments`, label: t('assessments.nav') },
          { label: date },
        ]}
      />
      <h1>{t('assessments.result.title', { country: countryName })}</h1>
      <SampleNotice show={assessment.isSample} text={t('assessments.sample')} />
      <p>{t('assessments.result.savedOn', { date, version: assessment.questionnaire })}</p>
      <p class="big">
        <strong>{overall === null ? t('assessments.result.overallNone') : t('assessments.result.overall', { score: format(overall) })}</strong>
      </p>
      <section aria-labelledby="scores-title">
        <h2 id="scores-title">{t('assessments.result.scoresTitle')}</h2>
        {inline(scoresChart(props))}
        <ScrollTable id="assessment-scores" class="chart-table" caption={t('assessments.result.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('assessments.result.colArea')}</th>
              <th scope="col">{t('assessments.result.colScore')}</th>
              <th scope="col">{t('assessments.result.colAnswered')}</th>
              <th scope="col">{t('assessments.result.colDontKnow')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.areas.map((a) => (
              <tr class={weakest.includes(a.area) ? 'current' : undefined}>
                <th scope="row">{policyAreaLabel(t, a.area)}</th>
                {a.score === null ? <td class="num missing">{t('assessments.noScore')}</td> : <td class="num">{format(roundScore(a.score)!)}</td>}
                <td class="num">
                  {a.answered} / {a.questions}
                </td>
                <td class="num">{a.dontKnow}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
      <Formula t={t} />
      <section aria-labelledby="weakest-title">
        <h2 id="weakest-title">{t('assessments.result.weakestTitle')}</h2>
        {weakest.length ? (
          <>
            <p>{t('assessments.result.weakestLead', { margin: weakestMargin })}</p>
            <ol>
              {weakest.map((area) => (
                <li>
                  <a href={`/policy-areas/${area}`}>{policyAreaLabel(t, area)}</a>: {format(roundScore(byArea.get(area)!.score)!)}
                </li>
              ))}
            </ol>
            <h3>{t('assessments.result.recommendedTitle')}</h3>
            <p>{t('assessments.result.recommendedLead', { country: countryName })}</p>
            {solutions.length ? (
              <ul class="recommended">
                {solutions.map((s) => (
                  <li>
                    <a href={`/solutions/${encodeURIComponent(s.slug)}`}>{s.name}</a>
                    <br />
                    <span class="small muted">{s.reasons.map((r) => reasonText(r, t)).join(' · ')}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('assessments.result.recommendedNone')}</p>
            )}
          </>
        ) : (
          <p>{t('assessments.result.weakestNone')}</p>
        )}
      </section>
      <Answers t={t} locale={locale} assessment={assessment} />
      <ul class="plain">
        <li>
          <a href={`/countries/${iso3}/assessments`}>{t('assessments.result.history', { country: countryName })}</a>
        </li>
        <li>
          <a href={`/countries/${iso3}`}>{t('assessments.result.country', { country: countryName })}</a>
        </li>
        {canAssess ? (
          <li>
            <a href={`/countries/${iso3}/assessment/new`}>{t('assessments.history.new')}</a>
          </li>
        ) : null}
      </ul>
    </article>
  );
}
