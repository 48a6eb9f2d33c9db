import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { countryName } from '../countries/reference.js';
import { profilePictures } from './pictures.js';
import { dataVersion } from './present.js';
import { countryB2cHistory, listB2cEditions } from './queries.js';
import { CountryDataSection } from './views/country-data.js';

/** The data section of /countries/:iso3, with its chart from the cache. */
export async function countryDataSection(db: Kysely<Database>, iso3: string, t: Translate, locale: Locale) {
  const [editions, history] = await Promise.all([listB2cEditions(db), countryB2cHistory(db, iso3)]);
  const pictures = history.length ? profilePictures(dataVersion(editions), iso3, history, t, locale) : { chart: '', table: '' };
  return <CountryDataSection t={t} locale={locale} name={countryName(iso3, locale)} history={history} chart={pictures.chart} chartTable={pictures.table} />;
}
