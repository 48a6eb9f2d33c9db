import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { Breadcrumbs } from '../../../web/components/common.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { renderMarkdown } from '../../../web/markdown.js';
import { isWebUrl } from '../../catalogue/json-ld.js';
import { coverageName, languageLabel } from '../../catalogue/views/labels.js';
import type { EventDetail, OrganisationRef } from '../queries.js';
import { EventBadges } from './event-list.js';
import { eventWhen, postalPlace, statusLabel } from './format.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

function Fact({ label, children }: { label: string; children: Child }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Organisations({ list }: { list: OrganisationRef[] }) {
  return (
    <>
      {list.map((o, i) => (
        <>
          {i > 0 ? ', ' : null}
          <a href={`/organisations/${o.slug}`}>{o.name}</a>
        </>
      ))}
    </>
  );
}

/** Registration: an outside link, the hub's own form with the places left, or nothing. */
function Register({ t, event }: { t: Translate; event: EventDetail }) {
  if (event.registration === 'none' || event.status === 'cancelled' || event.phase === 'past') return null;
  if (event.registration === 'link' && !isWebUrl(event.registrationUrl)) return null;
  const left = event.capacity === null ? null : Math.max(0, event.capacity - event.registrations.confirmed);
  return (
    <section aria-labelledby="register">
      <h2 id="register">{t('events.register')}</h2>
      {event.registration === 'link' ? (
        <p>
          <a class="button" href={event.registrationUrl!} rel="noopener">
            {t('events.registerOutside')}
          </a>
        </p>
      ) : (
        <p>
          <a class="button" href={`/events/${event.slug}/register`}>
            {t('events.registerHere')}
          </a>{' '}
          {left === null ? null : left > 0 ? t('events.placesLeft', { count: left }) : t('events.waitingList')}
        </p>
      )}
    </section>
  );
}

/** An event's pages: the programme, its outcomes, its figures and its calendar entry. */
export function EventLinks({ t, slug }: { t: Translate; slug: string }) {
  return (
    <ul class="tags">
      <li>
        <a href={`/events/${slug}.ics`}>{t('events.addToCalendar')}</a>
      </li>
      <li>
        <a href={`/events/${slug}/outcomes`}>{t('events.outcomes')}</a>
      </li>
      <li>
        <a href={`/events/${slug}/figures`}>{t('figures.title')}</a>
      </li>
    </ul>
  );
}

/** The notices every page of an event starts with: untranslated text, sample content. */
export function EventHeader({ meta, event, title }: { meta: PageMeta; event: EventDetail; title?: string }) {
  const { t, locale } = meta;
  const lang = event.textLocale === locale ? undefined : event.textLocale;
  return (
    <>
      <Breadcrumbs
        t={t}
        items={[{ href: '/events', label: t('events.title') }, ...(title ? [{ href: `/events/${event.slug}`, label: event.title }, { label: title }] : [{ label: event.title }])]}
      />
      <h1 lang={title ? undefined : lang}>
        {title ?? event.title} <EventBadges event={event} t={t} />
      </h1>
      {title ? (
        <p class="lead" lang={lang}>
          {event.title}
        </p>
      ) : null}
      {event.isSample ? <p class="notice">{t('events.sampleNotice')}</p> : null}
      {!title && lang ? (
        <p class="notice">{t('common.missingTranslation', { language: t(`language.${locale}`), original: t(`language.${event.textLocale}`) })}</p>
      ) : null}
    </>
  );
}

export function EventPage({ meta, event, programme, jsonLd }: { meta: PageMeta; event: EventDetail; programme: Child; jsonLd: string | null }) {
  const { t, locale } = meta;
  const lang = event.textLocale === locale ? undefined : event.textLocale;
  const place = postalPlace(event, locale).join(', ');
  return (
    <article>
      <EventHeader meta={meta} event={event} />
      {event.status !== 'scheduled' && !(event.status === 'moved-online' && event.phase === 'past') ? <p class="notice">{t(`events.statusNotice.${event.status}`)}</p> : null}
      <p class="lead" lang={lang}>
        {event.summary}
      </p>
      <dl class="facts">
        <Fact label={t('events.dates')}>{eventWhen(event, locale)}</Fact>
        {place && event.attendanceMode !== 'online' ? <Fact label={t('events.venue')}>{place}</Fact> : null}
        {event.attendanceMode !== 'offline' ? (
          <Fact label={t('events.online')}>{isWebUrl(event.onlineUrl) ? <a href={event.onlineUrl} rel="nofollow noopener">{event.onlineUrl}</a> : t('events.linkLater')}</Fact>
        ) : null}
        <Fact label={t('events.filter.mode')}>{t(`events.mode.${event.attendanceMode}`)}</Fact>
        <Fact label={t('events.statusLabel')}>{statusLabel(event, t)}</Fact>
        {event.organisers.length ? (
          <Fact label={t('events.organisers')}>
            <Organisations list={event.organisers} />
          </Fact>
        ) : null}
        {event.partners.length ? (
          <Fact label={t('events.partners')}>
            <Organisations list={event.partners} />
          </Fact>
        ) : null}
        {event.policyAreas.length ? (
          <Fact label={t('catalogue.policyAreas')}>
            {event.policyAreas.map((slug, i) => (
              <>
                {i > 0 ? ', ' : null}
                <a href={`/policy-areas/${slug}`}>{policyAreaLabel(t, slug, 'short')}</a>
              </>
            ))}
          </Fact>
        ) : null}
        {event.languages.length ? <Fact label={t('catalogue.languages')}>{event.languages.map((l) => languageLabel(l, t, locale)).join(', ')}</Fact> : null}
        {event.coverage.length ? <Fact label={t('catalogue.coverage')}>{event.coverage.map((c) => coverageName(c, t, locale)).join(', ')}</Fact> : null}
      </dl>
      <EventLinks t={t} slug={event.slug} />
      <Register t={t} event={event} />
      {event.description.trim() ? (
        <section aria-labelledby="description">
          <h2 id="description">{t('catalogue.description')}</h2>
          <div class="prose" lang={lang}>
            {raw(renderMarkdown(event.description))}
          </div>
        </section>
      ) : null}
      {programme}
      <p class="small muted">
        {t('common.source')}
        {t('common.colon')} {event.source}
      </p>
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} /> : null}
    </article>
  );
}
