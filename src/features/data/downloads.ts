import { csvText } from '../../lib/csv.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { GroupMean } from './compute.js';
import type { CountryIndicator } from './country-indicators.js';
import type { ExplorerRow } from './indicator-explorer.js';
import { exact, exactOrNull, groupName } from './present.js';
import type { B2cEdition, CountryEditionValues, IndicatorSummary } from './queries.js';

/**
 * The downloads of the tables that /data and the country profiles show besides the rankings: group
 * averages, a country's index by edition with its averages, and its other indicators. CSV is RFC 4180
 * (CRLF, quoted where needed, UTF-8, header row, formulas escaped); every row carries its source,
 * licence and year, and a sample edition's rows say so in their status and note columns.
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
    ['edition', 'group', 'name', 'economies', 'index', ...componentColumns, 'dataYear', 'status', 'source', 'licence', 'note'],
    means.map((m) => [edition.edition, m.group, groupName(m.group, t, locale), m.economies, exact(m.index), ...componentCells(m), edition.dataYear, edition.status, edition.source, edition.licence, note]),
  );
}

export function groupsJson(edition: B2cEdition, means: readonly GroupMean[], t: Translate, locale: Locale) {
  return {
    edition: edition.edition,
    dataYear: edition.dataYear,
    status: edition.status,
    ...(edition.status === 'sample' ? { notice: t('data.sample') } : {}),
    source: edition.source,
    licence: edition.licence,
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
    const tail = [h.dataYear, h.status, h.source, h.licence, note];
    return [
      [h.edition, 'economy', iso3, name, h.publishedRank ?? h.rank, h.economies, exact(h.index), ...componentCells(h), ...tail],
      ...h.comparisons.map((m) => [h.edition, 'average', m.group, groupName(m.group, t, locale), null, m.economies, exact(m.index), ...componentCells(m), ...tail]),
    ];
  });
  return csvText(['edition', 'kind', 'code', 'name', 'rank', 'economies', 'index', ...componentColumns, 'dataYear', 'status', 'source', 'licence', 'note'], rows);
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
      licence: h.licence,
      rank: h.publishedRank ?? h.rank,
      economies: h.economies,
      index: exact(h.index),
      components: componentsOf(h),
      averages: h.comparisons.map((m) => ({ group: m.group, name: groupName(m.group, t, locale), economies: m.economies, index: exact(m.index), components: componentsOf(m) })),
    })),
  };
}

/** Every value of every indicator the country has, one a row (the long format the importer reads, plus names and provenance). */
export function countryIndicatorsCsv(iso3: string, name: string, indicators: readonly CountryIndicator[]): string {
  const rows = indicators.flatMap((i) =>
    i.values.map((v) => [iso3, name, i.code, i.name, i.policyArea, i.unit, v.year, v.sex, v.category?.key ?? v.value, v.rank, v.source, v.licence, v.note]),
  );
  return csvText(['iso3', 'country', 'indicator', 'name', 'policyArea', 'unit', 'year', 'sex', 'value', 'rank', 'source', 'licence', 'note'], rows);
}

export function countryIndicatorsJson(iso3: string, name: string, indicators: readonly CountryIndicator[]) {
  return {
    country: { iso3, name, url: `/countries/${iso3}` },
    data: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      policyArea: i.policyArea,
      unit: i.unit,
      hasSexBreakdown: i.hasSexBreakdown,
      observations: i.values.map((v) => ({
        year: v.year,
        sex: v.sex,
        value: v.value,
        ...(v.category ? { category: v.category.key } : {}),
        rank: v.rank,
        source: v.source,
        licence: v.licence,
        note: v.note,
      })),
    })),
  };
}

/** The explorer's table: one indicator in one year, every economy ranked, each value with its source and licence. */
export function explorerCsv(indicator: IndicatorSummary, year: number, rows: readonly ExplorerRow[]): string {
  return csvText(
    ['position', 'iso3', 'name', 'indicator', 'year', 'value', 'unit', 'rank', 'source', 'licence'],
    rows.map((r) => [r.position, r.iso3, r.name, indicator.code, year, r.category?.key ?? r.value, indicator.unit, r.rank, r.source, r.licence]),
  );
}

export function explorerJson(indicator: IndicatorSummary, year: number, rows: readonly ExplorerRow[]) {
  const { code, name, unit, source, licence, policyArea } = indicator;
  return {
    indicator: { code, name, unit, policyArea, source, licence },
    year,
    data: rows.map((r) => ({
      position: r.position,
      iso3: r.iso3,
      name: r.name,
      value: r.value,
      ...(r.category ? { category: r.category.key } : {}),
      rank: r.rank,
      year,
      source: r.source,
      licence: r.licence,
      url: `/countries/${r.iso3}`,
    })),
  };
}
