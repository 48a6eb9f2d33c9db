import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { organisationSummaries } from '../organisations/queries.js';
import { interestsIn, managesRequest } from './interest.js';
import type { RequestDetail } from './types.js';
import { type InterestChoice, PartnerPanel, RequesterPanel } from './views/partner-interest.js';

/** The `?done=` notices of the partner side's redirects to the request page. */
export const partnerNotices = {
  'partner-interest': 'partnerRequests.interest.done',
  'partner-engaged': 'partnerRequests.manage.engagedDone',
  'request-status': 'partnerRequests.manage.statusDone',
} as const;

/** The user's organisations that may express interest in a request, with their rank among its matches. */
async function interestChoices(deps: AppDeps, c: Context<AppEnv>, requestId: number, organisationIds: number[]): Promise<InterestChoice[]> {
  if (!organisationIds.length) return [];
  const [organisations, matches] = await Promise.all([
    organisationSummaries(deps.db, organisationIds, c.var.locale),
    deps.db.selectFrom('requestMatches').select(['organisationId', 'rank']).where('requestId', '=', requestId).where('organisationId', 'in', organisationIds).execute(),
  ]);
  const ranks = new Map(matches.map((m) => [m.organisationId, m.rank]));
  return organisations
    .map((o) => ({ slug: o.slug, name: o.acronym ?? o.name, rank: ranks.get(o.id) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
}

/**
 * What the request page shows of the partner side, for the signed-in user: whether they may see the
 * contact details (the requester, the secretariat, a member of an interested organisation), the
 * partner's block (express interest, or the link to its conversation) and the requester's block
 * (interested partners, "engaged", status). The notices of these forms' redirects are `partnerNotices`.
 */
export async function requestPanels(
  c: Context<AppEnv>,
  deps: AppDeps,
  request: RequestDetail,
): Promise<{ showContact: boolean; partnerPanel?: Child; requesterPanel?: Child }> {
  const user = c.var.user;
  if (!user) return { showContact: false };
  const { t, locale } = c.var;
  const interests = await interestsIn(deps.db, request.id, locale);
  const interestedIds = new Set(interests.map((i) => i.organisationId));
  const interestedMine = interests.filter((i) => user.memberships.some((m) => m.organisationId === i.organisationId));
  const manages = managesRequest(user, request);
  const panels: { showContact: boolean; partnerPanel?: Child; requesterPanel?: Child } = { showContact: manages || interestedMine.length > 0 };
  if (user.memberships.length) {
    const others = user.memberships.filter((m) => !interestedIds.has(m.organisationId)).map((m) => m.organisationId);
    const choices = await interestChoices(deps, c, request.id, others);
    panels.partnerPanel = (
      <PartnerPanel
        t={t}
        requestId={request.id}
        open={request.status === 'open'}
        token={c.var.csrfToken()}
        interested={interestedMine.map((i) => ({ slug: i.slug, name: i.name }))}
        choices={choices}
      />
    );
  }
  if (manages) {
    panels.requesterPanel = <RequesterPanel t={t} locale={locale} requestId={request.id} status={request.status} token={c.var.csrfToken()} interests={interests} />;
  }
  return panels;
}
