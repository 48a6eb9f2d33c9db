import { type Context, Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { cleanText } from '../../lib/text.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { render } from '../../web/render.js';
import { actorOf, noticeFromQuery, numericParam } from '../admin/console.js';
import { reasonLength } from '../contributions/schema.js';
import { isEventStatus } from './proposal-routes.js';
import { changeEventStatus, eventsForReview, proposalById, reviewEvent } from './proposals.js';
import { EventReviewPage } from './views/proposals.js';

/** The secretariat's side of events: publish or return partners' proposals, take an event down, change its status. */
export function eventReviewPages(deps: AppDeps) {
  const { db } = deps;

  const loaded = async (id: number) => {
    const event = await proposalById(db, id);
    if (!event) throw notFound('The event');
    return event;
  };

  const listPage = async (c: Context<AppEnv>, status: 200 | 422 = 200) => {
    const { waiting, others } = await eventsForReview(db);
    return render(c, { title: c.var.t('eventForms.admin.title') }, <EventReviewPage t={c.var.t} waiting={waiting} others={others} token={c.var.csrfToken()} />, status);
  };

  return new Hono<AppEnv>()
    .get('/admin/events', gate('secretariat'), (c) => {
      noticeFromQuery(c);
      return listPage(c);
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
      const body = await c.req.parseBody();
      const reason = cleanText(typeof body.reason === 'string' ? body.reason : '', reasonLength.max + 1);
      if (reason.length < reasonLength.min || reason.length > reasonLength.max) {
        c.var.notices.push(c.var.t('eventForms.admin.reasonRequired', { min: reasonLength.min, max: reasonLength.max }));
        return listPage(c, 422);
      }
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
