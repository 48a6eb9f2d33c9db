import { Hono } from 'hono';
import { cleanText } from '../../lib/text.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { SearchForm } from '../../web/components/search-form.js';
import { formatters } from '../../web/i18n/i18n.js';
import { locales } from '../../web/i18n/locales.js';
import { render } from '../../web/render.js';
import { listCountries } from '../countries/queries.js';
import { countryName } from '../countries/reference.js';
import { searchOrganisations } from '../organisations/queries.js';
import { OrganisationCards } from '../organisations/views/organisation-card.js';

/** Letters only, without accents or case, so "Cote d'ivoire" finds "Côte d'Ivoire". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Site-wide search over partners and countries. The catalogue issue replaces the partner part
 * with ranked full-text search; the page and its URL stay.
 */
export function searchPages({ db }: AppDeps) {
  return new Hono<AppEnv>().get('/search', async (c) => {
    const { t, locale } = c.var;
    const q = cleanText(c.req.query('q'));
    const [organisations, allCountries] = q
      ? await Promise.all([searchOrganisations(db, q, locale), listCountries(db, {})])
      : [[], []];
    const needle = fold(q);
    const { compare } = formatters(locale);
    const countries = allCountries
      .filter((country) => country.iso3 === q.toUpperCase() || locales.some((l) => fold(countryName(country.iso3, l)).includes(needle)))
      .map((country) => ({ iso3: country.iso3, name: countryName(country.iso3, locale) }))
      .sort((a, b) => compare(a.name, b.name));
    const total = organisations.length + countries.length;
    return render(
      c,
      { title: q ? t('search.resultsFor', { q }) : t('search.title') },
      <>
        <h1>{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
        <SearchForm t={t} value={q} />
        {!q ? <p>{t('search.empty')}</p> : total === 0 ? <p>{t('search.noResults', { q })}</p> : null}
        {organisations.length ? (
          <section aria-labelledby="found-organisations">
            <h2 id="found-organisations">
              {t('search.organisations')} ({organisations.length})
            </h2>
            <OrganisationCards list={organisations} t={t} locale={locale} />
          </section>
        ) : null}
        {countries.length ? (
          <section aria-labelledby="found-countries">
            <h2 id="found-countries">
              {t('search.countries')} ({countries.length})
            </h2>
            <ul class="columns plain">
              {countries.map((country) => (
                <li>
                  <a href={`/countries/${country.iso3}`}>{country.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </>,
    );
  });
}
