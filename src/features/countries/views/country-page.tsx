import type { Child } from 'hono/jsx';
import type { CountryRow } from '../../../db/schema.js';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import type { CountryPartners } from '../../organisations/queries.js';
import { groupsOf } from '../queries.js';
import { countryName } from '../reference.js';
import { regionName } from '../regions.js';
import { CountryPartnersSection } from './country-partners.js';

export function CountryPage({
  meta,
  country,
  partners,
  localItems,
  solutions,
  data,
}: {
  meta: PageMeta;
  country: CountryRow;
  partners: CountryPartners;
  /** Solutions and resources aimed at the country or its region (views/country-items.tsx). */
  localItems?: Child;
  solutions?: Child;
  /** The e-commerce data section (features/data/profile.tsx). */
  data?: Child;
}) {
  const { t, locale } = meta;
  const name = countryName(country.iso3, locale);
  const groups = groupsOf(country);
  const subregions = [country.subregionCode, country.intermediateRegionCode].filter((c): c is string => Boolean(c));
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/countries', label: t('nav.countries') }, { label: name }]} />
      <h1>{name}</h1>
      <dl class="facts">
        {country.regionCode ? (
          <>
            <dt>{t('countries.region')}</dt>
            <dd>
              <a href={`/countries?region=${country.regionCode}`}>{regionName(country.regionCode, locale)}</a>
            </dd>
          </>
        ) : null}
        {subregions.length ? (
          <>
            <dt>{t('countries.subregion')}</dt>
            <dd>{subregions.map((code) => regionName(code, locale)).join(' › ')}</dd>
          </>
        ) : null}
        <dt>{t('countries.groupings')}</dt>
        <dd>
          {groups.length ? (
            <ul class="plain">
              {groups.map((g) => (
                <li>
                  <a href={`/countries?group=${g}`}>
                    {t(`group.${g}.name`)} ({t(`group.${g}.short`)})
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            t('countries.noGroupings')
          )}
        </dd>
        <dt>{t('countries.codes')}</dt>
        <dd>
          ISO <span translate="no">{country.iso3}</span> · <span translate="no">{country.iso2}</span>
          {country.m49 ? <> · M49 {country.m49}</> : null}
        </dd>
      </dl>
      <p class="small muted">{t('countries.groupsSource')}</p>
      {data}
      <h2>{t('countries.connectTitle')}</h2>
      <ul>
        <li>
          <a href={`/countries/${country.iso3}/assessments`}>{t('assessments.profileLink')}</a>
        </li>
        <li>
          <a href={`/countries/${country.iso3}/actions`}>{t('actions.countryLink', { country: name })}</a>
        </li>
        <li>
          <a href={`/requests?country=${country.iso3}`}>{t('countries.requestsLink', { country: name })}</a>
        </li>
      </ul>
      <CountryPartnersSection partners={partners} t={t} locale={locale} />
      {localItems}
      {solutions}
    </article>
  );
}
