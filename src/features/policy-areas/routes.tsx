import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { pageMeta, render } from '../../web/render.js';
import { countOrganisationsByPolicyArea } from '../organisations/queries.js';
import { loadAreaHub } from './hub.js';
import { isPolicyAreaSlug } from './policy-areas.js';
import { allPolicyAreas, presentPolicyArea } from './present.js';
import { areaRecommendations } from './queries.js';
import { AreaHub } from './views/area-hub.js';
import { AreaRecommendations } from './views/area-recommendations.js';
import { PolicyAreaCards } from './views/policy-area-cards.js';

export function policyAreaPages({ db, facets }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/policy-areas', gate('public'), async (c) => {
      const t = c.var.t;
      const counts = await countOrganisationsByPolicyArea(db);
      return render(
        c,
        { title: t('policyAreas.title'), description: t('policyAreas.lead'), json: '/api/v1/policy-areas' },
        <>
          <h1>{t('policyAreas.title')}</h1>
          <p class="lead">{t('policyAreas.lead')}</p>
          <PolicyAreaCards t={t} areas={allPolicyAreas(t)} counts={counts} headingLevel={2} />
        </>,
      );
    })
    .get('/policy-areas/:slug', gate('public'), async (c) => {
      const slug = c.req.param('slug');
      if (!isPolicyAreaSlug(slug)) throw notFound('Policy area');
      const { t, locale } = c.var;
      const area = presentPolicyArea(slug, t);
      const hub = await loadAreaHub({ db, facets }, slug, t, locale, { withMap: true });
      return render(c, { title: area.name, description: area.description, json: `/api/v1/policy-areas/${slug}` }, <AreaHub view={{ meta: pageMeta(c), area, ...hub }} />);
    })
    .get('/policy-areas/:slug/recommendations', gate('public'), async (c) => {
      const slug = c.req.param('slug');
      if (!isPolicyAreaSlug(slug)) throw notFound('Policy area');
      const { t, locale } = c.var;
      const area = presentPolicyArea(slug, t);
      const recommendations = await areaRecommendations(db, slug, locale);
      return render(
        c,
        { title: t('hubs.recommendations.pageTitle', { area: area.name }), description: t('hubs.recommendations.pageLead', { count: recommendations.length, answered: recommendations.filter((r) => r.actions.length).length }) },
        <AreaRecommendations meta={pageMeta(c)} area={area} recommendations={recommendations} />,
      );
    });
}
