import { indexEvent } from '../search/documents.js';
import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { notFound } from '../../lib/errors.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { forbidden, gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import type { Membership } from '../accounts/current-user.js';
import { actorOf, idParam, membershipOf } from '../workspace/access.js';
import { notifySecretariat } from '../workspace/notify.js';
import { workspaceName } from '../workspace/queries.js';
import { type ProposalValues, emptyProposal, multiline, proposalErrors, proposalSeed, proposalValues, storedProposal } from './proposal-form.js';
import { type ProposalWithOwner, changeEventStatus, freeEventSlug, organisationEvents, proposalById, proposeEvent, reviseEvent } from './proposals.js';
import { closeOpenChange, editPublishedEvent } from './change-commands.js';
import { type EventChange, openChange } from './changes.js';
import { ChangeNotice } from './views/event-changes.js';
import { type EventStatus, eventStatuses } from './types.js';
import { messagePage } from '../workspace/views/message.js';
import { EventInputError, eventProblems } from './validate.js';
import { outcomeLines, parseOutcomeLines } from './outcome-form.js';
import { sessionOutcomesWriter } from './outcomes.js';
import { type EventSession, eventSessions } from './queries.js';
import { recordAudit } from '../audit/audit.js';
import { OutcomeForm } from './views/outcome-form.js';
import { OrganisationEventsPage } from './views/proposals.js';
import { ProposalForm } from './views/proposal-form.js';
import { isUniqueViolation } from '../../db/errors.js';

/**
 * Partners propose events from their workspace: a form (the programme as lines, one session each),
 * saved as submitted for the secretariat to publish. They edit their own events afterwards.
 * Every route has the partner gate, then checks the user's membership of the organisation in the
 * URL and that the event is that organisation's.
 */
export function proposalPages(deps: AppDeps) {
  const { db } = deps;

  const formPage = async (
    c: Context<AppEnv>,
    membership: Membership,
    form: { action: string; heading: string; values: ProposalValues; errors: FieldErrors; submit: string; lead?: Child },
    status: ContentfulStatusCode = 200,
  ) => {
    const t = c.var.t;
    return render(
      c,
      { title: form.heading },
      <>
        <p>
          <a href={`/workspace/${membership.organisationSlug}/events`}>{t('eventForms.back')}</a>
        </p>
        <h1>{form.heading}</h1>
        <p>{await workspaceName(db, membership)}</p>
        {form.lead}
        <ProposalForm t={t} locale={c.var.locale} action={form.action} token={c.var.csrfToken()} values={form.values} errors={form.errors} submitLabel={form.submit} />
      </>,
      status,
    );
  };

  const outcomePage = (c: Context<AppEnv>, membership: Membership, event: { id: number; title: string }, sessions: EventSession[], values: Record<string, string>, errors: FieldErrors, status: ContentfulStatusCode = 200) => {
    const t = c.var.t;
    const heading = t('eventForms.outcomes.title', { title: event.title });
    return render(
      c,
      { title: heading },
      <>
        <p>
          <a href={`/workspace/${membership.organisationSlug}/events`}>{t('eventForms.back')}</a>
        </p>
        <h1>{heading}</h1>
        {sessions.length ? (
          <OutcomeForm t={t} action={`/workspace/${membership.organisationSlug}/events/${event.id}/outcomes`} token={c.var.csrfToken()} sessions={sessions} values={values} errors={errors} />
        ) : (
          <p>{t('eventForms.outcomes.noSessions')}</p>
        )}
      </>,
      status,
    );
  };

  /** The organisation's own event, or 404 / 403. */
  const ownEvent = async (c: Context<AppEnv>) => {
    const membership = membershipOf(c.var.user!, c.req.param('org')!);
    const event = await proposalById(db, idParam(c.req.param('id')));
    if (!event) throw notFound('The event');
    if (event.ownerOrganisationId !== membership.organisationId) forbidden();
    return { membership, event };
  };

  /** The edit form's address, heading and button. */
  const editForm = (c: Context<AppEnv>, membership: Membership, event: ProposalWithOwner) => ({
    action: `/workspace/${membership.organisationSlug}/events/${event.id}`,
    heading: c.var.t('eventForms.editTitle', { title: event.title }),
    submit: c.var.t(event.reviewStatus === 'published' ? 'eventForms.change.submit' : 'eventForms.save'),
  });

  /** Above the form of a published event (or one with a change still open): how its changes are published. */
  const changeLead = (c: Context<AppEnv>, event: ProposalWithOwner, change: EventChange | undefined) =>
    event.reviewStatus === 'published' || change ? <ChangeNotice t={c.var.t} locale={c.var.locale} change={change} /> : undefined;

  /** Validate the posted form against the event it would become; errors re-render the form (422), nothing saved. */
  const checked = async (c: Context<AppEnv>, membership: Membership, slug: string | null) => {
    const values = proposalValues(await c.req.parseBody({ all: true }));
    const { seed, programme, people } = proposalSeed(values, slug ?? 'new-event', membership.organisationSlug);
    const problems = eventProblems(seed, { organisations: new Set([membership.organisationSlug]) });
    const errors = proposalErrors(problems, programme, people, c.var.t);
    return { values, seed, errors: Object.keys(errors).length ? errors : null };
  };

  return new Hono<AppEnv>()
    .get('/workspace/:org/events', gate('partner'), async (c) => {
      const membership = membershipOf(c.var.user!, c.req.param('org'));
      doneNotice(c, {
        proposed: 'eventForms.done.proposed',
        saved: 'eventForms.done.saved',
        'change-submitted': 'eventForms.done.changeSubmitted',
        rescheduled: 'eventForms.done.rescheduled',
        unchanged: 'eventForms.done.unchanged',
        'change-withdrawn': 'eventForms.done.changeWithdrawn',
      });
      const events = await organisationEvents(db, membership.organisationId);
      return render(c, { title: c.var.t('eventForms.list.title') }, <OrganisationEventsPage t={c.var.t} org={membership.organisationSlug} name={await workspaceName(db, membership)} events={events} token={c.var.csrfToken()} />);
    })
    .get('/workspace/:org/events/new', gate('partner'), (c) => {
      const membership = membershipOf(c.var.user!, c.req.param('org'));
      const t = c.var.t;
      const action = `/workspace/${membership.organisationSlug}/events`;
      return formPage(c, membership, { action, heading: t('eventForms.newTitle'), values: emptyProposal(c.var.locale), errors: {}, submit: t('eventForms.submit') });
    })
    .post('/workspace/:org/events', gate('partner'), async (c) => {
      const membership = membershipOf(c.var.user!, c.req.param('org'));
      const t = c.var.t;
      const action = `/workspace/${membership.organisationSlug}/events`;
      const form = await checked(c, membership, null);
      if (form.errors) return formPage(c, membership, { action, heading: t('eventForms.newTitle'), values: form.values, errors: form.errors, submit: t('eventForms.submit') }, 422);
      const user = c.var.user!;
      // The slug is chosen inside the transaction; two proposals taking the same one at once: the second tries again.
      for (let attempt = 1; ; attempt += 1) {
        try {
          await db.transaction().execute(async (trx) => {
            const slug = await freeEventSlug(trx, form.values.title, form.values.startDate.slice(0, 4));
            const id = await proposeEvent(trx, actorOf(c), membership.organisationId, { ...form.seed, slug });
            await notifySecretariat(trx, deps, { path: `/admin/events#event-${id}`, title: form.values.title, workspace: await workspaceName(trx, membership), author: user.name || user.email });
          });
          break;
        } catch (error) {
          if (attempt < 3 && isUniqueViolation(error, { constraint: 'events_slug_key', columns: 'events.slug' })) continue;
          if (!(error instanceof EventInputError)) throw error;
          return formPage(c, membership, { action, heading: t('eventForms.newTitle'), values: form.values, errors: error.fields(t), submit: t('eventForms.submit') }, 422);
        }
      }
      return c.redirect(`/workspace/${membership.organisationSlug}/events?done=proposed`, 303);
    })
    .get('/workspace/:org/events/:id{[0-9]+}', gate('partner'), async (c) => {
      const { membership, event } = await ownEvent(c);
      // The form starts from the change still open, if there is one: saving replaces it.
      const change = await openChange(db, event.id);
      const values = change?.values ?? (await storedProposal(db, event.id))!;
      return formPage(c, membership, { ...editForm(c, membership, event), values, errors: {}, lead: changeLead(c, event, change) });
    })
    .post('/workspace/:org/events/:id{[0-9]+}', gate('partner'), async (c) => {
      const { membership, event } = await ownEvent(c);
      const page = editForm(c, membership, event);
      const form = await checked(c, membership, event.slug);
      const lead = async () => changeLead(c, event, await openChange(db, event.id));
      if (form.errors) return formPage(c, membership, { ...page, values: form.values, errors: form.errors, lead: await lead() }, 422);
      const user = c.var.user!;
      let done: string;
      try {
        done = await db.transaction().execute(async (trx) => {
          const { reviewStatus } = await trx.selectFrom('events').select('reviewStatus').where('id', '=', event.id).executeTakeFirstOrThrow();
          if (reviewStatus !== 'published') {
            await reviseEvent(trx, actorOf(c), event.id, form.seed);
            return 'saved';
          }
          // A published event: the change waits for the secretariat (decision 013).
          const target = { id: event.id, slug: event.slug, organisationId: membership.organisationId, organisationSlug: membership.organisationSlug };
          const edit = await editPublishedEvent(trx, actorOf(c), target, form.values);
          if (edit.outcome !== 'submitted') return edit.outcome;
          const workspace = await workspaceName(trx, membership);
          await notifySecretariat(trx, deps, { path: `/admin/events#change-${edit.changeId}`, title: form.values.title, workspace, author: user.name || user.email });
          return 'change-submitted';
        });
      } catch (error) {
        if (!(error instanceof EventInputError)) throw error;
        return formPage(c, membership, { ...page, values: form.values, errors: error.fields(c.var.t), lead: await lead() }, 422);
      }
      // The public pages changed (a proposal's own edit, or new dates): drop the cached ones. A change waiting for review changes nothing public.
      if (done === 'saved' || done === 'rescheduled') deps.responseCache.clear();
      return c.redirect(`/workspace/${membership.organisationSlug}/events?done=${done}`, 303);
    })
    .post('/workspace/:org/events/:id{[0-9]+}/change/withdraw', gate('partner'), async (c) => {
      const { membership, event } = await ownEvent(c);
      const closed = await db.transaction().execute((trx) => closeOpenChange(trx, actorOf(c), event.id, 'withdrawn'));
      return c.redirect(`/workspace/${membership.organisationSlug}/events?done=${closed ? 'change-withdrawn' : 'unchanged'}`, 303);
    })
    .get('/workspace/:org/events/:id{[0-9]+}/outcomes', gate('partner'), async (c) => {
      const { membership, event } = await ownEvent(c);
      const sessions = await eventSessions(db, event.id);
      const values = Object.fromEntries(sessions.flatMap((s) => [[`outcomes-${s.key}`, outcomeLines(s, 'outcome')], [`recommendations-${s.key}`, outcomeLines(s, 'recommendation')]]));
      return outcomePage(c, membership, event, sessions, values, {});
    })
    .post('/workspace/:org/events/:id{[0-9]+}/outcomes', gate('partner'), async (c) => {
      const { membership, event } = await ownEvent(c);
      const sessions = await eventSessions(db, event.id);
      const body = await c.req.parseBody();
      const t = c.var.t;
      const values: Record<string, string> = {};
      const errors: FieldErrors = {};
      const lists = sessions.map((session) => {
        const parsed = (['outcomes', 'recommendations'] as const).map((kind) => {
          const name = `${kind}-${session.key}`;
          const text = multiline(body, name, 40_000);
          values[name] = text;
          const { items, badLines } = parseOutcomeLines(text);
          if (badLines.length) errors[name] = badLines.map((line) => t('eventForms.line', { line, message: t('eventForms.outcomes.badLine') })).join(' ');
          return items;
        });
        return { session, outcomes: parsed[0]!, recommendations: parsed[1]! };
      });
      if (Object.keys(errors).length) return outcomePage(c, membership, event, sessions, values, errors, 422);
      await db.transaction().execute(async (trx) => {
        for (const list of lists) await sessionOutcomesWriter(trx, event.slug, list.session, list);
        await indexEvent(trx, event.id);
        await trx.updateTable('events').set({ updatedAt: new Date().toISOString() }).where('id', '=', event.id).execute();
        await recordAudit(trx, { actor: actorOf(c), action: 'event.outcomes', entityType: 'event', entityId: event.id, after: { sessions: lists.length } });
      });
      deps.responseCache.clear();
      return c.redirect(`/workspace/${membership.organisationSlug}/events?done=saved`, 303);
    })
    .post('/workspace/:org/events/:id{[0-9]+}/status', gate('partner'), async (c) => {
      const { membership, event } = await ownEvent(c);
      const status = (await c.req.parseBody()).status;
      if (!isEventStatus(status)) return messagePage(c, c.var.t('eventForms.statusLabel'), c.var.t('eventForms.problem.status'), 422);
      await db.transaction().execute((trx) => changeEventStatus(trx, actorOf(c), event.id, status));
      deps.responseCache.clear();
      return c.redirect(`/workspace/${membership.organisationSlug}/events?done=saved`, 303);
    });
}

export const isEventStatus = (value: unknown): value is EventStatus => typeof value === 'string' && (eventStatuses as readonly string[]).includes(value);
