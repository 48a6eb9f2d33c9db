import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { isCountryGroup } from '../../countries/groups.js';
import { areaName, countryName } from '../../countries/reference.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { type FacetName, worldwide } from '../facet-index.js';

/** "anglais" in a sentence, "Anglais" on its own as a label. */
export function capitalised(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

export function languageLabel(code: string, t: Translate, locale: Locale): string {
  return capitalised(t(`language.${code}`), locale);
}

/** A coverage code in words: the world, an M49 area, a UN group or a country. */
export function coverageName(code: string, t: Translate, locale: Locale): string {
  if (isCountryGroup(code)) return t(`group.${code}.name`);
  if (/^[A-Z]{3}$/.test(code)) return countryName(code, locale);
  return areaName(code, locale);
}

/** How a facet value is shown; organisations come named from the database. */
export function facetValueLabel(facet: FacetName, value: string, t: Translate, locale: Locale, organisations: Map<string, string>): string {
  switch (facet) {
    case 'type':
      return t(value === 'solution' ? 'nav.solutions' : 'nav.resources');
    case 'policyArea':
      return policyAreaLabel(t, value, 'short');
    case 'kind':
      return t(`kind.${value}`);
    case 'organisation':
      return organisations.get(value) ?? value;
    case 'beneficiary':
      return t(`beneficiary.${value}`);
    case 'country':
      return value === worldwide ? t('common.global') : coverageName(value, t, locale);
    case 'region':
    case 'group':
      return coverageName(value, t, locale);
    case 'language':
      return languageLabel(value, t, locale);
    case 'cost':
      return t(`cost.${value}`);
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, precision === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** An ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) in the reader's words. */
export function formatItemDate(value: string, locale: Locale): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? '1')));
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(locale, day ? 'day' : 'month').format(date);
}
