import type { Child } from 'hono/jsx';
import { Breadcrumbs } from '../../../web/components/common.js';
import { inline } from '../../../web/charts/svg.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import { formatters } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import type { ItemSummary } from '../../catalogue/queries.js';
import { countryName } from '../../countries/reference.js';
import type { RequestDetail } from '../../connect/types.js';
import { RequestBadges } from '../../connect/views/request-parts.js';
import type { AreaIndicatorMap } from '../../data/indicator-map.js';
import type { IndicatorSummary } from '../../data/queries.js';
import type { EventSummary } from '../../events/queries.js';
import { EventBadges } from '../../events/views/event-list.js';
import { eventPlace, eventWhen } from '../../events/views/format.js';
import type { PolicyAreaView } from '../present.js';
import type { AreaRecommendation } from '../queries.js';
import { RecommendationEntry } from './recommendation-entry.js';

/** A block of the hub: its items, how many there are in all, and where the full list is. */
export interface HubBlock<T> {
  items: T[];
  total: number;
  href: string;
}

export interface AreaHubView {
  meta: PageMeta;
  area: PolicyAreaView;
  solutions: HubBlock<ItemSummary>;
  resources: HubBlock<ItemSummary>;
  /** Short names, the partners with most items in the area first. */
  partners: HubBlock<{ slug: string; label: string; items: number }>;
  /** `answered`: how many of them an action answers. */
  recommendations: HubBlock<AreaRecommendation> & { answered: number };
  events: HubBlock<EventSummary> & { pastHref: string };
  indicators: { list: IndicatorSummary[]; map: AreaIndicatorMap | undefined };
  requests: HubBlock<RequestDetail>;
}

/** The blocks in page order, by anchor. */
export const hubBlocks = ['solutions', 'resources', 'partners', 'recommendations', 'events', 'indicators', 'requests'] as const;
type BlockName = (typeof hubBlocks)[number];

/** A block: its heading with the count, then what it holds, or what to do when it holds nothing. */
function Block({ t, name, count, children, empty }: { t: Translate; name: BlockName; count: number; children: Child; empty: Child }) {
  return (
    <section id={name} aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>
        {t(`hubs.${name}.title`)} <span class="muted">({count})</span>
      </h2>
      {count > 0 ? children : empty}
    </section>
  );
}

/** "All 12 solutions in this area", or the empty block's way forward. */
function AllLink({ href, text }: { href: string; text: string }) {
  return (
    <p>
      <a href={href}>{text}</a>
    </p>
  );
}

function ItemLinks({ items, locale }: { items: ItemSummary[]; locale: string }) {
  return (
    <ul class="results">
      {items.map((item) => (
        <li>
          <a href={`/${item.type}s/${item.slug}`} lang={item.textLocale === locale ? undefined : item.textLocale}>
            {item.title}
          </a>
          {item.organisations.length ? <span class="small muted"> · {item.organisations.map((o) => o.acronym ?? o.name).join(', ')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function AreaHub({ view }: { view: AreaHubView }) {
  const { meta, area, solutions, resources, partners, recommendations, events, indicators, requests } = view;
  const { t, locale } = meta;
  const { number } = formatters(locale);
  const counts: Record<BlockName, number> = {
    solutions: solutions.total,
    resources: resources.total,
    partners: partners.total,
    recommendations: recommendations.total,
    events: events.total,
    indicators: indicators.list.length,
    requests: requests.total,
  };
  const slug = area.slug;
  const mapHref = indicators.map ? filterHref('/data/indicators', { indicator: indicators.map.indicator.code, year: String(indicators.map.year) }) : '';
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/policy-areas', label: t('policyAreas.title') }, { label: area.shortName }]} />
      <h1>
        {area.position}. {area.name}
      </h1>
      <p class="lead">{area.description}</p>
      <p>{t(`hubs.covers.${slug}`)}</p>
      <nav aria-label={t('hubs.contents')}>
        <ul class="tags">
          {hubBlocks.map((name) => (
            <li>
              <a href={`#${name}`}>
                {t(`hubs.${name}.title`)} ({number(counts[name])})
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Block t={t} name="solutions" count={solutions.total} empty={<p>{t('hubs.solutions.none')} <a href="/requests/new">{t('hubs.requests.ask')}</a></p>}>
        <ItemLinks items={solutions.items} locale={locale} />
        <AllLink href={solutions.href} text={t('hubs.solutions.all', { count: solutions.total })} />
      </Block>

      <Block t={t} name="resources" count={resources.total} empty={<p>{t('hubs.resources.none')} <a href="/requests/new">{t('hubs.requests.ask')}</a></p>}>
        <ItemLinks items={resources.items} locale={locale} />
        <AllLink href={resources.href} text={t('hubs.resources.all', { count: resources.total })} />
      </Block>

      <Block t={t} name="partners" count={partners.total} empty={<p>{t('hubs.partners.none')} <a href="/organisations">{t('hubs.partners.browse')}</a></p>}>
        <ul class="tags">
          {partners.items.map((p) => (
            <li>
              <a href={`/organisations/${p.slug}`}>{p.label}</a>
              {p.items ? <span class="muted"> {t('hubs.partners.items', { count: p.items })}</span> : null}
            </li>
          ))}
        </ul>
        <AllLink href={partners.href} text={t('hubs.partners.all', { count: partners.total })} />
      </Block>

      <Block t={t} name="recommendations" count={recommendations.total} empty={<p>{t('hubs.recommendations.none')} <a href="/events?when=past">{t('hubs.recommendations.pastEvents')}</a></p>}>
        <p class="small muted">{t('hubs.recommendations.lead', { count: recommendations.answered })}</p>
        <ul class="results">
          {recommendations.items.map((r) => (
            <RecommendationEntry meta={meta} recommendation={r} />
          ))}
        </ul>
        <AllLink href={recommendations.href} text={t('hubs.recommendations.all', { count: recommendations.total })} />
      </Block>

      <Block
        t={t}
        name="events"
        count={events.total}
        empty={
          <p>
            {t('hubs.events.none')} <a href={events.pastHref}>{t('hubs.events.past')}</a>
          </p>
        }
      >
        <ul class="results">
          {events.items.map((e) => (
            <li>
              <a href={`/events/${e.slug}`} lang={e.textLocale === locale ? undefined : e.textLocale}>
                {e.title}
              </a>{' '}
              <EventBadges event={e} t={t} />
              <br />
              <span class="small">
                {eventWhen(e, locale)} · {eventPlace(e, t, locale)}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <a href={events.href}>{t('hubs.events.all', { count: events.total })}</a> · <a href={events.pastHref}>{t('hubs.events.past')}</a>
        </p>
      </Block>

      <Block t={t} name="indicators" count={indicators.list.length} empty={<p>{t('hubs.indicators.none')} <a href="/data/indicators">{t('hubs.indicators.explorer')}</a></p>}>
        {indicators.map ? (
          <>
            <a href={mapHref}>{inline(indicators.map.map)}</a>
            <p class="small">
              {t('hubs.indicators.caption', { indicator: indicators.map.indicator.name, year: indicators.map.year, count: indicators.map.economies, source: indicators.map.indicator.source })}{' '}
              <a href={mapHref}>{t('hubs.indicators.open')}</a>
            </p>
          </>
        ) : null}
        <ul>
          {indicators.list.map((i) => (
            <li>
              <a href={filterHref('/data/indicators', { indicator: i.code })}>{i.name}</a> <span class="small muted">· {i.source}</span>
            </li>
          ))}
        </ul>
      </Block>

      <Block
        t={t}
        name="requests"
        count={requests.total}
        empty={
          <p>
            {t('hubs.requests.none')} <a href="/requests/new">{t('hubs.requests.post')}</a>
          </p>
        }
      >
        <ul class="results">
          {requests.items.map((r) => (
            <li>
              <a href={`/requests/${r.id}`} lang={r.sourceLocale === locale ? undefined : r.sourceLocale}>
                {r.title}
              </a>{' '}
              <RequestBadges request={r} t={t} />
              <br />
              <span class="small">{countryName(r.country, locale)}</span>
            </li>
          ))}
        </ul>
        <p>
          <a href={requests.href}>{t('hubs.requests.all', { count: requests.total })}</a> · <a href="/requests/new">{t('hubs.requests.post')}</a>
        </p>
      </Block>
    </article>
  );
}
