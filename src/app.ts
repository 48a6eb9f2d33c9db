import { OpenAPIHono } from '@hono/zod-openapi';
import { type Context, Hono } from 'hono';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import { aboutPages } from './features/about/routes.js';
import { adminPages } from './features/admin/routes.js';
import { accountSettingsPages } from './features/accounts/account-pages.js';
import { invitationPages } from './features/accounts/invitation-pages.js';
import { accountPages } from './features/accounts/routes.js';
import { sessionMiddleware } from './features/accounts/session.js';
import { catalogueApi } from './features/catalogue/api.js';
import { catalogueFeeds } from './features/catalogue/feeds.js';
import { cataloguePages } from './features/catalogue/routes.js';
import { countriesApi } from './features/countries/api.js';
import { countryPages } from './features/countries/routes.js';
import { b2cApi } from './features/data/api.js';
import { indicatorsApi } from './features/data/indicators-api.js';
import { dataPages } from './features/data/routes.js';
import { actionsApi } from './features/connect/actions-api.js';
import { actionPages } from './features/connect/action-routes.js';
import { requestsApi } from './features/connect/api.js';
import { assessmentsApi } from './features/connect/assessments-api.js';
import { assessmentPages } from './features/connect/assessment-routes.js';
import { partnerRequestPages } from './features/connect/partner-routes.js';
import { requestPages } from './features/connect/request-routes.js';
import { eventsApi } from './features/events/api.js';
import { eventFeeds } from './features/events/feeds.js';
import { registrationPages } from './features/events/registration-routes.js';
import { eventPages } from './features/events/routes.js';
import { proposalPages } from './features/events/proposal-routes.js';
import { eventReviewPages } from './features/events/review-routes.js';
import { reportedFigurePages } from './features/events/figure-routes.js';
import { homePages } from './features/home/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { organisationsApi } from './features/organisations/api.js';
import { organisationPages } from './features/organisations/routes.js';
import { policyAreasApi } from './features/policy-areas/api.js';
import { policyAreaPages } from './features/policy-areas/routes.js';
import { searchApi } from './features/search/api.js';
import { openSearchRoutes } from './features/search/opensearch.js';
import { searchPages } from './features/search/routes.js';
import { sitemapRoutes } from './features/sitemap/routes.js';
import { workspacePages } from './features/workspace/routes.js';
import type { AppDeps, AppEnv } from './web/context.js';
import { handleError, handleNotFound } from './web/errors.js';
import { compression } from './web/middleware/compression.js';
import { hostCheck } from './web/middleware/host.js';
import { cleanInput } from './web/middleware/clean-input.js';
import { localeMiddleware } from './web/middleware/locale.js';
import { requestLogging } from './web/middleware/logging.js';
import { securityHeaders } from './web/middleware/security.js';
import { staticRoutes } from './web/static.js';
import { formBodyLimit } from './web/body-limits.js';
import { csrfProtection } from './web/csrf.js';
import { gate } from './web/policy.js';
import { publicOrigin } from './web/links.js';

function apiV1(deps: AppDeps) {
  const api = new OpenAPIHono<AppEnv>().basePath('/api/v1');
  // The API is public and read-only (writes go through the pages, with their CSRF check).
  api.use('*', gate('public'));
  api.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=300');
    c.header('Vary', 'Accept-Language');
  });
  for (const routes of [policyAreasApi, organisationsApi, countriesApi, catalogueApi, b2cApi, indicatorsApi, eventsApi, requestsApi, assessmentsApi, actionsApi, searchApi]) api.route('/', routes(deps));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'E4D Hub API',
      version: '1.0.0',
      description:
        'Public, read-only data of E4D Hub: policy areas, partner organisations, countries, the catalogue of solutions and resources, the UNCTAD B2C E-commerce Index, events with their programmes, figures and outcomes, requests for assistance with their matches, readiness self-assessments and countries’ action trackers. Responses are `{ data, page }`; errors are `{ error: { id, message } }`.',
      license: { name: 'Open data' },
    },
  });
  return api;
}

/** Pages are public but vary by language; browsers revalidate with the ETag. */
function pageCaching(): Parameters<Hono<AppEnv>['use']>[1] {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
    if ((c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) c.header('Vary', 'Accept-Language, Cookie');
  };
}

export function createApp(deps: AppDeps) {
  const secureCookies = deps.publicUrl?.startsWith('https://') ?? false;
  const app = new Hono<AppEnv>();
  // The operator's branding, for every page the layout draws (error pages included).
  app.use(async (c, next) => {
    c.set('brand', deps.brand);
    await next();
  });
  // The hub's address for the absolute links every page carries (web/links.ts, web/seo.ts).
  app.use(async (c, next) => {
    c.set('origin', publicOrigin(c, deps.publicUrl));
    await next();
  });
  app.use(requestId());
  app.use(requestLogging(deps.logger));
  // A foreign Host is refused before the cache can answer it or keep what it was sent.
  app.use(hostCheck(deps.publicUrl, deps.allowedHosts));
  app.use(deps.responseCache.middleware());
  app.use(compression());
  // Inside the cache, so cached responses keep these headers instead of having them set on each hit.
  app.use(securityHeaders(deps.publicUrl));
  app.use(etag());
  app.use(pageCaching());
  // Control characters in the address are refused, and form bodies cleaned when read, before any route
  // sees them. (After the cache: a cached page was a 200, so its address passed this already.)
  app.use(cleanInput());
  // Emails a request queued leave once it is over, its transaction committed (features/mail/outbox.ts).
  app.use(async (_c, next) => {
    await next();
    deps.mailer.kick();
  });
  app.route('/', healthRoutes(deps));
  app.route('/', staticRoutes);
  app.use(localeMiddleware(secureCookies));
  app.use(sessionMiddleware(deps));
  // Form bodies are read (CSRF check) before any route: bound them first. Forms are small; the
  // secretariat's data uploads take files, and their routes read (and bound) them after the role gate.
  app.use(formBodyLimit);
  app.use(csrfProtection(deps.secret, secureCookies));
  app.route('/', apiV1(deps));
  app.route('/', eventFeeds(deps));
  for (const pages of [homePages, policyAreaPages, organisationPages, countryPages, dataPages, eventPages, registrationPages, cataloguePages, searchPages, accountPages, accountSettingsPages, invitationPages, adminPages, workspacePages, proposalPages, eventReviewPages, reportedFigurePages, requestPages, partnerRequestPages, assessmentPages, actionPages, aboutPages]) app.route('/', pages(deps));
  app.route('/', catalogueFeeds(deps)).route('/', sitemapRoutes(deps)).route('/', openSearchRoutes(deps));
  app.onError(handleError(deps));
  app.notFound(handleNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
