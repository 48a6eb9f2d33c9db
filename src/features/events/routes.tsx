import { csvText } from '../../lib/csv.js';
import { type Context, Hono } from 'hono';
import { LRUCache } from 'lru-cache';
import { raw } from 'hono/html';
import { notFound } from '../../lib/errors.js';
import { isSlug } from '../../lib/text.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { filterHref, publicOrigin } from '../../web/links.js';
import { gate } from '../../web/policy.js';
import { pageMeta, render } from '../../web/render.js';
import { eventFigureSheet } from './figures.js';
import { eventJsonLd } from './json-ld.js';
import { effectiveWhen, eventFilter, eventFilterCounts, listParams, readEventListState, readTimeZone } from './page-query.js';
import { presentFigures } from './present.js';
import { eventSessions, eventVersion, findEventBySlug, listEvents, matchesFilter } from './queries.js';
import { todayUtc } from './time.js';
import { EventListPage } from './views/event-list.js';
import { EventPage } from './views/event-page.js';
import { FiguresPage } from './views/figures-page.js';
import { OutcomesPage } from './views/outcomes-page.js';
import { Programme } from './views/programme.js';

/** /events, /events/:slug, its outcomes and figures. */
export function eventPages(deps: AppDeps) {
  const { db } = deps;
  // Rendered programmes by event version, slug, language and zone: the longest part of an event page.
  const programmes = new LRUCache<string, string>({ max: 200 });
  const baseUrl = (c: Context<AppEnv>) => publicOrigin(c, deps.publicUrl);

  const loadEvent = async (c: Context<AppEnv>, options?: { sessions: boolean }) => {
    const slug = c.req.param('slug') ?? '';
    if (!isSlug(slug)) throw notFound('Event');
    const event = await findEventBySlug(db, slug, c.var.locale, options);
    if (!event) throw notFound('Event');
    return event;
  };

  const figureTable = async (c: Context<AppEnv>) => {
    const event = await loadEvent(c);
    return { event, sheet: await eventFigureSheet(db, event, c.var.t, c.var.locale) };
  };

  return new Hono<AppEnv>()
    .get('/events', gate('public'), async (c) => {
      const { t, locale } = c.var;
      const state = readEventListState(c);
      const filter = eventFilter(state);
      // The events of every value of the counted filters, then those of the chosen ones: one read for the list and its counts.
      const candidates = await listEvents(db, { ...filter, policyArea: undefined, region: undefined, mode: undefined }, locale);
      const events = candidates.filter((e) => matchesFilter(e, filter));
      const counts = eventFilterCounts(candidates, filter);
      const today = todayUtc().slice(0, 7);
      const month = state.month ?? (effectiveWhen(state) === 'upcoming' ? today : (events[0]?.startDate.slice(0, 7) ?? today));
      const feed = (path: string) => filterHref(path, listParams(state));
      const webcal = `${baseUrl(c).replace(/^https?:/, 'webcal:')}${feed('/events.ics')}`;
      return render(
        c,
        { title: t('events.title'), description: t('events.lead'), json: feed('/api/v1/events') },
        <EventListPage view={{ meta: pageMeta(c), state, events, counts, month, ics: feed('/events.ics'), webcal, atom: feed('/events.atom') }} />,
      );
    })
    .get('/events/:slug', gate('public'), async (c) => {
      const { t, locale } = c.var;
      // The sessions are read only when their rendering is not cached (the version is read first:
      // a programme newer than its key is harmless, an older one would be kept until the next change).
      const event = await loadEvent(c, { sessions: false });
      const zone = readTimeZone(c, event.timeZone);
      const key = `${await eventVersion(db)}|${event.slug}|${locale}|${zone}`;
      let programme = programmes.get(key);
      if (programme === undefined) {
        const full = { ...event, sessions: await eventSessions(db, event.id, locale) };
        programme = String(await (<Programme t={t} locale={locale} event={full} zone={zone} />).toString());
        programmes.set(key, programme);
      }
      const pageUrl = `${baseUrl(c)}/events/${event.slug}`;
      const jsonLd = eventJsonLd(event, pageUrl, (slug) => `${baseUrl(c)}/organisations/${slug}`);
      return render(
        c,
        { title: event.title, description: event.summary, json: `/api/v1/events/${event.slug}` },
        <EventPage meta={pageMeta(c)} event={event} programme={raw(programme)} jsonLd={jsonLd} />,
      );
    })
    .get('/events/:slug/outcomes', gate('public'), async (c) => {
      const event = await loadEvent(c);
      return render(c, { title: `${c.var.t('events.outcomes')}: ${event.title}`, description: c.var.t('seo.outcomes', { event: event.title }) }, <OutcomesPage meta={pageMeta(c)} event={event} />);
    })
    .get('/events/:slug/figures', gate('public'), async (c) => {
      const { event, sheet } = await figureTable(c);
      return render(c, { title: `${c.var.t('figures.title')}: ${event.title}`, description: c.var.t('seo.figures', { event: event.title }), json: `/events/${event.slug}/figures.json` }, <FiguresPage meta={pageMeta(c)} event={event} sheet={sheet} />);
    })
    .get('/events/:slug/figures.csv', gate('public'), async (c) => {
      const { event, sheet } = await figureTable(c);
      // One row per figure: what the organisers reported (with its source), then what the hub computed (with what from).
      const rows = [
        ...sheet.reported.map((f) => ['reported', f.measure, f.name, f.unit, f.qualifier, f.value ?? f.text ?? '', f.display, f.shareOf ?? '', '', '', f.label, f.source.title, f.source.publisher, f.source.year, f.source.url ?? '', f.note, '']),
        ...sheet.computed.map((f) => ['computed', f.key, f.name, f.unit, '', f.value ?? '', f.display, '', f.base ?? '', f.withheld ?? '', f.label, '', '', '', '', f.note ?? '', f.definition]),
      ];
      const header = ['kind', 'key', 'name', 'unit', 'qualifier', 'value', 'display', 'share_of', 'base', 'withheld', 'basis', 'source_title', 'source_publisher', 'source_year', 'source_url', 'note', 'definition'];
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${event.slug}-figures.csv"`);
      return c.body(csvText(header, rows));
    })
    .get('/events/:slug/figures.json', gate('public'), async (c) => {
      const { event, sheet } = await figureTable(c);
      return c.json({ data: { event: event.slug, locale: c.var.locale, ...presentFigures(sheet.reported, sheet.computed, sheet.basis) } });
    });
}
