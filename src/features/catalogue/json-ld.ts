import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { itemPath } from './present.js';
import type { ItemDetail } from './queries.js';
import { coverageName } from './views/labels.js';
import { policyAreaLabel } from '../policy-areas/present.js';

/** Only web addresses go into links and structured data. */
export function isWebUrl(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value);
}

/**
 * schema.org description of an item for search engines: a solution is a Service with its
 * providers; a resource a Report, Dataset or CreativeWork with its publishers.
 */
export function itemJsonLd(item: ItemDetail, baseUrl: string, t: Translate, locale: Locale): Record<string, unknown> {
  const page = `${baseUrl}${itemPath(item)}`;
  const organisations = item.organisations.map((o) => ({
    '@type': 'Organization',
    name: o.name,
    ...(o.acronym ? { alternateName: o.acronym } : {}),
    url: `${baseUrl}/organisations/${o.slug}`,
  }));
  const common = {
    '@context': 'https://schema.org',
    name: item.title,
    description: item.summary,
    about: item.policyAreas.map((slug) => policyAreaLabel(t, slug)),
  };
  if (item.type === 'solution') {
    return {
      ...common,
      '@type': 'Service',
      '@id': page,
      url: page,
      ...(isWebUrl(item.link) ? { sameAs: item.link } : {}),
      serviceType: t(`kind.${item.kind}`),
      provider: organisations,
      areaServed: item.coverage.map((code) => coverageName(code, t, locale)),
      availableLanguage: item.languages,
    };
  }
  const type = item.kind === 'report' ? 'Report' : item.kind === 'dataset' ? 'Dataset' : 'CreativeWork';
  const url = [item.link, item.documentUrl].find(isWebUrl) ?? page;
  return {
    ...common,
    '@type': type,
    '@id': page,
    url,
    mainEntityOfPage: page,
    publisher: organisations,
    ...(item.publishedOn ? { datePublished: item.publishedOn } : {}),
    inLanguage: item.languages,
    isAccessibleForFree: item.cost === 'free',
    ...(type === 'Dataset' && isWebUrl(item.documentUrl) ? { distribution: [{ '@type': 'DataDownload', contentUrl: item.documentUrl }] } : {}),
    ...(type !== 'Dataset' && isWebUrl(item.documentUrl) ? { encoding: { '@type': 'MediaObject', contentUrl: item.documentUrl } } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: no "<" can close the element early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
