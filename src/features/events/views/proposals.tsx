import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { PostForm } from '../../../web/components/form.js';
import { AdminNav } from '../../admin/views/common.js';
import type { ChangeForReview } from '../changes.js';
import type { ProposalRow } from '../proposals.js';
import { ChangesForReview } from './event-changes.js';
import { eventStatuses } from '../types.js';

/** A proposal's title, dates and where it stands; a link to its public page once published. */
function ProposalSummary({ t, event }: { t: Translate; event: ProposalRow }) {
  return (
    <>
      <strong>{event.reviewStatus === 'published' ? <a href={`/events/${event.slug}`}>{event.title}</a> : event.title}</strong>{' '}
      <span class="meta">
        {event.startDate === event.endDate ? event.startDate : `${event.startDate} – ${event.endDate}`} · {t(`eventForms.review.${event.reviewStatus}`)}
        {event.status !== 'scheduled' ? ` · ${t(`eventForms.status.${event.status}`)}` : ''}
        {event.isSample ? ` · ${t('eventForms.sample')}` : ''}
      </span>
      {event.returnReason ? (
        <p>
          {t('eventForms.returnedBecause')} {event.returnReason}
        </p>
      ) : null}
      {event.change?.status === 'submitted' ? <p class="meta">{t('eventForms.change.awaiting')}</p> : null}
      {event.change?.status === 'returned' ? (
        <p>
          {t('eventForms.change.returnedBecause')} {event.change.reason}
        </p>
      ) : null}
    </>
  );
}

/** A small form that changes an event's status (postponed, cancelled, moved online, scheduled again). */
export function StatusForm({ t, action, token, current }: { t: Translate; action: string; token: string; current: string }) {
  return (
    <PostForm action={action} token={token} class="inline">
      <label>
        {t('eventForms.statusLabel')}{' '}
        <select name="status">
          {eventStatuses.map((s) => (
            <option value={s} selected={s === current}>
              {t(`eventForms.status.${s}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">{t('eventForms.statusChange')}</button>
    </PostForm>
  );
}

/** /workspace/:org/events: the organisation's events and the way to propose one. */
export function OrganisationEventsPage({ t, org, name, events, token }: { t: Translate; org: string; name: string; events: ProposalRow[]; token: string }) {
  return (
    <>
      <p>
        <a href="/workspace">{t('workspace.revision.back')}</a>
      </p>
      <h1>{t('eventForms.list.title')}</h1>
      <p>{name}</p>
      <p>
        <a class="button" href={`/workspace/${org}/events/new`}>
          {t('eventForms.list.propose')}
        </a>
      </p>
      {events.length ? (
        <ul class="plain">
          {events.map((event) => (
            <li>
              <ProposalSummary t={t} event={event} />
              <ul class="actions">
                <li>
                  <a href={`/workspace/${org}/events/${event.id}`}>{t('eventForms.list.edit', { title: event.title })}</a>
                </li>
                <li>
                  <a href={`/workspace/${org}/events/${event.id}/outcomes`}>{t('eventForms.list.outcomes')}</a>
                </li>
                <li>
                  <a href={`/workspace/${org}/events/${event.id}/figures`}>{t('eventForms.list.figures')}</a>
                </li>
                {event.reviewStatus === 'published' ? (
                  <li>
                    <a href={`/events/${event.slug}/participants`}>{t('eventForms.list.participants')}</a>
                  </li>
                ) : null}
              </ul>
              {event.change ? (
                <PostForm action={`/workspace/${org}/events/${event.id}/change/withdraw`} token={token} class="inline">
                  <button type="submit">{t('eventForms.change.withdraw')}</button>
                </PostForm>
              ) : null}
              <StatusForm t={t} action={`/workspace/${org}/events/${event.id}/status`} token={token} current={event.status} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('eventForms.list.none')}</p>
      )}
    </>
  );
}

/** /admin/events: proposals to publish or return, changes to published events to approve or return, then every event with its status. */
export function EventReviewPage({
  t,
  locale,
  waiting,
  changes,
  others,
  token,
}: {
  t: Translate;
  locale: Locale;
  waiting: ProposalRow[];
  changes: ChangeForReview[];
  others: ProposalRow[];
  token: string;
}) {
  return (
    <>
      <AdminNav t={t} path="/admin/events" />
      <h1>{t('eventForms.admin.title')}</h1>
      <h2>{t('eventForms.admin.waiting', { count: waiting.length })}</h2>
      {waiting.length ? (
        <ul class="plain">
          {waiting.map((event) => (
            <li id={`event-${event.id}`}>
              <ProposalSummary t={t} event={event} />
              <p>{t('eventForms.admin.from', { organisation: event.organisation ?? '—' })}</p>
              <PostForm action={`/admin/events/${event.id}/publish`} token={token} class="inline">
                <button type="submit">{t('eventForms.admin.publish')}</button>
              </PostForm>
              <PostForm action={`/admin/events/${event.id}/return`} token={token} class="stacked">
                <label for={`reason-${event.id}`}>{t('eventForms.admin.reason')}</label>
                <textarea id={`reason-${event.id}`} name="reason" rows={2} required maxlength={1000} />
                <button type="submit">{t('eventForms.admin.return')}</button>
              </PostForm>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('eventForms.admin.none')}</p>
      )}
      <ChangesForReview t={t} locale={locale} token={token} items={changes} />
      <h2>{t('eventForms.admin.all')}</h2>
      <ul class="plain">
        {others.map((event) => (
          <li id={`event-${event.id}`}>
            <ProposalSummary t={t} event={event} />
            <p>
              <a href={`/admin/events/${event.id}/figures`}>{t('eventForms.admin.figures')}</a>
            </p>
            <StatusForm t={t} action={`/admin/events/${event.id}/status`} token={token} current={event.status} />
            {event.reviewStatus === 'published' ? (
              <PostForm action={`/admin/events/${event.id}/return`} token={token} class="stacked">
                <label for={`reason-${event.id}`}>{t('eventForms.admin.unpublishReason')}</label>
                <textarea id={`reason-${event.id}`} name="reason" rows={2} required maxlength={1000} />
                <button type="submit">{t('eventForms.admin.unpublish')}</button>
              </PostForm>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
