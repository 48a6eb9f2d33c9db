import { type Context, Hono } from 'hono';
import { AppError, notFound } from '../../lib/errors.js';
import { cleanText } from '../../lib/text.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import { actorOf, noticeFromQuery, numericParam } from '../admin/console.js';
import { notifyAuthor } from '../admin/emails.js';
import { reasonLength } from '../contributions/schema.js';
import { approveEventChange, returnEventChange } from './change-commands.js';
import { type EventChange, changesForReview } from './changes.js';
import { isEventStatus } from './proposal-routes.js';
import { changeEventStatus, eventsForReview, proposalById, reviewEvent } from './proposals.js';
import { EventInputError } from './validate.js';
import { EventReviewPage } from './views/proposals.js';

/**
 * The secretariat's side of events: publish or return partners' proposals, approve or return changes to
 * published events (decision 013), take an event down, change its status.
 */
export function eventReviewPages(deps: AppDeps) {
  const { db } = deps;

  const loaded = async (id: number) => {
    const event = await proposalById(db, id);
    if (!event) throw notFound('The event');
    return event;
  };

  const listPage = async (c: Context<AppEnv>, status: 200 | 409 | 422 = 200) => {
    const [{ waiting, others }, changes] = await Promise.all([eventsForReview(db), changesForReview(db)]);
    return render(
      c,
      { title: c.var.t('eventForms.admin.title') },
      <EventReviewPage t={c.var.t} locale={c.var.locale} waiting={waiting} changes={changes} others={others} token={c.var.csrfToken()} />,
      status,
    );
  };

  /** The reason posted with a return, or null (with a notice) when it is missing or too long. */
  const postedReason = async (c: Context<AppEnv>): Promise<string | null> => {
    const body = await c.req.parseBody();
    const reason = cleanText(typeof body.reason === 'string' ? body.reason : '', reasonLength.max + 1);
    if (reason.length >= reasonLength.min && reason.length <= reasonLength.max) return reason;
    c.var.notices.push(c.var.t('eventForms.admin.reasonRequired', { min: reasonLength.min, max: reasonLength.max }));
    return null;
  };

  /** A change that is no longer waiting (approved, returned, replaced or withdrawn meanwhile): the list again, saying so. */
  const changeGone = (c: Context<AppEnv>) => {
    c.var.notices.push(c.var.t('eventForms.admin.changeGone'));
    return listPage(c, 409);
  };

  /** The change's event as its author's email names it: title in the published language, and its organisation's slug. */
  const changeContext = async (trx: typeof db, change: EventChange) => {
    const event = (await proposalById(trx, change.eventId))!;
    const org = await trx.selectFrom('organisations').select('slug').where('id', '=', change.organisationId).executeTakeFirstOrThrow();
    return { event, org: org.slug };
  };

  return new Hono<AppEnv>()
    .get('/admin/events', gate('secretariat'), (c) => {
      noticeFromQuery(c);
      doneNotice(c, { 'change-approved': 'eventForms.admin.done.changeApproved', 'change-returned': 'eventForms.admin.done.changeReturned' });
      return listPage(c);
    })
    .post('/admin/events/changes/:id/approve', gate('secretariat'), async (c) => {
      const id = numericParam(c, 'id');
      try {
        await db.transaction().execute(async (trx) => {
          const change = await approveEventChange(trx, actorOf(c), id);
          const { event } = await changeContext(trx, change);
          await notifyAuthor(trx, deps.mailer, change.createdBy, 'approved', { title: event.title, url: `${deps.baseUrl}/events/${event.slug}` });
        });
      } catch (error) {
        if (error instanceof AppError && error.id === 'conflict') return changeGone(c);
        if (!(error instanceof EventInputError)) throw error;
        // The event can no longer be what the change says (an organisation it names is gone…): nothing was written.
        c.var.notices.push(c.var.t('eventForms.admin.changeInvalid'), ...Object.values(error.fields(c.var.t)));
        return listPage(c, 409);
      }
      // The event's public pages, API, feeds and calendars change now: drop the cached ones.
      deps.responseCache.clear();
      return c.redirect('/admin/events?done=change-approved', 303);
    })
    .post('/admin/events/changes/:id/return', gate('secretariat'), async (c) => {
      const id = numericParam(c, 'id');
      const reason = await postedReason(c);
      if (reason === null) return listPage(c, 422);
      try {
        await db.transaction().execute(async (trx) => {
          const change = await returnEventChange(trx, actorOf(c), id, reason);
          const { event, org } = await changeContext(trx, change);
          await notifyAuthor(trx, deps.mailer, change.createdBy, 'returned', { title: event.title, url: `${deps.baseUrl}/workspace/${org}/events/${event.id}`, reason });
        });
      } catch (error) {
        if (error instanceof AppError && error.id === 'conflict') return changeGone(c);
        throw error;
      }
      return c.redirect('/admin/events?done=change-returned', 303);
    })
    .post('/admin/events/:id/publish', gate('secretariat'), async (c) => {
      const event = await loaded(numericParam(c, 'id'));
      await db.transaction().execute((trx) => reviewEvent(trx, actorOf(c), event.id, { publish: true }));
      // The event appears, disappears or changes on public pages: drop the cached ones.
      deps.responseCache.clear();
      return c.redirect('/admin/events?done=approved', 303);
    })
    .post('/admin/events/:id/return', gate('secretariat'), async (c) => {
      const event = await loaded(numericParam(c, 'id'));
      const reason = await postedReason(c);
      if (reason === null) return listPage(c, 422);
      await db.transaction().execute((trx) => reviewEvent(trx, actorOf(c), event.id, { publish: false, reason }));
      deps.responseCache.clear();
      return c.redirect('/admin/events?done=returned', 303);
    })
    .post('/admin/events/:id/status', gate('secretariat'), async (c) => {
      const event = await loaded(numericParam(c, 'id'));
      const status = (await c.req.parseBody()).status;
      if (!isEventStatus(status)) {
        c.var.notices.push(c.var.t('eventForms.problem.status'));
        return listPage(c, 422);
      }
      await db.transaction().execute((trx) => changeEventStatus(trx, actorOf(c), event.id, status));
      deps.responseCache.clear();
      return c.redirect('/admin/events?done=status-saved', 303);
    });
}
