import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { ActionDetail, ActionNote, Share } from '../actions.js';
import { Day, percent } from './format.js';

/** "50% (2 of 4)", or "nothing to count". */
export function shareText(share: Share, t: Translate, locale: Locale): string {
  if (share.share === null) return t('actions.share.noneCounted');
  return t('actions.share.summary', { share: percent(share.share, locale), completed: share.completed, counted: share.actions - share.dropped });
}

/** The recommendation an action answers, linked to its place on the event's outcomes page. */
export function RecommendationLink({ t, action }: { t: Translate; action: ActionDetail }) {
  const r = action.recommendation;
  if (!r) return null;
  return (
    <p class="small">
      {t('actions.answersShort')}{' '}
      <a href={r.url}>
        <q>{r.text}</q>
      </a>
    </p>
  );
}

export function NoteList({ t, locale, notes }: { t: Translate; locale: Locale; notes: ActionNote[] }) {
  if (!notes.length) return null;
  return (
    <ul class="small">
      {notes.map((n) => (
        <li>
          <Day date={n.onDate} locale={locale} />: {n.text}
          {n.evidenceUrl ? (
            <>
              {' '}
              (
              <a href={n.evidenceUrl} rel="nofollow noopener">
                {t('actions.evidence')}
              </a>
              )
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
