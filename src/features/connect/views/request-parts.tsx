import type { Translate } from '../../../web/i18n/i18n.js';
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
