import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { type ResponseMetrics as Figures, responseMetrics } from '../metrics.js';
import { percent } from './format.js';

/** A duration in hours, in hours up to two days and in days beyond. */
export function durationOf(t: Translate, hours: number): string {
  return hours < 48 ? t('partnerRequests.metrics.hours', { count: Math.round(hours) }) : t('partnerRequests.metrics.days', { count: Math.round(hours / 24) });
}

/** A partner's response rate and median response time, as a small definition list. */
export function ResponseMetricsView({ t, locale, metrics, level = 2 }: { t: Translate; locale: Locale; metrics: Figures; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="response-metrics">
      <Heading id="response-metrics">{t('partnerRequests.metrics.title')}</Heading>
      {metrics.rate === null ? (
        <p class="muted">{t('partnerRequests.metrics.none')}</p>
      ) : (
        <dl class="facts">
          <dt>{t('partnerRequests.metrics.rate')}</dt>
          <dd>
            {t('partnerRequests.metrics.rateValue', {
              answered: metrics.answered,
              matched: metrics.matched,
              percent: percent(metrics.rate, locale),
            })}
          </dd>
          <dt>{t('partnerRequests.metrics.median')}</dt>
          <dd>{metrics.medianHours === null ? t('partnerRequests.metrics.noAnswer') : durationOf(t, metrics.medianHours)}</dd>
        </dl>
      )}
    </section>
  );
}

/** The response metrics of an organisation, loaded as the page renders (for the public organisation page). */
export async function ResponseMetrics({ db, organisationId, t, locale }: { db: Kysely<Database>; organisationId: number; t: Translate; locale: Locale }) {
  return <ResponseMetricsView t={t} locale={locale} metrics={await responseMetrics(db, organisationId)} />;
}
