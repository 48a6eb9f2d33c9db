import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { errorResponses, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { translator } from '../../web/i18n/i18n.js';
import { findCountryByIso3 } from '../countries/queries.js';
import { countryName } from '../countries/reference.js';
import { ActionCountryParam, ActionListQuery, ActionListResponse } from './action-schema.js';
import { type ActionDetail, actionShares, countryActions } from './actions.js';

const listRoute = createRoute({
  method: 'get',
  path: '/countries/{iso3}/actions',
  tags: ['Actions'],
  summary: "A country's action tracker: its actions with their progress notes, and the share completed per policy area and overall",
  request: { params: ActionCountryParam, query: ActionListQuery },
  responses: {
    200: { description: 'The actions and the shares completed', content: { 'application/json': { schema: ActionListResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

/** An action as the API gives it: an allow-list of fields (no author, no internal reference). */
function presentAction(a: ActionDetail) {
  return {
    id: a.id,
    country: a.country,
    policyArea: a.policyArea,
    title: a.title,
    lead: a.lead,
    supporting: a.supporting,
    priority: a.priority,
    targetDate: a.targetDate,
    status: a.status,
    recommendation: a.recommendation,
    notes: a.notes.map((n) => ({ date: n.onDate, text: n.text, evidenceUrl: n.evidenceUrl })),
    sample: a.isSample,
    updatedAt: a.updatedAt,
  };
}

/** GET /api/v1/countries/:iso3/actions. */
export function actionsApi({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook }).openapi(listRoute, async (c) => {
    const { iso3 } = c.req.valid('param');
    const { status, policyArea } = c.req.valid('query');
    const country = await findCountryByIso3(db, iso3.toUpperCase());
    if (!country) throw notFound(`Country "${iso3}"`);
    const all = await countryActions(db, country.iso3);
    const shares = actionShares(all);
    const data = all.filter((a) => (!status || a.status === status) && (!policyArea || a.policyArea === policyArea)).map(presentAction);
    return c.json(
      {
        country: { iso3: country.iso3, name: countryName(country.iso3, c.var.locale) },
        data,
        shares: { definition: translator(c.var.locale)('actions.share.definition'), ...shares },
      },
      200,
    );
  });
}
