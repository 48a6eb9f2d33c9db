import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { filterHref } from '../../../web/links.js';
import type { ItemSummary } from '../../catalogue/queries.js';
import { ItemList } from '../../catalogue/views/item-card.js';

/** Solutions and resources meant for this country or its region, before the catalogue's worldwide list. */
export function CountryItemsSection({
  items,
  total,
  iso3,
  t,
  locale,
}: {
  items: ItemSummary[];
  total: number;
  iso3: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section aria-labelledby="country-items">
      <h2 id="country-items">{t('countries.itemsLocal')}</h2>
      {items.length ? (
        <>
          <ItemList items={items} t={t} locale={locale} showType />
          {total > items.length ? (
            <p>
              {t('countries.itemsLocalMore', { shown: items.length, total })}{' '}
              <a href={filterHref('/solutions', { country: iso3 })}>{t('nav.solutions')}</a> ·{' '}
              <a href={filterHref('/resources', { country: iso3 })}>{t('nav.resources')}</a>
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('countries.itemsLocalNone')}</p>
      )}
    </section>
  );
}
