import { Feed } from 'feed';
import { type Context, Hono } from 'hono';
import { cacheKey, createRenderCache } from '../../web/charts/cache.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { gate } from '../../web/policy.js';
import { publicOrigin } from '../../web/links.js';
import { html } from '../catalogue/feeds.js';
import { type CalendarContext, eventsCalendar, programmeCalendar } from './ical.js';
import { eventPath } from './present.js';
import { type EventSummary, eventVersion, findEventBySlug, listEvents } from './queries.js';
import { EventFilterQuery, eventFilterOf } from './schema.js';
import { todayUtc } from './time.js';

export const eventFeedSize = 50;

/** A sample event says so in its title wherever the title leaves the hub's pages. */
export function feedTitle(event: Pick<EventSummary, 'title' | 'isSample'>, t: Translate): string {
  const sample = t('figures.atom.sample');
  return event.isSample && !event.title.toLowerCase().includes(sample.toLowerCase()) ? `${sample}: ${event.title}` : event.title;
}

/** A query's parameters without empty values (an unfilled form field means no filter). */
function filledQuery(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
}

function calendarResponse(c: Context<AppEnv>, body: string, filename: string) {
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  c.header('Cache-Control', 'public, max-age=900');
  c.header('Vary', 'Accept-Language, Cookie');
  return c.body(body);
}

/**
 * /events.ics (the calendar, filtered like /events), /events/:slug.ics (one event's programme) and
 * /events.atom (new events). Rendered calendars are kept by the events' version, so nothing is rebuilt
 * until an event changes; UIDs and Atom ids use the hub's configured host, not the request's.
 */
export function eventFeeds({ db, publicUrl, baseUrl }: AppDeps) {
  const rendered = createRenderCache({ max: 300, maxChars: 8_000_000 });
  const uidHost = new URL(baseUrl).hostname;
  const context = (c: Context<AppEnv>): CalendarContext => ({ origin: publicOrigin(c, publicUrl), uidHost, locale: c.var.locale, t: c.var.t });

  const calendar = async (c: Context<AppEnv>) => {
    const parsed = EventFilterQuery.safeParse(filledQuery(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // An enum's message lists every value: too long for a calendar app's error line.
      const message = issue?.code === 'invalid_value' ? 'not an accepted value' : (issue?.message ?? 'not valid');
      return c.text(`Invalid value for "${issue?.path.join('.') ?? 'query'}": ${message}.`, 400);
    }
    const filter = eventFilterOf(parsed.data);
    const ctx = context(c);
    const today = todayUtc();
    const key = cacheKey('events.ics', await eventVersion(db), ctx.locale, ctx.origin, today, JSON.stringify(filter));
    const body = await rendered.get(key, async () => {
      const events = await listEvents(db, filter, ctx.locale, today);
      return eventsCalendar(
        events.map((e) => ({ ...e, title: feedTitle(e, ctx.t) })),
        ctx,
      );
    });
    return calendarResponse(c, body, 'e4d-hub-events.ics');
  };

  const programme = async (c: Context<AppEnv>) => {
    const file = c.req.param('file') ?? '';
    const slug = file.replace(/\.ics$/, '');
    const ctx = context(c);
    const key = cacheKey('event.ics', await eventVersion(db), ctx.locale, ctx.origin, slug);
    const body = await rendered.get(key, async () => {
      const event = await findEventBySlug(db, slug, ctx.locale);
      return event ? programmeCalendar({ ...event, title: feedTitle(event, ctx.t) }, ctx) : '';
    });
    if (!body) return c.text('No event has this address.', 404);
    return calendarResponse(c, body, `${slug}.ics`);
  };

  const atom = async (c: Context<AppEnv>) => {
    const { origin, locale, t } = context(c);
    const key = cacheKey('events.atom', await eventVersion(db), locale, origin);
    const xml = await rendered.get(key, async () => {
      const newest = (await listEvents(db, { when: 'all' }, locale))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
        .slice(0, eventFeedSize);
      const feed = new Feed({
        id: `${origin}/events.atom?lang=${locale}`,
        title: t('figures.atom.title'),
        description: t('figures.atom.subtitle'),
        link: `${origin}/events?lang=${locale}`,
        feed: `${origin}/events.atom?lang=${locale}`,
        language: locale,
        updated: new Date(newest.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), '1970-01-01T00:00:00.000Z')),
        author: { name: 'E4D Hub', link: `${origin}/` },
        generator: 'E4D Hub',
      });
      for (const event of newest) {
        feed.addItem({
          id: `tag:${uidHost},${event.createdAt.slice(0, 10)}:event:${event.slug}`,
          title: html(feedTitle(event, t)),
          link: `${origin}${eventPath(event.slug)}?lang=${locale}`,
          date: new Date(event.updatedAt),
          published: new Date(event.createdAt),
          description: html(`${event.startDate}${event.endDate !== event.startDate ? ` – ${event.endDate}` : ''}${event.city ? `, ${event.city}` : ''}. ${event.summary}`),
          author: event.organisers.map((o) => ({ name: o.name, link: `${origin}/organisations/${o.slug}` })),
          category: event.policyAreas.map((area) => ({ term: area, scheme: `${origin}/policy-areas/` })),
        });
      }
      // The feed package writes no xml:lang; the feed's language is the reader's.
      return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
    });
    c.header('Content-Type', 'application/atom+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=900');
    c.header('Vary', 'Accept-Language, Cookie');
    return c.body(xml);
  };

  return new Hono<AppEnv>()
    .get('/events.ics', gate('public'), calendar)
    .get('/events.atom', gate('public'), atom)
    .get('/events/:file{[a-z0-9-]+\\.ics}', gate('public'), programme);
}
