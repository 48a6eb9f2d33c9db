import type { CountryRow } from '../../../db/schema.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { itemPath } from '../../catalogue/present.js';
import { dayText, percent } from '../../connect/views/format.js';
import type { CountryDataFacts } from '../../data/profile.js';
import type { CountryDashboard } from '../dashboard.js';
import { groupsOf } from '../queries.js';
import { regionName } from '../regions.js';

export interface SummaryProps {
  t: Translate;
  locale: Locale;
  country: CountryRow;
  facts: CountryDataFacts;
  dashboard: CountryDashboard;
}

const Sample = ({ t, show }: { t: Translate; show: boolean }) => (show ? <span class="tag">{t('dashboards.country.sample')}</span> : null);

/**
 * A country at a glance, first on its page: where it is and its groups, its income group, its B2C rank,
 * its readiness assessment, the share of its actions completed and its open requests, each a link to
 * the part of the hub that has the detail.
 */
export function CountrySummary({ t, locale, country, facts, dashboard }: SummaryProps) {
  const groups = groupsOf(country);
  const places = [country.regionCode, country.subregionCode, country.intermediateRegionCode].filter((c): c is string => Boolean(c));
  const { b2c, income } = facts;
  const { readiness, selfAssessments, actions, requests } = dashboard;
  const iso3 = country.iso3;
  return (
    <section aria-labelledby="summary">
      <h2 id="summary" class="visually-hidden">
        {t('dashboards.country.summary')}
      </h2>
      <dl class="facts">
        {places.length ? (
          <>
            <dt>{t('countries.region')}</dt>
            <dd>
              {country.regionCode ? <a href={`/countries?region=${country.regionCode}`}>{regionName(country.regionCode, locale)}</a> : null}
              {places
                .slice(country.regionCode ? 1 : 0)
                .map((code) => ` › ${regionName(code, locale)}`)
                .join('')}
            </dd>
          </>
        ) : null}
        <dt>{t('countries.groupings')}</dt>
        <dd>
          {groups.length
            ? groups.map((g, i) => (
                <>
                  {i ? ', ' : null}
                  <a href={`/countries?group=${g}`}>
                    {t(`group.${g}.name`)} ({t(`group.${g}.short`)})
                  </a>
                </>
              ))
            : t('countries.noGroupings')}
        </dd>
        {income ? (
          <>
            <dt>{t('dashboards.country.income')}</dt>
            <dd>
              <a href="#indicators">{t('dashboards.country.incomeValue', { group: income.label, year: income.year })}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('dashboards.country.b2c')}</dt>
        <dd>
          {b2c ? (
            <>
              <a href="#data">{t('dashboards.country.b2cValue', { rank: b2c.publishedRank ?? b2c.rank, count: b2c.economies, edition: b2c.edition, year: b2c.dataYear })}</a>
              <span class="small muted"> · {b2c.source}</span>
            </>
          ) : (
            t('dashboards.country.b2cNone')
          )}
        </dd>
        <dt>{t('dashboards.country.readiness')}</dt>
        <dd>
          {readiness.length || selfAssessments.latest ? (
            <ul class="plain">
              {readiness.map((item) => (
                <li>
                  <a href={itemPath(item)} lang={item.textLocale === locale ? undefined : item.textLocale}>
                    {item.title}
                  </a>
                  {item.publishedOn ? <span class="small muted"> ({item.publishedOn.slice(0, 4)})</span> : null}
                </li>
              ))}
              {selfAssessments.latest ? (
                <li>
                  <a href={`/countries/${iso3}/assessments`}>
                    {t('dashboards.country.selfAssessments', { count: selfAssessments.count, date: dayText(selfAssessments.latest.createdAt, locale) })}
                  </a>{' '}
                  <Sample t={t} show={selfAssessments.latest.isSample} />
                </li>
              ) : null}
            </ul>
          ) : (
            <a href="#tracker">{t('dashboards.country.readinessNone')}</a>
          )}
        </dd>
        <dt>{t('dashboards.country.actions')}</dt>
        <dd>
          <a href={`/countries/${iso3}/actions`}>
            {actions.actions === 0
              ? t('dashboards.country.actionsNone')
              : actions.share === null
                ? t('dashboards.country.actionsNoneCounted')
                : t('dashboards.country.actionsValue', { share: percent(actions.share, locale), completed: actions.completed, counted: actions.actions - actions.dropped })}
          </a>{' '}
          <Sample t={t} show={actions.sample} />
        </dd>
        <dt>{t('dashboards.country.requests')}</dt>
        <dd>
          <a href={`/requests?country=${iso3}&status=open`}>
            {requests.open ? t('dashboards.country.requestsValue', { count: requests.open }) : t('dashboards.country.requestsNone')}
          </a>
        </dd>
        <dt>{t('countries.codes')}</dt>
        <dd>
          ISO <span translate="no">{iso3}</span> · <span translate="no">{country.iso2}</span>
          {country.m49 ? <> · M49 {country.m49}</> : null}
        </dd>
      </dl>
      <p class="small muted">{t('countries.groupsSource')}</p>
    </section>
  );
}
