import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { notFound } from '../../lib/errors.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import type { FieldErrors } from '../../web/components/form.js';
import { forbidden, gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import type { Membership } from '../accounts/current-user.js';
import { createDraft, submitRevision, updateDraft, withdrawRevision } from '../contributions/commands.js';
import { WorkflowError } from '../contributions/errors.js';
import { storedItem } from '../contributions/item-data.js';
import { revisionTitle } from '../contributions/queries.js';
import { type Revision, editableRevisionStatuses } from '../contributions/types.js';
import { actorOf, idParam, membershipOf, ownRevision } from './access.js';
import { type ItemFormValues, isItemType, newItemValues, postedItemValues, validatedItem, valuesOfData, workflowFieldErrors } from './item-form.js';
import { dashboardPage, memberRoutes } from './member-routes.js';
import { notifySecretariat } from './notify.js';
import { workspaceName } from './queries.js';
import { ItemForm } from './views/item-form.js';
import { messagePage } from './views/message.js';
import { RevisionPage } from './views/revision.js';

const conflictIds = ['not-editable', 'not-submitted', 'not-open', 'open-revision-exists'];

/**
 * The partner side of the contribution workflow: a workspace per organisation the user belongs to,
 * where its editors draft, submit and withdraw proposals of new items or of changes to published ones.
 * Every route has the partner gate; each then checks that the organisation in the URL, or the
 * proposal's, is one of the user's (membershipOf, ownRevision) and passes that organisation on to
 * the workflow commands, which refuse any other.
 */
export function workspacePages(deps: AppDeps) {
  const { db } = deps;

  /** A workflow refusal as a page: 404 and 403 as elsewhere, anything else 409 with what it means. */
  const refusal = (c: Context<AppEnv>, error: unknown) => {
    if (!(error instanceof WorkflowError)) throw error;
    if (error.status === 404) throw notFound('The proposal or the item');
    if (error.status === 403) forbidden();
    const t = c.var.t;
    return messagePage(c, t('workspace.conflict.title'), t(conflictIds.includes(error.id) ? `workspace.conflict.${error.id}` : 'workspace.conflict.other'), 409);
  };

  /** The item form on its own page: a new item, or a change to a published one whose stored data did not pass. */
  const formPage = async (
    c: Context<AppEnv>,
    form: { membership: Membership; action: string; heading: string; values: ItemFormValues; errors: FieldErrors; typeFixed: boolean },
    status: ContentfulStatusCode = 200,
  ) => {
    const t = c.var.t;
    const body: Child = (
      <>
        <p>
          <a href="/workspace">{t('workspace.revision.back')}</a>
        </p>
        <h1>{form.heading}</h1>
        <p>{await workspaceName(db, form.membership)}</p>
        <ItemForm
          t={t}
          action={form.action}
          token={c.var.csrfToken()}
          values={form.values}
          errors={form.errors}
          contributor={form.membership.organisationSlug}
          typeFixed={form.typeFixed}
          submitLabel={t('workspace.form.create')}
        />
      </>
    );
    return render(c, { title: form.heading }, body, status);
  };

  const revisionPage = async (c: Context<AppEnv>, revision: Revision, membership: Membership, form?: { values: ItemFormValues; errors: FieldErrors }, status: ContentfulStatusCode = 200) => {
    const t = c.var.t;
    doneNotice(c, { created: 'workspace.revision.created', saved: 'workspace.revision.saved', submitted: 'workspace.dashboard.submitted' });
    const item = revision.itemId === null ? null : ((await db.selectFrom('items').select(['type', 'slug']).where('id', '=', revision.itemId).executeTakeFirst()) ?? null);
    const title = t('workspace.revision.title', { title: revisionTitle(revision.data) || t('workspace.revision.untitled') });
    return render(
      c,
      { title },
      <RevisionPage
        t={t}
        locale={c.var.locale}
        token={c.var.csrfToken()}
        revision={revision}
        workspace={{ slug: membership.organisationSlug, name: await workspaceName(db, membership) }}
        item={item}
        form={form}
      />,
      status,
    );
  };

  /** Validate the form and create the draft (of a new item, or of a change to `itemId`); the form again with errors if it does not pass. */
  const createFrom = async (c: Context<AppEnv>, membership: Membership, values: ItemFormValues, page: { action: string; heading: string; itemId?: number }) => {
    const t = c.var.t;
    const typeFixed = page.itemId !== undefined;
    const checked = await validatedItem(db, values, membership.organisationSlug, t);
    if (checked.errors) return formPage(c, { membership, ...page, values, errors: checked.errors, typeFixed }, 400);
    try {
      const id = await db.transaction().execute((trx) => createDraft(trx, actorOf(c), membership.organisationId, checked.data, page.itemId));
      return c.redirect(`/workspace/revisions/${id}?done=created`, 303);
    } catch (error) {
      const fields = error instanceof WorkflowError ? workflowFieldErrors(error, t) : undefined;
      if (fields) return formPage(c, { membership, ...page, values, errors: fields, typeFixed }, 400);
      return refusal(c, error);
    }
  };

  return new Hono<AppEnv>()
    .get('/workspace', gate('partner'), (c) => dashboardPage(c, db))
    .get('/workspace/:org/new', gate('partner'), async (c) => {
      const membership = membershipOf(c.var.user!, c.req.param('org'));
      const requested = c.req.query('type');
      const type = isItemType(requested) ? requested : 'solution';
      const heading = c.var.t(`workspace.form.newTitle.${type}`);
      const values = newItemValues(type, membership.organisationSlug, c.var.locale);
      return formPage(c, { membership, action: `/workspace/${membership.organisationSlug}/revisions`, heading, values, errors: {}, typeFixed: false });
    })
    .post('/workspace/:org/revisions', gate('partner'), async (c) => {
      const membership = membershipOf(c.var.user!, c.req.param('org'));
      const values = await postedItemValues(c);
      const type = isItemType(values.type) ? values.type : 'solution';
      return createFrom(c, membership, values, { action: `/workspace/${membership.organisationSlug}/revisions`, heading: c.var.t(`workspace.form.newTitle.${type}`) });
    })
    .post('/workspace/:org/items/:itemId/revisions', gate('partner'), async (c) => {
      const membership = membershipOf(c.var.user!, c.req.param('org'));
      const itemId = idParam(c.req.param('itemId'));
      const item = await storedItem(db, itemId);
      if (!item) throw notFound('The item');
      const linked = await db.selectFrom('itemOrganisations').select('itemId').where('itemId', '=', itemId).where('organisationId', '=', membership.organisationId).executeTakeFirst();
      if (!linked) forbidden();
      // The "edit" button sends no fields: start from the item as published. The form sent back (when
      // the stored item does not pass today's checks) sends them all.
      const posted = await c.req.parseBody();
      const values = 'type' in posted ? await postedItemValues(c) : valuesOfData(item.data);
      const title = item.data.text[item.data.sourceLocale]?.title ?? item.slug;
      return createFrom(c, membership, values, {
        action: `/workspace/${membership.organisationSlug}/items/${itemId}/revisions`,
        heading: c.var.t('workspace.dashboard.editLabel', { title }),
        itemId,
      });
    })
    .get('/workspace/revisions/:id{[0-9]+}', gate('partner'), async (c) => {
      const { revision, membership } = await ownRevision(db, c.var.user!, idParam(c.req.param('id')));
      return revisionPage(c, revision, membership);
    })
    .post('/workspace/revisions/:id{[0-9]+}', gate('partner'), async (c) => {
      const { revision, membership } = await ownRevision(db, c.var.user!, idParam(c.req.param('id')));
      if (!(editableRevisionStatuses as readonly string[]).includes(revision.status)) {
        return refusal(c, new WorkflowError('not-editable', `Revision ${revision.id} is ${revision.status}.`));
      }
      const values = await postedItemValues(c);
      const checked = await validatedItem(db, values, membership.organisationSlug, c.var.t);
      if (checked.errors) return revisionPage(c, revision, membership, { values, errors: checked.errors }, 400);
      try {
        await db.transaction().execute((trx) => updateDraft(trx, actorOf(c), revision.id, checked.data, membership.organisationId));
      } catch (error) {
        const fields = error instanceof WorkflowError ? workflowFieldErrors(error, c.var.t) : undefined;
        if (fields) return revisionPage(c, revision, membership, { values, errors: fields }, 400);
        return refusal(c, error);
      }
      return c.redirect(`/workspace/revisions/${revision.id}?done=saved`, 303);
    })
    .post('/workspace/revisions/:id{[0-9]+}/submit', gate('partner'), async (c) => {
      const user = c.var.user!;
      const { revision, membership } = await ownRevision(db, user, idParam(c.req.param('id')));
      const workspace = await workspaceName(db, membership);
      try {
        await db.transaction().execute(async (trx) => {
          await submitRevision(trx, actorOf(c), revision.id, membership.organisationId);
          await notifySecretariat(trx, deps, { path: `/admin/revisions/${revision.id}`, title: revisionTitle(revision.data), workspace, author: user.name || user.email });
        });
      } catch (error) {
        return refusal(c, error);
      }
      return c.redirect(`/workspace/revisions/${revision.id}?done=submitted`, 303);
    })
    .post('/workspace/revisions/:id{[0-9]+}/withdraw', gate('partner'), async (c) => {
      const { revision, membership } = await ownRevision(db, c.var.user!, idParam(c.req.param('id')));
      try {
        await db.transaction().execute((trx) => withdrawRevision(trx, actorOf(c), revision.id, membership.organisationId));
      } catch (error) {
        return refusal(c, error);
      }
      return c.redirect('/workspace?done=withdrawn', 303);
    })
    .route('/', memberRoutes(deps));
}
