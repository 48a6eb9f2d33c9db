import type { Child } from 'hono/jsx';
import { Pager } from '../../../web/components/common.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import { formatters } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { buildCountryReference } from '../../countries/reference.js';
import { regionCodes, regionName } from '../../countries/regions.js';
import { type FacetName, worldwide } from '../facet-index.js';
import { type CatalogueState, maxFacetLinks, stateParams } from '../page-query.js';
import { maxQueryLength } from '../schema.js';
import { type CatalogueResult, type FacetCount, sorts } from '../search.js';
import { ItemList } from './item-card.js';
import { facetValueLabel } from './labels.js';

/** What every part of a catalogue page needs. */
export interface CatalogueView {
  meta: PageMeta;
  /** The page the forms and links go to: /solutions, /resources or /search. */
  path: string;
  state: CatalogueState;
  result: CatalogueResult | undefined;
  /** Short names of the organisations in the facets. */
  organisations: Map<string, string>;
  /** Several types listed (on /search): show each item's type and the type facet. */
  mixed: boolean;
}

/** Each country's M49 region, for grouping the country facet. */
const countryRegions = new Map(buildCountryReference().map((c) => [c.iso3, c.regionCode ?? '']));

/** Facets listed as links; the country facet is a small form, since there are 249 countries. */
const linkFacets: FacetName[] = ['type', 'policyArea', 'kind', 'organisation', 'beneficiary', 'region', 'group', 'language', 'cost'];

function Hidden({ params, except }: { params: Record<string, string | undefined>; except: string[] }) {
  return (
    <>
      {Object.entries(params)
        .filter(([name, value]) => value && !except.includes(name))
        .map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
    </>
  );
}

/** Words and sort order, a plain GET form that keeps the filters. */
export function CatalogueForm({ view, label }: { view: CatalogueView; label: string }) {
  const { meta, path, state, result } = view;
  const { t } = meta;
  const current = state.sort ?? result?.sort ?? (state.q ? 'relevance' : 'newest');
  return (
    <form class="search" role="search" action={path} method="get">
      <label for="q">{label}</label>
      <input type="search" id="q" name="q" value={state.tooLong ? '' : state.q} placeholder={t('home.searchPlaceholder')} maxlength={maxQueryLength} />
      <span class="sort">
        <label for="sort">{t('catalogue.sortBy')}</label>{' '}
        <select id="sort" name="sort">
          {sorts.map((s) => (
            <option value={s} selected={s === current}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </select>
      </span>
      <Hidden params={stateParams(view.state)} except={['q', 'sort']} />
      <button type="submit">{t('home.searchButton')}</button>
    </form>
  );
}

function Heading({ level, id, children }: { level: 2 | 3; id?: string; children: Child }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

function FacetValue({ view, facet, count }: { view: CatalogueView; facet: FacetName; count: FacetCount }) {
  const { t, locale } = view.meta;
  const { number } = formatters(locale);
  const label = facetValueLabel(facet, count.value, t, locale, view.organisations);
  return (
    <li>
      <a
        href={filterHref(view.path, stateParams(view.state, { [facet]: count.selected ? undefined : count.value }))}
        aria-current={count.selected ? 'true' : undefined}
        rel="nofollow"
      >
        <span>
          {count.selected ? <span aria-hidden="true">✓ </span> : null}
          {label}
          {count.selected ? <span class="visually-hidden"> ({t('catalogue.removeFilter', { value: label })})</span> : null}
        </span>
        <span class="muted">{number(count.count)}</span>
      </a>
    </li>
  );
}

/**
 * A facet's values with results (the search leaves out the others, except the chosen one), the most
 * frequent first: the first maxFacetLinks (and the chosen one) as links, the rest behind "show all", a
 * <details> that opens without JavaScript.
 */
function FacetLinks({ view, facet, counts, level }: { view: CatalogueView; facet: FacetName; counts: FacetCount[]; level: 2 | 3 }) {
  const { t } = view.meta;
  const first = counts.filter((c, i) => i < maxFacetLinks || c.selected);
  const rest = counts.filter((c) => !first.includes(c));
  return (
    <>
      <Heading level={level}>{t(`catalogue.facet.${facet}`)}</Heading>
      <ul>
        {first.map((c) => (
          <FacetValue view={view} facet={facet} count={c} />
        ))}
      </ul>
      {rest.length ? (
        <details>
          <summary>{t('hubs.facets.showAll', { count: counts.length })}</summary>
          <ul>
            {rest.map((c) => (
              <FacetValue view={view} facet={facet} count={c} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/**
 * The country facet, a small form since there are some 200 places: "worldwide" first, then the countries
 * with results grouped by region, by name within each (a select is searched by typing a name).
 */
function CountryForm({ view, counts, level }: { view: CatalogueView; counts: FacetCount[]; level: 2 | 3 }) {
  const { t, locale } = view.meta;
  const { compare, number } = formatters(locale);
  const world = counts.find((c) => c.value === worldwide);
  const regionOf = (iso3: string) => countryRegions.get(iso3) ?? '';
  const options = counts
    .filter((c) => c.value !== worldwide)
    .map((c) => ({ ...c, label: facetValueLabel('country', c.value, t, locale, view.organisations) }))
    .sort((a, b) => compare(a.label, b.label));
  const regions = [...regionCodes, ''].map((region) => ({ region, options: options.filter((o) => regionOf(o.value) === region) })).filter((g) => g.options.length);
  const option = (o: FacetCount & { label: string }) => (
    <option value={o.value} selected={o.selected}>
      {o.label} ({number(o.count)})
    </option>
  );
  return (
    <form method="get" action={view.path} class="facet-form">
      <Heading level={level}>
        <label for="country">{t('catalogue.facet.country')}</label>
      </Heading>
      <p class="small muted" id="country-hint">
        {t('hubs.facets.countryHint')}
      </p>
      <Hidden params={stateParams(view.state)} except={['country']} />
      <select id="country" name="country" aria-describedby="country-hint">
        <option value="">{t('catalogue.anyCountry')}</option>
        {world ? option({ ...world, label: t('hubs.facets.worldwideHint') }) : null}
        {regions.map((g) => (g.region ? <optgroup label={regionName(g.region, locale)}>{g.options.map(option)}</optgroup> : g.options.map(option)))}
      </select>{' '}
      <button type="submit">{t('catalogue.show')}</button>
    </form>
  );
}

export function FacetPanel({ view, level }: { view: CatalogueView; level: 2 | 3 }) {
  const { result, meta } = view;
  if (!result) return null;
  const facets = linkFacets.filter((f) => (f !== 'type' || view.mixed) && result.facets[f].length > 0);
  return (
    <aside class="facets" aria-label={meta.t('common.filters')}>
      {facets.map((f) => (
        <FacetLinks view={view} facet={f} counts={result.facets[f]} level={level} />
      ))}
      {result.facets.country.length ? <CountryForm view={view} counts={result.facets.country} level={level} /> : null}
    </aside>
  );
}

/** The filters in use, each with a link that removes it, and "clear filters". */
export function ActiveFilters({ view }: { view: CatalogueView }) {
  const { t, locale } = view.meta;
  const active = Object.entries(view.state.filters) as [FacetName, string][];
  if (active.length === 0) return null;
  return (
    <div class="active-filters">
      <h3 class="visually-hidden">{t('catalogue.activeFilters')}</h3>
      <ul class="tags">
        {active.map(([facet, value]) => {
          const label = facetValueLabel(facet, value, t, locale, view.organisations);
          return (
            <li>
              <a href={filterHref(view.path, stateParams(view.state, { [facet]: undefined }))}>
                {t(`catalogue.facet.${facet}`)}
                {t('common.colon')} {label} <span aria-hidden="true">×</span>
                <span class="visually-hidden"> ({t('catalogue.removeFilter', { value: label })})</span>
              </a>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={filterHref(view.path, { q: view.state.q || undefined, sort: view.state.sort })}>{t('common.clearFilters')}</a>
      </p>
    </div>
  );
}

/** When nothing matches: the filters whose removal gives results. */
export function Suggestions({ view, result }: { view: CatalogueView; result: CatalogueResult }) {
  const { t, locale } = view.meta;
  if (result.suggestions.length === 0) return <p>{t('catalogue.noneFound')}</p>;
  return (
    <>
      <p>{t('catalogue.suggestIntro')}</p>
      <ul>
        {result.suggestions.map((s) => (
          <li>
            <a href={filterHref(view.path, stateParams(view.state, { [s.facet]: undefined }))}>
              {t('catalogue.suggestion', {
                value: facetValueLabel(s.facet, s.value, t, locale, view.organisations),
                facet: t(`catalogue.facet.${s.facet}`),
                count: s.total,
              })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function pageHref(url: URL, page: number): string {
  const params = new URLSearchParams(url.search);
  params.set('page', String(page));
  return `${url.pathname}?${params.toString()}`;
}

/** The result count, the active filters, the items (or why there are none) and the pager. */
export function CatalogueResults({ view, headingId, heading }: { view: CatalogueView; headingId: string; heading?: string }) {
  const { t, locale, url } = view.meta;
  const { result, state } = view;
  if (!result) return null;
  const { page } = result;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading ? <>{heading}: </> : null}
        {t('common.results', { count: page.total })}
      </h2>
      <ActiveFilters view={view} />
      {page.total === 0 ? (
        <Suggestions view={view} result={result} />
      ) : result.items.length === 0 ? (
        <p>
          {t('catalogue.pastLastPage')} <a href={pageHref(url, page.pages)}>{t('catalogue.lastPage')}</a>
        </p>
      ) : (
        <ItemList items={result.items} t={t} locale={locale} showType={view.mixed} />
      )}
      {state.page <= page.pages ? <Pager t={t} url={url} page={page} /> : null}
    </section>
  );
}

/** A refused query: what was wrong and what to do. */
export function TooLong({ t, length }: { t: Translate; length: number }) {
  return (
    <p class="notice" role="alert">
      {t('catalogue.tooLong', { length, max: maxQueryLength })}
    </p>
  );
}

/** /solutions and /resources. */
export function CatalogueListPage({ view, title, lead, searchLabel }: { view: CatalogueView; title: string; lead: string; searchLabel: string }) {
  const { t } = view.meta;
  return (
    <>
      <h1>{title}</h1>
      <p class="lead">{lead}</p>
      <CatalogueForm view={view} label={searchLabel} />
      {view.state.tooLong ? <TooLong t={t} length={view.state.tooLong} /> : null}
      <div class="layout">
        <CatalogueResults view={view} headingId="results" />
        <FacetPanel view={view} level={2} />
      </div>
    </>
  );
}

