import { renderLineChart } from '../../../web/charts/charts.js';
import { inline } from '../../../web/charts/svg.js';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { type AssessmentRecord, type AssessmentScores, roundScore } from '../assessments.js';
import { scoreFormat } from './assessment-format.js';
import { SampleNotice, dayText } from './format.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface AssessmentHistoryProps {
  t: Translate;
  locale: Locale;
  iso3: string;
  countryName: string;
  /** Oldest first, each with its scores. */
  assessments: { assessment: AssessmentRecord; scores: AssessmentScores }[];
  canAssess: boolean;
}

/** The overall score of each assessment as a line, oldest first (x is the assessment's position, labelled by its date). */
export function historyChart({ t, locale, countryName, assessments }: Pick<AssessmentHistoryProps, 't' | 'locale' | 'countryName' | 'assessments'>): string {
  const dates = assessments.map(({ assessment }) => dayText(assessment.createdAt, locale));
  return renderLineChart({
    id: 'assessment-history',
    title: t('assessments.history.chartTitle', { country: countryName }),
    description: t('assessments.history.chartDescription'),
    xLabel: t('assessments.history.chartX'),
    yLabel: t('assessments.history.chartY'),
    series: [{ name: t('assessments.history.chartSeries'), points: assessments.map(({ scores }, i) => ({ x: i + 1, y: roundScore(scores.overall) ?? undefined })) }],
    yDomain: [0, 100],
    format: scoreFormat(locale),
    xFormat: (x) => dates[x - 1] ?? '',
  });
}

/** A country's assessments over time: the overall score as a line, and every score in a table with links. */
export function AssessmentHistory(props: AssessmentHistoryProps) {
  const { t, locale, iso3, countryName, assessments, canAssess } = props;
  const format = scoreFormat(locale);
  const cell = (score: number | null) => (score === null ? <td class="num missing">{t('assessments.noScore')}</td> : <td class="num">{format(roundScore(score)!)}</td>);
  return (
    <article>
      <Breadcrumbs
        t={t}
        items={[
          { href: '/countries', label: t('nav.countries') },
          { href: `/countries/${iso3}`, label: countryName },
          { label: t('assessments.nav') },
        ]}
      />
      <h1>{t('assessments.history.title', { country: countryName })}</h1>
      <p>{t('assessments.history.lead')}</p>
      {canAssess ? (
        <p>
          <a class="button" href={`/countries/${iso3}/assessment/new`}>
            {t('assessments.history.new')}
          </a>
        </p>
      ) : null}
      {assessments.length === 0 ? (
        <p>{t('assessments.history.none')}</p>
      ) : (
        <>
          <SampleNotice show={assessments.some((a) => a.assessment.isSample)} text={t('assessments.sample')} />
          {inline(historyChart(props))}
          <ScrollTable id="assessments" class="chart-table" caption={t('assessments.history.caption', { country: countryName })}>
            <thead>
              <tr>
                <th scope="col">{t('assessments.history.colDate')}</th>
                {policyAreaSlugs.map((area) => (
                  <th scope="col">{policyAreaLabel(t, area, 'short')}</th>
                ))}
                <th scope="col">{t('assessments.history.colOverall')}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map(({ assessment, scores }) => (
                <tr>
                  <th scope="row">
                    <a href={`/countries/${iso3}/assessments/${assessment.id}`}>{dayText(assessment.createdAt, locale)}</a>
                    {assessment.isSample ? <> ({t('assessments.sampleTag')})</> : null}
                  </th>
                  {scores.areas.map((a) => cell(a.score))}
                  {cell(scores.overall)}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </article>
  );
}
