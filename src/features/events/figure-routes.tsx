import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { notFound } from '../../lib/errors.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { forbidden, gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import { actorOf, idParam, membershipOf } from '../workspace/access.js';
import { describeReported } from './figures.js';
import { proposalById } from './proposals.js';
import { type FigureFormValues, type FigureProblem, emptyFigureForm, figureFormValues, figureFromForm } from './reported-figure-rules.js';
import { recordReportedFigure, removeReportedFigure, reportedFigures } from './reported-figures.js';
import { problemMessage } from './validate.js';
import { ReportedFigureForm } from './views/reported-figure-form.js';

/** The event whose figures a page edits, and where its pages are. */
interface FigureTarget {
  id: number;
  title: string;
  slug: string;
  published: boolean;
  /** The figures page of the workspace or of the secretariat (the form posts there). */
  action: string;
  /** Where "back" goes. */
  back: string;
}

/**
 * Reported figures of an event (participants, countries, share of women… with their source): its
 * organiser records them from the workspace, the secretariat from /admin/events. A figure is saved at
 * once (like outcomes), audited with what it replaced; a form with a problem re-renders with a message
 * beside each field and saves nothing.
 */
export function reportedFigurePages(deps: AppDeps) {
  const { db } = deps;

  const page = async (c: Context<AppEnv>, target: FigureTarget, values: FigureFormValues, errors: FieldErrors, status: ContentfulStatusCode = 200) => {
    const { t, locale } = c.var;
    doneNotice(c, { recorded: 'eventForms.figures.recorded', removed: 'eventForms.figures.removed', gone: 'eventForms.figures.gone' });
    const heading = t('eventForms.figures.title', { title: target.title });
    const figures = describeReported(await reportedFigures(db, target.id), t, locale);
    return render(
      c,
      { title: heading },
      <>
        <p>
          <a href={target.back}>{t('eventForms.back')}</a>
          {target.published ? (
            <>
              {' · '}
              <a href={`/events/${target.slug}/figures`}>{t('figures.title')}</a>
            </>
          ) : null}
        </p>
        <h1>{heading}</h1>
        <ReportedFigureForm t={t} action={target.action} token={c.var.csrfToken()} figures={figures} values={values} errors={errors} />
      </>,
      status,
    );
  };

  const errorsOf = (problems: FigureProblem[], c: Context<AppEnv>): FieldErrors => {
    const errors: FieldErrors = {};
    for (const p of problems) errors[p.field] ??= problemMessage({ path: p.field, code: p.code, values: p.values }, c.var.t);
    return errors;
  };

  const record = async (c: Context<AppEnv>, target: FigureTarget) => {
    const values = figureFormValues(await c.req.parseBody());
    const { figure, problems } = figureFromForm(values);
    if (problems.length) return page(c, target, values, errorsOf(problems, c), 422);
    await db.transaction().execute((trx) => recordReportedFigure(trx, actorOf(c), target.id, figure));
    // The event's figures page, its CSV and JSON and the API change: drop the cached ones.
    deps.responseCache.clear();
    return c.redirect(`${target.action}?done=recorded`, 303);
  };

  const remove = async (c: Context<AppEnv>, target: FigureTarget) => {
    const figureId = idParam(c.req.param('figureId'));
    const removed = await db.transaction().execute((trx) => removeReportedFigure(trx, actorOf(c), target.id, figureId));
    if (removed) deps.responseCache.clear();
    return c.redirect(`${target.action}?done=${removed ? 'removed' : 'gone'}`, 303);
  };

  /** The organisation's own event, or 404 / 403 (an event of another organisation, or of none). */
  const ownEvent = async (c: Context<AppEnv>): Promise<FigureTarget> => {
    const membership = membershipOf(c.var.user!, c.req.param('org')!);
    const event = await proposalById(db, idParam(c.req.param('id')));
    if (!event) throw notFound('The event');
    if (event.ownerOrganisationId !== membership.organisationId) forbidden();
    const back = `/workspace/${membership.organisationSlug}/events`;
    return { id: event.id, title: event.title, slug: event.slug, published: event.reviewStatus === 'published', action: `${back}/${event.id}/figures`, back };
  };

  /** Any event, for the secretariat. */
  const anyEvent = async (c: Context<AppEnv>): Promise<FigureTarget> => {
    const event = await proposalById(db, idParam(c.req.param('id')));
    if (!event) throw notFound('The event');
    return { id: event.id, title: event.title, slug: event.slug, published: event.reviewStatus === 'published', action: `/admin/events/${event.id}/figures`, back: `/admin/events#event-${event.id}` };
  };

  return new Hono<AppEnv>()
    .get('/workspace/:org/events/:id{[0-9]+}/figures', gate('partner'), async (c) => page(c, await ownEvent(c), emptyFigureForm(), {}))
    .post('/workspace/:org/events/:id{[0-9]+}/figures', gate('partner'), async (c) => record(c, await ownEvent(c)))
    .post('/workspace/:org/events/:id{[0-9]+}/figures/:figureId/remove', gate('partner'), async (c) => remove(c, await ownEvent(c)))
    .get('/admin/events/:id{[0-9]+}/figures', gate('secretariat'), async (c) => page(c, await anyEvent(c), emptyFigureForm(), {}))
    .post('/admin/events/:id{[0-9]+}/figures', gate('secretariat'), async (c) => record(c, await anyEvent(c)))
    .post('/admin/events/:id{[0-9]+}/figures/:figureId/remove', gate('secretariat'), async (c) => remove(c, await anyEvent(c)));
}
