import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { pageInfo } from '../../lib/pagination.js';
import { isSlug } from '../../lib/text.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { filterHref } from '../../web/links.js';
import { pageMeta, queryFilter, queryPage, render } from '../../web/render.js';
import { latestSolutions } from '../catalogue/page-query.js';
import { searchCatalogue } from '../catalogue/search.js';
import { SolutionsSection } from '../catalogue/views/solutions-section.js';
import { partnerActivity } from './activity.js';
import { PartnerActivityBlocks } from './views/partner-activity.js';
import { isPolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { findOrganisationBySlug, listOrganisations, organisationFacets } from './queries.js';
import { type OrganisationType, organisationTypes } from './types.js';
import { OrganisationList } from './views/organisation-list.js';
import { OrganisationPage } from './views/organisation-page.js';
import { ResponseMetrics } from '../connect/views/partner-metrics.js';

const pageSize = 24;
const isOrganisationType = (v: string): v is OrganisationType => (organisationTypes as readonly string[]).includes(v);

export function organisationPages({ db, facets }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/organisations', gate('public'), async (c) => {
      const filter = { type: queryFilter(c, 'type', isOrganisationType), policyArea: queryFilter(c, 'policyArea', isPolicyAreaSlug) };
      const page = queryPage(c);
      const [{ rows, total }, facets] = await Promise.all([
        listOrganisations(db, filter, c.var.locale, { page, pageSize }),
        organisationFacets(db, filter),
      ]);
      const t = c.var.t;
      return render(
        c,
        { title: t('organisations.title'), description: t('organisations.lead'), json: filterHref('/api/v1/organisations', filter) },
        <OrganisationList meta={pageMeta(c)} filter={filter} list={rows} page={pageInfo(page, pageSize, total)} facets={facets} />,
      );
    })
    .get('/organisations/:slug', gate('public'), async (c) => {
      const slug = c.req.param('slug');
      const organisation = isSlug(slug) ? await findOrganisationBySlug(db, slug, c.var.locale) : undefined;
      if (!organisation) throw notFound('Organisation');
      const { t, locale } = c.var;
      const filters = { organisation: organisation.slug };
      const [solutions, resources, activity] = await Promise.all([
        latestSolutions(db, facets, filters, locale),
        searchCatalogue(db, facets, { types: ['resource'], filters, sort: 'newest', page: 1, pageSize: 5, locale }),
        partnerActivity(db, organisation, locale),
      ]);
      return render(
        c,
        { title: organisation.acronym ?? organisation.name, description: organisation.description, json: `/api/v1/organisations/${slug}` },
        <OrganisationPage
          meta={pageMeta(c)}
          o={organisation}
          solutions={
            <>
              <SolutionsSection t={t} locale={locale} title={t('catalogue.partnerSolutions')} result={solutions} filters={filters} />
              <PartnerActivityBlocks t={t} locale={locale} slug={organisation.slug} resources={resources} activity={activity} />
              <ResponseMetrics db={db} organisationId={organisation.id} t={t} locale={locale} />
            </>
          }
        />,
      );
    });
}
