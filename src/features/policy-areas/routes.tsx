import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { Breadcrumbs } from '../../web/components/common.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { render } from '../../web/render.js';
import { latestSolutions } from '../catalogue/page-query.js';
import { SolutionsSection } from '../catalogue/views/solutions-section.js';
import { countOrganisationsByPolicyArea, listOrganisations } from '../organisations/queries.js';
import { OrganisationCards } from '../organisations/views/organisation-card.js';
import { isPolicyAreaSlug } from './policy-areas.js';
import { allPolicyAreas, presentPolicyArea } from './present.js';
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
      const filters = { policyArea: slug };
      const [partners, solutions] = await Promise.all([
        listOrganisations(db, { policyArea: slug }, locale, { page: 1, pageSize: 500 }),
        latestSolutions(db, facets, filters, locale),
      ]);
      return render(
        c,
        { title: area.name, description: area.description },
        <article>
          <Breadcrumbs t={t} items={[{ href: '/policy-areas', label: t('policyAreas.title') }, { label: area.shortName }]} />
          <h1>
            {area.position}. {area.name}
          </h1>
          <p class="lead">{area.description}</p>
          <h2>{t('policyAreas.partnersTitle')}</h2>
          <p>
            <a href={`/organisations?policyArea=${slug}`}>{t('policyAreas.partnerCount', { count: partners.total })}</a>
          </p>
          {partners.rows.length ? <OrganisationCards list={partners.rows} t={t} locale={locale} /> : <p>{t('common.none')}</p>}
          <SolutionsSection t={t} locale={locale} title={t('catalogue.areaSolutions')} result={solutions} filters={filters} />
        </article>,
      );
    });
}
