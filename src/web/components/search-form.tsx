import type { Translate } from '../i18n/i18n.js';

/** The site-wide search box: a plain GET form to /search. */
export function SearchForm({ t, value = '' }: { t: Translate; value?: string }) {
  return (
    <form class="search" role="search" action="/search" method="get">
      <label for="q">{t('home.searchLabel')}</label>
      <input type="search" id="q" name="q" value={value} placeholder={t('home.searchPlaceholder')} maxlength={200} />
      <button type="submit">{t('home.searchButton')}</button>
    </form>
  );
}
