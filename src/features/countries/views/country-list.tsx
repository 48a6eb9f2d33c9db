import type { CountryRow } from '../../../db/schema.js';
import { formatters } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { type CountryGroup, countryGroups } from '../groups.js';
import type { CountryFilter } from '../queries.js';
import { countryName } from '../reference.js';
import { type RegionCode, regionCodes, regionName } from '../regions.js';

interface Props {
  meta: PageMeta;
  filter: CountryFilter;
  countries: CountryRow[];
  groupCounts: Record<CountryGroup, number>;
}

export function CountryList({ meta, filter, countries, groupCounts }: Props) {
  const { t, locale } = meta;
  const { compare } = formatters(locale);
  const named = countries
    .map((c) => ({ ...c, name: countryName(c.iso3, locale) }))
    .sort((a, b) => compare(a.name, b.name));
  const byRegion = new Map<string, typeof named>();
  for (const c of named) {
    const key = c.regionCode ?? 'other';
    byRegion.set(key, [...(byRegion.get(key) ?? []), c]);
  }
  const sections: (RegionCode | 'other')[] = [...regionCodes.filter((r) => byRegion.has(r)), ...(byRegion.has('other') ? ['other' as const] : [])];
  return (
    <>
      <h1>{t('countries.title')}</h1>
      <p class="lead">{t('countries.lead')}</p>
      <div class="layout">
        <aside class="facets" aria-label={t('common.filters')}>
          <h2>{t('countries.group')}</h2>
          <ul>
            {countryGroups.map((g) => (
              <li>
                <a href={filterHref('/countries', filter, { group: filter.group === g ? undefined : g })} aria-current={filter.group === g ? 'true' : undefined}>
                  <span>
                    {t(`group.${g}.name`)} ({t(`group.${g}.short`)})
                  </span>
                  <span class="muted">{groupCounts[g]}</span>
                </a>
              </li>
            ))}
          </ul>
          <h2>{t('countries.region')}</h2>
          <ul>
            {regionCodes.map((r) => (
              <li>
                <a href={filterHref('/countries', filter, { region: filter.region === r ? undefined : r })} aria-current={filter.region === r ? 'true' : undefined}>
                  {regionName(r, locale)}
                </a>
              </li>
            ))}
          </ul>
          {filter.group || filter.region ? (
            <p>
              <a href="/countries">{t('common.clearFilters')}</a>
            </p>
          ) : null}
        </aside>
        <section aria-labelledby="count">
          <h2 id="count">{t('countries.count', { count: countries.length })}</h2>
          {countries.length === 0 ? <p>{t('countries.noneFound')}</p> : null}
          {sections.map((region) => (
            <section aria-labelledby={`r${region}`}>
              <h3 id={`r${region}`}>{region === 'other' ? t('countries.otherRegion') : regionName(region, locale)}</h3>
              <ul class="columns plain">
                {(byRegion.get(region) ?? []).map((c) => (
                  <li>
                    <a href={`/countries/${c.iso3}`}>{c.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </div>
    </>
  );
}
