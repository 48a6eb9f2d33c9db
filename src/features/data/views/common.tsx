import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';

/**
 * Index values are shown with one decimal, as UNCTAD prints them; the downloads keep every digit. A
 * value an edition does not give (the components of an index-only edition) shows as an en dash.
 */
export function valueFormat(locale: Locale): (n: number | null) => string {
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (n) => (n === null ? '–' : f.format(n));
}

/** A change with its sign, so a fall is never read as a level: "+1.2", "−0.4". */
export function changeFormat(locale: Locale): (n: number | null) => string {
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return (n) => (n === null ? '–' : f.format(n));
}

/** The warning every page, table and chart of a sample edition carries. */
export function SampleNotice({ t, show }: { t: Translate; show: boolean }) {
  if (!show) return null;
  return (
    <p class="notice sample-notice" role="note">
      <strong>{t('data.sampleNotice')}</strong>
    </p>
  );
}

/** Links to the same table as CSV and JSON (and the API), keeping the page's filters; `what` names the table when a page has several. */
export function Downloads({ t, base, query, api, what }: { t: Translate; base: string; query: string; api?: string; what?: string }) {
  const q = query ? `?${query}` : '';
  return (
    <p class="downloads">
      {what ? t('data.download.titleOf', { what }) : t('data.download.title')}
      {t('common.colon')}{' '}
      <a href={`${base}.csv${q}`} download>
        {t('data.download.csv')}
      </a>{' '}
      · <a href={`${base}.json${q}`}>{t('data.download.json')}</a>
      {api ? (
        <>
          {' '}
          · <a href={api}>{t('data.download.api')}</a>
        </>
      ) : null}
    </p>
  );
}
