import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { offsetOf, pageInfo } from '../../lib/pagination.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { queryFilter, queryPage, render } from '../../web/render.js';
import { formFields } from '../accounts/forms.js';
import { type ItemStatus, itemStatuses } from '../catalogue/commands.js';
import { type ItemType, itemTypes } from '../catalogue/types.js';
import { approveRevision, returnRevision, setItemStatus } from '../contributions/commands.js';
import { WorkflowError } from '../contributions/errors.js';
import { pendingChanges, revision, revisionHistory, revisionTitle } from '../contributions/queries.js';
import { reasonLength } from '../contributions/schema.js';
import { type Revision, type RevisionStatus, openRevisionStatuses, revisionStatuses } from '../contributions/types.js';
import { auditPages } from './audit-routes.js';
import { dataImportPages } from './data-routes.js';
import { actorOf, consolePath, noticeFromQuery, numericParam } from './console.js';
import { notifyAuthor } from './emails.js';
import { organisationPages } from './organisation-routes.js';
import { organisationById, organisationChoices, reviewQueue, revisionPeople } from './queries.js';
import { userPages } from './user-routes.js';
import { QueuePage } from './views/queue.js';
import { RevisionPage, type RevisionView } from './views/revision.js';

const queuePageSize = 25;

const isStatus = (v: string): v is RevisionStatus => (revisionStatuses as readonly string[]).includes(v);
const isType = (v: string): v is ItemType => (itemTypes as readonly string[]).includes(v);
const isItemStatus = (v: unknown): v is ItemStatus => typeof v === 'string' && (itemStatuses as readonly string[]).includes(v);
const pathOfType = (type: ItemType) => (type === 'solution' ? 'solutions' : 'resources');

/**
 * The secretariat console: the review queue and revisions here, users, partners and the audit log in
 * their own files. Every route names gate('secretariat') first (the route-by-role test reads it).
 */
export function adminPages(deps: AppDeps) {
  const { db } = deps;

  const loadView = async (c: Context<AppEnv>, id: number): Promise<RevisionView> => {
    const found = await revision(db, id);
    if (!found) throw notFound('Revision');
    const [organisation, people, item] = await Promise.all([
      organisationById(db, found.organisationId, c.var.locale),
      revisionPeople(db, [found.createdBy, found.reviewedBy]),
      found.itemId === null ? undefined : db.selectFrom('items').select(['id', 'slug', 'status']).where('id', '=', found.itemId).executeTakeFirst(),
    ]);
    // Only a revision still open has something to compare with the item as it is now.
    const open = (openRevisionStatuses as readonly string[]).includes(found.status);
    return {
      revision: found,
      title: revisionTitle(found.data),
      organisationName: organisation?.name ?? '',
      author: people.get(found.createdBy),
      reviewer: found.reviewedBy ? people.get(found.reviewedBy) : undefined,
      item,
      changes: open && found.itemId !== null ? await pendingChanges(db, found) : null,
      history: found.itemId === null ? [] : await revisionHistory(db, found.itemId),
    };
  };

  const revisionPage = async (c: Context<AppEnv>, id: number, form: { errors?: FieldErrors; reason?: string } = {}, status: 200 | 400 = 200) => {
    const view = await loadView(c, id);
    const { t, locale } = c.var;
    return render(
      c,
      { title: t('admin.revision.title', { id, title: view.title }) },
      <RevisionPage t={t} locale={locale} url={new URL(c.req.url)} token={c.var.csrfToken()} view={view} errors={form.errors} reason={form.reason} />,
      status,
    );
  };

  /** A refused workflow action: 404 for a revision or item that is not there, otherwise 409 with why. */
  const refused = (c: Context<AppEnv>, error: WorkflowError, back: string) => {
    if (error.status === 404) throw notFound('Revision');
    const t = c.var.t;
    const known = error.id === 'not-submitted' || error.id === 'open-revision-exists';
    return render(
      c,
      { title: t('admin.conflict.title') },
      <>
        <h1>{t('admin.conflict.title')}</h1>
        <p>{t(known ? `admin.conflict.${error.id}` : 'admin.conflict.generic')}</p>
        {known ? null : (
          <p class="muted" lang="en">
            {error.message}
          </p>
        )}
        <p>
          <a href={back}>{t('admin.conflict.back')}</a>
        </p>
      </>,
      409,
    );
  };

  /** Tell the author what was decided, in their language. */
  const notifyRevisionAuthor = (trx: Kysely<Database>, found: Revision, outcome: 'approved' | 'returned', url: string, reason?: string | null) =>
    notifyAuthor(trx, deps.mailer, found.createdBy, outcome, { title: revisionTitle(found.data), url, reason });

  const app = new Hono<AppEnv>()
    .get('/admin', gate('secretariat'), async (c) => {
      const { t, locale } = c.var;
      noticeFromQuery(c);
      const status = queryFilter(c, 'status', isStatus) ?? 'submitted';
      const type = queryFilter(c, 'type', isType);
      const organisations = await organisationChoices(db, locale);
      const organisation = queryFilter(c, 'organisation', (v): v is string => organisations.some((o) => o.slug === v));
      const page = queryPage(c);
      const result = await reviewQueue(db, { status, organisationSlug: organisation, type, limit: queuePageSize, offset: offsetOf(page, queuePageSize) });
      return render(
        c,
        { title: t('admin.queue.title') },
        <QueuePage
          t={t}
          locale={locale}
          url={new URL(c.req.url)}
          filter={{ status, organisation, type }}
          rows={result.rows}
          counts={result.counts}
          organisations={organisations}
          page={pageInfo(page, queuePageSize, result.total)}
        />,
      );
    })
    .get('/admin/revisions/:id', gate('secretariat'), async (c) => {
      noticeFromQuery(c);
      return revisionPage(c, numericParam(c, 'id'));
    })
    .post('/admin/revisions/:id/approve', gate('secretariat'), async (c) => {
      const id = numericParam(c, 'id');
      try {
        await db.transaction().execute(async (trx) => {
          const found = await revision(trx, id);
          const { slug } = await approveRevision(trx, actorOf(c), id);
          await notifyRevisionAuthor(trx, found!, 'approved', `${deps.baseUrl}/${pathOfType(found!.type)}/${slug}`);
        });
      } catch (error) {
        if (error instanceof WorkflowError) return refused(c, error, `/admin/revisions/${id}`);
        throw error;
      }
      // The item is public now (or changed): drop the cached public pages.
      deps.responseCache.clear();
      return c.redirect(`/admin/revisions/${id}?done=approved`, 303);
    })
    .post('/admin/revisions/:id/return', gate('secretariat'), async (c) => {
      const id = numericParam(c, 'id');
      const t = c.var.t;
      const reason = (await formFields(c)).reason ?? '';
      // Checked here too, so that the form says it in the reader's language (the command's message is English).
      const problem = !reason
        ? t('accounts.error.required')
        : reason.length < reasonLength.min || reason.length > reasonLength.max
          ? t('admin.revision.reasonLength', { min: reasonLength.min, max: reasonLength.max })
          : undefined;
      if (problem) return revisionPage(c, id, { errors: { reason: problem }, reason }, 400);
      try {
        await db.transaction().execute(async (trx) => {
          await returnRevision(trx, actorOf(c), id, reason);
          const returned = (await revision(trx, id))!;
          await notifyRevisionAuthor(trx, returned, 'returned', `${deps.baseUrl}/workspace/revisions/${id}`, returned.reason);
        });
      } catch (error) {
        if (error instanceof WorkflowError) return refused(c, error, `/admin/revisions/${id}`);
        throw error;
      }
      return c.redirect(`/admin/revisions/${id}?done=returned`, 303);
    })
    .post('/admin/items/:id/status', gate('secretariat'), async (c) => {
      const id = numericParam(c, 'id');
      const fields = await formFields(c);
      const back = consolePath(fields.back);
      if (!isItemStatus(fields.status)) throw new AppError('invalid_parameter', 'Choose a status from the list.', 'status');
      const status = fields.status;
      let changed: boolean;
      try {
        changed = await db.transaction().execute((trx) => setItemStatus(trx, actorOf(c), id, status));
      } catch (error) {
        if (error instanceof WorkflowError) return refused(c, error, back);
        throw error;
      }
      if (changed) deps.responseCache.clear();
      return c.redirect(`${back}?done=${changed ? 'status-saved' : 'unchanged'}`, 303);
    });

  return app.route('/', userPages(deps)).route('/', organisationPages(deps)).route('/', auditPages(deps)).route('/', dataImportPages(deps));
}
