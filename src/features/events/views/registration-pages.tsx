import { PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { countryName } from '../../countries/reference.js';
import { isWebUrl } from '../../catalogue/json-ld.js';
import { eventPath } from '../present.js';
import type { EventDetail } from '../queries.js';
import type { ClosedReason, Participant } from '../registration.js';
import { EventFacts } from './registration-form.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';


/** Why this event takes no registration here, with the organisers' own link when it has one. */
export function RegistrationClosed({ event, reason, t }: { event: EventDetail; reason: ClosedReason; t: Translate }) {
  return (
    <>
      <h1>{t('registration.closed.title')}</h1>
      <p role="status">
        <strong>{event.title}</strong>: {t(`registration.closed.${reason}`)}
      </p>
      {reason === 'not-built-in' && event.registration === 'link' && isWebUrl(event.registrationUrl) ? (
        <p>
          <a href={event.registrationUrl} rel="external">
            {t('registration.closed.external')}
          </a>
        </p>
      ) : null}
      <p>
        <a href={eventPath(event.slug)}>{t('registration.closed.back')}</a>
      </p>
    </>
  );
}

/** After registering (Post/Redirect/Get): confirmed or waitlisted, and that an email was sent. */
export function RegistrationDone({ event, status, t, locale }: { event: EventDetail; status: 'confirmed' | 'waitlisted'; t: Translate; locale: Locale }) {
  return (
    <>
      <h1>{t(status === 'confirmed' ? 'registration.done.title' : 'registration.done.waitlistTitle')}</h1>
      <p role="status">{t(`registration.done.${status}`, { event: event.title })}</p>
      <p>{t('registration.done.emailSent')}</p>
      <EventFacts event={event} t={t} locale={locale} />
      <ul>
        <li>
          <a href={`${eventPath(event.slug)}.ics`}>{t('registration.done.calendar')}</a>
        </li>
        <li>
          <a href={eventPath(event.slug)}>{t('registration.closed.back')}</a>
        </li>
      </ul>
    </>
  );
}

/** The page of the emailed link: asks before cancelling (a GET changes nothing). */
export function CancelQuestion({ event, name, token, csrf, t, locale }: { event: EventDetail; name: string; token: string; csrf: string; t: Translate; locale: Locale }) {
  return (
    <>
      <h1>{t('registration.cancel.title')}</h1>
      <p>{t('registration.cancel.question', { name, event: event.title })}</p>
      <EventFacts event={event} t={t} locale={locale} />
      <PostForm action={`${eventPath(event.slug)}/registrations/cancel`} token={csrf} class="inline-form">
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t('registration.cancel.submit')}</button>
      </PostForm>{' '}
      <a href={eventPath(event.slug)}>{t('registration.cancel.keep')}</a>
    </>
  );
}

/** The end of a cancellation, or why the link does not work. */
export function CancelOutcome({ event, outcome, t }: { event: EventDetail; outcome: 'done' | 'invalid' | 'used'; t: Translate }) {
  return (
    <>
      <h1>{t(outcome === 'done' ? 'registration.cancel.doneTitle' : 'registration.cancel.title')}</h1>
      <p role="status">{t(`registration.cancel.${outcome}`)}</p>
      <p>
        <a href={eventPath(event.slug)}>{t('registration.closed.back')}</a>
      </p>
    </>
  );
}

/** The organisers' list of everyone who registered, with the CSV download. */
export function ParticipantList({ event, participants, t, locale }: { event: EventDetail; participants: Participant[]; t: Translate; locale: Locale }) {
  const count = (status: Participant['status']) => participants.filter((p) => p.status === status).length;
  const time = (instant: string | null) => (instant ? instant.slice(0, 16).replace('T', ' ') : '');
  return (
    <>
      <h1>{t('registration.participants.title', { event: event.title })}</h1>
      <p>
        {t('registration.participants.summary', { confirmed: count('confirmed'), waitlisted: count('waitlisted'), cancelled: count('cancelled') })}{' '}
        {event.capacity === null ? t('registration.participants.noCapacity') : t('registration.participants.capacity', { capacity: event.capacity })}
      </p>
      <p class="hint">{t('registration.participants.privacy')}</p>
      <p>
        <a href={`${eventPath(event.slug)}/participants.csv`} download>
          {t('registration.participants.csv')}
        </a>
      </p>
      {participants.length === 0 ? (
        <p>{t('registration.participants.none')}</p>
      ) : (
        <ScrollTable id="participants" caption={t('registration.participants.caption', { event: event.title })}>
          <thead>
            <tr>
              {(['name', 'email', 'country', 'organisationType', 'gender', 'status', 'registeredAt', 'cancelledAt'] as const).map((column) => (
                <th scope="col">{t(`registration.participants.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <tr>
                <th scope="row">{p.name}</th>
                <td>{p.email}</td>
                <td>{countryName(p.country, locale)}</td>
                <td>{t(`registration.organisationType.${p.organisationType}`)}</td>
                <td>{p.gender ? t(`registration.gender.${p.gender}`) : ''}</td>
                <td>{t(`registration.status.${p.status}`)}</td>
                <td>{time(p.createdAt)}</td>
                <td>{time(p.cancelledAt)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
