import { Pager } from '../../../web/components/common.js';
import { formatters } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { ActiveFilters, CatalogueForm, type CatalogueView, FacetPanel, Suggestions, TooLong } from '../../catalogue/views/catalogue-list.js';
import { ItemCard, Snippet } from '../../catalogue/views/item-card.js';
import { formatItemDate } from '../../catalogue/views/labels.js';
import { stateParams } from '../../catalogue/page-query.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { type SearchType, type SiteHit, type SiteResult, maxMergedResults } from '../unified.js';

export interface SearchPageProps {
  view: CatalogueView;
  type: SearchType | undefined;
  result: SiteResult | undefined;
  /** Nearest policy area to the words, when nothing matches. */
  nearestArea: string | undefined;
  /** What was typed contains no word at all. */
  noWords: boolean;
}

/** The link to the same search with another type (or all), from page 1. */
const typeHref = (view: CatalogueView, type: SearchType | undefined, extra: Record<string, string | undefined> = {}) =>
  filterHref('/search', { ...stateParams(view.state), type, ...extra });

/** Kinds of result with their counts, as tabs: all, then each kind with results (and the chosen one). */
function TypeTabs({ view, type, result }: { view: CatalogueView; type: SearchType | undefined; result: SiteResult }) {
  const { t, locale } = view.meta;
  const { number } = formatters(locale);
  const all = result.typeCounts.reduce((sum, c) => sum + c.count, 0);
  const shown = result.typeCounts.filter((c) => c.count > 0 || c.type === type).sort((a, b) => b.count - a.count);
  return (
    <nav aria-label={t('search.typeNav')}>
      <ul class="tabs">
        <li>
          <a href={typeHref(view, undefined)} aria-current={type === undefined ? 'page' : undefined} rel="nofollow">
            {t('search.all')} <span class="muted">{number(all)}</span>
          </a>
        </li>
        {shown.map((c) => (
          <li>
            <a href={typeHref(view, c.type)} aria-current={c.type === type ? 'page' : undefined} rel="nofollow">
              {t(`search.types.${c.type}`)} <span class="muted">{number(c.count)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function HitCard({ hit, meta }: { hit: SiteHit; meta: PageMeta }) {
  const { t, locale } = meta;
  if (hit.item) return <ItemCard item={hit.item} t={t} locale={locale} showType />;
  const lang = hit.titleLocale === locale ? undefined : hit.titleLocale;
  const status = hit.status && ['open', 'supported', 'closed', 'cancelled', 'postponed'].includes(hit.status) ? t(`search.status.${hit.status}`) : undefined;
  return (
    <li>
      <h3 lang={lang}>
        <a href={hit.href}>{hit.title}</a>
      </h3>
      <p class="small muted">
        {t(`search.type.${hit.type}`)}
        {hit.context ? <> · {t('search.inContext', { context: hit.context })}</> : null}
        {hit.date ? (
          <>
            {' · '}
            <time datetime={hit.date}>{formatItemDate(hit.date, locale as Locale)}</time>
          </>
        ) : null}
        {status ? <> · {status}</> : null}
        {hit.sample ? (
          <>
            {' · '}
            <span class="tag">{t('search.sample')}</span>
          </>
        ) : null}
      </p>
      {hit.snippet.length && hit.type !== 'recommendation' && hit.type !== 'outcome' ? (
        <p lang={lang}>
          <Snippet parts={hit.snippet} />
        </p>
      ) : null}
      {hit.policyAreas.length ? (
        <ul class="tags" aria-label={t('catalogue.policyAreas')}>
          {hit.policyAreas.map((slug) => (
            <li>{policyAreaLabel(t, slug, 'short')}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Nothing found: the nearest spelling, the nearest policy area, and the request form. */
function NothingFound({ view, result, nearestArea }: { view: CatalogueView; result: SiteResult; nearestArea: string | undefined }) {
  const { t } = view.meta;
  // When filters leave nothing, they are to blame, not the words (the filters above say how to remove them).
  const filtered = Object.entries(view.state.filters).some(([name, value]) => name !== 'type' && value);
  return (
    <div class="nothing">
      {filtered && result.catalogue ? <Suggestions view={view} result={result.catalogue} /> : <p>{t('search.noResults', { q: view.state.q })}</p>}
      {result.didYouMean ? (
        <p>
          {t('search.didYouMean')}{' '}
          <a href={filterHref('/search', { q: result.didYouMean })}>
            <strong>{result.didYouMean}</strong>
          </a>
          {' ?'}
        </p>
      ) : null}
      <ul>
        {nearestArea ? (
          <li>
            {t('search.nearestArea')} <a href={`/policy-areas/${nearestArea}`}>{t(`policyArea.${nearestArea}.name`)}</a>
          </li>
        ) : null}
        <li>
          <a href="/policy-areas">{t('search.browseAreas')}</a>
        </li>
      </ul>
      <p>
        {t('search.askIntro')} <a href="/requests/new">{t('search.ask')}</a>
      </p>
    </div>
  );
}

export function SearchPage({ view, type, result, nearestArea, noWords }: SearchPageProps) {
  const { meta, state } = view;
  const { t, url } = meta;
  const title = state.q ? t('search.resultsFor', { q: state.q }) : t('search.title');
  const catalogueFacets = result?.catalogue && (type === undefined || type === 'solution' || type === 'resource');
  return (
    <>
      <h1>{title}</h1>
      <CatalogueForm view={view} label={t('home.searchLabel')} />
      {state.tooLong ? <TooLong t={t} length={state.tooLong} /> : null}
      {!state.q && !state.tooLong && !result ? <p>{t('search.empty')}</p> : null}
      {noWords ? <p class="notice">{t('search.noWords')}</p> : null}
      {result ? (
        <>
          {result.correctedTo ? (
            <p class="notice">
              {t('search.correctedTo', { q: result.correctedTo })}{' '}
              <a href={typeHref(view, type, { exact: '1' })}>{t('search.searchInstead', { q: state.q })}</a>
            </p>
          ) : null}
          <TypeTabs view={view} type={type} result={result} />
          <div class="layout">
            <section aria-labelledby="found">
              <h2 id="found">
                {type ? <>{t(`search.types.${type}`)}: </> : null}
                {t('common.results', { count: result.page.total })}
              </h2>
              <ActiveFilters view={{ ...view, state: { ...view.state, filters: { ...view.state.filters, type: undefined } } }} />
              {result.page.total === 0 ? (
                <NothingFound view={view} result={result} nearestArea={nearestArea} />
              ) : (
                <ul class="results">
                  {result.hits.map((hit) => (
                    <HitCard hit={hit} meta={meta} />
                  ))}
                </ul>
              )}
              {result.truncated && result.page.page >= result.page.pages ? <p class="small muted">{t('search.truncated', { count: maxMergedResults })}</p> : null}
              {result.page.total > 0 ? <Pager t={t} url={url} page={result.page} /> : null}
            </section>
            {catalogueFacets ? <FacetPanel view={{ ...view, mixed: false }} level={3} /> : null}
          </div>
        </>
      ) : null}
    </>
  );
}
