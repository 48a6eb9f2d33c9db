import { csvText } from '../../lib/csv.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { regionName, regionNames } from '../countries/regions.js';
import { isEconomyGroup } from './economy-groups.js';
import type { B2cEconomy, B2cEdition } from './queries.js';

/**
 * What leaves the hub about the index: the API's and downloads' fields (an allow-list, never rows), the
 * names of groups, and the version key that the cached pictures and files are filed under.
 */

/** M49 areas a ranking can be filtered by (pages, downloads and the API): the regions and their sub-regions. */
export const filterAreas = Object.keys(regionNames).filter((code) => code !== '001');

/** Components and index travel unrounded but without float noise (62.400000000000006). */
export const exact = (n: number) => Number(n.toFixed(6));
/** A component, or null where the edition gives none (index-only editions). */
export const exactOrNull = (n: number | null) => (n === null ? null : exact(n));

/** An economy's row, with the provenance of its edition (every figure the API gives carries its source and year). */
export function presentEconomy(e: B2cEconomy, edition: Pick<B2cEdition, 'edition' | 'dataYear' | 'source' | 'licence'>) {
  return {
    iso3: e.iso3,
    name: e.name,
    rank: e.publishedRank ?? e.rank,
    index: exact(e.index),
    change: e.change === null ? null : exact(e.change),
    components: {
      internetUse: exactOrNull(e.internetUse),
      accountOwnership: exactOrNull(e.accountOwnership),
      secureServers: exactOrNull(e.secureServers),
      postalReliability: exactOrNull(e.postalReliability),
    },
    edition: edition.edition,
    dataYear: edition.dataYear,
    source: edition.source,
    licence: edition.licence,
    url: `/countries/${e.iso3}`,
  };
}

export function presentEdition(e: B2cEdition, t: Translate) {
  return {
    edition: e.edition,
    dataYear: e.dataYear,
    status: e.status,
    /** Only for a sample edition: the translated warning that the figures are made up. */
    ...(e.status === 'sample' ? { notice: t('data.sample') } : {}),
    source: e.source,
    licence: e.licence,
    methodVersion: e.methodVersion,
    economies: e.economies,
    url: `/data/b2c/${e.edition}`,
  };
}

/** The rank to show: UNCTAD's printed one for an official edition, the hub's own otherwise. */
export const shownRank = (e: B2cEconomy) => e.publishedRank ?? e.rank;

/**
 * An edition's table as CSV (RFC 4180: CRLF, quoted where needed, UTF-8 with a header row). Cells that a
 * spreadsheet would run as formulas are escaped; every row repeats the status, so a sample file copied
 * somewhere else still says what it is.
 */
export function rankingCsv(edition: B2cEdition, economies: readonly B2cEconomy[], t: Translate): string {
  const note = edition.status === 'sample' ? t('data.sample') : '';
  return csvText(
    ['edition', 'rank', 'iso3', 'name', 'index', 'internetUse', 'accountOwnership', 'secureServers', 'postalReliability', 'change', 'dataYear', 'status', 'source', 'licence', 'note'],
    economies.map((e) => [
      edition.edition,
      shownRank(e),
      e.iso3,
      e.name,
      exact(e.index),
      e.internetUse === null ? '' : exact(e.internetUse),
      e.accountOwnership === null ? '' : exact(e.accountOwnership),
      e.secureServers === null ? '' : exact(e.secureServers),
      e.postalReliability === null ? '' : exact(e.postalReliability),
      e.change === null ? '' : exact(e.change),
      edition.dataYear,
      edition.status,
      edition.source,
      edition.licence,
      note,
    ]),
  );
}

/** A group's name in the reader's language: an M49 area, a UN grouping or a development status. */
export function groupName(group: string, t: Translate, locale: Locale): string {
  if (regionNames[group]) return regionName(group, locale);
  if (group === 'ldc' || group === 'lldc' || group === 'sids') return t(`group.${group}.name`);
  if (isEconomyGroup(group)) return t(`data.economyGroup.${group}`);
  return group;
}

/** Changes whenever an edition is imported, replaced or removed: the key of every cached picture of the index. */
export function dataVersion(editions: readonly B2cEdition[]): string {
  return editions.map((e) => `${e.edition}.${e.status}.${e.importedAt ?? 'demo'}.${e.economies}`).join('+') || 'none';
}
