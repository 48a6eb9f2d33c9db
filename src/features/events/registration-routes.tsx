import { type Context, Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { isSlug } from '../../lib/text.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import type { FieldErrors } from '../../web/components/form.js';
import { forbidden, gate } from '../../web/policy.js';
import { render } from '../../web/render.js';
import { clientAddress, formFields, tooMany } from '../accounts/forms.js';
import { emailLimits, takeAll } from '../../web/rate-limit.js';
import type { Actor } from '../audit/audit.js';
import { eventRegistrationPaths } from './present.js';
import { type EventDetail, findEventBySlug } from './queries.js';
import {
  DuplicateRegistrationError,
  canSeeParticipants,
  closedReason,
  eventParticipants,
  eventTitleIn,
  isLiveEmailConflict,
  participantsCsv,
  registrationByToken,
  registrationCanceller,
  registrationCreator,
} from './registration.js';
import { registrationEmail } from './registration-emails.js';
import { parsedRegistration } from './registration-schema.js';
import { RegistrationForm } from './views/registration-form.js';
import { CancelOutcome, CancelQuestion, ParticipantList, RegistrationClosed, RegistrationDone } from './views/registration-pages.js';

type Ctx = Context<AppEnv>;

/**
 * A published event by the slug in the URL, in the page's language, without its programme (these
 * pages do not show it); 404 otherwise, and for anything that is no slug (PostgreSQL refuses a NUL).
 */
async function eventOf(c: Ctx, deps: AppDeps): Promise<EventDetail> {
  const slug = c.req.param('slug') ?? '';
  const event = isSlug(slug) ? await findEventBySlug(deps.db, slug, c.var.locale, { sessions: false }) : undefined;
  if (!event) throw notFound('The event');
  return event;
}

/** Who acts: the signed-in user, or an anonymous visitor from an address. */
function actorOf(c: Ctx): Actor {
  const user = c.var.user;
  return { userId: user?.id ?? null, email: user?.email ?? null, ip: clientAddress(c) };
}

/** The form's starting values: empty for a visitor, the account's name, email and country for a signed-in user. */
async function startingValues(c: Ctx, deps: AppDeps): Promise<Record<string, string>> {
  const user = c.var.user;
  if (!user) return {};
  const row = await deps.db.selectFrom('users').select('country').where('id', '=', user.id).executeTakeFirst();
  return { name: user.name, email: user.email, country: row?.country ?? '' };
}

function formPage(c: Ctx, event: EventDetail, values: Record<string, string>, errors: FieldErrors = {}, status: 200 | 409 | 422 | 429 = 200) {
  const t = c.var.t;
  return render(
    c,
    { title: t('registration.title', { event: event.title }) },
    <RegistrationForm event={event} t={t} locale={c.var.locale} token={c.var.csrfToken()} values={values} errors={errors} accountEmail={c.var.user?.email ?? null} />,
    status,
  );
}

function closedPage(c: Ctx, event: EventDetail, reason: NonNullable<ReturnType<typeof closedReason>>, status: 200 | 409) {
  return render(c, { title: c.var.t('registration.closed.title') }, <RegistrationClosed event={event} reason={reason} t={c.var.t} />, status);
}

function cancelOutcomePage(c: Ctx, event: EventDetail, outcome: 'done' | 'invalid' | 'used') {
  const t = c.var.t;
  const status = outcome === 'done' ? 200 : outcome === 'used' ? 410 : 404;
  return render(c, { title: t(outcome === 'done' ? 'registration.cancel.doneTitle' : 'registration.cancel.title') }, <CancelOutcome event={event} outcome={outcome} t={t} />, status);
}

/**
 * Built-in registration: register (confirmed up to the capacity, then waitlisted), cancel by the
 * emailed link (the oldest waitlisted person takes the freed place), the organisers' participant list.
 * An anonymous registration sends an email to an address of the sender's choice: it is within the
 * abuse limits of web/rate-limit.ts (per sender's address and per recipient).
 */
export function registrationPages(deps: AppDeps) {
  const { db, dialect, mailer } = deps;
  return new Hono<AppEnv>()
    .get('/events/:slug/register', gate('public'), async (c) => {
      const event = await eventOf(c, deps);
      const reason = closedReason(event);
      if (reason) return closedPage(c, event, reason, 200);
      return formPage(c, event, await startingValues(c, deps));
    })
    .post('/events/:slug/register', gate('public'), async (c) => {
      const t = c.var.t;
      const event = await eventOf(c, deps);
      const reason = closedReason(event);
      if (reason) return closedPage(c, event, reason, 409);
      const values = await formFields(c);
      const user = c.var.user;
      // A signed-in user registers with their account's address, whatever the form says.
      if (user) values.email = user.email;
      const { input, errors } = parsedRegistration(values, t);
      if (!input) return formPage(c, event, values, errors, 422);
      if (!user) {
        const mail = await takeAll(db, emailLimits(clientAddress(c), input.email));
        if (!mail.allowed) return formPage(c, event, values, { email: tooMany(c, mail, 'accounts.limits.email') }, 429);
      }
      const duplicate = () => formPage(c, event, values, { email: t('registration.error.duplicate') }, 409);
      let status: 'confirmed' | 'waitlisted';
      try {
        status = await db.transaction().execute(async (trx) => {
          const created = await registrationCreator(trx, dialect, event, input, { locale: c.var.locale, userId: user?.id ?? null, actor: actorOf(c) });
          await mailer.send(trx, registrationEmail(created.status === 'waitlisted' ? 'waitlisted' : 'confirmed', created, event, { baseUrl: deps.baseUrl, token: created.token, position: created.position }));
          return created.status === 'waitlisted' ? 'waitlisted' : 'confirmed';
        });
      } catch (error) {
        if (error instanceof DuplicateRegistrationError || isLiveEmailConflict(error)) return duplicate();
        throw error;
      }
      deps.responseCache.invalidate(eventRegistrationPaths(event.slug));
      return c.redirect(`/events/${encodeURIComponent(event.slug)}/registered?status=${status}`, 303);
    })
    .get('/events/:slug/registered', gate('public'), async (c) => {
      const status = c.req.query('status');
      if (status !== 'confirmed' && status !== 'waitlisted') throw notFound('The page');
      const event = await eventOf(c, deps);
      const t = c.var.t;
      return render(
        c,
        { title: t(status === 'confirmed' ? 'registration.done.title' : 'registration.done.waitlistTitle') },
        <RegistrationDone event={event} status={status} t={t} locale={c.var.locale} />,
      );
    })
    .get('/events/:slug/registrations/cancel', gate('public'), async (c) => {
      const event = await eventOf(c, deps);
      const token = c.req.query('token') ?? '';
      const found = await registrationByToken(db, event.id, token);
      if (!found) return cancelOutcomePage(c, event, 'invalid');
      if (found.status === 'cancelled') return cancelOutcomePage(c, event, 'used');
      const t = c.var.t;
      return render(
        c,
        { title: t('registration.cancel.title') },
        <CancelQuestion event={event} name={found.name} token={token} csrf={c.var.csrfToken()} t={t} locale={c.var.locale} />,
      );
    })
    .post('/events/:slug/registrations/cancel', gate('public'), async (c) => {
      const event = await eventOf(c, deps);
      const token = (await formFields(c)).token ?? '';
      const outcome = await db.transaction().execute(async (trx) => {
        const done = await registrationCanceller(trx, dialect, event, token, actorOf(c));
        if (!done) return (await registrationByToken(trx, event.id, token)) ? 'used' : 'invalid';
        for (const person of done.promoted) {
          const title = await eventTitleIn(trx, event.id, person.locale);
          await mailer.send(trx, registrationEmail('promoted', person, { ...event, title }, { baseUrl: deps.baseUrl, token: person.token }));
        }
        return 'done';
      });
      if (outcome === 'done') deps.responseCache.invalidate(eventRegistrationPaths(event.slug));
      return cancelOutcomePage(c, event, outcome);
    })
    .get('/events/:slug/participants', gate('partner'), async (c) => {
      const event = await eventOf(c, deps);
      if (!canSeeParticipants(c.var.user!, event)) forbidden();
      const participants = await eventParticipants(db, event.id);
      const t = c.var.t;
      c.header('Cache-Control', 'private, no-store');
      return render(c, { title: t('registration.participants.title', { event: event.title }) }, <ParticipantList event={event} participants={participants} t={t} locale={c.var.locale} />);
    })
    .get('/events/:slug/participants.csv', gate('partner'), async (c) => {
      const event = await eventOf(c, deps);
      if (!canSeeParticipants(c.var.user!, event)) forbidden();
      const csv = participantsCsv(await eventParticipants(db, event.id), c.var.locale);
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="participants-${event.slug}.csv"`,
        'Cache-Control': 'private, no-store',
      });
    });
}
