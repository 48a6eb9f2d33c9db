import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { notFound } from '../../lib/errors.js';
import { isSlug } from '../../lib/text.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { forbidden, gate } from '../../web/policy.js';
import { doneNotice, queryFilter, render } from '../../web/render.js';
import { clientAddress, formFields } from '../accounts/forms.js';
import { organisationSummaries } from '../organisations/queries.js';
import { idParam, membershipOf } from '../workspace/access.js';
import { workspaceName } from '../workspace/queries.js';
import {
  type By,
  InterestError,
  type RequestHead,
  expressInterest,
  managesRequest,
  markEngaged,
  matchedRequests,
  mayReadThread,
  messageMaxLength,
  namedOrganisation,
  requestHead,
  sendMessage,
  setRequestStatus,
  threadMessages,
  writingSide,
} from './interest.js';
import { responseMetrics } from './metrics.js';
import { requestStatuses } from './types.js';
import { ConversationPage } from './views/conversation.js';
import { PartnerDashboard } from './views/partner-dashboard.js';
import { type InterestValues, InterestForm } from './views/partner-interest.js';

/*
 * The partner side of requests: the organisation's dashboard of matched requests, expressing
 * interest, the conversation between the requester and each interested organisation, and what the
 * requester (or the secretariat) does with them: mark a partner engaged, mark the request supported
 * or closed. The request page itself (request-routes.tsx) shows these forms through requestPanels.
 */

const messageSchema = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().min(1, 'message').max(messageMaxLength, 'tooLong'));
const statusSchema = z.object({ status: z.enum(requestStatuses) });
const isShow = (value: string): value is 'open' | 'all' => value === 'open' || value === 'all';

/** The posted message, or its error translated. */
function parsedMessage(t: Translate, raw: string | undefined): { text: string; error?: string } {
  const result = messageSchema.safeParse(raw ?? '');
  if (result.success) return { text: result.data };
  return { text: raw ?? '', error: t(`partnerRequests.error.${result.error.issues[0]?.message === 'tooLong' ? 'tooLong' : 'message'}`, { max: messageMaxLength }) };
}

export function partnerRequestPages(deps: AppDeps) {
  const { db } = deps;
  const by = (c: Context<AppEnv>): By => ({ user: c.var.user!, ip: clientAddress(c) });

  const loadRequest = async (c: Context<AppEnv>): Promise<RequestHead> => {
    const request = await requestHead(db, idParam(c.req.param('id')));
    if (!request) throw notFound('The request');
    return request;
  };
  const loadOrganisation = async (c: Context<AppEnv>) => {
    const slug = c.req.param('org') ?? '';
    const organisation = isSlug(slug) ? await namedOrganisation(db, slug, c.var.locale) : undefined;
    if (!organisation) throw notFound('The organisation');
    return organisation;
  };

  const interestPage = async (c: Context<AppEnv>, request: RequestHead, values: InterestValues, errors: FieldErrors) => {
    const t = c.var.t;
    const user = c.var.user!;
    const names = new Map((await organisationSummaries(db, user.memberships.map((m) => m.organisationId), c.var.locale)).map((o) => [o.id, o.acronym ?? o.name]));
    const mine = user.memberships.map((m) => ({ slug: m.organisationSlug, name: names.get(m.organisationId) ?? m.organisationSlug, rank: null }));
    return render(
      c,
      { title: t('partnerRequests.interest.title') },
      <>
        <p>
          <a href={`/requests/${request.id}`}>{t('partnerRequests.conversation.back')}</a>
        </p>
        <h1>{request.title}</h1>
        <InterestForm t={t} requestId={request.id} token={c.var.csrfToken()} choices={mine} values={values} errors={errors} />
      </>,
      422,
    );
  };

  const refusal = (c: Context<AppEnv>, request: RequestHead, message: string, link?: { href: string; label: string }) => {
    const t = c.var.t;
    return render(
      c,
      { title: t('partnerRequests.interest.refused') },
      <>
        <h1>{t('partnerRequests.interest.refused')}</h1>
        <p>{message}</p>
        <p>{link ? <a href={link.href}>{link.label}</a> : <a href={`/requests/${request.id}`}>{t('partnerRequests.conversation.back')}</a>}</p>
      </>,
      409,
    );
  };

  const conversationPage = async (
    c: Context<AppEnv>,
    request: RequestHead,
    organisation: { id: number; slug: string; name: string },
    form: { value: string; errors: FieldErrors },
    status: ContentfulStatusCode = 200,
  ) => {
    const t = c.var.t;
    const messages = await threadMessages(db, request.id, organisation.id);
    return render(
      c,
      { title: t('partnerRequests.conversation.title', { title: request.title }) },
      <ConversationPage
        t={t}
        locale={c.var.locale}
        request={request}
        organisation={organisation}
        messages={messages}
        canWrite={writingSide(c.var.user, request, organisation.id) !== null}
        token={c.var.csrfToken()}
        value={form.value}
        errors={form.errors}
      />,
      status,
    );
  };

  /** The thread's request and organisation, for a user who may read it (403 otherwise); 404 without an interest. */
  const readableThread = async (c: Context<AppEnv>) => {
    const request = await loadRequest(c);
    const organisation = await loadOrganisation(c);
    if (!mayReadThread(c.var.user, request, organisation.id)) forbidden();
    const interest = await db.selectFrom('requestInterests').select('requestId').where('requestId', '=', request.id).where('organisationId', '=', organisation.id).executeTakeFirst();
    if (!interest) throw notFound('The conversation');
    return { request, organisation };
  };

  return new Hono<AppEnv>()
    .get('/workspace/:org/requests', gate('partner'), async (c) => {
      const membership = membershipOf(c.var.user!, c.req.param('org'));
      const show = queryFilter(c, 'show', isShow) ?? 'open';
      const [rows, metrics, name] = await Promise.all([
        matchedRequests(db, membership.organisationId, show),
        responseMetrics(db, membership.organisationId),
        workspaceName(db, membership),
      ]);
      const t = c.var.t;
      return render(
        c,
        { title: t('partnerRequests.dashboard.title') },
        <PartnerDashboard t={t} locale={c.var.locale} org={membership.organisationSlug} name={name} show={show} rows={rows} metrics={metrics} />,
      );
    })
    .post('/requests/:id{[0-9]+}/interest', gate('partner'), async (c) => {
      const request = await loadRequest(c);
      const t = c.var.t;
      const fields = await formFields(c);
      const organisation = fields.organisation ?? '';
      const message = parsedMessage(t, fields.message);
      const errors: FieldErrors = {};
      if (!organisation) errors.organisation = t('partnerRequests.error.organisation');
      else membershipOf(c.var.user!, organisation);
      if (message.error) errors.message = message.error;
      if (Object.keys(errors).length) return interestPage(c, request, { organisation, message: message.text }, errors);
      try {
        await db.transaction().execute((trx) => expressInterest(trx, deps, by(c), { request, organisationSlug: organisation, message: message.text }));
      } catch (error) {
        if (!(error instanceof InterestError)) throw error;
        if (error.code === 'not-open') return refusal(c, request, t('partnerRequests.interest.notOpen'));
        const name = (await namedOrganisation(db, organisation, c.var.locale))?.name ?? organisation;
        return refusal(c, request, t('partnerRequests.interest.already', { name }), {
          href: `/requests/${request.id}/conversations/${organisation}`,
          label: t('partnerRequests.interest.openConversation'),
        });
      }
      deps.responseCache.clear();
      return c.redirect(`/requests/${request.id}/conversations/${organisation}?done=interest`, 303);
    })
    .get('/requests/:id{[0-9]+}/conversations/:org', gate('signedIn'), async (c) => {
      const { request, organisation } = await readableThread(c);
      doneNotice(c, { interest: 'partnerRequests.interest.done', sent: 'partnerRequests.conversation.sent' });
      return conversationPage(c, request, organisation, { value: '', errors: {} });
    })
    .post('/requests/:id{[0-9]+}/conversations/:org', gate('signedIn'), async (c) => {
      const { request, organisation } = await readableThread(c);
      if (!writingSide(c.var.user, request, organisation.id)) forbidden();
      const message = parsedMessage(c.var.t, (await formFields(c)).message);
      if (message.error) return conversationPage(c, request, organisation, { value: message.text, errors: { message: message.error } }, 422);
      const id = await db.transaction().execute((trx) => sendMessage(trx, deps, by(c), { request, organisation, body: message.text }));
      return c.redirect(`/requests/${request.id}/conversations/${organisation.slug}?done=sent#message-${id}`, 303);
    })
    .post('/requests/:id{[0-9]+}/engaged/:org', gate('signedIn'), async (c) => {
      const request = await loadRequest(c);
      if (!managesRequest(c.var.user, request)) forbidden();
      const organisation = await loadOrganisation(c);
      await db.transaction().execute((trx) => markEngaged(trx, by(c), request, organisation));
      deps.responseCache.clear();
      return c.redirect(`/requests/${request.id}?done=partner-engaged`, 303);
    })
    .post('/requests/:id{[0-9]+}/status', gate('signedIn'), async (c) => {
      const request = await loadRequest(c);
      if (!managesRequest(c.var.user, request)) forbidden();
      const parsed = statusSchema.safeParse(await formFields(c));
      const t = c.var.t;
      if (!parsed.success) {
        return render(
          c,
          { title: t('partnerRequests.manage.statusTitle') },
          <>
            <h1>{t('partnerRequests.manage.statusTitle')}</h1>
            <p class="error">{t('partnerRequests.error.status')}</p>
            <p>
              <a href={`/requests/${request.id}`}>{t('partnerRequests.conversation.back')}</a>
            </p>
          </>,
          422,
        );
      }
      await db.transaction().execute((trx) => setRequestStatus(trx, by(c), request, parsed.data.status));
      deps.responseCache.clear();
      return c.redirect(`/requests/${request.id}?done=request-status`, 303);
    });
}
