import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { longDay } from '../../events/views/format.js';
import type { RequestDetail } from '../types.js';

/** Status and sample, in words (not colours). */
export function RequestBadges({ request, t }: { request: Pick<RequestDetail, 'status' | 'isSample'>; t: Translate }) {
  return (
    <>
      <span class={`tag status-${request.status}`}>{t(`requests.statusValue.${request.status}`)}</span>
      {request.isSample ? <span class="tag">{t('requests.sample')}</span> : null}
    </>
  );
}

/** An ISO date or instant as a day in the reader's language. */
export function day(value: string, locale: Locale): string {
  return longDay(value.slice(0, 10), locale);
}
