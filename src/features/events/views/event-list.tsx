import type { Translate } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { isRegionCode, regionName } from '../../countries/regions.js';
import { formatters } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { type CountedFilter, type EventListState, effectiveWhen, filterRegions, listParams, whens } from '../page-query.js';
import type { EventSummary } from '../queries.js';
import { attendanceModes } from '../types.js';
import { eventPlace, eventWhen, statusLabel } from './format.js';
import { MonthGrid } from './month-grid.js';
import { FilterSelect } from '../../../web/components/choices.js';

export interface EventListView {
  meta: PageMeta;
  state: EventListState;
  events: EventSummary[];
  /** How many events each filter value would list with the other filters kept. */
  counts?: Record<CountedFilter, Map<string, number>> | undefined;
  /** The month the calendar shows (YYYY-MM). */
  month: string;
  /** The feeds' addresses with the same filters. */
  ics: string;
  webcal: string;
  atom: string;
}

/** Took place, taking place; postponed, cancelled, moved online; a sample. Words, not colours. */
export function EventBadges({ event, t }: { event: Pick<EventSummary, 'status' | 'isSample' | 'phase'>; t: Translate }) {
  const shown = event.status !== 'scheduled' || event.phase !== 'upcoming';
  const kind = event.status === 'scheduled' ? `phase-${event.phase}` : `status-${event.status}`;
  return (
    <>
      {shown ? <span class={`tag ${kind}`}>{statusLabel(event, t)}</span> : null}
      {event.isSample ? <span class="tag">{t('events.sample')}</span> : null}
    </>
  );
}

function Tabs({ meta, state }: { meta: PageMeta; state: EventListState }) {
  const current = effectiveWhen(state);
  return (
    <nav aria-label={meta.t('events.when')}>
      <ul class="tabs">
        {whens.map((w) => (
          <li>
            <a href={filterHref('/events', listParams(state, { when: w === 'upcoming' ? undefined : w, month: undefined }))} aria-current={w === current ? 'page' : undefined}>
              {meta.t(`events.tab.${w}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}


/**
 * A filter's options: with counts, only the values that list events (and the chosen one), policy areas and
 * modes the most frequent first, regions in their order (each followed by its sub-regions).
 */
function counted(options: { value: string; label: string }[], counts: Map<string, number> | undefined, chosen: string | undefined, byCount: boolean, locale: string) {
  if (!counts) return options;
  const { number } = formatters(locale as Locale);
  const kept = options.filter((o) => (counts.get(o.value) ?? 0) > 0 || o.value === chosen);
  if (byCount) kept.sort((a, b) => (counts.get(b.value) ?? 0) - (counts.get(a.value) ?? 0));
  return kept.map((o) => ({ value: o.value, label: `${o.label} (${number(counts.get(o.value) ?? 0)})` }));
}

function FilterForm({ meta, state, counts }: { meta: PageMeta; state: EventListState; counts: EventListView['counts'] }) {
  const { t, locale } = meta;
  return (
    <form class="filters" method="get" action="/events">
      {state.when ? <input type="hidden" name="when" value={state.when} /> : null}
      <FilterSelect
        name="policyArea"
        label={t('events.filter.policyArea')}
        any={t('events.filter.any')}
        value={state.policyArea}
        options={counted(
          policyAreaSlugs.map((s) => ({ value: s, label: policyAreaLabel(t, s, 'short') })),
          counts?.policyArea,
          state.policyArea,
          true,
          locale,
        )}
      />
      <FilterSelect
        name="region"
        label={t('events.filter.region')}
        any={t('events.filter.any')}
        value={state.region}
        options={counted(
          filterRegions.map((r) => ({ value: r, label: `${isRegionCode(r) ? '' : '\u00a0\u00a0'}${regionName(r, locale)}` })),
          counts?.region,
          state.region,
          false,
          locale,
        )}
      />
      <FilterSelect
        name="mode"
        label={t('events.filter.mode')}
        any={t('events.filter.any')}
        value={state.mode}
        options={counted(
          attendanceModes.map((m) => ({ value: m, label: t(`events.mode.${m}`) })),
          counts?.mode,
          state.mode,
          true,
          locale,
        )}
      />
      <span class="field">
        <label for="f-month">{t('events.filter.month')}</label>
        <input type="month" id="f-month" name="month" value={state.month ?? ''} pattern="\d{4}-\d{2}" placeholder="2017-04" />
      </span>
      <button type="submit">{t('events.filter.apply')}</button>
    </form>
  );
}

function EventItem({ meta, event }: { meta: PageMeta; event: EventSummary }) {
  const { t, locale } = meta;
  const lang = event.textLocale === locale ? undefined : event.textLocale;
  const organisers = event.organisers.map((o) => o.acronym ?? o.name).join(', ');
  return (
    <li id={`e-${event.slug}`}>
      <h3>
        <a href={`/events/${event.slug}`} lang={lang}>
          {event.title}
        </a>{' '}
        <EventBadges event={event} t={t} />
      </h3>
      <p>{eventWhen(event, locale)}</p>
      <p class="small">
        {eventPlace(event, t, locale)}
        {organisers ? (
          <>
            {' · '}
            {t('events.by', { organisers })}
          </>
        ) : null}
      </p>
    </li>
  );
}

/** /events: tabs, filters, the month's calendar, the list and the feeds. */
export function EventListPage({ view }: { view: EventListView }) {
  const { meta, state, events } = view;
  const { t } = meta;
  const filtered = Boolean(state.policyArea || state.region || state.mode || state.month);
  return (
    <>
      <h1>{t('events.title')}</h1>
      <p class="lead">{t('events.lead')}</p>
      <Tabs meta={meta} state={state} />
      <FilterForm meta={meta} state={state} counts={view.counts} />
      {filtered ? (
        <p>
          <a href={filterHref('/events', { when: state.when })}>{t('common.clearFilters')}</a>
        </p>
      ) : null}
      <div class="events-layout">
        <section aria-labelledby="list-title">
          <h2 id="list-title">
            {t(`events.listTitle.${effectiveWhen(state)}`)} <span class="muted">({events.length})</span>
          </h2>
          {events.length ? (
            <ol class="results">
              {events.map((e) => (
                <EventItem meta={meta} event={e} />
              ))}
            </ol>
          ) : (
            <p>{t(filtered ? 'events.noneMatch' : `events.none.${effectiveWhen(state)}`)}</p>
          )}
        </section>
        <MonthGrid meta={meta} state={state} month={view.month} events={events} />
      </div>
      <h2>{t('events.subscribe')}</h2>
      <ul>
        <li>
          <a href={view.webcal}>{t('events.subscribeCalendar')}</a> <span class="small muted">({t('events.webcalNote')})</span>{' '}
          <a href={view.ics} class="small">
            {t('events.downloadIcs')}
          </a>
        </li>
        <li>
          <a href={view.atom}>{t('events.atomFeed')}</a>
        </li>
      </ul>
    </>
  );
}
