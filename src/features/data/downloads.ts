import { csvText } from '../../lib/csv.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { GroupMean } from './compute.js';
import type { CountryIndicator } from './country-indicators.js';
import { exact, exactOrNull, groupName } from './present.js';
import type { B2cEdition, CountryEditionValues } from './queries.js';

/**
 * The downloads of the tables that /data and the country profiles show besides the rankings: group
 * averages, a country's index by edition with its averages, and its other indicators. CSV is RFC 4180
 * (CRLF, quoted where needed, UTF-8, header row, formulas escaped); every row of sample data says so
 * in its status and note columns, and JSON carries the translated notice.
 */

const componentsOf = (v: { internetUse: number | null; accountOwnership: number | null; secureServers: number | null; postalReliability: number | null }) => ({
  internetUse: exactOrNull(v.internetUse),
  accountOwnership: exactOrNull(v.accountOwnership),
  secureServers: exactOrNull(v.secureServers),
  postalReliability: exactOrNull(v.postalReliability),
});
const componentCells = (v: Parameters<typeof componentsOf>[0]) => Object.values(componentsOf(v));
const componentColumns = ['internetUse', 'accountOwnership', 'secureServers', 'postalReliability'];

/** Unweighted group averages of an edition: the world, every M49 area and grouping. */
export function groupsCsv(edition: B2cEdition, means: readonly GroupMean[], t: Translate, locale: Locale): string {
  const note = edition.status === 'sample' ? t('data.sample') : '';
  return csvText(
    ['edition', 'group', 'name', 'economies', 'index', ...componentColumns, 'dataYear', 'status', 'source', 'note'],
    means.map((m) => [edition.edition, m.group, groupName(m.group, t, locale), m.economies, exact(m.index), ...componentCells(m), edition.dataYear, edition.status, edition.source, note]),
  );
}

export function groupsJson(edition: B2cEdition, means: readonly GroupMean[], t: Translate, locale: Locale) {
  return {
    edition: edition.edition,
    dataYear: edition.dataYear,
    status: edition.status,
    ...(edition.status === 'sample' ? { notice: t('data.sample') } : {}),
    source: edition.source,
    data: means.map((m) => ({ group: m.group, name: groupName(m.group, t, locale), economies: m.economies, index: exact(m.index), components: componentsOf(m) })),
  };
}

/**
 * A country's index by edition, each followed by the averages it is compared with on the profile:
 * rows of kind "economy" and "average".
 */
export function countryB2cCsv(iso3: string, name: string, history: readonly CountryEditionValues[], t: Translate, locale: Locale): string {
  const rows = history.flatMap((h) => {
    const note = h.status === 'sample' ? t('data.sample') : '';
    const tail = [h.dataYear, h.status, h.source, note];
    return [
      [h.edition, 'economy', iso3, name, h.publishedRank ?? h.rank, h.economies, exact(h.index), ...componentCells(h), ...tail],
      ...h.comparisons.map((m) => [h.edition, 'average', m.group, groupName(m.group, t, locale), null, m.economies, exact(m.index), ...componentCells(m), ...tail]),
    ];
  });
  return csvText(['edition', 'kind', 'code', 'name', 'rank', 'economies', 'index', ...componentColumns, 'dataYear', 'status', 'source', 'note'], rows);
}

export function countryB2cJson(iso3: string, name: string, history: readonly CountryEditionValues[], t: Translate, locale: Locale) {
  return {
    country: { iso3, name, url: `/countries/${iso3}` },
    data: history.map((h) => ({
      edition: h.edition,
      dataYear: h.dataYear,
      status: h.status,
      ...(h.status === 'sample' ? { notice: t('data.sample') } : {}),
      source: h.source,
      rank: h.publishedRank ?? h.rank,
      economies: h.economies,
      index: exact(h.index),
      components: componentsOf(h),
      averages: h.comparisons.map((m) => ({ group: m.group, name: groupName(m.group, t, locale), economies: m.economies, index: exact(m.index), components: componentsOf(m) })),
    })),
  };
}

/** Every value of every indicator the country has, one a row (the long format the importer reads, plus names). */
export function countryIndicatorsCsv(iso3: string, name: string, indicators: readonly CountryIndicator[], t: Translate): string {
  const rows = indicators.flatMap((i) =>
    i.values.map((v) => [iso3, name, i.code, i.name, i.policyArea, i.unit, v.year, v.sex, v.value, v.source, v.sample ? 'sample' : 'official', v.sample ? t('data.sample') : v.note]),
  );
  return csvText(['iso3', 'country', 'indicator', 'name', 'policyArea', 'unit', 'year', 'sex', 'value', 'source', 'status', 'note'], rows);
}

export function countryIndicatorsJson(iso3: string, name: string, indicators: readonly CountryIndicator[], t: Translate) {
  const sample = indicators.some((i) => i.values.some((v) => v.sample));
  return {
    country: { iso3, name, url: `/countries/${iso3}` },
    ...(sample ? { notice: t('data.sample') } : {}),
    data: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      policyArea: i.policyArea,
      unit: i.unit,
      hasSexBreakdown: i.hasSexBreakdown,
      observations: i.values.map((v) => ({ year: v.year, sex: v.sex, value: v.value, source: v.source, note: v.note, status: v.sample ? 'sample' : 'official' })),
    })),
  };
}
