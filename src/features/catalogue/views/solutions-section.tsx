import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { filterHref } from '../../../web/links.js';
import type { Filters } from '../search.js';
import type { CatalogueResult } from '../search.js';
import { ItemList } from './item-card.js';

/** The newest solutions for a country, partner or policy area, and a link to all of them. */
export function SolutionsSection({
  t,
  locale,
  title,
  result,
  filters,
}: {
  t: Translate;
  locale: Locale;
  title: string;
  result: CatalogueResult;
  filters: Filters;
}) {
  const total = result.page.total;
  return (
    <section aria-labelledby="solutions">
      <h2 id="solutions">{title}</h2>
      {result.items.length ? (
        <>
          <ItemList items={result.items.map(({ snippet: _snippet, ...item }) => item)} t={t} locale={locale} />
          <p>
            <a href={filterHref('/solutions', filters)}>{t('catalogue.seeAllSolutions', { count: total })}</a>
          </p>
        </>
      ) : (
        <p>{t('common.none')}</p>
      )}
    </section>
  );
}
