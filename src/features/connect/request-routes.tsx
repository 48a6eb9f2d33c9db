import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { notFound } from '../../lib/errors.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { doneNotice, pageMeta, queryFilter, queryPage, render } from '../../web/render.js';
import { actorOf } from '../accounts/forms.js';
import { isSlug } from '../../lib/text.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { publicOrigin } from '../../web/links.js';
import { itemPath } from '../catalogue/present.js';
import { type ItemDetail, findItemBySlug } from '../catalogue/queries.js';
import type { ItemType } from '../catalogue/types.js';
import { knownCountries } from '../countries/areas.js';
import { countryName } from '../countries/reference.js';
import { isPolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { idParam } from '../workspace/access.js';
import { isRequestStatus } from './interest.js';
import { matchesFor } from './matching.js';
import { partnerNotices, requestPanels } from './partner-panels.js';
import { type RequestFormValues, emptyRequestForm, requestFormValues, requestSeedOf } from './request-schema.js';
import { findRequest, listRequests, requestPoster, requestProblems } from './requests.js';
import { MatchingAboutPage } from './views/matching-about.js';
import { RequestFormPage } from './views/request-form.js';
import { RequestListPage } from './views/request-list.js';
import { RequestPage } from './views/request-page.js';

const isCountry = (v: string): v is string => knownCountries.has(v);

/** `?solution=<slug>` or `?resource=<slug>` of "Ask for this": the item asked for (slug undefined when it is not one). */
function askedItemParam(c: Context<AppEnv>): { type: ItemType; slug: string | undefined } | undefined {
  const asked = { solution: c.req.query('solution'), resource: c.req.query('resource') };
  for (const type of ['solution', 'resource'] as const) {
    const slug = asked[type];
    if (slug !== undefined) return { type, slug: isSlug(slug) ? slug : undefined };
  }
  return undefined;
}

/** The form's fields a request about `item` starts from: title, description naming it and its partners, its policy areas. */
function askedForValues(item: ItemDetail, t: Translate, origin: string): Partial<RequestFormValues> {
  const url = `${origin}${itemPath(item)}`;
  const partners = item.organisations.map((o) => o.acronym ?? o.name).join(', ');
  return {
    title: t('dashboards.ask.title', { title: item.title }).slice(0, 200),
    description: partners ? t('dashboards.ask.description', { title: item.title, url, partners }) : t('dashboards.ask.descriptionNoPartner', { title: item.title, url }),
    policyAreas: [...item.policyAreas],
    item: `${item.type}/${item.slug}`,
  };
}

/** Requests for assistance: list, post, one request with its matches; the partner side's pages are mounted here too. */
export function requestPages(deps: AppDeps) {
  const { db } = deps;

  const formPage = (c: Context<AppEnv>, values: RequestFormValues, errors: FieldErrors, status: ContentfulStatusCode = 200) => {
    const { t, locale } = c.var;
    const focalPoint = c.var.user!.focalPointCountries.length > 0;
    return render(c, { title: t('requests.form.title') }, <RequestFormPage view={{ t, locale, token: c.var.csrfToken(), values, errors, focalPoint }} />, status);
  };

  return new Hono<AppEnv>()
    .get('/requests', gate('public'), async (c) => {
      const filter = {
        country: queryFilter(c, 'country', isCountry),
        policyArea: queryFilter(c, 'policyArea', isPolicyAreaSlug),
        status: queryFilter(c, 'status', isRequestStatus),
      };
      const [{ requests, page }, countries] = await Promise.all([
        listRequests(db, { ...filter, page: queryPage(c) }, c.var.locale),
        db.selectFrom('requests').select('countryIso3').distinct().orderBy('countryIso3').execute(),
      ]);
      return render(
        c,
        { title: c.var.t('requests.title'), description: c.var.t('requests.lead') },
        <RequestListPage view={{ meta: pageMeta(c), filter, requests, page, countries: countries.map((r) => r.countryIso3), canPost: c.var.user !== null }} />,
      );
    })
    .get('/requests/about-matching', gate('public'), (c) => render(c, { title: c.var.t('requests.about.title'), description: c.var.t('seo.matching') }, <MatchingAboutPage t={c.var.t} />))
    .get('/requests/new', gate('signedIn'), async (c) => {
      const user = c.var.user!;
      const { t, locale } = c.var;
      const profile = await db.selectFrom('users').select('country').where('id', '=', user.id).executeTakeFirst();
      const country = user.focalPointCountries[0] ?? (profile?.country && knownCountries.has(profile.country) ? profile.country : '');
      const values = emptyRequestForm(user, locale, country);
      // "Ask for this" on a solution's (or resource's) page: the form starts from that item.
      const asked = askedItemParam(c);
      if (asked) {
        const item = asked.slug === undefined ? undefined : await findItemBySlug(db, asked.type, asked.slug, locale);
        if (item) {
          Object.assign(values, askedForValues(item, t, publicOrigin(c, deps.publicUrl)));
          c.var.notices.push(t('dashboards.ask.prefilled', { title: item.title }));
        } else c.var.notices.push(t('dashboards.ask.unknown'));
      }
      return formPage(c, values, {});
    })
    .post('/requests', gate('signedIn'), async (c) => {
      const user = c.var.user!;
      const t = c.var.t;
      const values = requestFormValues(await c.req.parseBody({ all: true }));
      const seed = requestSeedOf(values, c.var.locale);
      const problems = requestProblems(seed, user, new Date().toISOString().slice(0, 10));
      const errors: FieldErrors = Object.fromEntries(Object.entries(problems).map(([field, code]) => [field, t(`requests.problem.${code}`)]));
      if (Object.keys(errors).length) return formPage(c, values, errors, 422);
      const id = await requestPoster(db, seed, actorOf(c));
      deps.responseCache.clear();
      return c.redirect(`/requests/${id}?done=posted`, 303);
    })
    .get('/requests/:id{[0-9]+}', gate('public'), async (c) => {
      const request = await findRequest(db, idParam(c.req.param('id')));
      if (!request) throw notFound('The request');
      doneNotice(c, { posted: 'requests.form.posted', ...partnerNotices });
      const [panels, matches, item] = await Promise.all([
        requestPanels(c, deps, request),
        matchesFor(db, request, { locale: c.var.locale, before: request.createdAt, excludeRequestId: request.id }),
        request.item ? findItemBySlug(db, request.item.type, request.item.slug, c.var.locale) : undefined,
      ]);
      const asked = item ? { href: itemPath(item), title: item.title, lang: item.textLocale === c.var.locale ? undefined : item.textLocale } : undefined;
      return render(
        c,
        { title: request.title, description: c.var.t('seo.request', { title: request.title, country: countryName(request.country, c.var.locale) }) },
        <RequestPage view={{ meta: pageMeta(c), request, matches, showContact: panels.showContact, partnerPanel: panels.partnerPanel, requesterPanel: panels.requesterPanel, asked }} />,
      );
    });
}
