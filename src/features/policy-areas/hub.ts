import type { AppDeps } from '../../web/context.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { filterHref } from '../../web/links.js';
import { searchCatalogue } from '../catalogue/search.js';
import { listRequests } from '../connect/requests.js';
import { areaIndicatorMap } from '../data/indicator-map.js';
import { listIndicators } from '../data/queries.js';
import { listEvents } from '../events/queries.js';
import type { PolicyAreaSlug } from './policy-areas.js';
import { areaPartners, areaRecommendations } from './queries.js';
import type { AreaHubView } from './views/area-hub.js';

/** How many of each block the page lists before its "all N …" link. */
const shown = { items: 4, partners: 12, recommendations: 3, events: 3, requests: 3 };

/** Where each block's full list is: the same filters the block counted with, so the counts agree. */
export function hubLinks(slug: PolicyAreaSlug) {
  return {
    solutions: filterHref('/solutions', { policyArea: slug }),
    resources: filterHref('/resources', { policyArea: slug }),
    partners: filterHref('/organisations', { policyArea: slug }),
    recommendations: `/policy-areas/${slug}/recommendations`,
    events: filterHref('/events', { policyArea: slug }),
    pastEvents: filterHref('/events', { policyArea: slug, when: 'past' }),
    indicators: '/data/indicators',
    requests: filterHref('/requests', { policyArea: slug, status: 'open' }),
  };
}

/**
 * Everything a policy area's page shows, in one round of queries run together (the catalogue's from
 * the in-memory facet index): the newest solutions and resources, the partners (those with most items
 * in the area first), the recommendations of past events with the actions answering them, upcoming
 * events, the area's indicators with a small map of the best covered one (`withMap`), and open requests.
 */
export async function loadAreaHub(
  { db, facets }: Pick<AppDeps, 'db' | 'facets'>,
  slug: PolicyAreaSlug,
  t: Translate,
  locale: Locale,
  options: { withMap: boolean },
): Promise<Omit<AreaHubView, 'meta' | 'area'>> {
  const filters = { policyArea: slug };
  const catalogue = (type: 'solution' | 'resource') => searchCatalogue(db, facets, { types: [type], filters, sort: 'newest', page: 1, pageSize: shown.items, locale });
  const [solutions, resources, partners, recommendations, events, indicators, requests] = await Promise.all([
    catalogue('solution'),
    catalogue('resource'),
    areaPartners(db, slug, locale),
    areaRecommendations(db, slug, locale),
    listEvents(db, { when: 'upcoming', policyArea: slug }, locale),
    listIndicators(db, locale).then((all) => all.filter((i) => i.policyArea === slug && i.observations > 0)),
    listRequests(db, { policyArea: slug, status: 'open', pageSize: shown.requests }, locale),
  ]);
  const map = options.withMap ? await areaIndicatorMap(db, indicators, t, locale) : undefined;

  // Partners by how many of the area's solutions and resources they offer, then by name.
  const itemsOf = new Map<string, number>();
  for (const result of [solutions, resources]) for (const f of result.facets.organisation) itemsOf.set(f.value, (itemsOf.get(f.value) ?? 0) + f.count);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const rankedPartners = partners
    .map((p) => ({ ...p, items: itemsOf.get(p.slug) ?? 0 }))
    .sort((a, b) => b.items - a.items || collator.compare(a.label, b.label));

  const links = hubLinks(slug);
  const strip = <T extends { snippet?: unknown }>({ snippet: _snippet, ...item }: T) => item;
  return {
    solutions: { items: solutions.items.map(strip), total: solutions.page.total, href: links.solutions },
    resources: { items: resources.items.map(strip), total: resources.page.total, href: links.resources },
    partners: { items: rankedPartners.slice(0, shown.partners), total: partners.length, href: links.partners },
    recommendations: {
      items: recommendations.slice(0, shown.recommendations),
      total: recommendations.length,
      answered: recommendations.filter((r) => r.actions.length > 0).length,
      href: links.recommendations,
    },
    events: { items: events.slice(0, shown.events), total: events.length, href: links.events, pastHref: links.pastEvents },
    indicators: { list: indicators, map },
    requests: { items: requests.requests, total: requests.page.total, href: links.requests },
  };
}
