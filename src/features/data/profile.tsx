import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { countryName } from '../countries/reference.js';
import { countryIndicators } from './country-indicators.js';
import { categoryLabel } from './indicator-catalogue.js';
import { profilePictures } from './pictures.js';
import { dataVersion } from './present.js';
import { type CountryEditionValues, countryB2cHistory, indicatorDataVersion, listB2cEditions } from './queries.js';
import { CountryDataSection } from './views/country-data.js';
import { CountryIndicatorsSection } from './views/country-indicators.js';

/** What a country's summary shows from its data: the latest official B2C edition it is ranked in, and its income group. */
export interface CountryDataFacts {
  b2c: CountryEditionValues | undefined;
  income: { label: string; year: number } | undefined;
}

/**
 * The data sections of /countries/:iso3: the B2C index with its chart from the cache, then the other
 * indicators by policy area (their trend charts only with `trends`: /countries/:iso3/indicators has
 * them, without the B2C section; the country page links there to stay light); and the facts its summary shows.
 */
export async function countryDataSection(db: Kysely<Database>, iso3: string, t: Translate, locale: Locale, options: { trends?: boolean; b2c?: boolean } = {}) {
  const [editions, history, indicators, version] = await Promise.all([
    listB2cEditions(db),
    countryB2cHistory(db, iso3),
    countryIndicators(db, iso3, locale),
    indicatorDataVersion(db),
  ]);
  const pictures = history.length ? profilePictures(dataVersion(editions), iso3, history, t, locale) : { chart: '', table: '' };
  const name = countryName(iso3, locale);
  const income = indicators.groups.income;
  const incomeLabel = income ? categoryLabel('income-group', income.value, locale) : undefined;
  const facts: CountryDataFacts = {
    b2c: history.filter((h) => h.status === 'official').at(-1),
    income: income && incomeLabel ? { label: incomeLabel, year: income.year } : undefined,
  };
  const section = (
    <>
      {options.b2c === false ? null : <CountryDataSection t={t} locale={locale} iso3={iso3} name={name} history={history} chart={pictures.chart} chartTable={pictures.table} />}
      <CountryIndicatorsSection t={t} locale={locale} iso3={iso3} name={name} data={indicators} version={version} trends={options.trends ?? true} />
    </>
  );
  return { section, facts };
}
