import { raw } from 'hono/html';
import { renderMarkdown } from '../../../web/markdown.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { commonZones } from '../page-query.js';
import type { EventDetail, EventSession, SessionPerson } from '../queries.js';
import { personRoles } from '../types.js';
import { longDay, outcomeAnchor, shortDay, timeRange, zoneLabel } from './format.js';

interface ProgrammeProps {
  t: Translate;
  locale: Locale;
  event: EventDetail;
  /** The zone times are shown in: the event's, or the visitor's choice (?tz=). */
  zone: string;
}

/**
 * Sessions that start at the same time, in room order: one slot, several rooms when parallel. A
 * session whose time is not given is a slot of its own: nothing says it ran beside another.
 */
export function slots(sessions: EventSession[]): EventSession[][] {
  const out: EventSession[][] = [];
  for (const s of sessions) {
    const last = out[out.length - 1];
    if (last && !s.allDay && !last[0]!.allDay && last[0]!.startsAt === s.startsAt) last.push(s);
    else out.push([s]);
  }
  return out;
}

/** "Speakers: A. Name (Minister, Country)": one line per role; gender is never shown. */
function People({ t, people }: { t: Translate; people: SessionPerson[] }) {
  const who = (p: SessionPerson) => [p.title, p.organisation].filter(Boolean).join(', ');
  return (
    <>
      {personRoles.map((role) => {
        const list = people.filter((p) => p.role === role);
        if (!list.length) return null;
        return (
          <p class="small">
            <strong>{t(`events.role.${role}`, { count: list.length })}</strong>
            {t('common.colon')}{' '}
            {list.map((p, i) => (
              <>
                {i > 0 ? '; ' : null}
                {p.name}
                {who(p) ? <span class="muted"> ({who(p)})</span> : null}
              </>
            ))}
          </p>
        );
      })}
    </>
  );
}

function Session({ t, locale, session, zone, eventSlug }: { t: Translate; locale: Locale; session: EventSession; zone: string; eventSlug: string }) {
  const cancelled = session.status === 'cancelled';
  const where = [session.room, session.track, t(`events.sessionType.${session.type}`)].filter(Boolean).join(' · ');
  const lang = session.textLocale === locale ? undefined : session.textLocale;
  const descriptionLang = session.descriptionLocale === locale ? undefined : session.descriptionLocale;
  return (
    <li id={`s-${session.key}`} class={cancelled ? 'session cancelled' : 'session'}>
      <h4 lang={lang}>
        {cancelled ? (
          <>
            <s>{session.title}</s> <strong class="tag">{t('events.cancelled')}</strong>
          </>
        ) : (
          session.title
        )}
      </h4>
      <p class="small muted">
        {session.allDay ? null : (
          <>
            <time datetime={session.startsAt}>{timeRange(session.startsAt, session.endsAt, zone, locale, session.date)}</time>
            {' · '}
          </>
        )}
        {where}
      </p>
      {session.description.trim() ? <div class="small prose" lang={descriptionLang}>{raw(renderMarkdown(session.description))}</div> : null}
      {session.coOrganisers.length ? (
        <p class="small">
          <strong>{t('events.coOrganisers')}</strong>
          {t('common.colon')}{' '}
          {session.coOrganisers.map((o, i) => (
            <>
              {i > 0 ? ', ' : null}
              {o.slug ? <a href={`/organisations/${o.slug}`}>{o.name}</a> : o.name}
            </>
          ))}
        </p>
      ) : null}
      <People t={t} people={session.people} />
      {session.outcomes.length ? (
        <p class="small">
          <a href={`/events/${eventSlug}/outcomes#${outcomeAnchor(session.outcomes[0]!.ref)}`}>
            {t('events.sessionOutcomes', { count: session.outcomes.length })}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** The zone switch: a GET form, the choice kept only in the address. */
function ZoneForm({ t, event, zone }: { t: Translate; event: EventDetail; zone: string }) {
  const zones = [...new Set([event.timeZone, ...commonZones, zone])];
  return (
    <form class="filters" method="get" action={`/events/${event.slug}#programme`}>
      <span class="field">
        <label for="tz">{t('events.showTimesIn')}</label>
        <select id="tz" name="tz">
          {zones.map((z) => (
            <option value={z} selected={z === zone}>
              {z === event.timeZone ? t('events.eventZone', { zone: z.replace(/_/g, ' ') }) : z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </span>
      <button type="submit">{t('events.showTimes')}</button>
    </form>
  );
}

/** The programme by day: a section per day, its sessions by start time, parallel ones grouped. */
export function Programme({ t, locale, event, zone }: ProgrammeProps) {
  const dates = [...new Set([...event.days.map((d) => d.date), ...event.sessions.map((s) => s.date)])].sort();
  const day = (date: string) => event.days.find((d) => d.date === date);
  const timed = event.sessions.filter((s) => !s.allDay);
  const at = timed[0]?.startsAt ?? event.startsAt;
  return (
    <section aria-labelledby="programme">
      <h2 id="programme">{t('events.programme')}</h2>
      {event.sessions.length === 0 ? (
        <p>{t('events.noProgramme')}</p>
      ) : (
        <>
          {timed.length < event.sessions.length ? <p>{t(timed.length ? 'events.someTimesNotGiven' : 'events.timesNotGiven')}</p> : null}
          {timed.length ? (
            <>
              <p>
                {t('events.timesIn')} <strong>{zoneLabel(at, zone)}</strong>
                {zone !== event.timeZone ? (
                  <>
                    {' '}
                    <a href={`/events/${event.slug}#programme`}>{t('events.backToEventZone', { zone: event.timeZone.replace(/_/g, ' ') })}</a>
                  </>
                ) : null}
              </p>
              <ZoneForm t={t} event={event} zone={zone} />
            </>
          ) : null}
          <nav aria-label={t('events.days')}>
            <ul class="tags">
              {dates.map((d) => (
                <li>
                  <a href={`#day-${d}`}>{shortDay(d, locale)}</a>
                </li>
              ))}
            </ul>
          </nav>
          {dates.map((date) => {
            const sessions = event.sessions.filter((s) => s.date === date);
            return (
              <section id={`day-${date}`} aria-labelledby={`h-${date}`}>
                <h3 id={`h-${date}`}>
                  {longDay(date, locale)}
                  {day(date)?.title ? (
                    <span class="muted" lang={day(date)!.locale === locale ? undefined : day(date)!.locale}>
                      {` — ${day(date)!.title}`}
                    </span>
                  ) : null}
                </h3>
                <ol class="slots">
                  {slots(sessions).map((slot) =>
                    slot.length === 1 ? (
                      <Session t={t} locale={locale} session={slot[0]!} zone={zone} eventSlug={event.slug} />
                    ) : (
                      <li class="parallel">
                        <p class="small">
                          <strong>{t('events.parallel', { count: slot.length })}</strong>
                        </p>
                        <ul class="slots">
                          {slot.map((s) => (
                            <Session t={t} locale={locale} session={s} zone={zone} eventSlug={event.slug} />
                          ))}
                        </ul>
                      </li>
                    ),
                  )}
                </ol>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
