import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { countryName } from '../countries/reference.js';
import { countryIndicators } from './country-indicators.js';
import { profilePictures } from './pictures.js';
import { dataVersion } from './present.js';
import { countryB2cHistory, indicatorDataVersion, listB2cEditions } from './queries.js';
import { CountryDataSection } from './views/country-data.js';
import { CountryIndicatorsSection } from './views/country-indicators.js';

/** The data sections of /countries/:iso3: the B2C index with its chart from the cache, then the other indicators by policy area. */
export async function countryDataSection(db: Kysely<Database>, iso3: string, t: Translate, locale: Locale) {
  const [editions, history, indicators, version] = await Promise.all([
    listB2cEditions(db),
    countryB2cHistory(db, iso3),
    countryIndicators(db, iso3, locale),
    indicatorDataVersion(db),
  ]);
  const pictures = history.length ? profilePictures(dataVersion(editions), iso3, history, t, locale) : { chart: '', table: '' };
  const name = countryName(iso3, locale);
  return (
    <>
      <CountryDataSection t={t} locale={locale} iso3={iso3} name={name} history={history} chart={pictures.chart} chartTable={pictures.table} />
      <CountryIndicatorsSection t={t} locale={locale} iso3={iso3} name={name} data={indicators} version={version} />
    </>
  );
}
