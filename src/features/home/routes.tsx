import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { SearchForm } from '../../web/components/search-form.js';
import { render } from '../../web/render.js';
import { countOrganisations, countOrganisationsByPolicyArea } from '../organisations/queries.js';
import { allPolicyAreas } from '../policy-areas/present.js';
import { PolicyAreaCards } from '../policy-areas/views/policy-area-cards.js';

/** The purposes the home page lists, each a link to the pages that serve it. */
const purposes = [
  { key: 'home.navigate', href: '/policy-areas' },
  { key: 'home.connect', href: '/requests' },
  { key: 'home.learn', href: '/resources' },
  { key: 'home.data', href: '/data' },
  { key: 'home.events', href: '/events' },
] as const;

export function homePages({ db, brand }: AppDeps) {
  return new Hono<AppEnv>().get('/', gate('public'), async (c) => {
    const t = c.var.t;
    const [partners, counts] = await Promise.all([countOrganisations(db), countOrganisationsByPolicyArea(db)]);
    return render(
      c,
      { title: brand.name, description: t('seo.home') },
      <>
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <SearchForm t={t} />
        <ul class="purposes">
          {purposes.map((purpose) => (
            <li>
              <a href={purpose.href}>{t(purpose.key)}</a>
            </li>
          ))}
        </ul>
        <h2>{t('home.policyAreasTitle')}</h2>
        <PolicyAreaCards t={t} areas={allPolicyAreas(t)} counts={counts} headingLevel={3} />
        <h2>{t('home.catalogueTitle')}</h2>
        <p>{t('home.catalogueLead')}</p>
        <ul>
          <li>
            <a href="/solutions">{t('home.browseSolutions')}</a>
          </li>
          <li>
            <a href="/resources">{t('home.browseResources')}</a>
          </li>
        </ul>
        <h2>{t('home.partnersTitle')}</h2>
        <p>
          {t('home.partnerCount', { count: partners })} <a href="/organisations">{t('home.browsePartners')}</a>
        </p>
        <h2>{t('home.countriesTitle')}</h2>
        <p>
          {t('home.countriesLead')} <a href="/countries">{t('home.browseCountries')}</a>
        </p>
        <h2>{t('events.homeTitle')}</h2>
        <p>
          {t('events.homeLead')} <a href="/events">{t('events.browse')}</a>
        </p>
        <h2>{t('requests.title')}</h2>
        <p>
          {t('requests.lead')} <a href="/requests">{t('requests.nav')}</a>
        </p>
      </>,
    );
  });
}
