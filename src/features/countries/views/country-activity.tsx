import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { itemPath } from '../../catalogue/present.js';
import { dayText, percent } from '../../connect/views/format.js';
import type { EventSummary } from '../../events/queries.js';
import { EventBadges } from '../../events/views/event-list.js';
import { dateRange, eventPlace } from '../../events/views/format.js';
import type { CountryDashboard } from '../dashboard.js';
import { regionName } from '../regions.js';

interface Props {
  t: Translate;
  locale: Locale;
  iso3: string;
  name: string;
  dashboard: CountryDashboard;
}

/**
 * What a focal point can do for a country that has nothing yet: become its focal point, post a
 * request, take the self-assessment. Each a link to the page that does it (the request and
 * assessment forms send a visitor to sign in first and back).
 */
export function NextSteps({ t, iso3, name, signedIn }: { t: Translate; iso3: string; name: string; signedIn: boolean }) {
  return (
    <section aria-labelledby="next-steps" class="notice">
      <h2 id="next-steps">{t('dashboards.country.nextTitle')}</h2>
      <p>{t('dashboards.country.nextLead', { country: name })}</p>
      <ol>
        <li>
          {signedIn ? (
            t('dashboards.country.nextBecomeSignedIn', { country: name })
          ) : (
            <a href="/sign-up">{t('dashboards.country.nextBecome', { country: name })}</a>
          )}{' '}
          (<a href="/contact">{t('dashboards.country.nextContact')}</a>)
        </li>
        <li>
          <a href="/requests/new">{t('dashboards.country.nextRequest')}</a>
        </li>
        <li>
          <a href={`/countries/${iso3}/assessment/new`}>{t('dashboards.country.nextAssess')}</a>
        </li>
      </ol>
    </section>
  );
}

/** The country's readiness reports, self-assessments and action tracker, in short. */
export function TrackerSection({ t, locale, iso3, name, dashboard }: Props) {
  const { readiness, selfAssessments, actions } = dashboard;
  return (
    <section aria-labelledby="tracker">
      <h2 id="tracker">{t('dashboards.country.trackerTitle')}</h2>
      {readiness.length ? (
        <>
          <h3>{t('dashboards.country.reports')}</h3>
          <ul>
            {readiness.map((item) => (
              <li>
                <a href={itemPath(item)} lang={item.textLocale === locale ? undefined : item.textLocale}>
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('dashboards.country.selfAssessmentsTitle')}</h3>
      <p>
        {selfAssessments.latest ? (
          <a href={`/countries/${iso3}/assessments`}>
            {t('dashboards.country.selfAssessments', { count: selfAssessments.count, date: dayText(selfAssessments.latest.createdAt, locale) })}
          </a>
        ) : (
          t('dashboards.country.selfAssessmentsNone')
        )}{' '}
        · <a href={`/countries/${iso3}/assessment/new`}>{t('dashboards.country.takeAssessment')}</a>
      </p>
      <h3>{t('dashboards.country.actionsTitle')}</h3>
      <p>
        {actions.actions === 0
          ? t('dashboards.country.actionsNone')
          : actions.share === null
            ? t('dashboards.country.actionsNoneCounted')
            : t('dashboards.country.actionsValue', { share: percent(actions.share, locale), completed: actions.completed, counted: actions.actions - actions.dropped })}{' '}
        · <a href={`/countries/${iso3}/actions`}>{t('actions.countryLink', { country: name })}</a>
      </p>
    </section>
  );
}

/** The country's requests for assistance: how many, the newest open ones, and the way to post one. */
export function RequestsSection({ t, locale, iso3, name, dashboard }: Props) {
  const { requests } = dashboard;
  return (
    <section aria-labelledby="requests">
      <h2 id="requests">{t('dashboards.country.requestsTitle')}</h2>
      <p>
        {requests.total
          ? t('dashboards.country.requestsCount', { count: requests.total, open: requests.open, country: name })
          : t('dashboards.country.requestsNoneYet', { country: name })}
      </p>
      {requests.latest.length ? (
        <ul>
          {requests.latest.map((r) => (
            <li>
              <a href={`/requests/${r.id}`} lang={r.sourceLocale === locale ? undefined : r.sourceLocale}>
                {r.title}
              </a>{' '}
              <span class="small muted">{dayText(r.createdAt, locale)}</span> {r.isSample ? <span class="tag">{t('requests.sample')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {requests.total ? (
          <>
            <a href={`/requests?country=${iso3}`}>{t('dashboards.country.requestsAll', { country: name })}</a> ·{' '}
          </>
        ) : null}
        <a href="/requests/new">{t('dashboards.country.postRequest')}</a>
      </p>
    </section>
  );
}

function EventLines({ t, locale, events }: { t: Translate; locale: Locale; events: EventSummary[] }) {
  return (
    <ul>
      {events.map((e) => (
        <li>
          <a href={`/events/${e.slug}`} lang={e.textLocale === locale ? undefined : e.textLocale}>
            {e.title}
          </a>{' '}
          <span class="small muted">
            {dateRange(e.startDate, e.endDate, locale)}
            {eventPlace(e, t, locale) ? ` · ${eventPlace(e, t, locale)}` : ''}
          </span>{' '}
          <EventBadges event={e} t={t} />
        </li>
      ))}
    </ul>
  );
}

/** Events of the country's region: upcoming first, then the most recent past ones. */
export function EventsSection({ t, locale, name, region, dashboard }: Props & { region: string | null }) {
  const { upcoming, past } = dashboard.events;
  const regionLabel = region ? regionName(region, locale) : name;
  return (
    <section aria-labelledby="events">
      <h2 id="events">{t('dashboards.country.eventsTitle')}</h2>
      {upcoming.length || past.length ? (
        <>
          <p class="small muted">{t('dashboards.country.eventsLead', { region: regionLabel, country: name })}</p>
          {upcoming.length ? (
            <>
              <h3>{t('dashboards.country.eventsUpcoming')}</h3>
              <EventLines t={t} locale={locale} events={upcoming} />
            </>
          ) : null}
          {past.length ? (
            <>
              <h3>{t('dashboards.country.eventsPast')}</h3>
              <EventLines t={t} locale={locale} events={past} />
            </>
          ) : null}
        </>
      ) : (
        <p>{t('dashboards.country.eventsNone')}</p>
      )}
      {region ? (
        <p>
          <a href={`/events?region=${region}&when=all`}>{t('dashboards.country.eventsAll', { region: regionLabel })}</a>
        </p>
      ) : null}
    </section>
  );
}
