import type { Child } from 'hono/jsx';
import type { CountryRow } from '../../../db/schema.js';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import type { CountryDataFacts } from '../../data/profile.js';
import type { CountryPartners } from '../../organisations/queries.js';
import type { CountryDashboard } from '../dashboard.js';
import { countryName } from '../reference.js';
import { EventsSection, NextSteps, RequestsSection, TrackerSection } from './country-activity.js';
import { CountryPartnersSection } from './country-partners.js';
import { CountrySummary } from './country-summary.js';

/**
 * A country's dashboard: the summary first, then the partners and items for the country or its
 * region before the worldwide ones, its data by policy area, its assessment and action tracker,
 * its requests and the events of its region. A country with no request, action or assessment yet says
 * what its focal point can do next (partners working there or not: they are not the focal point's to add).
 */
export function CountryPage({
  meta,
  country,
  partners,
  localItems,
  solutions,
  data,
  facts,
  dashboard,
}: {
  meta: PageMeta;
  country: CountryRow;
  partners: CountryPartners;
  /** Solutions and resources aimed at the country or its region (views/country-items.tsx). */
  localItems?: Child;
  solutions?: Child;
  /** The e-commerce data section (features/data/profile.tsx). */
  data?: Child;
  facts: CountryDataFacts;
  dashboard: CountryDashboard;
}) {
  const { t, locale } = meta;
  const name = countryName(country.iso3, locale);
  const props = { t, locale, iso3: country.iso3, name, dashboard };
  const nothingYet =
    dashboard.requests.total === 0 &&
    dashboard.actions.actions === 0 &&
    dashboard.selfAssessments.count === 0 &&
    dashboard.readiness.length === 0;
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/countries', label: t('nav.countries') }, { label: name }]} />
      <h1>{name}</h1>
      <CountrySummary t={t} locale={locale} country={country} facts={facts} dashboard={dashboard} />
      {nothingYet ? <NextSteps t={t} iso3={country.iso3} name={name} signedIn={meta.user !== null} /> : null}
      <CountryPartnersSection partners={partners} t={t} locale={locale} />
      {localItems}
      {solutions}
      {data}
      <TrackerSection {...props} />
      <RequestsSection {...props} />
      <EventsSection {...props} region={country.regionCode} />
    </article>
  );
}
